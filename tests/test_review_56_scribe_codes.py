"""Review of 80a30b1 (#17), the scribe's new code rules, with sentences a clinician says that they must
not change:
- "Usually ten minutes." is how long a thing takes as a rule, but "generally about twelve minutes of manual
  today" is the block, hedged: a service or this visit named after the figure keeps it;
- "equipment training" at a PT visit is gait training only when the walking aid is what the training is
  with ("equipment training with the new walker"), not an aid said elsewhere in the sentence ("for the
  wheelchair, she can leave the cane behind") nor a thing hung on one ("the walker tray");
- the clause after a co-treating clinician's own minutes stays this note's only when it names another
  service than theirs ("The OT's minutes for the transfers go on her note, and the transfers took twelve
  minutes" is theirs said again);
- "activities of daily living" with "her", "his", "your" before it is how long the patient's own day takes
  ("She needs about twenty minutes for her activities of daily living"), not a service done."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        # fixed here: a hedged figure of today's block
        (
            "PT",
            [(T, "We did manual, generally about twelve minutes of manual today on the lumbar spine.")],
            {"97140": 12},
        ),
        (
            "PT",
            [(T, "Usually twelve minutes of manual on her neck, and that's what we did today.")],
            {"97140": 12},
        ),
        # must not change: how long a thing takes as a rule
        (
            "PT",
            [(T, "The bike is usually ten minutes."), (T, "She did twelve minutes on the bike.")],
            {"97110": 12},
        ),
        (
            "PT",
            [
                (T, "Now tandem stance at the counter."),
                (P, "How long does the drill take?"),
                (T, "Usually ten minutes. They'll give the all clear."),
                (T, "Balance work before the drill was fourteen minutes."),
            ],
            {"97112": 14},
        ),
        # fixed here: the aid is not what the training is with
        (
            "PT",
            [(T, "Equipment training with the reacher while she stood at her walker, twelve minutes.")],
            {"97535": 12},
        ),
        (
            "PT",
            [
                (
                    T,
                    "Equipment training for the tub bench, then she walked back with the walker, twelve minutes.",
                )
            ],
            {"97535": 12},
        ),
        ("PT", [(T, "Equipment training with the walker tray, twelve minutes.")], {"97535": 12}),
        # must not change: training with the walking aid itself; other equipment
        ("PT", [(T, "Equipment training with the walker, twelve minutes.")], {"97116": 12}),
        ("PT", [(T, "Equipment training on the cane, ten minutes.")], {"97116": 10}),
        (
            "PT",
            [(T, "We did equipment training with the new front wheeled walker for twelve minutes.")],
            {"97116": 12},
        ),
        ("PT", [(T, "We did equipment training with the wheelchair for twelve minutes.")], {"97542": 12}),
        (
            "PT",
            [(T, "We did equipment training with the reacher and sock aid for twelve minutes.")],
            {"97535": 12},
        ),
        (
            "OT",
            [(T, "Equipment training with the new walker in the bathroom, twelve minutes.")],
            {"97535": 12},
        ),
        # fixed here: the other clinician's service said again
        (
            "PT",
            [
                (
                    T,
                    "The OT's minutes for the transfers go on her note, and the transfers took twelve minutes.",
                )
            ],
            {},
        ),
        ("PT", [(T, "My minutes for gait go on my note, and the gait was twelve minutes.")], {}),
        # must not change: a service of this clinician's own after theirs
        (
            "PT",
            [(T, "My minutes for gait go on my note, and the balance was twelve minutes.")],
            {"97112": 12},
        ),
        ("OT", [(T, "My minutes for the kitchen reaching go on my note, twelve minutes.")], {}),
        # fixed here: how long the patient's own daily activities take, said at the visit
        (
            "OT",
            [(T, "She needs about twenty minutes for her activities of daily living in the morning.")],
            {},
        ),
        (
            "OT",
            [
                (P, "Getting dressed takes me forty minutes."),
                (T, "Your activities of daily living take forty minutes, okay."),
            ],
            {},
        ),
        # must not change: the service named so
        ("OT", [(T, "Her activities of daily living training was thirteen minutes.")], {"97535": 13}),
        ("OT", [(T, "The activities of daily living tasks were twelve minutes.")], {"97535": 12}),
        ("OT", [(T, "We did activities of daily living, twelve minutes.")], {"97535": 12}),
        # must not change: "done" after another block is that block's minutes
        (
            "PT",
            [
                (T, "Ten minutes on the bike first."),
                (T, "Now standing balance on the foam, feet together."),
                (P, "Wobbly."),
                (T, "Ten minutes done. Onto the table."),
            ],
            {"97110": 10, "97112": 10},
        ),
    ],
)
def test_minutes_of_each_service(discipline, said, minutes):
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes
