"""Review of 9e520a4 (#20): the held 835 lines list shows each patient's name, claim and the payer's
money, and its read was audited as one entry naming no patient and no claim ("list"), so an accounting
of who read a patient's record could not find it. The other billing work lists (claims.work_list,
waiting.sent_unpaid) audit one entry per row with its patient; the held lines list now does too. End to
end on SQLite and PostgreSQL through the page."""

from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from test_billing_55_held_lines import _held_claim

DEMO_SIZE = "tiny"


def _entries(practice: Practice, patient_id: int, claim_id: int) -> int:
    return int(
        one(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.read' AND patient_id = :p
            AND record_type = 'claim' AND record_id = :c""",
            p=patient_id,
            c=str(claim_id),
        )[0]
    )


def test_the_held_lines_list_is_audited_under_each_patient(pristine_practice: Practice) -> None:
    practice = pristine_practice
    claim_id, _, _ = _held_claim(practice)
    patient_id, clinic_id = one(practice, "SELECT patient_id, clinic_id FROM claim WHERE id = :c", c=claim_id)
    held = one(
        practice,
        "SELECT COUNT(*) FROM claim_action WHERE kind = 'era_line_held' AND claim_id = :c",
        c=claim_id,
    )[0]
    before = _entries(practice, patient_id, claim_id)
    biller = page_client(practice, "biller")
    assert biller.get("/billing/held").status_code == 200
    # one entry per held line listed, under its patient, its clinic and its claim
    assert _entries(practice, patient_id, claim_id) == before + held
    assert (
        one(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.read' AND patient_id = :p
            AND clinic_id = :k AND detail LIKE 'held 835 line % listed'""",
            p=patient_id,
            k=clinic_id,
        )[0]
        == held
    )
    # must not change: no entry naming no patient for the list
    assert (
        one(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.read'
            AND record_type = 'era_line_held' AND patient_id IS NULL""",
        )[0]
        == 0
    )
    # must not change: the front desk is still refused, and nothing is listed to it
    desk = page_client(practice, "front_desk")
    assert desk.get("/billing/held").status_code == 403
    assert _entries(practice, patient_id, claim_id) == before + held
