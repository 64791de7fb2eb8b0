"""The assistant's evaluation set over the small demo practice: questions and requests (paraphrases,
typos, relative dates, follow-ups, ambiguous names, out-of-permission asks) whose expected answers are
computed here with plain SQL, never with the assistant's tools.

Each case is one conversation; the last reply is checked."""

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from core.enums import AppointmentStatus

FRONT_DESK = "frontdesk1@riverside.example.org"
OWNER = "owner@practice.example.org"


@dataclass
class Case:
    intent: str
    user: str
    turns: list[str]
    expect: list[str]  # every one must appear in the last answer (case-insensitive)
    kind: str = "plain"  # plain, typo, follow-up, ambiguous, refused, relative
    forbid: list[str] = field(default_factory=list)
    proposal: bool | None = None  # the last reply must (True) or must not (False) carry a proposal
    free_slot_check: bool = False


def _stamp(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    hour = local.hour % 12 or 12
    return (
        f"{local:%b} {local.day}, {local.year} {hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    )


def _aware(value) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def typo(name: str, rng: random.Random) -> str:
    if len(name) < 5:
        return name
    i = rng.randrange(1, len(name) - 2)
    if rng.random() < 0.5:
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]  # swap two letters
    return name[:i] + name[i + 1 :]  # drop one


NEXT = (
    "When is {n}'s next visit?",
    "when is {n} coming in next",
    "next appointment for {n}?",
    "Does {n} have anything booked?",
    "what's {n}'s next appt",
)
LAST = ("When was {n}'s last visit?", "when did {n} last come in", "last appointment for {n}")
AUTH = (
    "How many visits are left on {n}'s auth?",
    "auth status for {n}",
    "when does {n}'s authorization expire?",
    "how many visits does {n} have left",
)
OWE = ("What does {n} owe?", "what's the balance for {n}", "how much does {n} owe us?", "balance for {n}")
CLAIM = (
    "Why was claim {c} denied?",
    "status of claim {c}",
    "what happened to claim #{c}",
    "is claim {c} paid?",
)


def _pt_visit_covered(conn: Connection, patient_id: int, day: date) -> bool:
    """One more PT visit on the day is allowed by the primary payer's authorization rule: the payer asks
    for none, or an approved PT authorization spans the day with a visit neither used nor booked."""
    requires = conn.execute(
        text(
            """SELECT y.requires_authorization FROM insurance_policy i JOIN payer y ON y.id = i.payer_id
           WHERE i.patient_id = :p AND i.effective_from <= :d ORDER BY i.priority LIMIT 1"""
        ),
        {"p": patient_id, "d": day},
    ).scalar()
    if not requires:
        return True
    left = conn.execute(
        text(
            """SELECT MAX(a.visits_approved - a.visits_used - (
                   SELECT COUNT(*) FROM appointment x WHERE x.authorization_id = a.id
                   AND x.status IN (:booked, :checked_in)))
           FROM prior_authorization a WHERE a.patient_id = :p AND a.status = 'approved'
           AND a.discipline = 'PT' AND a.start_date <= :d AND a.end_date >= :d"""
        ),
        {
            "p": patient_id,
            "d": day,
            **{s.name: s.value for s in (AppointmentStatus.booked, AppointmentStatus.checked_in)},
        },
    ).scalar()
    return bool(left and left > 0)


def build(conn: Connection, *, seed: int = 3, now: datetime | None = None) -> list[Case]:
    rng = random.Random(seed)
    now = now or datetime.now(UTC)
    zone = ZoneInfo(conn.execute(text("SELECT timezone FROM clinic WHERE id = 1")).scalar_one())
    today = now.astimezone(zone).date()
    unique = list(
        conn.execute(
            text(
                """SELECT MIN(p.id), p.first_name, p.last_name FROM patient p WHERE p.clinic_id = 1
           GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id)"""
            )
        ).all()
    )
    rng.shuffle(unique)
    cases: list[Case] = []

    # next visit: the earliest booked appointment from now on
    for pid, first, last in unique[:60]:
        row = conn.execute(
            text(
                "SELECT MIN(starts_at) FROM appointment WHERE patient_id = :p "
                "AND status IN (:booked, :checked_in) AND starts_at > :now"
            ),
            {
                "p": pid,
                "now": now,
                **{s.name: s.value for s in (AppointmentStatus.booked, AppointmentStatus.checked_in)},
            },
        ).scalar()
        name = f"{first} {last}"
        kind = "plain"
        if len(cases) % 3 == 1:
            name, kind = f"{first} {typo(last, rng)}", "typo"
        elif len(cases) % 3 == 2:
            name, kind = name.lower(), "lowercase"
        expect = [_stamp(_aware(row), zone)] if row else ["no upcoming appointment"]
        cases.append(Case("next_appointment", FRONT_DESK, [rng.choice(NEXT).format(n=name)], expect, kind))

    # authorizations in force today
    auths = conn.execute(
        text(
            """SELECT a.patient_id, p.first_name, p.last_name, a.visits_approved - a.visits_used,
                      a.visits_approved
           FROM prior_authorization a JOIN patient p ON p.id = a.patient_id
           WHERE p.clinic_id = 1 AND a.status = 'approved' AND a.start_date <= :d AND a.end_date >= :d
           ORDER BY a.id"""
        ),
        {"d": today},
    ).all()
    single = {pid for pid, *_ in unique}
    counted: dict[int, int] = {}
    for pid, *_ in auths:
        counted[pid] = counted.get(pid, 0) + 1
    auths = [a for a in auths if a[0] in single and counted[a[0]] == 1]
    rng.shuffle(auths)
    for i, (_, first, last, left, approved) in enumerate(auths[:50]):
        name = f"{first} {typo(last, rng)}" if i % 4 == 3 else f"{first} {last}"
        cases.append(
            Case(
                "auth_status",
                FRONT_DESK,
                [rng.choice(AUTH).format(n=name)],
                [f"{max(left, 0)} of {approved} visits left"],
                "typo" if i % 4 == 3 else "plain",
            )
        )

    # balances: patient responsibility + carried-over balances - patient payments
    for i, (pid, first, last) in enumerate(unique[60:110]):
        owed = conn.execute(
            text(
                """SELECT COALESCE((SELECT SUM(patient_responsibility_cents) FROM claim
                                    WHERE patient_id = :p), 0)
                    + COALESCE((SELECT SUM(amount_cents) FROM opening_balance WHERE patient_id = :p
                                AND payer_id IS NULL), 0)
                    - COALESCE((SELECT SUM(amount_cents) FROM payment WHERE patient_id = :p
                                AND source = 'patient'), 0)"""
            ),
            {"p": pid},
        ).scalar_one()
        name = f"{first} {typo(last, rng)}" if i % 5 == 4 else f"{first} {last}"
        cases.append(
            Case(
                "balance",
                FRONT_DESK,
                [rng.choice(OWE).format(n=name)],
                [f"${owed / 100:,.2f}"],
                "typo" if i % 5 == 4 else "plain",
            )
        )

    # claim status, denials explained by their CARC
    claim_sql = """SELECT c.id, c.status, (SELECT MIN(l.denial_carc) FROM claim_line l WHERE l.claim_id = c.id
                   AND l.denial_carc != '') FROM claim c WHERE c.clinic_id = 1 AND {cond}
                   ORDER BY c.id LIMIT 300"""
    denied = conn.execute(text(claim_sql.format(cond="c.status = 'denied'"))).all()
    settled = conn.execute(text(claim_sql.format(cond="c.status != 'denied'"))).all()
    picked = rng.sample(denied, min(20, len(denied))) + rng.sample(settled, min(20, len(settled)))
    for claim_id, status, carc in picked:
        expect = [status.replace("_", " ")] + ([f"CARC {carc}"] if carc else [])
        cases.append(Case("claim_status", FRONT_DESK, [rng.choice(CLAIM).format(c=claim_id)], expect))

    # last completed visit
    for pid, first, last in unique[110:140]:
        row = conn.execute(
            text(
                "SELECT MAX(starts_at) FROM appointment WHERE patient_id = :p AND status = 'completed' "
                "AND starts_at <= :now"
            ),
            {"p": pid, "now": now},
        ).scalar()
        expect = [_stamp(_aware(row), zone)] if row else ["no completed visit"]
        cases.append(
            Case("last_appointment", FRONT_DESK, [rng.choice(LAST).format(n=f"{first} {last}")], expect)
        )

    # follow-ups: the second question is about the same patient, by pronoun
    for _, first, last, left, approved in auths[50:80] if len(auths) > 60 else auths[:30]:
        cases.append(
            Case(
                "auth_status",
                FRONT_DESK,
                [f"When is {first} {last}'s next visit?", "and how many visits are left on her auth?"],
                [f"{max(left, 0)} of {approved} visits left"],
                "follow-up",
            )
        )

    # ambiguous names: two patients of the same name in the clinic
    twins = conn.execute(
        text(
            """SELECT first_name, last_name FROM patient WHERE clinic_id = 1 GROUP BY first_name, last_name
           HAVING COUNT(*) > 1 ORDER BY first_name, last_name"""
        )
    ).all()
    for first, last in twins[:20]:
        cases.append(
            Case(
                "next_appointment",
                FRONT_DESK,
                [f"When is {first} {last}'s next visit?"],
                ["which patient", "born"],
                "ambiguous",
            )
        )

    # out of the asker's rights: a therapist asking a balance, the front desk asking KPIs or notes,
    # anyone asking about the other clinic's patients
    therapist = conn.execute(
        text(
            "SELECT u.email FROM app_user u JOIN provider p ON p.user_id = u.id WHERE p.clinic_id = 1 "
            "AND p.credential = 'PT' ORDER BY p.id LIMIT 1"
        )
    ).scalar_one()
    for _, first, last in unique[140:150]:
        cases.append(
            Case(
                "balance",
                therapist,
                [f"What does {first} {last} owe?"],
                ["outside what your role"],
                "refused",
                forbid=["$"],
            )
        )
    for question in (
        "What was our clean-claim rate last month?",
        "denial rate this month",
        "Which notes are unsigned?",
        "show me the KPIs",
        "what is our net collection rate",
    ):
        cases.append(
            Case("refused", FRONT_DESK, [question], ["outside what your role"], "refused", forbid=["%"])
        )
    others = conn.execute(
        text(
            """SELECT first_name, last_name FROM patient WHERE clinic_id = 2
               AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.clinic_id = 1
                               AND substr(q.last_name, 1, 4) = substr(patient.last_name, 1, 4))
               AND (first_name || ' ' || last_name) NOT IN
           (SELECT first_name || ' ' || last_name FROM patient WHERE clinic_id = 1) ORDER BY id LIMIT 5"""
        )
    ).all()
    for first, last in others:
        cases.append(
            Case(
                "refused",
                FRONT_DESK,
                [f"When is {first} {last}'s next visit?"],
                ["could not find"],
                "refused",
            )
        )

    # open slots and bookings: whatever is offered must be free by SQL, and nothing is written
    weekdays = [today + timedelta(days=n) for n in range(1, 15) if (today + timedelta(days=n)).weekday() < 5]
    for i, (pid, first, last) in enumerate(unique[150:170]):
        day = weekdays[i % 6]
        when = "tomorrow" if day == today + timedelta(days=1) else f"on {day:%A}"
        ask = [
            f"Book {first} {last} for a PT follow-up {when} morning",
            f"book {first} {last} {when} afternoon",
        ][i % 2]
        if _pt_visit_covered(conn, pid, day):
            cases.append(
                Case(
                    "book",
                    FRONT_DESK,
                    [ask],
                    [f"Book {first} {last}"],
                    "relative",
                    proposal=True,
                    free_slot_check=True,
                )
            )
        else:
            # PRODUCT.md: a visit the payer's authorization does not cover is never proposed; it says why
            cases.append(
                Case(
                    "book",
                    FRONT_DESK,
                    [ask],
                    [f"book {first} {last}", "authorization"],
                    "relative",
                    proposal=False,
                )
            )
    for i in range(15):
        day = weekdays[i % 5]
        words = [
            "tomorrow"
            if day == today + timedelta(days=1)
            else f"next {day:%A}"
            if day - today > timedelta(days=6)
            else f"{day:%A}"
        ]
        cases.append(
            Case(
                "open_slots",
                FRONT_DESK,
                [f"Any openings for a PT follow-up {words[0]}?"],
                ["Open PT follow-up"],
                "relative",
                free_slot_check=True,
            )
        )

    # KPIs, as the owner: the clean-claim rate of last month by SQL
    first_day = today.replace(day=1)
    last_month_end = first_day - timedelta(days=1)
    start = last_month_end.replace(day=1)
    clean, scrubbed = conn.execute(
        text(
            """SELECT SUM(CASE WHEN first_scrub_clean THEN 1 ELSE 0 END), COUNT(*) FROM claim
           WHERE first_scrub_clean IS NOT NULL AND service_date >= :s AND service_date <= :e"""
        ),
        {"s": start, "e": last_month_end},
    ).one()
    rate = f"{round(100 * clean / scrubbed, 2):g}" if scrubbed else "no data"
    for question in (
        "What was our clean-claim rate last month?",
        "clean claim rate last month",
        "how was our clean-claim rate last month",
    ):
        cases.append(Case("kpi", OWNER, [question], [rate]))

    # out of scope: said plainly, nothing invented
    for question in (
        "what's the weather tomorrow",
        "tell me a joke",
        "who won the game last night",
        "write a poem about knees",
        "what's the capital of France",
    ):
        cases.append(Case("out_of_scope", FRONT_DESK, [question], ["can't answer that"]))
    return cases
