"""A visit asked for without the word "book" ("new pt Olivia Campbell, pt eval next tues morning", "Omar
Baker wants OT eval week after next", "add Barbara Miller at 7:30 this am", "put Amy on at 8 this
morning", "can u fit Steve somewhere b4 the end of the month") is a booking to propose or ask about,
never a look-up answered "she has no visit then". Questions about a visit, the wait list, cancels and
moves keep their own reading. Tables of phrasings with must-not-change rows, then the same on the demo."""

from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
TUE = date(2027, 9, 7)


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("pt eval next tues 10am Victoria Johnson, new referral", "book"),
        ("new pt Olivia Campbell, pt eval next tues morning", "book"),
        ("new pt Logan Lee referred for SLP swallow eval, earliest thing u got", "book"),
        ("Omar Baker wants OT eval week after next, mornings only, any OT", "book"),
        ("add a slp eval for Adam Patterson first thing the monday after next", "book"),
        ("add Barbara Miller at 7:30 this am", "book"),
        ("put Amy on at 8 this morning w Christian, shes here early", "book"),
        ("can u put Green, Terry in at 5 today", "book"),
        ("put Laura Fisher on memorial day, she said mornings are best", "book"),
        ("can u fit Steve somewhere b4 the end of the month for a recheck", "book"),
        # must not change
        ("put her on the wait list for thurs", "waitlist"),
        ("add Jen to wl for Nicole only", "waitlist"),
        ("is the new pt eval for Olivia Campbell next tues?", "visits"),
        ("when is her eval", "visits"),
        ("cancel the new pt eval for Olivia", "cancel"),
        ("move Amy's eval to friday at 8", "reschedule"),
        ("put that on hold", "out_of_scope"),
        ("whens rose ford next", "visits"),
    ],
)
def test_visit_wanted_read_as_booking(said: str, intent: str) -> None:
    assert slots(said, TUE).intent == intent


def _patient_with_nothing_booked(practice: Practice) -> str:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   WHERE p.clinic_id = 1 AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id
                   AND a.status = 'booked')
                   AND (SELECT COUNT(*) FROM patient q WHERE q.last_name = p.last_name
                        AND q.first_name = p.first_name) = 1
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()


@pytest.mark.parametrize(
    "template",
    [
        "new pt {name}, pt eval next tues morning",
        "add {name} at 9 tomorrow",
        "{name} wants a pt eval next week, mornings",
    ],
)
def test_visit_wanted_on_the_demo(practice: Practice, template: str) -> None:
    from core.users.service import actor_by_email

    name = _patient_with_nothing_booked(practice)
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        reply = ask(session, actor=actor, text=template.format(name=name))
    answer = reply["answer"]
    # a booking proposed (in words, waiting for a yes) or asked about: never "she has no visit then"
    assert "has no visit on" not in answer and "has no upcoming" not in answer, answer
    assert reply["proposal"] is not None or "?" in answer, answer
    if reply["proposal"] is not None:
        assert answer.startswith("Book "), answer
