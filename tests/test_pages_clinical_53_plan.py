"""The plan-of-care page shows the discharge that ended the plan and each goal's status history (#20, a
new user's trial: the page showed a discharged plan as any other, with only each goal's latest status).
core.plans.service.goal_history reads plan_goal_status (migration 0022): each status a signed report,
re-evaluation or discharge set (with its note) or the therapist set on the page, with its date."""

from page_helpers import page_client
from scheduling_helpers import one

DEMO_SIZE = "tiny"


def test_a_discharged_plan_shows_its_discharge_and_each_goals_history(practice) -> None:  # type: ignore[no-untyped-def]
    plan, on, reason, note = one(
        practice,
        "SELECT id, discharged_on, discharge_reason, discharge_note_id FROM plan_of_care"
        " WHERE discharged_on IS NOT NULL AND discharge_note_id IS NOT NULL ORDER BY id LIMIT 1",
    )
    provider = one(practice, "SELECT provider_id FROM note WHERE id = :n", n=note)[0]
    goal, status, set_on = one(
        practice,
        "SELECT goal_id, status, set_on FROM plan_goal_status WHERE plan_id = :p AND note_id = :n ORDER BY id LIMIT 1",
        p=plan,
        n=note,
    )
    page = page_client(practice, provider_id=provider).get(f"/plans/{plan}")
    assert page.status_code == 200, page.text
    day = on if isinstance(on, str) else on.isoformat()
    said = f"{day[5:7]}/{day[8:10]}/{day[:4]}"
    assert f'<dd id="discharged">on {said}' in page.text
    if reason:
        assert f"({reason})" in page.text
    assert f'<a href="/notes/{note}/review">the discharge note</a>' in page.text
    history = page.text.split(f'id="history-{goal}">', 1)[1].split("</div>", 1)[0]
    when = set_on if isinstance(set_on, str) else set_on.isoformat()
    assert f"{status} on {when[5:7]}/{when[8:10]}/{when[:4]}" in history
    assert f'href="/notes/{note}/review"' in history


def test_a_plan_in_force_shows_no_discharge_and_a_status_set_on_the_page(practice) -> None:  # type: ignore[no-untyped-def]
    """Must not change: a plan no discharge ended says none; a goal never set says 'none yet'."""
    plan, provider = one(
        practice,
        "SELECT p.id, p.provider_id FROM plan_of_care p JOIN provider v ON v.id = p.provider_id"
        " WHERE p.discharged_on IS NULL AND v.credential IN ('PT', 'OT', 'SLP') AND NOT EXISTS"
        " (SELECT 1 FROM plan_goal_status s WHERE s.plan_id = p.id) ORDER BY p.id LIMIT 1",
    )
    goal = one(practice, "SELECT id FROM plan_goal WHERE plan_id = :p ORDER BY id LIMIT 1", p=plan)[0]
    client = page_client(practice, provider_id=provider)
    page = client.get(f"/plans/{plan}")
    assert page.status_code == 200, page.text
    assert 'id="discharged"' not in page.text and "none yet" in page.text
    set_it = client.post(
        f"/plans/{plan}/goals/{goal}", data={"status": "partially met"}, follow_redirects=True
    )
    assert set_it.status_code == 200, set_it.text
    history = set_it.text.split(f'id="history-{goal}">', 1)[1].split("</div>", 1)[0]
    assert "partially met on " in history and "(set on this page)" in history
