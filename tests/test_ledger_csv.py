"""A patient's ledger as a spreadsheet for the biller (#20): every entry of the ledger page (charges,
insurance payments, adjustments, the patient's part and payments) with its running balance, in the
page's order; audited as one export of that patient's account (not as a page read), the way the
other downloads are (core.exports.record_export); refused, with nothing of the account in the
reply, to the roles that may not see payments."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text

from core.billing.ledger import PatientPayment, ledger, post_patient_payment
from core.exports import export_detail

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

MONEY = ("billed", "insurance_paid", "adjusted", "patient_owes", "patient_paid", "balance")


def _owing_patient(practice: Practice) -> int:
    """A clinic-1 patient with a claim the payer answered, a part left to them, and (posted here if the
    demo has none) a payment of theirs, so the file has charges, payments and adjustments."""
    patient_id = one(
        practice,
        """SELECT patient_id FROM claim WHERE clinic_id = 1 AND status IN ('paid', 'partially_paid')
        AND patient_responsibility_cents > 0 ORDER BY patient_id DESC LIMIT 1""",
    )[0]
    paid = one(
        practice, "SELECT COUNT(*) FROM payment WHERE patient_id = :p AND source = 'patient'", p=patient_id
    )[0]
    if not paid:
        biller = practice.actor("biller")
        with practice.session() as session:
            copay = PatientPayment(amount_cents=2500, received_on=date(2026, 11, 20), method="card")
            post_patient_payment(
                session, actor=biller, patient_id=patient_id, payment=copay, today=date(2026, 11, 24)
            )
    return patient_id


def _csv(reply) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    assert reply.status_code == 200, reply.text[:300]
    assert reply.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(reply.text)))


def test_the_ledger_csv_is_the_ledger_with_its_running_balance(practice: Practice) -> None:
    patient_id = _owing_patient(practice)
    biller = page_client(practice, "biller")
    page = biller.get(f"/billing/patients/{patient_id}/ledger")
    assert f'href="/billing/patients/{patient_id}/ledger.csv"' in page.text
    reply = biller.get(f"/billing/patients/{patient_id}/ledger.csv")
    assert f'filename="ledger-patient-{patient_id}.csv"' in reply.headers["content-disposition"]
    rows = _csv(reply)
    with practice.session() as session:
        account = ledger(session, actor=practice.actor("biller"), patient_id=patient_id)
    assert len(rows) == len(account.entries) > 1
    assert list(rows[0]) == ["date", "what", "claim", *MONEY]
    for row, entry in zip(rows, account.entries, strict=True):
        assert (row["date"], row["what"], row["claim"]) == (
            entry.on.isoformat(),
            entry.description,
            entry.claim_number,
        )
        cents = [int(Decimal(row[c]) * 100) for c in MONEY]
        assert cents == [
            entry.charge_cents,
            entry.insurance_paid_cents,
            entry.adjusted_cents,
            entry.patient_owes_cents,
            entry.patient_paid_cents,
            entry.balance_cents,
        ]
    # the running balance: each row's is the one before plus what the patient owes less what they paid
    running = Decimal(0)
    for row in rows:
        running += Decimal(row["patient_owes"]) - Decimal(row["patient_paid"])
        assert Decimal(row["balance"]) == running
    assert running * 100 == account.balance_cents
    # charges, payments and adjustments are all in it, the claims by their numbers
    assert any(Decimal(r["billed"]) > 0 and r["claim"] for r in rows)
    assert any(Decimal(r["patient_paid"]) > 0 for r in rows)
    assert any(Decimal(r["insurance_paid"]) > 0 or Decimal(r["adjusted"]) > 0 for r in rows)


def _entries_after(practice: Practice, since_id: int) -> list[tuple]:
    with practice.session() as session:
        return list(
            session.exec(
                text(
                    "SELECT action, outcome, record_type, patient_id, detail FROM audit_entry "
                    "WHERE id > :i ORDER BY id"
                ).bindparams(i=since_id)
            ).all()
        )


def test_a_ledger_download_is_audited_as_an_export_of_that_patients_account(practice: Practice) -> None:
    patient_id = _owing_patient(practice)
    biller = page_client(practice, "biller")
    before = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
    rows = _csv(biller.get(f"/billing/patients/{patient_id}/ledger.csv"))
    detail = export_detail("ledger", {"patient_id": patient_id}, len(rows))
    assert [e[:4] for e in _entries_after(practice, before)] == [
        ("export", "allowed", "ledger", None),  # what was exported, by whom, how many rows
        ("export", "allowed", "ledger", patient_id),  # whose account: "who saw her ledger" finds it
    ]
    assert {e[4] for e in _entries_after(practice, before)} == {detail}


@pytest.mark.parametrize("role", ["front_desk", "therapist", "assistant"])
def test_the_ledger_csv_is_refused_to_roles_that_may_not_see_payments(practice: Practice, role: str) -> None:
    patient_id = _owing_patient(practice)
    first, last, control = one(
        practice,
        """SELECT p.first_name, p.last_name, c.control_number FROM patient p JOIN claim c
        ON c.patient_id = p.id WHERE p.id = :p ORDER BY c.id LIMIT 1""",
        p=patient_id,
    )
    before = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
    reply = page_client(practice, role).get(f"/billing/patients/{patient_id}/ledger.csv")
    assert reply.status_code == 403 and "text/csv" not in reply.headers["content-type"]
    assert "may not see payments" in reply.text  # a refusal in words
    assert last not in reply.text and first not in reply.text and control not in reply.text
    entries = _entries_after(practice, before)
    assert [e[:4] for e in entries if e[0] != "session"] == [("payment.read", "denied", "ledger", patient_id)]
