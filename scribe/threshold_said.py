"""What the treating clinician said of the patient's yearly therapy threshold (Medicare's KX threshold).

The record counts only this clinic's charges; spending at another provider earlier in the year (the
spring's shoulder therapy elsewhere) is known to the clinic from the payer's eligibility reply, and is
said in the session: "your Medicare therapy total is past the threshold, so we add the KX modifier".
A sentence that says the threshold is not passed ("not at the threshold yet", "if you're still under
it", "we'll hit it next month") never reads as passed."""

import re
from dataclasses import dataclass

from scribe.transcript import Segment

# No sentence ends after letters written with stops ("the P.T. threshold").
_SENTENCE = re.compile(r"(?<=[.!?;])(?<![A-Za-z]\.[A-Za-z]\.)\s+")
# A discipline's cap is the year's only with the year named ("the PT cap for the year", `_YEARS_OWN`).
_THRESHOLD = re.compile(
    r"\b(?:threshold|therapy cap|the cap)\b"
    r"|\b(?:(?:o|p)\.?\s?t\.?|slp)\s+cap(?=\s+(?:for\s+the|this)\s+year\b)",
    re.I,
)
_KX = re.compile(r"\bk\s?x\b(?:\s+modifier)?", re.I)
# Words that make the threshold a future or a denial anywhere in its clause: "not over", "under",
# "close to", "will pass".
_NOT_PASSED = re.compile(
    r"n't\b|\b(?:not|never|no|under|below|close to|near(?:ly)?|almost|approaching|"
    r"will|going to|gonna|about to|might|may|could|would|by (?:next|the end))\b",
    re.I,
)
# Words that make it a condition, only where they open the clause of the verb ("if you're still under",
# "when your total goes past"): "before we start, heads up from billing: your therapy went over" and
# "your therapy after the stroke went over" say it passed (blind23, spoken run-ons with no commas).
_CONDITION = re.compile(
    r"\b(?:if|until|once|when|(?:after|before)(?=\s+(?:you|we|i|it|he|she|they|your|his|her|their|that|this)\b)"
    # ("quick note before we start you are past the medicare threshold": the time of the remark, no condition)
    r"(?!\s+(?:we|i)\s+(?:start|begin|get\s+(?:started|going)|go)\b))\b",
    re.I,
)
_CONDITION_WORDS = 6
# The verb passes the threshold itself ("is past the Medicare"), not a meeting or a talk about it ("met with
# your case manager about the", "went over the threshold with you").
_PASSES_IT = re.compile(
    r"\b(?:past|over|above|beyond|passed|exceeded|crossed|hit|reached|met)\s+"
    r"(?:(?!(?:with|about|to|on|for)\b)[\w'-]+(?:\.[\w'-]*)*\s+){0,3}"
    # ("past the yearly o t threshold": a discipline's letters as a recogniser writes them are one word)
    r"(?:(?:o|p)\.?\s(?:t\.?\s+))?$",
    re.I,
)
# Said of another year, asked, explained to someone, or taken back ("... but I checked and it isn't").
_NOT_THIS_YEAR = re.compile(
    r"\blast year\b|\bin 20\d\d\b|\b(?:went|go|going|gone)\s+over\b[^.?!]*\bwith (?:you|him|her|them)\b", re.I
)
_TAKEN_BACK = re.compile(r"\bbut\b[^.?!]*(?:n't|\bnot)\b", re.I)
_ASKED = re.compile(r"\?\s*$|^\s*(?:did|does|do|is|are|has|have|was|were|will|can|could)\b", re.I)
# A door's threshold is walked over: the sentence must be about the year's therapy money, named as money or
# as the year's therapy ("your occupational therapy this year is past the threshold", "you've passed this
# year's therapy threshold"; blind30), never by "therapy" alone ("your pain went above the threshold today
# during therapy").
_BILLING = re.compile(
    r"\b(?:medicare|spending|total|billing|dollars|insurance|k\s?x)\b"
    r"|\btherapy\s+(?:threshold|this year)\b|\bthis year'?s\s+(?:[\w-]+\s+){0,2}therapy\b"
    r"|\b(?:yearly|annual)\s+(?:[\w-]+\s+){0,2}(?:therapy|threshold)\b",
    re.I,
)
# "you're past the OT threshold for the year" (blind38): the year named after a discipline's threshold or a
# cap, never after a bare threshold ("your pain went over the threshold this year during therapy") nor a
# "speech threshold" (a hearing measure). Named so, with no money word, it is read only as the patient's
# own and as passed now (`_PATIENT_PASSED`, `_NOT_NOW`).
_YEARS_OWN = re.compile(
    r"\b(?:(?:o|p)\.?\s?t\.?|slp)\s+(?:threshold|cap)\s+(?:for\s+the|this)\s+year\b"
    r"|\bcap\s+(?:for\s+the|this)\s+year\b",
    re.I,
)
# The patient as the one past it ("you're well past", "you went past", "we're over", "this puts you past"),
# not another person ("your husband is past") nor a would-be or an expectation ("you'd be past", "you
# should be past").
_PATIENT_PASSED = re.compile(
    # ("youre past", "youve gone over": the recogniser's words, written with no apostrophe)
    r"\b(?:you(?:re|ve)?|she|he|we)(?:['\u2019](?:re|ve|s))?"
    r"(?:\s+(?:are|is|have|has|went|got|gone|now|well|already|officially|just|way|definitely))*"
    r"\s+(?:past|over|above|beyond|passed|exceeded|crossed|hit|reached|met)\b"
    r"|\bputs?\s+(?:you|her|him|us)\s+(?:\w+\s+)?(?:past|over|above|beyond)\b",
    re.I,
)
_NOT_NOW = re.compile(
    r"\b(?:if|unless|would|should|will be)\b|['\u2019]d\b"
    r"|\bby\s+(?:the end|next|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    re.I,
)
_NECESSARY = re.compile(r"\bmedically necessary\b|\bstill need(?:s)? (?:it|this|therapy)\b", re.I)


@dataclass(frozen=True)
class ThresholdSaid:
    segment: int
    quote: str
    necessity_said: bool


def threshold_passed(segments: list[Segment]) -> ThresholdSaid | None:
    """The clinician's words saying this year's therapy spending is past the threshold, if any turn does."""
    for index, segment in enumerate(segments):
        if segment.speaker != "therapist":
            continue
        sentences = [s for s in _SENTENCE.split(segment.text) if s.strip()]
        for at, sentence in enumerate(sentences):
            found = _THRESHOLD.search(sentence)
            billing = bool(_BILLING.search(sentence))
            if found is not None and not billing and _YEARS_OWN.search(sentence):
                before = sentence[: found.start()]
                if not _PATIENT_PASSED.search(before) or _NOT_NOW.search(sentence):
                    continue
                billing = True
            if (
                found is None
                or not billing
                or _ASKED.search(sentence)
                or _NOT_THIS_YEAR.search(sentence)
                or _TAKEN_BACK.search(sentence[found.end() :])
                or not _passed(sentence[: found.start()])
            ):
                continue
            # The KX and the necessity are often the next sentence ("So we add the KX modifier, and
            # I document that this is medically necessary."): the turn's next two are kept with it.
            said = sentences[at : at + 3]
            kept = [said[0], *(s for s in said[1:] if _KX.search(s) or _NECESSARY.search(s))]
            quote = " ".join(s.strip() for s in kept)
            necessary = bool(_NECESSARY.search(quote)) or _necessity_after(segments, index)
            return ThresholdSaid(index, quote, necessary)
    return None


# The clinician's turns after the threshold's that may still be about it: the patient asks "Is it?" or
# "What's that?" and the clinician answers "It tells Medicare the therapy is still medically necessary".
_TURNS_AFTER = 4


def _necessity_after(segments: list[Segment], index: int) -> bool:
    """Whether the clinician says the therapy is medically necessary in the next few turns, in a sentence
    that is no question ("Is it still medically necessary?") and no denial ("not medically necessary")."""
    for segment in segments[index + 1 : index + 1 + _TURNS_AFTER]:
        if segment.speaker != "therapist":
            continue
        for sentence in _SENTENCE.split(segment.text):
            # "No, it tells Medicare the treatment is still medically necessary" answers "Is it bad?"
            said = _ANSWERED_NO.sub("", sentence)
            found = _NECESSARY.search(said)
            if (
                found
                and not _ASKED.search(said)
                and not _NOT_PASSED.search(said[: found.start()])
                and not _UNLESS.search(said[: found.start()])
            ):
                return True
    return False


_ANSWERED_NO = re.compile(r"^\W*(?:no+|nope|nah)\b\W*", re.I)
_UNLESS = re.compile(r"\b(?:if|unless|whether|once|until)\b", re.I)


# "You'll probably hit the OT threshold for the year in November": a future, as "will" is; kept apart from
# _NOT_PASSED, which also reads the necessity's words ("I'll note it's medically necessary" says it).
_WILL = re.compile(r"['\u2019]ll\b", re.I)


def _passed(before: str) -> bool:
    """`before`: a sentence's words up to "threshold", whose own clause carries the verb ("is past the")."""
    clause = re.split(r"[,;:]|\b(?:so|because|but|and)\b", before)[-1]
    verb = _PASSES_IT.search(clause)
    if verb is None or _NOT_PASSED.search(clause) or _WILL.search(clause):
        return False
    opening = " ".join(clause[: verb.start()].split()[-_CONDITION_WORDS:])
    return not _CONDITION.search(opening)


def added_from_words(said: ThresholdSaid) -> str:
    """The warning on a draft coded from the words alone (no record of the year's spending to hand)."""
    return (
        f"KX added from the session's words (\"{said.quote}\"): confirm this year's therapy spending, here "
        "and at other providers, is past the threshold before signing"
    )


def not_on_record(said: ThresholdSaid) -> str:
    """The warning where the record's spending this year does not pass the threshold the session says."""
    return (
        f'The session says the yearly therapy threshold is passed ("{said.quote}"), but the charges on '
        "record this year do not pass it, so signing bills without KX: record the spending at other "
        "providers from the payer's eligibility reply, or confirm no KX is due"
    )
