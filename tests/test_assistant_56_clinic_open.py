"""#19, stop 56: "are we open juneteenth", "is the clinic closed july 4", "are we open st patricks day" and,
after a day was talked of, "are we even open that day" are answered from the clinic calendar (a holiday it
closes on, or a weekday none of its providers works), with the day's visits beside; they were the help
list. A question of hours ("do we even open that early") and a day's search ("what's open juneteenth") are
read as before. The demo's today is Tue Nov 24, 2026."""

import pytest
from conftest import Practice
from test_assistant_pending_changes import FRONT_DESK, _ask

DEMO_SIZE = "tiny"

pytestmark = pytest.mark.usefixtures("demo_clock")


@pytest.mark.parametrize(
    ("chat", "said"),
    [
        (["are we open juneteenth"], "No, the clinic is closed on Sat Jun 19, 2027 (none of the clinic's"),
        (["are we open st patricks day"], "Yes, the clinic is open on Wed Mar 17, 2027: it is not a holiday"),
        (["is the clinic closed july 4"], "Yes, the clinic is closed on Sun Jul 4, 2027"),
        (
            ["is the clinic closed on thanksgiving?"],
            "Yes, the clinic is closed on Thu Nov 26, 2026 (Thanksgiving",
        ),
        (
            ["are we open christmas"],
            "No, the clinic is closed on Fri Dec 25, 2026 (Christmas Day, a holiday)",
        ),
        (["are we open monday"], "Yes, the clinic is open on Mon Nov 30, 2026"),
        (["are we open the 26th"], "No, the clinic is closed on Thu Nov 26, 2026 (Thanksgiving"),
        (
            ["who is on juneteenth", "are we even open that day"],
            "No, the clinic is closed on Sat Jun 19, 2027",
        ),
        (["is katherine hill in monday", "are we even open"], "Yes, the clinic is open on Mon Nov 30, 2026"),
        (["are we even open that day"], "Which day do you mean?"),
        # must not change: read as before
        (["are we open on memorial day"], "closed on Mon May 31, 2027 (Memorial Day"),
        (["what's open juneteenth"], "The clinic is closed on Sat Jun 19, 2027 (closed Saturdays)"),
        (["do we even open that early"], "I can't answer that from the record."),
        (["who is on juneteenth"], "No visits for the clinic on Sat Jun 19, 2027."),
    ],
)
def test_whether_the_clinic_is_open(practice: Practice, chat: list[str], said: str) -> None:
    conversation = None
    for message in chat:
        reply = _ask(practice, FRONT_DESK, message, conversation)
        conversation = reply["conversation_id"]
    assert said in reply["answer"], reply["answer"]
    assert reply["proposal"] is None, reply["answer"]
