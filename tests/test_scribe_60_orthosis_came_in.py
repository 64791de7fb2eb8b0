"""An orthosis made to order that came in ("The custom orthotics came in", blind38-test ao_pt16) was cast or
assessed at an earlier visit: fitting it now is CPT's subsequent encounter (97763), with a line to confirm.
One that only "came in" (the blind sets' keys code it both ways) keeps 97760 with a line to confirm; one
made here keeps 97760 with no such line."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"
FIT = [
    (T, "Shoes off. Let's check the fit. The heel cup sits right."),
    (T, "That was ten minutes on the orthotic fitting and check-out. Now let's walk in them."),
    (T, "Heel strike, roll through. That was nine minutes of gait training in the orthotics."),
]


@pytest.mark.parametrize(
    ("opening", "code", "review"),
    [
        ((T, "Hi. The custom orthotics came in. How's the heel?"), "97763", True),  # fails before
        ((T, "Hi. The orthotics came in. How's the heel?"), "97760", True),  # fails before (no line)
        ((T, "Hi. Today I'm making you a custom insert from the thermoplastic."), "97760", False),
        # to come in, or "came in handy": nothing delivered (review of 183ded5)
        ((T, "Hi. The custom orthotics will come in next week. How's the heel?"), "97760", False),
        ((T, "Hi. We ordered custom orthotics, they should come in soon. How's the heel?"), "97760", False),
        ((T, "Hi. The custom orthotic insert came in handy, she says. How's the heel?"), "97760", False),
    ],
)
def test_an_orthosis_that_came_in(opening: tuple[str, str], code: str, review: bool) -> None:
    d = draft(turns(opening, *FIT), discipline="PT", note_type="daily", role="PT", rule="per-code")
    assert {c["code"] for c in d.codes} == {code, "97116"}
    assert (code in d.review and "came in" in d.review[code]) is review
