"""A finding said with its own answer after it ("swelling a little", "cramping yes") is present, even where
a no stands before it that answers the finding before ("numbness no swelling a little"); a no opening the
clause right before the finding ("no swelling yeah") still denies it. Table-driven, one kind per row; the
phrasings are this file's own."""

import pytest
from transcript_helpers import turns

from scribe.extract import extract

T, P = "therapist", "patient"


def _findings(answer: str) -> dict[str, bool]:
    facts = extract(turns((T, "anything else going on"), (P, answer)))
    return {f.value: f.negated for f in facts if f.kind == "finding"}


@pytest.mark.parametrize(
    ("answer", "present"),
    [
        # (the no after the finding before is the statements' denial: ConText reads negations before a word)
        ("numbness no swelling a little", "swelling"),
        ("numbness nope swelling yes", "swelling"),
        ("no numbness swelling some", "swelling"),
        ("tingling no swelling a bit", "swelling"),
    ],
)
def test_a_finding_with_its_own_yes_is_present(answer: str, present: str) -> None:
    assert _findings(answer).get(present) is False


def test_the_finding_the_no_opens_stays_denied() -> None:
    assert _findings("no numbness swelling some").get("numbness") is True


@pytest.mark.parametrize("answer", ["no swelling yeah", "no swelling a little stiff", "no swelling, yes"])
def test_a_no_opening_the_clause_still_denies_the_finding(answer: str) -> None:
    assert _findings(answer).get("swelling") is True
