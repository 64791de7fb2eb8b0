"""Review of 72aea79 (#17): a first name that is also a word the visit says in lower case ("Rose, bend your
knee" beside "the pain rose") is still a name said to someone, as is one said after a greeting ("Morning,
Will."); "No" to a finding asked in the negative is no denial where the answer says more than its no ("No,
I do have it.", "No, it's still there."): asked and answered, quoted or left out, never "Denies numbness".
Table-driven, with rows that must not change; the phrasings are this file's own."""

import re

import pytest
from transcript_helpers import turns

from scribe import statements
from scribe.draft import draft
from scribe.statements import addressed, agrees_not, denials, marked_questions

T, P, C = "therapist", "patient", "caregiver"


def _note(*said: tuple[str, str]) -> str:
    d = draft(turns(*said), discipline="OT", note_type="daily", role="OT", rule="cms")
    return "\n".join(d.note.get(k, "") for k in ("subjective", "objective", "assessment", "plan"))


def _lines(*said: tuple[str, str]) -> list[str]:
    return [line for d in denials(marked_questions(turns(*said))) if (line := d.line(True))]


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ([(T, "Rose, bend your knee."), (P, "The pain rose after walking.")], {"Rose"}),
        ([(T, "Will, ten more reps please."), (P, "I will.")], {"Will"}),
        ([(T, "Faith, how did the home program go?"), (P, "I have faith in it.")], {"Faith"}),
        ([(T, "June, lift your arm for me."), (P, "My surgery was in june.")], {"June"}),
        ([(T, "Pat, stand up slowly."), (T, "Now pat the table.")], {"Pat"}),
        ([(T, "Morning, Will. How's the shoulder?"), (P, "Better.")], {"Will"}),
        ([(T, "Okay, Grace? Lift it."), (P, "There was a grace period.")], {"Grace"}),
        # must not change: a word the visit says in lower case, read out, and a greeting to everyone
        ([(T, "Grip, forty pounds on the right."), (T, "Your grip is better.")], set()),
        ([(T, "Hinge, don't bend."), (T, "Now hinge at the hips.")], set()),
        ([(T, "Knife, good."), (T, "Point to the knife.")], set()),
        ([(T, "Morning, everyone."), (T, "Ha, you caught me.")], set()),
        ([(T, "Harold, you're doing great.")], {"Harold"}),
    ],
)
def test_a_first_name_that_is_a_word_is_still_a_name(said: list, names: set) -> None:
    assert set(addressed(turns(*said)).names) == names


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ([(T, "Rose, bend your knee."), (P, "The pain rose after walking.")], "Rose"),
        ([(T, "Will, ten more reps please."), (P, "I will.")], "Will"),
        ([(T, "Faith, how did the home program go?"), (P, "I have faith in it.")], "Faith"),
    ],
)
def test_a_first_name_that_is_a_word_is_not_left_in_the_note(said: list, name: str) -> None:
    assert not re.search(rf"\b{name},", _note(*said))


@pytest.mark.parametrize(
    ("answer", "agrees", "not_so"),
    [
        ("No, I do have it.", False, False),
        ("No, it's still there.", False, False),
        ("No, not really, it comes and goes.", False, False),
        ("No more than usual.", False, False),
        ("Nothing new.", False, False),
        ("No, I get dizzy.", False, False),
        # must not change: an agreeing no, and a no that is not a bare "No"
        ("No.", True, True),
        ("Right.", True, True),
        ("Correct, none.", True, True),
        ("Nope, none at all.", True, True),
        ("Right, not since Tuesday.", True, True),
        ("Not that I've noticed.", False, True),
        ("Actually, yes, a little in the mornings.", False, False),
    ],
)
def test_an_answer_to_a_negative_question_agrees_only_with_nothing_more(
    answer: str, agrees: bool, not_so: bool
) -> None:
    assert agrees_not(answer) is agrees
    assert statements.says_not_so(answer) is not_so


@pytest.mark.parametrize(
    ("asked", "answer", "lines"),
    [
        ("You're not having any numbness, right?", "No, I do have it.", []),
        ("You're not having any numbness, right?", "No, it's still there.", []),
        ("You're not having any numbness, right?", "No, I still have it in my toes.", []),
        ("You're not having any numbness, right?", "No more than usual.", []),
        ("No falls this week?", "No, I fell on Sunday.", []),
        ("No dizziness?", "No, I get dizzy.", []),
        ("No swelling?", "No, it's swollen.", []),
        # must not change: an agreeing answer
        ("You're not having any numbness, right?", "Right.", ["Denies numbness"]),
        ("You're not having any numbness, right?", "No.", ["Denies numbness"]),
        ("No falls this week?", "Nope.", ["Denies falls this week"]),
        ("So no tingling in the fingers?", "Correct.", ["Denies tingling in the fingers"]),
    ],
)
def test_no_with_more_said_to_a_negative_question_denies_nothing(
    asked: str, answer: str, lines: list
) -> None:
    assert _lines((T, asked), (P, answer)) == lines


@pytest.mark.parametrize(
    ("asked", "answer", "finding"),
    [
        ("You're not having any numbness, right?", "No, I do have it.", "numbness"),
        ("You're not having any numbness, right?", "No, it's still there.", "numbness"),
        ("No falls this week?", "No, I fell on Sunday.", "falls"),
        ("No dizziness?", "No, I get dizzy.", "dizziness"),
        ("No swelling?", "No, it's swollen.", "swelling"),
    ],
)
def test_a_present_finding_is_never_written_denied(asked: str, answer: str, finding: str) -> None:
    note = _note((T, asked), (P, answer))
    assert not re.search(rf"^(?:No|Denies) {finding}", note, re.M | re.I)


@pytest.mark.parametrize(
    ("asked", "answer", "line"),
    [
        # must not change: agreed, the denial is written
        ("You're not having any numbness, right?", "Right.", "Denies numbness."),
        ("No falls this week?", "Nope.", "Denies falls this week."),
    ],
)
def test_an_agreed_negative_question_is_still_written_denied(asked: str, answer: str, line: str) -> None:
    assert line in _note((T, asked), (P, answer))


@pytest.mark.parametrize(
    ("said", "absent", "present"),
    [
        ("TUG was four minutes and ten seconds.", "TUG 4.", "TUG was 4 minutes and 10 seconds."),
        ("Timed up and go, 1 minute 10 seconds.", "Timed up and go 1.", "1 minute 10 seconds"),
        ("TUG 2 minutes.", "TUG 2.", "TUG 2 minutes."),
        # must not change: a timed test's seconds, a score with minutes said after other words
        ("TUG was fourteen seconds.", "TUG 14.", "TUG 14 seconds."),
        ("Berg was 45, that took about fifteen minutes.", "Berg 15", "Berg 45."),
    ],
)
def test_a_timed_test_in_minutes_is_quoted_never_a_wrong_figure(said: str, absent: str, present: str) -> None:
    d = draft(turns((T, said)), discipline="PT", note_type="daily", role="PT", rule="cms")
    objective = d.note.get("objective", "")
    assert absent not in objective
    assert present in objective


@pytest.mark.parametrize(
    ("said", "conditions"),
    [
        ("The guy next door had a stroke.", []),
        ("The man down the hall broke his hip.", []),
        # must not change: the patient's own condition, said beside another's or alone
        ("I had a stroke in May.", ["stroke"]),
        ("The neighbour fell. I had a stroke last year.", ["stroke"]),
    ],
)
def test_another_persons_condition_is_no_condition_of_the_visit(said: str, conditions: list) -> None:
    assert statements.conditions_named(turns((P, said))) == conditions


@pytest.mark.parametrize(
    ("asked", "answer", "lines"),
    [
        ("You haven't had any falls, have you?", "No, I have, twice.", []),
        ("You don't have any pain, do you?", "No, it hurts a lot.", []),
        # must not change: an agreeing no, a no to a question not put in the negative
        ("You don't have any pain, do you?", "No.", ["Denies pain"]),
        # ("today" stays with the finding a question asks of, 6d18a25)
        ("Any pain today?", "No, it's been good.", ["Denies pain today"]),
    ],
)
def test_a_no_that_says_more_to_a_tag_question_denies_nothing(asked: str, answer: str, lines: list) -> None:
    assert _lines((T, asked), (P, answer)) == lines
