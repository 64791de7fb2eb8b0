"""Fixes of the review of 24a813eb (#19), said in new words: a bare weekday a visit is moved to is that day of
the visit's own week while still ahead, a weekday fixed after it ("fri next week") is kept; an ex-partner
after a name ending in s is declined, the patient's own mention of her ex is not; a group code typed with a
space is explained; "her" after two patients named together is asked. Tiny demo, today Tue Nov 24 2026:
Janet Woods OT Fri Nov 27, Mon Nov 30, Wed Dec 2, Mon Dec 7 10:15 AM; Amy Thomas SLP Wed Nov 25, Fri Nov 27,
Mon Nov 30, Fri Dec 4 3:00 PM. Nothing is confirmed: no row writes."""

import pytest

from assistant.service import ask

DEMO_SIZE = "tiny"
pytestmark = pytest.mark.usefixtures("demo_clock")

FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
DECLINED = "nothing about a patient's visits or care goes to anyone else"


def _talk(practice, turns: list[str], who: str = FRONT_DESK) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    chat = None
    reply: dict = {}
    for said in turns:
        with practice.session() as session:
            actor = actor_by_email(session, who, "test")
            reply = ask(session, actor=actor, text=said, conversation_id=chat)
        chat = reply["conversation_id"]
    return reply


def _says(*said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return lambda r: all(s in r["answer"] for s in said) and not any(u in r["answer"] for u in unsaid)


def _nothing_proposed(*said: str, unsaid: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return lambda r: r["proposal"] is None and _says(*said, unsaid=unsaid)(r)


def row(turns: list[str], right, id: str, who: str = FRONT_DESK):  # type: ignore[no-untyped-def]
    return pytest.param(turns, right, who, id=id)


ROWS = [
    row(
        ["move amy thomas fri dec 4 to thurs"],
        _says("Thu Dec 3", unsaid=("Dec 10",)),
        "fri-visit-to-thurs-is-the-day-before-in-its-week",
    ),
    row(
        ["move janet woods mon dec 7 to fri next week"],
        _says("Fri Dec 4", unsaid=("Dec 11",)),
        "fri-next-week-said-after-the-day-kept",
    ),
    row(
        ["amy thomas' ex is at the front desk asking when her next visit is"],
        _nothing_proposed(DECLINED, unsaid=("Nov 25", "3:00")),
        "ex-after-name-ending-in-s-declined",
    ),
    row(
        ["whats amy thomas balance, her ex was on her insurance"],
        _says("Amy Thomas owes", unsaid=(DECLINED,)),
        "patient-own-mention-of-her-ex-answered",
    ),
    row(
        ["what does oa 23 mean"],
        _nothing_proposed("CARC 23", "group OA"),
        "oa-space-23-explained",
        BILLER,
    ),
    row(
        ["whens amy thomas and janet woods next", "move her to mon"],
        _nothing_proposed("Which patient"),
        "her-after-two-named-asked",
    ),
]


@pytest.mark.parametrize(("turns", "right", "who"), ROWS)
def test_review_fixes(practice, turns, right, who) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns, who)
    assert right(reply), reply["answer"]
