"""What a visit's note is written as (#20): the type its appointment was booked for, or, chosen when the
visit is opened, a progress report, re-evaluation or discharge summary; an evaluation stays one, an
assistant writes daily notes only, a visit due a progress report reports progress."""

import pytest
from conftest import Practice
from page_helpers import provider_user
from scheduling_helpers import on_the_visit_day, one

from core.errors import Invalid
from core.users.service import actor_by_email
from core.visits.service import note_types_for, open_visit


@pytest.mark.parametrize(
    ("booked_as", "progress_due", "credential", "open_to"),
    [
        ("follow-up", False, "PT", ("daily", "progress", "re-evaluation", "discharge")),
        ("follow-up", True, "PT", ("progress", "re-evaluation", "discharge")),
        ("re-evaluation", False, "OT", ("re-evaluation", "daily", "progress", "discharge")),
        ("re-evaluation", True, "PT", ("re-evaluation", "progress", "discharge")),
        ("progress", False, "SLP", ("progress", "daily", "re-evaluation", "discharge")),
        ("evaluation", False, "PT", ("evaluation",)),
        ("evaluation", True, "OT", ("evaluation",)),
        # an assistant's visit due a progress report: the daily note is the assistant's, the report the
        # supervising therapist's; so is a discharge summary, a progress report too, whatever was booked
        ("follow-up", True, "PTA", ("daily",)),
        ("follow-up", False, "OTA", ("daily",)),
        ("discharge", False, "SLPA", ("daily",)),
        ("progress", True, "PTA", ("daily",)),
        ("discharge", False, "PT", ("discharge", "daily", "progress", "re-evaluation")),
        ("", False, "PT", ("daily", "progress", "re-evaluation", "discharge")),
    ],
)
def test_the_note_types_a_visit_may_be_written_as(
    booked_as: str, progress_due: bool, credential: str, open_to: tuple[str, ...]
) -> None:
    assert note_types_for(booked_as, progress_due, credential) == open_to


def test_a_follow_up_opened_as_a_discharge_and_an_evaluation_kept_one(practice: Practice) -> None:
    def booked(kind: str) -> tuple[int, int]:
        return one(
            practice,
            """SELECT a.id, a.provider_id FROM appointment a JOIN appointment_type t ON t.id = a.appointment_type_id
            JOIN provider p ON p.id = a.provider_id
            WHERE a.clinic_id = 1 AND a.status = 'booked' AND t.kind = :k AND NOT a.progress_due
              AND p.user_id IS NOT NULL AND p.credential = 'PT'
              AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
            ORDER BY a.starts_at DESC LIMIT 1""",
            k=kind,
        )

    follow_up, provider = booked("follow-up")
    evaluation, evaluator = booked("evaluation")
    with practice.session() as session, on_the_visit_day(practice.engine, appointment=follow_up):
        actor = actor_by_email(session, provider_user(practice, provider).email, "127.0.0.1")
        visit = open_visit(
            session, actor=actor, appointment_id=follow_up, recording_consent=False, note_type="discharge"
        )
        assert visit.note_type == "discharge"
    with practice.session() as session, on_the_visit_day(practice.engine, appointment=evaluation):
        actor = actor_by_email(session, provider_user(practice, evaluator).email, "127.0.0.1")
        with pytest.raises(Invalid, match="this visit's note is written as evaluation, not daily"):
            open_visit(
                session, actor=actor, appointment_id=evaluation, recording_consent=False, note_type="daily"
            )
    assert one(practice, "SELECT COUNT(*) FROM visit WHERE appointment_id = :a", a=evaluation)[0] == 0
