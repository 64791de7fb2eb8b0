"""Review leftovers of #19 (worker C, stop 61), each read in general: a role change asked of the chat ("make me
a supervisor": answered "I can't answer that"); a plan said to be out of network ("hasnt been in network
since jan": nothing, where the record cannot know and must say so); a rebooking wish inside a cancel's why
("cancel her fri, she wants next week instead" took Friday of next week as the visit); a role refused without
saying who may ("put kx on ... she's over the threshold" by the front desk); who covers a provider's patients
("who covers kyles pts": a patient looked for); a reason code asked ("CO-15 on her claim" answered with her
CO-16 claim as if it were the one; "what does co-15 mean" asked which claim); "janet first, tmrw same time"
after "which one first?" (read as a look at her visits tomorrow). Tiny demo, today Tue Nov 24 2026: Janet
Woods OT Fri Nov 27 10:15 AM with Kyle Chen (her one denied claim is CARC 16), Amy Thomas SLP Wed Nov 25 and
Fri Nov 27 3:00 PM."""

from datetime import date

import pytest

from assistant.refusals import who_may
from assistant.service import ask
from assistant.understand import carc_said, slots

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)
FRONT_DESK = "frontdesk1@riverside.example.org"
BILLER = "biller1@billing.example.org"
OWNER = "owner@practice.example.org"
CANT = "I can't answer that from the record."


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        # failed before: out of scope
        ("make me a supervisor", "restricted"),
        ("can you make me the supervisor pls", "restricted"),
        ("promote her to biller", "restricted"),
        ("give me admin access", "restricted"),
        ("janet woods hasnt been in network since jan", "insurance"),
        ("is her plan still in network", "insurance"),
        # must not change
        ("make me an owner", "restricted"),
        ("change my role to owner", "restricted"),
        ("are we in network with medicare", "payer_accepted"),
        ("who is her supervisor", "out_of_scope"),
        ("make her first", "out_of_scope"),
    ],
)
def test_intent(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent


@pytest.mark.parametrize(
    ("said", "days", "reason"),
    [
        # failed before: Friday of next week (Dec 4), no reason
        ("cancel her fri, she wants next week instead", [date(2026, 11, 27)], "she wants next week instead"),
        # must not change
        ("cancel janet thu, she would like the week after next", [date(2026, 11, 26)], None),
        ("cancel her fri next week", [date(2026, 12, 4)], None),
        (
            "cancel janet woods fri, she wants to come mon after work instead",
            [date(2026, 11, 27)],
            "she wants to come mon after work instead",
        ),
    ],
)
def test_wish_in_a_cancel(said: str, days: list[date], reason: str | None) -> None:
    frame = slots(said, TODAY)
    assert [d.value for d in frame.days] == days
    if reason is not None:
        assert frame.reason == reason


@pytest.mark.parametrize(
    ("said", "code"),
    [("CO-15 on her claim", "15"), ("co 16?", "16"), ("carc 4", "4"), ("PR-1", "1"), ("co-pay is $20", None)],
)
def test_carc_said(said: str, code: str | None) -> None:
    assert carc_said(said) == code


@pytest.mark.parametrize(
    ("detail", "said"),
    [
        ("your role may not see claims", " Billing or the owner can see claims."),
        (
            "your role may not book, cancel or move visits",
            " The front desk or the owner can book, cancel or move visits.",
        ),
        ("not a role's words", ""),
    ],
)
def test_who_may(detail: str, said: str) -> None:
    assert who_may(detail) == said


def _ask(practice, who: str, turns: list[str]) -> dict:  # type: ignore[no-untyped-def]
    from core.users.service import actor_by_email

    chat = None
    reply: dict = {}
    for said in turns:
        with practice.session() as session:
            actor = actor_by_email(session, who, "test")
            reply = ask(session, actor=actor, text=said, conversation_id=chat)
        chat = reply["conversation_id"]
    return reply


@pytest.mark.usefixtures("demo_clock")
@pytest.mark.parametrize(
    ("who", "turns", "said", "unsaid"),
    [
        # failed before: "I can't answer that from the record."
        (FRONT_DESK, ["make me a supervisor"], "managed by the owner", CANT),
        (OWNER, ["make me the supervisor pls"], "managed by the owner", CANT),
        (FRONT_DESK, ["janet woods hasnt been in network since jan"], "is not in the record", CANT),
        # failed before: refused without saying who may
        (
            FRONT_DESK,
            ["put kx on janet woods claims she's over the threshold"],
            "Billing or the owner can",
            "KX modifier added",
        ),
        # failed before: "I could not find a patient by that name"
        (
            FRONT_DESK,
            ["kyle is on leave next week, who covers kyles pts"],
            "names no one covering for Kyle Chen",
            "could not find",
        ),
        # failed before: her CO-16 claim shown as the one asked
        (
            BILLER,
            ["janet woods CO-15 denial"],
            "No claim of Janet Woods on record was denied with reason code 15",
            "x",
        ),
        # failed before: "Which claim?"
        (
            BILLER,
            ["what does co-15 mean"],
            "CARC 15: the authorization number is missing or invalid",
            "Which claim",
        ),
        # failed before: her latest five claims, the denied one left out
        (BILLER, ["CO-16 on janet woods claim"], "CARC 16", "No claim of"),
        # must not change
        (FRONT_DESK, ["who covers kyles pts mon dec 7"], "Janet Woods", "could not find"),
        (FRONT_DESK, ["is kyle in next week"], "Kyle Chen works", "names no one covering"),
    ],
)
def test_reply(practice, who: str, turns: list[str], said: str, unsaid: str) -> None:  # type: ignore[no-untyped-def]
    reply = _ask(practice, who, turns)
    assert said in reply["answer"] and unsaid not in reply["answer"], reply["answer"]
    assert reply["proposal"] is None


@pytest.mark.usefixtures("demo_clock")
@pytest.mark.parametrize(
    ("turns", "proposed", "said"),
    [
        # failed before: "No: Janet Woods has no visit on Wed Nov 25, 2026" (a look, the move dropped)
        (
            ["move janet woods and amy thomas fri visits", "janet first, tmrw same time"],
            "reschedule",
            "to Wed Nov 25, 10:15 AM",
        ),
        # failed before: Friday of next week asked about
        (
            ["cancel janet woods fri, she wants next week instead"],
            "cancel",
            "reason: she wants next week instead",
        ),
        # must not change
        (
            ["move janet woods and amy thomas fri visits", "janet first"],
            None,
            "Where should Janet Woods's visit",
        ),
    ],
)
def test_change(practice, turns: list[str], proposed: str | None, said: str) -> None:  # type: ignore[no-untyped-def]
    reply = _ask(practice, FRONT_DESK, turns)
    assert (reply["proposal"] or {}).get("action") == proposed, reply["answer"]
    assert said in reply["answer"], reply["answer"]
