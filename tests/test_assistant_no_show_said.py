"""A no-show said with the verb first or alone (issue #19): "no show Lisa Henderson for 5 today", "no show
her", "no show i guess" after cancel-or-no-show was asked are a no-show to mark (proposed, and only after
the visit's start); "no show rate", "no shows today", "no show fees" stay lookups. Undoing one ("undo the no
show on Pamela", "she was here, not a no-show") is not something the schedule allows: it says so and
proposes nothing."""

import pytest
from conftest import Practice

from assistant.engine import FOR_HOUR, MARKS_NO_SHOW, UNDOES_NO_SHOW
from assistant.service import ask

FRONT_DESK = "frontdesk1@riverside.example.org"

pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("said", "marks"),
    [
        ("no show Lisa Henderson for 5 today", True),
        ("no show Beth for her 3 today", True),
        ("no show her", True),
        ("just no show her", True),
        ("she's def not coming to her 5, just no show her", True),
        ("no show i guess", True),
        ("ok no show then", True),
        ("no show", True),
        ("ns her", True),
        ("no-show Lisa for her 2", True),
        ("mark Terry as a no show for her 1pm", True),
        # lookups
        ("no shows today", False),
        ("no show rate april so far vs march", False),
        ("no show rate", False),
        ("no show?", False),
        ("no show stats for march", False),
        ("no show pts last week", False),
        ("any no show fees to charge from last week", False),
        ("no-show count", False),
        ("who no showed on me this week", False),
        ("Lisa no shows", False),
        ("how many times has Ortiz no showed", False),
    ],
)
def test_a_no_show_to_mark(said: str, marks: bool) -> None:
    assert bool(MARKS_NO_SHOW.search(said)) is marks, said


@pytest.mark.parametrize(
    ("said", "undoes"),
    [
        ("undo the no show on Pamela, she was just late", True),
        ("undo the no show for her", True),
        ("she was here, not a no-show", True),
        ("remove the no show from her 2pm", True),
        ("unmark the ns", True),
        ("that no show was by mistake", True),
        ("no show Lisa for 5", False),
        ("how many no shows does she have", False),
        ("mark her no show", False),
    ],
)
def test_a_no_show_to_undo(said: str, undoes: bool) -> None:
    assert bool(UNDOES_NO_SHOW.search(said)) is undoes, said


@pytest.mark.parametrize(
    ("said", "hour", "minute"),
    [
        ("no show Lisa Henderson for 5 today", "5", None),
        ("no show Beth for her 3", "3", None),
        ("no show her for 10:30", "10", "30"),
        ("no show him for 2pm", "2", None),
        ("no show her for 45 min", None, None),
    ],
)
def test_the_hour_said_after_for(said: str, hour: str | None, minute: str | None) -> None:
    found = FOR_HOUR.search(said)
    assert (found[1] if found else None) == hour, said
    assert (found[2] if found else None) == minute, said


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
    with practice.session() as session:
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _patient(practice: Practice, no_shows: bool) -> str:
    from sqlalchemy import text

    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                f"""SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND {"" if no_shows else "NOT"} EXISTS (SELECT 1 FROM appointment a
                       WHERE a.patient_id = p.id AND a.status = 'no_show')
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id) LIMIT 1"""
            )
        ).scalar_one()


@pytest.mark.parametrize("no_shows", [True, False])
def test_an_undo_proposes_nothing(practice: Practice, no_shows: bool) -> None:
    name = _patient(practice, no_shows)
    reply = _ask(practice, f"undo the no show on {name}, she was just late")
    assert not reply["proposal"], reply["answer"]
    if no_shows:
        assert "can't undo" in reply["answer"], reply["answer"]
    else:
        assert "nothing to undo" in reply["answer"] and "?" in reply["answer"], reply["answer"]


def test_a_no_show_said_first_is_proposed_or_refused(practice: Practice) -> None:
    name = _patient(practice, False)
    reply = _ask(practice, f"no show {name} for 5 today")
    assert "no-show" in reply["answer"], reply["answer"]
    assert "no no-shows on record" not in reply["answer"], reply["answer"]
    assert not reply.get("done"), reply
