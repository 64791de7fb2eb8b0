"""A swallowing strategy's "no" ("small sips from a cup, no straw", "no thin liquids") is an order in the
plan, and what a home lacks ("Three steps, no rail.") is its setup: neither is written as a finding denied.
A finding denied beside them stays denied. Table-driven over the drafted note; the phrasings are this
file's own."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P, C = "therapist", "patient", "caregiver"


def _note(*said: tuple[str, str], discipline: str = "SLP") -> dict[str, str]:
    return draft(turns(*said), discipline=discipline, note_type="daily", role=discipline, rule="cms").note


def _denial_lines(note: dict[str, str]) -> list[str]:
    text = "\n".join(note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))
    return [x for x in text.splitlines() if x.startswith(("Denies", "No "))]


ORDERS = [
    ([(T, "Okay so at home, chin down every sip and small sips from a cup no straw")], "straw"),
    ([(T, "Keep him on the nectar thick at home, no thin liquids.")], "thin"),
    ([(T, "Soft and moist foods only, no mixed textures, and sit up for meals.")], "mixed"),
    ([(T, "Alternate a bite and a sip, no big bites.")], "bites"),
    ([(T, "Remember, no talking while eating, and finish with a dry swallow.")], "talking"),
]


@pytest.mark.parametrize(("said", "word"), ORDERS)
def test_a_swallowing_order_is_no_denial(said: list[tuple[str, str]], word: str) -> None:
    note = _note(*said)
    lines = _denial_lines(note)
    assert not any(word in x.lower() for x in lines), lines
    assert word in note["plan"].lower(), note


HOMES = [
    ([(T, "Tell me about the house."), (C, "Three steps, no rail. I keep meaning to put one in.")], "rail"),
    ([(T, "And the bathroom?"), (P, "A tub, no grab bars yet.")], "grab bars"),
    ([(T, "How do you get in the building?"), (P, "Two flights, no elevator.")], "elevator"),
]


@pytest.mark.parametrize(("said", "word"), HOMES)
def test_what_a_home_lacks_is_no_denial(said: list[tuple[str, str]], word: str) -> None:
    note = _note(*said, discipline="OT")
    lines = _denial_lines(note)
    assert not any(word in x.lower() for x in lines), lines
    assert word in note["subjective"].lower(), note


STILL_DENIED = [
    ([(T, "Any coughing with thin liquids?"), (P, "No coughing at all.")], "coughing"),
    ([(T, "Any pain on the stairs?"), (P, "No pain, no rail either.")], "pain"),
    ([(T, "No wet voice after the sips, no throat clears.")], "wet voice"),
]


@pytest.mark.parametrize(("said", "word"), STILL_DENIED)
def test_a_finding_beside_them_stays_denied(said: list[tuple[str, str]], word: str) -> None:
    lines = _denial_lines(_note(*said))
    assert any(word in x.lower() for x in lines), lines
