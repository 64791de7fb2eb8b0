"""What payers' codes and files say, in a biller's words (#20, trial 51): common remark codes (M80 and
the like) in words, and to the payer an unknown one as its code alone, never "not in our table"; a
refused 835 or 277CA says what is wrong without the validator's loop paths."""

import pytest

from core.billing.reasons import remark
from core.billing.x12.validate import plain, validation_words

REMARK_ROWS = [
    # (remark code, to the payer?, the words)
    ("M80", True, "RARC M80: not covered when done on the same day or in the same session as a service"),
    ("M15", False, "RARC M15: separately billed services were bundled"),
    ("N640", True, "RARC N640: more than the number or frequency approved"),
    # must not change: codes already in words; an unknown code to the payer is the code alone
    ("N54", True, "RARC N54: the claim information is inconsistent with the precertified"),
    ("XX999", False, "RARC XX999: remark code not in our table (look it up on x12.org)"),
    ("XX999", True, "RARC XX999"),
]


@pytest.mark.parametrize(("rarc", "to_payer", "words"), REMARK_ROWS)
def test_common_remark_codes_are_in_words(rarc: str, to_payer: bool, words: str) -> None:
    said = remark(rarc, advice=not to_payer)
    assert said.startswith(words)
    if to_payer:
        assert "not in our table" not in said and "x12.org" not in said


PLAIN_ROWS = [
    # (pyx12's finding, in words)
    (
        "Segment REF*6B not found. Started at /ISA_LOOP/GS_LOOP/ST_LOOP/DETAIL/2000/2100/2110",
        "a part the standard requires is missing (REF*6B)",
    ),  # trial 51
    ('Mandatory segment "Payer Identification" (N1) missing', "the payer identification is missing (N1)"),
    (  # trial 53: an 835 without PER
        'Mandatory segment "Payer Technical Contact Information" (PER) missing',
        "the payer technical contact information is missing (PER)",
    ),
    ("SE count of 32 for SE02=0001 is wrong. I count 31", "its count of parts is wrong (SE)"),
    ("Mandatory segment (N1) missing", "a part the standard requires is missing (N1)"),
    ("Mandatory data element  is missing", "a field the standard requires is empty"),
    ("Data element is too long", "a field is too long"),
    # must not change: a finding we have no words for stays as it is, without the loop path
    ("Some other problem. Started at /ISA_LOOP", "Some other problem"),
]


@pytest.mark.parametrize(("finding", "words"), PLAIN_ROWS)
def test_the_validators_findings_are_in_words(finding: str, words: str) -> None:
    assert plain(finding) == words


def test_a_refused_835_says_why_in_words() -> None:
    said = validation_words(
        "the 835", ["rejected", "Segment REF*6B not found. Started at /ISA_LOOP/GS_LOOP/ST_LOOP"]
    )
    assert said.startswith("the 835 does not follow the X12 standard, so nothing in it was used")
    assert "REF*6B" in said and "ISA_LOOP" not in said and "rejected;" not in said
    assert "Ask the payer or your clearinghouse" in said


def test_a_refused_835_names_what_is_missing_first() -> None:
    """Trial 53: an 835 without PER ended '... send the file again, with these words' and led with the
    trailer's count, which only follows from the missing part."""
    said = validation_words(
        "the 835",
        [
            "rejected",
            "SE count of 32 for SE02=0001 is wrong. I count 31",
            'Mandatory segment "Payer Technical Contact Information" (PER) missing',
        ],
    )
    assert said == (
        "the 835 does not follow the X12 standard, so nothing in it was used: the payer technical contact "
        "information is missing (PER); its count of parts is wrong (SE). Ask the payer or your "
        "clearinghouse to send the file again with this put right."
    )
    assert "with these words" not in said


def test_a_refusal_names_three_problems_and_counts_the_rest() -> None:
    said = validation_words("the 835", [f"Segment X{n} not found" for n in range(5)])
    assert "(X0); a part the standard requires is missing (X1); " in said and "(and 2 more)" in said
