"""An errand the patient or caregiver will run (what they will fetch, buy, bring or move) is no report of
how the patient is, and is never quoted into the note; the clinician's own plan and the patient's report
of function stay."""

import pytest

from scribe.statements import kept_out

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("speaker", "said", "out"),
    [
        (C, "I'll get the commode from the church closet, they lend them out.", True),
        (P, "I'm going to get a coffee with extra shots.", True),
        (C, "Okay, I'll move my golf.", True),
        (P, "I'll bring you a jar of the apricot jam next week.", True),
        (C, "We'll order the shower chair tonight.", True),
        (P, "So I'm gonna pick up the foam grips this weekend.", True),
        # a report of function, the home program done, and the clinician's plan stay
        (P, "I'll be able to lift my suitcase now!", False),
        (P, "I get dizzy when I bend to get the laundry.", False),
        (C, "She gets the mail by herself now with the walker.", False),
        (T, "I'll get you a bedside commode for now.", False),
    ],
)
def test_an_errand_is_kept_out(speaker: str, said: str, out: bool) -> None:
    assert kept_out(speaker, said) is out
