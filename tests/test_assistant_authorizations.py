"""Authorizations and the paperwork that goes with them, by kind of question (issue 19): a list with a window
said ("auths expiring this wk", "which auths run out before the end of the month", "in january"), the
asker's own caseload ("my pts w auths ending"), counted per payer; and for one patient the plan of care and
the treatment days since the last progress report ("is Joyce due for a PR", "poc recert for Shirley Smith,
when", "whats her visit count since the last PR"). Must-not-change rows keep what was read before."""

import re
from datetime import date, datetime, timedelta

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import _ending_window
from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
THERAPIST = "pt1@riverside.example.org"
FRIDAY = date(2027, 11, 26)
UNIQUE = (
    "(SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1"
)


@pytest.mark.parametrize(
    ("said", "window"),
    [
        ("auths expiring end of the month", (FRIDAY, date(2027, 11, 30))),
        ("which auths run out before the end of the month", (FRIDAY, date(2027, 11, 30))),
        ("auths expiring this wk", (FRIDAY, date(2027, 11, 28))),
        ("any auths ending next week", (date(2027, 11, 29), date(2027, 12, 5))),
        ("auths expiring in the next 2 wks", (FRIDAY, date(2027, 12, 10))),
        ("auths running out within 30 days", (FRIDAY, date(2027, 12, 26))),
        ("how many auths expire in january", (date(2028, 1, 1), date(2028, 1, 31))),
        ("any bcbs auths ending this month", (FRIDAY, date(2027, 11, 30))),
        ("auths ending by friday", (FRIDAY, date(2027, 12, 3))),
        ("progress note due on anyone tmrw", (date(2027, 11, 27), date(2027, 11, 27))),
        # must not change: no window said, the alerts' own rule
        ("auths expiring", None),
        ("auths ending by payer", None),
        ("my pts w auths ending", None),
    ],
)
def test_the_window_an_authorization_must_end_in(said: str, window: tuple[date, date] | None) -> None:
    assert _ending_window(slots(said, FRIDAY), FRIDAY) == window


@pytest.mark.parametrize(
    ("said", "intent", "words"),
    [
        ("is Joyce due for a PR", "progress_due", ["Joyce"]),
        ("whats her visit count since the last PR", "progress_due", []),
        ("poc recert for Shirley Smith, when", "progress_due", ["Shirley", "Smith"]),
        ("poc for Susan White was certified 6/9, when does it end", "progress_due", ["Susan", "White"]),
        ("when does her poc end", "progress_due", []),
        ("how many visits has she had since her eval", "progress_due", []),
        ("when is Randy Alvarez's POC up", "progress_due", ["Randy", "Alvarez"]),
        ("progress report due for anyone this week", "progress_due", []),
        ("my pts w auths ending", "auth_status", []),
        ("auths ending by payer", "auth_status", []),
        # must not change
        ("is Joyces progress report due", "progress_due", ["Joyces"]),
        ("is Andrew due a progress note", "progress_due", ["Andrew"]),
        ("book her recert eval thursday", "book", []),
        ("how many visits left on her auth", "auth_status", []),
        ("whats on the report for claim 1042", "claim_status", []),
    ],
)
def test_what_a_paperwork_question_is_read_as(said: str, intent: str, words: list[str]) -> None:
    frame = slots(said, FRIDAY)
    assert (frame.intent, frame.words) == (intent, words)


def _ask(practice: Practice, email: str, *messages: str) -> dict:
    from core.users.service import actor_by_email

    reply: dict = {}
    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        for message in messages:
            reply = ask(session, actor=actor, text=message, conversation_id=reply.get("conversation_id"))
    return reply


def _today(practice: Practice) -> date:
    from assistant import tools

    with practice.session() as session:
        return tools.today_in(session, 1)


def _ending_by(practice: Practice, email: str, by: date) -> set[str]:
    """The patients (of the asker's clinics) whose approved authorization in force ends by `by`."""
    today = _today(practice)
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM prior_authorization a
                   JOIN patient p ON p.id = a.patient_id
                   JOIN membership r ON r.clinic_id = p.clinic_id
                   JOIN app_user u ON u.id = r.user_id AND u.email = :e
                   WHERE a.status = 'approved' AND a.start_date <= :t AND a.end_date >= :t
                   AND a.end_date <= :b"""
            ),
            {"t": today, "b": by, "e": email},
        ).all()
    return {str(r[0]) for r in rows}


def test_auths_ending_in_the_window_said_are_listed_with_their_visits_left(
    practice: Practice, demo_clock: datetime
) -> None:
    today = _today(practice)
    by = today + timedelta(days=14)
    expected = _ending_by(practice, BILLER, by)
    reply = _ask(practice, BILLER, "which auths run out in the next 2 wks")
    assert reply["proposal"] is None
    if not expected:
        assert reply["answer"].startswith("No authorization in force"), reply["answer"]
        return
    assert reply["answer"].startswith(f"{len(expected)} authorization"), reply["answer"]
    for name in list(expected)[:15]:
        assert name in reply["answer"]
    assert "visits left" in reply["answer"] or "visit left" in reply["answer"]
    assert f"end by {by:%a %b} {by.day}" in reply["answer"]


def test_no_window_keeps_the_alerts_list(practice: Practice, demo_clock: datetime) -> None:
    reply = _ask(practice, FRONT_DESK, "auths expiring")
    assert re.match(r"(\d+ authorizations are running out|No authorization is running out)", reply["answer"])


def test_my_patients_auths_are_the_askers_caseload_only(practice: Practice, demo_clock: datetime) -> None:
    today = _today(practice)
    with practice.engine.connect() as conn:
        caseload = {
            str(r[0])
            for r in conn.execute(
                text(
                    """SELECT DISTINCT p.first_name || ' ' || p.last_name FROM appointment x
                       JOIN patient p ON p.id = x.patient_id JOIN provider v ON v.id = x.provider_id
                       JOIN app_user u ON u.id = v.user_id WHERE u.email = :e"""
                ),
                {"e": THERAPIST},
            ).all()
        }
    reply = _ask(practice, THERAPIST, "my pts w auths ending in the next 30 days")
    assert "(your patients')" in reply["answer"] or reply["answer"].startswith("No authorization"), reply[
        "answer"
    ]
    listed = re.findall(r"(?:: |; )([A-Z][a-z]+ [A-Z][a-z]+) \((?:PT|OT|SLP),", reply["answer"])
    assert set(listed) <= caseload
    expected = _ending_by(practice, THERAPIST, today + timedelta(days=30)) & caseload
    assert set(listed) == set(list(expected)) or len(expected) > 15


def _with_a_plan(practice: Practice) -> str:
    """A patient of clinic 1 (one of her name) with a plan of care in force and an authorization in force."""
    today = _today(practice)
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                f"""SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN plan_of_care c ON c.patient_id = p.id AND c.start_date <= :t AND c.end_date >= :t
                   JOIN prior_authorization a ON a.patient_id = p.id AND a.discipline = c.discipline
                        AND a.status = 'approved' AND a.start_date <= :t AND a.end_date >= :t
                   WHERE p.clinic_id = 1 AND {UNIQUE} ORDER BY p.id LIMIT 1"""
            ),
            {"t": today},
        ).first()
    assert row is not None
    return str(row[0])


@pytest.mark.parametrize(
    "said",
    ["is {name} due for a PR", "poc recert for {name}, when", "when does {name}s poc end"],
)
def test_a_therapist_is_told_the_plan_the_treatment_days_and_the_authorization(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    name = _with_a_plan(practice)
    reply = _ask(practice, THERAPIST, said.format(name=name))
    assert reply["proposal"] is None
    assert name in reply["answer"]
    assert "treatment days since the last report" in reply["answer"], reply["answer"]
    assert "recertify by" in reply["answer"]
    assert re.search(r"Authorization: .*\d+ of \d+ visits left", reply["answer"])


def test_a_follow_up_about_her_visit_count_is_about_her(practice: Practice, demo_clock: datetime) -> None:
    name = _with_a_plan(practice)
    reply = _ask(practice, THERAPIST, f"is {name} due for a PR", "whats her visit count since the last PR")
    assert f"for {name}:" in reply["answer"], reply["answer"]


def test_the_front_desk_reads_no_plan_of_care_only_the_flags(
    practice: Practice, demo_clock: datetime
) -> None:
    name = _with_a_plan(practice)
    reply = _ask(practice, FRONT_DESK, f"is {name} due for a PR")
    assert "treatment days since" not in reply["answer"]
    assert reply["answer"].startswith(("Yes, for", "Nothing is due for")), reply["answer"]


def test_my_plans_to_recertify_in_the_window_said_are_read_as_plans(
    practice: Practice, demo_clock: datetime
) -> None:
    today = _today(practice)
    with practice.engine.connect() as conn:
        expected = {
            str(r[0])
            for r in conn.execute(
                text(
                    """SELECT p.first_name || ' ' || p.last_name FROM plan_of_care c
                       JOIN patient p ON p.id = c.patient_id JOIN provider v ON v.id = c.provider_id
                       JOIN app_user u ON u.id = v.user_id
                       WHERE u.email = :e AND c.end_date >= :t AND c.end_date <= :b"""
                ),
                {"e": THERAPIST, "t": today, "b": today + timedelta(days=14)},
            ).all()
        }
    reply = _ask(practice, THERAPIST, "my pts w poc due for recert in the next 2 wks")
    if not expected:
        assert reply["answer"].startswith("None of your patients' plans of care"), reply["answer"]
        return
    assert reply["answer"].startswith(f"{len(expected)} of your patients' plans of care end by"), reply[
        "answer"
    ]
    for name in list(expected)[:15]:
        assert name in reply["answer"]


def test_the_front_desk_reads_recertifications_from_its_alerts(
    practice: Practice, demo_clock: datetime
) -> None:
    reply = _ask(practice, FRONT_DESK, "any poc due for recert in the next 2 wks")
    assert re.match(r"(\d+ due by .* among your clinics|Nothing of that is due)", reply["answer"]), reply[
        "answer"
    ]
