"""Answers to the assistant's own questions, and turns that point back at what was said before: a patient
chosen from the ones offered by place or age ("the older one", "the 2nd one"), a birth date that is none
of them, a surname typed in lower case that no patient has, "undo that" with nothing done here, a provider
named after "w/" with a stray word after her, and a refused change said again with a change. Pure tables
first (no database), then the same on the demo practice through `ask`."""

from dataclasses import dataclass
from datetime import date, datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import UNDO_ALONE, _candidate_said
from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"


@dataclass
class _Someone:
    name: str
    birth_date: date


A = _Someone("a", date(1950, 5, 1))
B = _Someone("b", date(1990, 5, 1))
C = _Someone("c", date(1970, 5, 1))
D = _Someone("d", date(2001, 5, 1))
E = _Someone("e", date(1940, 5, 1))


@pytest.mark.parametrize(
    ("said", "offered", "chosen"),
    [
        ("the older one", [A, B], A),
        ("oh the younger one", [A, B], B),
        ("the elder", [B, A], A),
        ("older", [A, B, C], None),  # of three, which is "older" is a guess
        ("the oldest", [A, B, C], A),
        ("youngest pt", [A, B, C], B),
        ("the 2nd one", [A, B, C], B),
        ("no the first one", [C, A], C),
        ("third", [A, B], None),  # only two were offered
        ("the last one", [A, B, C], C),
        ("the last one", [A, B, C, D, E], None),  # the fifth was never listed
        ("the older one has a visit friday", [A, B], None),  # more said: read as a message of its own
        ("the older one", [A, _Someone("twin", A.birth_date)], None),
        ("first thing monday", [A, B], None),
    ],
)
def test_a_patient_offered_is_chosen_by_place_or_age_and_never_guessed(
    said: str, offered: list[_Someone], chosen: _Someone | None
) -> None:
    assert _candidate_said(said, offered) is chosen  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("said", "alone"),
    [
        ("undo that", True),
        ("ugh undo that, wrong person", True),
        ("reverse it pls", True),
        ("oops take that back", True),
        ("can you undo the cancel from this morning?", False),  # a question: read as one
        ("what does undo do", False),
        ("cancel her undo", False),
    ],
)
def test_an_undo_is_the_whole_request_or_a_word_of_another(said: str, alone: bool) -> None:
    assert bool(UNDO_ALONE.match(said)) is alone


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(
    practice: Practice, message: str, conversation_id: int | None = None, email: str = FRONT_DESK
) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _two_share_a_first_name(practice: Practice) -> tuple[str, list[tuple[str, date]]]:
    """A first name exactly two clinic-1 patients have, born on different days: (first, [(last, born)])."""
    with practice.engine.connect() as conn:
        first = conn.execute(
            text(
                """SELECT first_name FROM patient WHERE clinic_id = 1 GROUP BY first_name
                   HAVING COUNT(*) = 2 AND COUNT(DISTINCT birth_date) = 2 AND MIN(last_name) <> MAX(last_name)
                   ORDER BY first_name LIMIT 1"""
            )
        ).scalar_one()
        rows = conn.execute(
            text("SELECT last_name, birth_date FROM patient WHERE clinic_id = 1 AND first_name = :f"),
            {"f": first},
        ).all()
    return first, [(r[0], r[1] if isinstance(r[1], date) else date.fromisoformat(str(r[1]))) for r in rows]


def test_the_older_one_answers_which_patient_with_the_older_of_the_two(practice: Practice) -> None:
    first, two = _two_share_a_first_name(practice)
    asked = _ask(practice, f"when is {first.lower()} in next")
    assert "?" in asked["answer"] and all(last in asked["answer"] for last, _ in two)
    older, younger = sorted(two, key=lambda p: p[1])
    picked = _ask(practice, "the older one", asked["conversation_id"])
    assert f"{first} {older[0]}" in picked["answer"] and younger[0] not in picked["answer"]


def test_a_birth_date_that_is_none_of_the_patients_offered_is_said_so(practice: Practice) -> None:
    first, two = _two_share_a_first_name(practice)
    asked = _ask(practice, f"when is {first.lower()} in next")
    never = date(1899, 1, 2)
    again = _ask(practice, f"the one born {never:%m/%d/%Y}", asked["conversation_id"])
    assert "None of the patients" in again["answer"] and "?" in again["answer"]
    assert not any(f"{first} {last}" in again["answer"] for last, _ in two)


def test_a_lower_case_surname_no_patient_has_is_asked_about_never_taken_for_another(
    practice: Practice,
) -> None:
    first, two = _two_share_a_first_name(practice)
    for made_up in ("zzyzxwell", "quorbanek"):
        said = _ask(practice, f"{first.lower()} {made_up} fri what time")
        assert (
            "I could not find a patient by that name" in said["answer"]
            and "Patients named" in said["answer"]
            and "?" in said["answer"]
        )
        booked = _ask(practice, "ok book her fri at 11 then", said["conversation_id"])
        assert booked["proposal"] is None


@pytest.mark.parametrize(
    "after", ["skipped her visit tuesday", "wants thursday instead", "called about monday"]
)
def test_what_she_did_after_her_first_name_is_no_surname(practice: Practice, after: str) -> None:
    first, _ = _two_share_a_first_name(practice)
    said = _ask(practice, f"{first.lower()} {after}")
    assert "Patients named" not in said["answer"]


def test_a_yes_with_a_word_of_thanks_and_nothing_waiting_is_told_so(practice: Practice) -> None:
    for said in ("perfect yes", "great, yes please"):
        assert "nothing waiting for your confirmation" in _ask(practice, said)["answer"]


def test_an_undo_with_nothing_done_here_asks_and_proposes_nothing(practice: Practice) -> None:
    for said in ("undo that", "ugh reverse that, wrong one"):
        answer = _ask(practice, said)
        assert answer["proposal"] is None and "Nothing was cancelled or changed" in answer["answer"]
        assert "?" in answer["answer"]


def test_a_provider_after_w_slash_is_the_provider_whatever_word_follows_her(
    practice: Practice, demo_clock: datetime
) -> None:
    with practice.engine.connect() as conn:
        staff_first = conn.execute(
            text(
                """SELECT p.first_name FROM patient p JOIN provider s ON s.full_name LIKE p.first_name || ' %'
                   WHERE p.clinic_id = 1 ORDER BY p.first_name LIMIT 1"""
            )
        ).scalar_one_or_none()
        patient = conn.execute(
            text(
                """SELECT first_name, last_name FROM patient WHERE clinic_id = 1 AND first_name NOT IN
                   (SELECT first_name FROM patient WHERE clinic_id = 1 GROUP BY first_name HAVING COUNT(*) > 1)
                   ORDER BY id LIMIT 1"""
            )
        ).one()
    assert staff_first is not None, "no patient shares a provider's first name in the demo practice"
    said = _ask(practice, f"book {patient[0]} {patient[1]} fri at 10 w/ {staff_first} til her auth runs out")
    assert not said["answer"].startswith(f"Which patient: {staff_first}")


@pytest.mark.parametrize("follow_up", ["ok just a regular visit then", "fine, just a normal visit instead"])
def test_a_refused_change_said_again_with_a_change_is_refused_again(
    practice: Practice, follow_up: str
) -> None:
    assistant = "pta1@riverside.example.org"
    first = _ask(practice, "book a re-eval for Jason Wood w/ me fri 9", email=assistant)
    assert "can't book" in first["answer"]
    again = _ask(practice, follow_up, first["conversation_id"], email=assistant)
    assert again["proposal"] is None and "can't book" in again["answer"]
