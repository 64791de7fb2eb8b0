"""A move asked without a time ("later the same day", "earlier", "in the afternoon"): the open times are
offered in words and nothing is proposed until one is picked; the pick ("the 2nd one", "after 3") is then
proposed. The first opening found is never taken on a guess. On the demo practice, through `ask`."""

from datetime import datetime, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import NY, booked_ahead

from assistant.service import ask
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _morning_visit(practice: Practice) -> tuple[str, str, datetime]:
    """A clinic-1 patient whose full name is hers alone and a single booked morning visit on a weekday at least
    two days ahead: (first, last, start in clinic time)."""
    soon = (utcnow().astimezone(NY) + timedelta(days=2)).date()
    seen: dict[tuple[str, str, object], int] = {}
    starts = []
    for first, last, _, local in booked_ahead(practice):
        seen[(first, last, local.date())] = seen.get((first, last, local.date()), 0) + 1
        starts.append((first, last, local))
    for first, last, local in starts:
        if (
            seen[(first, last, local.date())] == 1
            and 8 <= local.hour < 10
            and local.date() >= soon
            and local.weekday() < 5
        ):
            return first, last, local
    raise AssertionError("no single morning visit of a patient with a name of her own in the demo practice")


@pytest.mark.parametrize(
    "said",
    [
        "{first} {last} wants to move {weekday} to later the same day",
        "can {first} {last} come in later on {weekday}",
        "push {first} {last}'s {weekday} visit later that day",
        "move {first} {last}'s {weekday} one to the afternoon",
    ],
)
def test_a_move_without_a_time_offers_the_open_times_and_proposes_nothing(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    first, last, starts = _morning_visit(practice)
    asked = _ask(practice, said.format(first=first, last=last, weekday=f"{starts:%A}".lower()))
    assert asked["proposal"] is None, asked["answer"]
    assert "Which one?" in asked["answer"] and "2) " in asked["answer"], asked["answer"]
    assert f"{first} {last}" in asked["answer"]


def test_the_time_picked_from_those_offered_is_the_one_proposed(
    practice: Practice, demo_clock: datetime
) -> None:
    first, last, starts = _morning_visit(practice)
    asked = _ask(practice, f"{first} {last} wants to move {starts:%A} to later the same day")
    second = asked["answer"].split("2) ")[1].split(";")[0].split(".")[0]  # "Thu Dec 17, 1:45 PM"
    picked = _ask(practice, "the 2nd one", asked["conversation_id"])
    assert picked["proposal"] is not None and picked["proposal"]["action"] == "reschedule", picked["answer"]
    to = picked["answer"].split("?")[0].split(" to ")[-1]
    assert second.split(", ")[-1] in to, (second, picked["answer"])


def _slot(clock: str) -> dict:
    local = datetime.strptime(f"2026-12-17 {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=NY)
    return {
        "provider_id": 1,
        "provider_name": "Someone, PT",
        "starts_at": local,
        "ends_at": local + timedelta(minutes=45),
        "local_start": local.isoformat(),
    }


@pytest.mark.parametrize(
    ("said", "offered", "picked"),
    [
        ("she says after 3", ["13:45", "14:00", "15:30"], "15:30"),
        ("he can only do after 2", ["13:45", "14:30", "15:30"], None),  # two after 2: asked again
        ("anything in the morning", ["09:00", "13:00"], "09:00"),
        ("she says after 3", ["09:00", "10:00"], None),  # none after 3
        ("the 2nd one", ["09:00", "10:00", "11:00"], "10:00"),
        ("the 10:00", ["09:00", "10:00"], "10:00"),
        ("after 3 on friday", ["15:30"], None),  # another day said: not a pick from this list
    ],
)
def test_a_pick_from_the_times_offered_names_exactly_one_or_none(
    said: str, offered: list[str], picked: str | None
) -> None:
    from datetime import date

    from assistant.engine import _minute, _offered
    from assistant.understand import slots

    slot = _offered({"offered": {"slots": [_slot(c) for c in offered]}}, slots(said, date(2026, 12, 14)))
    if picked is None:
        assert slot is None
    else:
        assert slot is not None and _minute(slot) == int(picked[:2]) * 60 + int(picked[3:])
