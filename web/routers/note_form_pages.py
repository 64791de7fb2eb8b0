"""The form of an evaluation, progress report, re-evaluation or discharge note (#20) on the pages:
read from the note editor's and the review page's fields, shown back, and saved through
core.notes.workflow (set_form), which keeps it with a new version of the note. The rules (which fields
a note type has, what is missing, the statuses and reasons, which "drafted" marks a save keeps) are
core.notes.forms'."""

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import ValidationError
from sqlmodel import Session

from core.actor import Actor
from core.errors import TherascribeError
from core.notes import forms
from core.notes.report_goals import prefilled, report_goals
from core.notes.workflow import set_form
from web.deps import PageActor, SessionDep
from web.routers.pages import redirect_to, refusal_text, refused_words, shown_on_page

router = APIRouter(include_in_schema=False)
GOAL_ROWS = 4
# Blank rows a table shows beyond the ones it holds.
BLANK_ROWS = {"rom": 3, "mmt": 3, "outcomes": 2}
# Each table's columns, as the page names its inputs (`rom_1_joint`).
TABLES = {
    "rom": ("joint", "motion", "side", "degrees"),
    "mmt": ("joint", "motion", "side", "grade"),
    "outcomes": ("measure", "score", "unit", "mcid"),
}
TABLE_WORDS = {"rom": "range of motion", "mmt": "muscle test", "outcomes": "outcome measure"}
# The most fields a form's page sends: goals, tables, single fields and the confirmations.
MAX_FIELDS = 240

FIELD_NAMES = (
    "icd10_codes",
    "prior_level",
    "frequency_per_week",
    "duration_weeks",
    "discharge_reason",
    "discharge_detail",
    "pain_now",
    "pain_best",
    "pain_worst",
    "complexity",
    "complexity_history",
    "complexity_body_systems",
    "complexity_presentation",
)


def _rows(raw: dict[str, str], table: str) -> list[dict[str, str]]:
    """A table's rows with anything in them (a half-filled row is refused by core, not dropped)."""
    columns, out, i = TABLES[table], [], 1
    while any(f"{table}_{i}_{c}" in raw for c in columns) and i <= 40:
        row = {c: raw.get(f"{table}_{i}_{c}", "").strip() for c in columns}
        if any(v for c, v in row.items() if c != "side"):
            out.append({c: v for c, v in row.items() if v or c in ("joint", "measure")})
        i += 1
    return out


def form_input(raw: dict[str, str]) -> forms.FormIn | None:
    """The page's form fields as a note's form; None where the page had none (a daily note's). A field
    the note's type does not have is refused by core, not dropped here."""
    goals = [
        {"text": raw.get(f"goal_{i}", ""), "status": raw.get(f"goal_{i}_status", "")}
        for i in range(1, GOAL_ROWS + 40)
        if raw.get(f"goal_{i}", "").strip()
    ]
    if not goals and not any(name in raw for name in (*FIELD_NAMES, "goal_1", "rom_1_joint")):
        return None
    given: dict[str, object] = {name: raw[name] for name in FIELD_NAMES if raw.get(name, "").strip()}
    # A table the page did not show is not sent: core keeps what the note has (its measures).
    tables = {table: _rows(raw, table) for table in TABLES if f"{table}_1_{TABLES[table][0]}" in raw}
    return forms.FormIn.model_validate({**given, "goals": goals, **tables})


def confirmed(raw: dict[str, str]) -> set[str]:
    """The drafted fields the clinician ticked as checked."""
    return {
        name.removeprefix("confirm_") for name, said in raw.items() if name.startswith("confirm_") and said
    }


# How the note form's tables name their rows in a refusal ("Range of motion row 2, degrees ...").
TABLE_ROWS = {table: f"{words} row" for table, words in TABLE_WORDS.items()}


def shown(form: forms.FormIn) -> dict[str, str]:
    """A kept form as the page's fields."""
    out = {name: "" if getattr(form, name) is None else str(getattr(form, name)) for name in FIELD_NAMES}
    out["icd10_codes"] = ", ".join(form.icd10_codes)
    for i, goal in enumerate(form.goals, start=1):
        out[f"goal_{i}"], out[f"goal_{i}_status"] = goal.text, goal.status
    for table in TABLES:
        for i, row in enumerate(getattr(form, table), start=1):
            for column, said in row.model_dump().items():
                out[f"{table}_{i}_{column}"] = (
                    "" if said is None else f"{said:g}" if isinstance(said, float) else str(said)
                )
    return out


def _count(values: dict[str, str], table: str) -> int:
    i = 0
    while f"{table}_{i + 1}_{TABLES[table][0]}" in values:
        i += 1
    return i


def view(
    note_type: str, values: dict[str, str], kept: forms.FormIn | None = None, discipline: str = ""
) -> dict:
    """What the form partial (note_form.html) needs: the note type's fields, the values to show, the
    choices, and what is still missing of a kept form."""
    return {
        "fields": forms.fields_of(note_type, discipline),
        "values": values,
        "statuses": forms.GOAL_STATUSES,
        "reasons": forms.DISCHARGE_REASONS,
        "complexities": forms.COMPLEXITIES,
        "presentations": forms.PRESENTATIONS,
        "sides": forms.SIDES,
        "grades": forms.MMT_GRADES,
        "rows": range(1, max(GOAL_ROWS, len(kept.goals) if kept else 0) + 1),
        "table_rows": {t: range(1, _count(values, t) + BLANK_ROWS[t] + 1) for t in TABLES},
        "missing": forms.missing(note_type, kept, discipline) if kept is not None else [],
        "kept": kept,
        "note_type": note_type,
        # The fields the scribe filled from what was said, marked until the clinician changes or
        # confirms each one.
        "drafted": list(kept.drafted) if kept is not None else [],
    }


def report_form_view(session: Session, actor: Actor, visit_id: int, shown_form: dict) -> dict:
    """with_plan_goals for the visit's note: the goals its report is on (core.notes.report_goals)."""
    if "goals" not in shown_form.get("fields", ()):
        return shown_form
    return with_plan_goals(shown_form, report_goals(session, actor=actor, visit_id=visit_id))


def with_plan_goals(shown_form: dict, goals: tuple[str, ...]) -> dict:
    """A report's form (progress, re-evaluation, discharge) whose goal rows are empty, given the plan's
    goals (core.notes.report_goals) to report on; one with goals of its own is left as it is."""
    if "goals" not in shown_form.get("fields", ()):
        return shown_form
    values = prefilled(shown_form["values"], goals)
    if values is shown_form["values"]:
        return shown_form
    rows = range(1, max(len(shown_form["rows"]), len(goals)) + 1)
    return {**shown_form, "values": values, "rows": rows, "goals_from_plan": True}


def review_view(note_type: str, kept: dict, discipline: str = "", measures: list[dict] | None = None) -> dict:
    read = forms.with_measures(forms.FormIn.model_validate(kept or {}), measures or [])
    return view(note_type, shown(read), read, discipline)


@router.post("/notes/{note_id}/form")
async def note_form(note_id: int, session: SessionDep, actor: PageActor, request: Request) -> Response:
    """Save the form of an evaluation, progress report, re-evaluation or discharge from its review."""
    async with request.form(max_files=0, max_fields=MAX_FIELDS) as raw:
        fields = {k: v for k, v in raw.items() if isinstance(v, str)}
    return await run_in_threadpool(_save, request, session, actor, note_id, fields)


def _save(request: Request, session: Session, actor: Actor, note_id: int, fields: dict[str, str]) -> Response:
    from web.routers.clinical_pages import review_again  # it shows this module's form

    try:
        form = form_input(fields) or forms.FormIn()
        set_form(session, actor=actor, note_id=note_id, form=form, confirmed=confirmed(fields))
    except ValidationError as error:
        # the form comes back as it was typed, with which row of which table is wrong
        return review_again(
            request,
            session,
            actor,
            note_id,
            error=refused_words(error, rows=TABLE_ROWS, named=True),
            typed=fields,
        )
    except TherascribeError as error:
        if not shown_on_page(error):
            raise
        session.rollback()
        return review_again(request, session, actor, note_id, error=refusal_text(error), typed=fields)
    return redirect_to(f"/notes/{note_id}/review", done="Form saved.")
