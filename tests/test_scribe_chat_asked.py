"""Small talk asked and answered stays out of the note: a question about the week's news (it names a thing,
and no clinical word stands in it as what it asks after) answered with nothing clinical, and a question put
by name to the caregiver about their own life, are never quoted as "Asked: ... answers: ...", nor is the
answer alone. Questions about the patient, and answers that report a finding, are quoted as before.
Table-driven, one kind per row; the phrasings are this file's own."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import chat_question, small_talk

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("question", "chat"),
    [
        ("Did you get to the new bakery yet?", True),
        ("How's the choir going, did you learn that long piece?", True),
        # a clinical word that only says which thing, or is no noun there
        ("Did you try the ramen spot by the library?", True),
        ("Did Marcus hear back from the fire academy?", True),
        # a clinical word qualifying another names what is asked
        ("Any weight loss?", False),
        ("And the walking program?", False),
        # a figure asked of what the visit is about
        ("How many now on the list?", False),
        ("When does she take the Mestinon?", False),
        # what the patient does, feels or was given is asked after
        ("Are you still doing the stretches every morning?", False),
        ("Did the ice help?", False),
        ("How's the knee after the drive?", False),
        # nothing named: it goes on from the talk before
        ("And now?", False),
        ("Did you do them?", False),
    ],
)
def test_a_question_of_the_week_s_news(question: str, chat: bool) -> None:
    assert chat_question(question) is chat


@pytest.mark.parametrize(
    ("question", "who", "answer", "gone"),
    [
        ("Did you get to the new bakery yet?", P, "We did, the line was out the door.", "bakery"),
        ("How's the choir going, did you learn that long piece?", P, "Twelve pages of it.", "choir"),
        ("did you try the ramen spot by the library", P, "yes it was packed", "ramen"),
        ("Did Marcus hear back from the fire academy?", C, "He starts in June!", "academy"),
        ("Did the parade go okay?", P, "It rained the whole time.", "parade"),
        # put by name to the caregiver, of nothing of the patient's
        ("Dana, are you still bowling Tuesdays?", C, "Tuesdays and Fridays now.", "bowling"),
        ("Rita, did you end up painting the kitchen?", C, "Yellow! I love it.", "painting"),
        ("Omar, how was the half marathon?", C, "Two hours and ten minutes. My calves are done.", "marathon"),
    ],
)
def test_small_talk_asked_and_answered_is_never_quoted(
    question: str, who: str, answer: str, gone: str
) -> None:
    segments = turns(
        (T, "Knee flexion is 112 degrees today."),
        (P, "Better than last week."),
        (T, f"Good. {question}"),
        (who, answer),
        (T, "Alright, back to the leg press."),
    )
    note = quoted(segments)
    assert gone not in note.lower()
    assert answer.split(".")[0].split("!")[0][:14].lower() not in note.lower()


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        # a question after the patient, answered by the patient
        (
            (
                (T, "Are you still doing the stretches every morning?"),
                (P, "Every morning, yes, ten minutes."),
            ),
            "10",
        ),
        (((T, "Did the ice help?"), (P, "Yeah, the swelling went down a lot.")), "swelling"),
        # put to the caregiver by name, of the patient
        (((T, "Maria, how's he sleeping?"), (C, "He sleeps maybe five hours.")), "5 hours"),
        # the name is the patient's, who answered to it before; the caregiver answers for him
        (
            (
                (T, "Henry, how's the hip today?"),
                (P, "Sore."),
                (T, "Henry, are you still walking the dog in the mornings?"),
                (C, "Every morning, twenty minutes."),
            ),
            "20 minutes",
        ),
        # the week's news asked, a finding or a measure answered
        (((T, "How was the wedding?"), (P, "My knee swelled up after two dances.")), "swelled"),
        (((T, "Did you get out this morning?"), (P, "Yeah, twenty laps at the pool.")), "20 laps"),
    ],
)
def test_a_question_about_the_patient_is_quoted_with_its_answer(
    said: tuple[tuple[str, str], ...], kept: str
) -> None:
    assert kept in quoted(turns(*said))


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("Do you have the season passes again?", "Yeah, row 14."),
        ("Did you finish the puzzle, the five-hundred-piece one?", "The covered bridge."),
    ],
)
def test_an_answer_to_the_week_s_news_is_small_talk(asked: str, answer: str) -> None:
    assert small_talk(P, answer, asked)


@pytest.mark.parametrize(
    ("who", "sentence", "quoted_too"),
    [
        # someone else's work once the visit is over, whatever its minutes
        (C, "I'll do twenty minutes of stair practice with him after this, it's for my own notes.", False),
        (C, "Then I'm going to take fifteen minutes for his transfers when you're done.", False),
        # what the patient did is a report
        (C, "He did twenty minutes on the bike yesterday.", True),
    ],
)
def test_what_someone_else_will_do_after_the_visit_is_not_quoted(
    who: str, sentence: str, quoted_too: bool
) -> None:
    note = quoted(turns((T, "Okay, the bike next."), (who, sentence), (T, "Alright.")))
    assert ("20 minutes" in note or "15 minutes" in note) is quoted_too
