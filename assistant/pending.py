"""What a "yes" says about the proposals waiting for it, read as structure: which of them it accepts
("yes both", "yes to the cancel, hold off on the wl", "ok yes book it"), which it turns down, and what
else the message asks after the yes ("yes, and when's her next one after"). A yes that carries a change
("yes but make it 4") is no yes: it is a correction of the proposal, and nothing is confirmed.

Pure functions over the text; the engine confirms and withdraws."""

import re
from dataclasses import dataclass, field

# The words that say yes, one list for every reading of a yes: a message that is only a yes (YES, which
# also takes "y", "do it", "book it"), the yes a message opens with (LEAD, which also takes "please",
# "perfect", "great", "sounds good" before what follows), "ok book it" (BOOK_IT) and, with more said after
# it, the firm yes that still confirms (STRONG): "ok", "k" and "correct" only acknowledge there ("ok, and
# what's her balance").
# A yes is also murmured ("mhm", "uh huh"), said in Spanish at a bilingual desk ("sí", "dale", "claro") or
# sent as a thumbs-up (read as "yes" before any of this: THUMBS).
FIRM = (
    "yes", "yep", "yeah", "yup", "ya", "sure", "confirm(?:ed)?", "go ahead", "go for it",
    "mhm+", "mm+[- ]?hm+", "uh[- ]?huh", "sí", "dale", "claro",
)  # fmt: skip
# "si" unaccented is also Spanish for "if" ("si puede el jueves"): with more after it, no yes
ACKNOWLEDGING = ("ok", "okay", "k", "correct", "si")
YES_WORDS = "|".join(FIRM + ACKNOWLEDGING)
YES = re.compile(
    rf"^\s*({YES_WORDS}|y|do it|please do|book it|cancel it|move it|(ok|okay|k|kk),? (do it|go|go ahead)|"
    r"sounds good|yes,? (please|pls|plz|book it|do it|confirm|go ahead)[.!]?)\s*[.!]*\s*$",
    re.I,
)
# ("then" and "alright" only fill: "ok then yes", "alright then, yes" are the yes said last)
LEAD = re.compile(
    rf"^\s*(?:(?:{YES_WORDS}|please|perfect|perfecto|great|sounds good|porfa|por favor|then|alright|"
    rf"all right)\b[\s,.!;:-]*)+",
    re.I,
)
THUMBS = re.compile(r"[\U0001F44D\U0001F44C]\ufe0f?(?:[\U0001F3FB-\U0001F3FF])?")
STRONG = re.compile(rf"\b({'|'.join(FIRM)})\b", re.I)
# "book it", "ok cancel it then": the proposal answered by its own verb, with a yes word or none before it.
BOOK_IT = re.compile(
    rf"^\s*(?:{YES_WORDS})?[,\s]*(book|cancel|move|do) it( anyway| then| please)?[\s.!]*$",
    re.I,
)
# The proposal kinds as staff name them, to the engine's action names.
ACTION_WORDS = (
    ("cancel", re.compile(r"\b(cancel\w*|cx|cxl)\b", re.I)),
    ("waitlist", re.compile(r"\b(wl|wait ?list\w*)\b", re.I)),
    ("book", re.compile(r"\b(book\w*|appt|appointment)\b", re.I)),
    ("reschedule", re.compile(r"\b(move|resched\w*|the change)\b", re.I)),
    ("no_show", re.compile(r"\b(no[- ]?show|ns)\b", re.I)),
)
EVERY = re.compile(r"^\W*(to )?(both|all|each|the two|all of them|both of them|all \d+|the lot)\b\W*$", re.I)
REFUSE = re.compile(r"\b(hold off|not|don'?t|do not|skip|no to|without|leave|forget|drop|but not)\b", re.I)
# A yes that changes what was proposed: a new time, day or person, or "make it", "instead".
CHANGE = re.compile(
    r"\b(make it|instead|change|switch|but (at|on|with|for|make)|actually|\d{1,2}(:\d\d)?\s*(am|pm)?$|"
    # "yes but skip the 20th", "yes except monday", "yes without the 30th": some of it turned down
    r"(skip\w*|except|minus|without|leave (out|off)|take (out|off)|drop|not)\s+(on\s+|the\s+|that\s+)?"
    r"(\d|(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|first|second|"
    r"third|last|one\b|other)|the \d{1,2}(st|nd|rd|th)\b|"
    r"(mon|tues?|wed|thu|thurs|fri)(day)?\b|lunes|martes|mi[eé]rcoles|jueves|viernes|ma[ñn]ana|tarde)",
    re.I,
)
# A yes that names what to book other than what was proposed: a visit kind, a discipline or a provider ("yes
# eval", "yes but as an ot visit", "yes with kyle"): a change, never the proposal confirmed as it stands.
CHANGED_WHAT = re.compile(
    r"\b(evals?|evaluations?|re-?evals?|re-?evaluations?|initial|progress( visit)?|discharge|group|"
    r"follow[- ]?ups?|f/u|pt|ot|slp|speech|pta|ota|as an?)\b|"
    r"\b(with|w/?)\s+(?!(her|him|them|me|it|that)\b)[a-z]",
    re.I,
)
FILLER = set(
    "to just only for the that this one ones part please too it them those both do go ahead yes anyway then "
    "now thanks thank you pls porfa por favor que".split()
)
CLAUSE = re.compile(r"\s*(?:[,;]|\bbut\b|\band\b|\bthen\b)\s*", re.I)
# A no said as waiting: "hold off, let me talk to her first", "not yet", "let me check with her".
DEFER = re.compile(r"^\W*(hold (off|on)|not yet|let me (check|talk|ask|call|confirm|see))\b", re.I)
# A change of course said at the end or the start of a longer message: "oh wait she's feeling better,
# leave it", "actually no keep it open, Christian could use the break", "nvm don't cancel her"; a message
# that asks another change beside it ("keep it at 2 but move the other") is not one.
KEEP_SAID = (
    r"(leave it( as is| alone)?|keep (it|the (slot|spot|visit|appt|appointment))( open| as is)?|never ?mind|"
    r"nvm|forget (it|that)|scratch that|don'?t (cancel|move|book) (it|her|him|them)|"
    r"hold off( on (it|that|this))?)"
)
KEEP_AFTER = r"(?:\s+(?:then|for now|thanks|thx|ty|pls|please))*"  # "ok leave it then", "nvm for now thx"
KEEP = re.compile(
    rf"^\W*(?:(?:oh|wait|actually|ok|okay|no|nope|sorry)\W+)*{KEEP_SAID}{KEEP_AFTER}(?=\s*(?:[,.;!]|$))|"
    rf"\W{KEEP_SAID}{KEEP_AFTER}\W*$",
    re.I,
)
ANOTHER_CHANGE = re.compile(r"\b(but|instead|move|book|resched\w*|push|switch|make it|change)\b", re.I)


def keeps(text: str) -> bool:
    """Whether the message turns down what waits for a yes, whatever else it tells about why."""
    return bool(KEEP.search(text)) and not ANOTHER_CHANGE.search(text)


# "and yeah wl too", "also yes to the cancel": a yes to a proposal still waiting, said as an addition.
ALSO = re.compile(r"^\s*(and|also|oh and|plus)\b[\s,]*", re.I)
ONLY = re.compile(r"\b(just|only)\b", re.I)


@dataclass
class Yes:
    """accept: the actions said yes to (None: every proposal waiting); decline: those turned down;
    rest: a further request in the same message, answered after the yes."""

    accept: set[str] | None = None
    decline: set[str] = field(default_factory=set)
    rest: str = ""
    only: bool = False  # "just the cancel": what it does not name is turned down, not left waiting

    @property
    def bare(self) -> bool:
        """'yes', 'ok', 'k': it names no proposal and asks nothing more."""
        return self.accept is None and not self.decline and not self.rest

    def takes(self, action: str) -> bool:
        if action in self.decline:
            return False
        return self.accept is None or action in self.accept


def thumbs_as_yes(text: str) -> str:
    """'👍', '👌🏽 book it': the emoji a desk answers a proposal with, as the word it stands for."""
    return re.sub(r"\s+", " ", THUMBS.sub(" yes ", text)).strip()


def _actions(clause: str) -> set[str]:
    return {name for name, pattern in ACTION_WORDS if pattern.search(clause)}


def _only_names(clause: str) -> bool:
    """'to the cancel', 'book it', 'just the wl one': nothing but the proposal's name and filler."""
    left = clause
    for _, pattern in ACTION_WORDS:
        left = pattern.sub(" ", left)
    return all(w in FILLER for w in re.findall(r"[a-z']+", left.lower()))


# The words of a sigh ("ugh", "lol", "fine"): "ok", "okay", "k" and "alright" are not among them, they only
# lead into a yes ("ok yes", "alright yes book it" are a plain yes, confirmed at once)
SIGHS = r"ugh+|lol|haha+|sigh|omg|geez|jeez|fine|whatever"
# A sigh or a grudging word before a firm yes ("ugh fine yes", "lol ok yes", "fine. yes cancel them"): no yes
# by itself (the engine asks once more for a plain one); with no firm yes after them, nothing is asked
GRUDGING = re.compile(
    rf"^\s*(?:(?:{SIGHS}|ok|okay|k|alright|all right)\b[\s,.!;:-]*)+"
    rf"(?=(?:{'|'.join(FIRM)})\b)",
    re.I,
)
# The same words before a labelled reason ("lol ok reason weather", "ugh fine, reason: pt sick")
SIGHED = re.compile(rf"^\s*(?:(?:{SIGHS})\b[\s,.!;:-]*)+", re.I)
# What makes the words before a yes a sigh: one of SIGHS among them ("lol ok yes", "ok fine yes")
SIGH_WORD = re.compile(rf"\b(?:{SIGHS})\b", re.I)


def grudging_yes(text: str) -> Yes | None:
    """The yes after a sigh ("ugh fine yes", "fine. yes cancel them"), or None where the message does not
    open with one or no firm yes follows it ("ok yes" opens with no sigh: a plain yes)."""
    sighed = GRUDGING.match(text)
    if sighed is None or not SIGH_WORD.search(sighed[0]):
        return None
    return read_yes(text[sighed.end() :])


# What a yes is taken back with, said right after it ("ok yes but wait", "yes? wait", "ok yes, wait no", "yes
# but let me check with her first", "k yes hold on"): the yes is not given, and what waits is asked about
# again. ("yes and wait list her too" names the wait list; "yes, no rush" is no taking back.)
# ("ok yes although hmm", "yes tho idk", "yes but im not sure": a doubt said after the yes, with or without
# a "though" before it, takes it back too)
HESITATE = re.compile(
    r"^\W*(?:(?:although|though|tho|but|except)\b\W*)?"
    r"(?:wait\b(?!\s*-?\s*list)|hold (?:on|off|up)\b|hang on\b|not yet\b|"
    r"no(?:pe|ne)?\b(?!\s+(?:rush|problem|worries|hurry)\b)|nah\b|actually\b|scratch that\b|never ?mind\b|"
    r"nvm\b|let me (?:check|talk|ask|call|confirm|see|think)\b|h+m+\b|idk\b|unsure\b|"
    r"(?:i'?m |im |i am )?not (?:so |too |really )?sure\b|on second thought\b)",
    re.I,
)


def hesitant_yes(text: str) -> bool:
    """Whether the yes a message opens with is taken back in the words after it ("ok yes but wait"): no
    yes, whatever waits is kept and asked about once more."""
    yes = read_yes(text)
    return yes is not None and bool(HESITATE.match(yes.rest))


def read_yes(text: str) -> Yes | None:
    """The yes in a message, or None where the message is no yes (or a yes with a change in it)."""
    text = ALSO.sub("", text, count=1)
    lead = LEAD.match(text)
    if not lead:
        return None
    remainder = text[lead.end() :].strip(" .!")
    if not remainder:
        return Yes()
    if not STRONG.search(lead[0]):
        # "ok, and what's her balance" acknowledges; only a plain yes word confirms with more after it
        return None
    if EVERY.match(remainder):
        return Yes()
    accept: set[str] = set()
    decline: set[str] = set()
    rest: list[str] = []
    for clause in (c for c in CLAUSE.split(remainder) if c and c.strip()):
        named = _actions(clause)
        if named and REFUSE.search(clause):
            decline |= named
        elif EVERY.match(clause) or _only_names(clause):
            accept |= named
        else:
            rest.append(clause)
    question = " ".join(rest).strip()
    if (
        question
        # ("yes to the cancel, hold the OT" names the proposals: its "OT" is which one, not a change)
        and (CHANGE.search(question) or (not accept and not decline and CHANGED_WHAT.search(question)))
        and not re.search(r"\b(when|what|who|how|is|does|did)\b", question, re.I)
    ):
        return None
    if not accept and not decline and not question:
        return Yes()
    return Yes(
        accept=accept or None, decline=decline, rest=question, only=bool(accept and ONLY.search(remainder))
    )


def picked(text: str) -> Yes | None:
    """'just the cancel for now', 'only the move': one of several proposals waiting, named with no yes
    word; the others are turned down."""
    if not ONLY.search(text) or not _only_names(text):
        return None
    named = _actions(text)
    return Yes(accept=named, only=True) if named else None


# "and the delgado one too", "the move too", "that one as well": one more of the proposals still waiting,
# named by its kind or by a word of its summary (the patient's name), with no yes word.
ONE_TOO = re.compile(
    r"^\W*(?:and|also|plus|oh and)?\s*(?:the|that|her|his)?\s*(?P<named>[a-z' -]{0,30}?)\s*"
    r"(?:one|visit|appt)?\s*(?:too|as well|also)\W*$",
    re.I,
)


def one_too(text: str, waiting: list[tuple[str, str, str]]) -> Yes | None:
    """A yes to the one waiting proposal the message names ("and the delgado one too"): None where it
    names none of them, or more than one kind, so a guess never confirms anything."""
    match = ONE_TOO.match(text)
    if not match:
        return None
    named = match["named"].strip().lower()
    kinds = _actions(named) if named else set()
    if not kinds and named:
        words = [w for w in re.findall(r"[a-z']+", named) if w not in FILLER]
        fits = [
            action
            for _, action, summary in waiting
            if words and all(re.search(rf"\b{re.escape(w)}\b", summary, re.I) for w in words)
        ]
        kinds = set(fits) if len(fits) == 1 else set()
    if len(kinds) != 1 or sum(1 for _, action, _ in waiting if action in kinds) != 1:
        return None
    return Yes(accept=kinds)
