"""Who a message names (issue 19): a first and last name that no patient has is said to be no patient's,
never taken for the nearest one ("cancel Rose Ford thursday" once proposed Barbara Ford's visit); a
surname several patients share is asked back, naming each of them; a nickname or a typo of a real name
still finds her. The names are drawn from the demo practice, so each case holds whatever its seed."""

import pytest
from conftest import Practice
from rapidfuzz import fuzz
from sqlalchemy import text

from assistant.engine import NICKNAMES
from assistant.service import ask

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

FRONT_DESK = "frontdesk1@riverside.example.org"


def _ask(practice: Practice, message: str) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, FRONT_DESK, "test")
        return ask(session, actor=actor, text=message, conversation_id=None)


def _patients(practice: Practice) -> list[tuple[str, str]]:
    with practice.engine.connect() as conn:
        return [
            (f, s)
            for f, s in conn.execute(text("SELECT first_name, last_name FROM patient WHERE clinic_id = 1"))
        ]


def _staff_words(practice: Practice) -> set[str]:
    with practice.engine.connect() as conn:
        names = [r[0] for r in conn.execute(text("SELECT full_name FROM provider"))]
    return {w.lower().strip(",.") for n in names for w in n.split(",")[0].split()}


def _shared_surname(practice: Practice) -> tuple[str, list[str]]:
    """A surname two to four patients of clinic 1 share, and their first names."""
    by_surname: dict[str, list[str]] = {}
    for first, last in _patients(practice):
        by_surname.setdefault(last, []).append(first)
    staff = _staff_words(practice)
    return next(
        (s, firsts)
        for s, firsts in sorted(by_surname.items())
        if 2 <= len(firsts) <= 4 and s.lower() not in staff and len(set(firsts)) == len(firsts)
    )


def _stranger(practice: Practice, surname: str, firsts: list[str]) -> str:
    """A patient's first name that none of the surname's patients has, nor anything like it."""
    staff = _staff_words(practice)
    own = [f.lower() for f in firsts]
    for first, _ in sorted(_patients(practice)):
        word = first.lower()
        forms = [word, *NICKNAMES.get(word, ())]
        if (
            word in staff
            or len(word) < 4
            or any(fuzz.ratio(f, o) >= 75 or o.startswith(word) for f in forms for o in own)
        ):
            continue
        return first
    raise AssertionError("no first name to pair with the surname")


@pytest.mark.parametrize(
    "said",
    [
        "cancel {first} {last} thursday",
        "cancel {lfirst} {llast} thursday",
        "can you move {first} {last} to friday at 10",
        "{last}, {first} next appt?",
        "cx {lfirst} {llast} tmrw pls",
        "what does {first} {last} owe",
        "book {first} {last} monday at 2 with whoever is free",
    ],
)
def test_a_name_no_patient_has_is_said_so_never_the_nearest(practice: Practice, said: str) -> None:
    surname, firsts = _shared_surname(practice)
    first = _stranger(practice, surname, firsts)
    message = said.format(first=first, last=surname, lfirst=first.lower(), llast=surname.lower())
    reply = _ask(practice, message)
    assert reply["proposal"] is None, reply["answer"]
    assert "could not find a patient by that name" in reply["answer"], reply["answer"]
    assert f"{first} {surname}" not in reply["answer"], reply["answer"]  # the name typed is not said back
    # the choices are named, for the person to pick from, never taken for her
    for other in firsts:
        assert f"{other} {surname}" in reply["answer"], reply["answer"]


@pytest.mark.parametrize(
    "said",
    [
        "cancel {last} thursday",
        "bump {last} to friday",
        "book {last} friday at 2",
        "move {llast} from monday to tuesday same time",
        "when is {last} next",
        "how many visits left on {llast}'s auth",
    ],
)
def test_a_surname_several_patients_share_is_asked_naming_each(practice: Practice, said: str) -> None:
    surname, firsts = _shared_surname(practice)
    reply = _ask(practice, said.format(last=surname, llast=surname.lower()))
    assert reply["proposal"] is None, reply["answer"]
    assert "Which patient" in reply["answer"], reply["answer"]
    for first in firsts:
        assert f"{first} {surname}" in reply["answer"], reply["answer"]


@pytest.mark.parametrize(
    "said",
    [
        "when is {nick} {last} next",
        "{last}, {nick} - next appt?",
        "when's {typo} {last} back in",
    ],
)
def test_a_nickname_or_a_typo_of_her_own_name_still_finds_her(practice: Practice, said: str) -> None:
    patients = _patients(practice)
    surnames = [s for _, s in patients]
    nick, first, last = next(
        (n, f, s)
        for n, formal in sorted(NICKNAMES.items())
        for f, s in sorted(patients)
        if f.lower() == formal[0] and surnames.count(s) == 1 and len(n) >= 3
    )
    typo = first[0] + first[2] + first[1] + first[3:]  # two letters swapped, as typed in a hurry
    reply = _ask(practice, said.format(nick=nick, last=last, typo=typo.lower()))
    assert f"{first} {last}" in reply["answer"], reply["answer"]
    assert "no patient named" not in reply["answer"], reply["answer"]


@pytest.mark.parametrize(
    "said",
    ["mark {last} as a no show for this morning", "bill {last}'s eval from monday", "bump {last} to friday"],
)
def test_a_verb_before_her_name_is_no_first_name(practice: Practice, said: str) -> None:
    surname, firsts = _shared_surname(practice)
    reply = _ask(practice, said.format(last=surname))
    assert "no patient named" not in reply["answer"], reply["answer"]
    assert reply["proposal"] is None, reply["answer"]
