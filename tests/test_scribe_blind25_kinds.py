"""Kinds of speech the blind25 sessions drafted wrong, each with rows that must stay as they are:
- minutes said of a group's class ("That class part with four people was about twenty five minutes") are
  the group's (97150, untimed), not the last task done in it;
- a block whose start is read off the clock right after "Now, ..." names it ("Now, in a separate block, the
  reaching. It's 3:40.") runs to the time read as it ends;
- cognitive tasks named by what they are ("the story recall", "the schedule task", "the word list recall
  after a delay") are cognitive intervention (97129);
- minutes said as teaching an orthosis's wear ("eight minutes teaching the splint wear and the sewing
  setup"), with nothing made, fitted or adjusted, are self-care training (97535);
- a clinician's turn naming only a finding ("swelling"), answered with a no to that very finding ("swelling
  is down no swelling really"), is a question, never quoted as a finding."""

import pytest
from transcript_helpers import quoted, turns

from scribe.services import activities, find
from scribe.statements import marked_questions
from scribe.timing import closed_spans

T, P = "therapist", "patient"


def test_a_class_part_s_minutes_are_the_group_s() -> None:
    said = turns(
        (T, "First the back class with the other three, then time with just you."),
        (T, "Okay everyone, lift the box from the floor. Now the sit to stand, ten times."),
        (T, "That class part with four people was about twenty five minutes. Now you and me on the mat."),
        (T, "Bird dogs, ten each side, and the dead bugs. That one-on-one exercise was ten minutes."),
    )
    found = find(said, discipline="PT", note_type="daily")
    assert found.minutes == {"97110": 10}
    assert "97150" in found.untimed


@pytest.mark.parametrize(
    "said",
    [
        # a class that is no group therapy, and a task's own minutes inside an individual visit
        [(T, "Lift the box from the floor, that lifting was twelve minutes.")],
        [(T, "He has a math class at nine. The lifting was twelve minutes.")],
    ],
)
def test_tasks_outside_a_group_keep_their_minutes(said: list[tuple[str, str]]) -> None:
    found = find(turns(*said), discipline="PT", note_type="daily")
    assert found.minutes == {"97530": 12}
    assert "97150" not in found.untimed


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # opened by the clock read after "Now ..." names the block, closed by the time read as it ends
        (
            [
                (0, 0, "Now, in a separate block, the real-life reaching."),
                (0, 50, "It's 3:40."),
                (1, 0, "It's 3:57, we stop there."),
            ],
            {(1, 0): 17},
        ),
        (
            [(0, 0, "Next, the pegboard."), (0, 20, "It's 10:05."), (2, 0, "It's 10:17, we're done.")],
            {(2, 0): 12},
        ),
        # unchanged: no "now" before the time, "now" with an end in it, a time said with no end
        ([(0, 0, "Good job."), (0, 10, "It's 3:40."), (1, 0, "It's 3:57, we stop there.")], {}),
        ([(0, 0, "Now we're done with that."), (0, 30, "It's 3:40."), (1, 0, "It's 3:57, stop.")], {}),
        ([(0, 0, "Now, the reaching."), (0, 20, "It's 3:40."), (1, 0, "The plates are at 3:57.")], {}),
        # the time read in another turn than the "now"
        ([(0, 0, "Now, the reaching."), (1, 0, "It's 3:40."), (2, 0, "It's 3:57, we stop there.")], {}),
    ],
)
def test_a_block_read_off_the_clock_after_now(
    sentences: list[tuple[int, int, str]], expected: dict[tuple[int, int], int]
) -> None:
    assert {k: v.minutes for k, v in closed_spans(sentences).items()} == expected


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("first task the story recall, I read you a short story", True),
        ("now the schedule task plan these five errands in the best order", True),
        ("now the word list recall after a delay", True),
        ("the paragraph recall, immediate eleven of fifteen", True),
        # a test's item, a language test's subtest, recall as a result: no service
        ("You lost a point on the delayed recall.", False),
        ("Back to the CELF: formulating sentences and recalling sentences.", False),
        ("Recall 1 of 5 on the MoCA.", False),
        ("what is your work schedule this week", False),
    ],
)
def test_cognitive_tasks_named_by_what_they_are(text: str, named: bool) -> None:
    assert ("97129" in {a.code for a in activities(text)}) is named


def test_a_clock_span_of_cognitive_tasks_is_cognitive_intervention() -> None:
    said = turns(
        (T, "its 1:15 so we have a shorter session lets go"),
        (T, "first task the story recall, I read you a short story then you tell it back"),
        (T, "now the schedule task plan these five errands in the best order"),
        (T, "now the word list recall after a delay"),
        (T, "its 1:39 we will stop there since you came late"),
    )
    assert find(said, discipline="SLP", note_type="daily").minutes == {"97129": 15, "97130": 9}


@pytest.mark.parametrize(
    ("note_type", "said", "expected"),
    [
        (
            "evaluation",
            [
                (T, "now i will teach her the night splints and how to sew with the wrist straight"),
                (T, "that was eight minutes teaching the splint wear and the sewing setup"),
            ],
            {"97535": 8},
        ),
        (
            "daily",
            [(T, "Ten minutes showing you the brace care and the skin checks.")],
            {"97535": 10},
        ),
        # unchanged: the orthosis made or fitted at the visit, the wearing schedule gone over
        (
            "evaluation",
            [
                (T, "I molded the night splint and fitted the straps."),
                (T, "that was eight minutes teaching the splint wear"),
            ],
            {"97760": 8},
        ),
        (
            "evaluation",
            [(T, "Then the resting hand orthoses, ten minutes with the straps and the wear schedule.")],
            {"97760": 10},
        ),
    ],
)
def test_teaching_an_orthosis_s_wear(
    note_type: str, said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert find(turns(*said), discipline="OT", note_type=note_type).minutes == expected


@pytest.mark.parametrize(
    ("said", "question"),
    [
        ([(T, "swelling"), (P, "swelling is down no swelling really")], True),
        ([(T, "tingling"), (P, "it comes and goes but no tingling today")], True),
        # unchanged: the finding answered yes, a no to something else, a statement of the clinician's
        ([(T, "swelling"), (P, "swelling is up a bit")], False),
        ([(T, "swelling"), (P, "still there, no pain though")], False),
        ([(T, "the swelling is down from last week"), (P, "no swelling in the morning")], False),
    ],
)
def test_a_finding_named_and_denied_by_name_is_a_question(
    said: list[tuple[str, str]], question: bool
) -> None:
    assert marked_questions(turns(*said))[0].text.endswith("?") is question


@pytest.mark.parametrize(
    ("said", "question"),
    [
        ([(T, "any weight loss"), ("caregiver", "about ten pounds since christmas")], True),
        ([(T, "does he have dentures"), (P, "uppers they are loose")], True),
        ([(T, "ok any trouble at night"), (P, "I wake up twice")], True),
        # unchanged: a bare okay, a question back, a long instruction, a statement
        ([(T, "any time it hurts stop"), (P, "okay")], False),
        ([(T, "any questions"), (P, "what time is it?")], False),
        ([(T, "any time it hurts stop and rest and then do the next set"), (P, "I will try that")], False),
        ([(T, "the swelling is down"), (P, "it feels better")], False),
    ],
)
def test_a_short_question_answered_in_words_is_a_question(
    said: list[tuple[str, str]], question: bool
) -> None:
    assert marked_questions(turns(*said))[0].text.endswith("?") is question


def test_the_answer_is_quoted_with_the_question_and_who_answered() -> None:
    said = turns((T, "any weight loss"), ("caregiver", "about ten pounds since christmas"))
    assert (
        quoted(marked_questions(said))
        == 'Asked: "any weight loss?" Caregiver answers: "about 10 pounds since christmas" (as said; review)'
    )
    said = turns((T, "does he have dentures"), (P, "uppers they are loose"))
    assert 'Patient answers: "uppers they are loose"' in quoted(marked_questions(said))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ([(T, "Sorry, that's the clinic phone. Yes, I'm in a session, I'll call back. Sorry.")], ""),
        ([(T, "Tell them I'll call back in twenty, the splint can wait.")], ""),
        # unchanged: asking after a call the patient waits for
        (
            [(T, "That's a big deal. Did they call back?"), (P, "Yes, a second interview with the school.")],
            "second interview",
        ),
    ],
)
def test_what_a_caller_is_told_is_not_quoted(said: list[tuple[str, str]], kept: str) -> None:
    text = quoted(marked_questions(turns(*said)))
    assert "call back" not in text or "Did they call back" in text
    assert kept in text


def test_news_after_a_question_of_findings_is_not_its_answer() -> None:
    said = turns(
        (T, "any night pain or calf cramping"),
        (P, "man i lost my fantasy football by two points last night two points because my kicker missed"),
    )
    assert not marked_questions(said)[0].text.endswith("?")
    assert "fantasy" not in quoted(marked_questions(said))


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ([("caregiver", "She says thank you, and she will bring you spring rolls.")], False),
        ([(P, "Thank you so much, I'll bake you a cake.")], False),
        ([("caregiver", "she says thank you and that she will make you a scarf")], False),
        # unchanged: a report after the thanks, a promise with no thanks
        ([(P, "Thank you, my knee feels much better since the brace.")], True),
        ([("caregiver", "She says thank you, and her shoulder hurts less at night now.")], True),
    ],
)
def test_a_gift_promised_with_the_thanks_is_not_quoted(
    said: list[tuple[str, str]], kept: bool | None
) -> None:
    text = quoted(turns(*said))
    if kept is not None:
        assert bool(text) is kept


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ([(T, "keep the planner by the coffee maker so he sees it")], False),
        # unchanged: a device kept somewhere, a task directed in the visit
        ([(T, "Keep the walker by the bed at night.")], True),
        ([(T, "Now put the plates on the top shelf, then the laundry basket.")], True),
    ],
)
def test_where_a_thing_is_kept_at_home_is_no_task(said: list[tuple[str, str]], kept: bool) -> None:
    assert bool(quoted(turns(*said))) is kept
