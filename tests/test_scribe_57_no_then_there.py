"""A finding said there in a clause that opens saying so ("No, there's tingling.", "No, I do have tingling.",
"No swelling, there's tingling") is no finding denied: the no before it is the question's, or another
finding's. "So no tingling?" / "No, there's tingling." wrote "Denies tingling". A no of the finding's own
("No, there's no tingling.") is still a denial. Table-driven, with rows that must not change."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.extract import extract

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "finding", "negated"),
    [
        ("No, there's tingling.", "tingling", False),
        ("No, I do have tingling.", "tingling", False),
        ("No, I have some tingling in my feet.", "tingling", False),
        ("No, I'm still having headaches.", "headaches", False),
        ("No swelling, there's tingling.", "tingling", False),
        # must not change
        ("No swelling, there's tingling.", "swelling", True),
        ("No, there's no tingling.", "tingling", True),
        ("No. There's no swelling.", "swelling", True),
        ("No tingling.", "tingling", True),
        ("There's no tingling, no.", "tingling", True),
        ("I don't think there's swelling.", "swelling", True),
    ],
)
def test_a_finding_said_there_after_a_no_is_not_denied(said: str, finding: str, negated: bool) -> None:
    facts = [f for f in extract(turns((P, said))) if f.kind == "finding" and f.value == finding]
    assert facts and all(f.negated is negated for f in facts), facts


def _subjective(*said: tuple[str, str]) -> str:
    return draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note["subjective"]


def test_no_then_the_finding_there_is_never_written_denied() -> None:
    note = _subjective(
        (T, "So no tingling?"), (P, "No, there's tingling."), (T, "Okay, let's get you on the bike.")
    )
    assert "Denies tingling" not in note and "No tingling" not in note, note
    assert "tingling" in note.lower(), note


def test_a_plain_no_is_still_written_denied() -> None:
    note = _subjective((T, "So no tingling?"), (P, "No."), (T, "Okay, let's get you on the bike."))
    assert "Denies tingling" in note, note
