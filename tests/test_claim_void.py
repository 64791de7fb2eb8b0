"""Voiding a claim (core.billing.claims.void_claim), called directly and over the API: only a claim not
sent yet, by someone who works claims; a void claim is owed by no one and leaves the held work list."""

import pytest
from conftest import Practice
from sqlmodel import Session, col, select

from core.billing.claims import UNSENT, void_claim, work_list
from core.billing.ledger import ledger
from core.billing.models import Claim
from core.enums import ClaimStatus
from core.errors import Conflict, Forbidden

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _claim(session: Session, clinics: set[int], statuses: tuple[str, ...]) -> Claim:
    found = session.exec(
        select(Claim)
        .where(col(Claim.status).in_(statuses), col(Claim.clinic_id).in_(clinics))
        .order_by(col(Claim.id))
        .limit(1)
    ).first()
    assert found is not None, statuses
    return found


def test_an_unsent_claim_is_voided_and_owed_by_no_one(pristine_practice: Practice) -> None:
    biller = pristine_practice.actor("biller")
    with pristine_practice.session() as session:
        claim = _claim(session, set(biller.roles), UNSENT)
        voided = void_claim(session, actor=biller, claim_id=claim.id or 0)
        assert voided.status == ClaimStatus.void
        assert claim.id not in {row["claim_id"] for row in work_list(session, actor=biller, kind="held")}
        entries = ledger(session, actor=biller, patient_id=claim.patient_id).entries
        assert claim.id not in {e.claim_id for e in entries}


@pytest.mark.parametrize("status", [ClaimStatus.submitted, ClaimStatus.paid, ClaimStatus.denied])
def test_a_sent_claim_is_not_voided(pristine_practice: Practice, status: ClaimStatus) -> None:
    biller = pristine_practice.actor("biller")
    with pristine_practice.session() as session:
        claim = _claim(session, set(biller.roles), (status,))
        with pytest.raises(Conflict):
            void_claim(session, actor=biller, claim_id=claim.id or 0)


def test_the_front_desk_may_not_void_and_a_biller_may_over_the_api(pristine_practice: Practice) -> None:
    desk = pristine_practice.actor("front_desk", "riverside")
    with pristine_practice.session() as session:
        claim_id = _claim(session, set(desk.roles), UNSENT).id or 0
        with pytest.raises(Forbidden):
            void_claim(session, actor=desk, claim_id=claim_id)
    client = pristine_practice.client()
    headers = pristine_practice.login(client, "biller")
    answer = client.post(f"/api/v1/claims/{claim_id}/void", headers=headers)
    assert answer.status_code == 200, answer.text
    assert answer.json()["status"] == "void"
    again = client.post(
        f"/api/v1/claims/{claim_id}/void", headers=headers
    )  # a second click: the first's answer
    assert again.status_code == 200 and again.json()["status"] == "void"
