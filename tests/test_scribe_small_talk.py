"""Small talk kept out of the note: a patient's or caregiver's sentence with nothing clinical in it, or the
week's news naming a place, a team or a trip with no finding in it, is never quoted, and a number that is
part of a name ("Gate 9") is written as a place; real reports (sleep, pain, falls, function, the home
program, an answer to a clinical question) are quoted as before. Table-driven, one row a kind."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scribe.statements import numbered, qualitative, small_talk, unidentified
from scribe.transcript import Segment

T, P, C = "therapist", "patient", "caregiver"


def turns(*said: tuple[str, str]) -> list[Segment]:
    return [Segment(i, i * 5.0, i * 5.0 + 4.0, who, text) for i, (who, text) in enumerate(said)]


def quoted(segments: list[Segment]) -> str:
    said = numbered(segments, set())
    return " ".join(s.text for s in [*said, *qualitative(segments, {(s.segment, s.start) for s in said})])


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # a game's score and its day
        (P, "We lost two to nothing on Sunday, the refs were awful."),
        # a year that dates no illness, an errand's number, a price
        (C, "She's banked at the same credit union since 1994."),
        (C, "It's the 412 code on the side gate."),
        (P, "Gas was three forty-nine at the station this morning."),
        (C, "He ordered the number seven combo at lunch."),
        # a trip naming a place, with only an everyday activity in it
        (P, "We're driving out to Yellowstone in July with the grandkids."),
        (C, "Her cousin's wedding is at Pier 39 next spring."),
    ],
)
def test_small_talk_is_never_quoted(who: str, sentence: str) -> None:
    assert small_talk(who, sentence)
    segments = turns((T, "Okay, let's get you set up on the table."), (who, sentence), (T, "Alright."))
    note = quoted(segments)
    assert sentence[:12] not in note and sentence[-12:] not in note


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        (P, "I slept through the night twice this week."),
        (P, "My knee gave out on the stairs Tuesday."),
        (C, "He did his band exercises every morning."),
        (P, "I fell in the garage on Friday but didn't hit my head."),
        (P, "I can lift the gallon of milk now."),
        # a place named beside a finding is still a report
        (P, "Driving to Tacoma was fine, the neck didn't stiffen up."),
        (C, "She walked four blocks to the library without stopping."),
        (P, "I had the bypass in 2011 and the stent after that."),
        # a figure said of what was just measured
        (P, "That was only ninety-two the time before!"),
    ],
)
def test_a_real_report_is_quoted(who: str, sentence: str) -> None:
    assert not small_talk(who, sentence)
    segments = turns((T, "Okay, let's get you set up on the table."), (who, sentence), (T, "Alright."))
    assert sentence[-12:] in quoted(segments)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("How bad is it today, zero to ten?", "Maybe a five."),
        ("How many times did you get up at night?", "Three, maybe four."),
    ],
)
def test_the_answer_to_a_clinical_question_is_a_report(question: str, answer: str) -> None:
    assert not small_talk(P, answer, question)


def test_a_sentence_going_on_about_the_report_before_it_is_a_report() -> None:
    assert not small_talk(P, "It took me half the morning before.", before="Six minutes to get dressed!")
    assert small_talk(P, "It took me half the morning before.")


def test_the_clinicians_sentences_are_judged_by_the_other_rules() -> None:
    assert not small_talk(T, "We lost two to nothing on Sunday.")


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("Her locker is in Hall 3 by the gym.", "Her locker is in [place] by the gym."),
        ("We took Highway nine the whole way.", "We took [place] the whole way."),
        # a word the clinic counts by, a scale, a month, a sentence's first word: not a name's number
        ("Thin liquids, IDDSI Level 0 today.", "Thin liquids, IDDSI Level 0 today."),
        ("Berg 41 today, up from 36.", "Berg 41 today, up from 36."),
        ("She moves on to Phase 2 next week.", "She moves on to Phase 2 next week."),
        ("The surgery was March 3.", "The surgery was March 3."),
        ("Maybe 4.", "Maybe 4."),
        ("Heart rate 118, Borg 14, fairly hard.", "Heart rate 118, Borg 14, fairly hard."),
        ("Trial 3 was 8 of 10.", "Trial 3 was 8 of 10."),
    ],
)
def test_a_number_that_is_part_of_a_name_is_a_place(said: str, written: str) -> None:
    assert unidentified(said) == written


PLACES = st.sampled_from(["Gate", "Route", "Suite", "Aisle", "Exit", "Hangar", "Booth"])
DAYS = st.sampled_from(["Saturday", "Sunday", "Monday", "Friday"])


# No deadline: the first example loads the place tagger (spaCy); speed is no property of the rule.
@settings(deadline=None)
@given(a=st.integers(1, 99), b=st.integers(0, 99), place=PLACES, day=DAYS, caregiver=st.booleans())
def test_no_number_of_small_talk_reaches_the_note(
    a: int, b: int, place: str, day: str, caregiver: bool
) -> None:
    segments = turns(
        (T, "Let's start with the warm-up."),
        (C if caregiver else P, f"We won {a} to {b} on {day}. We met by {place} {a + b + 100} after."),
        (T, "Good."),
    )
    assert quoted(segments) == ""


BODY = st.sampled_from(["knee", "shoulder", "back", "ankle", "wrist", "hip"])
STATES = st.sampled_from(["sore", "stiff", "swollen", "achy", "weak"])


@settings(deadline=None)
@given(part=BODY, state=STATES, n=st.integers(2, 60), day=DAYS)
def test_a_finding_with_a_day_or_a_number_is_always_quoted(part: str, state: str, n: int, day: str) -> None:
    segments = turns(
        (T, "Let's start with the warm-up."),
        (P, f"My {part} was {state} for {n} minutes on {day}."),
        (T, "Okay."),
    )
    assert f"My {part} was {state}" in quoted(segments)
