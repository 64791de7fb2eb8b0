"""The offline drafter: facts into the clinic's SOAP template for the discipline and note type, codes
from core's coding engine, and the grounding guard over the result."""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from core.billing.coding import EVALUATION_KINDS, CodingError, PayerRules, Service, code_visit
from core.billing.reference import codes as reference_codes
from prompts import ROOT as PROMPTS
from scribe import heard_doubts
from scribe import sections as sections_model
from scribe import services as visit_services
from scribe.extract import COMPARED_LEAD, RATING_ASKED, Evidence, Fact, extract, said_words
from scribe.form_fill import form_facts
from scribe.ground import grounded_numbers, guard, unsaid_findings
from scribe.misheard import Edit, heard_at, segments_corrected
from scribe.numbers import numbers_in
from scribe.off_record import off_record
from scribe.statements import (
    QUESTION,
    YES,
    Denial,
    Statement,
    denials,
    interpreted,
    kept_out,
    marked_questions,
    numbered,
    qualitative,
    says_not_so,
    shorthand,
    without_answered,
    without_denied,
    without_denied_conditions,
)
from scribe.threshold_said import ThresholdSaid, added_from_words, threshold_passed
from scribe.transcript import Segment, Unsure

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

NOTE_TYPES = ("evaluation", "daily", "progress", "re-evaluation", "discharge")
TEMPLATE_VERSION = "2"
PATIENT_SIDE = ("patient", "caregiver")


@dataclass
class Draft:
    note: dict[str, str]
    facts: list[Fact]
    codes: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    template_version: str = ""
    no_speech: bool = False
    # Numbers the drafter derived rather than heard: the record's values, the codes it chose.
    derived_numbers: set[str] = field(default_factory=set)
    # Every service done with its minutes, those that earn no unit included: what signing codes.
    services: list[dict[str, Any]] = field(default_factory=list)
    # Codes whose minutes the recogniser was unsure of, each with the warning that asks for a look.
    review: dict[str, str] = field(default_factory=dict)
    # The clinician's words that this year's therapy threshold is passed (KX), if said.
    threshold: ThresholdSaid | None = None


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


def _first_time(fact: Fact, rated: dict[tuple[str, str], set[str]]) -> bool:
    """Whether a rating is news to the note: not the same figure of the same thing said again ("four out of
    ten" / "okay, four"), unless said with other words ("four at rest", later "four with stairs")."""
    key = ("pain" if "/" in fact.text else fact.text, fact.value)
    said = rated.setdefault(key, set())
    news = not said or bool(fact.said and fact.said.lower() not in said and "" not in said)
    said.add(fact.said.lower())
    return news


# A measure's name as a note writes it where the record's key for it is shorter.
MEASURE_WRITTEN = {"30s sit-to-stand": "30-second sit-to-stand"}


def outcome_line(fact: Fact) -> str:
    """An outcome measure as the note writes it, its name beside its score as said: "QuickDASH 23.",
    "NDI 32%.", "LEFS 71/80.", "TUG 14.2 seconds.", "Modified Ashworth 1+."."""
    unit = fact.unit if fact.unit in ("", "%") else f" {fact.unit}"
    return f"{MEASURE_WRITTEN.get(fact.text, fact.text)} {fact.value}{fact.said}{unit}."


def _sections(facts: list[Fact]) -> dict[str, list[str]]:
    measures: list[str]
    reports: list[str]
    reports, measures, interventions, assessment, plan, equipment = [], [], [], [], [], []
    sets = [f"{f.said} {f.value}" if f.said else f.value for f in facts if f.kind == "sets_reps"]
    written_ratings: dict[tuple[str, str], set[str]] = {}  # each rating's words written so far
    for fact in facts:
        said_by_patient = fact.speaker in PATIENT_SIDE
        if fact.kind == "pain":
            if not fact.restated and _first_time(fact, written_ratings):
                name = "pain" if "/" in fact.text else fact.text
                compared = COMPARED_LEAD.match(fact.said)
                if (
                    compared
                    and reports
                    # ("Right shoulder pain 4/10": a place's pain too)
                    and re.match(r"(?:patient reports )?(?:[a-z]+ ){0,2}pain ", reports[-1], re.I)
                ):
                    # "4/10 today, down from 6/10 last visit": the earlier figure joins today's, as said.
                    rest = f" {compared['rest']}" if compared["rest"] else ""
                    reports[-1] = reports[-1].removesuffix(".") + f", {compared['lead']} {fact.value}{rest}."
                    continue
                rated = f"{name} {fact.value}"
                if compared:
                    rest = f" {compared['rest']}" if compared["rest"] else ""
                    rated = f"{name} {compared['lead']} {fact.value}{rest}"
                elif fact.said:
                    rated += f" {fact.said}"
                reports.append(_sentence(f"patient reports {rated}" if said_by_patient else rated))
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
            measures.append(_sentence(f"{fact.said or fact.text} {fact.value} degrees"))
        elif fact.kind == "strength":
            measures.append(_sentence(fact.said or f"{fact.text}: {fact.value} {fact.unit}"))
        elif fact.kind == "strength_grade":
            muscle, _, side = fact.said.partition("|")
            measures.append(
                _sentence(f"{muscle} {fact.value} {side}") if muscle else f"Strength {fact.value}."
            )
        elif fact.kind == "accuracy":
            measures.append(
                _sentence(fact.said) if fact.said else f"Accuracy {fact.value} trials ({fact.unit})."
            )
        elif fact.kind == "gait_speed":
            measures.append(f"Gait speed {fact.value} m/s.")
        elif fact.kind == "unit_measure":
            measures.append(_sentence(f"{fact.said} {fact.value} {fact.unit}"))
        elif fact.kind == "percentile":
            rank = f"{fact.value} percentile"
            measures.append(_sentence(f"{fact.said}: {rank}" if fact.said else rank))
        elif fact.kind == "diet":
            measures.append(f"Diet: {fact.value}.")
        elif fact.kind == "outcome_measure":
            measures.append(outcome_line(fact))
        elif fact.kind in ("assist_level", "cue_level"):
            measures.append(_sentence(f"{fact.kind.replace('_', ' ')}: {fact.value}"))
        elif fact.kind == "device" and not fact.negated and fact.value not in equipment:
            equipment.append(fact.value)
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
    if sets:
        interventions.append(f"Exercise dosage: {', '.join(sets)} (sets x reps).")
    return {
        "patient_reports": reports,
        "measurements": measures,
        "interventions": interventions,
        "assessment": assessment,
        "plan": plan,
        "equipment": equipment,
    }


def billing_text(services: list[dict[str, Any]], codes: list[dict[str, Any]]) -> str:
    """The note's billing lines: each code with units, modifiers and minutes; services that earn no unit
    with their minutes; total timed minutes and total treatment time (a Medicare daily note needs both)."""
    minutes = {s["code"]: s["minutes"] for s in services}
    timed = sum(
        m for code, m in minutes.items() if reference_codes().get(code) and reference_codes()[code].timed
    )
    billed = {c["code"] for c in codes}
    lines = [f"{c['code']} x{c['units']} ({' '.join(c['modifiers'])}): {c['minutes']} min" for c in codes]
    lines += [f"{code}: {m} min, no unit" for code, m in minutes.items() if code not in billed and m]
    return "\n".join(
        [*lines, f"Total timed minutes: {timed}", f"Total treatment time: {sum(minutes.values())} min"]
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
    segments: list[Segment] = context["segments"]  # type: ignore[assignment]
    stray = [s for text in written.values() for s in guard(text, allowed).removed]
    stray += [s for text in written.values() for s in unsaid_findings(text, segments)]
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
    dictated: bool = False,
) -> Draft:
    """The note, its facts and its codes by the payer rules given (`scribe.drafting` codes a visit's
    services again as signing will, with its year-to-date spending and diagnoses). `dictated`: the
    clinician's account after the visit, not a recording of it (its length is not the session's)."""
    if note_type not in NOTE_TYPES:
        raise ValueError(f"note type is one of {', '.join(NOTE_TYPES)}")
    if not any(s.text.strip() for s in segments):
        return Draft({}, [], [], ["no speech captured: nothing to draft"], no_speech=True)
    rules = rules or PayerRules(unit_rule=rule)
    # Read as the clinician said it ("there ex" is ther ex); the facts point back into the words heard.
    as_heard = segments
    segments, misheard_edits = segments_corrected(segments)
    found = visit_services.find(
        segments,
        discipline=discipline,
        note_type=note_type,
        unattended_stim_code=rules.unattended_stim_code,
        dictated=dictated,
    )
    # An interpreter's English for the patient's words is the patient's report (services are the clinician's).
    segments = interpreted(segments)
    # What the note must not hold (a line asked for and turned down, the bill's own making, the building's
    # alarms) is blanked for what the note finds and quotes; the services were read from all that was said.
    noted = off_record(segments)
    every_fact = extract(noted) + [
        Fact(
            kind="intervention",
            text=m.label,
            value=str(m.minutes),
            unit="min",
            negated=False,
            evidence=Evidence(m.segment, m.start, m.end, m.quote),
            speaker=segments[m.segment].speaker,
            code=m.code,
        )
        for m in found.mentions
        # Minutes the note does not bill as a timed line (an untimed service's, or more than a visit)
        # are not an intervention's: the sentence is kept as said ("the valve was on for 45 minutes").
        if m.code in found.minutes
    ]
    # What may happen ("if you feel dizzy") and what happened to someone else ("my mother fell") are
    # kept in the facts, flagged, but are not the patient's status.
    facts = [f for f in every_fact if not f.hypothetical and not f.other_person]
    # Denials and what is quoted read the questions a recognizer left unmarked as questions.
    heard = marked_questions(noted)
    denied = denials(heard)
    facts = [f for f in facts if not _asked_or_denied(f, heard, denied)]
    template = _templates().get_template(f"{discipline.lower()}/{note_type}.j2")
    prior = prior_measures or {}
    evaluation = next(
        (f"{code}, {found.reasons[code]}" for code in found.untimed if _is_evaluation(code)),
        "",
    )
    sections = _sections(facts)
    sections["interventions"] = (
        [_sentence(_intervention(found, code, m)) for code, m in found.minutes.items()]
        + [
            _sentence(f"{found.reasons[code][:1].upper()}{found.reasons[code][1:]} ({code})")
            for code in found.untimed
            if not _is_evaluation(code)
        ]
        + sections["interventions"]
    )
    _add_said(sections, heard, facts, denied)
    # KX rides on the payer's threshold; this clinic's record may not know the year's spending elsewhere,
    # which the session can say ("past the threshold because of the shoulder therapy in the spring").
    threshold = threshold_passed(segments) if rules.kx_threshold_cents is not None else None
    if threshold is not None:
        # The payer's threshold by its name where the clinician named it ("your Medicare total is past it").
        named = "Medicare threshold, " if re.search(r"\bmedicare\b", threshold.quote, re.I) else ""
        sections["assessment"].append(
            f"Therapy spending this year is past the payer's threshold, as said in the session ({named}KX)"
            + ("; continued therapy documented as medically necessary." if threshold.necessity_said else ".")
        )
    rendered = template.render(
        **sections, complexity=evaluation, comparisons=comparisons(facts, prior)
    ).split("===")
    # A line said twice ("No falls since last time." and "No falls?" answered no) is written once.
    parts = (
        "\n".join(dict.fromkeys(line for line in part.strip().splitlines() if line.strip()))
        for part in rendered
    )
    note = dict(zip(("subjective", "objective", "assessment", "plan"), parts, strict=True))
    minutes = dict(found.minutes)
    # Minutes the recogniser was unsure of, or that the transcript itself puts in doubt ("thirteen" in
    # the session, "thirty" in the recap): each such line is the clinician's to confirm.
    review = found.doubtful | unsure_minutes(
        found,
        segments,
        lambda heard: visit_services.find(
            heard,
            discipline=discipline,
            note_type=note_type,
            unattended_stim_code=rules.unattended_stim_code,
            dictated=dictated,
        ),
    )
    # Minutes the words heard put in doubt otherwise: a count lost or garbled, or heard in another's turn.
    for code, why in heard_doubts.doubts(found, segments).items():
        review.setdefault(code, why)
    warnings: list[str] = list(found.warnings) + list(review.values())
    services = [Service(code, m) for code, m in minutes.items()] + [
        Service(code, found.untimed_minutes.get(code, 0)) for code in found.untimed
    ]
    coded_lines = []
    coding_refused = False
    try:
        coded = code_visit(services, discipline=discipline, role=role, rules=rules)
        coded_lines = coded.lines
        warnings.extend(coded.warnings)
    except CodingError as exc:
        coding_refused = True
        warnings.append(f"codes need the clinician: {exc}")
    if not coded_lines and not coding_refused:
        # A visit drafted with no code at all (blind20-test v_ot11: "the work stuff the saw handle practice
        # ... sixteen minutes", services the table does not know) must say so, not pass as a visit billed.
        warnings.append(
            "no billable service was recognised in this visit: add the services and their minutes before "
            "signing"
        )
    if threshold is not None and any("KX" not in line.modifiers for line in coded_lines):
        coded_lines = [
            line if "KX" in line.modifiers else replace(line, modifiers=(*line.modifiers, "KX"))
            for line in coded_lines
        ]
        warnings.append(added_from_words(threshold))
    # The record's earlier values and the codes the drafter chose are grounded, though never said.
    derived = {n for text in (*prior.values(), evaluation) for n in re.findall(r"\d+(?:\.\d+)?", text)}
    derived |= {n for code in minutes.keys() | set(found.untimed) for n in re.findall(r"\d+", code)}
    # A service's minutes added up from its blocks ("fourteen ... and twelve more") or split between 97129
    # and 97130 are the drafter's sum of minutes said, written on its line.
    derived |= {str(m) for m in minutes.values()}
    # A number the recogniser split or wrote as a word ("four teen", "to sets") is heard as meant.
    derived |= {
        said.digits
        for edits in misheard_edits.values()
        for edit in edits
        for said in numbers_in(edit.written)
    }
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
    service_rows = [{"code": s.code, "minutes": s.minutes} for s in services]
    note["billing"] = billing_text(service_rows, codes)
    return Draft(
        note,
        # The form's facts (goals set, frequency and duration, prior level, why care ends) go with the
        # draft for its form (scribe.form_fill) and are never used to write the text above.
        [_as_heard(f, as_heard, segments, misheard_edits) for f in every_fact + form_facts(segments)],
        codes,
        warnings,
        template_version=f"{discipline.lower()}/{note_type}@{TEMPLATE_VERSION}",
        derived_numbers=derived,
        services=service_rows,
        review=review,
        threshold=threshold,
    )


def _as_heard(
    fact: Fact, heard: list[Segment], read: list[Segment], edits: dict[int, tuple[Edit, ...]]
) -> Fact:
    """The fact with its evidence in the transcript's own words (a mishearing read as meant points at
    the words heard)."""
    where = fact.evidence
    if where.segment not in edits or not 0 <= where.segment < len(heard):
        return fact
    changed = edits[where.segment]
    start, end = heard_at(changed, where.start), heard_at(changed, where.end, end=True)
    quote = where.quote
    if quote == read[where.segment].text[where.start : where.end]:
        quote = heard[where.segment].text[start:end]
    return replace(fact, evidence=Evidence(where.segment, start, end, quote))


def unsure_minutes(
    found: "visit_services.Services",
    segments: list[Segment],
    reread: Callable[[list[Segment]], "visit_services.Services"] | None = None,
) -> dict[str, str]:
    """The codes whose minutes were said where the recogniser was unsure of a number (a teen it could
    not tell from its ten, a word it gave a low probability), or whose service's name it wrote for
    other words it heard beside the minutes ("the rack" heard, "ther ex" written: `scribe.stt`), each
    with a warning: such a line is for the clinician to confirm, not to bill on the recogniser's guess.
    A service's name is marked only where the words heard, read again by `reread` (the draft's own
    reading of services), bill otherwise: "lifting practice ..., at the rack, ten minutes" is 97530
    whether or not "at the rack" was "ther act"."""
    review: dict[str, str] = lost_minutes(found, segments)
    for mention in found.mentions:
        if mention.code not in found.minutes or mention.code in review:
            continue
        segment = segments[mention.segment]
        for unsure in segment.unsure:
            written = segment.text[unsure.start : unsure.end]
            if any(unsure.start < end and start < unsure.end for start, end in mention.said_at):
                perhaps = f' (or "{unsure.other}")' if unsure.other else ""
                review[mention.code] = (
                    f'{mention.code}: its minutes were heard as "{written}"{perhaps}, where the recording '
                    "was unclear: confirm them before signing"
                )
                break
            if (
                not numbers_in(written)
                and unsure.start < mention.end
                and mention.start < unsure.end
                and (reread is None or _bills_otherwise(found, segments, mention.segment, unsure, reread))
            ):
                review[mention.code] = (
                    f'{mention.code}: "{written}" was written where the recording sounded like '
                    f'"{unsure.other}", beside its minutes: confirm the service before signing'
                )
                break
    return review


def lost_minutes(found: "visit_services.Services", segments: list[Segment]) -> dict[str, str]:
    """The services the clinician named right after words the recogniser kept where a count of minutes
    read nearly as likely ("I'm in it some balance", perhaps "9 minutes of balance": `scribe.stt`
    `lost_minute_slots`), each with a warning where the visit heard no minutes for them: a service the
    recording may have timed is the clinician's to confirm, not to leave out unseen."""
    review: dict[str, str] = {}
    for segment in segments:
        if segment.speaker != "therapist":
            continue
        for unsure in segment.unsure:
            counted = numbers_in(unsure.other)
            if not counted or numbers_in(segment.text[unsure.start : unsure.end]):
                continue
            named = visit_services.activities(segment.text[unsure.end :])
            if not named or segment.text[unsure.end : unsure.end + named[0].start].strip():
                continue
            code = named[0].code
            if code not in review and code not in found.minutes:
                review[code] = (
                    f'{code}: named after "{segment.text[unsure.start : unsure.end]}", where the recording '
                    f'may have said "{unsure.other}", and no minutes were heard for it: confirm whether '
                    "and how long it was given before signing"
                )
    return review


def _bills_otherwise(
    found: "visit_services.Services",
    segments: list[Segment],
    at: int,
    unsure: Unsure,
    reread: Callable[[list[Segment]], "visit_services.Services"],
) -> bool:
    """Whether the visit's minutes change when a service's name the recogniser wrote is read as the words
    it heard there."""
    segment = segments[at]
    heard = segment.text[: unsure.start] + unsure.other + segment.text[unsure.end :]
    again = [*segments[:at], replace(segment, text=heard, unsure=()), *segments[at + 1 :]]
    return reread(again).minutes != found.minutes


SECTION_MODEL_WORDS = 6


# A question and its answer as quoted for review ('Asked: "Pain, zero to ten?" Patient answers: "A 3."').
ASKED_ANSWERED = re.compile(r'^Asked: "(?P<q>.*?)" \w+ answers: "(?P<a>.*)" \(as said', re.S)
# What is left of an answer with its ratings and their words taken out that says nothing more: hedges.
HEDGES = re.compile(
    r"\b(?:an?|like|maybe|about|around|probably|say|i'd|i|would|it's|its|it|is|was|were|and|but|then|um+|uh+|oh|so|yeah|yes|"
    r"honestly|solid|good|ok|okay|well|hmm+|out|of|outta|ten|pain|the|my|now|today|ish)\b|[\d/.,!?;:-]+",
    re.I,
)


def _rated_answers(segments: list[Segment], facts: list[Fact]) -> dict[int, list[Fact]]:
    """The ratings written from each turn, by the turn before it (the one that asked)."""
    before = {s.index: segments[i - 1].index for i, s in enumerate(segments) if i}
    out: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.kind == "pain" and fact.evidence.segment in before:
            out.setdefault(before[fact.evidence.segment], []).append(fact)
    return out


def _only_a_rating(statement: Statement, rated: dict[int, list[Fact]]) -> bool:
    """Whether a quoted question and answer says no more than the rating the note already writes ("How's
    the pain, zero to ten?" / "Four out of ten."): the rating is written once, by its fact."""
    m = ASKED_ANSWERED.match(statement.text)
    ratings = rated.get(statement.segment, [])
    if not (m and ratings and RATING_ASKED.search(m.group("q"))):
        return False
    rest = m.group("a")
    for fact in ratings:
        rest = rest.replace(said_words(fact), " ") if fact.said else rest
    return not HEDGES.sub(" ", rest).strip()


def _add_said(
    sections: dict[str, list[str]], segments: list[Segment], facts: list[Fact], denied: list[Denial]
) -> None:
    """Denied findings as denied, and every clinical number no rule placed, in the speaker's words."""
    written = " ".join(line for lines in sections.values() for line in lines).lower()
    headed = _dictated_headings(segments)
    for denial in denied:
        if denial.said in written:
            continue
        # "Subjective. ... Denies low back pain.": the clinician dictating what the patient reported
        dictated = _heading_at(denial.segment, denial.start, headed)
        patient_side = denial.speaker in PATIENT_SIDE or dictated == "subjective"
        sections["patient_reports" if patient_side else "measurements"].append(
            _sentence(denial.line(patient_side))
        )
    covered = _covering(facts, segments, {n.value for n in numbers_in(written)})
    where = {"subjective": "patient_reports", "objective": "measurements", "assessment": "assessment"}
    for said_as in shorthand(segments):
        if (line := without_denied_conditions(said_as, denied)) is None:
            continue
        # "ODI 12." says no more than the fact's "ODI 12." already written ("ODI 12%." does).
        if line.text.lower().replace(":", "") not in written.replace(":", ""):
            sections[where.get(line.section, "plan")].append(line.text)
    said = numbered(segments, covered)
    quoted = {(s.segment, s.start) for s in said}
    statements = [
        kept
        for s in without_answered(
            sorted([*said, *qualitative(segments, quoted)], key=lambda s: (s.segment, s.start))
        )
        if not _restates_a_denial(s, denied) and (kept := without_denied(s, denied)) is not None
    ]
    # Only the clinician's statements go unplaced: what they observe, conclude or plan. A short one
    # ("Okay so, the shoulder.") gives the model too little to go on and stays with what was seen.
    unplaced = [s for s in statements if not s.section and len(s.words.split()) >= SECTION_MODEL_WORDS]
    placed = dict(
        zip(
            (id(s) for s in unplaced),
            sections_model.place(
                [s.words for s in unplaced], default="objective", among=("objective", "assessment", "plan")
            ),
            strict=True,
        )
    )
    rated = _rated_answers(segments, facts)
    for statement in statements:
        if _only_a_rating(statement, rated):
            continue
        section = (
            _under_heading(statement, headed) or statement.section or placed.get(id(statement), "objective")
        )
        sections[where.get(section, "plan")].append(statement.text)


# A SOAP heading dictated as a sentence of its own or opening one: "Subjective. Pain four out of ten.",
# "Assessment: tolerating the loading well." ("Goals." are the assessment's.)
DICTATED_HEADING = re.compile(
    r"^\W*(?P<heading>subjective|objective|assessment|plan|goals?)\s*(?:[.:,]|$)", re.I
)
HEADED_AS = {"goal": "assessment", "goals": "assessment"}


def _dictated_headings(segments: list[Segment]) -> list[tuple[int, int, str]]:
    """Where a clinician dictating the note says its headings (segment, start, section), where at least
    two different ones are said (one "plan:" alone is a plan said in passing, not a dictated note); a turn
    of anyone else ends the heading's run, written as (segment, 0, "")."""
    found: list[tuple[int, int, str]] = []
    for segment in segments:
        if segment.speaker != "therapist":
            found.append((segment.index, 0, ""))
            continue
        for m in re.finditer(r"[^.!?]+[.!?]?", segment.text):
            heading = DICTATED_HEADING.match(m.group(0))
            if heading:
                word = heading["heading"].lower()
                found.append((segment.index, m.start(), HEADED_AS.get(word, word)))
    return found if len({section for _, _, section in found if section}) >= 2 else []


def _under_heading(statement: Statement, headed: list[tuple[int, int, str]]) -> str:
    """The section a clinician's dictated heading puts a statement of hers in: the last heading said
    before it, in her turn or in her turns just before; "" where none is, or another spoke since."""
    return _heading_at(statement.segment, statement.start, headed) if statement.speaker == "therapist" else ""


def _heading_at(segment: int, start: int, headed: list[tuple[int, int, str]]) -> str:
    before = [h for h in headed if (h[0], h[1]) <= (segment, start)]
    return before[-1][2] if before else ""


# Facts that take a few words of a longer sentence ("Active plantarflexion, ten degrees, dorsiflexion to
# neutral"): the sentence is quoted beside them unless they say most of it.
PARTIAL_KINDS = ("range_of_motion", "percentile")
# Facts whose unit the note writes short ("thirty-two millimeters" as "32 mm"): the words said are quoted
# beside them, always.
SHORTENED_KINDS = ("unit_measure",)


def _covering(
    facts: list[Fact], segments: list[Segment], written: set[float] | None = None
) -> set[tuple[int, int, int]]:
    """The spans whose numbers the facts say already, so that their sentence is not quoted again. A fact
    of `PARTIAL_KINDS` covers its numbers only where the facts of its sentence say at least half of it; one
    of `SHORTENED_KINDS` never does. Nor does a fact whose words hold a number the note's lines (`written`)
    never state: "dorsiflexion today five degrees on the left ten on the right" written as "Dorsiflexion 5
    degrees." leaves the ten unsaid, so the sentence is quoted beside it."""
    spans = {(f.evidence.segment, f.evidence.start, f.evidence.end) for f in facts}
    text = {s.index: s.text for s in segments}
    out = set()
    for fact in facts:
        where = (fact.evidence.segment, fact.evidence.start, fact.evidence.end)
        said = text.get(fact.evidence.segment, "")
        if fact.kind in SHORTENED_KINDS:
            continue
        if written is not None and any(n.value not in written for n in numbers_in(fact.evidence.quote)):
            continue
        if fact.kind not in PARTIAL_KINDS or not said:
            out.add(where)
            continue
        sentence = visit_services.sentence_at(said, fact.evidence.start)
        start = said.find(sentence) if sentence else -1
        if start < 0:
            out.add(where)
            continue
        inside = [
            (a, b) for seg, a, b in spans if seg == where[0] and start <= a and b <= start + len(sentence)
        ]
        if sum(b - a for a, b in inside) * 2 >= len(sentence.strip()):
            out.add(where)
    return out


def _asked_or_denied(fact: Fact, segments: list[Segment], denied: list[Denial]) -> bool:
    """A pain site or finding named in a question ("any calf pain?") or denied ("no, calf's fine") is no
    report of it: "No calf pain" must never become "Pain location: calf"."""
    if fact.negated:
        return _asked_in_the_negative(fact, segments, denied)
    if fact.kind not in ("pain_site", "finding", "device"):
        return False
    if fact.kind == "device":
        # "Do I need a splint?", "we don't need the brace": no device in use.
        said = segments[fact.evidence.segment]
        sentence = visit_services.sentence_at(said.text, fact.evidence.start)
        return bool(QUESTION.search(sentence.strip()) or kept_out(said.speaker, sentence))
    text = segments[fact.evidence.segment].text
    start = max(text.rfind(".", 0, fact.evidence.start), text.rfind("?", 0, fact.evidence.start)) + 1
    stop = min((i for i in (text.find(c, fact.evidence.end) for c in ".?!") if i >= 0), default=len(text))
    word = fact.value.split()[-1] if fact.value else ""
    if word and any(word in d.what or d.what in fact.value for d in denied):
        return True
    if QUESTION.search(text[start : stop + 1].strip()):
        answer = segments[fact.evidence.segment + 1].text if fact.evidence.segment + 1 < len(segments) else ""
        return not YES.match(answer)
    return False


def _asked_in_the_negative(fact: Fact, segments: list[Segment], denied: list[Denial]) -> bool:
    """A finding the clinician asked in the negative ("You're not having any numbness, right?", "No
    dizziness?") is no finding the clinician found: where the answer agrees, the denial's line says it; where
    it says otherwise ("Actually, yes, a little") the question and its answer are quoted, never "No
    numbness."."""
    said = segments[fact.evidence.segment]
    if fact.kind != "finding" or said.speaker != "therapist":
        return False
    if not visit_services.sentence_at(said.text, fact.evidence.start).rstrip().endswith("?"):
        return False
    word = fact.value.split()[-1] if fact.value else ""
    if word and any(d.segment == said.index and word in d.what for d in denied):
        return True
    after = segments[fact.evidence.segment + 1] if fact.evidence.segment + 1 < len(segments) else None
    return after is not None and after.speaker != "therapist" and not says_not_so(after.text)


OWN_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|nope|denies|without)\b|n't\b", re.I)


def _restates_a_denial(statement: Statement, denied: list[Denial]) -> bool:
    """The patient's "Zero numbness." or "Swallowing is fine." in answer to the question: the denial
    says it, and the quote would read as the finding present."""
    if statement.speaker == "therapist" or OWN_NEGATION.search(statement.words):
        return False  # "No coughing when drinking." says more than the denial's line, and says it denied
    words = statement.words.lower()
    return any(
        statement.segment in (d.segment, d.segment + 1)
        and re.search(rf"\b{re.escape(d.what.split()[-1])}", words)
        for d in denied
    )


def _is_evaluation(code: str) -> bool:
    known = reference_codes().get(code)
    return known is not None and known.kind in EVALUATION_KINDS


def _intervention(found: "visit_services.Services", code: str, minutes: int) -> str:
    """ "Ther ex (97110): 14 minutes; putty, wrist curls": the service, its minutes and what it was."""
    label = _label(found, code)
    parts = [_shorthand(p) for p in found.parts.get(_said_as(code), []) if p != label.lower()]
    # Aquatic exercise is the pool's whatever was practised there ("Squats (97113): 20 minutes in the pool").
    where = " in the pool" if code == visit_services.AQUATIC else ""
    return f"{_shorthand(label)} ({code}): {minutes} minutes{where}" + (
        f"; {', '.join(parts)}" if parts else ""
    )


# Clinic shorthand said as letters is written in capitals: "TE", "UBE", "PROM", "HEP".
LETTERS = re.compile(
    r"^(?:te|ube|prom|arom|aarom|nmr|stm|hep|slr|i?adls?|rom|sfa|lsvt(?: loud)?|tens|ifc)$", re.I
)


def _shorthand(label: str) -> str:
    return label.upper() if LETTERS.match(label) else label


def _said_as(code: str) -> str:
    """The code a line's service was said as: 97130 is the rest of the cognitive block said as 97129."""
    return "97129" if code == "97130" else code


def _label(found: "visit_services.Services", code: str) -> str:
    said = [m.label for m in found.mentions if m.code in (code, _said_as(code))]
    return said[-1] if said else (reference_codes()[code].description if code in reference_codes() else code)
