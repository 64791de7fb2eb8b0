"""The dashboard's figures counted for all its ranges at once (core.kpis.compute_ranges: each kind of
row read once over the span) are the figures each range gave when counted alone, query by query, as
before (tests/kpi_per_range.py), on the demo practice, for every KPI, with and without filters.

On the tiny demo (DEMO_SIZE): every KPI but re-evaluation compliance has a figure there, and its
comparison reads a tenth of the rows. No plan of care of the tiny demo ends with its care going on, so
re-evaluation compliance has no figure in any range there: that KPI is compared on the small demo."""

from datetime import date, timedelta

import kpi_per_range as reference
import pytest
from conftest import BACKENDS, DEMO_TODAY, Practice, make_practice
from sqlalchemy import event
from sqlmodel import col, select

from core.clinics.models import Clinic
from core.db import snapshot_session
from core.kpis import DEFINITIONS, compute_ranges
from core.payers.models import Payer
from core.providers.models import Provider

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
# The KPIs with no figure on the tiny demo, compared on the small one (the module's docstring).
ON_THE_SMALL_DEMO = ("reevaluation_compliance",)


def _months_back(last: date, count: int) -> list[tuple[date, date]]:
    spans, first = [], last.replace(day=1)
    for _ in range(count):
        spans.append((first, min(last, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1))))
        first = (first - timedelta(days=1)).replace(day=1)
    return spans[::-1]


# The dashboard's default (the last full month) and its trend; a range across months that overlaps
# two of them; and the month so far, cut at the demo's today.
LAST_MONTH = (date(2026, 10, 1), date(2026, 10, 31))
RANGES = [
    LAST_MONTH,
    *_months_back(LAST_MONTH[1], 6),
    (date(2026, 8, 15), date(2026, 9, 20)),
    (date(2026, 11, 1), DEMO_TODAY),
]


def _filters(practice: Practice) -> list[dict[str, int | None]]:
    with practice.session() as session:
        clinic = session.exec(select(Clinic.id).order_by(col(Clinic.id))).first()
        payer = session.exec(select(Payer.id).order_by(col(Payer.id))).first()
        provider = session.exec(select(Provider.id).order_by(col(Provider.id))).first()
    return [{}, {"clinic_id": clinic}, {"payer_id": payer}, {"provider_id": provider}]


@pytest.fixture(scope="module", params=BACKENDS)
def small_practice(request, databases, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A copy of the small demo, for the KPIs the tiny one gives no figure."""
    practice = make_practice(request.param, databases, tmp_path_factory.mktemp("small"), "demo")
    yield practice
    databases.release(practice.engine)


def test_the_ranges_counted_together_give_each_range_s_own_figures(practice: Practice) -> None:
    assert _compared(practice, {d.key for d in DEFINITIONS}) == 4 * len(RANGES) * len(DEFINITIONS)


def test_the_kpis_of_the_small_demo_counted_together_give_each_range_s_own_figures(small_practice) -> None:  # type: ignore[no-untyped-def]
    """The KPIs the tiny demo has no figure for, compared as above on the small demo, where they have one."""
    assert _compared(small_practice, set(ON_THE_SMALL_DEMO)) == 4 * len(RANGES) * len(ON_THE_SMALL_DEMO)
    owner = small_practice.actor("owner")
    with small_practice.session() as session:
        [figures] = compute_ranges(session, actor=owner, ranges=[LAST_MONTH])
    assert [k.key for k in figures if k.key in ON_THE_SMALL_DEMO and k.value is None] == []


def _compared(practice: Practice, keys: set[str]) -> int:
    """Compares these KPIs' figures counted together with each range's own; the number compared."""
    owner = practice.actor("owner")
    with practice.session() as session:
        clinics = tuple(cid for cid in session.exec(select(Clinic.id).order_by(col(Clinic.id))).all())
    compared = 0
    for filters in _filters(practice):
        with practice.session() as session:
            together = compute_ranges(session, actor=owner, ranges=RANGES, **filters)
        for (start, end), figures in zip(RANGES, together, strict=True):
            scope = reference.Scope(
                start,
                end,
                (filters["clinic_id"],) if filters.get("clinic_id") else clinics,
                filters.get("payer_id"),
                filters.get("provider_id"),
            )
            with snapshot_session(practice.engine) as reader:
                alone = {d.key: d.compute(reader, scope) for d in reference.DEFINITIONS if d.key in keys}
            assert [k.key for k in figures] == [d.key for d in reference.DEFINITIONS]
            for kpi in (k for k in figures if k.key in keys):
                old = alone[kpi.key]
                where = (kpi.key, start, end, filters)
                assert kpi.value == old.value, where
                assert kpi.numerator == pytest.approx(old.numerator), where
                assert kpi.denominator == pytest.approx(old.denominator), where
                assert kpi.breakdown == old.breakdown, where
                compared += 1
    return compared


def test_the_figures_compared_are_not_empty(practice: Practice) -> None:
    """The comparison above means something: on the demo, every KPI has a figure in the last month (on
    the small demo for those the tiny one has none: test above)."""
    owner = practice.actor("owner")
    with practice.session() as session:
        [figures] = compute_ranges(session, actor=owner, ranges=[LAST_MONTH])
    assert [k.key for k in figures if k.value is None and k.key not in ON_THE_SMALL_DEMO] == []


def test_the_trend_costs_the_queries_of_one_counting(practice: Practice) -> None:
    """A month and its six-month trend are read in as many statements as one range (no query per month)."""
    owner = practice.actor("owner")
    counted = [0]

    def count(*_: object) -> None:
        counted[0] += 1

    event.listen(practice.engine, "before_cursor_execute", count)
    try:
        with practice.session() as session:
            compute_ranges(session, actor=owner, ranges=[LAST_MONTH])
            one = counted[0]
            counted[0] = 0
            compute_ranges(session, actor=owner, ranges=[LAST_MONTH, *_months_back(LAST_MONTH[1], 6)])
            trend = counted[0]
    finally:
        event.remove(practice.engine, "before_cursor_execute", count)
    assert trend <= one, (one, trend)
    assert len(DEFINITIONS) == len(reference.DEFINITIONS)
