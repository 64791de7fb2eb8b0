"""The claims' work lists audit each claim they show, one claim.read a row with its clinic, patient and
claim, as before they shared core.access.audit_each (#22: claims.work_list and waiting.sent_unpaid each
built the same events by hand). Must not change: the events, their order and their words."""

from collections.abc import Callable
from typing import Any

import pytest
from conftest import Practice
from sqlalchemy import text
from sqlmodel import Session, col, select

from core.actor import Actor
from core.audit.models import AuditEntry
from core.billing.claims import work_list
from core.billing.waiting import sent_unpaid

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _held(session: Session, actor: Actor) -> list[dict[str, Any]]:
    # the demo holds none: its ready claims held for the list (no audit event is written by this)
    session.connection().execute(text("UPDATE claim SET status = 'held' WHERE status = 'ready'"))
    session.commit()
    return work_list(session, actor=actor, kind="held", limit=50)


def _denied(session: Session, actor: Actor) -> list[dict[str, Any]]:
    return work_list(session, actor=actor, kind="denied", limit=50)


def _sent(session: Session, actor: Actor) -> list[dict[str, Any]]:
    return sent_unpaid(session, actor=actor, limit=50)[1]


@pytest.mark.parametrize(
    ("read", "detail"),
    [
        (_held, "work list held"),
        (_denied, "work list denied"),
        (_sent, "work list sent, not yet paid"),
    ],
    ids=["held", "denied", "sent"],
)
def test_each_claim_a_work_list_shows_is_one_audited_read(
    practice: Practice, read: Callable[[Session, Actor], list[dict[str, Any]]], detail: str
) -> None:
    biller = practice.actor("biller")
    with practice.session() as session:
        last = session.exec(select(AuditEntry.id).order_by(col(AuditEntry.id).desc())).first() or 0
        rows = read(session, biller)
    with practice.session() as session:
        events = session.exec(
            select(AuditEntry).where(col(AuditEntry.id) > last).order_by(col(AuditEntry.id))
        ).all()
    assert [
        (e.action, e.outcome, e.record_type, e.record_id, e.clinic_id, e.patient_id, e.detail) for e in events
    ] == [
        ("claim.read", "allowed", "claim", str(r["claim_id"]), r["clinic_id"], r["patient_id"], detail)
        for r in rows
    ]


def test_the_demo_has_rows_on_every_list(practice: Practice) -> None:
    """The rows above are not vacuous: each list shows claims on the demo practice."""
    biller = practice.actor("biller")
    with practice.session() as session:
        assert _held(session, biller) and _denied(session, biller) and _sent(session, biller)
