"""Trial 51, front desk (#20): a patient whose authorization ended before a booked visit. Before: the
warning showed once, on the page the booking landed on; opening the visit again (at check-in) showed
nothing. Now the visit's page says the authorization's standing every time a visit still to be seen is
opened (core.scheduling.booking.authorization_standing, the booking's own rule), audited; not for a
visit whose payer asks nothing, nor for a cancelled one. The services' clock is the demo's (demo_clock): on the
wall clock the tiny practice's authorized visits ahead ran out on the evening of 2026-12-07."""

from datetime import date, timedelta

from page_helpers import page_client
from scheduling_helpers import count, one
from sqlalchemy import text as sql

from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _booked(practice, requires: bool, offset: int = 0) -> tuple[int, int | None]:  # type: ignore[no-untyped-def]
    """A booked visit ahead (clinic 1) of a patient whose payer does (or does not) ask an authorization:
    (the visit, its authorization)."""
    return tuple(  # type: ignore[return-value]
        one(
            practice,
            """SELECT a.id, a.authorization_id FROM appointment a
            JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
            JOIN payer y ON y.id = i.payer_id
            WHERE a.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :now
            AND y.requires_authorization = :r AND (:r = :f OR a.authorization_id IS NOT NULL)
            ORDER BY a.starts_at, a.id LIMIT 1 OFFSET :o""",
            now=(utcnow() + timedelta(days=2)).replace(tzinfo=None),
            r=requires,
            f=False,
            o=offset,
        )
    )


def test_a_visit_past_its_authorization_says_so_every_time_it_is_opened(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    visit, auth = _booked(practice, True)
    with practice.engine.begin() as conn:
        conn.execute(
            sql("UPDATE prior_authorization SET end_date = :d WHERE id = :a"),
            {"d": date(2026, 8, 30), "a": auth},
        )
    desk = page_client(practice, "front_desk")
    before = count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :v",
        v=str(visit),
    )
    for _ in range(2):  # every opening, not once
        page = desk.get(f"/appointments/{visit}").text
        standing = page.split('id="authorization-standing"')[1].split("</p>")[0]
        assert "the authorization ended on 08/30/2026." in standing, standing
        assert 'role="alert"' in page.split('id="authorization-standing"')[0][-80:]
    after = count(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'authorization' AND record_id = :v",
        v=str(visit),
    )
    assert after == before + 2
    # the biller reads it too; a page just booked says its warning once, not twice
    assert 'id="authorization-standing"' in page_client(practice, "biller").get(f"/appointments/{visit}").text
    landed = desk.get(f"/appointments/{visit}", params={"warned": "Aetna: the authorization ended"}).text
    assert 'id="booked-warned"' in landed and 'id="authorization-standing"' not in landed


def test_must_not_change_no_word_where_nothing_is_to_be_said(practice, demo_clock) -> None:  # type: ignore[no-untyped-def]
    desk = page_client(practice, "front_desk")
    free, _ = _booked(practice, False)
    assert 'id="authorization-standing"' not in desk.get(f"/appointments/{free}").text
    covered, auth = _booked(practice, True, 1)
    with practice.engine.begin() as conn:  # plenty of visits left: nothing to say
        conn.execute(
            sql(
                "UPDATE prior_authorization SET visits_approved = visits_used + 60, end_date = :d WHERE id = :a"
            ),
            {"d": date(2027, 12, 31), "a": auth},
        )
    assert 'id="authorization-standing"' not in desk.get(f"/appointments/{covered}").text
    with practice.engine.begin() as conn:  # a cancelled visit: nothing either, even past the authorization
        conn.execute(
            sql("UPDATE prior_authorization SET end_date = :d WHERE id = :a"),
            {"d": date(2026, 8, 30), "a": auth},
        )
        conn.execute(sql("UPDATE appointment SET status = 'cancelled' WHERE id = :v"), {"v": covered})
    assert 'id="authorization-standing"' not in desk.get(f"/appointments/{covered}").text
