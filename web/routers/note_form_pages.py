"""The form of an evaluation, progress report, re-evaluation or discharge note (#20) on the pages:
read from the note editor's and the review page's fields, shown back, and saved through
core.notes.workflow (set_form), which keeps it with a new version of the note. The rules (which fields
a note type has, what is missing, the statuses and reasons) are core.notes.forms'."""

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import ValidationError
from sqlmodel import Session

from core.actor import Actor
from core.errors import TherascribeError
from core.notes import forms
from core.notes.workflow import set_form
from web.deps import PageActor, SessionDep
from web.routers.pages import redirect_to, refusal_text, shown_on_page

router = APIRouter(include_in_schema=False)
GOAL_ROWS = 4


FIELD_NAMES = ("prior_level", "frequency_per_week", "duration_weeks", "discharge_reason", "discharge_detail")


def form_input(raw: dict[str, str]) -> forms.FormIn | None:
    """The page's form fields as a note's form; None where the page had none (a daily note's). A field
    the note's type does not have is refused by core, not dropped here."""
    goals = [
        {"text": raw.get(f"goal_{i}", ""), "status": raw.get(f"goal_{i}_status", "")}
        for i in range(1, GOAL_ROWS + 1)
        if raw.get(f"goal_{i}", "").strip()
    ]
    if not goals and not any(name in raw for name in (*FIELD_NAMES, "goal_1")):
        return None
    given: dict[str, object] = {name: raw[name] for name in FIELD_NAMES if raw.get(name, "").strip()}
    return forms.FormIn.model_validate({**given, "goals": goals})


def shown(form: forms.FormIn) -> dict[str, str]:
    """A kept form as the page's fields."""
    out = {
        "prior_level": form.prior_level,
        "frequency_per_week": str(form.frequency_per_week or ""),
        "duration_weeks": str(form.duration_weeks or ""),
        "discharge_reason": form.discharge_reason,
        "discharge_detail": form.discharge_detail,
    }
    for i, goal in enumerate(form.goals, start=1):
        out[f"goal_{i}"], out[f"goal_{i}_status"] = goal.text, goal.status
    return out


def view(note_type: str, values: dict[str, str], kept: forms.FormIn | None = None) -> dict:
    """What the form partial (note_form.html) needs: the note type's fields, the values to show, the
    choices, and what is still missing of a kept form."""
    return {
        "fields": forms.fields_of(note_type),
        "values": values,
        "statuses": forms.GOAL_STATUSES,
        "reasons": forms.DISCHARGE_REASONS,
        "rows": range(1, max(GOAL_ROWS, len(kept.goals) if kept else 0) + 1),
        "missing": forms.missing(note_type, kept) if kept is not None else [],
        "kept": kept,
        "note_type": note_type,
        # The fields the scribe filled from what was said, marked until the clinician saves the form.
        "drafted": list(kept.drafted) if kept is not None else [],
    }


def review_view(note_type: str, kept: dict) -> dict:
    read = forms.FormIn.model_validate(kept or {})
    return view(note_type, shown(read), read)


@router.post("/notes/{note_id}/form")
async def note_form(note_id: int, session: SessionDep, actor: PageActor, request: Request) -> Response:
    """Save the form of an evaluation, progress report, re-evaluation or discharge from its review."""
    async with request.form(max_files=0, max_fields=40) as raw:
        fields = {k: v for k, v in raw.items() if isinstance(v, str)}
    return await run_in_threadpool(_save, session, actor, note_id, fields)


def _save(session: Session, actor: Actor, note_id: int, fields: dict[str, str]) -> Response:
    try:
        set_form(session, actor=actor, note_id=note_id, form=form_input(fields) or forms.FormIn())
    except (ValidationError, TherascribeError) as error:
        if not shown_on_page(error):
            raise
        session.rollback()
        return redirect_to(f"/notes/{note_id}/review", error=refusal_text(error))
    return redirect_to(f"/notes/{note_id}/review", done="Form saved.")
