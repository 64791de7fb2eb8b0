"""The goals a progress report, re-evaluation or discharge reports on, for its form before the clinician
has saved one: the goals of the plan of care the visit is under (#20: a discharge's goal rows opened
empty though the plan listed its goals), else those of the patient's last signed note that set goals."""

from sqlmodel import Session, col, select

from core.access import require_on
from core.actor import Actor
from core.errors import existing
from core.notes.workflow import REPORT_NOTE_TYPES, goals_in_force
from core.permissions import Action
from core.plans.models import PlanGoal
from core.visits.models import Visit


def report_goals(session: Session, *, actor: Actor, visit_id: int) -> tuple[str, ...]:
    """Each goal's words, short-term goals first as the plan lists them; none for a daily note or an
    evaluation (which sets the goals)."""
    visit = existing(session.get(Visit, visit_id), "visit", visit_id)
    require_on(session, actor, Action.note_read, visit, "visit")
    if visit.note_type not in REPORT_NOTE_TYPES:
        return ()
    if visit.plan_id is not None:
        planned = session.exec(
            select(PlanGoal.text).where(PlanGoal.plan_id == visit.plan_id).order_by(col(PlanGoal.id))
        ).all()
        if planned:
            return tuple(planned)
    return goals_in_force(session, visit.patient_id, visit.discipline)


def prefilled(values: dict[str, str], goals: tuple[str, ...]) -> dict[str, str]:
    """A report form's fields with the goals in its goal rows, where it has none of its own (nothing typed
    or saved in any goal row); each goal's status is the clinician's to give."""
    if not goals or any(k.startswith("goal_") and v.strip() for k, v in values.items()):
        return values
    return {**values, **{f"goal_{i}": text for i, text in enumerate(goals, start=1)}}
