"""The scrubber's duplicate-claim finding names the claim as a biller would (#20): it said 'claim 41
already bills these codes', the database id, which is on no page, statement or 835. It now says whose
claim for which date of service, with the control number the biller searches by. The words as a rule,
table-driven with rows that must not change (when a duplicate is found); end to end on the demo
practice: facts_for reads the duplicates' control numbers and the patient's name, only where there is
one."""

from dataclasses import replace
from datetime import date

import pytest
from conftest import Practice
from sqlmodel import col, select
from test_billing_charges_read_once import TODAY, _copy
from test_scrubber_rules import CLEAN

from core.billing.claims import facts_for
from core.billing.models import Claim
from core.billing.scrubber import duplicate_words, scrub
from core.patients.models import Patient, full_name

DEMO_SIZE = "tiny"
ON = date(2026, 11, 2)

# (patient, date of service, control numbers, words)
ROWS = [
    (
        "Michelle Silva",
        ON,
        ("TS000000185",),
        "Michelle Silva's claim for 11/02/2026 (TS000000185) already bills these codes to this payer: "
        "void one of them",
    ),
    ("", ON, ("TS000000185",), "The patient's claim for 11/02/2026 (TS000000185) already bills"),
    ("Ann O'Neil", ON, (), "Ann O'Neil's claim for 11/02/2026 already bills"),
    ("Ann O'Neil", ON, ("",), "Ann O'Neil's claim for 11/02/2026 already bills"),
]


@pytest.mark.parametrize(("patient", "served", "controls", "words"), ROWS)
def test_the_duplicate_named_as_a_biller_would(
    patient: str, served: date, controls: tuple[str, ...], words: str
) -> None:
    said = duplicate_words(patient, served, controls)
    assert said.startswith(words) and said.endswith("void one of them")


def test_the_rule_names_each_duplicate_by_its_control_number_never_its_id() -> None:
    facts = replace(
        CLEAN,
        duplicate_claim_ids=(41, 57),
        duplicate_controls=("TS000000041", "TS000000057"),
        patient_name="Michelle Silva",
    )
    said = [f.message for f in scrub(facts) if f.rule_id == "duplicate"]
    assert len(said) == 2 and "(TS000000041)" in said[0] and "(TS000000057)" in said[1]
    assert all(
        "claim 41" not in s and "claim 57" not in s and "Michelle Silva's claim for" in s for s in said
    )
    # must not change: no duplicate, no finding
    assert [f for f in scrub(CLEAN) if f.rule_id == "duplicate"] == []


def test_facts_for_names_the_duplicates(practice: Practice) -> None:
    with practice.session() as session:
        claim = session.exec(
            select(Claim)
            .where(col(Claim.visit_id).is_not(None), Claim.status != "void")
            .order_by(col(Claim.id))
        ).first()
        assert claim is not None
        alone = facts_for(session, claim, TODAY)
        assert (alone.duplicate_claim_ids, alone.duplicate_controls, alone.patient_name) == ((), (), "")
        same = _copy(session, claim, 55)
        facts = facts_for(session, claim, TODAY)
        patient = session.get(Patient, claim.patient_id)
        assert patient is not None
        assert facts.duplicate_claim_ids == (same,) and facts.duplicate_controls == ("DUP55",)
        said = [f.message for f in scrub(facts) if f.rule_id == "duplicate"]
        assert said == [duplicate_words(full_name(patient), claim.service_date, ("DUP55",))]
        assert f"claim {same} " not in said[0]
        session.rollback()  # the practice is left as it was
