"""Follow-ups staff ask right after an answer (issue 19): "which is the last one it covers" after the
authorization (which booked visits it covers, by day), "so has she met it now" or "did her deductible
reset" after the balance (what the record holds about the deductible, never a guess at the plan's
figures), a reason beside a yes ("conflict w dentist, yes"), and a payment to post ("she paid 90, post
it": not done in the chat, said with her balance, never read as the change asked before), and "wait is
that still with Susan" while open times for a move are offered (whom they are with, the list kept);
a yes with nothing waiting after a question asked back is told that question again. Pure tables
first; then on the demo practice, patients picked by SQL."""

from datetime import date, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import NY, booked_ahead
from sqlalchemy import text

from assistant.engine import AUTH_FOLLOW_UP, DEDUCTIBLE, PAYMENT_TAKEN, reasoned_yes
from assistant.service import ask
from assistant.understand import reason_only, slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
UNIQUE = (
    "(SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1"
)


@pytest.mark.parametrize(
    ("said", "about_coverage"),
    [
        ("which is the last one it covers", True),
        ("so fri is fine but the feb ones arent?", True),
        ("is the 2nd covered", True),
        ("whats past it", True),
        ("are the feb ones ok", True),
        # a question of its own, not about what the authorization covers
        ("what does she owe", False),
        ("when is her next visit", False),
        ("cancel the ones after that", False),
    ],
)
def test_a_question_about_what_the_authorization_covers(said: str, about_coverage: bool) -> None:
    assert bool(AUTH_FOLLOW_UP.search(said)) is about_coverage


@pytest.mark.parametrize(
    ("said", "deductible"),
    [
        ("how much of her deductible is met for 2027", True),
        ("so her deductible reset jan 1?", True),
        ("what was applied to deductible on her last 2026 claim then", True),
        ("so has she met it now", True),
        ("did he meet it yet", True),
        ("what does she owe", False),
        ("we met last week", False),
    ],
)
def test_the_deductible_asked_about(said: str, deductible: bool) -> None:
    assert bool(DEDUCTIBLE.search(said)) is deductible


@pytest.mark.parametrize(
    "said",
    [
        "so fri is fine but the feb ones arent?",
        "so has she met it now",
        "what was applied to deductible on her last claim",
        "isnt it covered",
    ],
)
def test_contractions_and_billing_words_are_no_name(said: str) -> None:
    assert slots(said, date(2027, 1, 28)).words == []


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("conflict w dentist", "conflict w dentist"),
        ("conflict with work", "conflict with work"),
        ("dentist appt", "dentist appt"),
        ("schedule conflict", "schedule conflict"),
        ("conflict w dentist, move it to fri", None),
    ],
)
def test_a_reason_said_alone(said: str, why: str | None) -> None:
    assert reason_only(said) == why


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("conflict w dentist, yes", "conflict w dentist"),
        ("yes, dentist appt", "dentist appt"),
        ("conflict w dentist, move it to fri", None),
    ],
)
def test_a_reason_and_a_yes(said: str, why: str | None) -> None:
    assert reasoned_yes(said) == why


@pytest.mark.parametrize(
    ("said", "payment"),
    [
        ("she paid 90, post it", True),
        ("post a $25 copay for her paid cash", True),
        ("and she wants to pay the 25 now", True),
        ("can i take half today and half next month", True),
        ("post a $40.00 copay for Alexis Marshall", True),
        # no payment to post: a question about one, a time, a booking
        ("did the bcbs check from last week post", False),
        ("take her at 3", False),
        ("book her at 10 now", False),
        ("whats her balance", False),
    ],
)
def test_a_payment_to_post(said: str, payment: bool) -> None:
    assert bool(PAYMENT_TAKEN.search(said)) is payment


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _authorized_and_booked(practice: Practice) -> str:
    """A clinic-1 patient of one name with an authorization in force and a visit of its discipline ahead."""
    from core.timeutil import utcnow

    now = utcnow()
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                f"""SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN prior_authorization a ON a.patient_id = p.id AND a.status = 'approved'
                        AND a.start_date <= :d AND a.end_date >= :d
                   JOIN appointment v ON v.patient_id = p.id AND v.status = 'booked' AND v.starts_at > :n
                   JOIN appointment_type t ON t.id = v.appointment_type_id AND t.discipline = a.discipline
                   WHERE p.clinic_id = 1 AND {UNIQUE}
                   ORDER BY p.id LIMIT 1"""
            ),
            {"d": now.date(), "n": now},
        ).first()
    assert row is not None, "no patient of the demo has an authorization in force and a visit under it"
    return str(row[0])


def test_which_booked_visits_the_authorization_covers_is_said_by_day(practice: Practice) -> None:
    who = _authorized_and_booked(practice)
    first = _ask(practice, FRONT_DESK, f"how many visits left on {who}'s auth")
    assert "visits left" in first["answer"], first["answer"]
    then = _ask(practice, FRONT_DESK, "which is the last one it covers", first["conversation_id"])
    assert "visits left" in then["answer"], then["answer"]
    assert "booked ahead, it covers" in then["answer"], then["answer"]
    assert then["proposal"] is None
    # a visit asked after by its day is the visit, not what the authorization covers
    visit = _ask(practice, FRONT_DESK, "ok is her wed visit still ok then", then["conversation_id"])
    assert "it covers" not in visit["answer"], visit["answer"]
    # the same words with no authorization asked before are no coverage question
    alone = _ask(practice, FRONT_DESK, f"what does {who} owe")
    after = _ask(practice, FRONT_DESK, "which is the last one it covers", alone["conversation_id"])
    assert "it covers" not in after["answer"]


def _with_claims(practice: Practice) -> str:
    """A clinic-1 patient of one name with a claim that left an amount to her."""
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                f"""SELECT p.first_name || ' ' || p.last_name FROM patient p
                   WHERE p.clinic_id = 1 AND {UNIQUE} AND EXISTS (SELECT 1 FROM claim c
                   WHERE c.patient_id = p.id AND c.patient_responsibility_cents > 0)
                   ORDER BY p.id LIMIT 1"""
            )
        ).first()
    assert row is not None, "no patient of the demo has a claim with an amount left to her"
    return str(row[0])


@pytest.mark.parametrize(
    ("email", "claims_shown"),
    [(BILLER, True), (FRONT_DESK, False)],  # the front desk reads balances, not claims' amounts
)
def test_the_deductible_is_answered_from_the_record_never_guessed(
    practice: Practice, email: str, claims_shown: bool
) -> None:
    who = _with_claims(practice)
    asked = _ask(practice, email, f"how much of {who}'s deductible is met")
    assert "does not hold" in asked["answer"], asked["answer"]
    assert ", the primary payer" in asked["answer"], asked["answer"]  # whom to ask is named
    assert " owes $" in asked["answer"], asked["answer"]
    assert ("left to her" in asked["answer"]) is claims_shown, asked["answer"]
    assert asked["proposal"] is None
    # "has she met it now" after her balance: the same, about her
    owed = _ask(practice, email, f"what does {who} owe")
    met = _ask(practice, email, "so has she met it now", owed["conversation_id"])
    assert "does not hold" in met["answer"], met["answer"]
    assert who in met["answer"]


def test_a_payment_to_post_is_not_taken_here_and_her_balance_is_said(practice: Practice) -> None:
    who = _with_claims(practice)
    owed = _ask(practice, FRONT_DESK, f"what does {who} owe")
    paid = _ask(practice, FRONT_DESK, "and she wants to pay the 25 now", owed["conversation_id"])
    assert "can't post payments" in paid["answer"], paid["answer"]
    assert f"{who} owes $" in paid["answer"], paid["answer"]
    assert paid["proposal"] is None


def test_whom_the_open_times_offered_are_with_is_said_and_the_list_kept(practice: Practice) -> None:
    from core.timeutil import utcnow

    soon = utcnow().astimezone(NY).date() + timedelta(days=2)
    booked = booked_ahead(practice)
    per_day: dict[tuple[str, str, date], int] = {}
    for first, last, _, local in booked:
        per_day[(first, last, local.date())] = per_day.get((first, last, local.date()), 0) + 1
    first, last, _, local = next(
        b
        for b in booked
        if per_day[(b[0], b[1], b[3].date())] == 1 and b[3].date() > soon and b[3].weekday() < 5
    )
    asked = _ask(
        practice, FRONT_DESK, f"{first} {last} wants to move {local:%A} to later the same day".lower()
    )
    assert "Which one?" in asked["answer"], asked["answer"]
    about = _ask(practice, FRONT_DESK, "wait is that still with the same person", asked["conversation_id"])
    assert "open times offered for that visit are with" in about["answer"], about["answer"]
    assert about["proposal"] is None
    picked = _ask(practice, FRONT_DESK, "the 2nd one", asked["conversation_id"])
    assert picked["proposal"] is not None and picked["proposal"]["action"] == "reschedule", picked["answer"]


def test_a_yes_with_nothing_waiting_is_told_the_question_still_open(practice: Practice) -> None:
    asked = _ask(practice, FRONT_DESK, "what does she owe")  # nobody named yet: asked back
    assert asked["answer"].rstrip().endswith("?") or "?" in asked["answer"], asked["answer"]
    yes = _ask(practice, FRONT_DESK, "yes", asked["conversation_id"])
    assert yes["answer"].startswith("There is nothing waiting for your confirmation"), yes["answer"]
    assert "nothing was proposed yet" in yes["answer"] and yes["answer"].endswith("?"), yes["answer"]
    assert yes["proposal"] is None
    # a yes in a chat where nothing was asked: only that nothing waits
    alone = _ask(practice, FRONT_DESK, "yes")
    assert alone["answer"] == "There is nothing waiting for your confirmation.", alone["answer"]
