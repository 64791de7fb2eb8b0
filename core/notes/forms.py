"""The structured part of an evaluation, a progress report, a re-evaluation and a discharge note: what
a payer and the next therapist look for beside the SOAP text. An evaluation (and a re-evaluation)
records the prior level of function, the goals and the plan's frequency and duration; a progress
report, a re-evaluation and a discharge give each goal its status; a discharge says why care ends.
Outcome measure scores are the note's measures, kept with every note type.

Pure rules over plain data: which fields a note type has, what is still missing, and the lines the
signed PDF prints."""

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

GOAL_STATUSES = ("met", "progressing", "not met")
DISCHARGE_REASONS = (
    "goals met",
    "plateau: no further progress expected",
    "patient's request",
    "stopped attending",
    "visits or authorization used up",
    "referred elsewhere or moved",
    "change in medical condition",
)
# The fields of each note type's form; a daily note has none (its measures are its own).
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "evaluation": ("prior_level", "goals", "frequency_per_week", "duration_weeks"),
    "re-evaluation": ("prior_level", "goals", "goal_status", "frequency_per_week", "duration_weeks"),
    "progress": ("goals", "goal_status"),
    "discharge": ("goals", "goal_status", "discharge_reason"),
    "daily": (),
}

Line = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
# A field's name as the form (and its "drafted" marks) names it.
FieldName = Literal[
    "prior_level", "goals", "goal_status", "frequency_per_week", "duration_weeks", "discharge_reason"
]
# How the refusal to sign names a note type's form.
FORM_TITLES = {
    "evaluation": "evaluation",
    "re-evaluation": "re-evaluation",
    "progress": "progress report",
    "discharge": "discharge summary",
}


class GoalIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=300)]
    status: Literal["", "met", "progressing", "not met"] = ""


class FormIn(BaseModel):
    """A note's form; fields a note type does not have stay empty."""

    model_config = ConfigDict(extra="forbid")

    prior_level: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""
    goals: Annotated[list[GoalIn], Field(max_length=12)] = []
    frequency_per_week: Annotated[int, Field(ge=1, le=7)] | None = None
    duration_weeks: Annotated[int, Field(ge=1, le=52)] | None = None
    discharge_reason: Literal[
        "",
        "goals met",
        "plateau: no further progress expected",
        "patient's request",
        "stopped attending",
        "visits or authorization used up",
        "referred elsewhere or moved",
        "change in medical condition",
    ] = ""
    discharge_detail: Line = ""
    # The fields the scribe filled from what was said: the page marks them for the clinician to check,
    # and a save of the form by the clinician clears them.
    drafted: Annotated[list[FieldName], Field(max_length=6)] = []


def fields_of(note_type: str) -> tuple[str, ...]:
    return FORM_FIELDS.get(note_type, ())


def stray(note_type: str, form: FormIn) -> list[str]:
    """Fields filled that this note type does not have (a discharge reason on an evaluation)."""
    have = set(fields_of(note_type))
    filled = {
        "prior_level": bool(form.prior_level),
        "goals": bool(form.goals),
        "goal_status": any(g.status for g in form.goals),
        "frequency_per_week": form.frequency_per_week is not None,
        "duration_weeks": form.duration_weeks is not None,
        "discharge_reason": bool(form.discharge_reason or form.discharge_detail),
    }
    out = [name for name, yes in filled.items() if yes and name not in have]
    return out + [name for name in form.drafted if name not in have and name not in out]


def missing(note_type: str, form: FormIn) -> list[str]:
    """What the note type's form still lacks, in the words the review page shows before signing."""
    have = fields_of(note_type)
    out = []
    if "prior_level" in have and not form.prior_level:
        out.append("the prior level of function")
    if "goals" in have and not form.goals:
        out.append("the goals")
    if "goal_status" in have and any(not g.status for g in form.goals):
        out.append("the status of each goal (met, progressing, not met)")
    if "frequency_per_week" in have and (form.frequency_per_week is None or form.duration_weeks is None):
        out.append("the plan's frequency and duration")
    if "discharge_reason" in have and not form.discharge_reason:
        out.append("the reason for discharge")
    return out


def unsigned_reason(note_type: str, form: FormIn) -> str:
    """Why a note of this type may not be signed with this form yet ("" when it may). Medicare asks an
    evaluation and a re-evaluation for the plan's goals, frequency and duration, a progress report and
    a discharge summary for each goal's status (Benefit Policy Manual ch. 15 §220.3); a discharge
    also says why care ends."""
    lacking = missing(note_type, form)
    if not lacking:
        return ""
    return (
        f"the {FORM_TITLES.get(note_type, note_type)} form is not complete: it still needs "
        f"{'; '.join(lacking)}"
    )


def pdf_lines(note_type: str, form: FormIn, measures: list[dict]) -> list[str]:
    """The form and the outcome measures as the signed note prints them."""
    have = fields_of(note_type)
    lines: list[str] = []
    if "prior_level" in have and form.prior_level:
        lines += ["Prior level of function", form.prior_level, ""]
    if "goals" in have and form.goals:
        title = "Goal status at discharge" if note_type == "discharge" else "Goals"
        lines += [title, *[f"  {g.text}" + (f"   {g.status}" if g.status else "") for g in form.goals], ""]
    if "frequency_per_week" in have and form.frequency_per_week and form.duration_weeks:
        lines += [f"Plan: {form.frequency_per_week}x/week for {form.duration_weeks} weeks", ""]
    if "discharge_reason" in have and form.discharge_reason:
        detail = f": {form.discharge_detail}" if form.discharge_detail else ""
        lines += [f"Reason for discharge: {form.discharge_reason}{detail}", ""]
    if measures:
        shown = [f"{m['measure']} {m['score']:g}{' ' + m['unit'] if m.get('unit') else ''}" for m in measures]
        lines += ["Outcome measures: " + ", ".join(shown), ""]
    return lines
