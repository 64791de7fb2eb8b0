"""A yes that names something other than what was proposed (issue 19): "yes eval", "yes but as an eval",
"yes ot", "yes progress visit" after a PT follow-up was proposed confirmed the follow-up as it stood. Such a
yes is a change: the booking is proposed again with that visit kind (or discipline) at the time proposed,
and nothing is written before the next yes. A yes naming the proposal's own kind ("yes follow-up") shows it
again for a plain yes. A yes with a question after it, or "with her", still confirms. Pure tables first,
then on the demo practice."""

from datetime import timedelta

import pytest
from sqlalchemy import text

from assistant.pending import read_yes
from assistant.service import ask
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "a_yes"),
    [
        ("yes eval", False),
        ("yes but as an eval", False),
        ("yes ot", False),
        ("yes progress visit", False),
        ("yes as a re-eval", False),
        ("yes with kyle", False),
        ("yes w/ the pta", False),
        # must not change: a plain yes, a yes naming the proposal, a question after it, "with her"
        ("yes", True),
        ("yes book it", True),
        ("yes both", True),
        ("yes, and what's her balance", True),
        ("yes with her", True),
        ("yes to the cancel, hold off on the wl", True),
    ],
)
def test_a_yes_naming_another_kind_or_provider_is_no_yes(said: str, a_yes: bool) -> None:
    assert (read_yes(said) is not None) is a_yes


def _ask(practice, message: str, conversation_id: int | None = None) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _booked(practice) -> int:  # type: ignore[no-untyped-def]
    with practice.engine.connect() as conn:
        return conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one()


def _follow_up_proposed(practice) -> dict:  # type: ignore[no-untyped-def]
    """A PT follow-up proposed for a patient (her name unshared, no auth needed) on a weekday ahead."""
    with practice.engine.connect() as conn:
        names = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND NOT y.requires_authorization
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id) LIMIT 8"""
            )
        ).scalars()
        names = list(names)
    day = utcnow().date() + timedelta(days=6)  # the demo's own week holds Thanksgiving (closed)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    said = []
    for name in names:
        for hour in (11, 10, 2, 3):
            made = _ask(practice, f"book {name} for a pt follow up {day:%m/%d} at {hour}")
            if made["proposal"] and "PT follow-up" in made["answer"]:
                return made
            said.append(made["answer"])
    pytest.fail(f"no PT follow-up could be proposed on the demo: {said[:3]}")


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("yes eval", "PT initial evaluation"),
        ("yes but as an eval", "PT initial evaluation"),
        ("yes progress visit", "PT progress visit"),
        ("make it an eval", "PT initial evaluation"),
    ],
)
def test_a_yes_naming_another_kind_proposes_that_kind(practice, said: str, shown: str) -> None:  # type: ignore[no-untyped-def]
    made = _follow_up_proposed(practice)
    before = _booked(practice)
    when = made["answer"].split(" on ", 1)[1].split(" with ")[0]  # "Thu Jun 3, 11:00 AM"
    again = _ask(practice, said, made["conversation_id"])
    assert _booked(practice) == before, again["answer"]  # nothing written on that yes
    assert again["proposal"] and again["proposal"]["token"] != made["proposal"]["token"], again["answer"]
    assert shown in again["answer"] and when in again["answer"], again["answer"]
    _ask(practice, "no", made["conversation_id"])


def test_a_yes_naming_the_proposal_itself_is_shown_again(practice) -> None:  # type: ignore[no-untyped-def]
    made = _follow_up_proposed(practice)
    before = _booked(practice)
    again = _ask(practice, "yes follow-up", made["conversation_id"])
    assert _booked(practice) == before and "waiting for your yes" in again["answer"], again["answer"]
    assert again["proposal"] and again["proposal"]["token"] == made["proposal"]["token"]
    done = _ask(practice, "yes", made["conversation_id"])
    assert done["answer"].startswith("Booked") and _booked(practice) == before + 1, done["answer"]
