"""A cancel of everything from here on, said with why first ("Maria Hall is moving, cancel everything from
here on"), and one of the visits proposed kept by its day ("keep the one on the 24th, she wants a last
visit"): the reason written is what the desk said, and the visit kept is the one on the day named (never
the list's last because "last" was said of something else). Pure tables first, then the demo practice
through `ask`."""

import json
import re
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest
from scheduling_helpers import NY, booked_ahead
from sqlalchemy import text

from assistant.engine import KEEP_LAST, _kept_on_days
from assistant.service import ask
from assistant.tools import Visit
from assistant.understand import slots

TODAY = date(2027, 3, 17)  # a Wednesday
FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "reason"),
    [
        ("Maria Hall is moving, cancel everything from here on", "moving"),
        ("Maria Hall's moving to Ohio, cancel everything", "moving to Ohio"),
        ("Joe is having surgery, cancel his visits next week", "having surgery"),
        ("John is sick cancel his visit", "sick"),
        ("cancel all her appts shes moving to florida", "shes moving to florida"),
        ("cancel her friday, she's sick cancel the monday too", "she's sick"),
        # a name and what she is booked for is no reason
        ("Maria Hall is booked tomorrow, cancel it", None),
    ],
)
def test_why_said_before_the_cancel_is_the_reason_written(said: str, reason: str | None) -> None:
    assert slots(said, TODAY).reason == reason, said


def _visit(i: int, day: date, hour: int = 11) -> Visit:
    at = datetime(day.year, day.month, day.day, hour, tzinfo=NY)
    return Visit(
        i,
        "Maria Hall",
        at,
        at + timedelta(minutes=45),
        "booked",
        6,
        "Ann Taylor, OT",
        1,
        "OT",
        "OT",
        "follow-up",
    )


LIST = [
    _visit(1, date(2027, 3, 19)),  # Fri
    _visit(2, date(2027, 3, 22)),  # Mon
    _visit(3, date(2027, 3, 24)),  # Wed
    _visit(4, date(2027, 3, 26)),  # Fri
    _visit(5, date(2027, 3, 29)),  # Mon
]


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("keep the one on the 24th, she wants a last visit", [3]),
        ("keep the 22nd", [2]),
        ("except mon the 22nd", [2]),
        ("keep 3/29", [5]),
        ("keep wednesday's", [3]),  # one Wednesday in the list
        ("keep friday's", [1, 4]),  # two Fridays: both, so the keep is asked about
        ("keep the 23rd", []),  # no visit that day: asked, nothing kept on a guess
        ("keep the last one", None),  # no day said
    ],
)
def test_a_visit_kept_by_its_day_is_the_one_on_that_day(said: str, kept: list[int] | None) -> None:
    found = _kept_on_days(LIST, slots(said, TODAY))
    assert (None if found is None else [v.id for v in found]) == kept, said


@pytest.mark.parametrize(
    ("said", "last"),
    [
        ("keep the last one", True),
        ("keep her last visit", True),
        ("leave the very last appt", True),
        ("keep the one on the 24th, she wants a last visit", False),
        ("keep one, she wants a last appointment", False),
    ],
)
def test_the_last_one_is_the_lists_last_but_a_last_visit_wanted_is_not(said: str, last: bool) -> None:
    assert bool(KEEP_LAST.search(said)) is last, said


def _ask(practice, message: str, conversation_id: int | None = None) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _proposed(practice, conversation_id: int) -> dict:  # type: ignore[no-untyped-def]
    with practice.engine.connect() as conn:
        payload = conn.execute(
            text("SELECT payload FROM assistant_proposal WHERE conversation_id = :c ORDER BY id DESC"),
            {"c": conversation_id},
        ).first()[0]
    return payload if isinstance(payload, dict) else json.loads(payload)


def test_moving_cancel_everything_then_keep_one_by_its_day(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    ahead = defaultdict(list)
    for row in booked_ahead(practice):
        ahead[(row.first, row.last)].append(row)
    patient, visits = next(
        ((who, rows) for who, rows in ahead.items() if len({r.starts.date() for r in rows}) >= 3), (None, [])
    )
    assert patient is not None, "no patient with three visit days ahead in the demo practice"
    first, last = patient
    asked = _ask(practice, f"{first} {last} is moving, cancel everything from here on")
    assert asked["proposal"] is not None, asked["answer"]
    assert "moving" in asked["answer"] and "patient called" not in asked["answer"], asked["answer"]
    assert set(_proposed(practice, asked["conversation_id"])["appointment_ids"]) == {r.id for r in visits}
    middle = visits[1]
    kept = _ask(
        practice, f"keep the one on {middle.starts:%-m/%-d}, she wants a last visit", asked["conversation_id"]
    )
    assert kept["proposal"] is not None, kept["answer"]
    proposed = set(_proposed(practice, asked["conversation_id"])["appointment_ids"])
    assert middle.id not in proposed, kept["answer"]
    assert proposed == {r.id for r in visits if r.starts.date() != middle.starts.date()}, kept["answer"]
    assert "moving" in kept["answer"], kept["answer"]


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("Timothy Ramos wants sometime next week, doesnt matter when", "book"),
        ("she needs an appt thursday", "book"),
        ("he would like a time next week", "book"),
        ("mrs lopez is asking for an appointment friday", "book"),
        # asked, not wanted: her visits
        ("does she want an appt?", "visits"),
    ],
)
def test_a_visit_the_patient_wants_is_a_booking_asked(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("and what does she owe, might as well collect tmrw", []),
        ("cancel her friday as well", []),
        ("what does maria wells owe", ["maria", "wells"]),
    ],
)
def test_as_well_is_no_name(said: str, words: list[str]) -> None:
    assert slots(said, TODAY).words == words, said


@pytest.mark.parametrize(
    ("said", "day", "day_to"),
    [
        ("how many on the books good friday", date(2027, 3, 26), None),
        ("is the clinic open on easter", date(2027, 3, 28), None),
        # the week from the day after the holiday
        ("nah after easter better", date(2027, 3, 29), date(2027, 4, 4)),
        ("anything after christmas", date(2027, 12, 26), date(2028, 1, 1)),
        # a day of its own stays one day
        ("the day after thanksgiving", date(2027, 11, 26), None),
        ("book her friday", date(2027, 3, 19), None),
    ],
)
def test_easter_and_the_days_around_it(said: str, day: date, day_to: date | None) -> None:
    frame = slots(said, TODAY)
    assert (frame.day, frame.day_to) == (day, day_to), said
    assert not {"easter", "christmas"} & {w.lower() for w in frame.words}, said


@pytest.mark.parametrize(
    ("said", "intent", "provider"),
    [
        ("oh Adam just got a cx fri 11, give it to her", "book", "Adam"),
        ("Kyle had a cancellation at 2 tmrw, put her in it", "book", "Kyle"),
        ("fyi Nicole has an opening at 3, book him", "book", "Nicole"),
        # a cancellation told with nothing given: as before
        ("she had a cancellation last week", "visits", None),
    ],
)
def test_a_providers_freed_slot_given_to_the_patient_is_a_booking_with_that_provider(
    said: str, intent: str, provider: str | None
) -> None:
    frame = slots(said, TODAY)
    assert frame.intent == intent, said
    assert (frame.led[0] if frame.led else None) == provider, said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("anyone else on the speech list want mornings", "waitlist_lookup"),
        ("who else is on the list", "waitlist_lookup"),
        ("put her on the ot list", "waitlist"),
        ("what's on the list of unsigned notes", "unsigned_notes"),
    ],
)
def test_a_disciplines_list_is_its_wait_list(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said


def test_cancel_them_all_after_a_long_day_listed_names_every_visit_of_it(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    from collections import Counter

    soon = (demo_clock.astimezone(NY) + timedelta(days=1)).date()
    busy = Counter(r.starts.date() for r in booked_ahead(practice) if r.starts.date() > soon)
    day = next((d for d, n in sorted(busy.items()) if n > 15 and d.weekday() < 5), None)
    assert day is not None, "no weekday ahead with more than 15 visits in the demo practice"
    listed = _ask(practice, f"how many on the books {day:%-m/%-d}")
    count = int(re.search(r"(\d+) visits for", listed["answer"])[1])  # type: ignore[index]
    assert count > 15, listed["answer"]
    asked = _ask(practice, "we're closing. cancel them all, reason clinic closed", listed["conversation_id"])
    assert asked["proposal"] is not None, asked["answer"]
    assert len(_proposed(practice, asked["conversation_id"])["appointment_ids"]) == count, asked["answer"]


@pytest.mark.parametrize(
    ("said", "intent", "same_time"),
    [
        ("wells nxt?", "visits", False),
        ("mv mon to tue same", "reschedule", True),
        ("mv her to fri same", "reschedule", True),
        ("move him to tue, same provider", "reschedule", False),
    ],
)
def test_shorthand_of_a_desk_in_a_hurry(said: str, intent: str, same_time: bool) -> None:
    frame = slots(said, TODAY)
    assert (frame.intent, frame.same_time) == (intent, same_time), said


def test_a_place_no_clinic_is_called_is_asked_never_the_whole_practice(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    soon = (demo_clock.astimezone(NY) + timedelta(days=1)).date()
    day = next(r.starts.date() for r in booked_ahead(practice) if r.starts.date() > soon)
    asked = _ask(practice, f"{day:%-m/%-d} afternoon downtown, how many booked")
    assert "?" in asked["answer"] and "visits for" not in asked["answer"], asked["answer"]
    assert asked["proposal"] is None
