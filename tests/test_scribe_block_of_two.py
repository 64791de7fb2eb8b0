"""One block of minutes said of a list of tasks, one a therapeutic activity (97530) and one self-care
training (97535) ("eighteen minutes of handwriting and dressing"), is billed as the first one's code with a
review line, never as a confident single code; a list of one service's work, a list opened by the
service's own name, or two services each with minutes, gets none (#17).
Table-driven over find(); the phrasings are this file's own."""

import pytest

from scribe import services
from scribe.transcript import Segment

T = "therapist"


def found(text: str, discipline: str) -> services.Services:
    segment = Segment(index=0, start=0.0, end=3000.0, speaker=T, text=text)
    return services.find([segment], discipline=discipline, note_type="daily")


SAID = [
    ("so that was twenty minutes of handwriting and dressing today", "OT", "97530", "97535"),
    ("sixteen minutes on the car transfer and the meal prep", "OT", "97530", "97535"),
    ("fourteen minutes of buttons, and the floor transfers", "OT", "97535", "97530"),
]
CLEAR = [
    ("twelve minutes of buttons and dressing", "OT"),
    ("ten minutes of exercises, then eight minutes of balance", "PT"),
    ("fourteen minutes of the bike and the quad sets", "PT"),
    # a list opened by its service's own name says what its items were
    ("eleven minutes of strengthening and sit to stands", "PT"),
    ("nine minutes of self-care training and the floor transfers", "OT"),
    # the laundry (carrying, loading, folding) is a functional activity as the car transfer is
    ("sixteen minutes on the car transfer and the laundry", "OT"),
    # two tasks, each with minutes of its own
    ("ten minutes of handwriting and dressing, and eight minutes on the dressing alone", "OT"),
]


@pytest.mark.parametrize(("said", "discipline", "billed", "other"), SAID)
def test_block_of_two_services_is_for_review(said: str, discipline: str, billed: str, other: str) -> None:
    f = found(said, discipline)
    assert billed in f.minutes, f.mentions
    assert other in f.doubtful.get(billed, ""), f.doubtful


@pytest.mark.parametrize(("said", "discipline"), CLEAR)
def test_one_service_or_each_with_minutes_is_not(said: str, discipline: str) -> None:
    f = found(said, discipline)
    assert f.minutes, f.mentions
    # (a household task's own line, 97530 or home management, is no block of two)
    assert not any("together" in why for why in f.doubtful.values()), f.doubtful
