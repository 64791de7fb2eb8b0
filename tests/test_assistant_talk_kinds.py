"""Kinds of talk the assistant must not read as something else (issue 19): "same time" is the time said
last in the chat ("here for 12:15", then "book him thurs same time"), never the day's first opening; "ok
leave it" / "never mind" with nothing waiting says so and does nothing; a number taken off visits is no
payment ("take 2 off her visits") and meeting a person is no deductible ("she met the new PT"); the
authorization in force is one rule for what it has left and which booked visits it covers. Pure tables
first; then on the demo practice, patients picked by SQL."""

from datetime import date, timedelta

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant import tools
from assistant.engine import ASKS_CHANGE, DEDUCTIBLE, PAYMENT_TAKEN, _live_auth
from assistant.pending import keeps
from assistant.service import ask
from assistant.understand import slots
from core.users.service import actor_by_email

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "payment"),
    [
        # money taken at the desk
        ("can i take 40 today", True),
        ("take $25 from her", True),
        ("take 40 on her card", True),
        ("accept 20 dollars cash", True),
        ("collect her copay", True),
        ("take half today", True),
        ("take 12.50 for the copay", True),
        # a count of visits or units taken off, never money
        ("take 2 off her visits", False),
        ("take 3 out of the series", False),
        ("take 2 more off", False),
        ("collect 2 visits from the auth", False),
    ],
)
def test_an_amount_taken_is_money_only_as_money(said: str, payment: bool) -> None:
    assert bool(PAYMENT_TAKEN.search(said)) is payment


@pytest.mark.parametrize(
    ("said", "deductible"),
    [
        ("has she met it now", True),
        ("did he meet it yet", True),
        ("has she met?", True),
        ("has she met hers", True),
        ("met her oop max yet?", True),
        ("is she meeting it this year", True),
        # a person met, never the deductible
        ("she met the new PT", False),
        ("has she met the new pt yet", False),
        ("has he met kyle", False),
        ("did they meet with the ota", False),
        ("she met her therapist friday", False),
    ],
)
def test_met_is_the_deductible_only_when_it_is_what_is_met(said: str, deductible: bool) -> None:
    assert bool(DEDUCTIBLE.search(said)) is deductible


@pytest.mark.parametrize(
    ("said", "leaves_it"),
    [
        ("ok leave it", True),
        ("ok leave it then", True),
        ("never mind", True),
        ("never mind then", True),
        ("nvm for now thx", True),
        ("forget it", True),
        ("oh wait she's feeling better, leave it", True),
        ("nvm don't cancel her", True),
        # a change asked beside it is a request, read as one
        ("cancel her thurs, keep the slot open", False),
        ("leave it but move the other one", False),
        ("ok whats her balance", False),
        ("george wants earlier tmrw if anything opens, otherwise leave it", False),
    ],
)
def test_leaving_it_is_said_alone(said: str, leaves_it: bool) -> None:
    assert (keeps(said) and not ASKS_CHANGE.search(said)) is leaves_it


TODAY = date(2027, 2, 9)


@pytest.mark.parametrize(
    ("said", "refused"),
    [
        # a note asked for to send on
        ("can u pull Susan Hall's last note so i can fax it to her dr", True),
        ("dr office wants Torres's last 3 notes faxed", True),
        ("can u email her the last progress note", True),
        ("fax the eval note to her surgeon", True),
        # a note, report or plan of care written or approved for someone
        ("start Alice Vargass progress report, its due", True),
        ("pt is out, do the re-eval for Danielle Moore thurs under my name", True),
        ("recert Megan's plan of care, it expired", True),
        ("approve my PTA's progress report so we can bill it", True),
        ("finalize her progress note", True),
        # the schedule and the lists, said with the same words
        ("when is her progress note due", False),
        ("which notes are unsigned", False),
        ("book her re-eval thurs at 3", False),
        ("when is her re-eval", False),
        ("start her at 3 tmrw", False),
        ("pull up her last visit", False),
    ],
)
def test_a_note_sent_on_or_written_for_someone_is_refused(said: str, refused: bool) -> None:
    assert (slots(said, TODAY).intent == "restricted") is refused


@pytest.mark.parametrize(
    ("said", "clinical"),
    [
        # how long until she is better
        ("how many visits will Charlotte Roberts need before she's better", True),
        ("pt wants to know how many more visits til shes better", True),
        ("Melissa Hughes wants to know if her shoulder will be healed by march", True),
        ("will his knee be better by the wedding", True),
        # skipping or spacing visits for her condition
        ("can Lauren skip her visits for 2 weeks or will she lose progress", True),
        ("is it ok if Susan Marshall skips this week and doubles up next week", True),
        ("can he skip next week since his back feels better", True),
        ("she wants to go down to 1x a week, is that ok medically", True),
        # what she may do with a body part or an illness, which exercise, which liquid
        ("is it ok for him to do pt with the flu", True),
        ("patient asking if she can shovel snow with her shoulder", True),
        ("whats a good ex for a grade 2 ankle sprain week 3", True),
        ("what HEP should i give a total knee at 2 wks", True),
        ("does dry needling hurt, pt is nervous", True),
        ("mom wants to know if her son should switch to thin liquids at home now", True),
        ("can she do her exercises over christmas if we're closed", True),
        # the schedule, said in the same words
        ("his appt will be better at 3", False),
        ("cancel lauren next week she is sick", False),
        ("can he skip next week", False),
        ("is it ok if i book her at 3", False),
        ("she feels better, cancel friday", False),
        ("whats her next visit after she's better", False),
    ],
)
def test_a_clinical_question_is_told_from_the_schedule(said: str, clinical: bool) -> None:
    assert (slots(said, TODAY).intent == "clinical") is clinical


def _row(discipline: str, start: date, end: date, used: int = 0, status: str = "approved") -> dict:
    return {
        "discipline": discipline,
        "status": status,
        "start_date": start,
        "end_date": end,
        "visits_approved": 12,
        "visits_used": used,
    }


@pytest.mark.parametrize(
    ("rows", "live"),
    [
        ([_row("PT", date(2027, 1, 1), date(2027, 3, 31))], 0),
        # one not started yet is not in force (it was, for the "booked past it" note only)
        ([_row("PT", date(2027, 3, 1), date(2027, 5, 31))], None),
        ([_row("PT", date(2026, 10, 1), date(2027, 1, 31))], None),  # ended
        ([_row("PT", date(2027, 1, 1), date(2027, 3, 31), status="pending")], None),
        ([_row("OT", date(2027, 1, 1), date(2027, 3, 31))], None),  # another discipline
        # of two in force, the one ending last; ending today is still in force
        (
            [_row("PT", date(2027, 1, 1), date(2027, 2, 9)), _row("PT", date(2027, 2, 1), date(2027, 4, 30))],
            1,
        ),
        ([_row("PT", date(2027, 1, 1), date(2027, 2, 9))], 0),
    ],
)
def test_the_authorization_in_force_is_one_rule(rows: list[dict], live: int | None) -> None:
    found = _live_auth(rows, "PT", TODAY)
    assert found is (rows[live] if live is not None else None)


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _one_discipline(practice: Practice) -> str:
    """A clinic-1 patient of a name no other patient has, seen in one discipline only (so a booking
    needs no question of which)."""
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                        AND q.last_name = p.last_name) = 1
                   AND (SELECT COUNT(DISTINCT t.discipline) FROM appointment a
                        JOIN appointment_type t ON t.id = a.appointment_type_id
                        WHERE a.patient_id = p.id) = 1
                   AND (SELECT COUNT(*) FROM appointment a WHERE a.patient_id = p.id) >= 3
                   ORDER BY p.id LIMIT 1"""
            )
        ).first()
    assert row is not None, "no patient of the demo is seen in one discipline"
    return str(row[0])


@pytest.mark.parametrize(
    ("first", "then", "clock"),
    [
        ("{name} here for 12:15 whats her balance", "book her {day} same time", "12:15 PM"),
        ("what does {name} owe, she's in at 2:30", "can u put her in {day} same time", "2:30 PM"),
    ],
)
def test_same_time_is_the_time_said_last_in_the_chat(
    practice: Practice, first: str, then: str, clock: str
) -> None:
    name = _one_discipline(practice)
    with practice.session() as session:
        today = tools.today_in(session, 1)
    day = today + timedelta(days=14)
    while day.weekday() > 4:
        day += timedelta(days=1)
    opened = _ask(practice, first.format(name=name))
    said = f"{day:%B} {day.day}"
    booked = _ask(practice, then.format(day=said), opened["conversation_id"])
    if booked["proposal"]:
        assert f"{day:%a %b} {day.day}, {clock}" in booked["answer"], booked["answer"]
    else:  # that time is taken or refused: said so, nothing at another time proposed in its place
        assert "nothing was proposed" in booked["answer"].lower(), booked["answer"]


def test_leave_it_with_nothing_waiting_changes_nothing(practice: Practice) -> None:
    name = _one_discipline(practice)
    owed = _ask(practice, f"what does {name} owe")
    for said in ("ok leave it", "never mind then"):
        left = _ask(practice, said, owed["conversation_id"])
        assert left["proposal"] is None
        assert "Nothing is waiting" in left["answer"], left["answer"]
