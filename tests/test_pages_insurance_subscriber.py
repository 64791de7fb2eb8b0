"""The insurance form at intake asks whose plan it is (#20): a spouse's or parent's plan was entered as
the patient's own, and the 837P named the patient as the subscriber. In Debian's Chromium at 1024 x 768,
through the pages: the desk adds a policy the patient holds as a spouse; without the subscriber's name
it is refused with the form as typed and nothing stored, with it the policy is stored with both and the
patient's page shows who is insured; corrected later on its own page. Each page passes axe-core (var/screenshots/insurance-*.png)."""

import re

import pytest
from browser_support import alert_saying, checked, logged_in, needs_chromium
from pydantic import ValidationError
from scheduling_helpers import one

from core.patients.insurance import PolicyCreate

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("relationship", "subscriber", "ok"),
    [
        ("self", "", True),
        ("self", "Rivera, Amanda", True),
        ("spouse", "Rivera, Luis", True),
        ("child", "Rivera, Luis", True),
        ("spouse", "", False),
        ("other", "  ", False),
        ("uncle", "Rivera, Luis", False),
    ],
)
def test_a_policy_not_the_patients_own_names_the_subscriber(relationship, subscriber, ok) -> None:  # type: ignore[no-untyped-def]
    terms = {
        "payer_id": 1,
        "member_id": "M1",
        "effective_from": "2026-12-01",
        "relationship_to_subscriber": relationship,
        "subscriber_name": subscriber,
    }
    if ok:
        assert PolicyCreate.model_validate(terms).relationship_to_subscriber == relationship
    else:
        with pytest.raises(ValidationError):
            PolicyCreate.model_validate(terms)


@needs_chromium
def test_the_desk_enters_a_spouses_plan_with_the_subscriber(served, chromium) -> None:  # type: ignore[no-untyped-def]
    practice, server = served
    patient = one(practice, "SELECT id FROM patient WHERE clinic_id = 1 ORDER BY id DESC LIMIT 1")[0]
    payer = one(practice, "SELECT id FROM payer WHERE kind = 'commercial' ORDER BY id LIMIT 1")[0]
    policies = "SELECT COUNT(*) FROM insurance_policy WHERE patient_id = :p"
    before = one(practice, policies, p=patient)[0]
    context, page = logged_in(chromium, server, practice.user("front_desk"))
    page.goto(f"/patients/{patient}")
    page.select_option("#ins-payer", str(payer))
    page.select_option("#ins-priority", "2")
    page.fill("#ins-member", "SP-2201")
    page.fill("#ins-from", "2026-12-01")
    page.select_option("#ins-relationship", "spouse")
    checked(page, "insurance-1-form")

    # 1. No subscriber's name: refused, the form as typed, nothing stored.
    page.click("text=Add the insurance")
    page.wait_for_load_state()
    alert_saying(page, "subscriber's name")
    assert page.input_value("#ins-member") == "SP-2201" and page.input_value("#ins-relationship") == "spouse"
    assert one(practice, policies, p=patient)[0] == before
    checked(page, "insurance-2-refused")

    # 2. Named: stored with both, and the patient's page says who is insured.
    page.fill("#ins-subscriber", "Rivera, Luis")
    page.click("text=Add the insurance")
    page.wait_for_url(re.compile(rf"/patients/{patient}\?done="))
    assert one(
        practice,
        "SELECT member_id, relationship_to_subscriber, subscriber_name FROM insurance_policy "
        "WHERE patient_id = :p ORDER BY id DESC LIMIT 1",
        p=patient,
    ) == ("SP-2201", "spouse", "Rivera, Luis")
    row = page.locator("#insurance tr", has_text="SP-2201").inner_text()
    assert "Rivera, Luis" in row and "spouse" in row
    checked(page, "insurance-3-added")

    # 3. Corrected after intake: made a child's plan without the name (refused, unchanged), then the
    # patient's own (the subscriber's name cleared).
    policy = one(practice, "SELECT id FROM insurance_policy WHERE member_id = 'SP-2201'")[0]
    page.click(f'a[href="/insurance/{policy}/subscriber"]')
    page.wait_for_url(re.compile(rf"/insurance/{policy}/subscriber"))
    assert page.input_value("#ins-subscriber") == "Rivera, Luis"
    page.select_option("#ins-relationship", "child")
    page.fill("#ins-subscriber", "")
    page.click("#save-subscriber")
    page.wait_for_load_state()
    alert_saying(page, "subscriber's name")
    stored = "SELECT relationship_to_subscriber, subscriber_name FROM insurance_policy WHERE id = :i"
    assert one(practice, stored, i=policy) == ("spouse", "Rivera, Luis")
    checked(page, "insurance-4-edit-refused")
    page.select_option("#ins-relationship", "self")
    page.click("#save-subscriber")
    page.wait_for_url(re.compile(rf"/patients/{patient}\?done="))
    assert one(practice, stored, i=policy) == ("self", "")
    assert "the patient" in page.locator("#insurance tr", has_text="SP-2201").inner_text()
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'insurance.write' AND patient_id = :p "
            "AND detail = 'updated: subscriber'",
            p=patient,
        )[0]
        == 1
    )
    context.close()
