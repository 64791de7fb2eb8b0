"""Words that named a service the clinician did not do (#17, the known false prompts):

- an instruction to the patient for another time, "You can use a kickboard for ten minutes at the pool on
  your own", "you can ride the bike for ten minutes at the gym": a home program, not a service (the
  clause's cut at its minutes left "on your own" out); "you can do the bands now" is this visit's;
- "I was thinking block practice ...": "thinking" as the speaker's verb is no cognitive block (97129),
  as "the thinking block" is."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        # fail before: a service read from an instruction or a verb
        ("PT", [(T, "You can use a kickboard for ten minutes at the pool on your own.")], {}),
        ("PT", [(T, "You can ride the bike for ten minutes at the gym.")], {}),
        ("OT", [(T, "I was thinking block practice for ten minutes.")], {}),
        # must not change
        ("PT", [(T, "Twelve minutes of kickboard work in the pool.")], {"97113": 12}),
        ("PT", [(T, "Okay you can do the bands now, ten minutes.")], {"97110": 10}),
        ("PT", [(T, "Ten minutes of ther ex. You can rest now.")], {"97110": 10}),
        ("SLP", [(T, "The thinking block was eighteen minutes.")], {"97129": 15, "97130": 3}),
        ("OT", [(T, "Thinking tasks twenty minutes.")], {"97129": 15, "97130": 5}),
    ],
)
def test_no_service_from_an_instruction_or_a_verb(discipline, said, minutes):
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes
