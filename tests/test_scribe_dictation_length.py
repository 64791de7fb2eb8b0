"""Trial 52: a dictation after the visit is as long as the clinician's account, not the session: drafting
a visit from its latest transcript tells the drafter the recording's kind, so 33 minutes said in a
54-second dictation asks for no confirmation; the same words recorded in the room (an upload) still do."""

import pytest
from conftest import Practice
from scheduling_helpers import on_the_visit_day
from sqlalchemy import text

from core.recordings.models import Recording, Transcript
from core.users.service import actor_by_email
from core.visits.service import open_visit
from scribe.drafting import draft_visit

DEMO_SIZE = "tiny"

SEGMENTS = [
    {
        "speaker": "therapist",
        "start": 0.0,
        "end": 54.0,
        "text": "We did therapeutic exercise for 23 minutes, quad sets and straight leg raises. "
        "Manual therapy for 10 minutes.",
    }
]
SPAN = "minutes of services were said in a recording of"


@pytest.mark.parametrize(("kind", "skip", "warned"), [("dictation", 0, False), ("upload", 1, True)])
def test_a_dictations_length_asks_for_no_minutes_check(
    practice: Practice, kind: str, skip: int, warned: bool
) -> None:
    with practice.session() as session:
        appointment, email, clinic, patient, user = session.exec(
            text(
                """SELECT a.id, u.email, a.clinic_id, a.patient_id, u.id FROM appointment a
                JOIN appointment_type t ON t.id = a.appointment_type_id
                JOIN provider p ON p.id = a.provider_id JOIN app_user u ON u.id = p.user_id
                WHERE a.clinic_id = 1 AND a.status = 'booked' AND t.kind = 'follow-up' AND NOT a.progress_due
                  AND p.credential = 'PT' AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
                ORDER BY a.starts_at DESC LIMIT 1 OFFSET :skip"""
            ).bindparams(skip=skip + 3)
        ).one()
        actor = actor_by_email(session, email, "127.0.0.1")
        session.commit()
        with on_the_visit_day(practice.engine, appointment=appointment, log_ins=False):
            visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
        recording = Recording(
            visit_id=visit.id or 0,
            clinic_id=clinic,
            patient_id=patient,
            user_id=user,
            kind=kind,
            audio_format="wav",
        )
        recording.status = "closed"
        session.add(recording)
        session.flush()
        session.add(
            Transcript(
                recording_id=recording.id or 0,
                visit_id=visit.id or 0,
                segments=SEGMENTS,
                duration=54.0,
                backend="test",
                model="test",
            )
        )
        session.commit()
        drafted = draft_visit(session, actor=actor, visit_id=visit.id or 0)
    assert any(SPAN in w for w in drafted.draft.warnings) is warned, drafted.draft.warnings
    assert {(c["code"], c["minutes"]) for c in drafted.draft.codes} == {("97110", 23), ("97140", 10)}
