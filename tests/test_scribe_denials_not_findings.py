"""A "no" or "without" that denies no finding writes no "Denies"/"No" line: what a goal asks for ("walk to
the mailbox and back without a rest"), the patient asking ("No backpack?"); and an aid not used is written
as done without it ("no crutch" -> "Without crutch."). A finding denied beside them stays denied.
Table-driven over the drafted note; the phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"


def _note(*said: tuple[str, str]) -> str:
    note = draft(turns(*said), discipline="PT", note_type="progress", role="PT", rule="cms").note
    return "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


def _denial_lines(note: str) -> list[str]:
    return [x for x in note.splitlines() if x.startswith(("Denies", "No "))]


NOT_DENIED = [
    ([(T, "New goals: climb the bus steps without a rail and walk the block without a rest.")], "rest"),
    (
        [(T, "goals are sleep through the night without waking and stand to cook for twenty minutes")],
        "waking",
    ),
    ([(T, "Goal two, read for an hour without a headache. Met.")], "headache"),
    ([(T, "Wear the sling in crowds."), (P, "No sling at home?")], "sling"),
    ([(T, "Keep the pack light."), (P, "No backpack? Not even a small one?")], "backpack"),
]


@pytest.mark.parametrize(("said", "word"), NOT_DENIED)
def test_no_denial_line(said: list[tuple[str, str]], word: str) -> None:
    lines = _denial_lines(_note(*said))
    assert not any(word in x.lower() for x in lines), lines


def test_an_aid_not_used_is_written_as_done_without_it() -> None:
    note = _note((T, "How was the weekend?"), (P, "good i walked to church and back no crutch"))
    assert "Without crutch." in note
    assert "Denies crutch" not in note


STILL_DENIED = [
    ([(T, "Any headache this week?"), (P, "No headache at all.")], "headache"),
    ([(T, "No swelling at the knee today. Goals reviewed with her.")], "swelling"),
    ([(P, "No pain on the stairs now, is that good?")], "pain"),
]


@pytest.mark.parametrize(("said", "word"), STILL_DENIED)
def test_a_finding_stays_denied(said: list[tuple[str, str]], word: str) -> None:
    lines = _denial_lines(_note(*said))
    assert any(word in x.lower() for x in lines), lines
