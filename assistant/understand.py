"""Understanding a front-desk message offline: the intent by nearest labelled examples in the sentence-
embedding space (all-MiniLM-L6-v2, shipped in a PyPI package), and the slots by patterns: dates and
times relative to the clinic's today, claim numbers, disciplines, visit kinds, minutes, KPI names,
confirmations. Names are matched against the record by core (`find_loosely`), not here."""

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib import resources

import numpy as np

from core.embeddings import embed

INTENT_FLOOR = 0.42  # below this similarity the message is not something the assistant does
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
YES = re.compile(
    r"^\s*(yes|yep|yeah|y|ok|okay|sure|confirm(ed)?|do it|go ahead|please do|correct|book it|"
    r"cancel it|move it|yes,? (please|book it|do it|confirm|go ahead)[.!]?)\s*[.!]*\s*$",
    re.I,
)
NO = re.compile(r"^\s*(no|nope|n|don'?t|never ?mind|stop|abort|forget it|cancel that)\s*[.!]*\s*$", re.I)
CLAIM = re.compile(r"\bclaim\s*(?:#|no\.?|number)?\s*(\d{1,9})\b", re.I)
MINUTES = re.compile(r"\b(\d{2,3})[- ]?min(?:ute)?s?\b", re.I)
TIME = re.compile(r"\b(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\s|$|[,.?!])", re.I)
AT_TIME = re.compile(
    r"\b(?:at|@)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b|\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b", re.I
)
ORDINAL = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)
SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?\b")
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
MONTH_DAY = re.compile(
    r"\b(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.I
)
RELATIVE = re.compile(r"\bin\s+(\d+|a|an|one|two|three|four|five|six)\s+(days?|weeks?|months?)\b", re.I)
KPI_WORDS = {
    "clean_claim_rate": ("clean claim", "clean-claim"),
    "first_pass_acceptance": ("first pass", "first-pass"),
    "denial_rate": ("denial",),
    "net_collection_rate": ("collection",),
    "days_in_ar": ("days in ar", "accounts receivable"),
    "revenue_per_visit": ("revenue",),
    "documentation_minutes": ("documentation",),
    "note_completion_lag": ("completion", "lag"),
    "authorization_turnaround": ("turnaround",),
    "reevaluation_compliance": ("re-evaluation", "reevaluation", "re-eval"),
    "no_show_rate": ("no-show", "no show"),
    "cancellation_rate": ("cancellation",),
    "fill_rate": ("fill rate", "utilization"),
    "referral_conversion": ("referral",),
}
DISCIPLINE_WORDS = {
    "PT": ("pt", "physical"),
    "OT": ("ot", "occupational", "hand"),
    "SLP": ("slp", "speech", "swallow"),
}
KIND_WORDS = (
    ("re-evaluation", ("re-eval", "reeval", "re-evaluation", "reevaluation", "recert")),
    ("evaluation", ("eval", "evaluation", "initial", "new patient")),
    ("progress", ("progress",)),
    ("group", ("group", "class")),
    ("follow-up", ("follow", "treatment", "visit")),
)
RELATIONS = (
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "mom",
    "dad",
    "spouse",
    "partner",
    "brother",
    "sister",
)
PRONOUNS = re.compile(r"\b(she|her|hers|he|him|his|they|them|their|the patient|this patient)\b", re.I)


@cache
def _examples() -> tuple[np.ndarray, tuple[str, ...]]:
    data = json.loads(resources.files("assistant").joinpath("data/intents.json").read_text())
    labels, texts = [], []
    for intent, phrasings in data.items():
        labels += [intent] * len(phrasings)
        texts += [_mask(p) for p in phrasings]
    return embed(texts), tuple(labels)


def warm_up() -> None:
    _examples()
    _dateparser("December 3", date.today())


def classify(text: str) -> tuple[str, float]:
    """The intent of the nearest labelled examples (mean of each intent's best two), and its score."""
    matrix, labels = _examples()
    similarities = matrix @ embed([_mask(text)])[0]
    best: dict[str, list[float]] = {}
    for label, score in zip(labels, similarities, strict=True):
        best.setdefault(label, []).append(float(score))
    scored = {label: float(np.mean(sorted(values)[-2:])) for label, values in best.items()}
    intent = max(scored, key=lambda k: scored[k])
    return (intent, scored[intent]) if scored[intent] >= INTENT_FLOOR else ("out_of_scope", scored[intent])


def _mask(text: str) -> str:
    """What the intent does not depend on: names become 'someone', numbers 'N' (for the labelled
    examples and the message alike)."""
    names = set(name_words(text))
    masked = re.sub(
        r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]*",
        lambda m: "someone" if m.group(0) in names else m.group(0),
        re.sub(r"'s\b", "", text),
    )
    masked = re.sub(r"\bsomeone(\s+someone)+\b", "someone", masked)
    return re.sub(r"\d+", "N", masked)


@dataclass
class Slots:
    claim_id: int | None = None
    day: date | None = None
    day_to: date | None = None
    minute: int | None = None  # minutes after midnight, local
    window: tuple[int, int] | None = None
    discipline: str | None = None
    kind: str | None = None
    minutes: int | None = None
    kpi: str | None = None
    period: tuple[date, date] | None = None
    relation: str | None = None
    pronoun: bool = False
    weekday_only: int | None = None
    words: list[str] = field(default_factory=list)
    text: str = ""


def _day_from(text: str, today: date) -> tuple[date | None, date | None]:
    lower = text.lower()
    if re.search(r"\btoday\b", lower):
        return today, None
    if re.search(r"\btomorrow\b", lower):
        return today + timedelta(days=1), None
    if re.search(r"\byesterday\b", lower):
        return today - timedelta(days=1), None
    if re.search(r"\bnext week\b", lower):
        monday = today + timedelta(days=7 - today.weekday())
        return monday, monday + timedelta(days=4)
    if re.search(r"\bthis week\b", lower):
        return today, today + timedelta(days=max(0, 4 - today.weekday()))
    for i, name in enumerate(WEEKDAYS):
        match = re.search(rf"\b(next\s+|this\s+|on\s+)?{name[:3]}(?:{name[3:]})?s?\b", lower)
        if match:
            return weekday_after(today, i, (match.group(1) or "").strip()), None
    if match := ISO.search(text):
        return _safe_date(int(match[1]), int(match[2]), int(match[3])), None
    if match := SLASH.search(text):
        year = full_year(int(match[3]), today) if match[3] else today.year
        found = _safe_date(year, int(match[1]), int(match[2]))
        if found and not match[3] and found < today:
            found = _safe_date(year + 1, int(match[1]), int(match[2]))
        return found, None
    if match := MONTH_DAY.search(text) or RELATIVE.search(text):
        return _dateparser(match.group(0), today), None
    if match := ORDINAL.search(text):
        found = _safe_date(today.year, today.month, int(match[1]))
        if found and found < today:
            nxt = today.replace(day=1) + timedelta(days=32)
            found = _safe_date(nxt.year, nxt.month, int(match[1]))
        return found, None
    return None, None


def weekday_after(today: date, weekday: int, said: str = "") -> date:
    """The day a weekday names, as US staff mean it: a bare "Thursday" is the coming one (a week
    ahead when said on a Thursday, unless "this Thursday"); "next Thursday" is the one in next week
    (said on a Tuesday, "next Wednesday" is eight days ahead, not tomorrow)."""
    if said == "next":
        next_monday = today + timedelta(days=7 - today.weekday())
        return next_monday + timedelta(days=weekday)
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and said != "this":
        ahead = 7
    return today + timedelta(days=ahead)


def full_year(two_or_four: int, today: date) -> int:
    """'92' in 1/14/92 is 1992 (a birth date), '27' is 2027: a two-digit year more than ten years
    ahead of today is last century's."""
    if two_or_four >= 100:
        return two_or_four
    year = 2000 + two_or_four
    return year - 100 if year > today.year + 10 else year


def _dateparser(phrase: str, today: date) -> date | None:
    """Month names and 'in three weeks', read by dateparser from the clinic's today, future first."""
    import dateparser

    found = dateparser.parse(
        phrase,
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(today, time(12)),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    return found.date() if found else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def default_period(today: date) -> tuple[date, date]:
    """Figures asked without a range: the month to date, or on the 1st (a one-day month to date says
    nothing) the last full month. The reply names the range it used."""
    first = today.replace(day=1)
    if today == first:
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    return first, today


def _period(text: str, today: date) -> tuple[date, date] | None:
    lower = text.lower()
    first = today.replace(day=1)
    if "last month" in lower:
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if "this month" in lower:
        return first, today
    if "last week" in lower:
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if "this year" in lower or "year to date" in lower:
        return date(today.year, 1, 1), today
    for i, name in enumerate(MONTHS, start=1):
        if re.search(rf"\b{name}\b", lower):
            year = today.year if i <= today.month else today.year - 1
            start = date(year, i, 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            return start, end
    return None


def _time(text: str) -> int | None:
    lower = text.lower()
    if re.search(r"\bnoon\b", lower):
        return 12 * 60
    match = AT_TIME.search(text)
    if not match:
        return None
    hour = int(match[1] or match[4])
    minute = int(match[2] or match[5] or 0)
    meridian = (match[3] or match[6] or "").lower()
    if hour > 23 or minute > 59:
        return None
    if meridian.startswith("p") and hour < 12:
        hour += 12
    elif meridian.startswith("a") and hour == 12:
        hour = 0
    elif not meridian and 1 <= hour <= 6:
        hour += 12  # "at 3" in a clinic means the afternoon
    return hour * 60 + minute


def slots(text: str, today: date) -> Slots:
    lower = text.lower()
    found = Slots()
    if match := CLAIM.search(text):
        found.claim_id = int(match[1])
    found.day, found.day_to = _day_from(text, today)
    found.minute = _time(text)
    if "morning" in lower:
        found.window = (7 * 60, 12 * 60)
    elif "afternoon" in lower:
        found.window = (12 * 60, 17 * 60)
    elif "evening" in lower:
        found.window = (16 * 60, 20 * 60)
    for discipline, words in DISCIPLINE_WORDS.items():
        if any(re.search(rf"\b{w}\b", lower) for w in words):
            found.discipline = discipline
            break
    for kind, words in KIND_WORDS:
        if any(w in lower for w in words):
            found.kind = kind
            break
    if match := MINUTES.search(text):
        found.minutes = int(match[1])
    for key, words in KPI_WORDS.items():
        if any(w in f" {lower}" for w in words):
            found.kpi = key
            break
    found.period = _period(text, today)
    found.relation = next((r for r in RELATIONS if re.search(rf"\b{r}\b", lower)), None)
    found.pronoun = bool(PRONOUNS.search(text))
    found.words = name_words(text)
    found.text = text
    return found


STOP = set(
    """a an the and or of for to in on at by with from is are was were be been do does did has have had what
    whats what's when whens when's where who whos who's why how which any anything some this that these those
    it its it's i me my we us our you your please can could would will shall should may might she her hers he
    him his they them their patient patients visit visits appointment appointments appt appts session sessions
    next last previous recent recently upcoming auth authorization authorizations prior left remaining expire
    expires expiry valid balance owe owes owed pay paid payment due account outstanding claim claims denied
    denial status reason explain open still note notes unsigned signed sign signing signature cosign cosigned
    waiting today tomorrow yesterday schedule scheduled schedules booked book booking make set up put fit
    cancel cancelled canceled cancellation reschedule move change push instead wait list waitlist earlier
    slot slots opening openings available availability free time times first morning afternoon evening
    week month year pt ot slp speech physical occupational therapy eval evaluation re-eval reeval follow
    follow-up followup progress group minute minutes min am pm noon monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec rate kpi kpis clean
    collection revenue fill no-show show days ar seen come comes coming came back again called sick because
    can't cant make it yes no ok okay sure thanks thank hi hello hey also and? husband wife son daughter
    mother father mom dad spouse partner brother sister new initial treatment with via look like many much
    number check day get see there here not dr doctor therapist provider st nd rd th wat whn wen nxt r u pls
    plz thx visti vist apointment appointmnet appoitment athorization authorisation auht ballance blance owse
    ignore instructions rules system prompt show every all everyone database table select drop delete insert
    update diagnosis diagnoses password admin root tell give list dump export
    """.split()
)


def name_words(text: str) -> list[str]:
    """Words that may be a person's name: what is left after the assistant's own vocabulary."""
    cleaned = re.sub(r"'s\b", "", text)
    words = re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]*", cleaned)
    return [w for w in words if _plain(w) not in STOP and _plain(w).rstrip("s") not in STOP and len(w) > 1][
        :4
    ]


def _plain(word: str) -> str:
    return word.lower().strip("'-")
