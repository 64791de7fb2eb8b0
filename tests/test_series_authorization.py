"""Where a weekly series stops at the patient's authorization (core.scheduling.booking.authorization_cap),
table-driven, on SQLite and PostgreSQL: the one rule the desk's recurring booking stops at and the
assistant proposes a series by."""

from datetime import date, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import patient

from core.authorizations.models import Authorization
from core.patients.insurance import primary_payer
from core.scheduling.booking import authorization_cap

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

# Four Mondays in 2028, where the demo practice has no authorization of its own.
FIRST = date(2028, 3, 6)
DAYS = [FIRST + timedelta(weeks=w) for w in range(4)]


@pytest.mark.parametrize(
    ("requires", "authorization", "kept", "reason"),
    [
        # A payer that asks for no authorization: nothing stops the series, whatever is on file.
        (False, (FIRST, FIRST + timedelta(days=90), 1, 0), None, None),
        (False, None, None, None),
        # One that asks for one and has none on file: no date is covered.
        (True, None, 0, "no authorization covers them"),
        # Visits left: 3 approved, 1 used, so 2 of the 4 dates.
        (True, (FIRST, FIRST + timedelta(days=90), 3, 1), 2, "2 visits left on the authorization"),
        # All of them fit.
        (True, (FIRST, FIRST + timedelta(days=90), 10, 0), 4, ""),
        # The authorization ends after the second Monday.
        (True, (FIRST, FIRST + timedelta(days=8), 10, 0), 2, "the authorization ends on"),
        # It ended before the series: covering() still names it, so the reason is its end.
        (
            True,
            (FIRST - timedelta(days=60), FIRST - timedelta(days=1), 10, 0),
            0,
            "the authorization ends on",
        ),
    ],
)
@pytest.mark.parametrize("hold", [False, True])
def test_a_series_stops_at_the_authorization(
    practice: Practice,
    requires: bool,
    authorization: tuple[date, date, int, int] | None,
    kept: int | None,
    reason: str | None,
    hold: bool,
) -> None:
    patient_id = patient(practice, offset=20)
    with practice.session() as session:
        payer = primary_payer(session, patient_id, FIRST)
        assert payer is not None
        payer.requires_authorization = requires
        session.add(payer)
        if authorization is not None:
            start, end, approved, used = authorization
            session.add(
                Authorization(
                    patient_id=patient_id,
                    payer_id=payer.id or 0,
                    discipline="PT",
                    start_date=start,
                    end_date=end,
                    visits_approved=approved,
                    visits_used=used,
                )
            )
        session.flush()
        cap = authorization_cap(session, patient_id=patient_id, discipline="PT", days=DAYS, hold=hold)
        session.rollback()  # nothing of the case stays for the next one
    if kept is None:
        assert cap is None
        return
    assert cap is not None
    assert (cap.days, cap.left_out) == (DAYS[:kept], DAYS[kept:])
    assert reason is not None and reason in cap.reason


def test_a_series_with_no_dates_has_nothing_to_stop_at(practice: Practice) -> None:
    with practice.session() as session:
        assert authorization_cap(session, patient_id=patient(practice), discipline="PT", days=[]) is None
