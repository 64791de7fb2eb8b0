"""The plan-of-care page marks a goal past its target date (#20, a new user's trial: the chart said
"past due", the plan page where the goal's status is set showed the same goal as any other). Marked as
the chart marks it (core.records.chart.goal_overdue): past the target date and neither met nor
discontinued, on a plan no discharge ended."""

from datetime import timedelta

import pytest
from conftest import DEMO_TODAY
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text

DEMO_SIZE = "tiny"

# (goal's target date from the demo's today, its status, the plan discharged, marked past due)
ROWS = [
    pytest.param(-1, "in progress", False, True, id="a day past, in progress: marked"),
    pytest.param(-30, "not met", False, True, id="a month past, not met: marked"),
    pytest.param(-1, "partially met", False, True, id="a day past, partially met: marked"),
    pytest.param(-1, "met", False, False, id="past but met: not marked"),
    pytest.param(-1, "discontinued", False, False, id="past but discontinued: not marked"),
    pytest.param(0, "in progress", False, False, id="due today: not marked"),
    pytest.param(14, "in progress", False, False, id="due ahead: not marked"),
    pytest.param(-1, "in progress", True, False, id="plan discharged: not marked"),
]


@pytest.mark.parametrize(("days", "status", "discharged", "marked"), ROWS)
def test_a_goal_past_its_target_date_is_marked_on_the_plan(  # type: ignore[no-untyped-def]
    practice, demo_clock, days: int, status: str, discharged: bool, marked: bool
) -> None:
    plan, provider = one(
        practice,
        "SELECT p.id, p.provider_id FROM plan_of_care p JOIN provider v ON v.id = p.provider_id"
        " WHERE p.discharged_on IS NULL AND v.credential IN ('PT', 'OT', 'SLP')"
        " AND (SELECT COUNT(*) FROM plan_goal g WHERE g.plan_id = p.id) >= 2 ORDER BY p.id LIMIT 1",
    )
    with practice.engine.begin() as conn:
        goals = conn.execute(text("SELECT id FROM plan_goal WHERE plan_id = :p ORDER BY id"), {"p": plan})
        goal, other = (row[0] for row in goals.all()[:2])
        # every other goal of the plan due ahead, so that the one of the row is the only one marked
        conn.execute(
            text("UPDATE plan_goal SET target_date = :d, status = 'in progress' WHERE plan_id = :p"),
            {"d": DEMO_TODAY + timedelta(days=60), "p": plan},
        )
        conn.execute(
            text("UPDATE plan_goal SET target_date = :d, status = :s WHERE id = :g"),
            {"d": DEMO_TODAY + timedelta(days=days), "s": status, "g": goal},
        )
        conn.execute(
            text("UPDATE plan_of_care SET discharged_on = :d WHERE id = :p"),
            {"d": DEMO_TODAY - timedelta(days=2) if discharged else None, "p": plan},
        )
    page = page_client(practice, provider_id=provider).get(f"/plans/{plan}")
    assert page.status_code == 200, page.text
    row = page.text.split(f'id="history-{goal}"', 1)[0].rsplit("<tr", 1)[1]
    assert ('class="overdue"' in row) is marked
    assert (f'id="past-due-{goal}"' in page.text) is marked
    assert (f'id="past-due-{other}"' in page.text) is False
    assert ('id="goals-overdue"' in page.text) is marked
    if marked:
        assert "1 goal past its target date and not met" in page.text
