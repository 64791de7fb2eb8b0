"""The owner's figures under a payer filter, and claims rejected before adjudication (#20).

Visits seen and fill rate counted every patient whatever the payer chosen; they now count the visits of
the patients the payer covers first on the visit's day (the payer a visit is billed to,
core.patients.insurance.primary_payer), and the payers' shares add up to the whole. A claim a
clearinghouse or payer rejected (277CA) was missing from first-pass acceptance and from AR aging; it
now fails first pass and still ages as owed. Read through core on both databases, the demo's month."""

from datetime import date, datetime

import pytest
from conftest import DEMO_TODAY, Practice
from scheduling_helpers import one
from sqlalchemy import text

from core.billing.receivables import ar_aging
from core.clinics.models import Clinic
from core.kpis import compute, last_full_month
from core.patients.insurance import primary_payer
from core.timeutil import as_utc

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
MONTH = last_full_month(DEMO_TODAY)


def _figure(practice: Practice, key: str, payer_id: int | None = None):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        (kpi,) = compute(
            session,
            actor=practice.actor("owner"),
            start=MONTH[0],
            end=MONTH[1],
            keys=[key],
            payer_id=payer_id,
        )
    return kpi


def _completed_by_payer(practice: Practice) -> dict[int | None, int]:
    """The month's completed visits of the owner's clinics by the payer billed for each (None: self-pay),
    each visit's payer read by core's own rule on its day in the clinic's zone."""
    from zoneinfo import ZoneInfo

    actor = practice.actor("owner")
    out: dict[int | None, int] = {}
    with practice.session() as session:
        zone = ZoneInfo(session.get(Clinic, min(actor.roles)).timezone)
        rows = session.exec(
            text(
                "SELECT patient_id, starts_at FROM appointment WHERE status = 'completed' AND clinic_id IN "
                f"({', '.join(str(c) for c in actor.roles)})"
            )
        ).all()
        for patient_id, starts in rows:
            moment = starts if isinstance(starts, datetime) else datetime.fromisoformat(str(starts))
            day = as_utc(moment).astimezone(zone).date()
            if not MONTH[0] <= day <= MONTH[1]:
                continue
            payer = primary_payer(session, patient_id, day)
            key = payer.id if payer else None
            out[key] = out.get(key, 0) + 1
    return out


def test_visits_seen_and_fill_rate_follow_the_payer_filter(practice) -> None:
    by_payer = _completed_by_payer(practice)
    payers = sorted(p for p in by_payer if p is not None)
    assert len(payers) >= 2, by_payer
    whole_seen = _figure(practice, "visits_seen").value
    whole_fill = _figure(practice, "fill_rate")
    assert whole_seen == sum(by_payer.values())
    kept_minutes = 0.0
    for payer_id in payers:
        seen = _figure(practice, "visits_seen", payer_id)
        assert seen.value == by_payer[payer_id], payer_id
        assert seen.value < whole_seen
        fill = _figure(practice, "fill_rate", payer_id)
        assert fill.denominator == whole_fill.denominator, "the providers' time is the same whole"
        assert fill.value is not None and fill.value < whole_fill.value
        kept_minutes += fill.numerator or 0
    assert kept_minutes <= whole_fill.numerator
    # must not change: a payer no patient has counts nothing; no payer chosen counts everyone
    unused = one(practice, "SELECT COALESCE(MAX(id), 0) + 1000 FROM payer")[0]
    assert _figure(practice, "visits_seen", unused).value == 0
    assert _figure(practice, "fill_rate", unused).numerator == 0


def _claim(practice: Practice, status: str, served_before: date | None = None) -> tuple[int, date]:
    clinics = ", ".join(str(c) for c in practice.actor("owner").roles)
    claim_id, served = one(
        practice,
        f"SELECT id, service_date FROM claim WHERE status = :s AND clinic_id IN ({clinics}) "
        "AND service_date >= :a AND service_date <= :b ORDER BY id LIMIT 1",
        s=status,
        a=MONTH[0] if served_before is None else date(2000, 1, 1),
        b=MONTH[1] if served_before is None else served_before,
    )
    return claim_id, date.fromisoformat(str(served)[:10])


def _set_status(practice: Practice, claim_id: int, status: str) -> None:
    with practice.session() as session:
        session.exec(text("UPDATE claim SET status = :s WHERE id = :c").bindparams(s=status, c=claim_id))
        session.commit()


def _aging_total(practice: Practice) -> int:
    with practice.session() as session:
        return ar_aging(session, actor=practice.actor("biller"), as_of=DEMO_TODAY).total_cents


# (a sent claim moved to this status, whether its open balance stays in AR aging)
AGING = [
    ("rejected", True),
    # must not change: what is and is not owed by a payer
    ("submitted", True),
    ("void", False),
    ("held", False),
]


@pytest.mark.parametrize(("status", "aged"), AGING, ids=[a[0] for a in AGING])
def test_a_rejected_claim_still_ages_as_owed(practice, status, aged) -> None:
    claim_id, _ = _claim(practice, "submitted", served_before=MONTH[1])
    owed = one(
        practice,
        "SELECT SUM(charge_cents - paid_cents - adjusted_cents - patient_responsibility_cents) FROM claim_line "
        "WHERE claim_id = :c",
        c=claim_id,
    )[0]
    assert owed > 0
    before = _aging_total(practice)
    _set_status(practice, claim_id, status)
    try:
        assert _aging_total(practice) == (before if aged else before - owed), status
    finally:
        _set_status(practice, claim_id, "submitted")


def test_a_rejected_claim_fails_first_pass_and_is_no_denial(practice) -> None:
    claim_id, _ = _claim(practice, "submitted")
    first_pass = _figure(practice, "first_pass_acceptance")
    denials = _figure(practice, "denial_rate")
    _set_status(practice, claim_id, "rejected")
    try:
        after = _figure(practice, "first_pass_acceptance")
        assert after.denominator == first_pass.denominator + 1
        assert after.numerator == first_pass.numerator
        # must not change: a rejection is not a denial (never adjudicated)
        assert _figure(practice, "denial_rate").denominator == denials.denominator
    finally:
        _set_status(practice, claim_id, "submitted")
