"""A bare number after "past" or "beyond" is a bound (an angle, a line not to cross), never a service's
minutes (#17): "ten minutes teaching the night splint ... keep the elbow from bending past 90 at the desk"
billed 90 minutes of 97760. Table-driven over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T = "therapist"

SAID = [
    ("then eleven minutes teaching the elbow splint and how not to bend past 90 when you type", 11),
    ("then nine minutes on the splint so the wrist never goes beyond 30 at night", 9),
]


@pytest.mark.parametrize(("said", "minutes"), SAID)
def test_number_past_a_bound_is_not_minutes(said: str, minutes: int) -> None:
    d = draft(list(turns((T, said))), discipline="OT", note_type="daily", role="OT", rule="cms")
    assert [c["units"] for c in d.codes] == [1], d.codes
    assert not [w for w in d.warnings if f"{minutes + 90} minutes" in w or "90 minutes" in w], d.warnings
