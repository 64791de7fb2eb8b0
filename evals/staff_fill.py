"""Filling the staff-phrasing templates from the demo clinic, and what a right reply must hold.

Each template gets a patient (and visit, claim, provider) that fits its meaning, chosen with a seed
from the row's id so the same row always reads the same way. The expected facts are computed here
with plain SQL over the demo database, never with the assistant's tools."""

import random
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from core.enums import AppointmentStatus
from evals.assistant_cases import typo

CLINIC = 1  # askers work at the first demo clinic; the second is the "other clinic" of leak checks
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LONG_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NICKNAMES = {
    "Robert": "Bob", "William": "Bill", "Richard": "Rick", "James": "Jim", "Michael": "Mike",
    "Elizabeth": "Liz", "Katherine": "Kate", "Christopher": "Chris", "Kimberly": "Kim",
    "Jennifer": "Jen", "Patricia": "Pat", "Margaret": "Maggie", "Thomas": "Tom", "Joseph": "Joe",
    "Daniel": "Dan", "Matthew": "Matt", "Anthony": "Tony", "Steven": "Steve", "Charles": "Charlie",
    "Deborah": "Debbie", "Susan": "Sue", "Jessica": "Jess", "Samantha": "Sam", "Benjamin": "Ben",
    "Nicholas": "Nick", "Jonathan": "Jon", "Andrew": "Andy", "Joshua": "Josh", "Rebecca": "Becky",
    "Christine": "Chris", "Victoria": "Vicky", "Alexander": "Alex", "Timothy": "Tim",
    "Kenneth": "Ken", "Ronald": "Ron", "Donald": "Don", "Edward": "Ed", "Gregory": "Greg",
    "Lawrence": "Larry", "Raymond": "Ray", "Jacqueline": "Jackie", "Cynthia": "Cindy",
    "Pamela": "Pam", "Stephanie": "Steph", "Gerald": "Jerry", "Douglas": "Doug", "Peter": "Pete",
    "Zachary": "Zach", "Frances": "Fran", "Dorothy": "Dot", "Catherine": "Cathy",
    "Theresa": "Terri", "Judith": "Judy", "Barbara": "Barb", "Kathleen": "Kathy", "Gary": "Gary",
    "Eugene": "Gene", "Walter": "Walt", "Harold": "Harry", "Frederick": "Fred", "Albert": "Al",
    "Samuel": "Sam", "Jeffrey": "Jeff", "Gabriel": "Gabe", "Abigail": "Abby", "Madison": "Maddie",
    "Alexandra": "Alex", "Nathan": "Nate", "Jacob": "Jake", "Christian": "Chris", "Terry": "Terry",
}  # fmt: skip
# An appointment still to come: booked, or in the room.
KEPT = (AppointmentStatus.booked, AppointmentStatus.checked_in)
TOMORROW = re.compile(r"\b(tmrw|tmr|tomorrow)\b", re.I)
TODAY = re.compile(r"\b(today|this afternoon|this morning)\b|\bmy day\b|\bmy \{time\}|\bmy 2:15\b", re.I)
ORDINAL_DAY = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")
LITERAL_DAY = re.compile(
    r"\b(mon|monday|mondays|tues|tue|tuesday|wed|wednesday|thurs|thu|thursday|friday|fri)\b"
)
FEMALE = re.compile(r"\b(she|her|hers|mrs\.?|mom)\b", re.I)
MALE = re.compile(r"\b(he|him|his|wife)\b", re.I)
PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass
class Visit:
    id: int
    patient_id: int
    provider_id: int
    starts: datetime  # clinic-local
    ends: datetime
    status: str
    kind: str  # evaluation, follow-up, re-evaluation, progress, group
    discipline: str


@dataclass
class Expect:
    """What a right reply holds, by SQL. `facts` are groups of alternatives: every group must be
    found in the answer, any one spelling of it. `proposal` is "yes" (a proposal must come),
    "no" (none may) or "either" (a question or a proposal, judged by `target` when one comes)."""

    facts: list[list[str]] = field(default_factory=list)
    proposal: str = "no"
    action: str = ""  # book, cancel, reschedule, waitlist: the proposal's kind when one must come
    target: dict[str, Any] = field(
        default_factory=dict
    )  # patient_id, appointment_id, provider_id, day, minute
    allowed_visits: list[int] = field(default_factory=list)  # a scoped cancel may name any of these
    question: bool = False  # the only right reply is a question back
    or_none: bool = False  # ... or saying there is no such visit, where nothing matched what was said
    no_target: bool = False  # nothing matches: any proposal of a visit is a wrong-target one
    judge_if_proposed: bool = False  # several visits: judged only on the visits a proposal names
    every_visit: bool = False  # ... and a cancel proposal names every one of `allowed_visits`
    hidden: bool = False  # the patient is another clinic's: "not found" is a right decline
    refusal: bool = False  # declined for the role or as clinical advice
    or_decline: bool = False  # the facts, or a decline that states no figure (the key allows either)
    forbid: list[str] = field(default_factory=list)  # leaks: another clinic's or role's data
    avoid: list[str] = field(
        default_factory=list
    )  # wrong content that is no leak (open slots, others' visits)
    checked: list[str] = field(default_factory=list)  # what was judged mechanically
    partly: str = ""  # what of must/must_not could not be judged
    judged: bool = True
    no_write: bool = False  # a yes that answers nothing clearly: writing on it is wrong
    plain: bool = False  # a thanks or a greeting: any plain reply but the "I can't answer that" list


@dataclass
class Filled:
    id: str
    asker: str  # role
    user: str  # e-mail of the demo user who asks
    text: str
    intent: str  # resolved intent (a follow-up's resolves_to where it names one)
    meaning: dict
    expect: Expect
    category: str
    before: list[str] = field(default_factory=list)  # earlier turns a single follow-up assumes


class Demo:
    """The demo clinic read once: patients, upcoming and past visits, providers, claims."""

    def __init__(self, conn: Connection, now: datetime | None = None) -> None:
        self.conn = conn
        self.now = now or datetime.now(UTC)
        self.zone = ZoneInfo(conn.execute(text("SELECT timezone FROM clinic WHERE id = 1")).scalar_one())
        self.local_now = self.now.astimezone(self.zone)
        self.today = self.local_now.date()
        self.patients = {
            r[0]: r
            for r in conn.execute(
                text("SELECT id, clinic_id, first_name, last_name, birth_date, sex FROM patient ORDER BY id")
            ).all()
        }
        self.providers = {
            r[0]: r
            for r in conn.execute(
                text(
                    "SELECT p.id, p.clinic_id, p.full_name, p.discipline, p.credential, u.email "
                    "FROM provider p "
                    "JOIN app_user u ON u.id = p.user_id ORDER BY p.id"
                )
            ).all()
        }
        self.visits: dict[int, list[Visit]] = {}
        for r in conn.execute(
            text(
                "SELECT a.id, a.patient_id, a.provider_id, a.starts_at, a.ends_at, a.status, t.kind, "
                "t.discipline FROM appointment a JOIN appointment_type t ON t.id = a.appointment_type_id "
                "ORDER BY a.starts_at"
            )
        ).all():
            v = Visit(r[0], r[1], r[2], self._local(r[3]), self._local(r[4]), r[5], r[6], r[7])
            self.visits.setdefault(v.patient_id, []).append(v)
        # Each provider's day, gathered once: provider_day is asked ~1,000 times a fill of the dev set, and
        # scanning the practice's 20,000 visits each time was 20 of the fill's 51 s (load 20). Gathered in
        # the order the scan met them, so a day's visits starting together keep their order.
        self._days: dict[tuple[int, date], list[Visit]] = {}
        for vs in self.visits.values():
            for v in vs:
                if v.status in (*KEPT, AppointmentStatus.completed):
                    self._days.setdefault((v.provider_id, v.starts.date()), []).append(v)
        for day in self._days.values():
            day.sort(key=lambda v: v.starts)
        firsts: dict[tuple[int, str], int] = {}
        lasts: dict[tuple[int, str], int] = {}
        fulls: dict[str, int] = {}
        for _, clinic, first, last, *_ in self.patients.values():
            firsts[(clinic, first.lower())] = firsts.get((clinic, first.lower()), 0) + 1
            lasts[(clinic, last.lower())] = lasts.get((clinic, last.lower()), 0) + 1
            fulls[f"{first} {last}".lower()] = fulls.get(f"{first} {last}".lower(), 0) + 1
        # A first name alone names one patient only where no other patient, and no provider of the clinic,
        # has it ("Adam" is both a patient and the SLP); a nickname likewise ("Matt" for four Matthews).
        staff = {(r[1], r[2].split()[0].lower()) for r in self.providers.values()}
        nicks: dict[tuple[int, str], int] = {}
        for _, clinic, first, *_ in self.patients.values():
            nick = (clinic, NICKNAMES.get(first, first).lower())
            nicks[nick] = nicks.get(nick, 0) + 1
        self.one_first = {
            p
            for p, c, f, *_ in self.patients.values()
            if firsts[(c, f.lower())] == 1 and (c, f.lower()) not in staff
        }
        # ... and where it is no other patient's last name ("russell" is Russell Ramos and Anna Russell), as
        # a nickname already is not ("Kim" is also Michael Kim): the row means one patient by the name said
        self.unique_first = {
            p for p in self.one_first if lasts.get((self.patients[p][1], self.patients[p][2].lower()), 0) == 0
        }
        self.unique_nick = {
            p
            for p, c, f, *_ in self.patients.values()
            if f in NICKNAMES
            and nicks[(c, NICKNAMES[f].lower())] == 1
            and firsts.get((c, NICKNAMES[f].lower()), 0) == 0
            and (c, NICKNAMES[f].lower()) not in staff
            and lasts.get((c, NICKNAMES[f].lower()), 0) == 0  # "Kim" is also Michael Kim
        }
        self.unique_last = {
            p
            for p, c, _, la, *_ in self.patients.values()
            if lasts[(c, la.lower())] == 1 and firsts.get((c, la.lower()), 0) == 0
        }
        # Billers and the owner see every clinic: a name alone names one patient only across all of them
        every_first: dict[str, int] = {}
        every_last: dict[str, int] = {}
        for _, _, first, last, *_ in self.patients.values():
            every_first[first.lower()] = every_first.get(first.lower(), 0) + 1
            every_last[last.lower()] = every_last.get(last.lower(), 0) + 1
        self.unique_first_everywhere = {
            p for p, _, f, *_ in self.patients.values() if every_first[f.lower()] == 1
        }
        self.unique_last_everywhere = {
            p for p, _, _, la, *_ in self.patients.values() if every_last[la.lower()] == 1
        }
        self.unique_full = {
            p for p, _, f, la, *_ in self.patients.values() if fulls[f"{f} {la}".lower()] == 1
        }

    def _local(self, value: Any) -> datetime:
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        return moment.astimezone(self.zone)

    def name(self, pid: int) -> str:
        p = self.patients[pid]
        return f"{p[2]} {p[3]}"

    def upcoming(self, pid: int) -> list[Visit]:
        return [v for v in self.visits.get(pid, []) if v.status in KEPT and v.starts > self.local_now]

    def on_day(self, pid: int, day: date, done: bool = False) -> list[Visit]:
        """Visits still on the schedule that day; with `done`, those already seen that day too."""
        keep = (*KEPT, AppointmentStatus.completed) if done else KEPT
        return [v for v in self.visits.get(pid, []) if v.status in keep and v.starts.date() == day]

    def attended(self, pid: int) -> list[Visit]:
        return [
            v
            for v in self.visits.get(pid, [])
            if v.status in (AppointmentStatus.completed, AppointmentStatus.checked_in)
        ]

    def provider_day(self, provider_id: int, day: date) -> list[Visit]:
        """The provider's visits kept or done that day, first first (a list of the caller's own)."""
        return list(self._days.get((provider_id, day), []))

    def provider_free(self, provider_id: int, start: datetime, minutes: int = 45) -> bool:
        end = start + timedelta(minutes=minutes)
        if start.weekday() >= 5 or start.hour < 8 or end.hour * 60 + end.minute > 17 * 60:
            return False
        return not any(
            v.starts < end and v.ends > start for v in self.provider_day(provider_id, start.date())
        )

    def coming(self, weekday: int) -> date:
        """A bare weekday is the coming one; today's own name means a week ahead."""
        ahead = (weekday - self.today.weekday()) % 7 or 7
        return self.today + timedelta(days=ahead)

    def next_ordinal(self, day_of_month: int) -> date:
        d = self.today + timedelta(days=1)
        while d.day != day_of_month:
            d += timedelta(days=1)
        return d

    def scalar(self, sql: str, **params: Any) -> Any:
        return self.conn.execute(text(sql), params).scalar()

    def rows(self, sql: str, **params: Any) -> list:
        return list(self.conn.execute(text(sql), params).all())

    def balance_cents(self, pid: int) -> int:
        # The same definition as the self-written eval: responsibility + carried balances - paid.
        return int(
            self.scalar(
                """SELECT COALESCE((SELECT SUM(patient_responsibility_cents) FROM claim
                                    WHERE patient_id = :p), 0)
                + COALESCE((SELECT SUM(amount_cents) FROM opening_balance WHERE patient_id = :p
                            AND payer_id IS NULL), 0)
                - COALESCE((SELECT SUM(amount_cents) FROM payment WHERE patient_id = :p
                            AND source = 'patient'), 0)""",
                p=pid,
            )
        )


# -- words a person reads ------------------------------------------------------------------------------


def money(cents: int) -> list[str]:
    dollars = f"${cents / 100:,.2f}"
    return [dollars] + ([dollars[:-3]] if dollars.endswith(".00") else [])


def day_forms(d: date) -> list[str]:
    m = MONTHS[d.month - 1]
    return [
        f"{m} {d.day}",
        f"{m} {d.day:02d}",
        f"{LONG_MONTHS[d.month - 1]} {d.day}",
        f"{d.month}/{d.day}",
        f"{d.month:02d}/{d.day:02d}",
        d.isoformat(),
    ]


def time_forms(t: datetime) -> list[str]:
    hour = t.hour % 12 or 12
    half = "AM" if t.hour < 12 else "PM"
    forms = [f"{hour}:{t.minute:02d} {half}", f"{hour}:{t.minute:02d}{half}", f"{t.hour:02d}:{t.minute:02d}"]
    if t.minute == 0:
        forms += [f"{hour} {half}", f"{hour}{half}"]
    if t.hour == 12 and t.minute == 0:
        forms.append("noon")
    return forms + [f.lower() for f in forms]


def spoken_time(t: datetime, rng: random.Random) -> str:
    hour = t.hour % 12 or 12
    choices = [f"{hour}:{t.minute:02d}", f"{hour}:{t.minute:02d}{'am' if t.hour < 12 else 'pm'}"]
    if t.minute == 0:
        choices.append(f"{hour}{'am' if t.hour < 12 else 'pm'}")
        # A bare hour is read inside clinic hours (README): 9 is AM, 3 is PM; 7 or 6 would be a guess.
        if 8 <= t.hour <= 11 or 13 <= t.hour <= 17:
            choices.append(str(hour))
    if t.hour == 12 and t.minute == 0:
        choices.append("noon")
    return rng.choice(choices)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# -- choosing what a row is about ----------------------------------------------------------------------


def _asker(role: str) -> str:
    return {
        "front_desk": "frontdesk1@riverside.example.org",
        "biller": "biller1@billing.example.org",
        "owner": "owner@practice.example.org",
        "therapist": "pt1@riverside.example.org",
        "assistant": "pta1@riverside.example.org",
    }[role]


def _pronoun_fits(demo: Demo, pid: int, template: str) -> bool:
    sex = demo.patients[pid][5]
    if FEMALE.search(template) and sex != "F":
        return False
    return not (MALE.search(template) and sex != "M")


@dataclass
class Scene:
    """What a row is about: the patient, the visit, the day, the provider, the claim."""

    pid: int
    visit: Visit | None = None
    day: date | None = None
    provider_id: int | None = None
    claim: tuple | None = None  # id, status, paid_cents, payer name, service_date, carc
    to_day: date | None = None
    to_fields: tuple[str, ...] = ()  # placeholders that name the day a visit moves to
    other_provider: int | None = None
    second: int | None = None  # the row's {patient_b}: another patient of the clinic


def easter(year: int) -> date:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus), written here apart from the
    engine's own calendar on purpose."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _fixed_day(demo: Demo, template: str) -> date | None:
    """A day written into the template itself (tmrw, today, thursday, the 10th), not a placeholder."""
    if m := re.search(r"\b(?:instead of|rather than) (mon|tue|wed|thu|fri)", template.lower()):
        # "can she come in tmrw instead of fri": the visit talked about is Friday's
        return demo.coming(["mon", "tue", "wed", "thu", "fri"].index(m[1]))
    if TOMORROW.search(template):
        return demo.today + timedelta(days=1)
    if TODAY.search(template):
        return demo.today
    words = re.sub(r"\{\w+\}", "", template.lower())
    if m := re.search(r"\b(?:xmas|christmas) (eve|day)\b|\bnew year'?s eve\b", words):
        # "cancel her on xmas eve": a holiday's day is as fixed as a weekday said (test8 cx-09 was filled on
        # a Friday visit while the line names Dec 24)
        month, day = (12, 24) if m[1] == "eve" else (12, 25) if m[1] else (12, 31)
        on = date(demo.today.year, month, day)
        return on if on >= demo.today else date(demo.today.year + 1, month, day)
    if re.search(r"\bgood friday\b", words):
        # "how many on the books good friday" (blind18 b18-cv-13) is Easter's Friday, not the coming one
        on = easter(demo.today.year) - timedelta(days=2)
        return on if on >= demo.today else easter(demo.today.year + 1) - timedelta(days=2)
    if re.search(r"\blast (tues|mon|wed|thurs|fri)", words):
        return None
    if m := ORDINAL_DAY.search(words):
        return demo.next_ordinal(int(m[1]))
    # "cancel her wed. wait no monday": the day said after the correction is the one meant
    fixed = re.search(r"\b(?:wait,? no|no,? wait|i meant?|sorry,? i meant?)\b(.*)$", words)
    if fixed and LITERAL_DAY.search(fixed[1]) and LITERAL_DAY.search(words[: fixed.start()]):
        words = fixed[1]
    if m := LITERAL_DAY.search(words):
        coming = demo.coming(["mo", "tu", "we", "th", "fr"].index(m[1][:2]))
        # "the tuesday after next", and "book her a week from friday", are a week after the coming one
        later = re.search(rf"{m[1]}\w* after next", words) or words[: m.start()].endswith("a week from ")
        return coming + timedelta(days=7) if later else coming
    return None


def _scene(demo: Demo, row: dict, rng: random.Random, asker_email: str) -> Scene:
    m = row["meaning"]
    intent = m["intent"] if m["intent"] != "followup" else _scene_intent(m)
    template = row["text"] + " " + (m.get("context") or "")
    blob = str(m).lower()
    elsewhere = re.search(r"northside|eastside|other clinic", row["text"].lower())
    setup = str(row.get("setup", "")).lower()
    clinic = 2 if elsewhere and (intent == "role_refusal" or "not assigned" in setup) else CLINIC
    pool = sorted(p for p, c, *_ in demo.patients.values() if c == clinic and p in demo.unique_full)
    # A first or last name alone must still name one patient, unless the row is about that ambiguity.
    wide = asker_email in (_asker("biller"), _asker("owner"))
    if re.search(r"\{patient_first(_lower)?\}", row["text"]) and "{patient_last" not in row["text"]:
        pool = [p for p in pool if p in demo.unique_first] or pool
        pool = [p for p in pool if p in demo.unique_first_everywhere] or pool if wide else pool
    if re.search(r"\{patient_last(_lower)?\}", row["text"]) and "{patient_first" not in row["text"]:
        pool = [p for p in pool if p in demo.unique_last] or pool
        pool = [p for p in pool if p in demo.unique_last_everywhere] or pool if wide else pool
    pool = [p for p in pool if _pronoun_fits(demo, p, template)] or pool
    if re.search(r"ambiguous|two patients named", blob):
        # The row is about two patients of that name: the only right reply is a question.
        same = [p for p, c, *_ in demo.patients.values() if c == clinic and p not in demo.one_first]
        pool = sorted(p for p in same if p in demo.unique_full) or pool
    if "auth" in setup:
        active = {
            r[0]
            for r in demo.rows(
                "SELECT patient_id FROM prior_authorization WHERE status = 'approved' AND start_date <= :d "
                "AND end_date >= :d",
                d=demo.today,
            )
        }
        pool = [p for p in pool if p in active] or pool
    if "balance" in setup:
        pool = [p for p in pool if demo.balance_cents(p) > 0] or pool
    if intent == "book_visit" and not re.search(r"auth", setup + blob):
        # A booking that is not about the authorization needs a patient who can be booked: not one whose
        # payer refuses a visit past an authorization that has ended (the only right reply is then no).
        bookable = {
            r[0]
            for r in demo.rows(
                "SELECT i.patient_id FROM insurance_policy i JOIN payer y ON y.id = i.payer_id "
                "WHERE i.priority = 1 AND (NOT y.requires_authorization "
                "OR y.authorization_overrun != 'refuse' OR EXISTS (SELECT 1 FROM prior_authorization a "
                "WHERE a.patient_id = i.patient_id AND a.status = 'approved' AND a.start_date <= :d "
                "AND a.end_date >= :e AND a.visits_used < a.visits_approved))",
                d=demo.today,
                e=demo.today + timedelta(days=28),
            )
        }
        pool = [p for p in pool if p in bookable] or pool
    if "{patient_nickname}" in template:
        pool = [p for p in pool if demo.patients[p][2] in NICKNAMES] or pool
        if "{patient_last" not in row["text"]:
            pool = [p for p in pool if p in demo.unique_nick] or pool
    own = next((p[0] for p in demo.providers.values() if p[5] == asker_email), None)
    if "asker" in blob or "my " in row["text"].lower() or " me" in row["text"].lower():
        mine = [p for p in pool if any(v.provider_id == own for v in demo.visits.get(p, []))]
        pool = mine or pool
    claim_status = {"denial_reason": "denied", "payer_paid": "paid", "claim_status": None}.get(intent, "")
    if "{claim_no}" in template or (
        intent in ("denial_reason", "payer_paid", "claim_status") and "{date" in template
    ):
        cond = f"AND c.status = '{claim_status}'" if claim_status else ""
        claims = demo.rows(
            f"""SELECT c.id, c.status, c.paid_cents, y.name, c.service_date,
                   (SELECT MIN(l.denial_carc) FROM claim_line l
                    WHERE l.claim_id = c.id AND l.denial_carc != '')
                FROM claim c JOIN payer y ON y.id = c.payer_id WHERE c.clinic_id = 1 {cond}
                AND c.patient_id IN ({",".join(map(str, pool)) or "0"}) ORDER BY c.id"""
        )
        claims = claims or demo.rows(
            f"""SELECT c.id, c.status, c.paid_cents, y.name, c.service_date,
                   (SELECT MIN(l.denial_carc) FROM claim_line l
                    WHERE l.claim_id = c.id AND l.denial_carc != '')
                FROM claim c JOIN payer y ON y.id = c.payer_id WHERE c.clinic_id = 1 {cond} ORDER BY c.id"""
        )
        claim = rng.choice(claims)
        return Scene(claim_pid(demo, claim[0]), claim=tuple(claim))
    fixed = _fixed_day(demo, row["text"])
    wants_day = bool(re.search(r"\{(weekday|weekday_lower|date_md|date_words|time)\}", row["text"])) or fixed
    visit_intents = (
        "next_visit",
        "visits_on_day",
        "coming_in",
        "visit_time",
        "cancel_visit",
        "reschedule_visit",
        "multi_ask",
        "balance",
        "unsigned_notes",
        "no_shows",
    )
    if intent == "last_visit":
        cands = [p for p in pool if demo.attended(p)]
        pid = rng.choice(cands)
        # A date in the row ("been in since 12/3") is a past one, a few days before her last visit.
        return Scene(pid, day=demo.attended(pid)[-1].starts.date() - timedelta(days=3))
    if intent in ("auth_status",):
        cands = demo.rows(
            """SELECT patient_id FROM prior_authorization WHERE status = 'approved' AND start_date <= :d
               AND end_date >= :d GROUP BY patient_id HAVING COUNT(*) = 1 ORDER BY patient_id""",
            d=demo.today,
        )
        # Never another clinic's patient for a row that is not about one (her name was judged a leak where
        # the asker's clinic has a namesake: "is Teresa's auth still good"). With no one of the pool holding
        # an authorization: one of the clinic's whose name, as the row says it, is hers alone; else one of
        # the pool (and the row is unjudged: "no authorization in force").
        text = row["text"]
        alone = (
            demo.unique_nick
            if "{patient_nickname}" in text and "{patient_last" not in text
            else demo.unique_first
            if re.search(r"\{patient_first", text) and "{patient_last" not in text
            else demo.unique_last
            if re.search(r"\{patient_last", text) and not re.search(r"\{patient_(first|nickname)", text)
            else demo.unique_full
        )
        return Scene(
            rng.choice(
                [c[0] for c in cands if c[0] in pool]
                or [c[0] for c in cands if c[0] in alone and demo.patients[c[0]][1] == clinic]
                or pool
            )
        )
    if intent in ("last_payment", "insurance_on_file"):
        table = "payment" if intent == "last_payment" else "insurance_policy"
        cands = [
            c[0] for c in demo.rows(f"SELECT DISTINCT patient_id FROM {table} ORDER BY 1") if c[0] in pool
        ]
        return Scene(rng.choice(cands or pool))
    if intent in ("my_schedule", "day_schedule"):
        days = (
            [fixed]
            if fixed
            else [d for d in (demo.today + timedelta(days=n) for n in range(2, 7)) if d.weekday() < 5]
        )
        busy = [d for d in days if own is None or demo.provider_day(own, d)] or days
        return Scene(rng.choice(pool), day=rng.choice(busy) if (wants_day or fixed) else demo.today)
    if intent in visit_intents and (
        wants_day or intent in ("next_visit", "cancel_visit", "reschedule_visit", "multi_ask")
    ):
        if fixed:
            days = [fixed]
        else:
            days = [demo.today + timedelta(days=n) for n in range(2, 7)]
            days = [d for d in days if d.weekday() < 5]
        two = bool(re.search(r"two visits|pt and ot|keep the ot|2 appts|both", blob + row["text"].lower()))
        cands = []
        for p in pool:
            for d in days:
                on = demo.on_day(p, d)
                if intent in ("next_visit", "multi_ask") and on and demo.upcoming(p)[0].id != on[0].id:
                    continue
                if len(on) == 1 or (two and len(on) >= 2):
                    if (
                        own is not None
                        and ("asker" in blob or " me" in row["text"])
                        and on[0].provider_id != own
                    ):
                        continue
                    cands.append((p, d, on[0]))
        if cands:
            p, d, v = rng.choice(cands)
            scene = Scene(p, visit=v, day=d, provider_id=v.provider_id)
        else:
            # Nobody fits a fixed day: the row then asks about a day with no visit, and the right reply
            # says so (or asks) rather than acting on another visit.
            p = rng.choice(pool)
            scene = Scene(p, day=days[0])
        if scene.visit is not None:
            same = [
                q[0]
                for q in demo.providers.values()
                if q[3] == scene.visit.discipline and q[1] == CLINIC and q[0] != scene.visit.provider_id
            ]
            free = [q for q in same if demo.provider_free(q, scene.visit.starts, 45)]
            scene.other_provider = (free or same or [None])[0]
            to = str(m.get("to", ""))
            if intent == "reschedule_visit" and re.search(r"\{weekday|\{date", to):
                # The day it moves to is another day than the one it is on, with the provider free then.
                v = scene.visit
                later = [demo.today + timedelta(days=n) for n in range(1, 8)]
                later = [d for d in later if d.weekday() < 5 and d != v.starts.date()]
                fits = [
                    d for d in later
                    if demo.provider_free(v.provider_id, datetime.combine(d, v.starts.timetz()))
                ]  # fmt: skip
                scene.to_day = (fits or later)[0]
                scene.to_fields = tuple(re.findall(r"\{(weekday\w*|date\w*)\}", to))
            if intent == "reschedule_visit" and "{provider" in to:
                scene.provider_id = scene.other_provider
        return scene
    if intent == "balance" or "{amount}" in template:
        cands = [p for p in pool if demo.balance_cents(p) > 0]
        return Scene(rng.choice(cands or pool))
    if intent == "book_visit":
        return _book_scene(demo, row, rng, pool, fixed, own)
    return Scene(rng.choice(pool))


def _book_scene(
    demo: Demo, row: dict, rng: random.Random, pool: list[int], fixed: date | None, own: int | None
) -> Scene:
    """A patient in treatment, a provider of the discipline and a day and hour that provider is free."""
    treated = [p for p in pool if demo.attended(p)]
    pid = rng.choice(treated or pool)
    attended = demo.attended(pid)
    last = attended[-1] if attended else None
    discipline = last.discipline if last else "PT"
    provider = own if own is not None else (last.provider_id if last else 1)
    if demo.providers[provider][3] != discipline:
        discipline = demo.providers[provider][3]
    days = [fixed] if fixed else [demo.today + timedelta(days=n) for n in range(2, 7)]
    days = [d for d in days if d.weekday() < 5] or days
    said = literal_minute(str(row["meaning"].get("time", "")))
    for _ in range(40):
        d = rng.choice(days)
        hour, minute = rng.choice([8, 9, 10, 11, 13, 14, 15, 16]), rng.choice([0, 0, 30])
        if said is not None:
            hour, minute = divmod(said, 60)
        start = datetime(d.year, d.month, d.day, hour, minute)
        start = start.replace(tzinfo=demo.zone)
        if demo.provider_free(provider, start, 45) and not demo.on_day(pid, d):
            return Scene(
                pid,
                day=d,
                provider_id=provider,
                visit=Visit(0, pid, provider, start, start, "", "", discipline),
            )
    return Scene(pid, day=days[0], provider_id=provider)


def literal_minute(said: str) -> int | None:
    """A clock time written into a template ("3:00 PM", "4"), as minutes after midnight; a bare hour
    inside clinic hours (1 to 7 is PM)."""
    m = re.search(r"\b(\d{1,2})(?::(\d\d))?\s*(am|pm|AM|PM)?\b", said)
    if m is None or "{" in said:
        return None
    # a bare 12 is noon, as a bare 1 to 7 is the afternoon
    bare_pm = not m[3] and (1 <= int(m[1]) <= 7 or int(m[1]) == 12)
    hour = int(m[1]) % 12 + (12 if (m[3] or "").lower() == "pm" or bare_pm else 0)
    if 13 <= int(m[1]) <= 23 and not m[3]:
        hour = int(m[1])  # a 24-hour time ("14:00", blind7's meanings) is that hour, never 2 AM
    return hour * 60 + int(m[2] or 0)


def swap_pronouns(said: str, sex: str) -> str:
    """The templates' she/he follow a typical patient; they are turned to fit the demo patient."""
    if sex == "M":
        pairs = {
            "she": "he",
            "She": "He",
            "her": "his",
            "Her": "His",
            "hers": "his",
            "mrs.": "mr.",
            "mrs": "mr",
        }
    else:
        pairs = {"he": "she", "He": "She", "him": "her", "his": "her", "His": "Her", "mr.": "mrs."}
    out = re.sub(
        r"\b(she|She|hers|her|Her|he|He|him|his|His|mrs\.?|mr\.?)(?=\W|$)",
        lambda m: pairs.get(m[0], m[0]),
        said,
    )
    return re.sub(r"\bhis(?=\s*[?.!,]|\s*$)", "him", out) if sex == "M" else out


def claim_pid(demo: Demo, claim_id: int) -> int:
    return int(demo.scalar("SELECT patient_id FROM claim WHERE id = :c", c=claim_id))


def _scene_intent(meaning: dict) -> str:
    """What a follow-up's scene must hold: the visit its earlier turn was about."""
    ctx = str(meaning.get("context", "")).lower()
    words = (
        ("cancel", "cancel_visit"),
        ("moving", "reschedule_visit"),
        ("reschedul", "reschedule_visit"),
        ("booking", "book_visit"),
        ("a: book", "book_visit"),  # "A: Book her Thu the 16th at 10 with Kyle?"
        ("visit", "next_visit"),
    )
    for word, intent in words:
        if word in ctx:
            return intent
    return _resolved(meaning)


# A follow-up's resolves_to in plain words ("cancel Thursday's visit", "book Wednesday 10 only", "yes
# with nothing pending"): what it asks of the engine, as the intent the harness judges it by.
PLAIN_RESOLVES = (
    (re.compile(r"^(ambiguous|unclear|stale)\b.*\b(yes|ok|confirm)|^ambiguous (yes|ok|confirmation)", re.I),
     "unclear_yes"),
    (re.compile(r"^(acknowledgement|thanks|greeting|nothing to (do|confirm)|yes with nothing pending)", re.I),
     "acknowledge"),
    (re.compile(r"^(unresolved|clarify)\b", re.I), "clarify"),
    (re.compile(r"^cancel\b(?! which)", re.I), "cancel_visit"),
    (re.compile(r"^(move|reschedule)\b", re.I), "reschedule_visit"),
    (re.compile(r"^(book|add)\b.*\b(mon|tues?|wed|thu|fri|\d{1,2}( ?[ap]m)?)\b", re.I), "book_visit"),
)  # fmt: skip


def _resolved(meaning: dict) -> str:
    said = str(meaning.get("resolves_to", ""))
    word = said.split(" ")[0].split(":")[0]
    if word in INTENT_CATEGORY:
        return word
    if "revise" in said:
        return "revise"
    if (said.startswith("confirm") or said.endswith("+ confirm")) and "identity" not in said:
        return "confirm"
    if said.startswith(("drop", "withdraw")):
        return "withdraw"
    return next((intent for pattern, intent in PLAIN_RESOLVES if pattern.search(said)), "followup")


# -- the placeholders ----------------------------------------------------------------------------------


def values(demo: Demo, scene: Scene, rng: random.Random) -> dict[str, str]:
    pid = scene.pid
    _, _, first, last, born, _ = demo.patients[pid]
    born = born if isinstance(born, date) else date.fromisoformat(str(born))
    day = scene.day or (scene.visit.starts.date() if scene.visit else demo.today + timedelta(days=2))
    if scene.claim:
        service = scene.claim[4]
        day = service if isinstance(service, date) else date.fromisoformat(str(service))
    provider_id = scene.provider_id or (scene.visit.provider_id if scene.visit else None)
    if provider_id is None:
        provider_id = rng.choice([p for p in demo.providers if demo.providers[p][1] == CLINIC])
    scene.provider_id = provider_id
    prov = demo.providers[provider_id]
    prov_first, prov_last = prov[2].split(",")[0].split(" ")[0], prov[2].split(",")[0].split(" ")[-1]
    when = scene.visit.starts if scene.visit else datetime(day.year, day.month, day.day, 9, tzinfo=demo.zone)
    payer = demo.scalar(
        "SELECT y.name FROM insurance_policy i JOIN payer y ON y.id = i.payer_id WHERE i.patient_id = :p "
        "ORDER BY i.priority LIMIT 1",
        p=pid,
    )
    if scene.claim:
        payer = scene.claim[3]
    amount = demo.balance_cents(pid)
    if amount <= 0:
        amount = int(
            demo.scalar("SELECT COALESCE(MAX(amount_cents), 2500) FROM payment WHERE patient_id = :p", p=pid)
        )
    claim_id = scene.claim[0] if scene.claim else 0
    to_day = scene.to_day or day
    out = {
        "patient": f"{first} {last}",
        "patient_first": first,
        "patient_last": last,
        "patient_nickname": NICKNAMES.get(first, first),
        "patient_first_lower": first.lower(),
        "patient_last_lower": last.lower(),
        "patient_typo": f"{first} {typo(last, rng)}",
        "dob_us": f"{born.month}/{born.day}/{born.year % 100:02d}",
        "dob_long": f"{LONG_MONTHS[born.month - 1]} {born.day}, {born.year}",
        "provider": prov[2].split(",")[0],
        "provider_first": prov_first,
        "provider_title": f"Dr. {prov_last}" if prov[4] == "PT" else prov[2].split(",")[0],
        "credential": prov[4],
        "weekday": WEEKDAYS[day.weekday()],
        "weekday_lower": WEEKDAYS[day.weekday()].lower(),
        "date_md": f"{day.month}/{day.day}",
        "date_words": rng.choice([f"the {ordinal(day.day)}", f"{MONTHS[day.month - 1]} {ordinal(day.day)}"]),
        "time": spoken_time(when, rng),
        "payer": payer or "Medicare Part B",
        "claim_no": rng.choice([f"claim {claim_id}", f"claim #{claim_id}", f"#{claim_id}"]),
        "amount": f"${amount / 100:,.2f}",
    }
    moved = {
        "weekday": WEEKDAYS[to_day.weekday()],
        "weekday_lower": WEEKDAYS[to_day.weekday()].lower(),
        "date_md": f"{to_day.month}/{to_day.day}",
        "date_words": f"the {ordinal(to_day.day)}",
    }
    for key in scene.to_fields:
        out[key] = moved[key]
        if key.startswith("weekday"):
            out["weekday"], out["weekday_lower"] = moved["weekday"], moved["weekday_lower"]
    return out


def fill_text(template: str, vals: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: vals.get(m[1], m[0]), template)


def fill_any(obj: Any, vals: dict[str, str]) -> Any:
    if isinstance(obj, str):
        return fill_text(obj, vals)
    if isinstance(obj, list):
        return [fill_any(x, vals) for x in obj]
    if isinstance(obj, dict):
        return {k: fill_any(v, vals) for k, v in obj.items()}
    return obj


INTENT_CATEGORY = {
    "next_visit": "lookups",
    "last_visit": "lookups",
    "visit_time": "lookups",
    "coming_in": "lookups",
    "visits_on_day": "lookups",
    "day_schedule": "lookups",
    "my_schedule": "lookups",
    "insurance_on_file": "billing",
    "balance": "billing",
    "last_payment": "billing",
    "payer_paid": "billing",
    "claim_status": "billing",
    "denial_reason": "billing",
    "kpi": "billing",
    "auth_status": "authorizations",
    "book_visit": "actions",
    "cancel_visit": "actions",
    "reschedule_visit": "actions",
    "wait_list": "actions",
    "no_shows": "lookups",
    "unsigned_notes": "lookups",
    "role_refusal": "refusals & declines",
    "clinical_decline": "refusals & declines",
    "followup": "followups/multi",
    "multi_ask": "followups/multi",
    "confirm": "followups/multi",
    "withdraw": "followups/multi",
    "revise": "followups/multi",
    "acknowledge": "followups/multi",
    "unclear_yes": "followups/multi",
    "clarify": "followups/multi",
}
RELATIVE = re.compile(
    r"\b(tmrw|tmr|tomorrow|today|tonight|this (week|afternoon|morning|month)|next (week|wk|month)|last "
    r"(week|wk|month|quarter|tues|mon)|the \d{1,2}(st|nd|rd|th)|coming|same time|ago|end of|"
    r"monday|tuesday|wednesday|thursday|friday|mon|tues|thurs|\d+ (wks|weeks|days))\b",
    re.I,
)


def categories(row: dict) -> list[str]:
    """The intent's category, and "vague dates" too where the meaning rests on a relative date."""
    m = row["meaning"]
    said = " ".join(str(m.get(k, "")) for k in ("date", "window", "range", "from", "to", "when", "start"))
    relative = "relative_date" in (m.get("tags") or []) or RELATIVE.search(said)
    return [INTENT_CATEGORY[m["intent"]]] + (["vague dates"] if relative else [])


# -- a second patient ({patient_b}) -------------------------------------------------------------------

SECOND = re.compile(r"\{patient(_b)?(_[a-z_]+)?\}")
ABOUT_B = "{patient_b}"


def _traded(obj: Any) -> Any:
    """Every {patient...} placeholder as {patient_b...} and the other way round."""
    if isinstance(obj, str):
        return SECOND.sub(lambda m: "{patient" + ("" if m[1] else "_b") + (m[2] or "") + "}", obj)
    if isinstance(obj, list):
        return [_traded(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _traded(v) for k, v in obj.items()}
    return obj


def as_subject(row: dict) -> dict:
    """A row (or conversation) whose patient is {patient_b} is the same row with the two names traded: the
    patient it is about fills the scene, as every other row's does, and {patient} (where the row has it
    too) is then the second one."""
    turns = row.get("turns")
    firsts = [t["meaning"] for t in turns if t["meaning"].get("patient")] if turns else [row["meaning"]]
    if firsts and firsts[0].get("patient") == ABOUT_B:
        return _traded(row)
    return row


def _about_second(row: dict) -> list[dict]:
    turns = row.get("turns") or [row]
    return [t["meaning"] for t in turns if t["meaning"].get("patient") == ABOUT_B]


def _said_of_second(row: dict) -> list[str]:
    """The turns of a conversation about the second patient, as written ("and him wed")."""
    return [t["text"] for t in row.get("turns") or [] if t["meaning"].get("patient") == ABOUT_B]


def second_patient(demo: Demo, row: dict, scene: Scene, seed: int = 11) -> int | None:
    """The row's {patient_b}: another patient of the same clinic as the scene's, whose name alone (where
    the row says a first name only) is hers, with a visit on each day the turns about her name, a visit
    to come where they cancel, move or look one up, and a balance where they ask it; chosen by the row's
    id, as the rest."""
    blob = str(row)
    if "{patient_b" not in blob:
        return None
    rng = random.Random(f"{seed}:{row['id']}:b")
    clinic = demo.patients[scene.pid][1]
    pool = sorted(
        p for p, c, *_ in demo.patients.values() if c == clinic and p in demo.unique_full and p != scene.pid
    )
    if re.search(r"\{patient_b_first", blob) and "{patient_b_last" not in blob:
        pool = [p for p in pool if p in demo.unique_first] or pool
    # A turn about her by pronoun alone ("and him wed") names her only where the pronoun is hers.
    pool = [p for p in pool if all(_pronoun_fits(demo, p, said) for said in _said_of_second(row))] or pool
    for m in _about_second(row):
        said = str(m.get("date", ""))
        if re.fullmatch(r"\d{4}-\d\d-\d\d", said):
            day = date.fromisoformat(said)
            pool = [p for p in pool if demo.on_day(p, day)] or pool
        if m.get("intent") in ("cancel_visit", "reschedule_visit", "next_visit", "visit_time", "coming_in"):
            pool = [p for p in pool if demo.upcoming(p)] or pool
        if m.get("intent") == "balance":
            pool = [p for p in pool if demo.balance_cents(p) > 0] or pool
    return rng.choice(pool) if pool else None


def second_values(demo: Demo, pid: int | None) -> dict[str, str]:
    if pid is None:
        return {}
    _, _, first, last, *_ = demo.patients[pid]
    return {
        "patient_b": f"{first} {last}",
        "patient_b_first": first,
        "patient_b_last": last,
        "patient_b_nickname": NICKNAMES.get(first, first),
        "patient_b_first_lower": first.lower(),
        "patient_b_last_lower": last.lower(),
    }


def second_scene(demo: Demo, scene: Scene, meaning: dict) -> Scene:
    """What a turn about the second patient is about: her, and her visit on the day it names (else her
    next one)."""
    pid = scene.second if scene.second is not None else scene.pid
    said = str(meaning.get("date", ""))
    day = date.fromisoformat(said) if re.fullmatch(r"\d{4}-\d\d-\d\d", said) else None
    on = demo.on_day(pid, day) if day else demo.upcoming(pid)[:1]
    visit = on[0] if on else None
    return Scene(
        pid,
        visit=visit,
        day=day or (visit.starts.date() if visit else None),
        provider_id=visit.provider_id if visit else None,
        second=scene.pid,
    )


def fill(demo: Demo, row: dict, seed: int = 11) -> tuple[Scene, dict[str, str], str]:
    """The scene a row is about, its placeholder values and the message text."""
    rng = random.Random(f"{seed}:{row['id']}")
    role = "assistant" if row["asker"] == "assistant_therapist" else row["asker"]
    email = _asker(role)
    scene = _scene(demo, row, rng, email)
    vals = values(demo, scene, rng)
    scene.second = second_patient(demo, row, scene, seed)
    vals.update(second_values(demo, scene.second))
    said = fill_text(row["text"], vals)
    if "{patient" in row["text"] or "{dob" in row["text"]:
        said = swap_pronouns(said, demo.patients[scene.pid][5])
    return scene, vals, birth_date_as_hers(said, row["meaning"], demo.patients[scene.pid][4])


# A birth date written out in the line ("dob 03-07-1988", "b. 7/3/88", "14.01.1992") shows a way of
# writing it, not a patient: it is the filled patient's, written the same way.
DOB_FORMS = (
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), lambda d: d.isoformat()),
    (re.compile(r"\b\d{2}-\d{2}-\d{4}\b"), lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}"),
    (re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b"), lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{2}\b(?!/)"), lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}"),
    (re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b"), lambda d: f"{d.month}/{d.day}/{d.year}"),
)


def birth_date_as_hers(said: str, meaning: dict, born: Any) -> str:
    dob = str(meaning.get("dob", ""))
    if not dob or "{" in dob:
        return said
    born = born if isinstance(born, date) else date.fromisoformat(str(born))
    for pattern, written in DOB_FORMS:
        if pattern.search(dob):
            return pattern.sub(written(born), said, count=1)
    return said


def asker_email(demo: Demo, role: str, scene: Scene) -> str:
    """Therapists and assistants ask about their own caseload: the provider of the visit in hand."""
    role = "assistant" if role == "assistant_therapist" else role
    if role in ("therapist", "assistant") and scene.visit is not None and scene.visit.provider_id:
        prov = demo.providers[scene.visit.provider_id]
        if prov[1] == CLINIC and (prov[4].endswith("A")) == (role == "assistant"):
            return prov[5]
    return _asker(role)
