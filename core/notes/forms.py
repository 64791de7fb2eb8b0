"""The structured part of an evaluation, a progress report, a re-evaluation and a discharge note: what
a payer and the next therapist look for beside the SOAP text. An evaluation (and a re-evaluation)
records the prior level of function, the goals and the plan's frequency and duration; a progress
report, a re-evaluation and a discharge give each goal its status; a discharge says why care ends.
Every one of them records the pain (now, at best, at worst, 0-10), the range of motion and manual
muscle test tables, and the outcome measures with their MCID; a PT's or OT's evaluation its
complexity (low, moderate, high: 97161-97163, 97165-97167) with the reasons for it.

Pure rules over plain data: which fields a note type has, what is still missing, which fields the
scribe drafted are still the scribe's, and the lines the signed PDF prints."""

from collections.abc import Collection
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from core.outcomes.mcid import mcid_for
from core.plans.rules import icd10_codes

# A goal's status as a report gives it; signing gives the plan's goal the same (core.plans.rules).
GOAL_STATUSES = ("met", "progressing", "partially met", "not met", "discontinued")
DischargeReason = Literal[
    "goals met",
    "plateau: no further progress expected",
    "patient's request",
    "stopped attending",
    "visits or authorization used up",
    "referred elsewhere or moved",
    "change in medical condition",
]
DISCHARGE_REASONS: tuple[str, ...] = get_args(DischargeReason)
COMPLEXITIES = ("low", "moderate", "high")
# The clinical presentation a PT evaluation's complexity rests on, in CMS's words for each level
# (CPT 97161-97163: stable and uncomplicated, evolving with changing characteristics, unstable and
# unpredictable characteristics).
PRESENTATIONS = ("stable", "evolving", "unstable")
SIDES = ("left", "right", "bilateral")
# Manual muscle test grades (Kendall / Daniels and Worthingham, 0 to 5 with plus and minus).
MMT_GRADES = ("0", "1", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5")
# What every form has, measured at the visit; none is required (not every patient has a joint measured).
MEASURED = ("pain_now", "pain_best", "pain_worst", "rom", "mmt", "outcomes")
COMPLEXITY_FIELDS = ("complexity", "complexity_history", "complexity_body_systems", "complexity_presentation")
# What an evaluation (and a re-evaluation) sets the plan of care with: the diagnoses, where the patient
# started, the goals, and how often and how long.
PLAN_FIELDS = ("icd10_codes", "prior_level", "goals", "frequency_per_week", "duration_weeks")
# The fields of each note type's form; a daily note has none (its measures are its own).
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "evaluation": (*PLAN_FIELDS, *COMPLEXITY_FIELDS, *MEASURED),
    "re-evaluation": (*PLAN_FIELDS, "goal_status", *MEASURED),
    "progress": ("goals", "goal_status", *MEASURED),
    "discharge": ("goals", "goal_status", "discharge_reason", *MEASURED),
    "daily": (),
}
# The note types signed only with an outcome measure's score on them.
MEASURED_REPORTS = frozenset({"progress"})
# An SLP's progress is its goals' accuracy over trials, cue levels and diet levels (PRODUCT.md), not a
# standardised outcome scale: the goals' statuses are its measure.
UNSCALED = frozenset({"SLP"})
# An SLP evaluation is coded by what was evaluated (92521-92524, 92610), not by complexity.
NO_COMPLEXITY = frozenset({"SLP"})
# A PT's and an OT's evaluation code is its complexity (CPT 2017: 97161-97163, 97165-97167): the level
# the form documents is the level billed.
EVALUATION_CODES: dict[str, dict[str, str]] = {
    "PT": {"low": "97161", "moderate": "97162", "high": "97163"},
    "OT": {"low": "97165", "moderate": "97166", "high": "97167"},
}

Line = Annotated[str, StringConstraints(strip_whitespace=True, max_length=300)]
Word = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=40)]
Pain = Annotated[int, Field(ge=0, le=10)] | None
# A field's name as the form (and its "drafted" marks) names it.
FieldName = Literal[
    "icd10_codes",
    "prior_level",
    "goals",
    "goal_status",
    "frequency_per_week",
    "duration_weeks",
    "discharge_reason",
    "pain_now",
    "pain_best",
    "pain_worst",
    "rom",
    "mmt",
    "outcomes",
    "complexity",
    "complexity_history",
    "complexity_body_systems",
    "complexity_presentation",
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
    status: Literal["", "met", "progressing", "partially met", "not met", "discontinued"] = ""


class RangeOfMotion(BaseModel):
    """A joint's motion in degrees (negative where it lacks extension: a knee at -5)."""

    model_config = ConfigDict(extra="forbid")

    joint: Word
    motion: Word
    side: Literal["", "left", "right", "bilateral"] = ""
    degrees: Annotated[int, Field(ge=-90, le=360)]


class MuscleTest(BaseModel):
    """A manual muscle test: a joint's motion (or a muscle, its motion then empty) and its grade."""

    model_config = ConfigDict(extra="forbid")

    joint: Word
    motion: Annotated[str, StringConstraints(strip_whitespace=True, max_length=40)] = ""
    side: Literal["", "left", "right", "bilateral"] = ""
    grade: Literal["0", "1", "2-", "2", "2+", "3-", "3", "3+", "4-", "4", "4+", "5"]


class OutcomeIn(BaseModel):
    """An outcome measure's score and the minimal clinically important difference it is judged by
    (core.outcomes.mcid's where the measure has one on file and none is given)."""

    model_config = ConfigDict(extra="forbid")

    measure: Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=20)]
    score: float
    unit: Annotated[str, StringConstraints(strip_whitespace=True, max_length=20)] = ""
    mcid: Annotated[float, Field(gt=0)] | None = None

    @model_validator(mode="after")
    def _mcid_on_file(self) -> "OutcomeIn":
        if self.mcid is None and (found := mcid_for(self.measure)) is not None:
            self.mcid = float(found.difference)
        return self


class FormIn(BaseModel):
    """A note's form; fields a note type does not have stay empty."""

    model_config = ConfigDict(extra="forbid")

    # The diagnoses the evaluation finds (ICD-10-CM), the plan of care's to certify.
    icd10_codes: Annotated[list[str], Field(max_length=12)] = []
    prior_level: Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)] = ""
    goals: Annotated[list[GoalIn], Field(max_length=12)] = []
    frequency_per_week: Annotated[int, Field(ge=1, le=7)] | None = None
    duration_weeks: Annotated[int, Field(ge=1, le=52)] | None = None
    discharge_reason: Literal["", DischargeReason] = ""
    discharge_detail: Line = ""
    pain_now: Pain = None
    pain_best: Pain = None
    pain_worst: Pain = None
    rom: Annotated[list[RangeOfMotion], Field(max_length=20)] = []
    mmt: Annotated[list[MuscleTest], Field(max_length=20)] = []
    outcomes: Annotated[list[OutcomeIn], Field(max_length=12)] = []
    complexity: Literal["", "low", "moderate", "high"] = ""
    # The reasons for the complexity (CPT 97161-97163): the personal factors and comorbidities that
    # bear on the plan, the body systems examined (body structures and functions, activity
    # limitations, participation restrictions) and the clinical presentation.
    complexity_history: Line = ""
    complexity_body_systems: Line = ""
    complexity_presentation: Literal["", "stable", "evolving", "unstable"] = ""
    # The fields the scribe filled from what was said: the page marks them for the clinician to check;
    # a mark goes once the clinician changes that field or confirms it (`still_drafted`).
    drafted: Annotated[list[FieldName], Field(max_length=20)] = []

    @field_validator("icd10_codes", mode="before")
    @classmethod
    def _diagnoses(cls, codes: list[str] | str) -> list[str]:
        return icd10_codes(codes)

    @model_validator(mode="after")
    def _pain_in_order(self) -> "FormIn":
        if self.pain_best is not None and self.pain_worst is not None and self.pain_best > self.pain_worst:
            raise ValueError(
                f"the pain at best ({self.pain_best}/10) cannot be above "
                f"the pain at worst ({self.pain_worst}/10)"
            )
        return self


def fields_of(note_type: str, discipline: str = "") -> tuple[str, ...]:
    have = FORM_FIELDS.get(note_type, ())
    if discipline in NO_COMPLEXITY:
        return tuple(f for f in have if f not in COMPLEXITY_FIELDS)
    return have


def value_of(form: FormIn, name: str) -> object:
    """A field's value as the clinician sees it, to tell whether they changed it."""
    if name == "goals":
        return [g.text for g in form.goals]
    if name == "goal_status":
        return [g.status for g in form.goals]
    if name == "discharge_reason":
        return (form.discharge_reason, form.discharge_detail)
    if name in ("rom", "mmt", "outcomes"):
        return [row.model_dump() for row in getattr(form, name)]
    return getattr(form, name)


def with_measures(form: FormIn, measures: list[dict]) -> FormIn:
    """A kept form as the clinician sees it: a note typed or drafted before its form had outcome
    measures shows the note's measures (those signing files) as its rows."""
    if form.outcomes or not measures:
        return form
    rows = [{k: m[k] for k in ("measure", "score", "unit") if k in m} for m in measures]
    return form.model_copy(update={"outcomes": [OutcomeIn.model_validate(r) for r in rows]})


def _filled(form: FormIn) -> dict[str, bool]:
    return {
        "icd10_codes": bool(form.icd10_codes),
        "prior_level": bool(form.prior_level),
        "goals": bool(form.goals),
        "goal_status": any(g.status for g in form.goals),
        "frequency_per_week": form.frequency_per_week is not None,
        "duration_weeks": form.duration_weeks is not None,
        "discharge_reason": bool(form.discharge_reason or form.discharge_detail),
        **{name: value_of(form, name) not in (None, "", []) for name in (*MEASURED, *COMPLEXITY_FIELDS)},
    }


def stray(note_type: str, form: FormIn, discipline: str = "") -> list[str]:
    """Fields filled that this note type does not have (a discharge reason on an evaluation)."""
    have = set(fields_of(note_type, discipline))
    out = [name for name, yes in _filled(form).items() if yes and name not in have]
    return out + [name for name in form.drafted if name not in have and name not in out]


def still_drafted(before: FormIn, after: FormIn, confirmed: Collection[str] = ()) -> list[str]:
    """The marks a saved form keeps: a field the scribe drafted stays marked until the clinician
    changes it or confirms it as drafted; saving the form leaves every other field's mark alone."""
    return [
        name
        for name in before.drafted
        if name not in confirmed and value_of(before, name) == value_of(after, name)
    ]


def missing(note_type: str, form: FormIn, discipline: str = "") -> list[str]:
    """What the note type's form still lacks, in the words the review page shows before signing."""
    have = fields_of(note_type, discipline)
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
    # A progress report measures progress: objective measures against the evaluation's (Medicare Benefit
    # Policy Manual ch. 15 §220.3.D), an outcome measure's score at the least (#20: one signed with none)
    if note_type in MEASURED_REPORTS and discipline not in UNSCALED and not form.outcomes:
        out.append(
            "at least one outcome measure score (LEFS, Berg, ODI, ...) to compare with the evaluation's"
        )
    # The evaluation's code is its complexity: the note must show the level and what it rests on.
    if "complexity" in have and not form.complexity:
        out.append("the evaluation's complexity (low, moderate, high)")
    reasons = {
        "complexity_history": "the personal factors and comorbidities",
        "complexity_body_systems": "the body systems examined",
        "complexity_presentation": "the clinical presentation",
    }
    lacking = [words for name, words in reasons.items() if name in have and not getattr(form, name)]
    if lacking:
        out.append(f"the reasons for the complexity ({', '.join(lacking)})")
    return out


def unsigned_reason(note_type: str, form: FormIn, discipline: str = "") -> str:
    """Why a note of this type may not be signed with this form yet ("" when it may). Medicare asks an
    evaluation and a re-evaluation for the plan's goals, frequency and duration, a progress report and
    a discharge summary for each goal's status (Benefit Policy Manual ch. 15 §220.3); a discharge
    also says why care ends. A PT's or OT's evaluation is billed by its complexity, which the note
    documents with its components (CPT 97161-97167)."""
    lacking = missing(note_type, form, discipline)
    if not lacking:
        return ""
    return (
        f"the {FORM_TITLES.get(note_type, note_type)} form is not complete: it still needs "
        f"{'; '.join(lacking)}"
    )


def _level_of(discipline: str, code: str) -> str:
    return next((level for level, c in EVALUATION_CODES.get(discipline, {}).items() if c == code), "")


def complexity_mismatch(note_type: str, discipline: str, complexity: str, codes: Collection[str]) -> str:
    """Why an evaluation's code disagrees with the complexity its form documents ("" when it agrees,
    or when either is not there yet: a missing complexity is the form's own refusal)."""
    if note_type != "evaluation" or not complexity:
        return ""
    right = EVALUATION_CODES.get(discipline, {}).get(complexity)
    for code in codes:
        if (level := _level_of(discipline, code)) and level != complexity:
            return (
                f"the evaluation bills {code} ({level} complexity) but its form documents {complexity} "
                f"complexity: bill {right} instead, or change the complexity on the form"
            )
    return ""


def codes_for_complexity(note_type: str, discipline: str, complexity: str, codes: list[dict]) -> list[dict]:
    """The note's services with its evaluation code at the level the form documents: choosing the
    complexity on the form chooses the code (any other service is left as it is)."""
    right = EVALUATION_CODES.get(discipline, {}).get(complexity) if note_type == "evaluation" else None
    if right is None:
        return codes
    return [{**c, "code": right} if _level_of(discipline, c["code"]) else c for c in codes]


def _side(row: RangeOfMotion | MuscleTest) -> str:
    return " ".join(x for x in (row.side, row.joint, row.motion) if x)


def pdf_lines(note_type: str, form: FormIn, measures: list[dict], discipline: str = "") -> list[str]:
    """The form and the outcome measures as the signed note prints them."""
    have = fields_of(note_type, discipline)
    lines: list[str] = []
    if "complexity" in have and form.complexity:
        lines += [f"Evaluation complexity: {form.complexity}"]
        for label, said in (
            ("Personal factors and comorbidities", form.complexity_history),
            ("Body systems examined", form.complexity_body_systems),
            ("Clinical presentation", form.complexity_presentation),
        ):
            if said:
                lines.append(f"  {label}: {said}")
        lines.append("")
    if "icd10_codes" in have and form.icd10_codes:
        lines += ["Diagnoses (ICD-10-CM)", ", ".join(form.icd10_codes), ""]
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
    pain = [
        f"{label} {score}/10"
        for label, score in (
            ("now", form.pain_now),
            ("at best", form.pain_best),
            ("at worst", form.pain_worst),
        )
        if score is not None
    ]
    if "pain_now" in have and pain:
        lines += ["Pain: " + ", ".join(pain), ""]
    if "rom" in have and form.rom:
        lines += ["Range of motion", *[f"  {_side(r)}   {r.degrees} degrees" for r in form.rom], ""]
    if "mmt" in have and form.mmt:
        lines += ["Manual muscle test", *[f"  {_side(m)}   {m.grade}/5" for m in form.mmt], ""]
    if measures:
        mcids = {o.measure: o.mcid for o in form.outcomes}
        shown = [
            f"{m['measure']} {m['score']:g}{' ' + m['unit'] if m.get('unit') else ''}"
            + (f" (MCID {mcids[m['measure']]:g})" if mcids.get(m["measure"]) else "")
            for m in measures
        ]
        lines += ["Outcome measures: " + ", ".join(shown), ""]
    return lines
