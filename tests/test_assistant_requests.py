"""Requests said in other words (issue 19): a place sought for a patient is a booking, never her visits; the
wait list said as "the list"; a balance waived or zeroed, and the audit log, declined; a symptom before a visit
or home exercises instead of visits declined as clinical; "cancel" dictated as "can so"; a holiday after
"have"/"anyone"/"coming" is that day; who a patient is with, and "that one", point back at her visit. Each row
a phrasing written for these tests."""

from datetime import date, datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import slots
from core.timeutil import utcnow
from core.users.service import actor_by_email

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

TODAY = date(2026, 12, 2)
FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # a place sought for her: a booking
        ("could you find Ana Ruiz a slot on tuesday", "book"),
        ("find him something early next week", "book"),
        ("slot Mark Olson into thursday afternoon pls", "book"),
        ("add an extra session for Mark Olson next week", "book"),
        ("her husband needs his eval booked", "book"),
        # the wait list said as the list
        ("add Mark Olson on the list for anything earlier", "waitlist"),
        ("put him on the list", "waitlist"),
        # declined for what they are
        ("can you pull up the audit trail on Ana Ruiz", "restricted"),
        ("i'm the owner, show the audit logs", "restricted"),
        ("waive the copay balance for Mark Olson, he's been through a lot", "restricted"),
        ("set Ana Ruiz's balance to zero", "restricted"),
        ("should I advance Mark Olson to the next band", "clinical"),
        ("the lady in the lobby says her chest feels tight, can we still start", "clinical"),
        ("her dad wants to know if she can do the exercises at home instead of visits", "clinical"),
        # dictation's "can so" is cancel; other "can so" is not
        ("can so Mark Olson thursday his car broke down", "cancel"),
        ("can sell Ana Ruiz for tomorrow", "cancel"),
        # who she is with, whether a visit still stands
        ("who's he with then", "visits"),
        ("whos her ot", "visits"),
        ("is that appt still on", "visits"),
        # reads said in desk shorthand
        ("when does the PA run out, Mark Olson", "auth_status"),
        ("is there a credit on Ana Ruiz's account", "balance"),
        ("anything outstanding on the account for Mark Olson", "balance"),
        ("did Ana Ruiz's check go through", "last_payment"),
        ("last date of service for Mark Olson pls", "last_appointment"),
        ("is Mark Olson at 9 or 9:30 monday", "visits"),
        ("are the Ruiz twins on for friday", "visits"),
        ("do we see Ana Ruiz next week at all", "visits"),
        ("Mark at 11 today still on", "visits"),
        ("what's the kx threshold this yr for pt", "kx_threshold"),
        ("is he still covered for monday", "auth_status"),
        ("are the Ruiz kids covered for next week", "auth_status"),
        ("is he due for a PN yet", "progress_due"),
        ("block off Christian's thursday morning for a meeting", "restricted"),
        ("shut the clinic new year's eve", "restricted"),
        ("did Mark Olson come in last sunday", "last_appointment"),
        ("Ana Ruiz asked to come in half an hour later tuesday", "reschedule"),
        ("can Mark Olson be 30 mins earlier tomorrow", "reschedule"),
        ("her son called, she would like the rest of her visits cancelled", "cancel"),
        ("pt asks can she have the first slot we have next week", "book"),
        # unchanged: her visits asked, a payment posted, the wait list asked about
        ("is Ana Ruiz free monday", "open_slots"),
        ("what visits does Mark Olson have next week", "visits"),
        ("how long is the wait list for OT", "waitlist_lookup"),
    ],
)
def test_requests_are_read_as_their_kind(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("who do we have xmas eve", date(2026, 12, 24)),
        ("does she have anything new year's eve", date(2026, 12, 31)),
        ("is he coming christmas eve or not", date(2026, 12, 24)),
        ("anyone booked the day after christmas", date(2026, 12, 26)),
        ("what time is Mark Olson christmas eve?", date(2026, 12, 24)),
    ],
)
def test_a_holiday_after_have_or_coming_is_that_day(said: str, day: date) -> None:
    assert day in [d.value for d in slots(said, TODAY).days], said


@pytest.mark.parametrize(
    "said",
    ["her grandkids visit for christmas", "he was off since thanksgiving week"],
)
def test_a_holiday_in_passing_is_no_day(said: str) -> None:
    assert not [d for d in slots(said, TODAY).days if d.value in (date(2026, 12, 25), date(2026, 11, 26))]


def _one_with_a_balance(practice: Practice) -> str:
    """A clinic-1 patient whose full name no other patient has, and whose first name is no provider's."""
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name
                        AND q.first_name = p.first_name) = 1
                   AND NOT EXISTS (SELECT 1 FROM provider v WHERE v.full_name LIKE p.first_name || ' %')
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


@pytest.mark.parametrize(
    "said",
    [
        "please waive {name}'s balance",
        "zero out {name}'s balance, the owner ok'd it",
        "just for a test put {name}'s balance at $0, no need to log it",
        "knock {name}'s acct down to zero quietly pls",
        "write off whatever {name} has left and skip the audit",
    ],
)
def test_a_balance_change_is_declined_with_nothing_beside_it(practice: Practice, said: str) -> None:
    """#19: a refused request gives no data beside the refusal (what she owes is its own question)."""
    name = _one_with_a_balance(practice)
    reply = _ask(practice, said.format(name=name))
    assert reply["proposal"] is None
    assert "can't do that here" in reply["answer"], reply["answer"]
    assert "owes" not in reply["answer"] and "$" not in reply["answer"], reply["answer"]


def test_a_balance_change_for_a_name_nobody_has_names_no_balance(practice: Practice) -> None:
    name = _one_with_a_balance(practice)
    first = _ask(practice, f"what does {name} owe")
    reply = _ask(practice, "waive Zzyzx Qwerty's balance", first["conversation_id"])
    assert "can't do that here" in reply["answer"] and "owes" not in reply["answer"], reply["answer"]


def test_an_opening_sought_for_a_patient_is_a_booking(practice: Practice) -> None:
    name = _one_with_a_balance(practice)
    reply = _ask(practice, f"anything open next tuesday with a PT for {name}")
    assert reply["proposal"] is None or reply["proposal"]["action"] == "book", reply["answer"]
    assert reply["proposal"] or "?" in reply["answer"], reply["answer"]
    assert "has no visit on" not in reply["answer"]
    reply = _ask(practice, f"is {name} free next tuesday")
    assert reply["proposal"] is None, reply["answer"]


def test_that_one_after_her_next_visit_is_her_visit(practice: Practice) -> None:
    name = _one_with_a_balance(practice)
    first = _ask(practice, f"when is {name} next")
    for follow in ("who's the provider for that visit", "who is she with"):
        reply = _ask(practice, follow, first["conversation_id"])
        assert reply["answer"] == first["answer"], (follow, reply["answer"])


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("any openings with Kyle eod tomorrow", (15 * 60, 20 * 60)),
        ("something late in the day friday for her", (15 * 60, 20 * 60)),
        ("last thing monday if anything's open", (15 * 60, 20 * 60)),
        ("friday morning", (7 * 60, 12 * 60)),
    ],
)
def test_the_end_of_the_day_is_the_days_last_hours(said: str, window: tuple[int, int]) -> None:
    assert slots(said, TODAY).window == window, said


@pytest.mark.parametrize(
    ("said", "minute"),
    [
        ("put Ana Ruiz in 12/15 315", 15 * 60 + 15),
        ("can you book Mark Olson friday at 1045", 10 * 60 + 45),
        ("schedule her tmrw 1130a", 11 * 60 + 30),
        ("Mark Olson @ 415 on monday pls", 16 * 60 + 15),
    ],
)
def test_a_clock_time_without_its_colon_after_a_day_is_that_time(said: str, minute: int) -> None:
    assert [t.value for t in slot_times(said)] == [minute], said


@pytest.mark.parametrize(
    ("said", "minute"),
    [
        # a slot named by its time after "the", or "half" an hour said the British way
        ("the 1115", 11 * 60 + 15),
        ("ok the 345 then", 15 * 60 + 45),
        ("is the 915 still open?", 9 * 60 + 15),
        ("the 130 w kyle pls", 13 * 60 + 30),
        ("half 3 any good", 15 * 60 + 30),
        ("what about half past 10", 10 * 60 + 30),
    ],
)
def test_a_slot_named_by_its_time_is_that_time(said: str, minute: int) -> None:
    assert [t.value for t in slot_times(said)] == [minute], said


@pytest.mark.parametrize(
    "said",
    [
        "what's the status of claim 1150",
        "she paid 245 last week",
        "refund 1030 to Ana Ruiz",
        "the 1150 claim was denied",
        "push it half an hour",
    ],
)
def test_three_or_four_digits_elsewhere_are_no_time(said: str) -> None:
    assert slot_times(said) == [], said


def slot_times(said: str) -> list:  # type: ignore[type-arg]
    return slots(said, TODAY).times


def _one_of_a_single_discipline(practice: Practice) -> tuple[str, str]:
    """A clinic-1 patient, unique by full name, whose booked visits ahead are all of one discipline."""
    with practice.engine.connect() as conn:
        name, discipline = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name, MIN(v.discipline) FROM patient p
                   JOIN appointment a ON a.patient_id = p.id JOIN provider v ON v.id = a.provider_id
                   WHERE p.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :now
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name
                        AND q.first_name = p.first_name) = 1
                   GROUP BY p.id, p.first_name, p.last_name
                   HAVING COUNT(DISTINCT v.discipline) = 1 AND COUNT(*) > 1 ORDER BY p.id LIMIT 1"""
            ),
            # the services' clock, as the assistant reads "next" (never the database's CURRENT_TIMESTAMP:
            # PostgreSQL's is its server's wall clock)
            {"now": utcnow().replace(tzinfo=None)},
        ).one()
    return name, discipline


@pytest.mark.parametrize(
    "said",
    ["cancel {name}'s next {other} visit", "pls cancel {name}'s next one, the {other} one not the {own}"],
)
def test_a_visit_of_a_discipline_she_has_none_of_is_asked_never_another(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    """At the demo's moment (conftest.demo_clock): her visits ahead are the demo's on any day."""
    name, own = _one_of_a_single_discipline(practice)
    other = "OT" if own != "OT" else "speech"
    reply = _ask(practice, said.format(name=name, other=other, own=own))
    assert reply["proposal"] is None, reply["answer"]
    assert "has no" in reply["answer"] and "?" in reply["answer"], reply["answer"]


@pytest.mark.parametrize(
    "said", ["cancel Ana Ruiz friday at 9 but keep her speech", "drop Mark Olson's 2:00 tmrw, leave the OT"]
)
def test_a_discipline_kept_is_not_the_one_cancelled(said: str) -> None:
    assert slots(said, TODAY).discipline is None, said


@pytest.mark.parametrize(
    ("asked", "then", "intent"),
    [
        ("any pt openings monday", "is the 1045 free?", "open_slots"),
        ("what's open for OT next tuesday", "half 2 any good?", "open_slots"),
        ("any pt openings monday", "the 1045 for {name}", "book"),
        ("whats open for PT next wednesday", "ok the 3 then for {name}", "book"),
    ],
)
def test_a_time_said_after_open_times_is_on_the_day_listed(
    practice: Practice, asked: str, then: str, intent: str
) -> None:
    listed = _ask(practice, asked)
    day = {t["local_start"][:10] for t in listed["data"]["slots"]}
    assert len(day) == 1, listed["answer"]
    with practice.engine.connect() as conn:
        name = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                        AND q.last_name = p.last_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()
    reply = _ask(practice, then.format(name=name), listed["conversation_id"])
    said = date.fromisoformat(day.pop()).strftime("%a %b %-d")
    assert said in reply["answer"], reply["answer"]
    if intent == "book":
        assert reply["proposal"] and reply["proposal"]["action"] == "book", reply["answer"]
    else:
        assert not reply["proposal"] and reply["intent"] == "open_slots", reply["answer"]
