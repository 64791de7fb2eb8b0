"""A correction said with talk around it, and a patient who shares a provider's first name (issue 19). Pure
tables first: what of a correction is the change itself ("1/6 i mean, old habits" is "1/6 i mean"), and
which name words are the provider's ("with Susan" after "Susan Chen"). Then on the demo practice: the
talk never blocks the revision of the proposal just made, a word that may be a name still does, and a
patient named beside a provider of her first name is the one "she" means after a refusal."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant import tools
from assistant.service import ask
from assistant.understand import correction_said, weekday_after, without_led
from core.timeutil import utcnow

# The services' clock at the demo's close of business (conftest.demo_clock) in every test here, so what
# is "coming" is the same at any hour the suite runs.
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
PTA = "pta1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "change"),
    [
        ("1/6 i mean, old habits", "1/6 i mean"),
        ("yes but make it 11:30 she has a dentist appt", "yes but make it 11:30"),
        ("lol sorry bad paste. just the one on the 30th", "just the one on the 30th"),
        ("oops my bad, thursday", "thursday"),
        ("thursday not tuesday, she cant do tues", "thursday not tuesday"),
        ("the 30th bc her ride fell through", "the 30th"),
        ("make it 4 since he works till 3", "make it 4"),
        # a piece set off by a comma that holds no day, time or word of change is talk
        ("1/6, old habits lol", "1/6"),
        ("wed at 3, ty", "wed at 3"),
        # nothing said beside the change: the message as it is
        ("make it 4", "make it 4"),
        ("actually with kyle", "actually with kyle"),
        ("can she come fri instead same time", "can she come fri instead same time"),
    ],
)
def test_a_correction_is_read_without_the_why_said_beside_it(said: str, change: str) -> None:
    assert correction_said(said) == change


@pytest.mark.parametrize(
    ("words", "led", "hers"),
    [
        (["Susan", "Chen", "Susan"], ["Susan"], ["Susan", "Chen"]),  # the Susan after "with" is the provider
        (["Ann", "Shaw", "Christian"], ["Christian"], ["Ann", "Shaw"]),
        (["Rose", "Ford"], [], ["Rose", "Ford"]),  # no provider said
        (["Ford"], ["kyle"], ["Ford"]),  # a provider word not among the name words
    ],
)
def test_only_the_name_said_after_with_is_the_providers(
    words: list[str], led: list[str], hers: list[str]
) -> None:
    assert without_led(words, led) == hers


# -- on the demo practice -------------------------------------------------------------------------------


def _actor(practice, email: str):  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    with practice.session() as session:
        return actor_by_email(session, email, "test")


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    with practice.session() as session:
        return ask(session, actor=_actor(practice, email), text=message, conversation_id=conversation_id)


def _free_patient_and_times(practice, offset: int):  # type: ignore[no-untyped-def]
    """A clinic-1 patient of one name with no visit coming and a payer that asks no authorization, and a
    time Christian Diaz has open both next Thursday and next Friday (so either day may be proposed)."""
    with practice.engine.connect() as conn:
        name = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND NOT y.requires_authorization
                   AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.starts_at > :now)
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id)
                   LIMIT 1 OFFSET :o"""
            ),
            {"now": utcnow().replace(tzinfo=None), "o": offset},
        ).scalar_one()
        provider_id = conn.execute(
            text("SELECT id FROM provider WHERE full_name LIKE 'Christian Diaz%'")
        ).scalar_one()
    desk = _actor(practice, FRONT_DESK)
    with practice.session() as session:
        today = tools.today_in(session, 1)
        kind = tools.appointment_type(session, desk, [1], "PT", "follow-up", None)
        assert kind is not None
        thu, fri = weekday_after(today, 3, "next"), weekday_after(today, 4, "next")

        def opens(day):  # type: ignore[no-untyped-def]
            slots = tools.open_slots(session, desk, kind, day, day, (8 * 60, 18 * 60), provider_id, limit=100)
            return {s.local_start[11:16] for s in slots}

        both = sorted(t for t in opens(thu) & opens(fri) if t.endswith(":00"))
    assert both, "Christian Diaz has no whole hour open both next Thursday and Friday"
    return name, thu, fri, both[0]


def _clock(hhmm: str) -> str:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return f"{(hour - 1) % 12 + 1}{'' if minute == 0 else f':{minute:02d}'}{'am' if hour < 12 else 'pm'}"


@pytest.mark.parametrize("talk", ["{day} i mean, old habits", "lol sorry bad paste. {day} instead"])
def test_a_correction_with_talk_beside_it_revises_the_proposal(practice: Practice, talk: str) -> None:
    name, thu, fri, hhmm = _free_patient_and_times(practice, 0)
    first = _ask(practice, FRONT_DESK, f"book {name} {thu:%m/%d} at {_clock(hhmm)} w christian")
    assert first["proposal"] and first["proposal"]["action"] == "book", first["answer"]
    again = _ask(practice, FRONT_DESK, talk.format(day=f"{fri:%m/%d}"), first["conversation_id"])
    assert again["proposal"] and again["proposal"]["action"] == "book", again["answer"]
    assert f"{fri:%a %b} {fri.day}" in again["answer"] and name in again["answer"], again["answer"]
    assert "Christian Diaz" in again["answer"], again["answer"]  # the provider proposed, kept


def test_a_word_that_may_be_a_name_beside_a_correction_is_not_taken_for_talk(practice: Practice) -> None:
    name, thu, fri, hhmm = _free_patient_and_times(practice, 1)
    with practice.engine.connect() as conn:
        other = conn.execute(
            text("SELECT last_name FROM patient WHERE clinic_id = 1 AND first_name || ' ' || last_name <> :n "
                 "ORDER BY id LIMIT 1"),
            {"n": name},
        ).scalar_one()  # fmt: skip
    first = _ask(practice, FRONT_DESK, f"book {name} {thu:%m/%d} at {_clock(hhmm)} w christian")
    assert first["proposal"], first["answer"]
    again = _ask(practice, FRONT_DESK, f"{fri:%m/%d} i mean, {other.lower()}", first["conversation_id"])
    # read afresh (a question, or another patient's booking), never her booking moved on a guess
    assert not (again["proposal"] and name in again["answer"]), again["answer"]


def test_a_patient_who_shares_a_providers_first_name_is_the_one_she_means_after_a_refusal(
    practice: Practice,
) -> None:
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p
                   JOIN provider v ON v.full_name LIKE p.first_name || ' %'
                   WHERE p.clinic_id = 1
                   AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked'
                               AND a.starts_at > :now)
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id AND q.last_name = p.last_name
                                   AND q.first_name = p.first_name)
                   ORDER BY p.id LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).one_or_none()
    assert row is not None, "no patient in the demo shares a provider's first name and has a visit coming"
    first, last = row
    refused = _ask(practice, PTA, f"cancel {first} {last}'s visit with {first}")
    assert refused["proposal"] is None and "can't" in refused["answer"], refused["answer"]
    asked = _ask(practice, PTA, "ok when is she in next", refused["conversation_id"])
    assert f"{first} {last}" in asked["answer"], asked["answer"]
