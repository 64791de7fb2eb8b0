"""The 835 posted on the claims page says which claims the payer allowed below what was expected (#20):
a PTA's CQ line allowed 70 % under Medicare is named with the amount to chase; one allowed 85 % (the
assistant's reduction) is not, and the posting's words stay as they were. A claim is named by its
control number (TS...), the number on the claim page, never its database id."""

from page_helpers import page_client
from scheduling_helpers import one
from test_billing_53_expected import _era, _medicare_claim

DEMO_SIZE = "tiny"


def test_the_posting_names_the_underpaid_claims_only(pristine_practice) -> None:  # type: ignore[no-untyped-def]
    practice = pristine_practice
    biller = page_client(practice, "biller")
    as_expected, _ = _medicare_claim(practice)
    era = _era(practice, as_expected, allowed_percent=85, trace="EFT5341")
    page = biller.post("/billing/eras", files={"file": ("a.835", era)}, follow_redirects=True).text
    assert "835 EFT5341: $" in page and "Allowed below what was expected" not in page

    short, _ = _medicare_claim(practice, skip=(as_expected,))
    era = _era(practice, short, allowed_percent=70, trace="EFT5342")
    page = biller.post("/billing/eras", files={"file": ("b.835", era)}, follow_redirects=True).text
    assert "Allowed below what was expected on 1 claim" in page
    # named by the claim number the biller sees on the claim page and the 835, not the database id
    control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=short)[0]
    assert f"claim {control} line 1: " in page and "an assistant&#39;s service, C" in page
    assert f"claim {short} line" not in page
