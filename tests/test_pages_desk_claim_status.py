"""The front desk reads claim status (#20): PRODUCT.md's matrix gives the desk "balances and claim
status" (core.permissions: claim.status_read), never a claim's amounts (claim.read) nor clinical notes.
The patient's page lists where each claim stands, through core's claim_statuses, and the API answers
the same; the amounts, the claim page and the notes stay refused."""

import pytest
from page_helpers import page_client
from scheduling_helpers import one

from core.permissions import Action, role_may

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _denied_claim(practice) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    """A denied claim of clinic 1 (the desk's), its patient and its day of service, among the patient's
    claims the page lists (the latest ten by day of service, web.routers.desk_pages.CLAIMS_SHOWN)."""
    claim_id, patient_id, served = one(
        practice,
        "SELECT c.id, c.patient_id, c.service_date FROM claim c JOIN claim_line l ON l.claim_id = c.id "
        "WHERE c.status = 'denied' AND c.clinic_id = 1 AND l.denial_carc != '' AND (SELECT COUNT(*) FROM "
        "claim o WHERE o.patient_id = c.patient_id AND o.service_date >= c.service_date AND o.id != c.id) < 9 "
        "ORDER BY c.id LIMIT 1",
    )
    return claim_id, patient_id, str(served)[:10]


@pytest.mark.parametrize(
    ("role", "action", "may"),
    [
        ("front_desk", Action.claim_status_read, True),
        ("front_desk", Action.balance_read, True),
        # must not change: what the matrix denies the desk
        ("front_desk", Action.claim_read, False),
        ("front_desk", Action.note_read, False),
        ("front_desk", Action.note_read_signed, False),
        ("front_desk", Action.payment_read, False),
        ("therapist", Action.claim_status_read, False),
        ("biller", Action.claim_status_read, True),
    ],
)
def test_the_matrix_gives_the_desk_claim_status_and_nothing_clinical(role, action, may) -> None:  # type: ignore[no-untyped-def]
    assert role_may(role, action) is may


def test_the_desk_sees_where_a_patients_claims_stand_without_their_amounts(practice) -> None:
    claim_id, patient_id, served = _denied_claim(practice)
    total = one(practice, "SELECT total_cents FROM claim WHERE id = :c", c=claim_id)[0]
    desk = page_client(practice, "front_desk")
    page = desk.get(f"/patients/{patient_id}")
    assert page.status_code == 200, page.text
    section = page.text[
        page.text.index('id="claims-h"') : page.text.index("</section>", page.text.index('id="claims-h"'))
    ]
    month, day, year = served[5:7], served[8:10], served[:4]
    assert f"{month}/{day}/{year}" in section and "denied" in section
    assert "CARC " in section, "the denial's reason in words"
    assert f"{total / 100:.2f}" not in section, "a claim's amount shown to the desk"
    assert f'href="/billing/claims/{claim_id}"' not in page.text, "the desk may not open the claim"

    statuses = desk.get(f"/api/v1/patients/{patient_id}/claim-status")
    assert statuses.status_code == 200, statuses.text
    row = next(r for r in statuses.json() if r["id"] == claim_id)
    assert row["status"] == "denied" and row["denial_codes"] and "total_cents" not in row
    assert desk.get(f"/api/v1/claims/{claim_id}/status").json()["status"] == "denied"
    # must not change: amounts, the claim page and the notes stay refused
    assert desk.get(f"/api/v1/patients/{patient_id}/claims").status_code == 403
    assert desk.get(f"/billing/claims/{claim_id}").status_code == 403
    assert desk.get(f"/api/v1/patients/{patient_id}/notes").status_code == 403
    assert desk.get(f"/patients/{patient_id}/chart").status_code == 403
    audited = one(
        practice,
        "SELECT count(*) FROM audit_entry WHERE action = 'claim.status_read' AND patient_id = :p "
        "AND outcome = 'allowed'",
        p=patient_id,
    )[0]
    assert audited >= 2, "each read of claim status is audited"


def test_the_biller_opens_the_claim_from_the_list_and_a_therapist_has_no_list(practice) -> None:
    claim_id, patient_id, _ = _denied_claim(practice)
    biller = page_client(practice, "biller").get(f"/patients/{patient_id}")
    assert f'href="/billing/claims/{claim_id}"' in biller.text
    provider_id = one(
        practice, "SELECT provider_id FROM appointment WHERE patient_id = :p LIMIT 1", p=patient_id
    )[0]
    therapist = page_client(practice, provider_id=provider_id).get(f"/patients/{patient_id}")
    assert therapist.status_code == 200 and 'id="claims-h"' not in therapist.text
    refused = one(
        practice,
        "SELECT count(*) FROM audit_entry WHERE action = 'claim.status_read' AND outcome = 'denied' "
        "AND patient_id = :p",
        p=patient_id,
    )[0]
    assert refused == 0, "the page asks only what the role may read"
