"""An assistant (PTA, OTA, SLPA) asking to write what only a therapist writes, said as a task ("write the PR
for Helen Dixon") as well as a question ("can i do her re-eval thursday"), is told why not (issue 19), and
the patient named is kept for the next question ("ok whats her next visit"). Must-not-change rows: a daily
note, a letter, a look-up."""

from datetime import datetime

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import ASSISTANT_ASKS
from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

ASSISTANT = "pta1@riverside.example.org"
UNIQUE = (
    "(SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name AND q.last_name = p.last_name) = 1"
)


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("write the PR for Helen Dixon", True),
        ("pls draft her re-eval", True),
        ("ok write the progress note for Amy", True),
        ("can you write Amys poc", True),
        # must not change
        ("can i write Amys progress report today", True),
        ("can I do Rebecca's re-eval thursday, Adam is swamped", True),
        ("write a daily note for her", False),
        ("is Joyce due for a PR", False),
        ("when is her re-eval", False),
        ("write down her new phone number", False),
    ],
)
def test_what_only_a_therapist_writes_asked_for(said: str, asks: bool) -> None:
    assert bool(ASSISTANT_ASKS.search(said)) is asks


def test_the_patient_named_is_kept_after_the_refusal(practice: Practice, demo_clock: datetime) -> None:
    from core.users.service import actor_by_email

    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                f"SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1 AND {UNIQUE}"
            )
        ).first()
    assert row is not None
    name = str(row[0])
    with practice.session() as session:
        actor = actor_by_email(session, ASSISTANT, "test")
        first = ask(session, actor=actor, text=f"write the PR for {name}")
        second = ask(
            session, actor=actor, text="ok whats her next visit", conversation_id=first["conversation_id"]
        )
    assert first["intent"] == "refused" and "supervising therapist" in first["answer"], first["answer"]
    assert name in second["answer"], second["answer"]
