"""One way to do each thing (#22): who may work a claim is read by one function for one clinic and for
several (core.billing.denials.assignable_in, the claim page's list and assign's check); the patient page
writes money with the one `dollars` filter (core.words.dollars: "$1,234.56", not "$1234.56")."""

import html
import re
from datetime import date

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text

from core.billing.denials import assignable_in
from core.billing.models import OpeningBalance
from core.billing.service import balance
from core.words import dollars

DEMO_SIZE = "tiny"


def _by_hand(practice: Practice, clinic: int) -> list[tuple[int, int, str]]:
    """Active billers and owners of the clinic by name: what the claim page's list was (must not change)."""
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT m.clinic_id, u.id, u.full_name FROM app_user u JOIN membership m ON m.user_id = u.id
                WHERE m.clinic_id = :c AND u.is_active AND m.role IN ('biller', 'owner') ORDER BY u.full_name"""
            ).bindparams(c=clinic)
        ).all()
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("clinics", [[1], [2], [1, 2], [2, 1]])
def test_who_may_work_a_claim_is_read_one_way(practice: Practice, clinics: list[int]) -> None:
    with practice.session() as session:
        found = assignable_in(session, clinics)
    assert found == [row for clinic in clinics for row in _by_hand(practice, clinic)]
    assert found, "the demo's clinics have billers"


@pytest.mark.parametrize(
    ("carried_cents", "comma"),
    [
        (123_456, True),  # $1,234.56 more owed: written with its thousands comma
        (0, False),  # must not change: a balance as it was
    ],
)
def test_the_patient_page_writes_money_one_way(practice: Practice, carried_cents: int, comma: bool) -> None:
    patient_id = one(
        practice,
        """SELECT p.id FROM patient p WHERE p.clinic_id = 1 AND NOT EXISTS
        (SELECT 1 FROM opening_balance b WHERE b.patient_id = p.id) ORDER BY p.id LIMIT 1 OFFSET 7""",
    )[0]
    if carried_cents:
        with practice.session() as session:
            session.add(
                OpeningBalance(
                    clinic_id=1,
                    patient_id=patient_id,
                    legacy_id=f"t58-{patient_id}",
                    service_date=date(2026, 10, 1),
                    amount_cents=carried_cents,
                )
            )
            session.commit()
    with practice.session() as session:
        owed = balance(session, actor=practice.actor("front_desk"), patient_id=patient_id)
    page = page_client(practice, "front_desk").get(f"/patients/{patient_id}")
    assert page.status_code == 200, page.text
    said = html.unescape(re.sub(r"<[^>]+>", "", page.text))
    assert dollars(owed.balance_cents) in said
    assert ("," in dollars(owed.balance_cents)) == comma
    assert not re.search(r"\$\d{4,}", said), "no amount without its thousands comma"
