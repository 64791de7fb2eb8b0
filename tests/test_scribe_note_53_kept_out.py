"""What stays out of the note's quotes (#17): another person's doings said by the patient, a caregiver
excusing themself, a request the clinician turns down, something put off to another day, a friend's advice
or guess; and what must still be quoted beside each of them (help the patient is given, what someone
noticed of the patient, the patient's own plans). Table-driven; the phrasings are this file's own."""

import pytest

from scribe.statements import denials, kept_out
from scribe.transcript import Segment

P, C, T = "patient", "caregiver", "therapist"


@pytest.mark.parametrize(
    ("speaker", "said"),
    [
        # another person's doings, the patient only an object or a comparison
        (P, "He naps on my couch all afternoon."),
        (P, "She bakes better bread than me."),
        (P, "He runs faster than all of us."),
        (P, "She mailed me a card last week."),
        # a caregiver excusing themself
        (C, "Okay, I need to get back to the office."),
        (C, "Sorry, I have to run."),
        # a request turned down
        (T, "A lawn mower repair is not a therapy service."),
        (T, "no i can't order a cleaner thats not something i can do"),
        # put off to another day
        (T, "Tennis, maybe later."),
        (T, "Let's talk about soccer next week."),
        (T, "The brace can wait."),
        # a friend's advice or guess
        (P, "my cousin said to soak it in salt water"),
        (P, "my neighbor said its my rotator cuff"),
        (P, "Marge says I should be walking more than a mile."),
        # a treatment said not to be given
        (T, "We do not need it today, so no ultrasound."),
    ],
)
def test_kept_out(speaker: str, said: str) -> None:
    assert kept_out(speaker, said)


@pytest.mark.parametrize(
    ("speaker", "said"),
    [
        # help the patient is given is the patient's function
        (P, "She helps me with my socks."),
        (P, "He has to lift my leg into bed."),
        (P, "She drives me to my appointments."),
        # what someone noticed or said of the patient is relayed
        (P, "She noticed I'm limping more."),
        (P, "He said my shoulder looks better."),
        (P, "My husband said I fell twice on Sunday."),
        # the patient's own goal of going back to work
        (P, "I have to get back to work by June."),
        # a doctor's advice is the record's
        (P, "Dr. Lin says I should wear the splint at night."),
        # what was done
        (T, "We did ten minutes of ultrasound at one megahertz."),
    ],
)
def test_still_quoted(speaker: str, said: str) -> None:
    assert not kept_out(speaker, said)


def _segments(*turns: tuple[str, str]) -> list[Segment]:
    return [Segment(i, i * 6.0, i * 6.0 + 5, who, text) for i, (who, text) in enumerate(turns)]


@pytest.mark.parametrize(
    ("turns", "denied", "kept"),
    [
        # a treatment the clinician does not give is no finding denied
        (((T, "Heat first is fine. No ice bath."),), [], ["ice bath"]),
        (((T, "It's not in the plan, so no paraffin today."),), [], ["paraffin"]),
        # a finding denied stays denied
        (((T, "No swelling today."),), ["swelling"], []),
        (((T, "Any numbness?"), (P, "No.")), ["numbness"], []),
    ],
)
def test_treatments_not_given_are_no_denials(
    turns: tuple[tuple[str, str], ...], denied: list[str], kept: list[str]
) -> None:
    found = [d.what for d in denials(_segments(*turns))]
    for what in denied:
        assert what in found
    for what in kept:
        assert what not in found
