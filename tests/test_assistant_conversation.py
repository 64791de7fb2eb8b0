"""The turns of a conversation, read as structure: what a yes accepts of the proposals waiting for it,
where one message asks for several changes or several things, and a birth date said alone. Pure tables
first (no database), then the same on the demo practice through `ask`."""

import re
from datetime import date, timedelta

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.pending import Yes, read_yes
from assistant.service import ask
from assistant.understand import action_clauses, ask_clauses, slots
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

WED = date(2026, 12, 2)
FRONT_DESK = "frontdesk1@riverside.example.org"
# The services' clock at the demo's close of business (conftest.demo_clock) in every test here: the
# providers' coming days and the visits ahead are the demo's at any hour of any day.
pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("said", "accept", "decline", "rest"),
    [
        ("yes", None, set(), ""),
        ("yes both", None, set(), ""),
        ("yeah do both", None, set(), ""),
        ("yes please", None, set(), ""),
        ("ok", None, set(), ""),
        ("ok yes book it", {"book"}, set(), ""),
        ("yes book it anyway", {"book"}, set(), ""),
        ("sure, just the cancel", {"cancel"}, set(), ""),  # "just": the others turned down (only=True)
        ("yes to the cancel, hold off on the wl", {"cancel"}, {"waitlist"}, ""),
        ("yes to the cancel but not the wait list", {"cancel"}, {"waitlist"}, ""),
        ("yes, and whens her next one after", None, set(), "whens her next one after"),
        ("yep and what does she owe", None, set(), "what does she owe"),
    ],
)
def test_a_yes_says_which_proposals_it_accepts(
    said: str, accept: set[str] | None, decline: set[str], rest: str
) -> None:
    only = "just" in said
    assert read_yes(said) == Yes(accept=accept, decline=decline, rest=rest, only=only)


@pytest.mark.parametrize(
    "said",
    [
        "yes but make it 4",  # a change: the proposal is corrected, nothing confirmed
        "yes but at 3:30",
        "yes and also cancel her fri",  # a new change with a day: proposed on its own, never on this yes
        "ok and when is she in next",  # "ok" before a question acknowledges; it is no yes
        "ok book her monday 9:30am",
        "when is she next",
    ],
)
def test_no_yes_is_read_where_the_message_changes_or_only_acknowledges(said: str) -> None:
    assert read_yes(said) is None


def test_a_yes_takes_what_it_names_and_nothing_it_turns_down() -> None:
    picked = Yes(accept={"cancel"}, decline={"waitlist"})
    assert picked.takes("cancel") and not picked.takes("waitlist") and not picked.takes("book")
    assert Yes().takes("book") and Yes().takes("waitlist")


@pytest.mark.parametrize(
    ("said", "pieces"),
    [
        (
            "cancel Victoria Hayes's friday and wl her for next week",
            ["cancel Victoria Hayes's friday", "wl her for next week"],
        ),
        (
            "cancel Harolds friday and put her on the wl for next week",
            ["cancel Harolds friday", "put her on the wl for next week"],
        ),
        # one change, or a second piece that names nobody: one piece
        ("book Judy Kelly tues at 3 w/ Frances", ["book Judy Kelly tues at 3 w/ Frances"]),
        ("cancel and rebook her", ["cancel and rebook her"]),
        (
            "Jen cant make it tmrw, cancel and rebook next wk",
            ["Jen cant make it tmrw, cancel and rebook next wk"],
        ),
        ("move her to friday and cancel the monday one", ["move her to friday and cancel the monday one"]),
        # changes listed with commas, each with its own day, are about the patient named first
        (
            "samuel - cancel thurs, move fri to mon, waitlist for tues mornings",
            ["samuel - cancel thurs", "move fri to mon", "waitlist for tues mornings"],
        ),
        ("cancel her friday, book her monday at 3", ["cancel her friday", "book her monday at 3"]),
    ],
)
def test_a_message_is_cut_where_it_asks_for_another_change(said: str, pieces: list[str]) -> None:
    assert action_clauses(said) == pieces


@pytest.mark.parametrize(
    ("said", "pieces"),
    [
        ("Joyce Clark: ins on file, copay, bal", ["Joyce Clark: ins on file, copay", "bal"]),
        (
            "is Elizabeth Morgan coming today and does she owe anything",
            ["is Elizabeth Morgan coming today", "does she owe anything"],
        ),
        (
            "whos on my sched tmrw and do i have unsigned notes",
            ["whos on my sched tmrw", "do i have unsigned notes"],
        ),
        (
            "what does Joyce Clark owe and whats her diagnosis",
            ["what does Joyce Clark owe", "whats her diagnosis"],
        ),
        (
            "when is steven sullivan next in? want to catch her about her bal",
            ["when is steven sullivan next in", "want to catch her about her bal"],
        ),
        # one question, however it is joined
        ("ok and when is she in next", ["ok and when is she in next"]),
        ("Samuel has both pt and ot on the 7th?", ["Samuel has both pt and ot on the 7th?"]),
        ("any openings between 2 and 4 tuesday", ["any openings between 2 and 4 tuesday"]),
        ("book Judy tues and thurs at 3", ["book Judy tues and thurs at 3"]),
    ],
)
def test_a_message_is_cut_where_it_asks_another_kind_of_question(said: str, pieces: list[str]) -> None:
    assert ask_clauses(said) == pieces


@pytest.mark.parametrize(
    ("said", "born"),
    [
        ("the mom, dob 2/25/34", date(1934, 2, 25)),
        ("sorry she said 7/17/79", date(1979, 7, 17)),
        ("dob 1/14/92", date(1992, 1, 14)),
        ("born 3/3/2001", date(2001, 3, 3)),
        ("dob 12/1/20", date(2020, 12, 1)),
    ],
)
def test_a_birth_date_is_never_in_the_future(said: str, born: date) -> None:
    assert slots(said, WED).dob == born


@pytest.mark.parametrize(("said", "relation"), [("and the kid?", "kid"), ("what about her child", "child")])
def test_a_child_is_a_relation_not_a_name(said: str, relation: str) -> None:
    frame = slots(said, WED)
    assert frame.relation == relation and frame.words == []


# -- on the demo practice -------------------------------------------------------------------------------


def _actor(practice, email: str):  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    with practice.session() as session:
        return actor_by_email(session, email, "test")


def _ask(practice: Practice, message: str, conversation_id: int | None = None) -> dict:
    with practice.session() as session:
        return ask(session, actor=_actor(practice, FRONT_DESK), text=message, conversation_id=conversation_id)


def _one_born(practice: Practice) -> tuple[str, str, date]:
    """A clinic-1 patient who alone has that birth date."""
    with practice.engine.connect() as conn:
        first, last, born = conn.execute(
            text(
                """SELECT MIN(first_name), MIN(last_name), birth_date FROM patient WHERE clinic_id = 1
                   GROUP BY birth_date HAVING COUNT(*) = 1 ORDER BY birth_date LIMIT 1"""
            )
        ).one()
    return first, last, born if isinstance(born, date) else date.fromisoformat(str(born))


def test_a_birth_date_alone_finds_the_one_patient_born_that_day(practice: Practice) -> None:
    first, last, born = _one_born(practice)
    said = _ask(practice, f"when is the patient born {born:%m/%d/%Y} next")
    assert f"{first} {last}" in said["answer"] and said["proposal"] is None


def test_a_name_and_birth_date_that_do_not_meet_are_asked_about_then_the_right_date_answers(
    practice: Practice,
) -> None:
    first, last, born = _one_born(practice)
    wrong = born.replace(year=born.year - 1)
    asked = _ask(practice, f"caller {first} {last}, dob {wrong:%m/%d/%Y}, when is she next")
    assert "?" in asked["answer"] and f"{first} {last}" not in asked["answer"]
    fixed = _ask(practice, f"sorry she said {born:%m/%d/%Y}", asked["conversation_id"])
    assert f"{first} {last}" in fixed["answer"]


def test_core_finds_patients_by_birth_date_within_the_callers_clinics_and_audits_it(
    practice: Practice,
) -> None:
    from core.patients.service import born_on

    first, last, born = _one_born(practice)
    desk = _actor(practice, FRONT_DESK)
    with practice.session() as session:
        found = born_on(session, actor=desk, birth_date=born)
        assert [(p.first_name, p.last_name) for p in found] == [(first, last)]
        assert born_on(session, actor=desk, birth_date=date(1800, 1, 1)) == []
    with practice.engine.connect() as conn:
        audited = conn.execute(
            text("SELECT COUNT(*) FROM audit_entry WHERE detail = 'found by birth date' AND patient_id = :p"),
            {"p": found[0].id},
        ).scalar_one()
    assert audited >= 1


def _provider_day(practice):  # type: ignore[no-untyped-def]
    """A clinic-1 provider with a first name of her own and at least two visits on one coming weekday."""
    from assistant import tools

    with practice.session() as session:
        today = tools.today_in(session, 1)
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT p.id, p.full_name, DATE(a.starts_at) AS d, COUNT(*) FROM appointment a
                   JOIN provider p ON p.id = a.provider_id
                   WHERE p.clinic_id = 1 AND a.status = 'booked' AND DATE(a.starts_at) > :t
                   GROUP BY p.id, p.full_name, DATE(a.starts_at) HAVING COUNT(*) >= 2
                   ORDER BY DATE(a.starts_at), p.id"""
            ),
            {"t": str(today)},
        ).all()
        names = [
            r[0].split()[0] for r in conn.execute(text("SELECT full_name FROM provider WHERE clinic_id = 1"))
        ]
    for provider_id, full_name, day, _ in rows:
        first = full_name.split()[0]
        if names.count(first) == 1:
            return provider_id, first, date.fromisoformat(str(day))
    raise AssertionError("no provider with two visits on one coming day in the demo practice")


def test_a_providers_first_name_and_her_day_cancel_her_visits_and_keep_takes_one_out(
    practice: Practice,
) -> None:
    provider_id, first, day = _provider_day(practice)
    asked = _ask(practice, f"{first} out sick {day:%m/%d}, cxl her day")
    assert asked["proposal"] is not None and "cancelled by the clinic" in asked["answer"]
    with practice.engine.connect() as conn:
        times = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT id FROM appointment WHERE provider_id = :p AND DATE(starts_at) = :d AND status = 'booked'"
                ),
                {"p": provider_id, "d": str(day)},
            )
        ]
    assert sorted(asked["data"]["appointment_ids"]) == sorted(times)
    first_time = re.search(r"\d{1,2}:\d\d [AP]M", asked["answer"])
    assert first_time is not None
    kept = _ask(practice, f"keep the {first_time[0]}", asked["conversation_id"])
    assert kept["answer"].startswith("Keeping") and kept["proposal"] is not None
    assert len(kept["data"]["appointment_ids"]) == len(times) - 1


@pytest.mark.parametrize(
    "said",
    [
        "what does {first} have open tomorrow",
        "whos on {first}s schedule tmrw",
        "whats {first}s day look like tomorrow",
    ],
)
def test_a_providers_first_name_alone_is_the_provider_when_her_schedule_is_asked(
    practice: Practice, said: str
) -> None:
    _, first, _ = _provider_day(practice)
    answer = _ask(practice, said.format(first=first))["answer"]
    assert "Which patient" not in answer and first in answer


def test_core_lists_clinics_by_name_and_only_the_callers_active_providers(practice: Practice) -> None:
    from core.clinics.service import list_clinics
    from core.providers.service import active_providers

    desk = _actor(practice, FRONT_DESK)
    with practice.session() as session:
        clinics = list_clinics(session)
        providers = active_providers(session, actor=desk)
    assert len(clinics) >= 2 and [c.id for c in clinics] == sorted(c.id for c in clinics)
    assert providers and {p.clinic_id for p in providers} <= set(desk.roles)
    assert all(p.is_active for p in providers)


def test_core_day_schedule_lists_the_statuses_asked_and_the_kept_ones_by_default(practice: Practice) -> None:
    from core.scheduling.calendar import day_schedule

    with practice.engine.connect() as conn:
        day = conn.execute(
            text("SELECT DATE(starts_at) FROM appointment WHERE status = 'no_show' AND clinic_id = 1 LIMIT 1")
        ).scalar_one()
    desk = _actor(practice, FRONT_DESK)
    on = date.fromisoformat(str(day))
    with practice.session() as session:
        missed = day_schedule(session, actor=desk, day=on, statuses=("no_show",))
        kept = day_schedule(session, actor=desk, day=on)
    assert missed and all(a.status == "no_show" for a, *_ in missed)
    assert all(a.status != "no_show" for a, *_ in kept)


def test_who_no_showed_on_a_day_lists_that_days_no_shows(practice: Practice) -> None:
    from assistant import tools

    with practice.session() as session:
        today = tools.today_in(session, 1)
    said = _ask(practice, "who no showed yesterday")
    assert "no-show" in said["answer"] and tools.day_words(today - timedelta(days=1)) in said["answer"]


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("ty ur the best 😘", "You're welcome."),
        ("thanks so much!!", "You're welcome."),
        ("good morning!! ☕", "Hello."),
        ("hi", "Hello."),
    ],
)
def test_a_thanks_or_a_greeting_alone_is_answered_plainly(practice: Practice, said: str, reply: str) -> None:
    answer = _ask(practice, said)
    assert answer["answer"].startswith(reply) and answer["proposal"] is None, answer["answer"]


def test_a_name_and_birth_date_said_with_no_question_name_her_and_her_next_visit(practice: Practice) -> None:
    first, last, born = _one_born(practice)
    said = _ask(practice, f"pt says dob {born:%m/%d/%Y}, name sounds like {first} {last}")
    assert said["proposal"] is None, said["answer"]
    assert said["answer"].startswith(f"That is {first} {last}, born"), said["answer"]


def test_a_birth_date_after_a_lookup_confirms_her_and_answers_the_lookup(practice: Practice) -> None:
    first, last, born = _one_born(practice)
    asked = _ask(practice, f"when is {first} {last} next")
    said = _ask(practice, f"{born:%m/%d/%Y}", asked["conversation_id"])
    assert said["answer"].startswith(f"Yes: {first} {last} was born"), said["answer"]
    assert asked["answer"] in said["answer"]  # the lookup, answered again for her


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        ("1130", [11 * 60 + 30]),
        ("930", [9 * 60 + 30]),
        ("1030 works", [10 * 60 + 30]),
        ("245 pls", [14 * 60 + 45]),
        ("1215 then", [12 * 60 + 15]),
        ("claim 1042", []),  # three or four digits in a longer message are no clock time
        ("she owes 1250", []),
        ("1260", []),
    ],
)
def test_a_message_that_is_only_a_clock_time_without_its_colon_is_that_time(said: str, minutes: list) -> None:
    assert [t.value for t in slots(said, WED).times] == minutes


@pytest.mark.parametrize(
    ("said", "names"),
    [
        ("who no-showed friday", []),
        ("did Rosa Diaz-Ortiz no-show", ["Rosa", "Diaz-Ortiz"]),
        ("her check-in time tmrw", []),
        ("Mary-Kate Olsen follow-up", ["Mary-Kate", "Olsen"]),
        ("any no-shows today", []),
    ],
)
def test_a_hyphenated_word_of_the_assistants_vocabulary_is_no_name(said: str, names: list[str]) -> None:
    from assistant.understand import name_words

    assert name_words(said) == names


@pytest.mark.parametrize(
    ("said", "pieces"),
    [
        (
            "cancel Rosa Diaz's tues, book her wed at 3 instead, and tell me her balance",
            ["cancel Rosa Diaz's tues", "book her wed at 3 instead", "tell me her balance"],
        ),
        ("cancel Rosa Diaz friday and whats she owe", ["cancel Rosa Diaz friday", "whats she owe"]),
        (
            "move Rosa Diaz to thu 2pm & when is she next after that",
            ["move Rosa Diaz to thu 2pm", "when is she next after that"],
        ),
        # a tail that is no question of its own, or a change, stays with the change
        (
            "book Rosa Diaz fri at 2 and tell me if kyle is free",
            ["book Rosa Diaz fri at 2 and tell me if kyle is free"],
        ),
        ("cancel Rosa Diaz friday", ["cancel Rosa Diaz friday"]),
    ],
)
def test_a_question_after_the_changes_is_a_piece_of_its_own(said: str, pieces: list[str]) -> None:
    assert action_clauses(said) == pieces


def test_a_question_after_a_change_is_answered_beside_the_proposal(practice: Practice) -> None:
    with practice.engine.connect() as conn:
        first, last = conn.execute(
            text(
                """SELECT p.first_name, p.last_name FROM patient p JOIN appointment a ON a.patient_id = p.id
                   WHERE p.clinic_id = 1 AND a.status = 'booked' AND a.starts_at > :now
                     AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                          AND q.last_name = p.last_name) = 1
                   ORDER BY p.id LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).one()
    said = _ask(practice, f"cancel {first} {last}'s next visit and whats the balance")
    assert said["proposal"] and said["proposal"]["action"] == "cancel", said["answer"]
    assert re.search(rf"{first} {last} owes \$\d", said["answer"]), said["answer"]
