"""What the scribe can fill of an evaluation's, progress report's, re-evaluation's or discharge's form
(core.notes.forms) from what was said, each field marked as drafted for the clinician to check.

Two pure steps. `form_facts` finds, in the transcript, the facts a form asks for that the note's own
facts do not carry: goals as they are set ("her goal is to walk to the mailbox"), the plan's
frequency and duration ("twice a week for six weeks"), the prior level of function ("before the fall
she was walking a mile a day") and why care ends ("she's met all her goals", "her visits ran out").
They are kept beside the draft's facts (each with its evidence), never used to write the note's text.
`drafted_form` maps a draft's facts (those and the goals with their status, `scribe.extract`) to the
form's fields, filling only the fields the note type's form has; what the facts do not answer stays
empty for the clinician.
"""

import re
from collections.abc import Iterable

from core.notes.forms import DISCHARGE_REASONS, FormIn, fields_of
from scribe.extract import Evidence, Fact
from scribe.numbers import NUMBER, value
from scribe.transcript import Segment

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


def drafted_form(note_type: str, facts: Iterable[Fact], in_force: Iterable[str] = ()) -> FormIn | None:
    """The note type's form filled from the draft's facts, each filled field in `drafted`; None for a
    note type without a form (a daily note). `in_force` are the goals of the plan in force (a report's
    rows, core.notes.workflow.goals_in_force): a goal said with its status that shares two words of
    content with one of them gives that row its status; any other goal said is a row of its own."""
    have = fields_of(note_type)
    if not have:
        return None
    usable = [f for f in facts if not (f.negated or f.hypothetical or f.other_person)]
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
        filled["goals"] = list(goals.values())[:12]
        drafted.append("goals")
        if any(g["status"] for g in filled["goals"]):  # type: ignore[attr-defined]
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
    return FormIn.model_validate({**filled, "drafted": drafted})
