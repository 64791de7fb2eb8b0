"""The demo's claim statuses agree with their lines, as core.billing.posting sets them from an 835 (new-user
trial, stop 53: a one-line claim whose line was denied read 'Partially paid' with $0.00 paid, and a corrected
claim for it was refused as 'partially paid')."""

from sqlalchemy import text

DEMO_SIZE = "tiny"


def test_a_claim_is_partly_paid_only_when_some_line_is_not_denied(practice) -> None:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                "SELECT c.id, c.status, c.paid_cents, SUM(CASE WHEN l.status = 'denied' THEN 0 ELSE 1 END), "
                "COUNT(l.id) FROM claim c JOIN claim_line l ON l.claim_id = c.id "
                "WHERE c.status IN ('partially_paid', 'denied') GROUP BY c.id, c.status, c.paid_cents"
            )
        ).all()
    partly = [r for r in rows if r[1] == "partially_paid"]
    denied = [r for r in rows if r[1] == "denied"]
    assert partly and denied  # the tiny demo holds both, so the checks below are not vacuous
    assert [r[0] for r in partly if r[3] == 0] == []  # every line denied: that claim is denied
    assert [r[0] for r in denied if r[3] != 0] == []
    assert [r[0] for r in denied if r[2] != 0] == []
