"""The payer's side of a remittance for the tests: an 835 answering claims we sent, built from the
claims' own lines as the database holds them (control numbers, codes, units, charges)."""

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import text

from core.billing.x12.envelope import Parties
from core.billing.x12.era835 import (
    DENIED,
    PROCESSED_PRIMARY,
    Adjustment,
    ClaimPayment,
    Remittance,
    ServicePayment,
    write_835,
)


def _rows(practice, sql: str, **params: object) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql), params).all()]


def _answer(practice, claim_id: int, trace: str, denied: bool) -> tuple[str, ClaimPayment]:  # type: ignore[no-untyped-def]
    ((control, payer_code),) = _rows(
        practice,
        "SELECT c.control_number, y.electronic_payer_id FROM claim c JOIN payer y ON y.id = c.payer_id "
        "WHERE c.id = :c",
        c=claim_id,
    )
    services = []
    for n, cpt, modifiers, units, charge in _rows(
        practice,
        "SELECT line_number, cpt, modifiers, units, charge_cents FROM claim_line WHERE claim_id = :c "
        "ORDER BY line_number",
        c=claim_id,
    ):
        if denied:  # CO 50: not medically necessary, the whole line
            paid, adjustments = 0, (Adjustment("CO", "50", charge),)
        else:  # allowed at 90 % (CO 45 the rest); 80 % of it paid, 20 % the patient's coinsurance
            allowed = charge * 9 // 10
            paid = allowed * 8 // 10
            adjustments = (Adjustment("CO", "45", charge - allowed), Adjustment("PR", "2", allowed - paid))
        codes = tuple(m for m in str(modifiers or "").replace(",", " ").split() if m)
        services.append(ServicePayment(cpt, codes, charge, paid, units, f"{control}-{n}", adjustments))
    payment = ClaimPayment(
        control,
        DENIED if denied else PROCESSED_PRIMARY,
        sum(s.charge_cents for s in services),
        sum(s.paid_cents for s in services),
        sum(s.patient_responsibility_cents for s in services),
        f"PCN{trace}{claim_id}",
        tuple(services),
        "PATIENT",
        "TEST",
        "M000000001",
    )
    return payer_code, payment


def remittance(
    practice,  # type: ignore[no-untyped-def]
    *,
    trace: str,
    paid: Sequence[int] = (),
    denied: Sequence[int] = (),
    paid_on: date = date(2026, 12, 1),
) -> str:
    """The 835 a payer sends for sent claims of its own: each line of a `paid` claim allowed at 90 % of
    its charge, 80 % of that paid and the rest the patient's coinsurance; each line of a `denied` claim
    denied in whole (CO 50)."""
    answers = [_answer(practice, c, trace, False) for c in paid] + [
        _answer(practice, c, trace, True) for c in denied
    ]
    payers = {code for code, _ in answers}
    assert len(payers) == 1, "one 835 answers the claims of one payer"
    payer_code = payers.pop()
    claims = tuple(payment for _, payment in answers)
    total = sum(c.paid_cents for c in claims)
    return write_835(
        Remittance("PAYER", payer_code, "CLINIC", "1900000013", trace, total, paid_on, claims),
        parties=Parties(payer_code, "361000001"),
        control=91,
        at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
    )
