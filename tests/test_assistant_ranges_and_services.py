"""Figures over a range said as staff say it ("q2", "end of q", "last 2 wks", "last 10 business days",
"the first full week of q3"), figures compared ("vs march" after a figure compares that figure's range with
March, never the month to date with February), and timed services said by name in a units question
("33 min ther ex + 7 manual", "cog tx 32 min"). Tables of phrasings with must-not-change rows, then the
same on the demo clinic."""

from datetime import date

import pytest
from conftest import Practice

from assistant.service import ask
from assistant.understand import minutes_by_code, period_of, slots

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
pytestmark = pytest.mark.usefixtures("demo_clock")

OWNER = "owner@practice.example.org"
THERAPIST = "pt1@riverside.example.org"

FRI = date(2027, 7, 9)  # a Friday in Q3


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("now q2", (date(2027, 4, 1), date(2027, 6, 30))),
        ("whats q3 look like so far", (date(2027, 7, 1), FRI)),
        ("q4 numbers", (date(2026, 10, 1), date(2026, 12, 31))),  # not begun: last year's
        ("3rd quarter denials", (date(2027, 7, 1), FRI)),
        ("second qtr collections", (date(2027, 4, 1), date(2027, 6, 30))),
        ("on track for 97% clean claims by end of q?", (date(2027, 7, 1), FRI)),
        ("qtd revenue", (date(2027, 7, 1), FRI)),
        ("how'd we do the first full week of q3", (date(2027, 7, 5), date(2027, 7, 9))),
        ("no show rate last 2 wks", (date(2027, 6, 25), FRI)),
        ("documentation time per note last 10 business days", (date(2027, 6, 28), FRI)),
        ("cancellations past 3 weeks", (date(2027, 6, 18), FRI)),
        # must not change
        ("last month", (date(2027, 6, 1), date(2027, 6, 30))),
        ("this month", (date(2027, 7, 1), FRI)),
        ("march", (date(2027, 3, 1), date(2027, 3, 31))),
        ("last 30 days", (date(2027, 6, 9), FRI)),
        ("last week", (date(2027, 6, 28), date(2027, 7, 4))),
        ("last quarter", (date(2027, 4, 1), date(2027, 6, 30))),
        ("ytd", (date(2027, 1, 1), FRI)),
        ("cancel her thursday visit", None),
        ("whats on friday", None),
        ("the quick brown fox", None),
    ],
)
def test_period_said(text: str, period: tuple[date, date] | None) -> None:
    assert period_of(text, FRI) == period


def test_business_days_from_a_weekend() -> None:
    saturday = date(2027, 7, 10)
    assert period_of("last 1 business days", saturday) == (FRI, saturday)
    assert period_of("last 5 business days", saturday) == (date(2027, 7, 5), saturday)


@pytest.mark.parametrize(
    ("text", "kpi"),
    [
        ("doc time per note in aug, scribe users only", True),
        ("avg documentation time per note last month", True),
        ("q3 projections", True),
        ("whats q3 look like so far", True),
        ("on track for 97% clean claims by end of q?", True),
        # must not change: not figures
        ("auths expiring by end of q", False),
        ("book her q2 weeks on tuesdays", False),
        ("cancel rose ford thursday", False),
        ("whens mary smith next", False),
    ],
)
def test_figures_asked(text: str, kpi: bool) -> None:
    assert (slots(text, FRI).intent == "kpi") == kpi, slots(text, FRI).intent


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("33 min ther ex + 7 manual medicare how many units", {"97110": 33, "97140": 7}),
        ("24 min neuro re ed and 23 ther ex medicare units", {"97112": 24, "97110": 23}),
        ("5 min ther ex 4 min manual, anything billable", {"97110": 5, "97140": 4}),
        ("cog tx 32 min alone what do i bill", {"97129": 32}),
        ("32 min of cognitive tx by itself, what codes", {"97129": 32}),
        ("12 min gait and 20 min of therapeutic activities, units?", {"97116": 12, "97530": 20}),
        # must not change
        ("97110 x 23 min and 15 min 97140 how many units", {"97110": 23, "97140": 15}),
        ("she did manual labor for 20 years", {}),
        ("her 9:30 manual therapy visit", {}),
        ("book 2 ther ex visits", {}),
    ],
)
def test_services_by_name(text: str, minutes: dict[str, int]) -> None:
    assert minutes_by_code(text) == minutes
    if minutes:
        assert slots(text, FRI).intent == "units_rule"


@pytest.mark.parametrize(
    ("turns", "wanted"),
    [
        (["33 min ther ex + 7 manual medicare how many units"], ["= 3 units", "97110 x2", "97140 x1"]),
        (["5 min ther ex 4 min manual, anything billable"], ["= 1 unit "]),
        (["cog tx 32 min alone what do i bill"], ["97129 x1", "97130 x1"]),
        (
            ["24 min neuro re ed and 23 ther ex medicare units", "and for a payer that goes per code"],
            ["97112 x2", "97110 x2"],
        ),
    ],
)
def test_units_of_services_on_the_demo(practice: Practice, turns: list[str], wanted: list[str]) -> None:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, THERAPIST, "test")
        chat = None
        for said in turns:
            reply = ask(session, actor=actor, text=said, conversation_id=chat)
            chat = reply["conversation_id"]
    for part in wanted:
        assert part in reply["answer"], reply["answer"]
    assert reply["proposal"] is None


def test_figures_over_quarters_and_compared_on_the_demo(practice: Practice) -> None:
    from core.users.service import actor_by_email

    with practice.session() as session:
        actor = actor_by_email(session, OWNER, "test")
        first = ask(session, actor=actor, text="no show rate last month")
        chat = first["conversation_id"]
        assert "Oct 01 to Oct 31, 2026" in first["answer"], first["answer"]
        quarter = ask(session, actor=actor, text="now q3", conversation_id=chat)
        # the figure asked before, over Q3
        assert quarter["answer"].startswith("Jul 01 to Sep 30, 2026"), quarter["answer"]
        assert "No-show rate" in quarter["answer"] and "Clean-claim" not in quarter["answer"]
        compared = ask(session, actor=actor, text="vs q2", conversation_id=chat)
        # Q3 (the range asked just before) against Q2, never the month to date against the month before
        assert compared["answer"].startswith("Jul 01 to Sep 30, 2026"), compared["answer"]
        assert "Compared with Apr 01 to Jun 30, 2026" in compared["answer"], compared["answer"]
        year = ask(session, actor=actor, text="aug vs the same month last yr", conversation_id=chat)
        assert year["answer"].startswith("Aug 01 to Aug 31, 2026"), year["answer"]
        assert "Compared with Aug 01 to Aug 31, 2025" in year["answer"], year["answer"]
        notes = ask(session, actor=actor, text="doc time per note last 2 wks")
        assert notes["answer"].startswith("Nov 10 to Nov 24, 2026"), notes["answer"]
        assert "ocumentation" in notes["answer"], notes["answer"]
    for reply in (first, quarter, compared, year, notes):
        assert reply["proposal"] is None
