"""Kinds of turns staff say that were answered with the generic "I can't answer that" (issue #19): a visit
asked as attended or still on ("did Stephanie come fri", "Amy still shows on memorial day??"), a message
asked to be left for someone ("ok msg Kyle"), an hour of a schedule asked blocked ("block my 12 today"),
charts opened asked of as such ("anyone access charts over the weekend"), a test score asked for ("berg
scores"), "when do i see her next" (a visit, not whether to treat), a KPI asked again with a day left out
("exclude the holiday") or after a message not understood ("and this week so far"), and a yes said after
other talk with nothing proposed ("she says fine, do it"). Each table has phrasings that must NOT change."""

from datetime import date

import pytest
from conftest import Practice

from assistant.engine import CHANGE_ASKED, KPI_LEFT_OUT, YES_SAID_LAST
from assistant.service import ask
from assistant.understand import slots

TODAY = date(2027, 6, 1)  # a Tuesday

pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("Amy still shows on memorial day?? she said nobody called her", "visits"),
        ("did Stephanie come fri", "visits"),
        ("did stephanie come in fri", "visits"),
        ("Rose still shows on thursday?", "visits"),
        ("did Mark make it yesterday", "visits"),
        ("when do i see her next", "visits"),
        # unchanged
        ("did my 2:00 show", "no_shows"),
        ("did she show up monday", "no_shows"),
        ("no show her, she never showed", "no_shows"),
        ("do we still see her", "clinical"),
        ("can we still see him", "clinical"),
    ],
)
def test_a_visit_asked(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said


@pytest.mark.parametrize(
    ("said", "why"),
    [
        ("ok msg Kyle", "messages"),
        ("msg Kyle Chen", "messages"),
        ("ok leave a msg for Katherine to call her", "messages"),
        ("can you send a message to dr lee", "messages"),
        ("text them?", "messages"),
        ("block my 12 today so i can catch up", "blocking"),
        ("block off an hour for me fri", "blocking"),
        ("block her lunch tomorrow", "blocking"),
        ("anyone access charts over the weekend", "audit log"),
        ("did anybody open her chart sunday", "audit log"),
        ("Carolyn Mitchell berg scores", "outcome measures"),
        ("what was the 6mwt", "outcome measures"),
        ("her lefs at eval", "outcome measures"),
        ("tug time last visit", "outcome measures"),
    ],
)
def test_a_request_declined_with_its_reason(said: str, why: str) -> None:
    frame = slots(said, TODAY)
    assert frame.intent == "restricted", said
    assert why in frame.refusal, (said, frame.refusal)


@pytest.mark.parametrize(
    "said",
    [
        "book Ms Berg at 3",
        "anne berg next visit",
        "message me when she comes",
        "whats her balance",
        "when is Kyle's 12 today",
    ],
)
def test_not_declined(said: str) -> None:
    assert slots(said, TODAY).intent != "restricted", said


@pytest.mark.parametrize(
    ("said", "left_out"),
    [
        ("exclude the holiday", True),
        ("without memorial day", True),
        ("leave out the 31st", True),
        ("not counting the day we were closed", True),
        ("and this week so far", False),
        ("vs april", False),
        ("without her copay", False),
    ],
)
def test_a_day_left_out_of_a_kpi(said: str, left_out: bool) -> None:
    assert bool(KPI_LEFT_OUT.search(said)) is left_out, said


@pytest.mark.parametrize(
    ("said", "yes_to_nothing"),
    [
        ("she says fine, do it", True),
        ("ok she said yes go ahead", True),
        ("mom says ok, go for it", True),
        ("he said that works, book it", False),  # names the change: read as a request
        ("she says fine, book it for tmrw", False),
        ("she said no", False),
        ("she says fine", False),
        ("do it", False),  # a bare yes is answered elsewhere
    ],
)
def test_a_yes_said_last(said: str, yes_to_nothing: bool) -> None:
    assert (bool(YES_SAID_LAST.search(said)) and not CHANGE_ASKED.search(said)) is yes_to_nothing, said


def _ask(practice: Practice, email: str, message: str, conversation_id: int | None = None) -> dict:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, email, "test")
    with practice.session() as session:
        return ask(session, actor=actor, text=message, conversation_id=conversation_id)


def test_a_kpi_followed_past_a_message_not_understood(practice: Practice) -> None:
    owner = "owner@practice.example.org"
    first = _ask(practice, owner, "denial rate last month")
    chat = first["conversation_id"]
    left_out = _ask(practice, owner, "exclude the holiday", chat)
    assert "can't leave single days out" in left_out["answer"], left_out["answer"]
    assert "Denial rate" in left_out["answer"] or "—" in left_out["answer"], left_out["answer"]
    _ask(practice, owner, "hmm the blue ones", chat)  # not understood: the topic stays
    week = _ask(practice, owner, "and this week so far", chat)
    assert "—" in week["answer"] and not week["proposal"], week["answer"]


def test_a_yes_to_nothing_asks(practice: Practice) -> None:
    reply = _ask(practice, "frontdesk1@riverside.example.org", "she says fine, do it")
    assert "nothing waiting" in reply["answer"] and "?" in reply["answer"], reply["answer"]
    assert not reply["proposal"]


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("ya her. Green, Terry", "Green, Terry"),
        ("yes that one - Terry Green", "Terry Green"),
        ("her, Mark Diaz", "Mark Diaz"),
        # unchanged: no name said back
        ("her next visit", None),
        ("him, cancel it", None),
        ("ya her", None),
        ("yes her balance pls", None),
        ("yeah her. what does she owe", None),
    ],
)
def test_a_name_said_back(said: str, name: str | None) -> None:
    import re

    from assistant.engine import WHO_CONFIRMED
    from assistant.understand import STOP

    found = WHO_CONFIRMED.match(said)
    back = (
        found["name"]
        if found
        and re.fullmatch(r"[A-Za-z'-]+,?\s+[A-Za-z'-]+\W*", found["name"])
        and not any(w.lower() in STOP for w in re.findall(r"[A-Za-z'-]+", found["name"]))
        else None
    )
    assert back == name, said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("Marilyn Woods says she paid 30 on monday by card", "last_payment"),
        ("he claims he already paid $45", "last_payment"),
        ("did she pay", "last_payment"),
        ("she paid her copay?", "insurance"),  # unchanged
    ],
)
def test_a_payment_said_as_made(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("Alan Carter wants to start on the 1st", "book"),
        ("Emma wants to come back in 2 wks", "book"),
        ("she wants to come back", "book"),
        ("he'd like to come back next month", "book"),
        # unchanged
        ("when is she back in", "visits"),
        ("she wants to come back to pick up her brace", "clinical"),
    ],
)
def test_a_first_or_return_visit_wanted(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("whats Barbara Simpson's berg trend since eval", "restricted"),
        ("pt asking if her mri results came back and what they say", "restricted"),
        ("june numbers?", "kpi"),
        ("how did we do last quarter on first pass", "kpi"),
        ("Teresa says she mailed a check last wk, did it come", "last_payment"),
        ("Isabella Mendez paid 20 cash just now, put it on her acct", "last_payment"),
        ("did i see shaw last week", "last_appointment"),
        # unchanged
        ("may kpis", "kpi"),
        ("the numbers for her visits", "visits"),
        ("did she pay", "last_payment"),
    ],
)
def test_more_kinds_read(said: str, intent: str) -> None:
    assert slots(said, TODAY).intent == intent, said
