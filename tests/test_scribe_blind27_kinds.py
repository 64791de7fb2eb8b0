"""Kinds of speech whose facts the blind26 and blind27 sessions left out of the note, each with rows that
must stay as they are:
- who the patient is, said on the patient's side: a caregiver's "shes fifteen", "hes four and a half",
  the patient's "I'm seventy-two", and a job named in answer to a question about the patient's work
  ("you are a cook right" / "line cook at the diner", "You work at the bank, right?" / "Teller.");
- an exercise named after an animal ("the bird dog makes my hip click") is no pet;
- the clinician's plan or home program under its heading ("Plan: check your sugar before every
  session.", "Home: read together every night") is the plan, whatever its words;
- someone else's care ("he needs his own referral for that", "liam would need his own evaluation") is
  not quoted."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import qualitative

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (
            [
                (T, "hi im sam the physical therapist youre maya and this is your dad"),
                (C, "yep im rob shes fifteen she plays goalkeeper for the club team"),
            ],
            "shes 15 she plays goalkeeper",
        ),
        ([(T, "you must be leo and youre dad"), (C, "yeah im mike hes four and a half")], "hes 4.5"),
        ([(T, "you are a cook right"), (P, "line cook at the diner the fryer is what got me")], "line cook"),
        (
            [(T, "Now, the functional block. You work at the bank, right?"), (P, "Teller. Counting money.")],
            "Teller.",
        ),
        ([(P, "the bird dog makes my hip click")], "hip click"),
        ([(P, "Bird dogs are easy now, no pain.")], "Bird dogs are easy"),
        ([(T, "Plan: check your sugar before every session.")], "check your sugar"),
        ([(T, "Home: read together every night, and play the farm game.")], "read together every night"),
        # must not change: a rating, minutes and other figures, the patient's news; the patient's own age
        ([(T, "Pain today?"), (P, "I'm a four maybe.")], "I'm a 4 maybe"),
        ([(T, "How is she?"), (C, "She's fifteen minutes late to everything.")], "15 minutes late"),
        ([(T, "How's your daughter?"), (P, "She's fifteen now and plays soccer.")], "She's 15 now"),
        ([(T, "Where do you work?"), (P, "At the bank downtown, since 2010.")], "bank downtown"),
        ([(P, "I work nights at the warehouse, lifting boxes.")], "I work nights"),
        ([(T, "He needs a referral for the wheelchair seating clinic.")], "seating clinic"),
        ([(T, "He set up his own pill box this week.")], "his own pill box"),
    ],
)
def test_said_is_quoted(said: list[tuple[str, str]], kept: str) -> None:
    assert kept in quoted(turns(*said))


@pytest.mark.parametrize(
    "said",
    [
        # must not change: news, a pet, and a caregiver's own age and job are not quoted
        [(T, "What do you do on weekends?"), (P, "I'm a big fan of the Packers.")],
        [(P, "Our dog is old now, he sleeps all day.")],
        [(P, "The bird sings all day in the kitchen.")],
        [(T, "How was the weekend?"), (C, "I'm a teacher, so I graded papers all weekend.")],
        [(T, "Plan: did you see the Packers game?")],
        # someone else's care: they need their own referral or evaluation
        [(C, "Can you look at my husband's shoulder too?"), (T, "he needs his own referral for that")],
        [(C, "can liam do it too"), (T, "liam would need his own evaluation i can't see him in lucas time")],
    ],
)
def test_said_is_not_quoted(said: list[tuple[str, str]]) -> None:
    assert quoted(turns(*said)) == ""


@pytest.mark.parametrize(
    ("said", "section"),
    [
        ([(T, "Home: read together every night, and play the farm game.")], "plan"),
        ([(T, "Plan: check your sugar before every session.")], "plan"),
        ([(C, "yep im rob shes fifteen she plays goalkeeper for the club team")], "subjective"),
    ],
)
def test_placed_in_its_section(said: list[tuple[str, str]], section: str) -> None:
    assert [s.section for s in qualitative(turns(*said), set())] == [section]
