"""A "Frequency:" line is how often therapy is given: the clinician's plan, or the patient or caregiver
agreeing to it or asking of the visits; never how often they do something else."""

import pytest
from transcript_helpers import turns

from scribe.statements import shorthand

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("speaker", "said", "line"),
    [
        (T, "Plan is two times a week for eight weeks.", "Frequency: 2x/week for 8 weeks."),
        (C, "Twice a week is fine, he looks forward to it.", "Frequency: 2x/week."),
        (P, "Okay. Once a week, Thursday?", "Frequency: 1x/week."),
        (P, "Do I still need to come twice a week?", "Frequency: 2x/week."),
        (P, "Twice a day. I'll do it in the car.", "Frequency: 2x/day."),
        # the plan dictated, whoever the recognizer heard say it
        (
            P,
            "The pole yanked the thumb back. Plan: once a week for four more weeks.",
            "Frequency: 1x/week for 4 weeks.",
        ),
        # how often they do something else
        (C, "She used to do water aerobics three times a week.", None),
        (P, "Type two diabetes, metformin five hundred twice a day.", None),
        (C, "The spasms wake him up at night, and he uses the catheter four times a day.", None),
        (C, "the school slp does thirty minutes at school too twice a week is that too much", None),
        (P, "I play tennis with my sister three times a week.", None),
    ],
)
def test_a_frequency_is_the_plans_or_agreed_to(speaker: str, said: str, line: str | None) -> None:
    lines = [x.text for x in shorthand(turns((speaker, said))) if x.text.startswith("Frequency:")]
    assert lines == ([line] if line else [])
