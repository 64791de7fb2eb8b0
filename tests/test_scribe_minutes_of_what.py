"""Minutes of a service named a word or two on ("nine minutes of hand exercises", "of the core
exercises") are that service's, not the one named before the figure (#17). Table-driven over find(); the
phrasings are this file's own."""

import pytest

from scribe import services
from scribe.transcript import Segment

T = "therapist"


def found(text: str, discipline: str) -> services.Services:
    segment = Segment(index=0, start=0.0, end=3000.0, speaker=T, text=text)
    return services.find([segment], discipline=discipline, note_type="daily")


SAID = [
    (
        "so that was sixteen minutes of buttons and eight minutes of wrist exercises",
        "OT",
        {"97535": 16, "97110": 8},
    ),
    ("twelve minutes of balance and then ten minutes of hip strengthening", "PT", {"97112": 12, "97110": 10}),
    (
        "that was eleven minutes of dressing and nine minutes of shoulder exercises",
        "OT",
        {"97535": 11, "97110": 9},
    ),
    ("ten minutes of dressing and then nine minutes of hand exercises", "OT", {"97535": 10, "97110": 9}),
]


@pytest.mark.parametrize(("said", "discipline", "minutes"), SAID)
def test_minutes_of_a_service_a_word_on(said: str, discipline: str, minutes: dict[str, int]) -> None:
    assert found(said, discipline).minutes == minutes
