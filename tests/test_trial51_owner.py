"""Trial 51, owner (#20): the KPI dashboard's filters, counted amounts and charts. Before: the provider
list showed every clinic's providers whatever clinic was picked, and Riverside with a Hillcrest provider
read 0 visits, $0.00 and charts down to "-1 visits" / "$-1" with no word why; "How it is counted" and
the CSV gave money in raw cents ("3,640,366 / 5,659,800", "1692927.0"); a recent month's net collection
rate said nothing of the claims still with the payer."""

import csv
import io
import math

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one

from core.kpis.formulas import counted_amount, counted_words
from web.charts import line

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("value", "unit", "words", "amount"),
    [
        (3640366, "cents", "$36,403.66", 36403.66),  # the trial's net collection numerator
        (48501382, "cents a day", "$485,013.82 a day", 485013.82),
        (-500, "cents", "-$5.00", -5.0),
        (692765, "dollars", "$692,765.00", 692765),
        # must not change: counts stay counts
        (117, "claims", "117 claims", 117),
        (32535.0, "minutes", "32,535 minutes", 32535.0),
        (42.0, "", "42", 42.0),
        (12.5, "", "12.5", 12.5),
        (None, "cents", "", None),
    ],
)
def test_what_a_kpi_is_counted_from_is_said_in_dollars_where_it_is_money(value, unit, words, amount) -> None:  # type: ignore[no-untyped-def]
    assert counted_words(value, unit) == words
    assert counted_amount(value, unit) == amount


@pytest.mark.parametrize(
    ("values", "unit", "low"),
    [
        ([0, 0, 0, 0, 0, 0], "visits", 0.0),  # the trial: six months of nothing read "-1 visits"
        ([0, 0, 0], "$", 0.0),
        ([0, 3, 0], "days", 0.0),
        # must not change
        ([0, 0, 0], "%", 0.0),
        ([-2.0, 3.0], "h", -2.0),  # a figure that can be below zero keeps its axis below zero
    ],
)
def test_a_chart_of_figures_never_below_zero_has_no_axis_below_zero(values, unit, low) -> None:  # type: ignore[no-untyped-def]
    chart = line([str(i) for i in range(len(values))], values, None, unit)
    assert chart is not None and chart.low == low and chart.high > chart.low
    assert all(not math.isnan(v) and v >= low for _, v in chart.ticks)


def test_a_provider_of_another_clinic_is_let_go_with_a_word_and_the_list_is_the_clinics(
    practice: Practice,
) -> None:
    owner = page_client(practice, "owner")
    theirs, name = one(practice, "SELECT id, full_name FROM provider WHERE clinic_id = 2 ORDER BY id LIMIT 1")
    ours = one(practice, "SELECT id FROM provider WHERE clinic_id = 1 ORDER BY id LIMIT 1")[0]
    page = owner.get(
        "/owner/kpis",
        params={"from": "2026-10-01", "to": "2026-10-31", "clinic_id": 1, "provider_id": theirs},
    )
    assert page.status_code == 200
    note = page.text.split('id="filter-note">')[1].split("<")[0]
    assert name in note and "Hillcrest Therapy" in note and "Riverside Therapy" in note
    listed = page.text.split('id="provider_id"')[1].split("</select>")[0]
    assert f'value="{ours}"' in listed and f'value="{theirs}"' not in listed
    assert "-1 visits" not in page.text and "$-1" not in page.text
    # the figures are the clinic's: as the clinic alone gives them
    alone = owner.get("/owner/kpis", params={"from": "2026-10-01", "to": "2026-10-31", "clinic_id": 1})
    big = [p.split("</p>")[0] for p in page.text.split('<p class="big">')[1:]]
    assert big == [p.split("</p>")[0] for p in alone.text.split('<p class="big">')[1:]]
    # must not change: a provider of the clinic chosen is kept, with no note; no clinic: every provider
    kept = owner.get("/owner/kpis", params={"clinic_id": 1, "provider_id": ours})
    assert 'id="filter-note"' not in kept.text
    assert f'<option value="{ours}" selected>' in kept.text
    every = owner.get("/owner/kpis").text.split('id="provider_id"')[1].split("</select>")[0]
    assert f'value="{ours}"' in every and f'value="{theirs}"' in every


def test_how_it_is_counted_and_the_csv_give_money_in_dollars_and_the_claims_still_out(
    practice: Practice,
) -> None:
    owner = page_client(practice, "owner")
    page = owner.get("/owner/kpis", params={"from": "2026-11-01", "to": "2026-11-30"}).text
    net = page.split('data-kpi="net_collection_rate"')[1].split("</section>")[0]
    counted = net.split("How it is counted</summary><p>")[1].split("</p>")[0]
    assert counted.count("$") == 2, counted  # '($16,929.27 / $27,013.88)'
    ar = page.split('data-kpi="days_in_ar"')[1].split("</section>")[0]
    assert " a day)" in ar, ar[-600:]
    assert "still with the payer and not counted yet" in net  # November's claims not yet answered
    rows = {
        r["kpi"]: r
        for r in csv.DictReader(io.StringIO(owner.get("/owner/kpis.csv?from=2026-11-01&to=2026-11-30").text))
    }
    net_row = rows["net_collection_rate"]
    assert net_row["numerator counted in"] == "dollars" and net_row["denominator counted in"] == "dollars"
    assert "." not in net_row["numerator"] or len(net_row["numerator"].split(".")[1]) == 2
    assert int(net_row["claims still with the payer (not counted)"]) > 0
    value = float(net_row["value"])
    assert value == pytest.approx(float(net_row["numerator"]) / float(net_row["denominator"]) * 100, abs=0.06)
    assert rows["days_in_ar"]["denominator counted in"] == "dollars a day"
    # must not change: a count stays a count
    assert (
        rows["clean_claim_rate"]["numerator counted in"] == ""
        and "." not in rows["clean_claim_rate"]["numerator"]
    )


def test_the_owners_home_list_reads_can_be_left_out_of_the_review_and_stay_on_the_log(
    practice: Practice,
) -> None:
    """Each owner home view wrote ~30 "Read a note ... unsigned list" entries and the checkbox hid only
    the alert reads. Now it leaves out both home-list reads; each is still on the log, and the CSV of
    everything has them."""
    owner_user = practice.actor("owner")
    owner = page_client(practice, "owner")
    assert owner.get("/").status_code == 200
    listed = one(
        practice,
        "SELECT COUNT(*) FROM audit_entry WHERE user_id = :u AND action = 'note.read' AND detail = 'unsigned list'",
        u=owner_user.user_id,
    )[0]
    assert listed > 0  # the demo has unsigned notes; each read is logged
    params = {"user_id": owner_user.user_id, "action": "note.read"}
    everything = list(csv.DictReader(io.StringIO(owner.get("/owner/audit.csv", params=params).text)))
    assert sum("unsigned list" in (r.get("detail") or "") for r in everything) >= listed
    left_out = owner.get("/owner/audit.csv", params={**params, "hide_alert_reads": "1"}).text
    assert "unsigned list" not in left_out
    page = owner.get("/owner/audit", params={**params, "hide_alert_reads": "1"}).text
    assert "unsigned list" not in page and "alerts and unsigned notes" in page
    # must not change: another read of a note is shown with the list reads left out
    with practice.engine.begin() as conn:
        from sqlalchemy import text as sql

        note = conn.execute(sql("SELECT id, patient_id, clinic_id FROM note ORDER BY id LIMIT 1")).one()
    from core.audit.service import Event, record_one

    with practice.session() as session:
        record_one(
            session,
            owner_user,
            Event(
                "note.read",
                clinic_id=note[2],
                patient_id=note[1],
                record_type="note",
                record_id=note[0],
                detail="opened",
            ),
        )
        session.commit()
    kept = owner.get("/owner/audit.csv", params={**params, "hide_alert_reads": "1"}).text
    assert "opened" in kept
