"""Wait-list entries stuck on offers that expired (#20): an entry stayed 'offered' after its only offer's
hold ran out, so the wait-list page showed the patient neither as waiting nor among the offers out, and
the Remove button said they were no longer on the list. Now an offer past its hold is expired when the
wait list is read or a freed time is matched (core.scheduling.offers.expire_lapsed; rules.offer_open):
the patient waits again, is listed as waiting, is offered the next freed time, and an expired offer is
never among the offers out. Must not change: a patient holding another open offer stays offered.

On the demo clock (conftest.demo_clock), and the hold run out by moving it (clock_with_log_ins)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import clock_with_log_ins, one, open_day
from test_pages_desk_53_waitlist import (
    _book,
    _cancel,
    _clear_wait_list,
    _entry_status,
    _name,
    _offers,
    _pt_provider,
    _self_pay_patient,
    _wait,
)

from core.scheduling.calendar import policy
from core.scheduling.rules import offer_open

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FAR = date(2027, 5, 10)  # a Monday past everything the demo books (not the other wait-list test's day)
NOW = datetime(2026, 12, 7, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("status", "expires_at", "open_"),
    [
        ("offered", NOW + timedelta(minutes=1), True),  # must not change: still held
        ("offered", NOW, False),  # the hold ends at that instant
        ("offered", NOW - timedelta(hours=3), False),  # expired, never read since
        ("offered", NOW.replace(tzinfo=None) - timedelta(minutes=1), False),  # naive UTC from SQLite
        ("offered", NOW.replace(tzinfo=None) + timedelta(minutes=1), True),
        ("declined", NOW + timedelta(hours=1), False),  # answered
        ("taken", NOW + timedelta(hours=1), False),
        ("withdrawn", NOW + timedelta(hours=1), False),
        ("expired", NOW + timedelta(hours=1), False),
    ],
)
def test_an_offer_holds_until_answered_or_past_its_hold(
    status: str, expires_at: datetime, open_: bool
) -> None:
    assert offer_open(status, expires_at, NOW) is open_


def _hold_hours(practice: Practice) -> int:
    """How long clinic 1 holds an offer (its policy, else the default)."""
    with practice.session() as session:
        return policy(session, 1).offer_hold_hours


def _waitlist_rows(html: str, table: str) -> str:
    """The body of the page's table `table` ('waitlist' or 'offers-out'), '' where it is not shown."""
    start = html.find(f'id="{table}"')
    return "" if start < 0 else html[start : html.find("</table>", start)]


def test_an_expired_offer_frees_the_patient_to_be_listed_and_offered_again(
    practice: Practice, demo_clock: datetime
) -> None:
    desk = page_client(practice, "front_desk")
    _clear_wait_list(practice)
    first, second = _pt_provider(practice), _pt_provider(practice, 1)
    day = open_day(FAR)
    leaving, leaving_too = _self_pay_patient(practice, 10), _self_pay_patient(practice, 11)
    waiter = _self_pay_patient(practice, 13)
    freed, type_id = _book(desk, first, leaving, day, "15:45")
    freed_too, _ = _book(desk, second, leaving_too, day, "14:30")
    _wait(desk, waiter, type_id, day)

    said = _cancel(desk, freed)
    assert said == f"Cancelled. The time was offered on the wait list to {_name(practice, waiter)}.", said
    assert _offers(practice, freed) == [(waiter, 1, "offered")]
    assert _entry_status(practice, waiter) == "offered"
    page = desk.get("/waitlist").text
    assert _name(practice, waiter) in _waitlist_rows(page, "offers-out")
    assert _name(practice, waiter) not in _waitlist_rows(page, "waitlist")

    hold = _hold_hours(practice)
    with clock_with_log_ins(practice.engine, demo_clock + timedelta(hours=hold, minutes=1)):
        page = desk.get("/waitlist").text
        # the offer expired: the patient is waiting again, listed as such, with Remove offered
        assert _offers(practice, freed) == [(waiter, 1, "expired")]
        assert _entry_status(practice, waiter) == "waiting"
        assert _name(practice, waiter) in _waitlist_rows(page, "waitlist")
        assert _name(practice, waiter) not in _waitlist_rows(page, "offers-out")
        # and is offered the next freed time, the expired offer skipped
        said = _cancel(desk, freed_too)
        assert said == f"Cancelled. The time was offered on the wait list to {_name(practice, waiter)}.", said
        assert _offers(practice, freed_too) == [(waiter, 1, "offered")]
        assert _entry_status(practice, waiter) == "offered"
        page = desk.get("/waitlist").text
        out = _waitlist_rows(page, "offers-out")
        assert out.count(f'href="/patients/{waiter}"') == 1, "the live offer only, not the expired one"


def test_an_entry_holding_an_open_offer_stays_offered_when_another_expires(
    practice: Practice, demo_clock: datetime
) -> None:
    """Must not change: of a patient's two offers one expires; the other still holds, so they are still
    offered, among the offers out, not waiting. Accepting the expired one is refused and leaves them so."""
    desk = page_client(practice, "front_desk")
    _clear_wait_list(practice)
    first, second = _pt_provider(practice), _pt_provider(practice, 1)
    day = open_day(FAR + timedelta(days=7))
    leaving, leaving_too = _self_pay_patient(practice, 20), _self_pay_patient(practice, 21)
    waiter = _self_pay_patient(practice, 22)
    freed, type_id = _book(desk, first, leaving, day, "15:45")
    freed_too, _ = _book(desk, second, leaving_too, day, "10:30")
    _wait(desk, waiter, type_id, day)
    _cancel(desk, freed)
    hold = _hold_hours(practice)
    with clock_with_log_ins(practice.engine, demo_clock + timedelta(hours=hold - 1)):
        _cancel(desk, freed_too)  # offered an hour before the first offer's hold runs out
    with clock_with_log_ins(practice.engine, demo_clock + timedelta(hours=hold, minutes=1)):
        expired = one(practice, "SELECT id FROM wait_list_offer WHERE freed_appointment_id = :a", a=freed)[0]
        refused = desk.post(
            f"/waitlist/offers/{expired}/accept", data={"patient_id": waiter}, follow_redirects=True
        )
        assert "expired" in refused.text
        assert _offers(practice, freed) == [(waiter, 1, "expired")]
        assert _offers(practice, freed_too) == [(waiter, 1, "offered")]
        assert _entry_status(practice, waiter) == "offered"
        page = desk.get("/waitlist").text
        assert _name(practice, waiter) in _waitlist_rows(page, "offers-out")
        assert _name(practice, waiter) not in _waitlist_rows(page, "waitlist")
    with clock_with_log_ins(practice.engine, demo_clock + timedelta(hours=2 * hold)):
        desk.get("/waitlist")
        assert _entry_status(practice, waiter) == "waiting"  # both lapsed now
