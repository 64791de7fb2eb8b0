"""Minutes said a second time, or as how often, never bill a second block: a figure referred back to ("I
write the sixteen minutes he did here"), a sum of parts said with a word that sums ("then another six ...
so sixteen minutes of walking"), an interval ("a stretch break every half hour"); and a block of plain
exercise that also names nerve glides (billed either way by clinics) is the exercise's. Phrasings written
for these tests, one row a way of saying it."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T, P, C = "therapist", "patient", "caregiver"


def minutes(*said: tuple[str, str]) -> dict[str, int]:
    return find(turns(*said), discipline="PT", note_type="daily").minutes


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a figure referred back to, in a sentence naming no service, is the service's said again
        (
            [
                (T, "Gait training in the parallel bars for sixteen minutes, weight shifts and stepping."),
                (T, "Then eight minutes of standing balance, reaching outside the base of support."),
                (C, "Can you put down an hour of walking?"),
                (T, "I write the sixteen minutes he did here. Home walking goes in the home program."),
            ],
            {"97116": 16, "97112": 8},
        ),
        (
            [
                (T, "Manual therapy to the knee, twelve minutes."),
                (T, "Then the bike and step-ups, ten minutes."),
                (T, "Those twelve minutes were all on the patella."),
            ],
            {"97140": 12, "97110": 10},
        ),
        # ... but a figure of its own, not referred back to, is still a block
        (
            [(T, "Gait training ten minutes."), (T, "Then the bike. Ten more minutes.")],
            {"97116": 10, "97110": 10},
        ),
        # a sum of the parts, said with a word that sums
        (
            [
                (T, "so gait training first we walked ten minutes in the hall with the four wheeled walker"),
                (T, "then another six outside on the ramp and the curb so sixteen minutes of walking"),
            ],
            {"97116": 16},
        ),
        (
            [
                (T, "Gait training first, we walked ten minutes in the hall with the walker."),
                (T, "Then another six minutes of walking outside on the ramp."),
                (T, "So sixteen minutes of walking."),
            ],
            {"97116": 16},
        ),
        (
            [
                (
                    T,
                    "Bike eight minutes, then another seven on the bike, that makes fifteen minutes of exercise.",
                )
            ],
            {"97110": 15},
        ),
        # a figure that is not the parts' sum adds as before
        (
            [(T, "Gait training ten minutes."), (T, "Then walking outside, six minutes.")],
            {"97116": 16},
        ),
        # how often is not how long
        (
            [
                (T, "Sixteen minutes of exercise: tendon glides and light putty."),
                (T, "Typing is fine, just take a stretch break every half hour."),
            ],
            {"97110": 16},
        ),
        (
            [
                (T, "Ther ex twenty minutes."),
                (T, "At home, ankle pumps each quarter of an hour while you sit."),
            ],
            {"97110": 20},
        ),
        ([(T, "Bike for half an hour.")], {"97110": 30}),
        # nerve glides named with plain exercise in one block: the exercise's code
        ([(T, "Today we did prone press-ups and nerve glides for fourteen minutes.")], {"97110": 14}),
        ([(T, "Nerve glides and the bike, ten minutes.")], {"97110": 10}),
        ([(T, "McKenzie extensions and sciatic nerve glides, twelve minutes.")], {"97110": 12}),
        # nerve glides alone stay as they were (neuromuscular re-education, marked for review)
        ([(T, "Nerve glides for ten minutes.")], {"97112": 10}),
        # the bike said in a sentence before is not the glides' block
        ([(T, "We warmed up on the bike. Then nerve glides for ten minutes.")], {"97112": 10}),
    ],
)
def test_minutes_said_again_or_as_how_often_bill_once(
    said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert minutes(*said) == expected


@pytest.mark.parametrize(
    "said",
    [
        "prone press-ups",
        "press ups",
        "McKenzie exercises",
        "repeated extensions in standing",
        "chin tucks",
        "pendulums",
    ],
)
def test_everyday_exercise_words_are_therapeutic_exercise(said: str) -> None:
    assert minutes((T, f"{said}, ten minutes.")) == {"97110": 10}
