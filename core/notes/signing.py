"""What a signature attests, said to the signer before they sign and kept on the signed note: the date
of service, each code with its units and minutes as billed, the total timed minutes and total treatment
time (Medicare Benefit Policy Manual ch. 15 §220.3), the sentences still marked for review, and whether
the note is a late entry."""

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session

from core.access import require_on
from core.actor import Actor
from core.billing.coding import Service
from core.errors import existing
from core.notes.late_entry import signed_late
from core.notes.models import Note
from core.notes.review_marks import marks_in
from core.notes.workflow import (
    coded_at,
    current_version,
    sections_of,
    treatment_minutes,
    treatment_time_words,
)
from core.permissions import Action
from core.scheduling.calendar import clinic_zone
from core.timeutil import as_utc, clinic_day, utcnow
from core.visits.models import Visit
from core.words import counted


@dataclass(frozen=True)
class CodeLine:
    code: str
    modifiers: tuple[str, ...]
    units: int
    minutes: int


@dataclass(frozen=True)
class SigningSummary:
    served: date
    lines: tuple[CodeLine, ...]
    timed_minutes: int
    total_minutes: int
    # the sentences still marked "(as said; review)", as they read without the mark
    marks: tuple[str, ...]
    # signed (or, before signing, to be signed) on a later day than the date of service
    late: bool


def summary_lines(summary: SigningSummary) -> list[str]:
    """The summary as the confirmation lists it, one line a fact."""
    codes = [
        " ".join((line.code, *line.modifiers))
        + f": {counted(line.units, 'unit')}"
        + (f" ({line.minutes} min)" if line.minutes else "")
        for line in summary.lines
    ]
    return [
        f"Date of service: {clinic_day(summary.served)}",
        *(codes or ["No codes: nothing is billed"]),
        f"Total timed minutes: {summary.timed_minutes}",
        treatment_time_words(summary.total_minutes),
        *(
            ["Late entry: signed after the date of service, and marked so on the note"]
            if summary.late
            else []
        ),
    ]


def signing_summary(
    session: Session, *, actor: Actor, note_id: int, at: datetime | None = None
) -> SigningSummary:
    """What signing the note's current version now (`at`) would attest. Reads what the review page
    already read (the page's read is audited); writes nothing."""
    note = existing(session.get(Note, note_id), "note", note_id)
    require_on(session, actor, Action.note_read, note, "note")
    visit = existing(session.get(Visit, note.visit_id), "visit", note.visit_id)
    version = current_version(session, note)
    zone = clinic_zone(session, visit.clinic_id)
    coded = coded_at(session, visit, note.provider_id, [Service(**item) for item in version.codes])
    timed, total = treatment_minutes(version.codes)
    return SigningSummary(
        served=as_utc(visit.service_date).astimezone(zone).date(),
        lines=tuple(
            CodeLine(line["code"], tuple(line["modifiers"]), line["units"], line["minutes"])
            for line in coded["lines"]
        ),
        timed_minutes=timed,
        total_minutes=total,
        marks=tuple(marks_in(sections_of(version))),
        late=signed_late(visit.service_date, at or utcnow(), zone),
    )
