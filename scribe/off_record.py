"""What is said in the visit but is no part of the patient's record, blanked before the note is written
(every position kept, as `statements.unsaid_segments` does with what a speaker took back):

- a line the patient or a caregiver asks to have written ("put down that I did all my exercises", "tell
  them I can't work") and the clinician turns down: what they want the note to say, never a report;
- the clinician's talk of making the note or the bill ("I was going to put the ladder under balance",
  "wait, I wrote that under self care too so it got counted twice", "so it's exercise, not balance
  training"): how the service was coded, which the code lines say, never a finding;
- the building's own events ("that's the fire alarm", "someone burned toast in the staff kitchen"): what
  interrupted the visit, not what was seen in it;
- another's health said of "he" or "she" right after the patient names them ("My husband. He has bad
  knees.", `statements.others_health_after`) and a caregiver's own body ("my hip hurts after getting
  him in the car"): theirs, not the patient's, in the quotes and in the facts alike.

The services were read from the words as said; only what the note quotes and finds is read from these.
"""

import re
from dataclasses import replace

from scribe.services import activities
from scribe.statements import others_health_after
from scribe.transcript import CLINICIAN, SENTENCE, Segment

# ---- a line asked for and turned down ----------------------------------------------------------------

_WRITE = r"(?:write|put|mark|jot|note|document|chart|record)"
_NOTE = r"(?:note|notes|chart|record|report|paperwork|file|form|papers)"
# Asking that the note say something: "write that down", "put it in my chart", "the note should say",
# "make sure you put", "tell them" (a payer, an employer, a lawyer: whoever reads the note).
ASKED_TO_WRITE = re.compile(
    rf"\b(?:{_WRITE}|get)\s+(?:(?:it|that|this|them)\s+)?down\b|"
    rf"\b(?:{_WRITE}|say)\s+(?:(?:it|that|this)\s+)?(?:in|on|into)\s+(?:the|my|his|her|your|their|our)\s+"
    rf"(?:[\w-]+\s+)?{_NOTE}\b|"
    rf"\b(?:write|document|chart)\s+(?:that|how)\b|"
    rf"\b(?:the|my|his|her|your|our)\s+{_NOTE}\s+(?:should|has to|needs to|must|better|ought to|can|could)\s+"
    rf"say\b|"
    rf"\bmake\s+(?:the|my|his|her|your)\s+{_NOTE}\s+say\b|"
    rf"\bmake sure (?:you |to )?(?:{_WRITE}|say|tell)\b|"
    r"\btell\s+(?:them|the\s+(?:insurance|insurer|lawyer|attorney|judge|court|company|adjuster|employer|boss|"
    r"union)|my\s+(?:boss|lawyer|attorney|employer|supervisor|manager|case manager|adjuster|job|work))\b",
    re.I,
)
# The speaker's own writing or telling ("I'll write that down so I remember", "I told them I can't work"):
# no request of the note.
OWN_DOING_BEFORE = re.compile(
    r"\b(?:i|i'll|ill|i'm|im|i've|we|we'll|let me|i\s+(?:will|can|could|should|need to|have to|gotta|"
    r"always|just|usually))\s+(?:\w+\s+){0,2}$",
    re.I,
)
_WRITING = r"(?:write|put|document|chart|say|add|note|record|include|mark|jot)"
# The clinician turning it down: "I can't write that", "No. I can only write what we measure". A "can't"
# of something else ("I can't believe it") and a "No problem" turn nothing down.
TURNED_DOWN = re.compile(
    rf"\b(?:can'?t|cannot|can not|won'?t|will not|not going to|not gonna|shouldn'?t)\s+(?:\w+\s+){{0,2}}?"
    rf"{_WRITING}\b|\bcan only\b|\bonly (?:write|put|document|chart|say)\b|\bnot allowed\b|"
    r"\b(?:has|have) to (?:say|show|write|put|document) what\b|"
    r"^\W*no\b(?!\s+(?:problem|worries|doubt|question)\b)",
    re.I,
)
# Taking it down: "I'll put that in", "No problem, I'll write it down" (a bare "no" then is no refusal).
AGREED = re.compile(
    rf"\b(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|let me|i can)\s+(?:\w+\s+)?{_WRITING}\b|"
    r"\bno problem\b|\bwill do\b",
    re.I,
)
CLAIM_LEAD = re.compile(r"^[\s,:;-]*(?:that\s+|saying\s+)?", re.I)
LITTLE_WORDS = frozenset(
    "the and for that this you your please just okay now then too also with was were are is it's its i'm "
    "i've i'd i'll can could would will me my mine our his her their them they she he him so all".split()
)


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z']{2,}", text.lower()) if w not in LITTLE_WORDS}


def _turned_down(segments: list[Segment], position: int) -> bool:
    """Whether the clinician turns the request down in one of the next two turns."""
    return any(s.speaker == CLINICIAN and _refusal(s.text) for s in segments[position + 1 : position + 3])


def _refusal(text: str) -> bool:
    """Whether a clinician's turn turns a request down: a bare "No" then "I'll put that in" agrees."""
    found = TURNED_DOWN.search(text)
    if found is None:
        return False
    said_no_only = (
        not TURNED_DOWN.search(text, found.end()) and found.group(0).strip(" \t,.!").lower() == "no"
    )
    return not (said_no_only and AGREED.search(text))


def _asked_for(segments: list[Segment], position: int) -> list[tuple[int, int, int]]:
    """The request sentences of a patient's or caregiver's turn that the clinician turned down, with the
    sentences that say what they asked to have written: the words after the request where it says them
    ("write that I'm ready to drive"), else the sentence just before it ("I did them all. Put that
    down.")."""
    segment = segments[position]
    if segment.speaker == CLINICIAN or not _turned_down(segments, position):
        return []
    said = [m for m in SENTENCE.finditer(segment.text) if m.group(0).strip()]
    spans: list[tuple[int, int, int]] = []
    for k, m in enumerate(said):
        asked = next(
            (
                a
                for a in ASKED_TO_WRITE.finditer(m.group(0))
                if not OWN_DOING_BEFORE.search(m.group(0)[: a.start()])
            ),
            None,
        )
        if asked is None:
            continue
        claim = _content(CLAIM_LEAD.sub("", m.group(0)[asked.end() :]))
        # "My knee's a 6 today, and write that I did all my exercises": the request and the claim after it
        # blanked, the finding said before it in the sentence kept (a bare "..., put that down" points back
        # to the sentence's own words: all of it)
        start = m.start()
        if claim:
            start = next(
                (
                    a
                    for a, b in _pieces(segment.text, m.start(), m.end())
                    if a <= m.start() + asked.start() < b
                ),
                m.start(),
            )
        spans.append((segment.index, start, m.end()))
        for before in said[:k]:
            words = _content(before.group(0))
            # the claim said first, then asked for ("I'm ready to drive. Write that down, that I'm ready
            # to drive."), or the sentence the bare request points back to
            if (claim and words and len(words & claim) * 2 >= len(words)) or (
                not claim and before is said[k - 1]
            ):
                spans.append((segment.index, before.start(), before.end()))
    return spans


# ---- the note's and the bill's own making ------------------------------------------------------------

# "I was going to put", "I almost billed", "wait, I wrote": what the clinician filed a block under.
FILED = re.compile(
    r"\b(?:i|we)\s+(?:(?:was|were)\s+(?:going to|gonna|about to)\s+|(?:almost|nearly|first|originally|"
    r"initially|accidentally|mistakenly|already|also|had)\s+)?"
    r"(?:wrote|write|written|put|had|billed|bill|coded|code|charted|chart|entered|enter|logged|log|"
    r"documented|document|listed|list|counted|count|called|labell?ed)\b"
    r"(?P<what>[^.?!]{0,60}?)\b(?:under|as)\s+(?P<under>[^,.;!?]+)",
    re.I,
)
COUNTED_TWICE = re.compile(
    r"\b(?:counted|counting|billed|charged|coded|written|listed|entered|logged|in there|on there)\s+"
    r"(?:it\s+|that\s+|them\s+)?(?:twice|two times|double)\b|"
    r"\bdouble[- ]?(?:counted|billed|charged|coded)\b",
    re.I,
)
TAKEN_OFF = re.compile(
    r"\b(?:take|took|taking|pull|move|moved)\s+(?:it|that|them|those|this)\s+(?:out of|off(?: of)?)\s+"
    r"(?:the\s+)?(?P<off>[^,.;!?]+)",
    re.I,
)
BILL_WORDS = re.compile(r"^(?:note|bill|billing|chart|charges?|minutes|codes?|units?)\b", re.I)
# A code named and another put in its place in the same breath: "so it's functional activities, 97530,
# not neuro re-ed".
NOT_THAT_ONE = re.compile(r"(?:,|;|\s-)\s*(?:and\s+)?not\s+(?:as\s+)?(?P<what>[^,.;!?]+?)\s*[.!]*\s*$", re.I)
CODING_SAID = re.compile(
    r"\b(?:code[sd]?|bill(?:ed|ing)?|counts? as|goes under|falls under|under)\b|\b97\s?\d|ninety[- ]seven\b",
    re.I,
)


def _a_service(words: str) -> bool:
    """Whether the words open with a service's name ("self care too", "the neuro re-ed")."""
    found = activities(words)
    return bool(found) and not words[: found[0].start].strip(" ,").count(" ") > 1


def _filing(sentence: str) -> bool:
    filed = FILED.search(sentence)
    off = TAKEN_OFF.search(sentence)
    return bool(
        (filed and _a_service(filed["under"]))
        or COUNTED_TWICE.search(sentence)
        or (off and (_a_service(off["off"]) or BILL_WORDS.match(off["off"])))
    )


# "..., but it was exercise": the filing put right in the next clause, coding talk too.
FILING_PUT_RIGHT = re.compile(
    r"^\W*(?:but|so|actually|and)?\s*(?:it|that|those|they|this)\s*(?:'s|was|were|is|are)\b", re.I
)


def _filed_clauses(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The clauses of a sentence that say what a block was filed under ("I was going to code the stairs as
    gait") and the correction right after it, where the sentence goes on with findings ("..., she did 12
    steps with the rail, no loss of balance"): those are kept. None where the sentence files nothing that
    way, or where nothing but the filing is said in it."""
    sentence = text[start:end]
    filed = FILED.search(sentence)
    if (
        not (filed and _a_service(filed["under"]))
        or COUNTED_TWICE.search(sentence)
        or TAKEN_OFF.search(sentence)
    ):
        return None
    pieces = _pieces(text, start, end)
    first = next((k for k, (a, b) in enumerate(pieces) if a <= start + filed.start() < b), None)
    if first is None:
        return None
    last = next((k for k, (a, b) in enumerate(pieces) if a < start + filed.end() <= b), first)
    while last + 1 < len(pieces) and FILING_PUT_RIGHT.match(text[pieces[last + 1][0] : pieces[last + 1][1]]):
        last += 1
    if last + 1 >= len(pieces) and first == 0:
        return None
    return pieces[first][0], pieces[last][1]


def _note_making(segments: list[Segment], position: int) -> list[tuple[int, int, int]]:
    """The clinician's sentences about what a block was filed under, and the code taken back after it."""
    segment = segments[position]
    if segment.speaker != CLINICIAN:
        return []
    spans = []
    recent = any(
        s.speaker == CLINICIAN and any(_filing(m.group(0)) for m in SENTENCE.finditer(s.text))
        for s in segments[max(0, position - 2) : position + 1]
    )
    for m in SENTENCE.finditer(segment.text):
        sentence = m.group(0)
        if not sentence.strip():
            continue
        filed = _filed_clauses(segment.text, m.start(), m.end())
        if filed:
            spans.append((segment.index, *filed))
            continue
        if _filing(sentence):
            spans.append((segment.index, m.start(), m.end()))
            continue
        taken = NOT_THAT_ONE.search(sentence)
        if (
            taken
            and activities(taken["what"])
            and activities(sentence[: taken.start()])
            and (recent or CODING_SAID.search(sentence[: taken.start()]))
        ):
            spans.append((segment.index, m.start() + taken.start(), m.start() + taken.end()))
    return spans


# ---- the building's events ---------------------------------------------------------------------------

_PLACES = (
    r"kitchen|break ?room|staff room|building|cafeteria|lobby|hallway|upstairs|downstairs|next door|drill|"
    r"outside|parking lot"
)
# An evacuation route or chair is walked or used as practice, no event of the building's.
_EVACUATING = r"\bevacuat\w+\b(?!\s+(?:route|plan|path|chair|stairs?))"
BUILDING_EVENT = re.compile(
    rf"\b(?:fire|smoke)\s+(?:alarms?|drills?|alerts?)\b|\bfire ?drills?\b|{_EVACUATING}|"
    r"\b(?:someone|somebody|a coworker|the staff|one of the (?:staff|nurses|aides|cooks))\s+(?:\w+\s+)?"
    r"(?:burned|burnt|set off|pulled)\b|"
    r"\bpower (?:outage|went out|is out|'s out)\b|\blights (?:went|are) out\b",
    re.I,
)
# An alarm said with a place in the building: the building's, unless the sentence names the patient's
# device it sounded on ("the pulse ox alarm went off ... on the hallway walk", "the chair alarm in the
# hallway", "the alarm on her wheelchair").
ALARM_AT_PLACE = re.compile(
    rf"\balarm(?:'s|s)?\b[^.?!,]{{0,40}}\b(?:{_PLACES})\b|\balarm(?:'s|s)?\b[^.?!,]{{0,40}}{_EVACUATING}",
    re.I,
)
_DEVICE = (
    r"pulse ?ox\w*|oximeter|o2|oxygen|sats?|spo2|heart rate|hr|chair|bed|wheel ?chair|w/c|exit|tab|"
    r"pressure|pump|iv|monitor|tele\w*|fall|personal|call|walker|rollator"
)
DEVICE_ALARM = re.compile(
    rf"\b(?:{_DEVICE})\s+alarms?\b|\balarms?\s+(?:on|of)\s+(?:his|her|their|my|your|the)\s+(?:{_DEVICE})\b",
    re.I,
)


def _event(clause: str, sentence: str) -> bool:
    return bool(
        BUILDING_EVENT.search(clause) or (ALARM_AT_PLACE.search(clause) and not DEVICE_ALARM.search(sentence))
    )


CLAUSE_JOIN = re.compile(r"\s+(?:but|so|and)\s+(?=\w)", re.I)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of text[start:end] (split at commas and at "but", "so", "and")."""
    cuts = [start]
    for m in re.finditer(r"[,;]\s*", text[start:end]):
        cuts.append(start + m.end())
    for m in CLAUSE_JOIN.finditer(text[start:end]):
        cuts.append(start + m.start())
    cuts = sorted(set(cuts)) + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip(" ,;")]


def _events(segment: Segment) -> list[tuple[int, int, int]]:
    """The clauses naming an alarm, a drill or an outage in the building: blanked, the rest of the
    sentence kept ("... but we walked out, 200 feet with the walker")."""
    spans = []
    for m in SENTENCE.finditer(segment.text):
        if not _event(m.group(0), m.group(0)):
            continue
        for a, b in _pieces(segment.text, m.start(), m.end()):
            if _event(segment.text[a:b], m.group(0)):
                spans.append((segment.index, a, b))
    return spans


# ---- a caregiver's own body --------------------------------------------------------------------------

# "my hip", "my bad back": said by a caregiver, the caregiver's (the patient's is "his", "her", "their").
CAREGIVERS_BODY = re.compile(
    r"\bmy (?:left |right |bad |good |own |old )?"
    r"(?:knees?|back|hips?|shoulders?|neck|feet|foot|hands?|wrists?|ankles?|elbows?|legs?|arms?|head)\b",
    re.I,
)


RELAYED = re.compile(r"\b(?:says?|said|saying|tells?|told|goes|went|asks?|asked|cries|cried)\b", re.I)


NEGATED = re.compile(r"\b(?:no|not|never|none|nothing)\b|n't\b", re.I)


def _caregivers_body(segment: Segment) -> list[tuple[int, int, int]]:
    """A caregiver's sentences of their own body, whole: what is left of one ("... the ACL, so I've been
    hobbling") would read as the patient's."""
    if segment.speaker != "caregiver":
        return []
    return [
        (segment.index, m.start(), m.end())
        for m in SENTENCE.finditer(segment.text)
        # ("she keeps saying my head hurts": the child's words, relayed; "No, I didn't hit my head" answers
        # what was asked of the patient, read as before)
        if CAREGIVERS_BODY.search(m.group(0))
        and not RELAYED.search(m.group(0))
        and not NEGATED.search(m.group(0))
    ]


def _others_health(segment: Segment) -> list[tuple[int, int, int]]:
    return [
        (segment.index, m.start(), m.end())
        for m in SENTENCE.finditer(segment.text)
        if m.group(0).strip()
        and others_health_after(segment.speaker, m.group(0).strip(), segment.text[: m.start()])
    ]


def off_record_spans(segments: list[Segment]) -> list[tuple[int, int, int]]:
    """(segment index, start, end) of every stretch said that is no part of the patient's record."""
    spans: list[tuple[int, int, int]] = []
    for position, segment in enumerate(segments):
        spans += _asked_for(segments, position)
        spans += _note_making(segments, position)
        spans += _events(segment)
        spans += _caregivers_body(segment)
        spans += _others_health(segment)
    return spans


def off_record(segments: list[Segment]) -> list[Segment]:
    """The segments with what is no part of the patient's record blanked, every position kept."""
    texts = {s.index: s.text for s in segments}
    for index, start, end in off_record_spans(segments):
        text = texts[index]
        texts[index] = text[:start] + " " * (end - start) + text[end:]
    return [s if texts[s.index] == s.text else replace(s, text=texts[s.index]) for s in segments]
