"""A move is checked against the authorization before it is proposed, as its confirm checks it
(core.scheduling.booking.reschedule_unsaved): a visit the payer will not let move past the visits left
is never proposed and then refused at "yes"."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import DEMO_NOW, Practice
from sqlalchemy import text

from assistant.service import ask
from core.timeutil import clock_at, utcnow

FRONT_DESK = "frontdesk1@riverside.example.org"


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _patient_on_a_refusing_payer(practice: Practice) -> tuple[str, datetime, int]:
    """A clinic-1 patient of a name her own, with a visit coming that is booked against an authorization
    of a payer that refuses booking past it: (name, the visit's start in clinic time, authorization id)."""
    with practice.engine.connect() as conn:
        zone = ZoneInfo(conn.execute(text("SELECT timezone FROM clinic WHERE id = 1")).scalar_one())
        row = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name, a.starts_at, a.authorization_id
                   FROM appointment a JOIN patient p ON p.id = a.patient_id
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :now
                     AND a.authorization_id IS NOT NULL
                     AND y.requires_authorization AND y.authorization_overrun = 'refuse'
                     AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                          AND q.last_name = p.last_name) = 1
                     AND (SELECT COUNT(*) FROM appointment b WHERE b.patient_id = p.id
                          AND b.status = 'booked' AND b.starts_at > :now) = 1
                   ORDER BY a.starts_at LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).one()
    name, starts, auth_id = row
    at = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    return name, (at if at.tzinfo else at.replace(tzinfo=UTC)).astimezone(zone), int(auth_id)


@pytest.fixture
def late_in_the_demo() -> Iterator[None]:
    """The services' clock ten days after the demo's moment, running on: some of its patients have one
    visit left ahead then (at DEMO_NOW every patient has weeks of them; on the wall clock, after
    2026-12-22, none has any)."""
    with clock_at(DEMO_NOW + timedelta(days=10)):
        yield


def test_a_move_past_the_visits_left_is_refused_before_it_is_proposed(practice, late_in_the_demo) -> None:  # type: ignore[no-untyped-def]
    name, day, auth_id = _patient_on_a_refusing_payer(practice)
    with practice.engine.begin() as conn:
        # every approved visit used: the visit booked against it is past what the payer approved
        conn.execute(
            text("UPDATE prior_authorization SET visits_approved = visits_used WHERE id = :a"), {"a": auth_id}
        )
    offered = _ask(practice, f"{name} needs to move her {day:%m/%d} to sometime next week")
    chat = offered["conversation_id"]
    picked = _ask(practice, "the first one", chat) if not offered["proposal"] else offered
    assert not picked["proposal"], picked["answer"]
    assert "can't move" in picked["answer"] and "does not allow booking past it" in picked["answer"], picked[
        "answer"
    ]
    assert "nothing waiting" in _ask(practice, "yes", chat)["answer"]
