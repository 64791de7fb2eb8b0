"""Minutes said as time in the pool close the pool work under way ("twenty minutes in the pool lets get out
and do the last part on the mat", blind38-test ao_pt13) as aquatic exercise (97113); minutes said again of
the pool work already counted ("that was the last ten minutes in the pool", blind34-test ak_pt11) are not
counted twice, and the pool said as a plan or for home bills nothing."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft

T, P = "therapist", "patient"

POOL = [
    (T, "okay pool day, lets get in the water ramp and rail"),
    (T, "walking forward and backward in the shallow lane arms swinging"),
    (T, "now the kickboard flutter kicks holding the wall"),
    (T, "easy pace now the noodle squats and the arm circles with the paddles"),
]
MAT = [
    (T, "yep on the mat the stretches hamstring piriformis and the cat cow"),
    (T, "ten minutes of exercise on the mat"),
]


def _codes(*said: tuple[str, str], rule: str = "per-code") -> dict[str, int | None]:
    d = draft(turns(*said), discipline="PT", note_type="daily", role="PT", rule=rule)
    return {c["code"]: c.get("minutes") for c in d.codes}


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        # failing before: the pool's minutes said bare, the talk going on to the next part
        (
            [*POOL, (T, "twenty minutes in the pool lets get out and do the last part on the mat"), *MAT],
            {"97113": 20, "97110": 10},
        ),
        ([*POOL, (T, "twenty minutes in the pool"), *MAT], {"97113": 20, "97110": 10}),
        (
            [*POOL, (P, "this is relaxing"), (T, "fifteen minutes in the water, good"), *MAT],
            {"97113": 15, "97110": 10},
        ),
        # minutes in the pool said of another time are not today's (review of 60e8f51)
        (
            [
                *POOL,
                (T, "yesterday you did fifteen minutes in the pool"),
                (T, "twenty minutes in the pool"),
                *MAT,
            ],
            {"97113": 20, "97110": 10},
        ),
        (
            [
                *POOL,
                (T, "twenty minutes in the pool"),
                (T, "and on your own you did ten minutes in the pool"),
                *MAT,
            ],
            {"97113": 20, "97110": 10},
        ),
        # must not change: said as done already read so
        ([*POOL, (T, "that was twenty minutes in the pool"), *MAT], {"97113": 20, "97110": 10}),
        # no pool at this visit: the water is a hand's soak, no exercise's (the soak unbilled, as before)
        (
            [
                (T, "hand in the whirlpool, warm water for the stiffness"),
                (T, "ten minutes in the water"),
                (T, "then putty and tendon glides, twelve minutes of exercise"),
            ],
            {"97110": 12},
        ),
        # the pool's minutes said again at the end are the same minutes (ak_pt11)
        (
            [
                (T, "hi missus bergstrom into the pool we go"),
                (T, "twelve minutes in the shallow end to start walking forward and back"),
                (T, "good that was the twelve minutes"),
                (T, "now out on the deck for the mat work"),
                (T, "bridges two sets of ten and clam shells with the yellow band"),
                (T, "deck exercises nine minutes"),
                (T, "back in the water for another ten minutes kickboard and marching"),
                (T, "yes high knee marching twenty each leg"),
                (T, "that was the last ten minutes in the pool"),
            ],
            {"97113": 22, "97110": 9},
        ),
        # the pool as a plan or for home bills nothing
        (
            [
                (T, "bridges and clam shells, ten minutes of exercise"),
                (T, "do twenty minutes in the pool on your own"),
            ],
            {"97110": 10},
        ),
        (
            [
                (T, "bridges and clam shells, ten minutes of exercise"),
                (T, "next week twenty minutes in the pool"),
            ],
            {"97110": 10},
        ),
    ],
)
def test_minutes_in_the_pool(said: list[tuple[str, str]], codes: dict[str, int]) -> None:
    assert _codes(*said) == codes


def test_the_pool_line_says_where() -> None:
    d = draft(
        turns(*POOL, (T, "twenty minutes in the pool"), *MAT),
        discipline="PT",
        note_type="daily",
        role="PT",
        rule="per-code",
    )
    assert "(97113): 20 minutes in the pool" in d.note["objective"]
