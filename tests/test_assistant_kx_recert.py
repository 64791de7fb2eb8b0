"""KX and recertification lists by kind of question (issue 19). A therapist's KX question said of a patient's
spending ("my medicare pt at 2600 this yr, kx?", "and kx this yr", "does she need KX yet", "is Joe over the
cap") was read as an authorization question ("No authorization is running out"): it is the KX threshold,
from the payer profile, weighed against the patient's spending core reads, or the figure the asker states,
or asked back which patient. "which of my patients need a recert this week" was a search of re-evaluation
visits on the schedule: it lists the asker's plans of care ending in the window (core.plans ending_between).
Must-not-change rows keep what was read before."""

import re
from datetime import date, datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

THERAPIST = "pt1@riverside.example.org"
FRIDAY = date(2027, 11, 26)


@pytest.mark.parametrize(
    ("said", "intent", "words"),
    [
        ("my medicare pt at 2600 this yr, kx?", "kx_threshold", []),
        ("kx on my medicare pt whos at like 2600 for pt this yr?", "kx_threshold", []),
        ("and kx this yr", "kx_threshold", []),
        ("does she need KX yet", "kx_threshold", []),
        ("is Joe over the cap", "kx_threshold", ["Joe", "cap"]),
        ("is she at the cap", "kx_threshold", ["cap"]),
        ("where is Smith on kx", "kx_threshold", ["Smith"]),
        ("how much has Smith used toward kx this year", "kx_threshold", ["Smith"]),
        ("which of my patients need a recert this week", "progress_due", []),
        ("who needs a recert in the next 2 weeks", "progress_due", []),
        # must not change
        ("whats the kx threshold this yr", "kx_threshold", []),
        ("is she past the kx threshold yet", "kx_threshold", []),
        ("any KX denials for 2027 yet", "kpi", []),
        ("denied for KX? Shirley Smith, 1042", "claim_status", ["Shirley", "Smith"]),
        ("resubmit 1042 w kx", "restricted", ["resubmit"]),
        ("was the kx missing on the aetna denial from monday", "claim_status", ["missing"]),
        ("did medicare pay the kx lines for Shirley Smith this yr", "last_payment", ["Shirley", "Smith"]),
        ("what payer is Joyce so i know if i need KX", "insurance", ["Joyce"]),
        ("book Shirley Smith with the PTA for 3/18 9:15 and put KX on it", "book", ["Shirley", "Smith"]),
        (
            "how many visits left on the medicare cap for Shirley Smith",
            "auth_status",
            ["cap", "Shirley", "Smith"],
        ),
        ("how many visits left on her auth", "auth_status", []),
        ("auths expiring", "auth_status", []),
        ("my pts w poc due for recert in the next 2 wks", "progress_due", []),
        ("poc recert for Shirley Smith, when", "progress_due", ["Shirley", "Smith"]),
        ("book her recert eval thursday", "book", []),
        ("she's on my sched monday, can i recert then", "my_schedule", []),
        ("who does the recert", "out_of_scope", []),
    ],
)
def test_what_a_kx_or_recert_question_is_read_as(said: str, intent: str, words: list[str]) -> None:
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


@pytest.mark.parametrize(
    "said",
    [
        "my medicare pt at 2600 this yr, kx?",
        "kx on my medicare pt whos at like $2,600 for pt this yr?",
    ],
)
def test_a_figure_stated_is_weighed_against_the_profile_threshold(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    year = _today(practice).year
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT t.kx_threshold_cents FROM payer_threshold t JOIN payer p ON p.id = t.payer_id
                   WHERE p.kind = 'medicare' AND t.year = :y ORDER BY p.id LIMIT 1"""
            ),
            {"y": year},
        ).first()
    reply = _ask(practice, THERAPIST, said)
    answer = reply["answer"]
    assert reply["proposal"] is None
    assert "authorization" not in answer.lower(), answer
    assert "$2,600.00" in answer and "Which patient?" in answer, answer
    if row is None:
        assert f"no KX threshold for {year}" in answer, answer
        assert not re.search(r"\$\d,\d{3}\.\d\d (KX )?threshold", answer), answer
    else:
        limit = int(row[0])
        assert f"KX threshold for {year} is ${limit // 100:,}.{limit % 100:02d}" in answer, answer
        assert ("is past it" in answer) == (limit < 260000), answer


@pytest.mark.parametrize("said", ["does she need KX yet", "is she at the cap", "and kx this yr"])
def test_kx_of_no_patient_known_is_the_threshold_never_an_authorization(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    answer = _ask(practice, THERAPIST, said)["answer"]
    assert "KX threshold" in answer and "authorization" not in answer.lower(), answer
    assert "Which patient?" in answer, answer


def test_kx_of_a_patient_named_is_her_spending(practice: Practice, demo_clock: datetime) -> None:
    with practice.engine.connect() as conn:
        first, last = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p
                   WHERE (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name) = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).one()
    answer = _ask(practice, "biller1@billing.example.org", f"is {first} {last} over the cap")["answer"]
    assert answer.startswith(f"{first} {last} (") and "KX threshold" in answer, answer
    answer = _ask(practice, "biller1@billing.example.org", f"where is {last} on kx")["answer"]
    assert answer.startswith(f"{first} {last} (") and "KX threshold" in answer, answer
    # "and kx this yr" after her balance was asked: hers
    answer = _ask(practice, "biller1@billing.example.org", f"what does {first} {last} owe", "and kx this yr")[
        "answer"
    ]
    assert answer.startswith(f"{first} {last} (") and "KX threshold" in answer, answer


@pytest.mark.parametrize(
    "said", ["which of my patients need a recert this week", "who needs a recert in the next 2 weeks"]
)
def test_recerts_asked_are_the_askers_plans_ending_in_the_window(
    practice: Practice, demo_clock: datetime, said: str
) -> None:
    from assistant.engine import _ending_window

    today = _today(practice)
    window = _ending_window(slots(said, today), today)
    assert window is not None
    with practice.engine.connect() as conn:
        expected = {
            f"{r[0]} {r[1]}"
            for r in conn.execute(
                text(
                    """SELECT p.first_name, p.last_name FROM plan_of_care c
                       JOIN patient p ON p.id = c.patient_id
                       JOIN provider v ON v.id = c.provider_id
                       JOIN app_user u ON u.id = v.user_id AND u.email = :e
                       WHERE c.end_date >= :a AND c.end_date <= :b"""
                ),
                {"e": THERAPIST, "a": window[0], "b": window[1]},
            )
        }
    reply = _ask(practice, THERAPIST, said)
    answer = reply["answer"]
    assert reply["proposal"] is None
    assert "re-evaluation" not in answer.lower() and "visit" not in answer.lower(), answer
    if not expected:
        assert answer.startswith("None of your patients' plans of care ends by"), answer
    else:
        assert answer.startswith(f"{len(expected)} of your patients' plans of care end by"), answer
        for name in list(expected)[:15]:
            assert name in answer, answer
