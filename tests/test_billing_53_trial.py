"""A claim as the biller reads it after an 835 that paid nothing (#20, new-user trial 53): the claim page
said 'Money received ... $0.00 from the payer' for a denial; on SQLite and PostgreSQL."""

from datetime import date

from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one

from core.billing.models import Payment

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _denied_claim(practice: Practice) -> tuple[int, int]:
    row = one(
        practice,
        """SELECT c.id, c.patient_id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'denied' ORDER BY c.id LIMIT 1""",
    )
    return int(row[0]), int(row[1])


def test_an_835_that_paid_nothing_reads_as_nothing_received(pristine_practice: Practice) -> None:
    practice = pristine_practice
    claim_id, patient_id = _denied_claim(practice)
    with practice.session() as session:
        for amount, reference, on in (
            (0, "EFT0DENIED", date(2026, 11, 20)),
            (1250, "EFT0PAID", date(2026, 11, 21)),
        ):
            session.add(
                Payment(
                    clinic_id=1,
                    patient_id=patient_id,
                    claim_id=claim_id,
                    source="era",
                    amount_cents=amount,
                    received_on=on,
                    reference=reference,
                    adjudication=reference,
                )
            )
        session.commit()
    page = page_client(practice, "biller").get(f"/billing/claims/{claim_id}").text
    assert "11/20/2026: nothing: the payer's answer (835 EFT0DENIED) paid $0.00" in page
    assert "$0.00 from the payer" not in page
    # must not change: money the payer did send
    assert "11/21/2026: $12.50 from the payer (835 EFT0PAID)" in page
