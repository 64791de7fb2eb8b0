"""Minutes a recording may have said that the words heard cannot bill with confidence: what the draft
marks for the clinician to confirm (`scribe.draft`'s review marks), where a line billed on the words as
heard, or a service left out unseen, would be a guess nobody made. Each rule reads the transcript's
text alone, so a typed transcript is read the same way; on typed sessions none of them fires where the
clinician said a service's count plainly.

- A count lost before "minutes": "about time, minutes on soft tissue" (said "about nine minutes of soft
  tissue"), "we did, uh, minutes of ther ex": a service named right after "minute(s) of/on" with no count
  before it, where no quantity word ("a few", "several", "how many") says none was meant, and the
  service was given no minutes anywhere in the visit.
- A count that is no plausible count of minutes: "at 1.5 minutes of ther ex" (said "about nine
  minutes"), "1-14 minutes": a fraction or two counts joined, where the draft would bill what it
  could read of them.
- A count said in a short turn given to someone else: "Nine minutes," heard as the patient's right
  after the clinician named the service without its minutes ("we did the tendon glides ... how long,
  nine, ten?"): a turn of a few words is too short for its voice to be placed surely (`scribe.speakers`),
  and only the clinician's words create a service, so the service goes unbilled unseen.
"""

import re

from core.billing.reference import codes as reference_codes
from scribe import services as visit_services
from scribe.numbers import numbers_in
from scribe.transcript import CLINICIAN, Segment

# Words before "minutes" that say how many without a count: "a few minutes of hands-on", "how many
# minutes of ther ex", "the minutes of manual". A count was not lost there.
_QUANTITY = {
    "a", "an", "the", "few", "couple", "several", "some", "many", "more", "extra", "additional", "those",
    "these", "that", "this", "all", "last", "first", "next", "each", "every", "per", "of", "any", "no",
    "other", "remaining", "total", "your", "my", "our", "his", "her", "their", "what", "whose", "half",
}  # fmt: skip
_MINUTES_OF = re.compile(r"\bmin(?:ute)?s?\s+(?:of|on)\s+(?:the\s+)?", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w'.-]+)\W*$")
# A count of minutes written as a fraction or as two counts joined: "1.5 minutes", "1-14 minutes".
_ODD_COUNT = re.compile(r"(?<![\w.-])(\d+(?:\.\d+|-\d+))\s+min(?:ute)?s?\b", re.IGNORECASE)
# A turn this short (words) is one the speaker labelling cannot place surely.
_SHORT_TURN_WORDS = 4
_MINUTE_COUNT = re.compile(r"\bmin(?:ute)?s?\b", re.IGNORECASE)


def _lost_counts(found: "visit_services.Services", segments: list[Segment]) -> dict[str, str]:
    review: dict[str, str] = {}
    for segment in segments:
        if segment.speaker != CLINICIAN:
            continue
        text = segment.text
        marks = [(m, "no count of minutes before it") for m in _MINUTES_OF.finditer(text)]
        marks += [(m, "a count that is no count of minutes") for m in _ODD_COUNT.finditer(text)]
        for m, why in marks:
            if m.re is _MINUTES_OF:
                before = _WORD_BEFORE.search(text[: m.start()])
                if before and (numbers_in(before.group(1)) or before.group(1).lower() in _QUANTITY):
                    continue
                named = [a for a in visit_services.activities(text[m.end() :]) if a.start == 0]
            else:
                # The service named right after ("1.5 minutes of ther ex"), else in its sentence.
                after = re.match(r"\s*(?:of|on)\s+(?:the\s+)?", text[m.end() :])
                named = [
                    a
                    for a in visit_services.activities(text[m.end() + after.end() :] if after else "")
                    if a.start == 0
                ] or visit_services.activities(visit_services.sentence_at(text, m.start()))
            for act in named:
                code = act.code
                if code in found.minutes or code in review or code in found.untimed:
                    continue
                review[code] = (
                    f'{code}: its minutes were heard as "{m.group(0).strip()}", {why}, where one may have '
                    "been said: confirm whether and how long it was given before signing"
                )
    return review


def _odd_counts(found: "visit_services.Services", segments: list[Segment]) -> dict[str, str]:
    review: dict[str, str] = {}
    for mention in found.mentions:
        if mention.code not in found.minutes or mention.code in review:
            continue
        text = segments[mention.segment].text if mention.segment < len(segments) else ""
        odd = [
            m
            for m in _ODD_COUNT.finditer(text)
            if any(m.start() < b and a < m.end() for a, b in mention.said_at)
        ]
        if odd:
            review[mention.code] = (
                f'{mention.code}: its minutes were heard as "{odd[0].group(0)}", which is no count of '
                "minutes: confirm them before signing"
            )
    return review


def _counts_heard_as_others(found: "visit_services.Services", segments: list[Segment]) -> dict[str, str]:
    review: dict[str, str] = {}
    for k, segment in enumerate(segments):
        if segment.speaker == CLINICIAN or len(segment.text.split()) > _SHORT_TURN_WORDS:
            continue
        if not (numbers_in(segment.text) and _MINUTE_COUNT.search(segment.text)):
            continue
        counts = {n.value for n in numbers_in(segment.text)}
        # The clinician's turn just before (one other short turn between at most).
        for j in range(k - 1, max(-1, k - 3), -1):
            if segments[j].speaker != CLINICIAN:
                continue
            said = segments[j].text
            if counts & {n.value for n in numbers_in(said) if _MINUTE_COUNT.match(said[n.end :].lstrip())}:
                break  # "Thirty minutes. Okay.": the clinician's own minutes said back
            for act in visit_services.activities(said):
                code = act.code
                timed = code in reference_codes() and reference_codes()[code].timed
                if not timed or code in found.minutes or code in review or code not in found.named:
                    continue
                review[code] = (
                    f'{code}: named without its minutes, and "{segment.text.strip()}" was heard right after '
                    f"in a short turn given to the {segment.speaker}: confirm who said it and the minutes "
                    "before signing"
                )
            break
    return review


def doubts(found: "visit_services.Services", segments: list[Segment]) -> dict[str, str]:
    """The codes whose minutes the words heard put in doubt by the rules of this module, each with the
    warning that asks for a look (codes already billed plainly or marked elsewhere are the caller's)."""
    review = _lost_counts(found, segments)
    for more in (_odd_counts(found, segments), _counts_heard_as_others(found, segments)):
        for code, why in more.items():
            review.setdefault(code, why)
    return review
