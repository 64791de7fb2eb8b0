"""#19, stop 56: two patients share a first name ("whens sarah in" -> "Which patient: Sarah Price ... or Sarah
Snyder ...?"), one is picked ("the older one"), and the other is then asked about by her first name ("and
the other sarah tmrw still on?", "does the other sarah have anything"): the other one offered, never the
question asked again. Must not change: "the other sarah" with no Sarah talked of is no pick; "the other one"
is read as before; "the other Butler" (a surname) still finds the other of that surname."""

import pytest
from conftest import Practice
from sqlalchemy import text
from test_assistant_pending_changes import FRONT_DESK, _ask

DEMO_SIZE = "tiny"

pytestmark = pytest.mark.usefixtures("demo_clock")


def _pair(practice: Practice) -> tuple[str, list[tuple[str, str]]]:
    """A first name exactly two patients of the front desk's clinic share (born apart), oldest first."""
    with practice.engine.connect() as conn:
        first = conn.execute(
            text(
                """SELECT first_name FROM patient WHERE clinic_id = 1 GROUP BY first_name
                   HAVING COUNT(*) = 2 AND COUNT(DISTINCT birth_date) = 2
                   AND COUNT(DISTINCT last_name) = 2 ORDER BY first_name LIMIT 1"""
            )
        ).scalar_one()
        rows = conn.execute(
            text(
                "SELECT first_name, last_name FROM patient WHERE clinic_id = 1 AND first_name = :f "
                "ORDER BY birth_date"
            ),
            {"f": first},
        ).all()
    return str(first), [(str(r[0]), str(r[1])) for r in rows]


@pytest.mark.parametrize(
    "then", ["and the other {first} tmrw still on?", "does the other {first} have anything"]
)
def test_the_other_of_a_first_name_after_a_pick(practice: Practice, then: str) -> None:
    first, (older, younger) = _pair(practice)
    asked = _ask(practice, FRONT_DESK, f"whens {first.lower()} in")
    assert asked["answer"].startswith("Which patient:"), asked["answer"]
    chat = asked["conversation_id"]
    picked = _ask(practice, FRONT_DESK, "the older one", chat)
    assert f"{older[0]} {older[1]}" in picked["answer"], picked["answer"]
    other = _ask(practice, FRONT_DESK, then.format(first=first.lower()), chat)
    assert not other["answer"].startswith("Which patient"), other["answer"]
    assert f"{younger[0]} {younger[1]}" in other["answer"], other["answer"]
    assert f"{older[0]} {older[1]}" not in other["answer"], other["answer"]


def test_the_other_first_name_with_no_one_talked_of_is_no_pick(practice: Practice) -> None:
    first, _ = _pair(practice)
    alone = _ask(practice, FRONT_DESK, f"does the other {first.lower()} have anything")
    assert alone["answer"].startswith("Which patient:"), alone["answer"]
