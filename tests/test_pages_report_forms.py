"""Progress reports, discharges and goals on the chart (#20), findings of a new-user trial: a progress
report signed with no outcome measure; a discharge whose goal rows opened empty though the plan of care
listed its goals; goals past their target date shown on the chart like any other. Now a progress
report is signed only with an outcome measure's score (core.notes.forms.missing), a report's form opens
with the goals of the plan of care the visit is under (core.notes.report_goals), and the chart flags a
goal past its target date and not met (core.records.chart.goal_overdue)."""

from datetime import date, timedelta

import pytest
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_visit, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text

from core.notes.forms import FormIn, missing
from core.notes.report_goals import prefilled
from core.records.chart import goal_overdue

DEMO_SIZE = "tiny"

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("target", "status", "overdue"),
    [
        (TODAY - timedelta(days=1), "in progress", True),
        (TODAY - timedelta(days=30), "partially met", True),
        (TODAY - timedelta(days=30), "not met", True),
        # must not change: settled, due later or today, or no date
        (TODAY - timedelta(days=30), "met", False),
        (TODAY - timedelta(days=30), "discontinued", False),
        (TODAY, "in progress", False),
        (TODAY + timedelta(days=10), "in progress", False),
        (None, "in progress", False),
    ],
)
def test_a_goal_past_its_target_date_and_not_settled_is_overdue(
    target: date | None, status: str, overdue: bool
) -> None:
    assert goal_overdue(target, status, TODAY) is overdue


MEASURE = "at least one outcome measure score (LEFS, Berg, ODI, ...) to compare with the evaluation's"
GOALS = {"goals": [{"text": "Walk 500 feet", "status": "progressing"}]}


@pytest.mark.parametrize(
    ("note_type", "form", "asks_a_measure", "discipline"),
    [
        ("progress", GOALS, True, "PT"),
        ("progress", GOALS, True, "OT"),
        ("progress", {**GOALS, "outcomes": [{"measure": "LEFS", "score": 52}]}, False, "PT"),
        # an SLP's progress is its goals' accuracy over trials (PRODUCT.md): no outcome scale asked
        ("progress", GOALS, False, "SLP"),
        # must not change: the other note types are signed without a measure, as before
        ("discharge", {**GOALS, "discharge_reason": "goals met"}, False, "PT"),
        ("re-evaluation", GOALS, False, "PT"),
        ("evaluation", GOALS, False, "PT"),
        ("daily", {}, False, "PT"),
    ],
)
def test_a_progress_report_needs_an_outcome_measure(
    note_type: str, form: dict, asks_a_measure: bool, discipline: str
) -> None:
    assert (MEASURE in missing(note_type, FormIn.model_validate(form), discipline)) is asks_a_measure


@pytest.mark.parametrize(
    ("values", "goals", "expected"),
    [
        ({}, ("Walk 500 feet", "Stairs"), {"goal_1": "Walk 500 feet", "goal_2": "Stairs"}),
        ({"goal_1": " "}, ("Walk",), {"goal_1": "Walk"}),
        # must not change: goals of its own, or no goals to give
        ({"goal_1": "Own goal"}, ("Walk",), {"goal_1": "Own goal"}),
        ({}, (), {}),
    ],
)
def test_the_plans_goals_fill_only_an_empty_goal_list(values: dict, goals: tuple, expected: dict) -> None:
    assert prefilled(values, goals) == expected


def _report_visit(practice, note_type: str):  # type: ignore[no-untyped-def]
    """A PT's visit made a report of `note_type`, under a plan of care of the patient with two goals."""
    appointment, provider, patient = booked_appointment(practice, "PT", "medicare", skip=0)
    api = practice.client()
    headers = login_as_provider(practice, api, provider)
    visit = open_visit(api, headers, appointment)
    plan = one(practice, "SELECT plan_id FROM visit WHERE id = :v", v=visit)[0]
    with practice.engine.begin() as connection:
        connection.execute(
            text("UPDATE visit SET note_type = :t WHERE id = :v"), {"t": note_type, "v": visit}
        )
        if plan is None:
            plan = connection.execute(
                text("SELECT id FROM plan_of_care WHERE patient_id = :p ORDER BY start_date DESC"),
                {"p": patient},
            ).scalar()
            connection.execute(
                text("UPDATE visit SET plan_id = :plan WHERE id = :v"), {"plan": plan, "v": visit}
            )
        connection.execute(text("DELETE FROM plan_goal WHERE plan_id = :plan"), {"plan": plan})
        for term, words in (
            ("short", "Walk 300 feet without a device"),
            ("long", "Climb a flight of stairs"),
        ):
            connection.execute(
                text(
                    "INSERT INTO plan_goal (plan_id, term, text, status) VALUES (:plan, :t, :w, 'in progress')"
                ),
                {"plan": plan, "t": term, "w": words},
            )
    return api, headers, provider, visit, plan


def test_a_discharge_opens_with_the_plans_goals_to_give_each_a_status(practice) -> None:  # type: ignore[no-untyped-def]
    _, _, provider, visit, _ = _report_visit(practice, "discharge")
    page = page_client(practice, provider_id=provider).get(f"/visits/{visit}/note")
    assert page.status_code == 200, page.text
    assert 'id="goals-from-plan"' in page.text
    assert 'name="goal_1" type="text" maxlength="300" value="Walk 300 feet without a device"' in page.text
    assert 'name="goal_2" type="text" maxlength="300" value="Climb a flight of stairs"' in page.text


def test_a_drafted_progress_report_is_signed_only_with_an_outcome_measure(practice) -> None:  # type: ignore[no-untyped-def]
    api, headers, provider, visit, _ = _report_visit(practice, "progress")
    drafted = api.post(f"/api/v1/visits/{visit}/note", json={**DRAFT, "measures": []}, headers=headers)
    assert drafted.status_code == 201, drafted.text
    note = drafted.json()["id"]
    review = page_client(practice, provider_id=provider).get(f"/notes/{note}/review").text
    # the review's form opens with the plan's goals too, nothing saved yet
    assert 'value="Walk 300 feet without a device"' in review and 'id="goals-from-plan"' in review
    form = {"goals": [{"text": "Walk 300 feet without a device", "status": "progressing"}]}
    assert api.put(f"/api/v1/notes/{note}/form", json=form, headers=headers).status_code == 200
    refused = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert refused.status_code == 422, refused.text
    assert "at least one outcome measure score" in refused.json()["detail"]
    assert one(practice, "SELECT status FROM note WHERE id = :n", n=note)[0] != "signed"
    measured = {**form, "outcomes": [{"measure": "LEFS", "score": 52, "unit": "points"}]}
    assert api.put(f"/api/v1/notes/{note}/form", json=measured, headers=headers).status_code == 200
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.json()["status"] == "signed", signed.text


def test_the_chart_flags_the_goals_past_their_target_date(practice) -> None:  # type: ignore[no-untyped-def]
    _, _, provider, visit, plan = _report_visit(practice, "daily")
    patient = one(practice, "SELECT patient_id FROM visit WHERE id = :v", v=visit)[0]
    with practice.engine.begin() as connection:
        rows = connection.execute(
            text("SELECT id FROM plan_goal WHERE plan_id = :p ORDER BY id"), {"p": plan}
        ).all()
        connection.execute(
            text("UPDATE plan_goal SET target_date = :d WHERE id = :g"),
            {"d": date(2020, 1, 1), "g": rows[0][0]},
        )
        connection.execute(
            text("UPDATE plan_goal SET target_date = :d, status = 'met' WHERE id = :g"),
            {"d": date(2020, 1, 1), "g": rows[1][0]},
        )
    page = page_client(practice, provider_id=provider).get(f"/patients/{patient}/chart").text
    assert f'id="goals-overdue-{plan}"' in page
    assert "1 goal past its target date and not met" in page
    flagged = '<td>Walk 300 feet without a device</td><td>short</td><td>01/01/2020 <strong class="bad-text">past due'
    assert flagged in page
    assert "<td>Climb a flight of stairs</td><td>long</td><td>01/01/2020</td>" in page  # met: not flagged
