"""The owner's pages (#20): the dashboard opens on the last full month, narrows by clinic, provider and
payer, shows each figure as people write it (no 1e+06) on charts with an axis and values, and exports
every KPI as CSV; the audit log names people, finds by name, pages and exports as CSV."""

import csv
import html
import io
import re
from datetime import date

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one

from core.kpis import compute, last_full_month
from core.notes.workflow import credentialed
from core.timeutil import span_words, utcnow
from web.charts import line, tick_text
from web.kpi_figures import figure, judged_figure

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("today", "month"),
    [
        (date(2026, 12, 2), (date(2026, 11, 1), date(2026, 11, 30))),
        (date(2026, 1, 31), (date(2025, 12, 1), date(2025, 12, 31))),
        (date(2028, 3, 1), (date(2028, 2, 1), date(2028, 2, 29))),
    ],
)
def test_the_dashboard_opens_on_the_last_full_month(today: date, month: tuple[date, date]) -> None:
    assert last_full_month(today) == month


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (None, "%", "–"),
        (97.45, "%", "97.5 %"),
        (100.0, "%", "100 %"),
        (77.95, "$", "$77.95"),
        (1234567.891, "$", "$1,234,567.89"),
        (1192603600.0, "", "1,192,603,600"),
        (43.3, "days", "43.3 days"),
        (0.0, "h", "0 h"),
    ],
)
def test_figures_are_written_as_people_read_them(value: float | None, unit: str, shown: str) -> None:
    assert figure(value, unit) == shown


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (date(2026, 11, 1), date(2026, 11, 30), "Nov 1 – Nov 30, 2026"),
        (date(2025, 12, 1), date(2026, 1, 31), "Dec 1, 2025 – Jan 31, 2026"),
        (date(2026, 11, 1), date(2026, 11, 1), "November 1, 2026"),
        (date(2026, 10, 5), date(2026, 11, 24), "Oct 5 – Nov 24, 2026"),
    ],
)
def test_the_dashboard_names_its_range_in_words(start: date, end: date, shown: str) -> None:
    assert span_words(start, end) == shown


@pytest.mark.parametrize(
    ("values", "target", "unit", "labels"),
    [
        # the values' own min and max were the axis: 37.3 to 41.9, no round number on it
        ([37.3, 41.9, None, 39.0], None, "%", ["36 %", "38 %", "40 %", "42 %"]),
        ([1234.5, 2890.0], None, "$", ["$1,000", "$1,500", "$2,000", "$2,500", "$3,000"]),
        ([80.0, 85.0], 95.0, "%", ["80 %", "85 %", "90 %", "95 %"]),  # the target is on the axis
        ([0.2, 0.45], None, "h", ["0.2 h", "0.3 h", "0.4 h", "0.5 h"]),
        ([12.0, 12.0], None, "", ["5", "10", "15", "20"]),  # one value: room each side
    ],
)
def test_trend_charts_stand_on_round_labelled_steps(
    values: list[float | None], target: float | None, unit: str, labels: list[str]
) -> None:
    chart = line([f"m{i}" for i in range(len(values))], values, target)
    assert chart is not None
    assert [tick_text(v, chart.step, unit) for _, v in chart.ticks] == labels
    assert chart.low <= min(v for v in values if v is not None) and chart.high >= max(
        v for v in values if v is not None
    )
    ys = [y for y, _ in chart.ticks]
    assert ys == sorted(ys, reverse=True) and ys[0] == 106 and ys[-1] == 14  # bottom to top of the plot
    assert all(14 <= y <= 106 for _, y, _, _ in chart.dots)


@pytest.mark.parametrize(
    ("value", "unit", "target", "shown"),
    [
        (96.97, "%", "97-99 %", "96.97 %"),  # '97 %' beside 'not met' read as a mistake
        (97.04, "%", "97-99 %", "97 %"),
        (2.96, "%", "< 3 %", "2.96 %"),
        (3.04, "%", "< 3 %", "3 %"),  # rounds onto the bound and still misses it: nothing to correct
        (29.97, "days", "< 30", "29.97 days"),
        (12.3, "%", "", "12.3 %"),
        (None, "%", "< 3 %", "–"),
        # two decimals would round it onto the target: as many as keep it on its side
        (96.996, "%", "97-99 %", "96.996 %"),
        (96.99996, "%", "97-99 %", "96.99996 %"),
        (99.995, "%", "100 %", "99.995 %"),
        (2.996, "%", "< 3 %", "2.996 %"),
        (95.004, "%", "> 95 %", "95 %"),  # at or above the bound: met, and '95 %' says so
        (4.9999999999, "min", "< 5 min with the scribe", "4.9999999999 min"),
    ],
)
def test_a_figure_is_never_rounded_across_its_target(
    value: float | None, unit: str, target: str, shown: str
) -> None:
    assert judged_figure(value, unit, target) == shown


def _values(html: str) -> dict[str, str]:
    return dict(re.findall(r'data-kpi="(\w+)">\s*<h2[^>]*>[^<]*</h2>\s*<p class="big">([^<]*)</p>', html))


def test_the_dashboard_defaults_filters_and_exports(practice) -> None:  # type: ignore[no-untyped-def]
    owner = page_client(practice, "owner")
    start, end = last_full_month(utcnow().date())
    board = owner.get("/owner/kpis")
    assert board.status_code == 200
    assert f"<h1>Dashboard: {span_words(start, end)}</h1>" in board.text
    assert f"{start:%b} 0" not in board.text  # no 'Nov 01'
    assert "e+" not in board.text and "e-0" not in board.text
    shown = _values(board.text)
    assert len(shown) >= 10
    oct_start, oct_end = date(2026, 10, 1), date(2026, 10, 31)
    october = owner.get(f"/owner/kpis?from={oct_start}&to={oct_end}&clinic_id=1")
    with practice.session() as session:
        expected = compute(session, actor=practice.actor("owner"), start=oct_start, end=oct_end, clinic_id=1)
    assert _values(october.text) == {k.key: judged_figure(k.value, k.unit, k.target) for k in expected}
    revenue = _values(october.text)["revenue_per_visit"]
    assert re.fullmatch(r"\$\d[\d,]*\.\d\d", revenue)
    assert 'class="axis y"' in october.text and 'class="value"' in october.text  # an axis and values
    # every trend's value axis is labelled at round steps (web.axis), from the bottom of the plot up
    for card in re.findall(r'data-kpi="\w+">.*?</section>', october.text, re.S):
        ticks = re.findall(r'<text x="0" y="[\d.]+" class="axis y">([^<]+)</text>', card)
        assert 'class="chart"' not in card or len(ticks) >= 2, card
        for tick in ticks:
            assert re.fullmatch(r"-?\$?[\d,]+(\.\d+)?( \S+)?", html.unescape(tick)), tick
    payer_id, payer = one(practice, "SELECT id, name FROM payer ORDER BY id LIMIT 1")
    by_payer = owner.get(f"/owner/kpis?from={oct_start}&to={oct_end}&payer_id={payer_id}")
    assert f'<option value="{payer_id}" selected>{payer}</option>' in by_payer.text
    with practice.session() as session:
        narrowed = compute(
            session, actor=practice.actor("owner"), start=oct_start, end=oct_end, payer_id=payer_id
        )
    assert _values(by_payer.text)["denial_rate"] == figure(
        next(k.value for k in narrowed if k.key == "denial_rate"), "%"
    )
    provider_id, name, credential = one(
        practice, "SELECT id, full_name, credential FROM provider WHERE clinic_id = 1 ORDER BY id LIMIT 1"
    )
    by_provider = owner.get(f"/owner/kpis?from={oct_start}&to={oct_end}&provider_id={provider_id}")
    assert by_provider.status_code == 200
    # the provider named as every page names one (core.notes.workflow.credentialed): 'Katherine Hill, PT'
    chosen = f'<option value="{provider_id}" selected>{credentialed(name, credential)}</option>'
    assert chosen in html.unescape(by_provider.text)

    exported = owner.get(f"/owner/kpis.csv?from={oct_start}&to={oct_end}&clinic_id=1")
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    assert "kpis-2026-10-01-2026-10-31-clinic1.csv" in exported.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    main = {r["kpi"]: r for r in rows if ":" not in r["kpi"]}
    assert set(main) == {k.key for k in expected}
    for k in expected:
        assert main[k.key]["value"] == ("" if k.value is None else str(k.value))
        assert "e+" not in main[k.key]["numerator"]
    assert "Oct 2026" in rows[0] and any(r["kpi"].startswith("denial_rate:payer") for r in rows)
    assert page_client(practice, "biller").get("/owner/kpis.csv").status_code == 200  # billers read KPIs
    assert page_client(practice, "front_desk").get("/owner/kpis.csv").status_code == 403


def test_the_audit_log_names_people_finds_by_name_pages_and_exports(practice) -> None:  # type: ignore[no-untyped-def]
    owner = page_client(practice, "owner")
    biller = page_client(practice, "biller")
    biller.get("/billing/claims?status=paid")  # something by the biller to find
    name, email = one(
        practice, "SELECT full_name, email FROM app_user WHERE email = :e", e=practice.user("biller").email
    )
    log = owner.get("/owner/audit")
    # the name to read, the e-mail on hover (it would double the column's width at 1024 px)
    assert log.status_code == 200 and f'title="{email}">{name}</a>' in log.text
    first = [int(n) for n in re.findall(r'<tr class="\w+" id="entry-(\d+)">', log.text)]
    assert len(first) == 100 and 'page=2">Older entries' in log.text
    second = owner.get("/owner/audit?page=2")
    assert 'page=1">Newer entries' in second.text
    # reading page 1 is itself logged, so page 2 may start with page 1's last entry
    assert [int(n) for n in re.findall(r'<tr class="\w+" id="entry-(\d+)">', second.text)][0] <= first[-1]
    found = owner.get("/owner/audit", params={"who": name.split()[-1], "action": "claim.read"})
    people = set(re.findall(r'<a href="/owner/audit\?user_id=\d+" title="([^"]*)">([^<]+)</a>', found.text))
    surname = name.split()[-1].lower()
    assert people and all(surname in f"{shown} {mail}".lower() for mail, shown in people)
    exported = owner.get("/owner/audit.csv", params={"who": email, "action": "claim.read"})
    assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text)))
    biller_id = one(practice, "SELECT id FROM app_user WHERE email = :e", e=email)[0]
    assert (
        len(rows)
        == count(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE user_id = :u AND action = 'claim.read'",
            u=biller_id,
        )
        or len(rows) == 50_000
    )
    assert {r["user"] for r in rows} == {f"{name} ({email})"}
    none = owner.get("/owner/audit?since=2030-01-01")
    assert re.findall(r'<tr class="\w+">', none.text) == []
    assert "The day is YYYY-MM-DD" in owner.get("/owner/audit?until=soon").text
    assert biller.get("/owner/audit.csv").status_code == 403
