"""The wait list in the chat (issue 19): an entry proposed takes its kind of visit (and provider, days,
time) from what the conversation was about, never from her last visit of another discipline, and asks
where nothing says it; "take her off the wait list" is a removal proposed in words and written only on
the yes, once. On the demo practice: the proposal's contents, and nothing written before the yes."""

import pytest
from conftest import Practice
from sqlalchemy import text

from assistant.engine import TAKEN_OFF
from assistant.service import ask
from core.timeutil import utcnow

pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"


@pytest.mark.parametrize(
    "said",
    [
        "take Kim Lee off the wait list",
        "remove her from the waitlist",
        "pull him off the wl",
        "she can come off the list",
        "drop john from the wait list pls",
    ],
)
def test_taken_off_the_wait_list_is_read(said: str) -> None:
    assert TAKEN_OFF.search(said)


@pytest.mark.parametrize(
    "said",
    ["put her on the wait list", "add him to the wl for mornings", "and put her on the list for the rest"],
)
def test_put_on_the_wait_list_is_no_removal(said: str) -> None:
    assert not TAKEN_OFF.search(said)


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def _scalar(practice: Practice, sql: str, **params: object) -> object:
    with practice.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def _one_entry_patient(practice: Practice) -> tuple[str, int]:
    """A patient of clinic 1 waiting once, with a name no other patient has: (name, entry id)."""
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name, MIN(w.id) FROM wait_list_entry w
                   JOIN patient p ON p.id = w.patient_id
                   WHERE w.status = 'waiting' AND p.clinic_id = 1
                   AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                        AND q.last_name = p.last_name) = 1
                   GROUP BY p.id, p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY p.id LIMIT 1"""
            )
        ).one()
    return row[0], row[1]


def test_taking_her_off_is_proposed_in_words_and_written_once_on_the_yes(practice: Practice) -> None:
    name, entry_id = _one_entry_patient(practice)
    kind = _scalar(
        practice,
        "SELECT t.name FROM wait_list_entry w JOIN appointment_type t ON t.id = w.appointment_type_id "
        "WHERE w.id = :i",
        i=entry_id,
    )
    asked = _ask(practice, FRONT_DESK, f"take {name} off the wait list")
    assert asked["proposal"] and asked["proposal"]["action"] == "waitlist_off", asked["answer"]
    assert name in asked["answer"] and str(kind) in asked["answer"], asked["answer"]
    assert "page" not in asked["answer"]
    assert _scalar(practice, "SELECT status FROM wait_list_entry WHERE id = :i", i=entry_id) == "waiting"
    removed = "SELECT COUNT(*) FROM audit_entry WHERE detail = 'removed from the wait list'"
    audits = _scalar(practice, removed)
    done = _ask(practice, FRONT_DESK, "yes", asked["conversation_id"])
    assert "off the wait list" in done["answer"], done["answer"]
    assert _scalar(practice, "SELECT status FROM wait_list_entry WHERE id = :i", i=entry_id) == "removed"
    assert _scalar(practice, removed) == int(audits) + 1  # type: ignore[arg-type]


def test_a_removal_confirmed_twice_writes_once(practice: Practice) -> None:
    from assistant import tools
    from core.users.service import actor_by_email

    name, entry_id = _one_entry_patient(practice)
    asked = _ask(practice, FRONT_DESK, f"remove {name} from the waitlist")
    token = asked["proposal"]["token"]
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        first = tools.confirm(session, actor, token)
    assert "Taken off" in first.answer, first.answer
    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        with pytest.raises(Exception, match="already confirmed"):
            tools.confirm(session, actor, token)
    # another proposal for the same entry, confirmed after: it is off already, nothing more written
    again = _ask(practice, FRONT_DESK, f"remove {name} from the waitlist")
    assert again["proposal"] is None and "not on the wait list" in again["answer"], again["answer"]


def test_a_biller_is_offered_no_removal(practice: Practice) -> None:
    name, entry_id = _one_entry_patient(practice)
    asked = _ask(practice, BILLER, f"take {name} off the wait list")
    assert asked["proposal"] is None, asked["answer"]
    assert _scalar(practice, "SELECT status FROM wait_list_entry WHERE id = :i", i=entry_id) == "waiting"


def _no_auth_patient(practice: Practice) -> str:
    with practice.engine.connect() as conn:
        return conn.execute(
            text(
                """SELECT p.first_name || ' ' || p.last_name FROM patient p
                   JOIN insurance_policy i ON i.patient_id = p.id JOIN payer y ON y.id = i.payer_id
                   WHERE p.clinic_id = 1 AND NOT y.requires_authorization
                   AND NOT EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.starts_at > :now)
                   AND NOT EXISTS (SELECT 1 FROM wait_list_entry w WHERE w.patient_id = p.id)
                   GROUP BY p.first_name, p.last_name HAVING COUNT(*) = 1 ORDER BY MIN(p.id) LIMIT 1"""
            ),
            {"now": utcnow().replace(tzinfo=None)},
        ).scalar_one()


def test_the_wait_list_asked_after_a_series_takes_the_series_kind_days_and_time(practice: Practice) -> None:
    name = _no_auth_patient(practice)
    ot = _scalar(
        practice,
        "SELECT full_name FROM provider WHERE clinic_id = 1 AND discipline = 'OT' AND is_active ORDER BY id LIMIT 1",
    )
    first = _ask(
        practice,
        FRONT_DESK,
        f"book {name} with {str(ot).split(',')[0]} every tues and thurs at 11 for 2 weeks",
    )
    assert first["proposal"] and first["proposal"]["action"] == "book", first["answer"]
    _ask(practice, FRONT_DESK, "yes", first["conversation_id"])
    entries = _scalar(practice, "SELECT COUNT(*) FROM wait_list_entry")
    listed = _ask(practice, FRONT_DESK, "and put her on the list for the rest", first["conversation_id"])
    assert listed["proposal"] and listed["proposal"]["action"] == "waitlist", listed["answer"]
    summary = listed["proposal"]["summary"]
    assert "OT" in summary and "on Tue/Thu" in summary and "between 11:00 AM" in summary, summary
    assert "SLP" not in summary and "PT " not in summary, summary
    assert _scalar(practice, "SELECT COUNT(*) FROM wait_list_entry") == entries  # nothing before the yes
    done = _ask(practice, FRONT_DESK, "yup", listed["conversation_id"])
    assert "wait list" in done["answer"], done["answer"]
    assert _scalar(practice, "SELECT COUNT(*) FROM wait_list_entry") == int(entries) + 1  # type: ignore[arg-type]


def _last_discipline(practice: Practice, name: str) -> str:
    return str(
        _scalar(
            practice,
            """SELECT t.discipline FROM appointment a JOIN patient p ON p.id = a.patient_id
               JOIN appointment_type t ON t.id = a.appointment_type_id
               WHERE p.first_name || ' ' || p.last_name = :n ORDER BY a.starts_at DESC LIMIT 1""",
            n=name,
        )
    )


def test_the_wait_list_after_a_series_asked_of_another_discipline_is_for_that_one(practice: Practice) -> None:
    name = _no_auth_patient(practice)
    other = next(d for d in ("OT", "SLP", "PT") if d != _last_discipline(practice, name))
    first = _ask(practice, FRONT_DESK, f"set {name} up tues thurs at 3 for {other.lower()} thru march")
    entries = _scalar(practice, "SELECT COUNT(*) FROM wait_list_entry")
    listed = _ask(practice, FRONT_DESK, "and put her on the list for the rest", first["conversation_id"])
    assert listed["proposal"] and listed["proposal"]["action"] == "waitlist", listed["answer"]
    summary = listed["proposal"]["summary"]
    assert f" {other} " in summary and "on Tue/Thu" in summary and "between 3:00 PM" in summary, summary
    assert _scalar(practice, "SELECT COUNT(*) FROM wait_list_entry") == entries  # nothing before the yes
