"""The payer's side for the tests: an 835 answering claims we sent, each line paid (in full, or a share
of its charge with the rest the patient's coinsurance) or denied, built from the claim's own lines (the
control number REF*6R, codes, units, charges) as posting matches them."""

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, date, datetime, time

from sqlmodel import Session, col, select

from core.billing.models import Claim, ClaimLine
from core.billing.x12.envelope import Parties
from core.billing.x12.era835 import (
    Adjustment,
    ClaimPayment,
    Remittance,
    ServicePayment,
    answer_claim,
    write_835,
)
from core.payers.models import Payer

NOT_NECESSARY = ("50", "N115")  # CARC 50 / RARC N115: not medically necessary, the whole line
BUNDLED = ("97", "M86")  # CARC 97 / RARC M86: paid as part of another service
PAID_ON = date(2026, 12, 10)


def lines_of(session: Session, claim_id: int) -> list[ClaimLine]:
    return list(
        session.exec(
            select(ClaimLine).where(ClaimLine.claim_id == claim_id).order_by(col(ClaimLine.line_number))
        ).all()
    )


def answer(
    claim: Claim,
    lines: Sequence[ClaimLine],
    *,
    payer_claim: str,
    percent: int = 100,
    denied: tuple[str, str] | None = None,
    denied_codes: Mapping[str, tuple[str, str]] | None = None,
) -> ClaimPayment:
    """The payer's answer to one claim (`payer_claim` its own number for it): each line paid `percent`
    of its charge, the rest the patient's coinsurance (PR 2); each line denied in whole, under CO with
    its (CARC, RARC), where `denied` says so for the claim or `denied_codes` for the line's code. Its
    status and totals follow from the lines as the demo's payers' do (core era835.answer_claim)."""
    services = []
    for line in lines:
        refusal = denied or (denied_codes or {}).get(line.cpt)
        paid = 0 if refusal else line.charge_cents * percent // 100
        if refusal:
            adjustments: tuple[Adjustment, ...] = (Adjustment("CO", refusal[0], line.charge_cents),)
        elif paid < line.charge_cents:
            adjustments = (Adjustment("PR", "2", line.charge_cents - paid),)
        else:
            adjustments = ()
        services.append(
            ServicePayment(
                line.cpt,
                tuple(line.modifiers.split()),
                line.charge_cents,
                paid,
                line.units,
                f"{claim.control_number}-{line.line_number}",
                adjustments,
                (refusal[1],) if refusal else (),
            )
        )
    return answer_claim(
        claim.control_number,
        tuple(services),
        payer_claim_number=payer_claim,
        patient_last="PATIENT",
        patient_first="TEST",
        member_id="M000000001",
    )


def write_era(
    payer: Payer,
    answers: Sequence[ClaimPayment],
    *,
    trace: str,
    control: int,
    paid_on: date = PAID_ON,
) -> str:
    """The 835 of one payer carrying these answers, its check (`trace`) the sum they pay."""
    payer_id = payer.electronic_payer_id or f"P{payer.id:04d}"
    remittance = Remittance(
        payer.name.upper(),
        payer_id,
        "RIVERSIDE THERAPY",
        "1900000013",
        trace,
        sum(a.paid_cents for a in answers),
        paid_on,
        tuple(answers),
    )
    return write_835(
        remittance,
        parties=Parties(payer_id, "361000001"),
        control=control,
        at=datetime.combine(paid_on, time(9, 0), tzinfo=UTC),
    )


def era_for(
    session: Session,
    claim_ids: Sequence[int],
    *,
    trace: str,
    control: int,
    payer_claim: str = "ICN",
    denied: Collection[int] = (),
    percent: int = 100,
    paid_on: date = PAID_ON,
) -> str:
    """The 835 answering these claims of one payer: those in `denied` denied outright (not medically
    necessary), the others paid `percent` of each line's charge; the payer's claim number is
    `payer_claim` and the claim's id."""
    claims = [session.get(Claim, claim_id) for claim_id in claim_ids]
    assert all(claims), "every claim answered is one we sent"
    payer = session.get(Payer, claims[0].payer_id)  # type: ignore[union-attr]
    assert payer is not None
    answers = [
        answer(
            claim,
            lines_of(session, claim.id or 0),
            payer_claim=f"{payer_claim}{claim.id}",
            percent=percent,
            denied=NOT_NECESSARY if claim.id in denied else None,
        )
        for claim in claims
        if claim is not None
    ]
    return write_era(payer, answers, trace=trace, control=control, paid_on=paid_on)
