"""#19, stop 56: a series proposed with a day that is not open ("book her wed and thurs this week at 11",
Thursday being Thanksgiving) keeps that day in what the chat holds, so a change to the series ("no wait i
meant fri not wed", "yes except the 2nd one") proposes it again and says it skipped, as the first proposal
did; it dropped out, and the second proposal listed fewer days than the first (and "the 2nd one" counted
only the open ones). With every open day turned down the series is still withdrawn. Right after a series
was booked, "and the last one the 8th?" is that one more visit asked as a booking: past the end of her
authorization it is refused with why (it was the help list). The demo's today is Tue Nov 24, 2026."""

from datetime import date

import pytest
from conftest import Practice
from sqlalchemy import text
from test_assistant_auth_limits import _short_pt_authorization
from test_assistant_pending_changes import FRONT_DESK, _ask, _no_auth_patient

DEMO_SIZE = "tiny"

pytestmark = pytest.mark.usefixtures("demo_clock")


def _count(practice: Practice) -> int:
    with practice.engine.connect() as conn:
        return int(conn.execute(text("SELECT COUNT(*) FROM appointment")).scalar_one())


@pytest.mark.parametrize(
    ("said", "listed", "skipped"),
    [
        ("no wait i meant fri not wed", "2 visits: Thu Nov 26, Fri Nov 27", "Thu Nov 26"),
        ("yes except the 2nd one", "1 visits: Wed Nov 25", None),
        ("fri not wed", "2 visits: Thu Nov 26, Fri Nov 27", "Thu Nov 26"),
    ],
)
def test_a_day_not_open_stays_in_the_series_proposed_again(
    practice: Practice, said: str, listed: str, skipped: str | None
) -> None:
    name = _no_auth_patient(practice)
    first = _ask(practice, FRONT_DESK, f"book {name} wed and thurs this week at 11")
    assert first["proposal"] and "not open then (they will be skipped): Thu Nov 26" in first["answer"], first
    count = _count(practice)
    again = _ask(practice, FRONT_DESK, said, first["conversation_id"])
    assert again["proposal"] and again["proposal"]["token"] != first["proposal"]["token"], again["answer"]
    assert listed in again["answer"], again["answer"]
    if skipped:
        assert f"not open then (they will be skipped): {skipped}" in again["answer"], again["answer"]
    assert _count(practice) == count


def test_every_open_day_turned_down_withdraws_the_series(practice: Practice) -> None:
    # must not change: only the day not open is left, so nothing is proposed
    name = _no_auth_patient(practice)
    first = _ask(practice, FRONT_DESK, f"book {name} wed and thurs this week at 11")
    assert first["proposal"], first["answer"]
    again = _ask(practice, FRONT_DESK, "skip wed", first["conversation_id"])
    assert again["proposal"] is None, again["answer"]
    assert "the proposal is withdrawn and nothing was booked" in again["answer"], again["answer"]


@pytest.mark.parametrize(
    ("booked", "said", "refused"),
    [
        (True, "and the last one the 8th?", True),
        (True, "and the last one the 8th", True),
        (False, "and the last one the 8th?", False),  # must not change: nothing was booked before it
    ],
)
def test_one_more_after_a_booked_series(practice: Practice, booked: bool, said: str, refused: bool) -> None:
    name, _, _ = _short_pt_authorization(practice)
    with practice.engine.begin() as conn:
        # her authorization in force ends Sat Dec 5, 2026 (visits next week still covered)
        conn.execute(
            text(
                "UPDATE prior_authorization SET end_date = :e WHERE discipline = 'PT' AND status = 'approved' "
                "AND end_date >= :t AND patient_id = "
                "(SELECT id FROM patient WHERE first_name || ' ' || last_name = :n)"
            ),
            {"e": date(2026, 12, 5), "n": name, "t": date(2026, 11, 24)},
        )
        conn.execute(
            text(
                "DELETE FROM appointment WHERE starts_at > :t AND patient_id = "
                "(SELECT id FROM patient WHERE first_name || ' ' || last_name = :n)"
            ),
            {"n": name, "t": date(2026, 11, 25)},
        )
    chat = _ask(practice, FRONT_DESK, f"hows {name} doing on visits")["conversation_id"]
    if booked:
        proposed = _ask(practice, FRONT_DESK, "book her tues and thurs next week at 11", chat)
        assert proposed["proposal"], proposed["answer"]
        done = _ask(practice, FRONT_DESK, "yep", chat)
        assert done["answer"].startswith("Booked 2 visits"), done["answer"]
    count = _count(practice)
    reply = _ask(practice, FRONT_DESK, said, chat)
    assert reply["proposal"] is None, reply["answer"]
    assert ("authorization ended on 12/05/2026" in reply["answer"]) is refused, reply["answer"]
    assert _count(practice) == count


def test_one_more_is_proposed_at_the_series_time(practice: Practice) -> None:
    # no authorization to stop it: the one more visit is proposed (never booked) at the time of the series
    name = _no_auth_patient(practice)
    chat = _ask(practice, FRONT_DESK, f"book {name} tues and thurs next week at 11")
    assert chat["proposal"], chat["answer"]
    done = _ask(practice, FRONT_DESK, "yep", chat["conversation_id"])
    assert done["answer"].startswith("Booked"), done["answer"]
    count = _count(practice)
    reply = _ask(practice, FRONT_DESK, "and the last one the 8th?", chat["conversation_id"])
    if reply["proposal"] is not None:
        assert "Tue Dec 8, 11:00 AM" in reply["answer"], reply["answer"]
    else:
        assert "Tue Dec 8" in reply["answer"], reply["answer"]
    assert _count(practice) == count
