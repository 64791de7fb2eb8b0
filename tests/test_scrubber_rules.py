"""Every scrubber rule trips on a claim made to break it and passes the clean claim; the coder's own
output always passes the coding rules (hypothesis)."""

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.billing.coding import PayerRules, Service, code_visit
from core.billing.reference import codes
from core.billing.scrubber import (
    RULES,
    AuthorizationFacts,
    ClaimFacts,
    LineFacts,
    PlanFacts,
    blocking,
    scrub,
)
from core.identifiers import npi_check_digit

DAY = date(2026, 11, 2)
NPI = "123456789" + npi_check_digit("123456789")
CLINIC_NPI = "198765432" + npi_check_digit("198765432")

CLEAN = ClaimFacts(
    discipline="PT",
    service_date=DAY,
    today=date(2026, 11, 5),
    lines=(
        LineFacts(1, "97110", ("GP",), 2, 33, (1,), 6000),
        LineFacts(2, "97140", ("GP",), 1, 7, (1, 2), 3000),
    ),
    diagnosis_codes=("M25.561", "M54.50"),
    provider_credential="PT",
    rendering_npi=NPI,
    rendering_taxonomy="225100000X",
    billing_npi=CLINIC_NPI,
    billing_tax_id="36-1000001",
    payer=PayerRules(requires_authorization=True, kx_threshold_cents=248_000, review_threshold_cents=300_000),
    authorization=AuthorizationFacts(date(2026, 10, 1), date(2026, 12, 31), 12, 5),
    plan=PlanFacts(date(2026, 10, 1), date(2026, 12, 29), date(2026, 10, 5)),
    note_timed_minutes=40,
)


def _lines(*lines: LineFacts) -> tuple[LineFacts, ...]:
    return lines


# A PTA's clean claim: CQ on its lines, rendered under the supervising therapist's NPI and taxonomy.
ASSISTED = replace(
    CLEAN,
    provider_credential="PTA",
    lines=tuple(replace(x, modifiers=(*x.modifiers, "CQ")) for x in CLEAN.lines),
)


TRIPS = [
    ("discipline-modifier", replace(CLEAN, lines=_lines(LineFacts(1, "97110", (), 2, 33, (1,))))),
    ("discipline-modifier", replace(CLEAN, lines=_lines(LineFacts(1, "97110", ("GP", "GO"), 2, 33, (1,))))),
    ("assistant-modifier", replace(CLEAN, provider_credential="PTA")),
    ("assistant-modifier", replace(CLEAN, lines=_lines(LineFacts(1, "97110", ("GP", "CO"), 2, 33, (1,))))),
    (
        "units-over-minutes",
        replace(CLEAN, lines=_lines(LineFacts(1, "97110", ("GP",), 3, 33, (1,))), note_timed_minutes=33),
    ),
    (
        "units-over-minutes",
        replace(CLEAN, lines=_lines(LineFacts(1, "97110", ("GP",), 1, 0, (1,))), note_timed_minutes=None),
    ),
    ("units-over-minutes", replace(CLEAN, payer=replace(CLEAN.payer, unit_rule="per-code"))),
    ("units-over-minutes", replace(CLEAN, lines=_lines(LineFacts(1, "97163", ("GP",), 2, 0, (1,))))),
    ("authorization", replace(CLEAN, authorization=None)),
    (
        "authorization",
        replace(CLEAN, authorization=AuthorizationFacts(date(2026, 8, 1), date(2026, 10, 31), 12, 5)),
    ),
    (
        "authorization",
        replace(CLEAN, authorization=AuthorizationFacts(date(2026, 10, 1), date(2026, 12, 31), 12, 13)),
    ),
    ("plan-of-care", replace(CLEAN, plan=None)),
    ("plan-of-care", replace(CLEAN, plan=PlanFacts(date(2026, 8, 1), date(2026, 10, 29), date(2026, 8, 3)))),
    ("plan-of-care", replace(CLEAN, plan=PlanFacts(date(2026, 10, 1), date(2026, 12, 29), None))),
    (
        "ncci-pair",
        replace(
            CLEAN,
            lines=_lines(
                LineFacts(1, "97140", ("GP",), 1, 15, (1,)), LineFacts(2, "97530", ("GP",), 1, 15, (1,))
            ),
            note_timed_minutes=30,
        ),
    ),
    (
        "ncci-pair",
        replace(
            CLEAN,
            lines=_lines(
                LineFacts(1, "97140", ("GP",), 1, 15, (1,)), LineFacts(2, "97530", ("GP", "59"), 1, 15, (1,))
            ),
            payer=replace(CLEAN.payer, denies_97530_with_97140=True),
            note_timed_minutes=30,
        ),
    ),
    (
        "unattended-stim-code",
        replace(CLEAN, lines=(*CLEAN.lines, LineFacts(3, "97014", ("GP",), 1, 0, (1,)))),
    ),
    (
        "unattended-stim-code",
        replace(
            CLEAN,
            lines=(*CLEAN.lines, LineFacts(3, "G0283", ("GP",), 1, 0, (1,))),
            payer=replace(CLEAN.payer, name="Blue Cross PPO", unattended_stim_code="97014"),
        ),
    ),
    ("kx-modifier", replace(CLEAN, spent_before_cents=247_000)),
    (
        "medical-review",
        replace(
            CLEAN,
            spent_before_cents=299_500,
            lines=tuple(replace(x, modifiers=(*x.modifiers, "KX")) for x in CLEAN.lines),
        ),
    ),
    ("diagnosis", replace(CLEAN, diagnosis_codes=())),
    ("diagnosis", replace(CLEAN, diagnosis_codes=("M25561X", "M54.50"))),
    ("diagnosis", replace(CLEAN, diagnosis_codes=("M25.561",))),
    ("diagnosis", replace(CLEAN, lines=_lines(LineFacts(1, "97110", ("GP",), 2, 33, ())))),
    ("provider-ids", replace(CLEAN, rendering_npi=None)),
    ("provider-ids", replace(CLEAN, rendering_npi="1234567890" if NPI != "1234567890" else "1234567891")),
    ("provider-ids", replace(CLEAN, rendering_taxonomy=None)),
    ("supervising-therapist", replace(ASSISTED, rendering_known=False, rendering_npi=None)),
    ("provider-ids", replace(CLEAN, billing_npi=None)),
    ("provider-ids", replace(CLEAN, billing_tax_id="")),
    ("timely-filing", replace(CLEAN, today=date(2027, 11, 5))),
    (
        "timely-filing",
        replace(CLEAN, payer=replace(CLEAN.payer, timely_filing_days=90), today=date(2027, 2, 1)),
    ),
    ("duplicate", replace(CLEAN, duplicate_claim_ids=(41,))),
    # #20: a corrected claim with no change saved since it was reopened (tests/test_billing_20_corrected_held)
    ("corrected-unchanged", replace(CLEAN, replacement_unchanged=True)),
    (
        "assistant-evaluation",
        replace(
            CLEAN, provider_credential="PTA", lines=_lines(LineFacts(1, "97161", ("GP", "CQ"), 1, 0, (1,)))
        ),
    ),
]


def test_the_clean_claim_passes_every_rule() -> None:
    assert scrub(CLEAN) == []


@pytest.mark.parametrize(("rule_id", "facts"), TRIPS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(TRIPS)])
def test_each_rule_trips_on_what_it_checks(rule_id: str, facts: ClaimFacts) -> None:
    findings = scrub(facts)
    assert rule_id in {f.rule_id for f in findings}, findings
    mine = [f for f in findings if f.rule_id == rule_id]
    assert all(len(f.message) > 20 for f in mine)  # says how to fix it, in words
    assert blocking(findings) == (rule_id != "medical-review")


def test_every_rule_is_tripped_by_some_case_and_has_a_summary() -> None:
    assert {r.id for r in RULES} == {rule_id for rule_id, _ in TRIPS}
    assert all(r.summary and r.severity in ("error", "warning") for r in RULES)


@pytest.mark.parametrize(
    ("why", "facts", "expected"),
    [
        ("a therapist's claim, nothing missing", CLEAN, []),
        ("an assistant's claim under a therapist with an NPI", ASSISTED, []),
        (
            "the supervising therapist has no NPI",
            replace(ASSISTED, rendering_npi=None),
            [("provider-ids", "the supervising therapist the claim renders under has no NPI")],
        ),
        (
            "the therapist's own NPI is missing",
            replace(CLEAN, rendering_npi=None),
            [("provider-ids", "the rendering provider has no NPI")],
        ),
        (
            # Nobody to render under: one finding that says what to do, not NPI findings about nobody.
            "no supervising therapist at all",
            replace(ASSISTED, rendering_known=False, rendering_npi=None, rendering_taxonomy=None),
            [
                (
                    "supervising-therapist",
                    "furnished by a PTA, and an assistant is never the rendering provider",
                )
            ],
        ),
    ],
)
def test_the_rendering_provider_is_checked_as_the_837p_names_it(
    why: str, facts: ClaimFacts, expected: list[tuple[str, str]]
) -> None:
    found = [(f.rule_id, f.message) for f in scrub(facts)]
    assert [rule_id for rule_id, _ in found] == [rule_id for rule_id, _ in expected], why
    assert all(message.startswith(start) for (_, message), (_, start) in zip(found, expected, strict=True)), (
        why
    )


def test_the_passing_side_of_rules_with_options() -> None:
    assert scrub(ASSISTED) == []
    distinct = replace(
        CLEAN,
        lines=_lines(
            LineFacts(1, "97140", ("GP",), 1, 15, (1,)), LineFacts(2, "97530", ("GP", "XU"), 1, 15, (1,))
        ),
        note_timed_minutes=30,
    )
    assert scrub(distinct) == []
    no_ncci = replace(
        distinct,
        lines=_lines(
            LineFacts(1, "97140", ("GP",), 1, 15, (1,)), LineFacts(2, "97530", ("GP",), 1, 15, (1,))
        ),
        payer=replace(CLEAN.payer, applies_ncci=False),
    )
    assert scrub(no_ncci) == []
    kx = replace(
        CLEAN,
        spent_before_cents=247_000,
        lines=tuple(replace(x, modifiers=(*x.modifiers, "KX")) for x in CLEAN.lines),
    )
    assert scrub(kx) == []
    # 5 + 4 minutes: one unit under CMS even though neither code reaches 8 alone (PRODUCT.md example)
    small = replace(CLEAN, lines=_lines(LineFacts(1, "97110", ("GP",), 1, 5, (1,))), note_timed_minutes=9)
    assert scrub(small) == []
    for code, stim in (("G0283", "G0283"), ("97014", "97014")):  # each payer's own code
        own = replace(
            CLEAN,
            lines=(*CLEAN.lines, LineFacts(3, code, ("GP",), 1, 0, (1,))),
            payer=replace(CLEAN.payer, unattended_stim_code=stim),
        )
        assert scrub(own) == []
    no_auth_needed = replace(
        CLEAN, authorization=None, payer=replace(CLEAN.payer, requires_authorization=False)
    )
    assert scrub(no_auth_needed) == []


TIMED = sorted(c for c, known in codes().items() if known.timed and "PT" in known.disciplines)


@settings(max_examples=150, deadline=None)
@given(
    minutes=st.dictionaries(
        st.sampled_from(TIMED), st.integers(min_value=1, max_value=60), min_size=1, max_size=4
    ),
    unit_rule=st.sampled_from(["cms", "per-code"]),
    role=st.sampled_from(["PT", "PTA"]),
    ncci=st.booleans(),
)
def test_what_the_coder_bills_passes_the_coding_rules(
    minutes: dict, unit_rule: str, role: str, ncci: bool
) -> None:
    services = [Service(code, m) for code, m in minutes.items()]
    coded = code_visit(
        services,
        discipline="PT",
        role=role,
        rules=PayerRules(unit_rule=unit_rule, applies_ncci=ncci, ncci_modifier="XU"),
    )
    lines = tuple(
        LineFacts(i, line.code, line.modifiers, line.units, line.minutes, (1,), 5000)
        for i, line in enumerate(coded.lines, start=1)
    )
    facts = replace(
        CLEAN,
        lines=lines,
        provider_credential=role,
        note_timed_minutes=sum(minutes.values()),
        payer=replace(CLEAN.payer, unit_rule=unit_rule, applies_ncci=ncci),
    )
    coding_rules = {"discipline-modifier", "assistant-modifier", "units-over-minutes", "ncci-pair"}
    assert [f for f in scrub(facts) if f.rule_id in coding_rules] == []
