"""The offline drafter: facts into the clinic's SOAP template for the discipline and note type, codes
from core's coding engine, and the grounding guard over the result."""

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from core.billing.coding import CodingError, PayerRules, Service, code_visit
from core.billing.reference import codes as reference_codes
from prompts import ROOT as PROMPTS
from scribe.extract import Fact, extract
from scribe.ground import grounded_numbers, guard
from scribe.transcript import Segment

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

NOTE_TYPES = ("evaluation", "daily", "progress", "re-evaluation", "discharge")
TEMPLATE_VERSION = "1"
PATIENT_SIDE = ("patient", "caregiver")


@dataclass
class Draft:
    note: dict[str, str]
    facts: list[Fact]
    codes: list[dict]
    warnings: list[str] = field(default_factory=list)
    template_version: str = ""
    no_speech: bool = False
    # Numbers the drafter derived rather than heard: estimated minutes, counts, the record's values.
    derived_numbers: set[str] = field(default_factory=set)


@cache
def _templates() -> Environment:
    return Environment(
        loader=FileSystemLoader(str(PROMPTS / "notes")),
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        autoescape=False,
    )


def _sentence(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[:1].upper() + text[1:] + "." if text else ""


def _minutes(facts: list[Fact], segments: list[Segment]) -> tuple[dict[str, int], dict[str, int]]:
    """Minutes per code as said, and, for codes only named, as the recording's timestamps show: from
    the segment that names the activity to the one that names the next (or the end)."""
    said: dict[str, int] = {}
    for fact in facts:
        if fact.kind == "intervention" and fact.code:
            said[fact.code] = said.get(fact.code, 0) + int(float(fact.value))
    starts = sorted(
        (f.evidence.segment, f.code) for f in facts if f.kind.startswith("intervention") and f.code
    )
    estimated: dict[str, int] = {}
    for i, (index, code) in enumerate(starts):
        if code in said or code in estimated:
            continue
        end_index = next((j for j, c in starts[i + 1 :] if c != code), None)
        end = segments[end_index].start if end_index is not None else segments[-1].end
        estimated[code] = max(1, round((end - segments[index].start) / 60))
    return said, estimated


def _sections(facts: list[Fact]) -> dict[str, list[str]]:
    reports, measures, interventions, assessment, plan, equipment = [], [], [], [], [], []
    sets = [f.value for f in facts if f.kind == "sets_reps"]
    for fact in facts:
        said_by_patient = fact.speaker in PATIENT_SIDE
        if fact.kind == "pain":
            reports.append(f"{'Patient reports' if said_by_patient else 'Pain rated'} pain {fact.value}.")
        elif fact.kind == "finding":
            if fact.historical:
                reports.append(f"History of {fact.value}.")
            elif fact.negated:
                (reports if said_by_patient else measures).append(
                    f"{'Denies' if said_by_patient else 'No'} {fact.value}."
                )
            elif said_by_patient:
                reports.append(f"Reports {fact.value}.")
        elif fact.kind == "range_of_motion":
            measures.append(_sentence(f"{fact.text}: {fact.value} degrees"))
        elif fact.kind == "strength":
            measures.append(_sentence(f"{fact.text}: {fact.value} {fact.unit}"))
        elif fact.kind == "strength_grade":
            measures.append(f"Strength {fact.value}.")
        elif fact.kind == "accuracy":
            measures.append(f"Accuracy {fact.value} trials ({fact.unit}).")
        elif fact.kind == "diet":
            measures.append(f"Diet: {fact.value}.")
        elif fact.kind == "outcome_measure":
            measures.append(f"{fact.text}: {fact.value}{' ' + fact.unit if fact.unit else ''}.")
        elif fact.kind in ("assist_level", "cue_level"):
            measures.append(_sentence(f"{fact.kind.replace('_', ' ')}: {fact.value}"))
        elif fact.kind == "device" and fact.value not in equipment:
            equipment.append(fact.value)
        elif fact.kind == "intervention":
            interventions.append(_sentence(f"{fact.text} ({fact.code}): {fact.value} minutes"))
        elif fact.kind == "pain_site":
            reports.append(f"Pain location: {fact.value}.")
        elif fact.kind == "load":
            measures.append(f"Load: {fact.value}.")
        elif fact.kind == "goal":
            assessment.append(_sentence(f"Goal {fact.unit}: {fact.value}"))
        elif fact.kind == "response":
            assessment.append(_sentence(fact.value))
        elif fact.kind in ("plan", "home_program"):
            plan.append(_sentence(fact.value))
    if sets and interventions:
        interventions.append(f"Exercise dosage: {', '.join(sets)} (sets x reps).")
    return {
        "patient_reports": reports,
        "measurements": measures,
        "interventions": interventions,
        "assessment": assessment,
        "plan": plan,
        "equipment": equipment,
    }


def _billing(minutes: dict[str, int], coded_lines: list) -> str:
    timed = sum(
        m for code, m in minutes.items() if reference_codes().get(code) and reference_codes()[code].timed
    )
    lines = [
        f"{line.code} x{line.units} ({' '.join(line.modifiers)}): {line.minutes} min" for line in coded_lines
    ]
    return "\n".join(
        [*lines, f"Total timed minutes: {timed}", f"Total treatment time: {sum(minutes.values())} min"]
    )


# Elements of body structure, function, activity and participation that an evaluation examined
# (the CMS/APTA complexity criteria count them: 1-2 low, 3 moderate, 4 or more high).
ELEMENT_KINDS = {
    "pain": "pain",
    "range_of_motion": "range of motion",
    "strength": "strength",
    "strength_grade": "strength",
    "outcome_measure": "standardized tests",
    "assist_level": "function",
    "cue_level": "cognition for function",
    "device": "assistive devices",
    "accuracy": "communication",
    "diet": "swallowing",
}
EVAL_CODES = {"PT": ("97161", "97162", "97163"), "OT": ("97165", "97166", "97167")}


def complexity(facts: list[Fact], discipline: str) -> str:
    """A suggested evaluation complexity from what was documented, with the reason; the therapist decides."""
    elements = sorted({ELEMENT_KINDS[f.kind] for f in facts if f.kind in ELEMENT_KINDS})
    level = 0 if len(elements) <= 2 else (1 if len(elements) == 3 else 2)
    names = ("low", "moderate", "high")
    code = f" ({EVAL_CODES[discipline][level]})" if discipline in EVAL_CODES else ""
    return (
        f"{names[level]}{code}: {len(elements)} elements examined ({', '.join(elements) or 'none'}); "
        "history, personal factors and clinical presentation are the therapist's to confirm"
    )


def comparisons(facts: list[Fact], prior: dict[str, str]) -> list[str]:
    """Each measure of this visit beside its value at the evaluation, from the patient's record."""
    out = []
    for fact in facts:
        key = fact.text if fact.kind in ("outcome_measure", "range_of_motion", "strength") else ""
        if key and key in prior:
            out.append(f"{key}: {fact.value} now, {prior[key]} at the evaluation.")
    return out


def _with_model(
    model: "BaseChatModel", note: dict[str, str], allowed: set[str], **context: object
) -> list[str]:
    """Let the model write the prose; keep it only if every section passes the guard untouched."""
    from scribe.llm import LlmUnavailable, prose  # langchain loads only when a model is configured

    try:
        written = prose(model, **context)  # type: ignore[arg-type]
    except LlmUnavailable as exc:
        return [f"the language model's draft was set aside: {exc}"]
    stray = [s for text in written.values() for s in guard(text, allowed).removed]
    if stray:
        return [f"the language model's draft was set aside: it stated what was not said ({stray[0]})"]
    note.update(written)
    return []


def draft(
    segments: list[Segment],
    *,
    discipline: str,
    note_type: str,
    role: str,
    rule: str,
    rules: PayerRules | None = None,
    prior_measures: dict[str, str] | None = None,
    model: "BaseChatModel | None" = None,
) -> Draft:
    if note_type not in NOTE_TYPES:
        raise ValueError(f"note type is one of {', '.join(NOTE_TYPES)}")
    if not any(s.text.strip() for s in segments):
        return Draft({}, [], [], ["no speech captured: nothing to draft"], no_speech=True)
    every_fact = extract(segments)
    # What may happen ("if you feel dizzy") and what happened to someone else ("my mother fell") are
    # kept in the facts, flagged, but are not the patient's status and bill nothing.
    facts = [f for f in every_fact if not f.hypothetical and not f.other_person]
    template = _templates().get_template(f"{discipline.lower()}/{note_type}.j2")
    prior = prior_measures or {}
    suggestion = complexity(facts, discipline) if note_type == "evaluation" else ""
    rendered = template.render(
        **_sections(facts), complexity=suggestion, comparisons=comparisons(facts, prior)
    ).split("===")
    parts = ("\n".join(line for line in part.strip().splitlines() if line.strip()) for part in rendered)
    note = dict(zip(("subjective", "objective", "assessment", "plan"), parts, strict=True))
    said, estimated = _minutes(facts, segments)
    minutes = {**said, **estimated}
    warnings: list[str] = []
    for code, estimate in estimated.items():
        label = next(f.text for f in facts if f.code == code)
        note["objective"] += "\n" + _sentence(
            f"{label} ({code}): {estimate} minutes by the recording, to confirm"
        )
        warnings.append(
            f"{label} ({code}): {estimate} minutes estimated from the recording's timestamps; confirm"
        )
    coded_lines = []
    try:
        coded = code_visit(
            [Service(code, m) for code, m in minutes.items()],
            discipline=discipline,
            role=role,
            rules=rules or PayerRules(unit_rule=rule),
        )
        coded_lines = coded.lines
        warnings.extend(coded.warnings)
    except CodingError as exc:
        warnings.append(f"codes need the clinician: {exc}")
    # Estimated minutes come from the recording itself: grounded in it, though never said.
    # The record's earlier values and the complexity suggestion's counts and code are grounded too.
    derived = {str(m) for m in estimated.values()}
    derived |= {n for text in (*prior.values(), suggestion) for n in re.findall(r"\d+(?:\.\d+)?", text)}
    allowed = grounded_numbers(segments, facts) | derived
    for section, text in note.items():
        checked = guard(text, allowed)
        note[section] = checked.text
        warnings.extend(f"removed from {section}, not in the transcript: {s}" for s in checked.removed)
    if model is not None:
        warnings.extend(
            _with_model(
                model,
                note,
                allowed,
                discipline=discipline,
                note_type=note_type,
                facts=facts,
                segments=segments,
            )
        )
    note["billing"] = _billing(minutes, coded_lines)
    codes = [
        {
            "code": line.code,
            "units": line.units,
            "minutes": line.minutes,
            "modifiers": list(line.modifiers),
            "reason": line.reason,
        }
        for line in coded_lines
    ]
    return Draft(
        note,
        every_fact,
        codes,
        warnings,
        template_version=f"{discipline.lower()}/{note_type}@{TEMPLATE_VERSION}",
        derived_numbers=derived,
    )
