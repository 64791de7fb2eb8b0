"""Follow-ups that point back at what this chat did or offered: a patient chosen from the ones offered by a
birth year, an age or a discipline ("the 84 one", "the pt one"); the visit just booked asked again ("and the
same for the next 3 wednesdays", "same time the week after"); dates of a proposed series turned down ("yes
but skip the 20th", which confirms nothing); the earliest of the open times offered ("first thing"); a day
said after "she has no upcoming visit" (asked about, never booked); a re-authorization asked to be drafted,
declined with what is on file; whether KX still applies, and that year's total or threshold after it. Pure
tables first (no database), then the same on the demo practice through `ask`."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import CLINIC_WIDE, EARLIEST_ALONE, KX_FOLLOW_UP
from assistant.pending import read_yes
from assistant.service import ask
from assistant.understand import (
    KX_ASKED,
    ONE_MORE_WANTED,
    REAUTH_ASKED,
    has_trait,
    patient_trait,
    repeat_asked,
    slots,
)
from core.timeutil import utcnow

FRONT_DESK = "frontdesk1@riverside.example.org"
pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("said", "trait"),
    [
        ("the 84 one", ("year", 84)),
        ("the one born in 52", ("year", 52)),
        ("oh the '61 one", ("year", 61)),
        ("born 1990", ("year", 1990)),
        ("the 1948 lady", ("year", 1948)),
        ("the 9 year old", ("age", 9)),
        ("the one who's 84", ("age", 84)),
        ("the pt one", ("discipline", "PT")),
        ("the speech one", ("discipline", "SLP")),
        ("the one in ot", ("discipline", "OT")),
        ("sorry the ot one", ("discipline", "OT")),
        ("the older one", None),  # by age order: read by the place-or-age reader, not here
        ("the 84 one has a visit friday", None),  # more said: a message of its own
        ("the 3:30 one", None),  # a time, never a birth year
        ("the pt one on friday", None),
        ("move the pt one to 4", None),
    ],
)
def test_a_patient_offered_is_named_by_birth_year_age_or_discipline(
    said: str, trait: tuple[str, int | str] | None
) -> None:
    assert patient_trait(said) == trait


TODAY = date(2027, 1, 4)


@pytest.mark.parametrize(
    ("trait", "born", "disciplines", "fits"),
    [
        (("year", 84), date(1984, 9, 30), set(), True),
        (("year", 84), date(1942, 11, 16), set(), False),  # aged 84, but a bare number is the year shown
        (("year", 1984), date(1984, 9, 30), set(), True),
        (("year", 1984), date(2084, 1, 1), set(), False),
        (("age", 84), date(1942, 11, 16), set(), True),
        (("age", 84), date(1942, 1, 3), set(), False),  # 85 since yesterday, her birthday
        (("age", 9), date(2017, 1, 5), set(), True),  # 9 until tomorrow
        (("discipline", "PT"), date(1950, 1, 1), {"PT", "OT"}, True),
        (("discipline", "SLP"), date(1950, 1, 1), {"PT"}, False),
    ],
)
def test_a_trait_fits_a_patient_by_her_birth_date_or_her_visits(
    trait: tuple[str, int | str], born: date, disciplines: set[str], fits: bool
) -> None:
    assert has_trait(trait, born, disciplines, TODAY) is fits


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("and the same for the next 3 wednesdays", ("weekday", 3, 2)),
        ("same for the next two mondays", ("weekday", 2, 0)),
        ("book the same for the next 2 weeks", ("weeks", 2, None)),
        ("and same time the week after", ("after", 1, None)),
        ("and one more 2 wks after that same time", ("after", 2, None)),
        ("same again a week later", ("after", 1, None)),
        ("is she booked the same time the week after?", None),  # a question, not a booking
        ("what about the week after", None),  # no "same": a look-up as often as a booking
        ("and the week after too", None),
        ("and she needs one the week after new years too, same time", None),  # a week of its own
        ("same time the week after next", None),
        ("same for her husband", None),
    ],
)
def test_the_visit_just_made_is_asked_again_by_weekday_weeks_or_weeks_after(
    said: str, asked: tuple[str, int, int | None] | None
) -> None:
    found = repeat_asked(said)
    assert (found[:3] if found else None) == asked


def test_the_count_of_a_repeat_is_no_time_of_day() -> None:
    found = repeat_asked("and the same for the next 3 wednesdays at 10")
    assert found is not None and "3" not in found[3] and "at 10" in found[3]


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("ugh. can you draft the reauth", True),
        ("can u draft the reauth then", True),
        ("put her on the list for a reauth instead. can you draft it", True),
        ("submit a new auth request for her", True),
        ("fine, draft the reauth then", True),
        ("is her reauth approved yet", False),  # a look-up of what is on file
        ("how many visits left on her auth", False),
        ("draft her progress note", False),
    ],
)
def test_a_reauthorization_asked_to_be_written_is_told_apart_from_a_look_up(said: str, asked: bool) -> None:
    assert bool(REAUTH_ASKED.search(said)) is asked


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("can you draft the reauth", "auth_status"),
        ("draft the reauth and put her on the wait list for the rest", "waitlist"),  # the change is read
    ],
)
def test_a_reauthorization_asked_beside_a_change_leaves_the_change_to_be_read(said: str, intent: str) -> None:
    assert slots(said, date(2026, 12, 29)).intent == intent


@pytest.mark.parametrize(
    "said",
    [
        "yes but skip the 20th",
        "yes except the 30th",
        "yes but skip monday, do tues",
        "yes without the 27th",
        "yes but not the 13th",
    ],
)
def test_a_yes_that_turns_down_some_of_a_series_confirms_nothing(said: str) -> None:
    assert read_yes(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "yes, and whats her balance",
        "yep thanks",
        "yes to the cancel, not the wl",
        "yes. also skip the yes step for me from now on",  # no date turned down: the yes stands
    ],
)
def test_a_yes_with_a_question_or_a_named_no_still_reads_as_before(said: str) -> None:
    assert read_yes(said) is not None


@pytest.mark.parametrize(
    ("said", "earliest"),
    [
        ("first thing", True),
        ("ok first thing then", True),
        ("the earliest one", True),
        ("as early as she can", True),
        ("earliest pls", True),
        ("first thing monday", False),  # a day of its own: a new request
        ("whats the earliest she can come", False),
    ],
)
def test_the_earliest_of_the_times_offered_is_said_alone(said: str, earliest: bool) -> None:
    assert bool(EARLIEST_ALONE.match(said)) is earliest


@pytest.mark.parametrize(
    ("said", "kx"),
    [
        ("does Lisa Alvarez still need KX", True),
        ("does Heather Medina still need KX on her january claims", True),
        ("do we need kx for him", True),
        ("is she past kx yet", True),
        ("add KX to all her 2026 claims that are missing it", False),  # a change to claims, not a question
        ("did we put kx on everything after that", False),
        ("what payer is Megan so i know if i need KX", False),  # her payer is what is asked
    ],
)
def test_whether_kx_still_applies_is_asked_as_the_threshold(said: str, kx: bool) -> None:
    assert bool(KX_ASKED.search(said.lower())) is kx


@pytest.mark.parametrize(
    ("said", "follows"),
    [
        ("what was her 2026 total", True),
        ("was she over 3000", True),
        ("whats the 2027 threshold", True),
        ("how close is she to the review", True),
        ("when is she in next", False),
        ("what does she owe", False),
    ],
)
def test_after_a_kx_answer_its_total_or_threshold_follows_it(said: str, follows: bool) -> None:
    assert bool(KX_FOLLOW_UP.search(said)) is follows


@pytest.mark.parametrize(
    ("said", "wide"),
    [
        ("and how many of our patients are in the same boat", True),
        ("which patients have auths running out", True),
        ("any other patients like that", True),
        ("how many visits does she have left", False),
    ],
)
def test_a_question_about_the_clinics_patients_is_not_about_the_one_in_the_chat(
    said: str, wide: bool
) -> None:
    assert bool(CLINIC_WIDE.search(said)) is wide


@pytest.mark.parametrize(
    ("said", "wanted"),
    [
        ("and she wants one more before the 31st", True),
        ("he'd like another visit next week", True),
        ("she needs 1 more this week", True),
        ("ok so he wants another appt friday", True),
        ("does she want one more?", False),  # asked, not said
        ("she wants to move her friday", False),
        ("she has one more visit left", False),
    ],
)
def test_one_more_visit_wanted_is_a_booking(said: str, wanted: bool) -> None:
    assert bool(ONE_MORE_WANTED.search(said)) is wanted


@pytest.mark.parametrize(
    ("said", "first", "last", "window"),
    [
        ("and she wants one more before the 31st", date(2026, 12, 23), date(2026, 12, 30), None),
        ("book her before 12/30", date(2026, 12, 23), date(2026, 12, 29), None),  # no "before 12" o'clock
        ("book her before friday", date(2026, 12, 23), date(2026, 12, 24), None),
    ],
)
def test_before_a_day_is_the_days_up_to_it(
    said: str, first: date, last: date, window: tuple[int, int] | None
) -> None:
    frame = slots(said, date(2026, 12, 23))
    assert (frame.day, frame.day_to, frame.window) == (first, last, window)


# -- on the demo practice -------------------------------------------------------------------------------


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _count(practice: Practice, sql: str) -> int:
    with practice.engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


WRITES = (
    "SELECT (SELECT COUNT(*) FROM appointment WHERE status = 'booked') * 1000 + COUNT(*) FROM wait_list_entry"
)


def _free_of_authorization(practice: Practice, offset: int) -> str:
    """A clinic-1 patient of a name her own with a visit coming, whose payers ask for no authorization."""
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN appointment a ON a.patient_id = p.id
                   WHERE p.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :now
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id AND q.last_name = p.last_name
                                   AND q.first_name = p.first_name)
                   AND NOT EXISTS (SELECT 1 FROM insurance_policy i JOIN payer y ON y.id = i.payer_id
                                   WHERE i.patient_id = p.id AND y.requires_authorization)
                   GROUP BY p.id, p.first_name, p.last_name ORDER BY p.id LIMIT 1 OFFSET :o"""
            ),
            {"now": utcnow().replace(tzinfo=None), "o": offset},
        ).all()
    assert rows, "no patient free of authorizations with a coming visit in the demo practice"
    return rows[0][0]


def test_the_visit_just_booked_is_proposed_again_and_a_skipped_date_is_left_out(practice: Practice) -> None:
    name = _free_of_authorization(practice, 11)
    asked = _ask(practice, f"book {name} for a PT follow-up monday morning")
    assert asked["proposal"], asked["answer"]
    chat = asked["conversation_id"]
    assert _ask(practice, "yes", chat)["answer"].startswith("Booked")
    made = datetime.fromisoformat(asked["data"]["starts_at"])
    before = _count(practice, WRITES)
    again = _ask(practice, "and the same for the next 3 weeks", chat)
    assert again["proposal"] and again["proposal"]["action"] == "book", again["answer"]
    days = [date.fromisoformat(d) for d in again["data"]["days"]]
    with practice.engine.connect() as conn:
        zone = ZoneInfo(conn.execute(text("SELECT timezone FROM clinic WHERE id = 1")).scalar_one())
    local = (made if made.tzinfo else made.replace(tzinfo=UTC)).astimezone(zone)
    assert [(d - local.date()).days for d in days] == [7, 14, 21]
    assert f"{local:%-I:%M %p}" in again["answer"] and _count(practice, WRITES) == before
    skipped = _ask(practice, f"yes but skip the {days[1].day}th", chat)
    assert _count(practice, WRITES) == before  # the yes in it confirmed nothing
    if skipped["proposal"]:
        # the others proposed again (those another test has filled since are left out, and said so)
        assert skipped["proposal"]["token"] != again["proposal"]["token"], skipped["answer"]
        left = {date.fromisoformat(d) for d in skipped["data"]["days"]}
        assert days[1] not in left and left <= {days[0], days[2]}, skipped["answer"]
        assert _ask(practice, "no", chat)["answer"].startswith("OK, nothing was changed")
    else:
        assert "withdrawn" in skipped["answer"], skipped["answer"]
    assert _count(practice, WRITES) == before


def test_a_repeat_with_nothing_booked_here_is_asked_about(practice: Practice) -> None:
    said = _ask(practice, "and the same for the next 3 wednesdays")
    assert said["proposal"] is None and "Nothing was booked in this chat" in said["answer"]


def test_which_patient_is_answered_by_the_birth_year_shown(practice: Practice) -> None:
    with practice.engine.connect() as conn:
        pairs = conn.execute(
            text(
                """SELECT first_name, MIN(birth_date), MAX(birth_date) FROM patient WHERE clinic_id = 1
                   GROUP BY first_name HAVING COUNT(*) = 2 AND MIN(last_name) <> MAX(last_name)
                   ORDER BY first_name"""
            )
        ).all()
    # two of one first name whose birth years end apart, so the two digits tell them apart
    first, older, younger = next(
        (f, a, b)
        for f, a, b in pairs
        if date.fromisoformat(str(a)[:10]).year % 100 != date.fromisoformat(str(b)[:10]).year % 100
    )
    year = date.fromisoformat(str(older)[:10]).year
    asked = _ask(practice, f"when is {first.lower()} in next")
    assert "Which patient" in asked["answer"], asked["answer"]
    picked = _ask(practice, f"the {year % 100:02d} one", asked["conversation_id"])
    assert "Which patient" not in picked["answer"] and "None of the patients" not in picked["answer"]
    nobody = _ask(practice, f"when is {first.lower()} in next")
    said = _ask(practice, "the one born in 1903", nobody["conversation_id"])
    assert said["answer"].startswith("None of the patients I offered") and said["proposal"] is None


def test_a_reauthorization_asked_for_is_declined_with_what_is_on_file(practice: Practice) -> None:
    with practice.engine.connect() as conn:
        name = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN prior_authorization a ON a.patient_id = p.id AND a.status = 'approved'
                   WHERE p.clinic_id = 1 AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id
                         AND q.last_name = p.last_name AND q.first_name = p.first_name)
                   ORDER BY p.id LIMIT 1"""
            )
        ).scalar_one()
    asked = _ask(practice, f"how many visits left on {name}'s auth")
    drafted = _ask(practice, "ugh. can you draft the reauth", asked["conversation_id"])
    assert drafted["answer"].startswith("I can't draft or send a re-authorization request")
    assert name in drafted["answer"] and drafted["proposal"] is None


def test_a_day_said_after_no_visit_to_cancel_is_asked_about_never_proposed(practice: Practice) -> None:
    with practice.engine.connect() as conn:
        name = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p WHERE p.clinic_id = 1
                   AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked'
                                   AND a.starts_at > :now)
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id AND q.last_name = p.last_name
                                   AND q.first_name = p.first_name)
                   ORDER BY p.id LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).scalar_one()
    asked = _ask(practice, f"cancel {name}")
    assert "has no upcoming visit" in asked["answer"], asked["answer"]
    before = _count(practice, WRITES)
    said = _ask(practice, "the 19th, car trouble", asked["conversation_id"])
    assert "nothing" in said["answer"] and said["answer"].rstrip().endswith("?") and said["proposal"] is None
    moved = _ask(practice, f"move {name} to next week")
    again = _ask(practice, "tuesday at 9", moved["conversation_id"])
    assert "Should I look for a new visit" in again["answer"] and again["proposal"] is None
    assert _count(practice, WRITES) == before
