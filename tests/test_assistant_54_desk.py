"""#19, stop 54, through the chat on the demo practice: open times asked "for him" are his (his discipline,
the therapist he sees), "book him <day>" proposes with the therapist he sees and says so, a closed day is
said closed and neither searched nor proposed, a cancel whose freed time nobody on the wait list was
offered says so, a biller's "any claims waiting" lists claims sent and not paid, and follow-ups after a
look-up by birth date stay with that patient while a first name two patients share is asked back."""

from datetime import date, datetime

from conftest import Practice
from sqlalchemy import text
from test_assistant_asked_back import FRONT_DESK, _alone_on_a_day

from assistant.service import ask
from core.users.service import actor_by_email

DEMO_SIZE = "small"
BILLER = "biller1@billing.example.org"


def _ask(practice: Practice, message: str, conversation: int | None = None, who: str = FRONT_DESK) -> dict:
    with practice.session() as session:
        actor = actor_by_email(session, who, "test")
        return ask(session, actor=actor, text=message, conversation_id=conversation)


def _next_visit(practice: Practice, first: str, last: str) -> tuple[int, str]:
    """The provider id and discipline of the patient's next booked visit."""
    with practice.engine.connect() as conn:
        row = conn.execute(
            text(
                """SELECT a.provider_id, t.discipline FROM appointment a
                   JOIN patient p ON p.id = a.patient_id JOIN appointment_type t ON t.id = a.appointment_type_id
                   WHERE p.first_name = :f AND p.last_name = :l AND a.status = 'booked'
                   ORDER BY a.starts_at LIMIT 1"""
            ),
            {"f": first, "l": last},
        ).first()
    assert row is not None
    return int(row[0]), str(row[1])


def _provider_name(practice: Practice, provider_id: int) -> str:
    with practice.engine.connect() as conn:
        full = conn.execute(
            text("SELECT full_name FROM provider WHERE id = :p"), {"p": provider_id}
        ).scalar_one()
    return str(full).split(",")[0]


def test_open_times_for_him_are_his_discipline_with_his_therapist(
    practice: Practice, demo_clock: datetime
) -> None:
    first, last, _, local = _alone_on_a_day(practice, 2)
    provider_id, discipline = _next_visit(practice, first, last)
    named = _ask(practice, f"when is {first} {last} next in")
    listed = _ask(practice, f"whats open for him {local:%A}".lower(), named["conversation_id"])
    assert listed["answer"].startswith(f"For {first} {last}"), listed["answer"]
    assert f"{discipline} " in listed["answer"] and listed["proposal"] is None, listed["answer"]
    if "has nothing open" not in listed["answer"]:
        assert _provider_name(practice, provider_id) in listed["answer"], listed["answer"]
    # must not change: the clinic's open times, no patient carried
    plain = _ask(practice, f"whats open {local:%A}".lower())
    assert not plain["answer"].startswith("For "), plain["answer"]


def test_book_him_on_a_day_proposes_the_therapist_he_sees_or_nothing(
    practice: Practice, demo_clock: datetime
) -> None:
    first, last, _, local = _alone_on_a_day(practice, 2)
    provider_id, _ = _next_visit(practice, first, last)
    named = _ask(practice, f"when is {first} {last} next in")
    booked = _ask(practice, f"book him {local:%A}".lower(), named["conversation_id"])
    if booked["proposal"] is not None and "is the therapist" in booked["answer"]:
        assert _provider_name(practice, provider_id) in booked["answer"], booked["answer"]


def test_a_closed_day_is_said_and_neither_searched_nor_proposed(
    practice: Practice, demo_clock: datetime
) -> None:
    first, last, _, _ = _alone_on_a_day(practice, 2)
    named = _ask(practice, f"when is {first} {last} next in")
    for said in ("book him saturday", "whats open sunday", "book him on thanksgiving"):
        answer = _ask(practice, said, named["conversation_id"])
        assert answer["proposal"] is None, (said, answer["answer"])
        assert answer["answer"].startswith("The clinic is closed on"), (said, answer["answer"])
        assert "the next open day is" in answer["answer"], answer["answer"]
    # must not change: an open weekday is searched
    open_day = _ask(practice, "whats open friday")
    assert "closed" not in open_day["answer"], open_day["answer"]


def test_a_cancel_offered_to_nobody_says_why(practice: Practice, demo_clock: datetime) -> None:
    first, last, visit_id, local = _alone_on_a_day(practice, 3)
    with practice.engine.begin() as conn:
        conn.execute(text("DELETE FROM wait_list_offer"))
        conn.execute(text("DELETE FROM wait_list_entry"))
    asked = _ask(practice, f"cancel {first} {last} {local:%A} {local:%-I:%M}".lower())
    assert asked["proposal"] is not None and asked["proposal"]["action"] == "cancel", asked["answer"]
    done = _ask(practice, "yes", asked["conversation_id"])
    assert done["answer"].startswith("Cancelled the visit"), done["answer"]
    assert "Nobody is on the wait list" in done["answer"] and "offered to no one" in done["answer"], done[
        "answer"
    ]


def test_claims_waiting_are_the_claims_sent_and_not_paid(practice: Practice, demo_clock: datetime) -> None:
    with practice.engine.connect() as conn:
        sent = conn.execute(text("SELECT count(*) FROM claim WHERE status = 'submitted'")).scalar_one()
    for said in ("any claims waiting", "claims not paid yet"):
        answer = _ask(practice, said, who=BILLER)
        assert answer["intent"] == "claim_status", answer
        if sent:
            assert "sent and not yet paid" in answer["answer"] and f"{sent} claim" in answer["answer"], answer
        else:
            assert "No claims are waiting on a payer" in answer["answer"], answer
    # must not change: held claims are the held work list
    held = _ask(practice, "which claims are held?", who=BILLER)
    assert "sent and not yet paid" not in held["answer"], held["answer"]


def test_follow_ups_after_a_birth_date_stay_with_her(practice: Practice, demo_clock: datetime) -> None:
    with practice.engine.connect() as conn:
        first, last, born = conn.execute(
            text(
                """SELECT p.first_name, p.last_name, p.birth_date FROM patient p WHERE p.clinic_id = 1
                   AND NOT EXISTS (SELECT 1 FROM patient q WHERE q.id <> p.id AND q.birth_date = p.birth_date)
                   AND EXISTS (SELECT 1 FROM appointment a WHERE a.patient_id = p.id AND a.status = 'booked')
                   ORDER BY p.id LIMIT 1"""
            )
        ).one()
    day = born if isinstance(born, date) else date.fromisoformat(str(born)[:10])
    found = _ask(practice, f"pt born {day:%m/%d/%Y}")
    assert f"{first} {last}" in found["answer"], found["answer"]
    for said in ("and her balance?", "when's her next one"):
        answer = _ask(practice, said, found["conversation_id"])
        assert f"{first} {last}" in answer["answer"], (said, answer["answer"])


def test_a_first_name_two_patients_share_is_asked_back(practice: Practice, demo_clock: datetime) -> None:
    with practice.engine.connect() as conn:
        first = conn.execute(
            text(
                """SELECT first_name FROM patient WHERE clinic_id = 1 GROUP BY first_name
                   HAVING count(*) = 2 ORDER BY first_name LIMIT 1"""
            )
        ).scalar_one()
    for said in (f"when is {first.lower()} next in", f"whats {first.lower()}'s balance"):
        answer = _ask(practice, said)
        assert answer["answer"].startswith("Which patient"), (said, answer["answer"])
        assert answer["proposal"] is None
    # and after another patient was talked of: still asked, never her taken for the namesake
    with practice.engine.connect() as conn:
        other = conn.execute(
            text(
                "SELECT first_name || ' ' || last_name FROM patient WHERE clinic_id = 1 AND first_name <> :f LIMIT 1"
            ),
            {"f": first},
        ).scalar_one()
    talked = _ask(practice, f"what does {other} owe")
    again = _ask(practice, f"and {first.lower()}?", talked["conversation_id"])
    assert again["answer"].startswith("Which patient"), again["answer"]
