"""How the desk says a cancel: what the patient can't make ("cant do tmrw", "cant make mon 1030"), "x her
fri", "pt has covid" (the patient, not PT), her standing visits or "the rest" of them, another day asked
for after the one she can't make (a move, not a cancel), English words a typo-fixer must leave alone
("any chance of thu"), and the clinic closing a day or part of it ("we're closing at noon on the 24th,
cancel the afternoon"): the clinic's visits then, proposed on one yes, and asked where the scope is
narrower or the clinic is not said. Pure tables first, then the demo practice through `ask`."""

from datetime import date, datetime, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import NY, booked_ahead, in_clinic_time
from sqlalchemy import text

from assistant.engine import CLOSING, CLOSING_SCOPE, NARROWER
from assistant.service import ask
from assistant.understand import _spelled, slots
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

TODAY = date(2026, 12, 10)  # a Thursday
FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("pt called - Ana Ruiz cant make mon 1030, no reason given", "cancel"),
        ("bev called, she cant do tmrw", "cancel"),
        ("he can't make the 14th, family thing", "cancel"),
        ("Joe Diaz won't be able to make it friday", "cancel"),
        ("mrs lopez cannot do 2day, car trouble", "cancel"),
        ("cook x her fri", "cancel"),
        ("x his monday pls", "cancel"),
        # another day asked after the one she can't make: a move
        ("cant do wed, any chance of thu or fri same wk", "reschedule"),
        ("she can't make tuesday, what about wednesday", "reschedule"),
        ("can't do the 3rd, how about the 4th", "reschedule"),
        ("cant make mon, is there anything tues", "reschedule"),
        # not a cancel
        ("i cant do anything about the claim", None),
        ("does she have a chance of getting more visits approved", None),
    ],
)
def test_what_the_patient_cant_make_is_a_cancel_and_another_day_asked_a_move(
    said: str, intent: str | None
) -> None:
    found = slots(said, TODAY).intent
    assert found == intent if intent else found not in ("cancel", "reschedule"), (said, found)


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        ("any chance of thu", "chance"),
        ("no chances left", "chances"),
        ("what are we coding the 97110 as", "coding"),
        ("any unassigned visits", "unassigned"),
        ("cancle her friday", "cancel"),  # a typo is still read as the word
        ("blance for rose", "balance"),
    ],
)
def test_english_words_close_to_a_request_word_are_kept_and_typos_fixed(said: str, kept: str) -> None:
    assert kept in _spelled(said).split()


@pytest.mark.parametrize(
    ("said", "patient"),
    [
        ("cancel Scott Cole 12/14 appt pt has covid", True),
        ("pt had a fall, cancel her thursday", True),
        ("pt can't make it, cancel Ana Ruiz mon", True),
        ("pt got sick cx her 3pm", True),
        ("book her a pt eval friday", False),
        ("any pt openings thursday", False),
    ],
)
def test_pt_followed_by_what_happened_to_her_is_the_patient_not_the_discipline(
    said: str, patient: bool
) -> None:
    assert (slots(said, TODAY).discipline is None) is patient, said


@pytest.mark.parametrize(
    ("said", "every"),
    [
        ("cancel Barbara Rogers's standing appts, she's done", True),
        ("cx his recurring visits, he's discharged", True),
        ("Rachel Hunt no longer coming, moved away. cancel the rest", True),
        ("cancel what's left for her", True),
        ("cancel her thursday", False),
        ("cancel the rest of the day", False),  # the day's visits, not every visit of hers
    ],
)
def test_her_standing_visits_or_the_rest_are_every_visit_of_hers(said: str, every: bool) -> None:
    assert slots(said, TODAY).every is every, said


@pytest.mark.parametrize(
    ("said", "clinic_closing"),
    [
        ("we're closing at noon on the 24th, cancel the afternoon", True),
        ("we're closing at noon on the 24th, cancel everything after 12", True),
        ("office closed tmrw for snow, cancel everyone", True),
        ("power's out, cx all the appts today", True),
        ("clinic is closed on the 31st, cancel them all", True),
        ("we close early friday, cancel the afternoon ones", True),
        # a narrower scope, or no closing said: never the whole day
        ("snow tmrw, cancel anyone over 80", False),
        ("we're closing at noon, cancel all but Katherine's", False),
        ("we're closing early, cancel only the pt ones", False),
        ("cancel everything tomorrow", False),
        ("we're closing at 5, is rose still coming", False),
    ],
)
def test_the_clinic_closing_with_the_whole_day_or_a_part_said_is_recognized(
    said: str, clinic_closing: bool
) -> None:
    found = bool(CLOSING.search(said) and CLOSING_SCOPE.search(said) and not NARROWER.search(said))
    assert found is clinic_closing, said


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _clinic_day(practice: Practice) -> tuple[date, list[tuple[int, datetime]]]:
    """A weekday at least two days ahead with booked visits in clinic 1: (day, [(visit id, start)])."""
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT a.id, a.starts_at FROM appointment a WHERE a.clinic_id = 1 AND a.status = 'booked'
                   AND a.starts_at > :now ORDER BY a.starts_at"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).all()
    soon = (utcnow().astimezone(NY) + timedelta(days=2)).date()
    by_day: dict[date, list[tuple[int, datetime]]] = {}
    for visit_id, at in rows:
        local = in_clinic_time(at)
        by_day.setdefault(local.date(), []).append((visit_id, local))
    for day, visits in sorted(by_day.items()):
        hours = {v.hour for _, v in visits}
        if day >= soon and day.weekday() < 5 and max(hours) >= 12 > min(hours):
            return day, visits
    raise AssertionError("no clinic day ahead with morning and afternoon visits in the demo practice")


def test_closing_at_noon_proposes_the_afternoon_visits_of_that_day_only(
    practice: Practice, demo_clock: datetime
) -> None:
    day, visits = _clinic_day(practice)
    asked = _ask(practice, f"we're closing at noon on {day:%m/%d}, cancel everything after 12")
    assert asked["proposal"] is not None and asked["proposal"]["action"] == "cancel", asked["answer"]
    with practice.engine.connect() as conn:
        payload = conn.execute(
            text("SELECT payload FROM assistant_proposal WHERE conversation_id = :c ORDER BY id DESC"),
            {"c": asked["conversation_id"]},
        ).scalar_one()
    import json

    proposed = set((payload if isinstance(payload, dict) else json.loads(payload))["appointment_ids"])
    afternoon = {i for i, at in visits if at.hour >= 12}
    assert proposed == afternoon, asked["answer"]
    assert "clinic" in asked["answer"]


def test_a_narrower_scope_of_a_closing_day_is_never_the_whole_day(
    practice: Practice, demo_clock: datetime
) -> None:
    day, _ = _clinic_day(practice)
    asked = _ask(practice, f"we're closed {day:%m/%d} for snow, cancel anyone over 80")
    assert asked["proposal"] is None, asked["answer"]


@pytest.mark.parametrize(
    ("said", "days", "times"),
    [
        # the day said as kept is no target, wherever it was said before
        ("cancel Dorothy Phillips's wed. wait no keep wed, cancel fri", [date(2026, 12, 11)], []),
        ("cancel her mon, no wait keep monday, cancel thursday", [date(2026, 12, 17)], []),
        ("cancel joe smith tues, actually leave tues, cx wed", [date(2026, 12, 16)], []),
        ("book her fri at 3, no wait not fri, mon", [date(2026, 12, 14)], [15 * 60]),
        ("move her 3pm to 4, no wait keep the 3, move the 5 instead", [], [17 * 60]),
        # nothing kept: as before
        ("cancel her wed and fri", [date(2026, 12, 16), date(2026, 12, 11)], []),
    ],
)
def test_a_change_taken_back_in_the_same_message_leaves_only_the_one_still_asked(
    said: str, days: list[date], times: list[int]
) -> None:
    from assistant.understand import action_clauses

    assert action_clauses(said) == [said] or "keep" not in said and "leave" not in said
    frame = slots(said, TODAY)
    assert [d.value for d in frame.days] == days, said
    assert [t.value for t in frame.times] == times, said


def test_the_visit_said_as_kept_is_never_proposed(practice: Practice, demo_clock: datetime) -> None:
    soon = (utcnow().astimezone(NY) + timedelta(days=1)).date()
    picked = next(
        (r for r in booked_ahead(practice) if r.starts.date() > soon and r.starts.weekday() < 5), None
    )
    assert picked is not None, "no weekday visit ahead in the demo practice"
    first, last, visit_id, local = picked
    other = "friday" if local.weekday() != 4 else "monday"
    asked = _ask(practice, f"cancel {first} {last}'s {local:%A}. wait no keep {local:%A}, cancel {other}")
    if asked["proposal"] is not None:
        with practice.engine.connect() as conn:
            payload = conn.execute(
                text("SELECT payload FROM assistant_proposal WHERE conversation_id = :c ORDER BY id DESC"),
                {"c": asked["conversation_id"]},
            ).scalar_one()
        import json

        body = payload if isinstance(payload, dict) else json.loads(payload)
        assert visit_id not in [body.get("appointment_id"), *body.get("appointment_ids", [])], asked["answer"]
    assert (
        f"{local:%a} {local:%b} {local.day}, {local.year} {local:%-I:%M %p}"
        not in asked["answer"].split("?")[0]
    )
