"""The threshold said as this year's, or with the KX modifier in the next sentences, is the yearly therapy
threshold (#17, blind36 am_pt10: "Coverage note: with your shoulder PT in the spring, you're past this
year's threshold. You're still improving, so it's medically necessary, and we add the KX modifier." drafted
no KX: the sentence named no Medicare, spending or total). A door's or a pain's threshold still is not."""

import pytest
from transcript_helpers import turns

from scribe.threshold_said import threshold_passed

T = "therapist"


@pytest.mark.parametrize(
    ("said", "passed"),
    [
        # fail before
        (
            "Coverage note: with your shoulder PT in the spring, you're past this year's threshold. You're "
            "still improving, so it's medically necessary, and we add the KX modifier.",
            True,
        ),
        ("You're past the threshold. We add the KX modifier.", True),
        ("Heads up, you're over this year's threshold.", True),
        # must not change
        ("Your Medicare therapy total is past the threshold, so we add the KX modifier.", True),
        ("Careful, you stepped over the threshold. Nice.", False),
        ("Your pain went above the threshold today. Good.", False),
        ("You're not past this year's threshold yet. No KX modifier.", False),
        ("If you go past the threshold, we add the KX modifier.", False),
    ],
)
def test_the_years_threshold_said(said, passed):
    assert (threshold_passed(turns((T, said))) is not None) == passed
