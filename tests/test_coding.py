"""The coding engine: PRODUCT.md's worked examples, modifiers, NCCI pairs, and the rule's invariants."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.billing.coding import CodingError, PayerRules, Service, allocate_cms, code_visit, units_for
from core.billing.reference import codes

TIMED = sorted(c for c, ref in codes().items() if ref.timed and "PT" in ref.disciplines)
UNTIMED_PT = ["97161", "97150", "97010"]


@pytest.mark.parametrize(
    ("minutes", "units"),
    [
        (0, 0),
        (7, 0),
        (8, 1),
        (22, 1),
        (23, 2),
        (37, 2),
        (38, 3),
        (52, 3),
        (53, 4),
        (67, 4),
        (68, 5),
        (82, 5),
        (83, 6),
        (97, 6),
        (98, 7),
        (112, 7),
        (113, 8),
    ],
)
def test_the_cms_table(minutes: int, units: int) -> None:
    assert units_for(minutes) == units


@pytest.mark.parametrize(
    ("timed", "expected"),
    [
        ({"97110": 33, "97140": 7}, {"97110": 2, "97140": 1}),  # 40 min, 3 units
        ({"97112": 24, "97110": 23}, {"97112": 2, "97110": 1}),  # 47 min, 3 units
        ({"97110": 5, "97140": 4}, {"97110": 1, "97140": 0}),  # 9 min, 1 unit
    ],
)
def test_product_worked_examples(timed: dict[str, int], expected: dict[str, int]) -> None:
    assert allocate_cms(timed) == expected
    lines = code_visit([Service(c, m) for c, m in timed.items()], discipline="PT", role="PT").lines
    assert {line.code: line.units for line in lines} == {c: u for c, u in expected.items() if u}


def test_per_code_rule_bills_each_code_on_its_own() -> None:
    lines = code_visit(
        [Service("97110", 33), Service("97140", 7)],
        discipline="PT",
        role="PT",
        rules=PayerRules(unit_rule="per-code"),
    ).lines
    assert [(line.code, line.units) for line in lines] == [("97110", 2)]


@pytest.mark.parametrize(
    ("discipline", "role", "code", "modifiers"),
    [
        ("PT", "PT", "97110", ("GP",)),
        ("OT", "OT", "97530", ("GO",)),
        ("SLP", "SLP", "92526", ("GN",)),
        ("PT", "PTA", "97110", ("GP", "CQ")),
        ("OT", "OTA", "97110", ("GO", "CO")),
        ("SLP", "SLPA", "92507", ("GN",)),
    ],
)
def test_discipline_and_assistant_modifiers(discipline: str, role: str, code: str, modifiers: tuple) -> None:
    [line] = code_visit(
        [Service(code, 30 if codes()[code].timed else 0)], discipline=discipline, role=role
    ).lines
    assert line.modifiers == modifiers


def test_the_ten_percent_de_minimis_rule() -> None:
    few = code_visit([Service("97110", 30, assistant_minutes=3)], discipline="PT", role="PT").lines[0]
    more = code_visit([Service("97110", 30, assistant_minutes=4)], discipline="PT", role="PT").lines[0]
    assert "CQ" not in few.modifiers and "CQ" in more.modifiers


def test_kx_past_the_threshold_and_a_review_warning() -> None:
    rules = PayerRules(kx_threshold_cents=248_000, review_threshold_cents=300_000)
    below = code_visit(
        [Service("97110", 30)],
        discipline="PT",
        role="PT",
        rules=rules,
        year_to_date_cents=240_000,
        visit_cents=6_200,
    )
    above = code_visit(
        [Service("97110", 30)],
        discipline="PT",
        role="PT",
        rules=rules,
        year_to_date_cents=246_000,
        visit_cents=6_200,
    )
    review = code_visit(
        [Service("97110", 30)], discipline="PT", role="PT", rules=rules, year_to_date_cents=301_000
    )
    assert "KX" not in below.lines[0].modifiers and "KX" in above.lines[0].modifiers
    assert any("targeted medical review" in w for w in review.warnings)


def test_ncci_pairs_get_the_modifier_on_the_column_two_code() -> None:
    lines = code_visit([Service("97140", 15), Service("97530", 15)], discipline="PT", role="PT").lines
    mods = {line.code: line.modifiers for line in lines}
    assert mods == {"97140": ("GP",), "97530": ("GP", "59")}
    evaluation = code_visit([Service("97162"), Service("97140", 10)], discipline="PT", role="PT").lines
    assert {line.code: line.modifiers for line in evaluation}["97140"] == ("GP", "59")
    no_ncci = code_visit(
        [Service("97140", 15), Service("97530", 15)],
        discipline="PT",
        role="PT",
        rules=PayerRules(applies_ncci=False),
    ).lines
    assert all("59" not in line.modifiers for line in no_ncci)
    strict = code_visit(
        [Service("97140", 15), Service("97530", 15)],
        discipline="PT",
        role="PT",
        rules=PayerRules(denies_97530_with_97140=True),
    )
    assert any("denies 97530 with 97140" in w for w in strict.warnings)


@pytest.mark.parametrize(
    ("services", "discipline", "role", "words"),
    [
        ([Service("97161")], "PT", "PTA", "may not furnish"),
        ([Service("97168")], "OT", "OTA", "may not furnish"),
        ([Service("92526")], "PT", "PT", "not a PT service"),
        ([Service("99213")], "PT", "PT", "not a therapy code"),
        ([Service("97110", 0)], "PT", "PT", "needs its minutes"),
        ([Service("97110", 10), Service("97110", 5)], "PT", "PT", "twice"),
    ],
)
def test_visits_that_cannot_be_coded(services, discipline: str, role: str, words: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(CodingError, match=words):
        code_visit(services, discipline=discipline, role=role)


def test_every_line_says_why() -> None:
    coded = code_visit(
        [Service("97161"), Service("97110", 33), Service("97140", 7)], discipline="PT", role="PT"
    )
    assert all(line.reason for line in coded.lines)
    assert (
        "one unit per visit" in coded.lines[0].reason
        and "40 timed minutes make 3 units" in coded.lines[1].reason
    )


visits = st.dictionaries(st.sampled_from(TIMED), st.integers(0, 70), min_size=1, max_size=5)


@given(visits)
def test_cms_units_equal_the_table_for_the_total(timed: dict[str, int]) -> None:
    units = allocate_cms(timed)
    assert sum(units.values()) == units_for(sum(timed.values()))
    assert all(units[code] == 0 for code, minutes in timed.items() if minutes == 0)  # no minutes, no units


@given(visits, st.sets(st.sampled_from(UNTIMED_PT), max_size=2), st.sampled_from(["cms", "per-code"]))
def test_untimed_codes_are_one_unit_and_per_code_never_bills_under_eight(timed, untimed, rule) -> None:  # type: ignore[no-untyped-def]
    services = [Service(c, m) for c, m in timed.items() if m > 0] + [Service(c) for c in untimed]
    if not services:
        return
    lines = code_visit(services, discipline="PT", role="PT", rules=PayerRules(unit_rule=rule)).lines
    for line in lines:
        if line.code in untimed:
            assert line.units == 1
        elif rule == "per-code":
            assert line.minutes >= 8 and line.units == units_for(line.minutes)
        assert line.units > 0


def test_the_code_command() -> None:
    """In-process through Typer's runner (test_cli runs `python -m web.cli` as a real process)."""
    from typer.testing import CliRunner

    from web.cli import app

    args = ["code", "--minutes", "97110=33", "--minutes", "97140=7", "--rule", "cms"]
    ran = CliRunner().invoke(app, [*args, "--discipline", "PT", "--role", "PTA", "--json"])
    assert ran.exit_code == 0, ran.output
    lines = json.loads(ran.stdout)["lines"]
    assert [(l["code"], l["units"], l["minutes"], l["modifiers"]) for l in lines] == [  # noqa: E741
        ("97110", 2, 33, ["GP", "CQ"]),
        ("97140", 1, 7, ["GP", "CQ"]),
    ]
    assert all(l["reason"] for l in lines)  # noqa: E741
    bad = CliRunner().invoke(app, ["code", "--minutes", "97161", "--discipline", "PT", "--role", "PTA"])
    assert bad.exit_code == 2 and "may not furnish" in bad.stderr


@pytest.mark.parametrize(
    ("kind", "thresholds", "ncci_modifier", "stim", "kx"),
    [
        ("medicare", (248_000, 300_000), "XU", "G0283", 248_000),
        ("medicare", None, "XU", "G0283", None),  # a year with no threshold on file
        ("medicaid", None, "59", "97014", None),
        ("commercial", None, "59", "97014", None),
    ],
)
def test_a_payers_rules_follow_from_its_settings(
    kind: str, thresholds: tuple[int, int] | None, ncci_modifier: str, stim: str, kx: int | None
) -> None:
    rules = PayerRules.from_settings(
        name="Some payer",
        kind=kind,
        unit_rule="per-code",
        applies_ncci=True,
        denies_97530_with_97140=False,
        requires_authorization=True,
        timely_filing_days=90,
        thresholds=thresholds,
    )
    assert (rules.ncci_modifier, rules.unattended_stim_code, rules.kx_threshold_cents) == (
        ncci_modifier,
        stim,
        kx,
    )
    assert (rules.unit_rule, rules.requires_authorization, rules.timely_filing_days) == ("per-code", True, 90)
    lines = code_visit([Service("97140", 15), Service("97530", 15)], discipline="PT", role="PT", rules=rules)
    assert {line.code: line.modifiers for line in lines.lines}["97530"] == ("GP", ncci_modifier)


@pytest.mark.parametrize(
    ("typed", "stim", "billed"),
    [
        ("97014", "G0283", "G0283"),  # Medicare: never 97014
        ("G0283", "G0283", "G0283"),
        ("G0283", "97014", "97014"),  # other payers
        ("97014", "97014", "97014"),
    ],
)
def test_unattended_stimulation_is_billed_as_the_payers_code(typed: str, stim: str, billed: str) -> None:
    rules = PayerRules(name="The payer", unattended_stim_code=stim)
    coded = code_visit([Service("97110", 30), Service(typed)], discipline="PT", role="PT", rules=rules)
    (line,) = [x for x in coded.lines if x.code in ("97014", "G0283")]
    assert (line.code, line.units) == (billed, 1)
    assert ("pays unattended electrical stimulation as" in line.reason) == (typed != billed)
