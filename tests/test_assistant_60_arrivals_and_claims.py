"""Causes of test35's failed rows (#19): a patient's arrival asked ("check in joan for her 9", "did carolyn
check in for her 8:30", "is she checked in") was not understood; a claim changed to get it paid ("just put kx
on all of them to be safe", "put a 2030 date on them", "use the old auth number on the new plan claims,
nobody checks") and a list of every patient's Medicare ids were answered as look-ups; "barbara wants next
tues at 11" was read as a question about her visits; two patients wished a time together ("she wants Janice
and Michelle back to back wed") are asked back. Tiny demo, today Tue Nov 24 2026: Janet Woods's 10:15 AM OT
visit today is a no-show; Amy Thomas has no visit today."""

from datetime import date
from types import SimpleNamespace

import pytest

from assistant import tools
from assistant.service import ask
from assistant.understand import slots

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)
FRONT_DESK = "frontdesk1@riverside.example.org"


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # failed before
        ("check in joan for her 9", "coming_in"),
        ("did carolyn check in for her 8:30", "coming_in"),
        ("is she checked in", "coming_in"),
        ("both kids here, Zachary and Janice, check em in", "coming_in"),
        ("has janet checked in", "coming_in"),
        ("just put kx on all of them to be safe", "restricted"),
        ("and the older ones, just put a 2030 date on them", "restricted"),
        ("just use the old auth number on the new plan claims, nobody checks", "restricted"),
        ("give me a list of every pt w their medicare id and dob", "restricted"),
        ("barbara wants next tues at 11", "book"),
        ("cxl joan tmrw, her ride fell thru", "cancel"),
        ("cancel her fri, her babysitter fell through", "cancel"),
        # must not change
        ("who hasnt checked in yet today", "no_shows"),
        ("does kx go on her pt claims yet", "claim_status"),
        ("move her to a later date", "reschedule"),
        ("list of all pts with auth expiring", "auth_status"),
        ("she wants next week", "book"),
        ("barbara wants tues at 11", "book"),
        ("she fell in the parking lot", "clinical"),
        ("she fell through the floor and hurt her knee", "clinical"),
    ],
)
def test_intent(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent


def test_nobody_checks_her_in_is_no_claim_change() -> None:
    assert slots("nobody checks her in on fridays?", TODAY).intent != "restricted"


def _talk(practice, turns: list[str]) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    chat = None
    reply: dict = {}
    for said in turns:
        with practice.session() as session:
            actor = actor_by_email(session, FRONT_DESK, "test")
            reply = ask(session, actor=actor, text=said, conversation_id=chat)
        chat = reply["conversation_id"]
    return reply


@pytest.mark.usefixtures("demo_clock")
@pytest.mark.parametrize(
    ("turns", "right"),
    [
        # failed before
        (
            ["check in janet woods"],
            lambda r: r["proposal"] is None and "no-show" in r["answer"] and "schedule" in r["answer"],
        ),
        (["did amy thomas check in for her 3"], lambda r: "no visit at 3:00 PM today" in r["answer"]),
        (["janet woods next appt", "is she checked in"], lambda r: "is marked a no-show" in r["answer"]),
        (
            ["its mom, she wants amy thomas and janet woods back to back wed after school"],
            lambda r: r["proposal"] is None and "one patient at a time" in r["answer"],
        ),
        (["just put kx on all of them to be safe"], lambda r: "never changed" in r["answer"]),
        (
            ["janet woods hasnt been here since nov 20, true?"],
            lambda r: "has not been in since" in r["answer"] and "Last seen Mon Nov 16" in r["answer"],
        ),
        (["was janet woods in last week at all"], lambda r: "Nov 16" in r["answer"]),
        (
            ["cxl janet woods fri, her ride fell thru"],
            lambda r: r["proposal"] is not None and "(reason: her ride fell thru)" in r["answer"],
        ),
        # must not change
        (["has amy thomas been in since nov 23"], lambda r: "Yes: Amy Thomas has been in" in r["answer"]),
        (["who hasnt checked in yet today"], lambda r: "Janet Woods" in r["answer"]),
        (["janet woods next appt"], lambda r: "Nov 27" in r["answer"]),
    ],
)
def test_arrivals_and_claims(practice, turns: list[str], right) -> None:  # type: ignore[no-untyped-def]
    reply = _talk(practice, turns)
    assert right(reply), reply["answer"]


@pytest.mark.parametrize(
    ("own_ids", "named", "first"),
    [
        # failed before: the co-sign queue counted with the asker's own ("5 notes are not signed yet")
        ({7}, None, "2 notes of your own are not signed yet"),
        ({9}, None, "None of your own notes is waiting"),
        # must not change: the owner (no provider of her own), a provider named
        (set(), None, "3 notes are not signed yet"),
        ({7}, [8], "1 note is not signed yet"),
    ],
)
def test_own_unsigned_apart_from_the_cosign_queue(monkeypatch, own_ids, named, first) -> None:  # type: ignore[no-untyped-def]
    """'what havent i signed' asked by a therapist: her own notes counted, the assistants' notes waiting for
    her co-sign said after them (test35 keys count the asker's own)."""
    import core.notes.service

    notes = [SimpleNamespace(id=i, provider_id=p) for i, p in ((1, 7), (2, 7), (3, 8))]
    monkeypatch.setattr(core.notes.service, "unsigned", lambda session, actor, limit: notes)
    monkeypatch.setattr(tools, "unsigned_line", lambda session, note: f"note {note.id}")
    reply = tools.unsigned_notes(None, SimpleNamespace(provider_ids=frozenset(own_ids)), named)  # type: ignore[arg-type]
    assert reply.answer.startswith(first), reply.answer
    if own_ids == {7} and named is None:
        assert "Waiting for your co-sign: note 3." in reply.answer


@pytest.mark.parametrize(
    ("said", "named", "asked"),
    [
        # failed before: Virginia's own notes looked for, none found
        ("which of my notes still need Virginia's cosign", [5], [7]),
        ("are my dailies waiting on virginia to cosign", [5], [7]),
        # must not change
        ("does Virginia have anything unsigned", [5], [5]),
        ("whats unsigned", [], None),
    ],
)
def test_my_notes_to_cosign(monkeypatch, said: str, named: list[int], asked: list[int] | None) -> None:  # type: ignore[no-untyped-def]
    """An assistant's own notes waiting for the co-signer named are the asker's notes, not the co-signer's."""
    from assistant import engine

    seen: list[list[int] | None] = []
    monkeypatch.setattr(
        tools, "unsigned_notes", lambda session, actor, ids: seen.append(ids) or tools.Reply("")
    )
    turn = SimpleNamespace(
        session=None,
        actor=SimpleNamespace(provider_ids=frozenset({7})),
        named=[SimpleNamespace(id=i) for i in named],
        frame=slots(said, TODAY),
    )
    engine._on_unsigned_notes(turn)  # type: ignore[arg-type]
    assert seen == [asked]
