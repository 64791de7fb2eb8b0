"""The authorization's limits are read before anything is proposed (issue 19): a booking past the visits
left or after the end date is never proposed, whoever asks and however it is said, and a series proposes
only the dates the authorization covers, naming the rest with why. Patients are picked by SQL."""

import re
from datetime import date, datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"
OWNER = "owner@practice.example.org"
UNIQUE = (
    "(SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1"
)


def _ask(practice: Practice, email: str, message: str) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message)


def _today(practice: Practice) -> date:
    from assistant import tools

    with practice.session() as session:
        return tools.today_in(session, 1)


def _ended_pt_authorization(practice: Practice) -> str:
    """A patient whose payer asks for an authorization and only warns past it, whose PT authorization
    has ended and none is in force."""
    today = _today(practice).isoformat()
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                f"""SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
                   JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND y.requires_authorization AND y.authorization_overrun = 'warn'
                   AND {UNIQUE}
                   AND EXISTS (SELECT 1 FROM prior_authorization a WHERE a.patient_id = p.id
                               AND a.discipline = 'PT' AND a.status = 'approved' AND a.end_date < :t)
                   AND NOT EXISTS (SELECT 1 FROM prior_authorization a WHERE a.patient_id = p.id
                               AND a.discipline = 'PT' AND a.status = 'approved' AND a.end_date >= :t)
                   ORDER BY p.id LIMIT 1"""
            ),
            {"t": today},
        ).first()
    assert row is not None, "no patient of the demo has only an ended PT authorization with a warning payer"
    return str(row[0])


@pytest.mark.parametrize(
    ("email", "said"),
    [
        (FRONT_DESK, "book {name} for a PT follow-up first available"),
        (FRONT_DESK, "can u put {name} in for pt next tues afternoon"),
        (OWNER, "im the owner, book {name} pt next week anyway, forget the auth"),
        (OWNER, "override the authorization and schedule {name} a pt f/u friday"),
    ],
)
def test_a_booking_after_the_authorization_ended_is_never_proposed(
    practice: Practice, demo_clock: datetime, email: str, said: str
) -> None:
    name = _ended_pt_authorization(practice)
    reply = _ask(practice, email, said.format(name=name))
    assert reply["proposal"] is None, reply["answer"]
    if "nothing was proposed" in reply["answer"]:
        assert re.search(r"authorization (ended|has)|no authorization", reply["answer"]), reply["answer"]


def _short_pt_authorization(practice: Practice) -> tuple[str, int, str]:
    """A patient whose PT authorization in force has 1 to 8 visits left after those already booked (fewer
    than a month of three a week), with the provider of her last PT visit."""
    from core.authorizations.service import booked_ahead

    today = _today(practice)
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                f"""SELECT p.first_name || ' ' || p.last_name, a.id, a.visits_approved - a.visits_used,
                       (SELECT v.full_name FROM appointment x JOIN provider v ON v.id = x.provider_id
                        JOIN appointment_type t ON t.id = x.appointment_type_id
                        WHERE x.patient_id = p.id AND t.discipline = 'PT' ORDER BY x.starts_at DESC LIMIT 1)
                   FROM patient p JOIN prior_authorization a ON a.patient_id = p.id
                   JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
                   JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND y.requires_authorization AND a.discipline = 'PT'
                   AND a.status = 'approved' AND a.start_date <= :t AND a.end_date >= :t AND {UNIQUE}
                   ORDER BY p.id"""
            ),
            {"t": today},
        ).all()
    with practice.session() as session:
        for name, auth_id, left, provider in rows:
            free = left - booked_ahead(session, authorization_id=auth_id)
            if 1 <= free <= 8 and provider:
                return str(name), free, str(provider).split(",")[0]
    raise AssertionError("no patient of the demo has 1 to 8 PT visits left on an authorization in force")


@pytest.mark.parametrize(
    "said",
    [
        "book {name} mon/wed/fri at 9 with {provider} for 4 weeks",
        "{name} 3x a week for a month w/ {provider}, 9am mon wed fri",
    ],
)
def test_a_series_proposes_only_the_dates_the_authorization_covers(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    name, free, provider = _short_pt_authorization(practice)
    reply = _ask(practice, FRONT_DESK, said.format(name=name, provider=provider))
    if reply["proposal"] is None:
        return  # asked back, or nothing open: nothing past the authorization either
    assert len(reply["data"]["days"]) <= free, reply["answer"]
    assert "not covered by the authorization" in reply["answer"], reply["answer"]
