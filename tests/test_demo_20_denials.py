"""The demo's denials are ones a payer would give (#20, a biller's read of the demo): a CO-29 (time limit
for filing expired) came back on a claim sent the day after the visit, and a 197 (authorization absent)
on a visit inside the patient's approved authorization. Now 29 comes only to a claim first sent after
its payer's timely-filing window (none in the demo: its claims go out the next day), 197 only where the
payer asks an authorization and none covers the visit's date, and a denied line carries one reason. The
pool as a rule, table-driven with rows that must not change; the built demo read end to end."""

from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text

from core.demo import data

DEMO_SIZE = "tiny"


def _carcs(**facts: object) -> set[str]:
    return {d[1] for d in data.denial_pool(**facts)}  # type: ignore[arg-type]


# (payer asks an authorization, a valid one covers the visit, days from service to first sent, the
# payer's timely-filing days, the reasons that may be drawn)
POOLS = [
    # a claim sent the next day, inside an authorization: neither 197 nor 29
    (True, True, 1, 90, {"50", "16"}),
    # no authorization covers the visit (expired, or none): 197 may come
    (True, False, 1, 90, {"197", "50", "16"}),
    # must not change: a payer that asks none never says 197 (trial 51)
    (False, False, 1, 90, {"50", "16"}),
    (False, True, 1, 365, {"50", "16"}),
    # sent on the window's last day: not late; a day after: 29 may come
    (True, True, 90, 90, {"50", "16"}),
    (True, True, 91, 90, {"29", "50", "16"}),
    (False, False, 400, 365, {"29", "50", "16"}),
]


@pytest.mark.parametrize(("asks", "authorized", "filed", "filing", "want"), POOLS)
def test_which_denials_a_line_may_get(
    asks: bool, authorized: bool, filed: int, filing: int, want: set[str]
) -> None:
    assert (
        _carcs(asks_authorization=asks, authorized=authorized, filed_after_days=filed, filing_days=filing)
        == want
    )


def test_the_pool_keeps_its_weights_and_never_empties() -> None:
    for asks in (True, False):
        for authorized in (True, False):
            pool = data.denial_pool(
                asks_authorization=asks, authorized=authorized, filed_after_days=1, filing_days=90
            )
            assert pool and all(d in data.DENIALS for d in pool)


def test_the_built_demo_denies_as_a_payer_would(pristine_practice: Practice) -> None:
    with pristine_practice.engine.connect() as conn:
        late = conn.execute(
            text(
                """SELECT c.id, c.service_date, c.first_submitted_at, y.timely_filing_days FROM adjustment a
                JOIN claim_line l ON l.id = a.claim_line_id JOIN claim c ON c.id = l.claim_id
                JOIN payer y ON y.id = c.payer_id WHERE a.carc = '29'"""
            )
        ).all()
        for claim_id, served, sent, window in late:
            served = served if isinstance(served, date) else date.fromisoformat(str(served))
            sent_on = sent.date() if hasattr(sent, "date") else date.fromisoformat(str(sent)[:10])
            assert (sent_on - served).days > window, (claim_id, served, sent_on, window)
        covered = conn.execute(
            text(
                """SELECT c.id, c.service_date FROM adjustment a
                JOIN claim_line l ON l.id = a.claim_line_id JOIN claim c ON c.id = l.claim_id
                JOIN visit v ON v.id = c.visit_id
                WHERE a.carc = '197' AND EXISTS (SELECT 1 FROM prior_authorization p
                    WHERE p.patient_id = c.patient_id AND p.payer_id = c.payer_id
                    AND p.discipline = v.discipline AND p.status = 'approved'
                    AND p.start_date <= c.service_date AND c.service_date <= p.end_date)"""
            )
        ).all()
        assert covered == [], covered[:5]
        many = conn.execute(
            text(
                """SELECT a.claim_line_id, COUNT(*) FROM adjustment a
                WHERE a.group_code <> 'PR' AND a.carc <> '45'
                GROUP BY a.claim_line_id HAVING COUNT(*) > 1"""
            )
        ).all()
        assert many == [], many[:5]
        denied = conn.execute(text("SELECT COUNT(*) FROM claim_line WHERE status = 'denied'")).scalar()
        assert denied  # the demo still has denials to work
