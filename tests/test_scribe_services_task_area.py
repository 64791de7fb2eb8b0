"""A block of functional tasks named by the place or part of the visit it was ("twelve minutes of the
kitchen: getting the pan ..., carrying the laundry basket", "the kitchen part was fourteen minutes") is
therapeutic activities (97530), as "the kitchen tasks" is: the minutes go to that block, not to a tool named
in one of its tasks (the reacher, a self-care aid, 97535). blind20-test v_ot10 drafted 97535 x2 where its
key has 97535 + 97530. No model is loaded: services.find reads the words alone (#17)."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            (
                (
                    T,
                    "Then twelve minutes of the kitchen: getting the pan from the low cupboard with the "
                    "reacher, carrying the laundry basket on the walker tray.",
                ),
            ),
            {"97530": 12},
        ),
        (
            (
                (
                    T,
                    "So first the dressing with the reacher and the sock aid, the long shoehorn. Nineteen "
                    "minutes.",
                ),
                (P, "The sock aid's getting easier."),
                (
                    T,
                    "Then twelve minutes of the kitchen: getting the pan with the reacher, carrying the "
                    "basket.",
                ),
            ),
            {"97535": 19, "97530": 12},
        ),
        (
            (
                (
                    T,
                    "The kitchen part was fourteen minutes, the pan to the stove and the plates to the table.",
                ),
            ),
            {"97530": 14},
        ),
        (((T, "We spent eleven minutes in the kitchen making a sandwich."),), {"97530": 11}),
        # self-care training in the kitchen stays self-care
        (((T, "Kitchen safety training, ten minutes."),), {"97535": 10}),
        # the kitchen at home, asked about, is no service
        (((T, "How is it going in the kitchen at home? Any trouble with the pans?"), (P, "Fine.")), {}),
    ],
)
def test_a_task_area_named_with_its_minutes_is_therapeutic_activities(
    said: tuple[tuple[str, str], ...], minutes: dict[str, int]
) -> None:
    services = find(turns(*said), discipline="OT", note_type="daily")
    assert services.minutes == minutes
    assert not any("kitchen" in w and "without its minutes" in w for w in services.warnings)
