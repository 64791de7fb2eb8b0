"""The note's text on speech nobody here wrote (#17): a task read out with its assist level ("Toileting,
minimal assist.") or a measure read out by its name ("Grip, forty pounds.") is no name said to someone; a
finding asked in the negative ("You're not having any numbness, right?") is denied where the answer agrees
and never written as denied where it does not; "Not now.", "... No problems." after other words, and
"problems with your vision" are denials; a
denial's time ("since the last visit") does not make a sentence naming the finding otherwise ("at risk
for falls") safe to quote; another person's health is theirs; minutes said for a timed test are no score.
Table-driven, with rows that must not change; the phrasings are this file's own."""

import re

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.extract import extract
from scribe.statements import addressed, answered_no, denials, kept_out, marked_questions

T, P, C = "therapist", "patient", "caregiver"


def _note(*said: tuple[str, str]) -> str:
    d = draft(turns(*said), discipline="OT", note_type="daily", role="OT", rule="cms")
    return "\n".join(d.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


def _lines(*said: tuple[str, str]) -> list[str]:
    return [line for d in denials(marked_questions(turns(*said))) if (line := d.line(True))]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ([(T, "Let's go over self-care. Grooming, supervision. Bathing, moderate assist.")], set()),
        ([(T, "Toileting, minimal assist."), (T, "Showering, standby.")], set()),
        ([(T, "Grip, forty pounds on the right."), (T, "Your grip is better than last week.")], set()),
        ([(T, "Thursday, we retest the Berg."), (T, "Left, a hundred and ten degrees.")], set()),
        ([(T, "Ha, you caught me."), (T, "Twelve, good, keep going.")], set()),
        # must not change: a name said to someone, a word the visit says in lower case or not
        ([(T, "Harold, you're doing great."), (T, "Nice and slow.")], {"Harold"}),
        ([(T, "Will, you're up next."), (T, "It will get easier.")], {"Will"}),
        ([(T, "Okay Grace, one more set."), (T, "Any pain, Grace?")], {"Grace"}),
    ],
)
def test_a_word_read_out_first_is_no_name_said_to_someone(said: list, names: set) -> None:
    assert set(addressed(turns(*said)).names) == names


def test_a_task_read_out_with_its_assist_level_is_quoted_as_said() -> None:
    note = _note((T, "Toileting, minimal assist."), (T, "Grooming, supervision."))
    assert "[name]" not in note
    assert "Toileting, minimal assist." in note


@pytest.mark.parametrize(
    ("answer", "no"),
    [
        ("Not now. I had trouble swallowing in the ICU, but not since I got off the tube.", True),
        # must not change: not now said alone, with an exception, or a yes
        ("Not right now, no.", True),
        ("Not now, but last night yes.", False),
        ("Not now but it comes and goes.", False),
        ("Yes, a little.", False),
    ],
)
def test_not_now_answers_no(answer: str, no: bool) -> None:
    assert answered_no(answer) is no


@pytest.mark.parametrize(
    ("answer", "lines"),
    [
        ("She had her eyes checked last month. No problems.", ["Denies problems with your hearing"]),
        ("I asked the nurse about it. No problems at all.", ["Denies problems with your hearing"]),
        # must not change: a yes first, or problems said after other words
        ("Yes, a little. It rings at night.", []),
        ("She had her ears checked. Some problems on the left.", []),
    ],
)
def test_no_problems_said_after_other_words_answers_no(answer: str, lines: list) -> None:
    assert _lines((T, "Any problems with your hearing?"), (C, answer)) == lines


@pytest.mark.parametrize(
    ("asked", "answer", "lines"),
    [
        ("Any problems with your vision?", "No.", ["Denies problems with your vision"]),
        ("Any problems swallowing?", "Nope.", ["Denies problems swallowing"]),
        ("You're not having any numbness, right?", "Right.", ["Denies numbness"]),
        ("You're not having any numbness, right?", "No.", ["Denies numbness"]),
        ("So no tingling in the fingers?", "Correct.", ["Denies tingling in the fingers"]),
        ("You haven't had any falls, have you?", "No.", ["Denies falls"]),
        # an answer that says otherwise denies nothing
        ("No dizziness, right?", "A little, when I stand up.", []),
        # must not change: banter, and an answer that says otherwise
        ("And you're not getting any headaches?", "Nope.", ["Denies headaches"]),
        ("No falls this week?", "Nope.", ["Denies falls this week"]),
        ("No problem, any questions?", "No.", []),
        ("You're not having any numbness, right?", "Actually, yes, a little in the mornings.", []),
    ],
)
def test_findings_asked_in_the_negative(asked: str, answer: str, lines: list) -> None:
    assert _lines((T, asked), (P, answer)) == lines


@pytest.mark.parametrize(
    ("asked", "answer", "finding"),
    [
        ("No dizziness, right?", "A little, when I stand up.", "dizziness"),
        ("You're not having any numbness, right?", "Actually, yes, a little in the mornings.", "numbness"),
        ("You haven't had any falls, have you?", "Well, one, on Sunday.", "falls"),
    ],
)
def test_a_finding_asked_in_the_negative_and_not_so_is_never_written_denied(
    asked: str, answer: str, finding: str
) -> None:
    note = _note((T, asked), (P, answer))
    assert not re.search(rf"^(?:No|Denies) {finding}", note, re.M | re.I)


def test_a_denials_time_does_not_let_the_finding_be_quoted_as_present() -> None:
    note = _note(
        (T, "Any falls since your last visit?"),
        (P, "No falls."),
        (T, "Your TUG was sixteen seconds with the walker, which puts you at risk for falls."),
    )
    assert "Denies falls since the last visit." in note
    for sentence in re.split(r"(?<=[.!?])\s+|\n", note):
        if "falls" in sentence.lower():
            assert re.search(r"\b(?:no|denies|not)\b", sentence, re.I), sentence


@pytest.mark.parametrize(
    ("sentence", "out"),
    [
        ("And the neighbour fell on the ice and broke her hip.", True),
        ("The lady next door had a stroke in March.", True),
        ("The guy next door had a heart attack in May.", True),
        # must not change: the patient's own, someone's word of the patient's body, and a parent or a spouse
        # heard as the patient
        ("She said the knee looks good.", False),
        ("She fell in the bathroom and hurt her wrist.", False),
        ("The neighbour helped me with the groceries.", False),
        ("He says my knee looks swollen.", False),
    ],
)
def test_another_persons_health_is_kept_out(sentence: str, out: bool) -> None:
    assert kept_out("patient", sentence) is out


@pytest.mark.parametrize(
    ("said", "facts"),
    [
        ("TUG was four minutes and ten seconds.", []),
        ("TUG was twenty four minutes.", []),
        # must not change
        ("TUG was twelve seconds.", [("TUG", "12", "seconds")]),
        ("Berg is forty five today, it took ten minutes.", [("Berg", "45", "")]),
        ("Six minute walk was 410 feet.", [("6MWT", "410", "feet")]),
    ],
)
def test_minutes_said_for_a_timed_test_are_no_score(said: str, facts: list) -> None:
    found = [(f.text, f.value, f.unit) for f in extract(turns((T, said))) if f.kind == "outcome_measure"]
    assert found == facts
