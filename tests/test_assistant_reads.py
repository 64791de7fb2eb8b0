"""Two reads the chat lacked, each a core service checked by role and clinic: where a patient's claims
stand (claim.status_read: the front desk may ask "has her claim gone out", and hears no amount) and who
is on the wait list (the schedule's readers, their own clinics only)."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from core.billing.service import ClaimStatusRead, claim_statuses
from core.enums import Role
from core.errors import Forbidden
from core.permissions import Action, role_may
from core.scheduling.waitlist import WaitListCreate, add_entry, waiting

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

ROLES = (Role.therapist, Role.assistant, Role.front_desk, Role.biller, Role.owner)


def _actor(practice, role: Role):  # type: ignore[no-untyped-def]
    return practice.actor(
        role.value, "riverside" if role in (Role.therapist, Role.assistant, Role.front_desk) else None
    )


def _with_claims(practice: Practice, clinic_id: int) -> tuple[int, str]:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.id, p.first_name || ' ' || p.last_name FROM patient p
                   WHERE p.clinic_id = :c AND EXISTS (SELECT 1 FROM claim c WHERE c.patient_id = p.id)
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id AND q.first_name = p.first_name
                                   AND q.last_name = p.last_name)
                   ORDER BY p.id LIMIT 1"""
            ),
            {"c": clinic_id},
        ).one()


def test_a_claim_status_carries_no_amount() -> None:
    assert not [name for name in ClaimStatusRead.model_fields if "cents" in name or "paid" in name]


@pytest.mark.parametrize("role", ROLES)
def test_claim_statuses_follow_the_matrix_in_the_askers_clinic_only(practice: Practice, role: Role) -> None:
    actor = _actor(practice, role)
    mine, _ = _with_claims(practice, 1)
    other, _ = _with_claims(practice, 2)
    with practice.session() as session:
        if role_may(role, Action.claim_status_read):
            rows = claim_statuses(session, actor=actor, patient_id=mine)
            assert rows and all(r.patient_id == mine for r in rows)
            assert [r.service_date for r in rows] == sorted((r.service_date for r in rows), reverse=True)
        else:
            with pytest.raises(Forbidden):
                claim_statuses(session, actor=actor, patient_id=mine)
    if role in (Role.therapist, Role.assistant, Role.front_desk):  # users of one clinic
        with practice.session() as session, pytest.raises(Forbidden):
            claim_statuses(session, actor=actor, patient_id=other)
    with practice.engine.connect() as conn:
        audited = conn.execute(
            text("SELECT COUNT(*) FROM audit_entry WHERE user_id = :u AND patient_id = :p AND action = :a"),
            {"u": actor.user_id, "p": mine, "a": Action.claim_status_read.value},
        ).scalar_one()
    assert audited >= 1  # the read, or its refusal


def test_the_front_desk_hears_where_her_claims_stand_and_no_amount(practice: Practice) -> None:
    _, name = _with_claims(practice, 1)
    with practice.session() as session:
        said = ask(session, actor=_actor(practice, Role.front_desk), text=f"has {name}'s claim gone out")
    assert said["intent"] != "refused" and "latest claims" in said["answer"], said["answer"]
    assert "$" not in said["answer"]


def _entry(practice: Practice, clinic_id: int) -> tuple[int, str]:
    """A patient of that clinic put on the wait list for Tuesdays, by the owner."""
    with practice.engine.connect() as conn:
        patient_id, name = _with_claims(practice, clinic_id)
        kind = conn.execute(
            text("SELECT id FROM appointment_type WHERE clinic_id = :c ORDER BY id LIMIT 1"), {"c": clinic_id}
        ).scalar_one()
    with practice.session() as session:
        add_entry(
            session,
            actor=practice.actor("owner"),
            data=WaitListCreate(patient_id=patient_id, appointment_type_id=kind, weekdays=[1]),
        )
    return patient_id, name


@pytest.mark.parametrize("role", ROLES)
def test_the_wait_list_is_read_by_the_schedules_readers_in_their_clinics(
    practice: Practice, role: Role
) -> None:
    mine, _ = _entry(practice, 1)
    other, _ = _entry(practice, 2)
    actor = _actor(practice, role)
    with practice.session() as session:
        rows = waiting(session, actor=actor, weekday=1)
    seen = {r.patient_id for r in rows}
    assert role_may(role, Action.appointment_read) and mine in seen
    assert (other in seen) is (role in (Role.biller, Role.owner))  # the one-clinic users see their own
    assert all(1 in r.weekdays for r in rows)
    with practice.session() as session:
        assert not [r for r in waiting(session, actor=actor, weekday=3) if r.patient_id == mine]


def test_one_clinic_user_may_not_ask_for_another_clinics_wait_list(practice: Practice) -> None:
    with practice.session() as session, pytest.raises(Forbidden):
        waiting(session, actor=_actor(practice, Role.front_desk), clinic_id=2)


def test_the_chat_reads_the_wait_list_for_a_weekday_and_for_a_patient(practice: Practice) -> None:
    _, name = _entry(practice, 1)
    desk = _actor(practice, Role.front_desk)
    with practice.session() as session:
        listing = ask(session, actor=desk, text="whos on the waitlist for tuesday")
    assert name in listing["answer"] and listing["proposal"] is None, listing["answer"]
    with practice.session() as session:
        hers = ask(session, actor=desk, text=f"is {name} on the wait list")
    assert hers["answer"].startswith("1 on the wait list") or "on the wait list" in hers["answer"]
    assert name in hers["answer"] and hers["proposal"] is None
