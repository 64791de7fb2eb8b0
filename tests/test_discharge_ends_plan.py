"""A signed discharge ends its plan of care, and a signed report's goal statuses reach the plan (#20,
new-user trial 52: a discharge signed with both goals met left the chart saying 'Plan of care in force',
both goals 'in progress', one 'past its target date', and three visits booked with no word).

Pure rules (core.plans.rules, core.records.after_discharge.to_cancel) in tables with rows that must not
change, then the signature on both backends: all of it in the signature's transaction, the history of
each goal's status kept with the note that set it, the chart, the visits still booked, the desk's alert."""

from collections.abc import Mapping
from datetime import date, datetime, timedelta

import pytest
from conftest import Practice
from fastapi.testclient import TestClient
from note_helpers import DRAFT, booked_appointment, login_as_provider, open_visit, post_on_the_visit_day
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text

from core.alerts.service import for_user
from core.plans.rules import discharges, goal_statuses, in_force, status_wins
from core.records.after_discharge import booked_after, cancel_after, to_cancel

DEMO_SIZE = "tiny"
DAY = date(2026, 12, 6)
PLAN = [(1, "Walk 300 feet without a device"), (2, "Climb a flight of stairs")]


@pytest.mark.parametrize(
    ("note_type", "status", "form", "expected"),
    [
        (
            "discharge",
            "signed",
            [("Walk 300 feet without a device", "met"), ("Climb a flight of stairs", "met")],
            {1: "met", 2: "met"},
        ),
        ("progress", "signed", [("walk 300 feet  without a device.", "not met")], {1: "not met"}),
        ("re-evaluation", "signed", [("Climb a flight of stairs", "progressing")], {2: "in progress"}),
        ("progress", "signed", [("Climb a flight of stairs", "partially met")], {2: "partially met"}),
        ("discharge", "signed", [("Climb a flight of stairs", "discontinued")], {2: "discontinued"}),
        # reworded by the therapist, as many rows as goals: each row is the goal at its place
        (
            "progress",
            "signed",
            [("Walk 300 ft, no device", "met"), ("Stairs, one flight", "not met")],
            {1: "met", 2: "not met"},
        ),
        # must not change: a daily note, an evaluation, a draft, one awaiting co-signature, no status,
        # a row that is no goal of the plan, a status the plan does not know
        ("daily", "signed", [("Walk 300 feet without a device", "met")], {}),
        ("evaluation", "signed", [("Walk 300 feet without a device", "met")], {}),
        ("discharge", "in_review", [("Walk 300 feet without a device", "met")], {}),
        ("progress", "draft", [("Walk 300 feet without a device", "met")], {}),
        ("discharge", "awaiting_cosign", [("Walk 300 feet without a device", "met")], {}),
        ("progress", "signed", [("Walk 300 feet without a device", "")], {}),
        ("progress", "signed", [("Swim a length", "met")], {}),
        ("progress", "signed", [("Walk 300 feet without a device", "sort of")], {}),
    ],
)
def test_a_final_report_gives_the_plans_goals_their_status(
    note_type: str, status: str, form: list, expected: dict
) -> None:
    assert goal_statuses(note_type, status, form, PLAN) == expected


@pytest.mark.parametrize(
    ("note_type", "status", "ends"),
    [
        ("discharge", "signed", True),
        # must not change: unsigned, awaiting co-signature, or not a discharge
        ("discharge", "draft", False),
        ("discharge", "in_review", False),
        ("discharge", "awaiting_cosign", False),
        ("progress", "signed", False),
        ("re-evaluation", "signed", False),
        ("daily", "signed", False),
    ],
)
def test_only_a_signed_discharge_ends_the_plan(note_type: str, status: str, ends: bool) -> None:
    assert discharges(note_type, status) is ends


@pytest.mark.parametrize(
    ("set_on", "last", "wins"),
    [
        (DAY, None, True),
        (DAY, DAY - timedelta(days=7), True),
        (DAY, DAY, True),  # the same day: the later signature
        # must not change: a report of an earlier date signed late leaves the later status
        (DAY - timedelta(days=7), DAY, False),
    ],
)
def test_a_later_date_of_service_wins(set_on: date, last: date | None, wins: bool) -> None:
    assert status_wins(set_on, last) is wins


@pytest.mark.parametrize(
    ("discharged_on", "today", "expected"),
    [
        (None, DAY, True),
        (DAY + timedelta(days=3), DAY, True),
        (DAY, DAY, False),
        (DAY - timedelta(days=3), DAY, False),
    ],
)
def test_a_discharge_ends_the_plan_in_force(discharged_on: date | None, today: date, expected: bool) -> None:
    assert in_force(DAY - timedelta(days=30), DAY + timedelta(days=30), discharged_on, today) is expected


def test_outside_its_period_a_plan_is_not_in_force_discharged_or_not() -> None:
    assert in_force(DAY - timedelta(days=30), DAY - timedelta(days=1), None, DAY) is False


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([(1, "PT", "booked"), (2, "PT", "booked")], [1, 2]),
        # must not change: another discipline's plan goes on; what is no longer booked stays as it is
        ([(1, "OT", "booked"), (2, "PT", "checked_in"), (3, "PT", "cancelled"), (4, "PT", "booked")], [4]),
        ([], []),
    ],
)
def test_a_discharge_cancels_only_its_disciplines_booked_visits(rows: list, expected: list) -> None:
    assert to_cancel("PT", rows) == expected


def _report_visit(
    practice: Practice, note_type: str
) -> tuple[TestClient, dict[str, str], int, int, int, int]:
    """A PT's visit made a report of `note_type` under a plan of care with two goals (one past its
    target date), the patient with visits booked after it."""
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
                text(
                    "SELECT id FROM plan_of_care WHERE patient_id = :p AND discipline = 'PT' ORDER BY start_date DESC"
                ),
                {"p": patient},
            ).scalar()
            connection.execute(
                text("UPDATE visit SET plan_id = :plan WHERE id = :v"), {"plan": plan, "v": visit}
            )
        connection.execute(text("DELETE FROM plan_goal_status WHERE plan_id = :plan"), {"plan": plan})
        connection.execute(text("DELETE FROM plan_goal WHERE plan_id = :plan"), {"plan": plan})
        connection.execute(
            text("UPDATE plan_of_care SET discharged_on = NULL, discharge_note_id = NULL WHERE id = :p"),
            {"p": plan},
        )
        for term, words, target in (
            ("short", "Walk 300 feet without a device", date(2020, 1, 1)),
            ("long", "Climb a flight of stairs", None),
        ):
            connection.execute(
                text(
                    "INSERT INTO plan_goal (plan_id, term, text, status, target_date)"
                    " VALUES (:plan, :t, :w, 'in progress', :d)"
                ),
                {"plan": plan, "t": term, "w": words, "d": target},
            )
    return api, headers, provider, patient, visit, plan


def _draft(api: TestClient, headers: dict[str, str], visit: int, form: Mapping[str, object]) -> int:
    drafted = api.post(f"/api/v1/visits/{visit}/note", json={**DRAFT}, headers=headers)
    assert drafted.status_code == 201, drafted.text
    note = drafted.json()["id"]
    saved = api.put(f"/api/v1/notes/{note}/form", json=form, headers=headers)
    assert saved.status_code == 200, saved.text
    return note


MET = {
    "goals": [
        {"text": "Walk 300 feet without a device", "status": "met"},
        {"text": "Climb a flight of stairs", "status": "met"},
    ],
    "discharge_reason": "goals met",
}


# The PT visits a discharge lists to cancel: still booked after its date of service, or before it and
# never checked in (its time passed, no visit opened: core.records.after_discharge), so every one still
# booked with no visit on it, as the desk's alert counts them.
STILL_BOOKED = (
    "SELECT count(*) FROM appointment a JOIN provider p ON p.id = a.provider_id"
    " WHERE a.patient_id = :p AND a.status = 'booked' AND p.discipline = 'PT'"
    " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)"
)


def _goals(practice: Practice, plan: int) -> list[tuple[str, str]]:
    with practice.engine.connect() as connection:
        return [
            tuple(r)
            for r in connection.execute(
                text("SELECT text, status FROM plan_goal WHERE plan_id = :p ORDER BY id"), {"p": plan}
            ).all()
        ]


def test_signing_a_discharge_ends_the_plan_and_settles_its_goals(practice: Practice) -> None:
    api, headers, provider, patient, visit, plan = _report_visit(practice, "discharge")
    note = _draft(api, headers, visit, MET)
    # a draft changes nothing
    assert one(practice, "SELECT discharged_on FROM plan_of_care WHERE id = :p", p=plan)[0] is None
    assert [s for _, s in _goals(practice, plan)] == ["in progress", "in progress"]
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.json()["status"] == "signed", signed.text
    served = one(practice, "SELECT service_date FROM visit WHERE id = :v", v=visit)[0]
    discharged_on, reason, by = one(
        practice,
        "SELECT discharged_on, discharge_reason, discharge_note_id FROM plan_of_care WHERE id = :p",
        p=plan,
    )
    assert str(discharged_on)[:10] == str(served)[:10] and reason == "goals met" and by == note
    assert [s for _, s in _goals(practice, plan)] == ["met", "met"]
    assert (
        one(
            practice,
            "SELECT count(*) FROM plan_goal_status WHERE plan_id = :p AND note_id = :n",
            p=plan,
            n=note,
        )[0]
        == 2
    )
    assert (
        one(
            practice,
            "SELECT count(*) FROM audit_entry WHERE record_type = 'plan_of_care' AND record_id = :p AND detail LIKE :d",
            p=str(plan),
            d=f"%discharged%by note {note}%",
        )[0]
        == 1
    )
    # a second click: refused as signed already, and nothing written twice
    again = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert again.status_code == 409
    assert one(practice, "SELECT count(*) FROM plan_goal_status WHERE plan_id = :p", p=plan)[0] == 2
    # the chart: discharged, no plan in force, no goal overdue
    chart = page_client(practice, provider_id=provider).get(f"/patients/{patient}/chart").text
    assert f'id="plan-discharged-{plan}"' in chart and "(goals met)" in chart
    assert f'id="goals-overdue-{plan}"' not in chart
    assert "Plan of care in force" not in chart


def test_a_progress_reports_statuses_reach_the_plan_and_a_daily_note_changes_none(practice: Practice) -> None:
    api, headers, _, _, visit, plan = _report_visit(practice, "progress")
    form = {
        "goals": [
            {"text": "Walk 300 feet without a device", "status": "not met"},
            {"text": "Climb a flight of stairs", "status": "partially met"},
        ],
        "outcomes": [{"measure": "LEFS", "score": 52, "unit": "points"}],
    }
    note = _draft(api, headers, visit, form)
    signed = post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers)
    assert signed.json()["status"] == "signed", signed.text
    assert [s for _, s in _goals(practice, plan)] == ["not met", "partially met"]
    assert one(practice, "SELECT discharged_on FROM plan_of_care WHERE id = :p", p=plan)[0] is None
    history = one(practice, "SELECT count(*), min(note_id) FROM plan_goal_status WHERE plan_id = :p", p=plan)
    assert tuple(history) == (2, note)


def test_a_discharge_lists_the_visits_still_booked_and_the_desk_cancels_them(practice: Practice) -> None:
    api, headers, provider, patient, visit, plan = _report_visit(practice, "discharge")
    note = _draft(api, headers, visit, MET)
    assert (
        post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).json()["status"]
        == "signed"
    )
    booked = one(practice, STILL_BOOKED, p=patient)[0]
    with practice.session() as session:
        listed = booked_after(session, actor=practice.actor("therapist"), note_id=note)
        assert len([b for b in listed if b.discharged]) == booked
        desk = practice.actor("front_desk")
        if booked:
            assert any(
                a.kind == "discharged_with_visits_booked" and a.patient_id == patient
                for a in for_user(session, actor=desk, now=_now(practice))
            )
        cancelled = cancel_after(session, actor=desk, note_id=note)
        assert len(cancelled) == booked
        assert {a.cancel_reason for a in cancelled} <= {"discharged"}
        assert cancel_after(session, actor=desk, note_id=note) == []  # a second click cancels nothing
        assert not any(
            a.kind == "discharged_with_visits_booked" and a.patient_id == patient
            for a in for_user(session, actor=desk, now=_now(practice))
        )


def _now(practice: Practice) -> datetime:
    from core.timeutil import utcnow

    return utcnow()


def test_the_signed_discharges_page_lists_the_visits_and_the_owner_cancels_them_once_confirmed(
    practice: Practice,
) -> None:
    api, headers, provider, patient, visit, plan = _report_visit(practice, "discharge")
    note = _draft(api, headers, visit, MET)
    assert (
        post_on_the_visit_day(api, note, f"/api/v1/notes/{note}/sign", headers=headers).json()["status"]
        == "signed"
    )
    booked = one(practice, STILL_BOOKED, p=patient)[0]
    assert booked > 0
    therapist = page_client(practice, provider_id=provider).get(f"/notes/{note}/review").text
    assert 'id="booked-after"' in therapist and "Visits still booked after this discharge" in therapist
    # a therapist's role does not cancel visits (core.permissions): the desk does, from its alerts
    assert 'id="desk-cancels"' in therapist and 'id="cancel-these"' not in therapist
    owner = page_client(practice, "owner")
    page = owner.get(f"/notes/{note}/review").text
    assert 'id="cancel-these"' in page and "Cancel these visits (reason: discharged)" in page
    # not confirmed: nothing cancelled
    unconfirmed = owner.post(f"/notes/{note}/cancel-booked-after", data={}, follow_redirects=False)
    assert unconfirmed.status_code == 303 and "error=" in unconfirmed.headers["location"]
    left = "SELECT count(*) FROM appointment WHERE patient_id = :p AND status = 'booked' AND cancel_reason = 'discharged'"
    assert one(practice, left.replace("status = 'booked'", "status = 'cancelled'"), p=patient)[0] == 0
    done = owner.post(f"/notes/{note}/cancel-booked-after", data={"confirm": "yes"})
    assert done.status_code == 200 and "cancelled (reason: discharged)" in done.text
    assert one(practice, left.replace("status = 'booked'", "status = 'cancelled'"), p=patient)[0] == booked
    assert 'id="booked-after"' not in owner.get(f"/notes/{note}/review").text or booked == 0
    again = owner.post(f"/notes/{note}/cancel-booked-after", data={"confirm": "yes"})
    assert "No visit left to cancel" in again.text
    assert (
        one(
            practice,
            "SELECT count(*) FROM audit_entry WHERE patient_id = :p AND action = 'appointment.write'"
            " AND detail LIKE 'cancelled%'",
            p=patient,
        )[0]
        >= booked
    )


def test_the_demos_discharges_end_their_plans(pristine_practice: Practice) -> None:
    """The demo builder writes a discharge as signing one does: its plan ended on its date of service, its
    goals met, each kept in the goal's history with the note."""
    practice = pristine_practice
    discharges_ = one(
        practice,
        "SELECT count(*) FROM note n JOIN visit v ON v.id = n.visit_id"
        " WHERE n.note_type = 'discharge' AND n.status = 'signed' AND v.plan_id IS NOT NULL",
    )[0]
    assert discharges_ > 0
    left_open = one(
        practice,
        "SELECT count(*) FROM note n JOIN visit v ON v.id = n.visit_id JOIN plan_of_care c ON c.id = v.plan_id"
        " WHERE n.note_type = 'discharge' AND n.status = 'signed'"
        " AND (c.discharged_on IS NULL OR c.discharge_reason <> 'goals met')",
    )[0]
    assert left_open == 0
    assert one(practice, "SELECT count(*) FROM plan_goal_status WHERE note_id IS NULL")[0] == 0
    unmet = one(
        practice,
        "SELECT count(*) FROM plan_goal g JOIN plan_of_care c ON c.id = g.plan_id"
        " WHERE c.discharged_on IS NOT NULL AND g.status <> 'met'",
    )[0]
    assert unmet == 0
