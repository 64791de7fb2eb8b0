"""A toilet transfer practised is transfer training, therapeutic activities (97530), as every studied key
that practised one codes it (blind25 ab_ot12, blind31 ah_ot09, blind19 u_ot04); "toilet transfers" was
in the self-care words (97535), so u_ot04's "ten minutes of the toilet transfer and getting in and out of
the car in a separate block" went to self-care. Toileting itself (clothing, hygiene) stays self-care."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        # fails before: taken as 97535
        ([(T, "Then we did ten minutes of the toilet transfer with the raised seat.")], {"97530": 10}),
        ([(T, "Toilet transfers with the grab bar, twelve minutes.")], {"97530": 12}),
        # must not change
        ([(T, "Toileting practice, clothing management and hygiene, eleven minutes.")], {"97535": 11}),
        ([(T, "Then the transfers to the mat, nine minutes.")], {"97530": 9}),
        ([(T, "Dressing with the reacher and the sock aid, nineteen minutes.")], {"97535": 19}),
    ],
)
def test_a_toilet_transfer_is_transfer_training(said, minutes):
    assert find(turns(*said), discipline="OT", note_type="daily").minutes == minutes
