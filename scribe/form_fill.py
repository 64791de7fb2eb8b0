"""What the scribe can fill of an evaluation's, progress report's, re-evaluation's or discharge's form
(core.notes.forms) from what was said, each field marked as drafted for the clinician to check.

Two pure steps. `form_facts` finds, in the transcript, the facts a form asks for that the note's own
facts do not carry: goals as they are set ("her goal is to walk to the mailbox"), the plan's
frequency and duration ("twice a week for six weeks"), the prior level of function ("before the fall
she was walking a mile a day") and why care ends ("she's met all her goals", "her visits ran out").
They are kept beside the draft's facts (each with its evidence), never used to write the note's text.
Also the pain now, at its best and at its worst ("at worst it's an eight out of ten"), the manual
muscle test grades with the joint or muscle they were said of ("hip abduction 3+ out of 5 on the
left"), an evaluation's complexity as the clinician said it, the comorbidities and personal factors
said, and the clinical presentation ("her presentation is evolving").
`drafted_form` maps a draft's facts (those, the goals with their status, the range of motion and the
outcome measures, `scribe.extract`) to the form's fields, filling only the fields the note type's
form has; what the facts do not answer stays empty for the clinician.
"""

import re
from collections.abc import Iterable

from core.notes.forms import DISCHARGE_REASONS, MMT_GRADES, FormIn, fields_of
from scribe import services
from scribe.extract import RULES, Evidence, Fact
from scribe.numbers import NUMBER, value
from scribe.transcript import CLINICIAN, Segment

_TIMES = rf"(?:{NUMBER}|once|twice|thrice)"
_WEEKLY = (
    rf"(?P<f>{_TIMES})(?:\s*(?:times|x|visits|sessions|days))?\s*(?:(?:a|per|each|every|/)\s*week|weekly)\b"
)
_WEEKS = rf"(?:for|x|times|over)(?: the next| another)?\s*(?P<d>{NUMBER})\s*(?:more\s*)?(?:weeks?|wks?)\b"
_EVERY_WEEK = re.compile(
    rf"(?<![\w-])(?:{_WEEKLY}[ ,]*{_WEEKS}"
    rf"|(?:for|over)(?: the next| another)? (?P<d2>{NUMBER}) (?:more )?weeks?[ ,]*(?:at |with )?"
    rf"(?P<f2>{_TIMES})(?:\s*(?:times|x|visits|sessions|days))?\s*(?:(?:a|per|each|every|/)\s*week|weekly)\b)",
    re.IGNORECASE,
)
_WORD_TIMES = {"once": 1, "twice": 2, "thrice": 3}

_EVENT = (
    r"(?:the |her |his |my |their )?(?:fall|surgery|injury|stroke|accident|admission|hospitali[sz]ation"
    r"|fracture|replacement|diagnosis|onset|illness)"
)
_DOING = (
    r"(?:walk|run|jog|hike|work|drive|play|golf|garden|swim|lift|cook|clean|shop|climb|ride|bike|cycle"
    r"|dance|teach|care for|carry|dress|bathe|shower|knit|sew|type|write|paint|exercise|go (?:to|out|up)"
    r"|do (?:my|her|his|their|all|the|everything))"
)
_PRIOR = re.compile(
    r"(?:\bprior level of (?:function|functioning)\b|\bPLOF\b|\bat baseline,? (?:she|he|they|I|the patient)\b"
    rf"|\b(?:before|prior to) {_EVENT},? (?:she|he|they|I|we|the patient|patient)\b"
    # what the patient did before, said as a habit given up ("I used to walk three miles a day")
    rf"|\b(?:I|she|he|they|we) used to {_DOING}\b)"
    r"[^.?!]*",
    re.IGNORECASE,
)

# A goal being set (an evaluation's, a re-evaluation's new ones); goals said with their status are
# scribe.extract's "goal" facts.
_GOAL_SET = re.compile(
    r"\b(?:(?:short|long)[- ]term |functional |(?:her|his|my|their|the patient's|patient's|main) )?goals? "
    r"(?:is|are|will be|would be|:)(?: for (?:her|him|them|me))?(?: to| that)? (?P<goal>[^.?!]{3,300})",
    re.IGNORECASE,
)
_GOAL_SPLIT = re.compile(
    r";|,? and (?:to |(?:be able to ))|, (?:and )?(?:second|third|another)(?: one)?(?: is)?,? ", re.I
)
_GOAL_STATUS = {
    "met": "met",
    "achieved": "met",
    "partially met": "progressing",
    "progressing": "progressing",
    "ongoing": "progressing",
    "not met": "not met",
}
_STATUS_TAIL = re.compile(
    r"[\s,:-]*(?:(?:which |and )?(?:is|was|has been|have been|are|were|now|she's|he's|it's|that's)\s+)?"
    r"(?:partially met|not met|met|progressing|ongoing|achieved)\b.*$",
    re.IGNORECASE,
)
_GOAL_HEAD = re.compile(
    r"^(?:(?:short|long)[- ]term |functional )?goals?(?: number)?(?: (?:one|two|three|four|five|\d))?"
    r"[\s,:-]*(?:(?:of|to|for|is|was)\b\s*)?",
    re.IGNORECASE,
)

# Why care ends, in the words clinicians and patients use for each of the form's reasons.
_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(rx, re.IGNORECASE))
    for reason, rx in (
        (
            "goals met",
            r"\b(?:met|achieved|reached) (?:all|each|every one) of (?:her|his|my|their|the) goals"
            r"|\b(?:met|achieved|reached) all (?:of )?(?:her|his|my|their|the )?goals"
            r"|\ball (?:of )?(?:her|his|my|their|the )?goals (?:are|were|have been|got|have|'ve been) "
            r"(?:all )?(?:met|achieved|reached)",
        ),
        (
            "plateau: no further progress expected",
            r"\bplateau(?:ed|ing|s)?\b|\bno further (?:progress|gains|improvement)\b"
            r"|\bnot making (?:any )?(?:more |further )?(?:progress|gains)\b",
        ),
        (
            "patient's request",
            r"\b(?:wants|would like|asked|decided|chose|prefers?) to "
            r"(?:stop|discontinue|end|quit|be discharged)"
            r"|\bat (?:her|his|their|the patient's|my) (?:own )?request\b",
        ),
        (
            "stopped attending",
            r"\bstopped (?:coming|attending|showing up)\b"
            r"|\bhas(?:n't| not) been (?:coming|attending|showing up)\b",
        ),
        (
            "visits or authorization used up",
            r"\b(?:visits|authori[sz]ation|auth|benefits?|insurance) (?:has |have )?"
            r"(?:ran|run|running|are used|were used|is used) (?:out|up)\b"
            r"|\bused (?:up )?all (?:of )?(?:her|his|their|my|the) (?:visits|authori[sz]ed visits)\b"
            r"|\bout of (?:authori[sz]ed )?visits\b|\bno (?:more )?visits left\b",
        ),
        (
            "referred elsewhere or moved",
            r"\b(?:referring|refer|referred) (?:her|him|them|me) (?:on |back )?to\b"
            r"|\bmov(?:ing|ed|es) (?:away|out of (?:state|town|the area)"
            r"|to (?:another|a different) (?:state|city|town))"
            r"|\brelocat(?:ing|ed|es)\b",
        ),
        (
            "change in medical condition",
            r"\b(?:admitted|readmitted) to (?:the )?hospital\b"
            r"|\bchange in (?:her|his|their|my )?medical (?:condition|status)\b",
        ),
    )
)
_NEGATED_BEFORE = re.compile(
    r"\b(?:not|never|no|n't|doesn't|don't|isn't|hasn't|won't|if)\W+(?:\w+\W+){0,2}$", re.I
)


# A pain score said of a time: the clause before it names when ("at worst", "right now").
_PAIN_SCORE = re.compile(rf"\b(?P<n>{NUMBER})\s*(?:out of|/|over)\s*(?:ten|10)\b", re.IGNORECASE)
_PAIN_WORDS = re.compile(r"\b(?:pain|hurts?|hurting|sore|soreness|aches?|aching|discomfort)\b", re.I)
_PAIN_WHEN = (
    ("worst", re.compile(r"\b(?:worst|at (?:its|the) (?:highest|most)|max(?:imum)?|flares? up to)\b", re.I)),
    ("best", re.compile(r"\b(?:best|at (?:its|the) (?:lowest|least)|min(?:imum)?)\b", re.I)),
    ("now", re.compile(r"\b(?:now|currently|today|at rest|at present|at the moment|this morning)\b", re.I)),
)
_PAST = re.compile(
    r"\b(?:last (?:week|time|visit|month)|yesterday|ago|used to|before (?:the|her|his|my))\b", re.I
)
_CLAUSE_END = re.compile(r"[,;:.?!]|\bbut\b|\band\b")

# A manual muscle test grade and what it was said of: a joint and its motion, or a muscle group.
_GRADE = re.compile(
    rf"\b(?P<n>{NUMBER})(?:\s*(?P<sign>plus|minus|\+|-))?\s*(?:over|out of|/)\s*(?:five|5)\b", re.IGNORECASE
)
_MUSCLES = (
    r"quad(?:ricep)?s|hamstrings?|glute(?:us)? (?:medius|maximus)|glutes?|hip flexors?|hip abductors?"
    r"|hip extensors?|dorsiflexors?|plantar ?flexors?|deltoids?|biceps|triceps|rotator cuff|grip|core"
)
_SIDE = re.compile(r"\b(left|right|bilateral(?:ly)?|both sides)\b", re.I)
_JOINT = re.compile(rf"\b(?:{'|'.join(RULES['joints'])}|{_MUSCLES})\b", re.I)
_MOTION = re.compile(rf"\b(?:{'|'.join(sorted(RULES['motions'], key=len, reverse=True))})\b", re.I)

_PRESENTATION = re.compile(
    r"\bpresentation (?:is |was |seems |looks |appears )?(?:fairly |pretty |quite |very )?"
    r"(?P<p>stable|evolving|unstable)\b|\b(?P<p2>stable|evolving|unstable)(?: clinical)? presentation\b",
    re.IGNORECASE,
)


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause's words before `start` and after `end`, up to a comma, a full stop or a 'but'."""
    before = text[max(0, start - 80) : start]
    cuts = list(_CLAUSE_END.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    after = text[end : end + 40]
    cut = _CLAUSE_END.search(after)
    return before, after[: cut.start()] if cut else after


def _pain_levels(segment: Segment) -> list[Fact]:
    out = []
    for sentence in re.finditer(r"[^.?!]+[.?!]?", segment.text):
        if not _PAIN_WORDS.search(sentence.group(0)) or sentence.group(0).rstrip().endswith("?"):
            continue
        for m in _PAIN_SCORE.finditer(segment.text, sentence.start(), sentence.end()):
            score = value(m.group("n"))
            if not 0 <= score <= 10 or score != int(score):
                continue
            before, after = _clause_around(segment.text, m.start(), m.end())
            when = next((w for w, rx in _PAIN_WHEN if rx.search(before) or rx.search(after)), "")
            if not when and _PAST.search(before + after):
                continue  # a score of another day
            fact = _fact("pain_level", "pain", f"{score:g}", segment, m.start(), m.end(), when or "now")
            out.append(fact)
    return out


def _nearest(pattern: re.Pattern[str], before: str, after: str) -> re.Match[str] | None:
    """The last match before the grade in its clause, else the first after it."""
    said = list(pattern.finditer(before))
    return said[-1] if said else pattern.search(after)


def _muscle_tests(segment: Segment) -> list[Fact]:
    out = []
    for m in _GRADE.finditer(segment.text):
        sign = {"plus": "+", "minus": "-"}.get((m.group("sign") or "").lower(), m.group("sign") or "")
        grade = f"{value(m.group('n')):g}{sign}"
        if grade not in MMT_GRADES:
            continue
        before, after = _clause_around(segment.text, m.start(), m.end())
        joint = _nearest(_JOINT, before, after)
        if joint is None:
            continue  # a grade said of nothing named: the clinician fills the row
        motion, side = _nearest(_MOTION, before, after), _nearest(_SIDE, before, after)
        said = side.group(1).lower() if side else ""
        row = "|".join(
            (
                joint.group(0).lower(),
                motion.group(0).lower() if motion else "",
                "bilateral" if said.startswith(("bilateral", "both")) else said,
            )
        )
        out.append(_fact("muscle_test", row, grade, segment, m.start(), m.end(), "/5"))
    return out


def _evaluation_facts(segment: Segment) -> list[Fact]:
    """What an evaluation's complexity rests on: the level said, the history, the presentation."""
    out = []
    if segment.speaker == CLINICIAN and (said := services.complexity_in(segment.text)):
        level, m = said
        out.append(_fact("complexity", "evaluation complexity", level, segment, *m.span()))
    for term in services.comorbidities([segment]):
        at = segment.text.lower().find(term)
        if at >= 0:
            out.append(_fact("history", "personal factor or comorbidity", term, segment, at, at + len(term)))
    for m in _PRESENTATION.finditer(segment.text):
        shown = (m.group("p") or m.group("p2")).lower()
        out.append(_fact("presentation", "clinical presentation", shown, segment, *m.span()))
    return out


def _times(said: str) -> float:
    return _WORD_TIMES.get(said.lower(), 0) or value(said)


def _fact(kind: str, text: str, said: str, segment: Segment, start: int, end: int, unit: str = "") -> Fact:
    return Fact(
        kind=kind,
        text=text,
        value=said,
        unit=unit,
        negated=False,
        evidence=Evidence(segment.index, start, end, segment.text[start:end]),
        speaker=segment.speaker,
    )


def _clause(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    return text[:1].upper() + text[1:]


def form_facts(segments: Iterable[Segment]) -> list[Fact]:
    """The facts a note's form asks for, each with the words it came from."""
    out: list[Fact] = []
    for segment in segments:
        text = segment.text
        for m in _EVERY_WEEK.finditer(text):
            times, weeks = _times(m.group("f") or m.group("f2")), value(m.group("d") or m.group("d2"))
            out.append(
                _fact("frequency", "visits a week", f"{times:g}", segment, m.start(), m.end(), "/week")
            )
            out.append(_fact("duration", "weeks of care", f"{weeks:g}", segment, m.start(), m.end(), "weeks"))
        for m in _PRIOR.finditer(text):
            if text[m.end() : m.end() + 1] == "?":
                continue  # asked, not said
            out.append(
                _fact("prior_level", "prior level of function", _clause(m.group(0)), segment, *m.span())
            )
        for m in _GOAL_SET.finditer(text):
            if text[m.end() : m.end() + 1] == "?":
                continue
            if _STATUS_TAIL.search(m.group("goal")):
                continue  # a goal said with its status is scribe.extract's "goal" fact
            for part in _GOAL_SPLIT.split(m.group("goal")):
                if len(part.strip()) >= 3:
                    out.append(_fact("goal_set", "goal", _clause(part), segment, m.start(), m.end()))
        for reason, pattern in _REASONS:
            for m in pattern.finditer(text):
                if not _NEGATED_BEFORE.search(text[: m.start()]):
                    out.append(_fact("discharge_reason", "reason for discharge", reason, segment, *m.span()))
        out += _pain_levels(segment) + _muscle_tests(segment) + _evaluation_facts(segment)
    return out


# Words that say no goal on their own: a number, its unit, a filler ("eighty percent, so").
_NOT_A_GOAL = frozenset(
    "so and that that's the a an was were is are it its it's goal goals under over above below percent "
    "point met with without from into this".split()
)
_NUMBER_WORD = re.compile(rf"^{NUMBER}$", re.IGNORECASE)
_TRAILING_FILLER = re.compile(r"(?:[\s,;:-]+(?:so|and|that's|that|so that|the|goal'?s?|is))+$", re.IGNORECASE)


def _goal_text(fact: Fact) -> str:
    """A goal as the form lists it: the words said, without 'goal one' before it or its status after;
    "" where what is left says no goal ("Goals met.", "Eighty percent, so that goal's met"), or is the
    clinician talking about themselves ("sorry, I'm reading my note out loud")."""
    text = _STATUS_TAIL.sub("", _GOAL_HEAD.sub("", fact.value.strip(" -—–,"))).strip(" ,;:-—–")
    text = _TRAILING_FILLER.sub("", text).strip(" ,;:-—–")
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    content = [w for w in words if w.lower() not in _NOT_A_GOAL and not _NUMBER_WORD.match(w) and len(w) > 2]
    if len(content) < 2 or re.search(r"\b(?:I|I'm|I've|sorry)\b", text):
        return ""
    return _clause(text)[:300]


def _content(text: str) -> set[str]:
    return {
        w.lower()
        for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)
        if len(w) > 3 and w.lower() not in _NOT_A_GOAL and not _NUMBER_WORD.match(w)
    }


def _last(facts: list[Fact], kind: str, unit: str | None = None) -> Fact | None:
    found = [f for f in facts if f.kind == kind and (unit is None or f.unit == unit)]
    return found[-1] if found else None


def _pain(usable: list[Fact]) -> dict[str, int]:
    """The pain now, at best and at worst as last said; a best said above the worst is the clinician's
    to sort out, not the scribe's to guess."""
    out: dict[str, int] = {}
    for when in ("now", "best", "worst"):
        fact = _last(usable, "pain_level", when)
        if fact is None and when == "now" and (said := _last(usable, "pain")) is not None:
            fact = said
        if fact is not None:
            score = value(fact.value.split("/")[0])
            if 0 <= score <= 10:
                out[f"pain_{when}"] = int(score)
    if out.get("pain_best", -1) > out.get("pain_worst", 11):
        out.pop("pain_best"), out.pop("pain_worst")
    return out


def _rom_rows(usable: list[Fact]) -> list[dict[str, object]]:
    """Each joint's motion as last measured ("left knee flexion 95 degrees"); one without a joint named
    is left for the clinician."""
    rows: dict[tuple[str, str, str], dict[str, object]] = {}
    for fact in (f for f in usable if f.kind == "range_of_motion"):
        label = fact.text.lower()
        side = next((w for w in ("left", "right") if label.startswith(w + " ")), "")
        motion = _MOTION.search(label)
        joint = label.removeprefix(side).strip()
        if motion is not None:
            joint = (label[: motion.start()].removeprefix(side) + label[motion.end() :]).strip()
        # A motion short of neutral is written signed ("-5"): its value is the figure with its sign.
        degrees = float(fact.value) if re.fullmatch(r"-?\d+(?:\.\d+)?", fact.value) else value(fact.value)
        if motion is None or len(joint) < 2 or not -90 <= degrees <= 360:
            continue
        key = (joint, motion.group(0), side)
        rows[key] = {"joint": joint, "motion": motion.group(0), "side": side, "degrees": round(degrees)}
    return list(rows.values())[:20]


def _mmt_rows(usable: list[Fact]) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for fact in (f for f in usable if f.kind == "muscle_test"):
        joint, motion, side = fact.text.split("|")
        rows[fact.text] = {"joint": joint, "motion": motion, "side": side, "grade": fact.value}
    return list(rows.values())[:20]


def _outcome_rows(usable: list[Fact]) -> list[dict[str, object]]:
    """Each measure's last score; its MCID is core's table's (core.notes.forms.OutcomeIn)."""
    rows: dict[str, dict[str, object]] = {}
    for fact in (f for f in usable if f.kind == "outcome_measure"):
        rows[fact.text] = {"measure": fact.text, "score": float(fact.value), "unit": fact.unit}
    return list(rows.values())[:12]


# The body systems an evaluation examined, as the facts show them (CPT 97161-97163 count body
# structures and functions, activity limitations and participation restrictions).
_EXAMINED = {
    "range_of_motion": "range of motion",
    "muscle_test": "muscle strength",
    "strength": "grip strength",
}
_MEASURE_EXAMINES = {
    "Berg": "balance",
    "FIST": "balance",
    "TUG": "gait",
    "6MWT": "gait and endurance",
    "30s sit-to-stand": "transfers",
    "LEFS": "activity limitations",
    "ODI": "activity limitations",
    "NDI": "activity limitations",
    "QuickDASH": "activity limitations",
}


def _complexity(usable: list[Fact]) -> dict[str, str]:
    out: dict[str, str] = {}
    if (said := _last(usable, "complexity")) is not None:
        out["complexity"] = said.value
    history = list(dict.fromkeys(f.value for f in usable if f.kind == "history"))
    if history:
        out["complexity_history"] = ", ".join(history)[:300]
    examined = [_EXAMINED[f.kind] for f in usable if f.kind in _EXAMINED]
    examined += ["pain" for f in usable if f.kind in ("pain", "pain_level")]
    examined += [
        _MEASURE_EXAMINES[f.text]
        for f in usable
        if f.kind == "outcome_measure" and f.text in _MEASURE_EXAMINES
    ]
    if examined:
        out["complexity_body_systems"] = ", ".join(dict.fromkeys(examined))[:300]
    if (presentation := _last(usable, "presentation")) is not None:
        out["complexity_presentation"] = presentation.value
    return out


def drafted_form(
    note_type: str, facts: Iterable[Fact], in_force: Iterable[str] = (), discipline: str = ""
) -> FormIn | None:
    """The note type's form filled from the draft's facts, each filled field in `drafted`; None for a
    note type without a form (a daily note). `in_force` are the goals of the plan in force (a report's
    rows, core.notes.workflow.goals_in_force): a goal said with its status that shares two words of
    content with one of them gives that row its status; any other goal said is a row of its own."""
    have = fields_of(note_type, discipline)
    if not have:
        return None
    usable = [f for f in facts if not (f.negated or f.hypothetical or f.other_person or f.historical)]
    filled: dict[str, object] = {}
    drafted: list[str] = []
    goals: dict[str, dict[str, str]] = {}
    if "goal_status" in have:
        for text in in_force:
            goals.setdefault(text.lower(), {"text": text, "status": ""})
    # Every status said, of a goal named or not ("Goals met."): what a discharge's reason may follow.
    statuses = [_GOAL_STATUS.get(f.unit, "") for f in usable if f.kind == "goal"]
    if "goal_status" in have and any(f.kind == "discharge_reason" and f.value == "goals met" for f in usable):
        # "She's met all her goals": each goal in force is met, the ones said otherwise aside.
        for goal in goals.values():
            goal["status"] = "met"
    for fact in usable:
        if fact.kind in ("goal", "goal_set"):
            text = _goal_text(fact) if fact.kind == "goal" else _clause(fact.value)[:300]
            if not text:
                continue
            status = _GOAL_STATUS.get(fact.unit, "") if "goal_status" in have and fact.kind == "goal" else ""
            words = _content(text)
            same = next(
                (key for key in goals if status and len(words & _content(goals[key]["text"])) >= 2), None
            )
            if same is not None:
                goals[same]["status"] = status
            # The same goal said again keeps its latest status.
            elif text.lower() not in goals or status:
                goals[text.lower()] = {"text": text, "status": status}
    if "goals" in have and goals:
        kept = list(goals.values())[:12]
        filled["goals"] = kept
        drafted.append("goals")
        if any(g["status"] for g in kept):
            drafted.append("goal_status")
    if "frequency_per_week" in have:
        # The last plan said is the one that stands ("twice a week... make that three times").
        times = [int(float(f.value)) for f in usable if f.kind == "frequency" and 1 <= float(f.value) <= 7]
        weeks = [int(float(f.value)) for f in usable if f.kind == "duration" and 1 <= float(f.value) <= 52]
        if times:
            filled["frequency_per_week"] = times[-1]
            drafted.append("frequency_per_week")
        if weeks:
            filled["duration_weeks"] = weeks[-1]
            drafted.append("duration_weeks")
    if "prior_level" in have:
        said = list(dict.fromkeys(f.value for f in usable if f.kind == "prior_level"))
        if said:
            filled["prior_level"] = " ".join(s.rstrip(".") + "." for s in said)[:2000]
            drafted.append("prior_level")
    if "discharge_reason" in have:
        reasons = [f.value for f in usable if f.kind == "discharge_reason" and f.value in DISCHARGE_REASONS]
        if not reasons and statuses and all(s == "met" for s in statuses):
            reasons = ["goals met"]
        if reasons:
            filled["discharge_reason"] = reasons[0]
            drafted.append("discharge_reason")
    measured: dict[str, object] = {
        **_pain(usable),
        "rom": _rom_rows(usable),
        "mmt": _mmt_rows(usable),
        "outcomes": _outcome_rows(usable),
    }
    if "complexity" in have:
        measured.update(_complexity(usable))
    for name, measure in measured.items():
        if name in have and measure not in ([], ""):
            filled[name] = measure
            drafted.append(name)
    return FormIn.model_validate({**filled, "drafted": drafted})
