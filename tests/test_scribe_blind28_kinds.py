"""Kinds of speech the blind28 (and earlier) sessions drafted wrong outside the codes, each with rows that
must stay as they are:
- words before a recogniser's unmarked question that name no finding ("lets take a look any redness",
  "nice and the voices this week any trouble with the voices") lead into it: no question of their own, no
  denial ("Denies lets take a look"), and not quoted as a statement;
- an answer's no followed by words that name no finding ("no just the heel pain") denies nothing of them;
- a denial said with a count after it in words ("no cough with chin tuck three of three") keeps its
  circumstance, so the clinician's "cough is weak" is still quoted;
- a clock time's minutes stay as written ("1:05", never "1:5");
- a number said in a fact's words that the note never writes ("five degrees on the left ten on the
  right" written "Dorsiflexion 5 degrees.") has its sentence quoted;
- dictated SOAP headings ("Subjective. ... Assessment. ...") place the clinician's sentences after them."""

import pytest
from transcript_helpers import turns

from scribe.draft import _dictated_headings, draft
from scribe.statements import denials, in_digits, marked_questions

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        (
            [(T, "lets take a look any redness any warmth in the arm"), (P, "no no redness")],
            ["Denies redness", "Denies warmth in the arm"],
        ),
        ([(T, "a little mummy is that too tight anywhere"), (P, "no it feels snug")], []),
        # findings asked as alternatives, where they are said once for both, are denied in one line
        (
            [(T, "any numbness or burning in the feet"), (P, "no just the heel pain")],
            ["Denies numbness or burning in the feet"],
        ),
        # unchanged: a finding named before the question is a question of its own; a no of a finding
        (
            [(T, "redness around the scar any drainage"), (P, "no")],
            ["Denies redness around the scar", "Denies drainage"],
        ),
        ([(T, "how is the knee"), (P, "no swelling just stiff")], ["Denies swelling"]),
        ([(T, "how is the knee"), (P, "no pain only when I kneel")], ["Denies pain"]),
    ],
)
def test_words_before_a_question_and_after_a_no_that_name_no_finding(
    said: list[tuple[str, str]], lines: list[str]
) -> None:
    # (a finding whose line another says, "numbness" in "numbness or burning in the feet", writes none)
    assert [line for d in denials(marked_questions(turns(*said))) if (line := d.line(True))] == lines


@pytest.mark.parametrize(
    ("said", "lines"),
    [
        (
            [(T, "no cough with chin tuck three of three okay lets try a soft cracker")],
            ["No cough with chin tuck"],
        ),
        # unchanged: a count in digits, nothing after
        ([(T, "no cough with chin tuck 3 of 3")], ["No cough with chin tuck"]),
        ([(T, "no cough with the mildly thick.")], ["No cough with the mildly thick"]),
        ([(T, "no cough today.")], ["No cough today"]),
    ],
)
def test_a_denial_with_a_count_after_keeps_its_circumstance(
    said: list[tuple[str, str]], lines: list[str]
) -> None:
    assert [d.line(False) for d in denials(marked_questions(turns(*said)))] == lines


def _note(*said: tuple[str, str]) -> dict[str, str]:
    return draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule="cms").note


@pytest.mark.parametrize(
    ("said", "lines", "not_quoted"),
    [
        (
            [(T, "nice and the voices this week any trouble with the voices"), (P, "no not this week")],
            ["Denies trouble with the voices"],
            "nice and the voices",
        ),
    ],
)
def test_words_leading_into_a_question_are_part_of_it(
    said: list[tuple[str, str]], lines: list[str], not_quoted: str
) -> None:
    # (a finding whose line another says, "numbness" in "numbness or burning in the feet", writes none)
    assert [line for d in denials(marked_questions(turns(*said))) if (line := d.line(True))] == lines
    assert not_quoted not in " ".join(_note(*said).values())


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("so the kitchen was from 1:05 to 1:31", "so the kitchen was from 1:05 to 1:31"),
        ("we started at 10:05, twelve degrees", "we started at 10:05, 12 degrees"),
        # unchanged: numbers that are no clock's minutes
        ("twelve degrees and 5 reps", "12 degrees and 5 reps"),
        ("at 3:05, eight minutes", "at 3:05, 8 minutes"),
    ],
)
def test_a_clock_times_minutes_stay_as_written(said: str, written: str) -> None:
    assert in_digits(said) == written


def test_a_second_number_the_note_does_not_write_is_quoted() -> None:
    note = _note((T, "and your dorsiflexion today five degrees on the left ten on the right"))
    assert "10 degrees on the right" in note["objective"]
    # unchanged: every number written by the facts, the sentence is not quoted again
    for said in ("Grip 40 pounds on the right.", "Berg 51 out of 56."):
        assert "as said" not in _note((T, said))["objective"]


DICTATED = [
    (T, "Okay, dictation. Daily note, visit six."),
    (T, "Subjective. Pain four out of ten on arrival. She can now sleep on the left side."),
    (T, "Denies low back pain."),
    (T, "Objective. Therapeutic exercise twenty-two minutes, bridges two sets of fifteen."),
    (T, "Assessment. Pain down from six to four since the evaluation, single leg stance doubled."),
    (T, "Plan. Continue twice a week, progress the step-ups to eight inches."),
]


def test_dictated_headings_place_what_follows_them() -> None:
    note = _note(*DICTATED)
    assert "She can now sleep on the left side" in note["subjective"]
    assert "Denies low back pain" in note["subjective"]
    assert "Pain down from 6 to 4" in note["assessment"]
    assert "step-ups to 8 inches" in note["plan"]


@pytest.mark.parametrize(
    "said",
    [
        # unchanged: one heading alone is no dictated note; a patient's turn ends a heading's run
        [(T, "Plan: twice a week. She can now sleep on the left side, pain down from six to four.")],
        [
            (T, "Subjective. Pain four out of ten."),
            (P, "I slept better."),
            (T, "Assessment is later. Pain down from six to four since the evaluation."),
            (T, "Plan. Continue twice a week."),
        ],
    ],
)
def test_headings_said_in_passing_place_nothing(said: list[tuple[str, str]]) -> None:
    headed = _dictated_headings(turns(*said))
    assert not any(h[2] == "subjective" for h in headed if h[0] == 2)


@pytest.mark.parametrize(
    ("said", "written", "not_written"),
    [
        ("BP 128 over 76.", "BP 128/76.", "BP 128."),
        ("HR 92 at rest.", "Heart rate 92 bpm.", "HR 92."),
        # unchanged: another acronym's value, the vital signs written whole
        ("The PRTEE came out at 48.", "PRTEE 48.", ""),
        ("Blood pressure sitting 128 over 76.", "BP 128/76.", ""),
    ],
)
def test_a_vital_sign_said_by_its_acronym_is_written_once(said: str, written: str, not_written: str) -> None:
    lines = _note((T, said))["objective"].splitlines()
    assert written in lines
    assert not not_written or not_written not in lines
