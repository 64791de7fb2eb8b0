"""Opening a visit (core.visits.service) and a patient's referrals (core.referrals.service), called as
services: who may, which note the visit asks for, and what happens when it is asked twice."""

from datetime import date

import pytest
from conftest import Practice
from page_helpers import provider_user
from pydantic import ValidationError
from scheduling_helpers import on_the_visit_day, one

from core.errors import Conflict, Forbidden
from core.referrals.service import ReferralCreate, add, for_patient
from core.scheduling.models import Appointment
from core.users.service import actor_by_email
from core.visits.service import get_visit, open_visit, visit_of


def _clinician(practice: Practice, provider_id: int):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return actor_by_email(session, provider_user(practice, provider_id).email, "127.0.0.1")


def _booked(practice: Practice, kind: str) -> tuple[int, int]:
    """A booked appointment of clinic 1 of that kind, not opened yet, whose provider is a therapist
    (not an assistant) who logs in."""
    return one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a
        JOIN appointment_type t ON t.id = a.appointment_type_id
        JOIN provider p ON p.id = a.provider_id
        LEFT JOIN visit v ON v.appointment_id = a.id
        WHERE a.clinic_id = 1 AND a.status = 'booked' AND t.kind = :kind AND NOT a.progress_due
        AND p.user_id IS NOT NULL AND p.credential IN ('PT', 'OT', 'SLP') AND v.id IS NULL
        ORDER BY a.starts_at DESC LIMIT 1""",
        kind=kind,
    )


@pytest.mark.parametrize(
    ("kind", "progress_due", "note_type"),
    [("evaluation", False, "evaluation"), ("follow-up", False, "daily"), ("follow-up", True, "progress")],
)
def test_a_visit_asks_for_the_note_its_appointment_calls_for(
    practice: Practice, kind: str, progress_due: bool, note_type: str
) -> None:
    appointment_id, provider_id = _booked(practice, kind)
    if progress_due:  # as scheduling flags the visit that falls due for a progress report
        with practice.session() as session:
            row = session.get(Appointment, appointment_id)
            assert row is not None
            row.progress_due = True
            session.add(row)
            session.commit()
    clinician = _clinician(practice, provider_id)
    with practice.session() as session, on_the_visit_day(practice.engine, appointment=appointment_id):
        visit = open_visit(session, actor=clinician, appointment_id=appointment_id, recording_consent=False)
        assert visit.note_type == note_type
        assert visit.recording_consent is False and visit.recording_consent_at is None
        assert session.get(Appointment, appointment_id).status == "completed"  # type: ignore[union-attr]
        # opened again (a second click, the other tab): the same visit, not a second one
        again = open_visit(session, actor=clinician, appointment_id=appointment_id, recording_consent=True)
        assert again.id == visit.id
        assert visit_of(session, actor=clinician, appointment_id=appointment_id).id == visit.id  # type: ignore[union-attr]


def test_only_the_appointments_own_clinician_opens_it_and_only_while_it_stands(practice: Practice) -> None:
    appointment_id, provider_id = _booked(practice, "follow-up")
    other_provider = one(
        practice,
        """SELECT id FROM provider WHERE clinic_id = 1 AND id != :p AND user_id IS NOT NULL
        AND credential = 'PT' ORDER BY id LIMIT 1""",
        p=provider_id,
    )[0]
    # the log-ins read first: on SQLite a second session would wait for this one's write turn
    own, other, desk = (
        _clinician(practice, provider_id),
        _clinician(practice, other_provider),
        practice.actor("front_desk"),
    )
    with practice.session() as session:
        with pytest.raises(Forbidden, match="their own visits"):
            open_visit(
                session,
                actor=other,
                appointment_id=appointment_id,
                recording_consent=True,
            )
        with pytest.raises(Forbidden):  # the front desk books visits, it does not open them
            open_visit(
                session,
                actor=desk,
                appointment_id=appointment_id,
                recording_consent=True,
            )
        row = session.get(Appointment, appointment_id)
        assert row is not None and row.status == "booked"
        row.status = "cancelled"
        session.add(row)
        session.commit()
        with pytest.raises(Conflict, match="cancelled"):
            open_visit(
                session,
                actor=own,
                appointment_id=appointment_id,
                recording_consent=True,
            )


def test_the_consent_is_kept_with_its_time_and_the_desk_does_not_read_the_visit(practice: Practice) -> None:
    appointment_id, provider_id = _booked(practice, "follow-up")
    clinician, desk, biller = (
        _clinician(practice, provider_id),
        practice.actor("front_desk"),
        practice.actor("biller"),
    )
    with practice.session() as session, on_the_visit_day(practice.engine, appointment=appointment_id):
        visit = open_visit(
            session,
            actor=clinician,
            appointment_id=appointment_id,
            recording_consent=True,
        )
        assert visit.recording_consent and visit.recording_consent_at is not None
        for reader in (desk, biller):
            with pytest.raises(Forbidden):
                get_visit(session, actor=reader, visit_id=visit.id or 0)
            with pytest.raises(Forbidden):
                visit_of(session, actor=reader, appointment_id=appointment_id)


def test_referrals_are_entered_by_the_desk_and_listed_newest_first(practice: Practice) -> None:
    patient_id = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id DESC LIMIT 1")[0]
    desk, therapist, biller = (practice.actor(role) for role in ("front_desk", "therapist", "biller"))
    with practice.session() as session:
        older = add(
            session,
            actor=desk,
            patient_id=patient_id,
            data=ReferralCreate(
                discipline="OT", physician_name="  Dr. Ada Okafor ", received_on=date(2026, 9, 2)
            ),
        )
        newer = add(
            session,
            actor=desk,
            patient_id=patient_id,
            data=ReferralCreate(
                discipline="PT",
                physician_name="Dr. Lee",
                physician_npi="1234567893",
                received_on=date(2026, 11, 20),
            ),
        )
        assert older.physician_name == "Dr. Ada Okafor" and older.clinic_id == 1
        listed = for_patient(session, actor=therapist, patient_id=patient_id)
        ids = [r.id for r in listed]
        assert ids.index(newer.id) < ids.index(older.id)
        with pytest.raises(Forbidden):  # a biller reads the patient, does not write referrals
            add(
                session,
                actor=biller,
                patient_id=patient_id,
                data=ReferralCreate(
                    discipline="PT", physician_name="Dr. Lee", received_on=date(2026, 11, 21)
                ),
            )


@pytest.mark.parametrize(
    "data",
    [
        {"discipline": "PTA", "physician_name": "Dr. Lee", "received_on": "2026-11-20"},  # not a discipline
        {"discipline": "PT", "physician_name": " D ", "received_on": "2026-11-20"},  # no name
        {
            "discipline": "PT",
            "physician_name": "Dr. Lee",
            "physician_npi": "12345",
            "received_on": "2026-11-20",
        },
        {"discipline": "PT", "physician_name": "Dr. Lee", "received_on": "2026-11-20", "fax": "555"},
        # ten digits, one mistyped: the check digit fails
        {
            "discipline": "PT",
            "physician_name": "Dr. Lee",
            "physician_npi": "1234567890",
            "received_on": "2026-11-20",
        },
    ],
)
def test_a_referral_that_cannot_be_right_is_refused_before_the_database(data: dict) -> None:
    with pytest.raises(ValidationError):
        ReferralCreate.model_validate(data)
