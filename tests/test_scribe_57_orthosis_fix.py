"""An orthosis "fix" is its adjustment (#17, blind35 al_pt16): "that brace check and fitting fix was eleven
minutes" is orthotic management at a later encounter (97763), as "brace check and adjustment" already was;
the minutes were lost. A brace fitting, "the brace stuff", a fix put off to the next visit stay as they
were."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        (
            "PT",
            [
                (T, "that brace check and fitting fix was eleven minutes"),
                (T, "you are doing well with yours gait was twelve minutes"),
            ],
            {"97763": 11, "97116": 12},
        ),
        ("OT", [(T, "The splint fix took ten minutes.")], {"97763": 10}),
        # must not change
        ("PT", [(T, "Brace check and adjustment, eight minutes.")], {"97763": 8}),
        ("PT", [(T, "Brace fitting, twelve minutes.")], {"97760": 12}),
        ("PT", [(T, "The brace stuff was ten minutes.")], {"97760": 10}),
        ("PT", [(T, "We'll fix the brace next time. Gait training ten minutes.")], {"97116": 10}),
    ],
)
def test_orthosis_fix(discipline, said, minutes):
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == minutes
