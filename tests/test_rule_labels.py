"""The scrubber's rules by name on the claim page (#20): 'Plan of care', never the id 'plan-of-care'."""

import pytest
from conftest import Practice
from page_helpers import held_claim, page_client

from core.billing.scrubber import RULES, rule_label

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("rule_id", "shown"),
    [
        ("plan-of-care", "Plan of care"),
        ("kx-modifier", "KX modifier (therapy threshold)"),
        ("units-over-minutes", "Units for the minutes"),
        ("ncci-pair", "NCCI code pair"),
        ("some-retired-rule", "Some retired rule"),  # a stored finding of a rule no longer run
    ],
)
def test_a_rule_reads_as_its_name(rule_id: str, shown: str) -> None:
    assert rule_label(rule_id) == shown


def test_every_rule_has_a_name_in_words() -> None:
    assert all(rule_label(r.id) != r.id and "-" not in rule_label(r.id) for r in RULES)


def test_the_claim_page_names_the_rule_that_held_it(practice: Practice) -> None:
    claim_id, _ = held_claim(
        practice, lambda day: f"the plan of care for {day} is not signed by the physician"
    )
    page = page_client(practice, "biller").get(f"/billing/claims/{claim_id}")
    assert page.status_code == 200
    assert '<li class="finding error"><strong>Plan of care</strong>' in page.text
    assert ">plan-of-care<" not in page.text
