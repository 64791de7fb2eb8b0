"""The clinician's word that continued therapy is medically necessary, said in the turns after the
threshold's (the patient asks "Is it?" or "What's that?" between), is written with the threshold line; a
question or a denial of it is not; the payer named in the threshold's words ("past the Medicare
threshold") is written on the line. Phrasings written for these tests, one row a way of saying it."""

import pytest

from core.billing.coding import PayerRules
from scribe.draft import draft
from scribe.threshold_said import threshold_passed
from scribe.transcript import Segment

MEDICARE = PayerRules(unit_rule="cms", kx_threshold_cents=248_000)
EXERCISE = "We did twenty minutes of therapeutic exercise, bridges and step ups."
PASSED = "Our billing shows your OT costs this year are past the Medicare threshold."


def seg(*said: tuple[str, str]) -> list[Segment]:
    return [Segment(i, i * 6.0, i * 6.0 + 5.0, who, text) for i, (who, text) in enumerate(said)]


@pytest.mark.parametrize(
    ("between", "said", "necessary"),
    [
        # said in the clinician's next turn, or after the patient's question
        (
            [],
            "So on today's claim I'm putting the KX modifier. That says the therapy is medically necessary.",
            True,
        ),
        (
            [("patient", "What's that?")],
            "It tells Medicare the treatment is still medically necessary.",
            True,
        ),
        (
            [("patient", "Is it bad?"), ("therapist", "No.")],
            "KX. It tells Medicare we're past the limit but the therapy is still medically necessary.",
            True,
        ),
        (
            [("patient", "Do I still need therapy?")],
            "Yes, you still need it, your stairs aren't safe yet.",
            True,
        ),
        # an answer's "no" before it
        (
            [("patient", "Is that bad?")],
            "No, it tells Medicare the treatment is still medically necessary.",
            True,
        ),
        (
            [("patient", "does that mean im in trouble")],
            "no it just tells medicare you still need it and its medically necessary",
            True,
        ),
        # asked, denied, a condition, or said too late to be about the threshold
        ([("patient", "Okay.")], "Is it still medically necessary, do you think?", False),
        ([("patient", "Okay.")], "If it were not medically necessary we would stop.", False),
        ([("patient", "Okay.")], "Once it's medically necessary again we'd restart.", False),
        ([("patient", "Okay.")], "No, I can't say it's medically necessary yet.", False),
        (
            [("patient", "Okay."), ("therapist", "Shoulder?"), ("patient", "Sore."), ("therapist", "Good.")],
            "The therapy is medically necessary.",
            False,
        ),
    ],
)
def test_necessity_said_in_the_turns_after_the_threshold(
    between: list[tuple[str, str]], said: str, necessary: bool
) -> None:
    found = threshold_passed(seg(("therapist", PASSED), *between, ("therapist", said)))
    assert found is not None and found.necessity_said is necessary


@pytest.mark.parametrize(
    ("passed", "named"),
    [
        (PASSED, True),
        ("Your Medicare therapy total for this year is past the threshold, so we add the KX modifier.", True),
        ("billing says your total this year is over the threshold so KX goes on", False),
    ],
)
def test_the_payer_named_is_written_on_the_threshold_line(passed: str, named: bool) -> None:
    note = draft(
        seg(("therapist", passed), ("therapist", EXERCISE)),
        discipline="PT",
        note_type="daily",
        role="PT",
        rule="cms",
        rules=MEDICARE,
    ).note["assessment"]
    assert "past the payer's threshold" in note
    assert ("Medicare threshold" in note) is named
