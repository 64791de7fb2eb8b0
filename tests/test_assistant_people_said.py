"""People said the way staff say them (issue 19, test25/test26): "the other Butler" after Carl Butler is the
one other patient of that surname (several: asked, none: said so); "is Ann in tmrw" is whether the provider
works that day, with what she has booked; the unsigned-notes list names each note's patient; a name typed
that is no patient of the asker's clinics is not said back (test26 cv-25). Tables of phrasings first, then
the demo; rows marked must-not-change keep their old reading."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import OTHER_SURNAME, PROVIDER_IN
from assistant.service import ask

DEMO_SIZE = "tiny"

FRONT_DESK = "frontdesk1@riverside.example.org"
THERAPIST = "pt1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "surname"),
    [
        ("the other Butler, yeah him", "Butler"),
        ("no the other Hall", "Hall"),
        ("the other Butler's balance", "Butler"),
        ("sorry i meant the other garcia", "garcia"),
        # must not change: another visit, time or count, not a surname (the surname is checked against the
        # patient talked of before anything is looked up)
        ("the other 2", None),
        ("cancel the other Butler", None),
        ("for the other 2 anything close to that time", None),
    ],
)
def test_the_other_of_a_surname(said: str, surname: str | None) -> None:
    found = OTHER_SURNAME.match(said)
    assert (found["last"] if found else None) == surname


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("is Ann in tmrw", True),
        ("is katherine working friday", True),
        ("will Adam be here monday", True),
        ("and is Kyle Chen in on the 30th", True),
        ("is dr chen around thursday", True),
        # must not change: a patient's visit asked, or the provider's openings
        ("whats Ann got tmrw", False),
        ("does Ann have a 2pm open tmrw", False),
        ("who is Ann seeing friday", False),
    ],
)
def test_a_provider_asked_in(said: str, asked: bool) -> None:
    assert bool(PROVIDER_IN.match(said)) is asked


# On the demo ------------------------------------------------------------------------------------------------


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


@pytest.mark.usefixtures("demo_clock")
def test_the_other_patient_of_the_surname(practice: Practice) -> None:
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p WHERE p.clinic_id = 1 AND p.last_name IN
                (SELECT last_name FROM patient GROUP BY last_name HAVING COUNT(*) = 2
                AND COUNT(DISTINCT first_name) = 2 AND MIN(clinic_id) = 1 AND MAX(clinic_id) = 1)
                ORDER BY p.last_name, p.id LIMIT 2"""
            )
        ).all()
    (first, last), (other, _) = rows
    one = _ask(practice, FRONT_DESK, f"when is {first} {last} next")
    two = _ask(practice, FRONT_DESK, f"the other {last}, yeah", one["conversation_id"])
    assert f"{other} {last}" in two["answer"] and two["proposal"] is None, two["answer"]
    # must not change: a surname that is not the one talked of is a name like any other
    three = _ask(practice, FRONT_DESK, "the other Zzyzxwell", two["conversation_id"])
    assert f"{first} {last}" not in three["answer"], three["answer"]


@pytest.mark.usefixtures("demo_clock")
def test_a_provider_asked_in_on_a_day(practice: Practice) -> None:
    with practice.engine.connect() as conn:
        name = conn.execute(
            text("SELECT full_name FROM provider WHERE clinic_id = 1 AND is_active ORDER BY id LIMIT 1")
        ).scalar_one()
    first = str(name).split()[0]
    got = _ask(practice, FRONT_DESK, f"is {first} in tmrw")
    assert got["answer"].startswith(("Yes: ", "No: ")) and got["proposal"] is None, got["answer"]
    assert str(name).split(",")[0] in got["answer"], got["answer"]


@pytest.mark.usefixtures("demo_clock")
def test_the_unsigned_notes_name_their_patients(practice: Practice) -> None:
    got = _ask(practice, THERAPIST, "which notes do i still need to sign")
    with practice.engine.connect() as conn:
        names = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM note n JOIN patient p ON p.id = n.patient_id
                JOIN provider v ON v.id = n.provider_id JOIN app_user u ON v.user_id = u.id
                WHERE u.email = :e AND n.status IN ('draft', 'in_review')"""
            ),
            {"e": THERAPIST},
        ).all()
    if not names:
        assert "No notes" in got["answer"], got["answer"]
        return
    assert any(str(n[0]) in got["answer"] for n in names), got["answer"]
