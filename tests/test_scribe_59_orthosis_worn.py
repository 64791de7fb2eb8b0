"""An orthosis the patient has been wearing, asked after and refit at this visit, is CPT's later orthotic
encounter, 97763, not the first one, 97760 (#17: blind32 ai_pt12, blind35 al_ot04, blind36 am_pt08 and
am_ot11 drafted 97760). "How's the brace treating you?", "how has the resting hand splint been this week",
"you brought the new brace, how's it been this week": the orthosis was issued at an earlier encounter.
Made or first put on at this visit ("I made you", "the new brace came in") stays 97760 whatever was asked,
as does an evaluation."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("note_type", "said", "minutes"),
    [
        # asked after, refit: the later encounter (each drafted 97760 before)
        (
            "daily",
            [
                (T, "Hi Gloria. How's the brace treating you?"),
                (P, "It's rubbing. It slides around."),
                (T, "Let's fix the brace. I'm going to add a foam pad to the calf shell."),
                (T, "That refit took twelve minutes."),
            ],
            {"97763": 12},
        ),
        (
            "daily",
            [
                (T, "How has the resting hand splint been this week?"),
                (P, "The strap rubs on his wrist."),
                (T, "This is a check-out of the orthosis: fit, skin, and how you put it on."),
                (T, "That splint check-out was fourteen minutes."),
            ],
            {"97763": 14},
        ),
        (
            "daily",
            [
                (T, "Hi, Mr. Nguyen. You brought the new brace. How's it been this week?"),
                (P, "Okay. The strap is hard with one hand."),
                (T, "I'll put a loop on it so you can pull it with one finger."),
                (T, "That was fourteen minutes on the brace."),
            ],
            {"97763": 14},
        ),
        # must not change: made or delivered at this visit, however it was asked after
        (
            "daily",
            [
                (T, "How's the splint been? It's still rubbing, so I'm going to make you a custom one."),
                (T, "The orthotic fitting and training, sixteen minutes."),
            ],
            {"97760": 16},
        ),
        (
            "daily",
            [
                (T, "Hi Mr. Castellano. The new ankle brace came in."),
                (T, "Let's fit it and teach you how to use it."),
                (T, "That was twelve minutes of brace fitting and training."),
            ],
            {"97760": 12},
        ),
        # must not change: nothing asked after, a first fitting
        (
            "daily",
            [
                (T, "Oh, is that the new brace? We'll adjust the strap."),
                (T, "Okay, that was twelve minutes on the brace, putting it on and the skin checks."),
            ],
            {"97760": 12},
        ),
        # must not change: at an evaluation the orthosis is the first encounter
        (
            "evaluation",
            [
                (T, "How's the brace treating you?"),
                (T, "I'll refit the brace. That was ten minutes on the brace."),
            ],
            {"97760": 10},
        ),
        # must not change: said as an adjustment, already the later encounter
        (
            "daily",
            [(T, "I'm heating the edge and flaring it. Ten minutes on the splint adjustment.")],
            {"97763": 10},
        ),
    ],
)
def test_an_orthosis_worn_already_is_the_later_encounter(note_type, said, minutes):
    found = find(turns(*said), discipline="PT", note_type=note_type)
    assert {c: m for c, m in found.minutes.items() if c in ("97760", "97763")} == minutes
