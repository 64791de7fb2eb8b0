"""A no-show marked by mistake is undone (#20): the patient was in the waiting room. Put back as checked
in (on the visit's day) or booked, audited, once however often it is clicked; refused once something was
documented for it or its time was given away. The visit stays on the front desk's home list, marked,
with the undo there."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from conftest import DEMO_NOW, Practice
from page_helpers import page_client
from scheduling_helpers import NY, count, one
from sqlmodel import Session

from core.errors import Conflict, Invalid
from core.scheduling import booking
from core.scheduling.rules import may_undo_no_show
from core.timeutil import clock_at, utcnow

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("status", "documented", "may"),
    [
        ("no_show", False, True),
        ("no_show", True, False),  # a visit was opened on it: the clinician's record, billed from
        ("booked", False, False),
        ("checked_in", False, False),
        ("cancelled", False, False),
        ("completed", False, False),
    ],
)
def test_which_no_shows_may_be_undone(status: str, documented: bool, may: bool) -> None:
    assert may_undo_no_show(status, documented) is may


def _missed(practice: Practice, skip: int = 0) -> tuple[int, datetime]:
    """A visit booked after the demo was built whose start has passed by the wall clock (nobody marked
    it): its id and its start. The tests run the services' clock at ten minutes past it, that day."""
    found, starts = one(
        practice,
        """SELECT id, starts_at FROM appointment WHERE clinic_id = 1 AND status = 'booked'
        AND starts_at > :built AND starts_at < :now ORDER BY starts_at DESC, id LIMIT 1 OFFSET :s""",
        built=DEMO_NOW.replace(tzinfo=None),
        now=utcnow().replace(tzinfo=None) - timedelta(hours=1),
        s=skip,
    )
    moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
    return found, moment.replace(tzinfo=UTC) + timedelta(minutes=10)


def _undos(practice: Practice, appointment: int) -> int:
    return count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'appointment' AND record_id = :a "
        "AND detail LIKE 'no-show undone%'",
        a=str(appointment),
    )


def test_undone_as_checked_in_once_however_often_clicked(practice: Practice) -> None:
    desk = practice.actor("front_desk")
    appointment, then = _missed(practice)
    with clock_at(then), Session(practice.engine) as session:
        booking.no_show(session, actor=desk, appointment_id=appointment, reason="did not arrive")
    for _ in range(2):  # the double click
        with clock_at(then), Session(practice.engine) as session:
            put = booking.undo_no_show(session, actor=desk, appointment_id=appointment, arrived=True)
            assert put.status == "checked_in"
    status, reason, checked_in = one(
        practice, "SELECT status, cancel_reason, checked_in_at FROM appointment WHERE id = :a", a=appointment
    )
    assert (status, reason) == ("checked_in", "") and checked_in is not None
    assert _undos(practice, appointment) == 1
    # Undone and then asked for the other way: a conflict, not a second change.
    with clock_at(then), Session(practice.engine) as session, pytest.raises(Conflict):
        booking.undo_no_show(session, actor=desk, appointment_id=appointment, arrived=False)


def test_undone_as_booked_and_refused_where_it_may_not_be(practice: Practice) -> None:
    desk = practice.actor("front_desk")
    appointment, then = _missed(practice, skip=1)
    never = _missed(practice, skip=5)[0]
    with clock_at(then), Session(practice.engine) as session:
        booking.no_show(session, actor=desk, appointment_id=appointment, reason="did not arrive")
    with clock_at(then), Session(practice.engine) as session:
        assert (
            booking.undo_no_show(session, actor=desk, appointment_id=appointment, arrived=False).status
            == "booked"
        )
    assert _undos(practice, appointment) == 1
    # Never a no-show: nothing to undo.
    with clock_at(then), Session(practice.engine) as session, pytest.raises(Conflict):
        booking.undo_no_show(session, actor=desk, appointment_id=never, arrived=False)
    # A therapist does not change the schedule.
    with clock_at(then), Session(practice.engine) as session:
        booking.no_show(session, actor=desk, appointment_id=appointment, reason="did not arrive")
    with clock_at(then), Session(practice.engine) as session, pytest.raises(Exception, match="role may not"):
        booking.undo_no_show(
            session, actor=practice.actor("therapist"), appointment_id=appointment, arrived=False
        )
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0] == "no_show"


def test_a_past_days_no_show_is_put_back_booked_not_checked_in(practice: Practice) -> None:
    desk = practice.actor("front_desk")
    earlier = one(
        practice,
        "SELECT id FROM appointment WHERE clinic_id = 1 AND status = 'no_show' AND starts_at < :built "
        "ORDER BY starts_at DESC LIMIT 1",
        built=DEMO_NOW.replace(tzinfo=None),
    )[0]
    with (
        clock_at(DEMO_NOW + timedelta(days=2)),
        Session(practice.engine) as session,
        pytest.raises(Invalid, match="day of the visit"),
    ):
        booking.undo_no_show(session, actor=desk, appointment_id=earlier, arrived=True)
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=earlier)[0] == "no_show"


def test_the_home_list_keeps_a_no_show_with_its_undo(practice: Practice) -> None:
    desk = page_client(practice, "front_desk")  # logged in on the wall clock; the clock is set back after
    appointment, then, other = _two_missed_one_day(practice)
    with clock_at(then):
        _home_undo(practice, desk, appointment, other, then)


def _two_missed_one_day(practice: Practice) -> tuple[int, datetime, int]:
    """Two visits of `_missed` on one local day (the later first, with the clock moment past it): the page
    offers "check in" on an undone no-show of the day the clock is on only. Which visits have passed moves with
    the wall clock (on a Monday morning the latest are Monday's and the Friday's), so the pair is looked for."""
    seen: dict[object, tuple[int, datetime]] = {}
    for skip in range(2, 40):
        found, moment = _missed(practice, skip=skip)
        day = moment.astimezone(NY).date()
        if day in seen:
            return seen[day][0], seen[day][1], found
        seen[day] = (found, moment)
    raise AssertionError("no two missed visits on one day")


def _home_undo(practice: Practice, desk, appointment: int, other: int, then: datetime) -> None:  # type: ignore[no-untyped-def]
    back = f"/?day={then.astimezone(NY).date().isoformat()}"
    marked = desk.post(f"/appointments/{appointment}/no-show", data={"back": back}, follow_redirects=False)
    assert marked.status_code == 303
    home = desk.get(marked.headers["location"]).text
    assert "Marked a no-show." in home
    assert f'href="/appointments/{appointment}"' in home  # still on the day's list
    form = re.search(
        rf'<form method="post" action="/appointments/{appointment}/undo-no-show">(.*?)</form>', home
    )
    assert form and 'name="arrived" value="1"' in form.group(1) and "Undo: check in" in form.group(1)
    data = {"back": back, "arrived": "1"}
    first = desk.post(f"/appointments/{appointment}/undo-no-show", data=data, follow_redirects=False)
    second = desk.post(f"/appointments/{appointment}/undo-no-show", data=data, follow_redirects=False)
    assert "No-show undone: checked in." in desk.get(first.headers["location"]).text
    assert "No-show undone: checked in." in desk.get(second.headers["location"]).text
    assert one(practice, "SELECT status FROM appointment WHERE id = :a", a=appointment)[0] == "checked_in"
    assert _undos(practice, appointment) == 1
    # The appointment's page of a no-show offers both ways back.
    desk.post(f"/appointments/{other}/no-show", data={})
    page = desk.get(f"/appointments/{other}").text
    assert 'id="undo-arrived"' in page and 'id="undo-booked"' in page


def test_a_no_show_is_undone_though_time_off_was_written_over_its_day_since(practice: Practice) -> None:
    """The patient came (helper-330's review of a95a79d): time off, or a holiday, written over the visit's
    day after it was marked does not stop putting it back; its time given to another still does."""
    from core.scheduling.models import TimeOff

    desk = practice.actor("front_desk")
    appointment, then = _missed(practice, skip=4)
    provider, starts, ends = one(
        practice, "SELECT provider_id, starts_at, ends_at FROM appointment WHERE id = :a", a=appointment
    )
    with clock_at(then), Session(practice.engine) as session:
        booking.no_show(session, actor=desk, appointment_id=appointment, reason="did not arrive")
    off = TimeOff(
        provider_id=provider,
        starts_at=datetime.fromisoformat(str(starts)).replace(tzinfo=UTC) - timedelta(hours=1),
        ends_at=datetime.fromisoformat(str(ends)).replace(tzinfo=UTC) + timedelta(hours=1),
        reason="sick",
    )
    with Session(practice.engine) as session:
        session.add(off)
        session.commit()
        session.refresh(off)
    try:
        # (put back as booked: the module's other tests find their visits by the booked ones' order)
        with clock_at(then), Session(practice.engine) as session:
            put = booking.undo_no_show(session, actor=desk, appointment_id=appointment, arrived=False)
            assert put.status == "booked"
    finally:
        with Session(practice.engine) as session:
            session.delete(session.get(TimeOff, off.id))
            session.commit()
