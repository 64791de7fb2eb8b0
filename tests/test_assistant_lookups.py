"""Lookups staff asked for and did not get (issue 19): insurance on file, the last no-show, a clinic named
("riverside only"), what a payer paid on her last claim, days in AR without a range, "my day" as the
asker's own schedule, and a booking the authorization refuses, said before any proposal. Expected values
come from plain SQL."""

import re
from datetime import datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _one(practice, sql: str, **params):  # type: ignore[no-untyped-def]
    with practice.engine.connect() as conn:
        return conn.execute(text(sql), params).first()


UNIQUE = (
    """(SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1"""
)


def test_insurance_on_file_names_payer_and_member_id(practice: Practice) -> None:
    name, payer, member = _one(
        practice,
        f"""SELECT p.first_name || ' ' || p.last_name, y.name, i.member_id FROM patient p
           JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
           WHERE p.clinic_id = 1 AND i.priority = 1 AND {UNIQUE} ORDER BY p.id LIMIT 1""",
    )
    reply = _ask(practice, FRONT_DESK, f"what ins do we have on file for {name.lower()}")
    assert payer in reply["answer"] and member in reply["answer"] and reply["proposal"] is None


def test_the_last_no_show_is_said(practice: Practice) -> None:
    name, count = _one(
        practice,
        f"""SELECT p.first_name || ' ' || p.last_name, COUNT(*) FROM patient p
           JOIN appointment a ON a.patient_id = p.id WHERE p.clinic_id = 1 AND a.status = 'no_show' AND {UNIQUE}
           GROUP BY p.id, p.first_name, p.last_name ORDER BY COUNT(*) DESC, p.id LIMIT 1""",
    )
    reply = _ask(practice, FRONT_DESK, f"how many NS does {name} have? we do 3 strikes")
    assert f"{count} no-shows" in reply["answer"], reply["answer"]


def test_a_clinic_named_scopes_the_answer_and_another_clinic_is_refused(practice: Practice) -> None:
    own = _ask(practice, FRONT_DESK, "what does tomorrow look like riverside only")
    assert re.search(r"visits? for the clinic|No visits", own["answer"]), own["answer"]
    other = _ask(practice, FRONT_DESK, "what does tomorrow look like at hillcrest")
    assert "no access" in other["answer"] and other["proposal"] is None


def test_what_a_payer_paid_on_her_last_claim(practice: Practice) -> None:
    name, paid = _one(
        practice,
        # Her last paid claim to Blue Cross, alone on its day; grouped once, not a count per claim (the
        # correlated subqueries took 49 s on SQLite's 16,700 claims at load 20, this 0.7 s).
        """SELECT p.first_name || ' ' || p.last_name, c.paid_cents FROM claim c
           JOIN patient p ON p.id = c.patient_id JOIN payer y ON y.id = c.payer_id
           JOIN (SELECT first_name, last_name FROM patient GROUP BY first_name, last_name HAVING COUNT(*) = 1) u
             ON u.first_name = p.first_name AND u.last_name = p.last_name
           JOIN (SELECT patient_id, payer_id, MAX(service_date) AS last_day FROM claim WHERE paid_cents > 0
                 GROUP BY patient_id, payer_id) l
             ON l.patient_id = c.patient_id AND l.payer_id = c.payer_id AND l.last_day = c.service_date
           JOIN (SELECT patient_id, payer_id, service_date FROM claim WHERE paid_cents > 0
                 GROUP BY patient_id, payer_id, service_date HAVING COUNT(*) = 1) o
             ON o.patient_id = c.patient_id AND o.payer_id = c.payer_id AND o.service_date = c.service_date
           WHERE y.name LIKE 'Blue Cross%' AND p.clinic_id = 1 AND c.paid_cents > 0
           ORDER BY c.id LIMIT 1""",
    )
    first = _ask(practice, "biller1@billing.example.org", f"when did {name} last pay")
    reply = _ask(
        practice,
        "biller1@billing.example.org",
        "how much did BCBS pay on her last claim",
        first["conversation_id"],
    )
    assert f"paid ${paid / 100:,.2f}" in reply["answer"] and name in reply["answer"], reply["answer"]


def test_days_in_ar_without_a_range_says_the_range_it_used(practice: Practice) -> None:
    reply = _ask(practice, "owner@practice.example.org", "days in AR?")
    assert "Days in AR" in reply["answer"] and "No range was given" in reply["answer"], reply["answer"]


def test_my_day_is_the_askers_own_schedule(practice: Practice) -> None:
    provider = _one(
        practice,
        "SELECT p.full_name FROM provider p JOIN app_user u ON u.id = p.user_id "
        "WHERE u.email = 'pt1@riverside.example.org'",
    )[0]
    reply = _ask(practice, "pt1@riverside.example.org", "who do i have tmrw")
    assert provider in reply["answer"], reply["answer"]
    others = [
        r[0].split(",")[0] for r in _one_all(practice, "SELECT full_name FROM provider WHERE clinic_id = 1")
    ]
    assert not any(f"with {o}" in reply["answer"] for o in others if o != provider.split(",")[0])


def _one_all(practice: Practice, sql: str) -> list:
    with practice.engine.connect() as conn:
        return list(conn.execute(text(sql)))


def test_a_booking_the_authorization_refuses_is_never_proposed(practice: Practice) -> None:
    row = _one(
        practice,
        f"""SELECT p.first_name || ' ' || p.last_name FROM patient p JOIN insurance_policy i ON i.patient_id = p.id
           JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = 1 AND y.requires_authorization
           AND y.authorization_overrun = 'refuse' AND {UNIQUE}
           AND NOT EXISTS (SELECT 1 FROM prior_authorization a WHERE a.patient_id = p.id AND a.status = 'approved'
                           AND a.end_date >= '2027-01-01')
           ORDER BY p.id LIMIT 1""",
    )
    reply = _ask(practice, FRONT_DESK, f"book {row[0]} for a PT follow-up first available")
    assert reply["proposal"] is None and "does not allow booking past it" in reply["answer"], reply["answer"]


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("did the 835 post for Medicare Part B this wk", "era"),
        ("what was the last era we posted", "era"),
        ("last ERA we posted for Aetna Choice, date and amount", "era"),
        ("has the remit from uhc come in yet", "era"),
        ("the era for claim 16347 looks short - did UnitedHealthcare pay $147.57 or less", "payer_paid"),
    ],
)
def test_a_remittance_asked_about_is_read_as_one(said: str, intent: str) -> None:
    from datetime import date

    from assistant.understand import slots

    assert slots(said, date(2026, 12, 2)).intent == intent


def test_835_said_bare_is_the_remittance_not_claim_number_835() -> None:
    from datetime import date

    from assistant.understand import slots

    assert (
        slots("835 shows $92.39 for Terry Chavez, is that the whole claim", date(2026, 12, 2)).claim_id
        is None
    )


def test_the_last_remittance_is_answered_from_the_payments_posted(
    practice: Practice, demo_clock: datetime
) -> None:
    from assistant import tools

    with practice.session() as session:
        today = tools.today_in(session, 1)
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT y.name, p.amount_cents, p.received_on FROM payment p JOIN payer y ON y.id = p.payer_id "
                "WHERE p.source = 'era' AND p.amount_cents > 0 AND p.received_on <= :t "
                "ORDER BY p.received_on DESC, p.id DESC LIMIT 1"
            ),
            {"t": str(today)},
        ).first()
    assert row is not None, "no payer payment in the demo practice by its today"
    payer, cents, _ = row
    said = _ask(practice, "biller1@billing.example.org", f"last ERA we posted for {payer}, date and amount")
    assert said["intent"] == "era" and f"${cents / 100:,.2f}" in said["answer"], said["answer"]
    desk = _ask(practice, "frontdesk1@riverside.example.org", f"did the 835 from {payer} post")
    assert "$" not in desk["answer"], desk["answer"]  # the desk may not read payments


@pytest.mark.parametrize(
    "said",
    [
        "last time {name} was seen for {d}",
        "{name} last visit w {d}",
        "when did {name} last come in for {d}",
        "when was {name}'s last {d} visit",
    ],
)
def test_a_last_visit_asked_of_a_discipline_is_of_that_discipline_or_none(
    practice: Practice, said: str
) -> None:
    """Her last visit of the discipline said, or that she has none: never her last visit of another one."""
    with practice.engine.connect() as conn:
        first, last = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p JOIN appointment a ON a.patient_id = p.id
                   JOIN appointment_type t ON t.id = a.appointment_type_id
                   WHERE p.clinic_id = 1 AND a.status = 'completed'
                     AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                          AND q.last_name = p.last_name) = 1
                   GROUP BY p.id, p.first_name, p.last_name HAVING COUNT(DISTINCT t.discipline) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).one()
        seen = conn.execute(
            text(
                """SELECT DISTINCT t.discipline FROM appointment a JOIN patient p ON p.id = a.patient_id
                   JOIN appointment_type t ON t.id = a.appointment_type_id
                   WHERE p.first_name = :f AND p.last_name = :l AND a.status = 'completed'"""
            ),
            {"f": first, "l": last},
        ).scalar_one()
    other = next(d for d in ("PT", "OT", "SLP") if d != seen)
    said_seen = _ask(practice, FRONT_DESK, said.format(name=f"{first} {last}", d=seen.lower()))
    assert f"last seen for {seen}" in said_seen["answer"], said_seen["answer"]
    said_other = _ask(practice, FRONT_DESK, said.format(name=f"{first} {last}", d=other.lower()))
    assert f"no {other} visit on record" in said_other["answer"], said_other["answer"]
