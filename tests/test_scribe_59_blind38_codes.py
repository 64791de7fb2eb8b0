"""Minutes and codes from blind38-dev's misses (#17), each a general reading:
- "that was eighteen minutes on the chair and the cushion": a wheelchair's seating set up, wheelchair
  management (ao_ot03 billed the transfer as therapeutic activities);
- "nine minutes of exercise on the mat pool was twenty four": the service named right after its minutes took
  them and heads no list said after them; "pool was twenty four" names the aquatic block (ao_pt03 billed
  both blocks as exercise);
- "thirteen totes in twenty-two minutes of the simulation": minutes said as a named service's, not how fast
  a count was reached (ao_pt04 lost the work simulation);
- "the plan says e-stim to the quad first" and "I'll tell Dr. Kim about the stim": a service planned or
  talked of, never given (ao_pt08 billed a refused e-stim).
The must-not-change rows keep what was read before."""

import pytest
from transcript_helpers import turns

from scribe.services import find

T = "therapist"
P = "patient"


@pytest.mark.parametrize(
    ("discipline", "said", "minutes"),
    [
        (
            "OT",
            [
                (T, "Let's transfer you to the mat so we can swap the cushion."),
                (
                    T,
                    "That was eighteen minutes on the chair and the cushion. Now some exercise for the arms.",
                ),
                (T, "Rows with the green band, two sets of ten. That was eight minutes of exercise."),
            ],
            {"97542": 18, "97110": 8},
        ),
        (
            "PT",
            [(T, "bridges ten reps"), (T, "nine minutes of exercise on the mat pool was twenty four")],
            {"97110": 9, "97113": 24},
        ),
        (
            "PT",
            [(T, "bridges ten reps"), (T, "nine minutes of exercise and the pool work was twenty four")],
            {"97110": 9, "97113": 24},
        ),
        (
            "PT",
            [
                (T, "The totes, loaded to thirty pounds."),
                (T, "Thirteen totes in twenty-two minutes of the simulation. Grab water."),
            ],
            {"97530": 22},
        ),
        # must not change
        (
            "PT",
            [
                (T, "twelve minutes in the shallow end to start walking forward and back"),
                (T, "deck exercises nine minutes"),
                (T, "back in the water for another ten minutes kickboard and marching"),
                (T, "that was the last ten minutes in the pool"),
            ],
            {"97113": 22, "97110": 9},
        ),
        ("PT", [(T, "nine minutes of exercise and manual was twelve")], {"97110": 9, "97140": 12}),
        ("PT", [(T, "ten minutes of exercise, the bike, bridges and clams")], {"97110": 10}),
        ("PT", [(T, "Walking in the hall, sats back to ninety-four in two minutes.")], {}),
        (
            "PT",
            [(T, "the pool was closed so we did bridges ten reps"), (T, "that was nine minutes")],
            {"97110": 9},
        ),
        ("OT", [(T, "Wheelchair skills, twelve minutes.")], {"97542": 12}),
    ],
)
def test_blind38_minutes(discipline, said, minutes):
    found = find(turns(*said), discipline=discipline, note_type="daily")
    assert found.minutes == minutes


@pytest.mark.parametrize(
    ("said", "untimed"),
    [
        (
            [
                (T, "The plan says e-stim to the quad first, for the quad lag."),
                (P, "I'd rather not do the stim today."),
                (T, "Quad sets, ten reps. That's ten minutes of exercise."),
            ],
            [],
        ),
        (
            [
                (T, "Quad sets, ten reps. That's ten minutes of exercise."),
                (T, "See you Tuesday, and I'll tell Dr. Kim about the stim."),
            ],
            [],
        ),
        # must not change: the stimulation given
        (
            [(T, "E-stim to the quad first, fifteen minutes, unattended."), (T, "Ten minutes of exercise.")],
            ["G0283"],
        ),
        ([(T, "Hot pack and e-stim on the low back to start."), (T, "Ten minutes of exercise.")], ["G0283"]),
    ],
)
def test_a_service_planned_or_talked_of_is_not_given(said, untimed):
    found = find(turns(*said), discipline="PT", note_type="daily", unattended_stim_code="G0283")
    assert [u for u in found.untimed if u != "97010"] == untimed
