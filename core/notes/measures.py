"""A note's outcome measures as the clinician reads them on the note: each score beside the patient's
first score of the same measure before that visit, and whether the change passes the measure's MCID
(core.outcomes.mcid), as the chart's trends judge it."""

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from core.access import audit_on, require_on
from core.actor import Actor
from core.errors import existing
from core.notes.models import Note, NoteVersion
from core.outcomes.mcid import ALIASES, Change, change_of
from core.outcomes.models import OutcomeMeasureResult
from core.permissions import Action
from core.scheduling.calendar import clinic_zone
from core.timeutil import local_day
from core.visits.models import Visit


@dataclass(frozen=True)
class MeasureOnNote:
    measure: str
    score: float
    unit: str
    first: tuple[date, float] | None  # the patient's first score of the measure before this visit
    change: Change | None  # from that first score to this note's; None where this is the first


def same_measure(a: str, b: str) -> bool:
    """'6 minute walk' and '6MWT' are one measure, as the MCID table reads them."""
    key_a, key_b = a.strip().lower(), b.strip().lower()
    return ALIASES.get(key_a, key_a) == ALIASES.get(key_b, key_b)


def note_measures(session: Session, *, actor: Actor, note_id: int) -> list[MeasureOnNote]:
    """The measures the note's current version documents, each against the patient's first score of
    it from an earlier visit. For those who may see outcome measures; the read is audited."""
    note = existing(session.get(Note, note_id), "note", note_id)
    require_on(session, actor, Action.outcome_read, note, "note")
    version = session.exec(
        select(NoteVersion).where(NoteVersion.note_id == note_id, NoteVersion.version == note.current_version)
    ).first()
    measures = list(version.measures) if version else []
    if not measures:
        return []
    visit = existing(session.get(Visit, note.visit_id), "visit", note.visit_id)
    served = local_day(visit.service_date, clinic_zone(session, note.clinic_id))
    earlier = session.exec(
        select(OutcomeMeasureResult)
        .where(
            OutcomeMeasureResult.patient_id == note.patient_id,
            col(OutcomeMeasureResult.measured_on) <= served,
            col(OutcomeMeasureResult.visit_id).is_distinct_from(visit.id),
        )
        .order_by(col(OutcomeMeasureResult.measured_on), col(OutcomeMeasureResult.id))
    ).all()
    audit_on(session, actor, Action.outcome_read, note, "note", f"{len(measures)} measures on the note")
    session.commit()
    shown = []
    for item in measures:
        name, score = str(item["measure"]), float(item["score"])
        before = [r for r in earlier if same_measure(r.measure, name)]
        shown.append(
            MeasureOnNote(
                measure=name,
                score=score,
                unit=str(item.get("unit", "")),
                first=(before[0].measured_on, before[0].score) if before else None,
                change=change_of(name, [before[0].score, score]) if before else None,
            )
        )
    return shown
