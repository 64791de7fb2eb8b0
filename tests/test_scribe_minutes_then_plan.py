"""Minutes said of this visit's services, then the plan in the same run-on sentence ("... and next week we
add the step ups"), as a recogniser with no punctuation writes it: the plan's words after the minutes are
the plan's, they do not make the minutes said before them planned, and the service named only in the plan
is not done (#17). Table-driven over find(); the phrasings are this file's own."""

import pytest

from scribe import services
from scribe.transcript import Segment

T = "therapist"


def found(text: str, discipline: str = "PT") -> services.Services:
    segment = Segment(index=0, start=0.0, end=3000.0, speaker=T, text=text)
    return services.find([segment], discipline=discipline, note_type="daily")


SAID = [
    # minutes first, then the plan: the minutes stand, the planned service is not done
    (
        "okay so twenty minutes of exercise and nine minutes of balance and next week we add the treadmill",
        {"97110": 20, "97112": 9},
        "97116",
    ),
    ("so fourteen minutes of the gait training and next time we add the bike", {"97116": 14}, "97110"),
    # the plan's own minutes stay out, as before
    ("next week we add ten minutes of the bike", {}, "97110"),
    ("twelve minutes of exercise and next week we add ten minutes of the bike", {}, "97116"),
]


@pytest.mark.parametrize(("said", "minutes", "planned"), SAID)
def test_plan_after_minutes_leaves_them_done(said: str, minutes: dict[str, int], planned: str) -> None:
    f = found(said)
    assert f.minutes == minutes, f.mentions
    assert planned not in f.named, f.named
