"""Minutes said in the ways blind21-dev's author said them (#17): "we spent like a quarter hour on the band
rows", a service's second block said as "another seven after the retest" beside a new service, "cervical
traction by hand", the home program's "try fifteen minutes a few days a week", a list headed by its
service ("then balance single leg stance on the foam and the step ups ... that was thirteen minutes") and
corrected in the next turn ("scratch that make it eleven ... so eleven minutes balance"), adaptive
equipment trained ("twelve minutes of training: the universal cuff with a built-up fork, the plate
guard"), and minutes of something no service's words name ("nine minutes of training for your return to
climbing"), shown for review, never dropped without a word.
No model is loaded: services.find reads the words alone; units by core.billing.coding."""

import pytest
from transcript_helpers import turns

from core.billing.coding import allocate_cms, allocate_per_code
from scribe.services import find

T = "therapist"
P = "patient"
NO_SERVICE = "minutes said with no service heard"


def _find(said: list[tuple[str, str]], discipline: str = "PT", note_type: str = "daily"):
    return find(turns(*said), discipline=discipline, note_type=note_type)


@pytest.mark.parametrize(
    ("said", "minutes", "units"),
    [
        # a quarter hour, with or without "of an"; three quarters of an hour
        (
            [
                (T, "So first was the strengthening. We spent like a quarter hour on the band rows."),
                (T, "Then nine minutes of joint mobilization, posterior glides."),
            ],
            {"97110": 15, "97140": 9},
            {"97110": 1, "97140": 1},
        ),
        ([(T, "A quarter of an hour on the bike.")], {"97110": 15}, {"97110": 1}),
        ([(T, "We did three quarters of an hour of gait training.")], {"97116": 45}, {"97116": 3}),
        # a time of day, not a duration
        ([(T, "The bike, ten minutes. She came a quarter hour late.")], {"97110": 10}, {"97110": 1}),
    ],
)
def test_a_quarter_hour_is_fifteen_minutes(
    said: list[tuple[str, str]], minutes: dict[str, int], units: dict[str, int]
) -> None:
    services = _find(said)
    assert services.minutes == minutes
    assert allocate_cms(services.minutes) == units


@pytest.mark.parametrize(
    ("said", "minutes", "units"),
    [
        # a second block of a service, said beside a new service: added, the turn is no recap
        (
            [
                (
                    T,
                    "So exercise today, the chin tucks and the rows, that was nine minutes before the retest.",
                ),
                (P, "Right."),
                (
                    T,
                    "And then another seven after the retest, the wall slides and the prone Ys. Then ten minutes "
                    "of manual, cervical traction by hand and thoracic mobilization.",
                ),
            ],
            {"97110": 16, "97140": 10},
            {"97110": 1, "97140": 1},
        ),
        # a recap of two services still restates what came before
        (
            [
                (T, "Bike ten minutes."),
                (T, "Then the bands, eight minutes."),
                (T, "So today we did eighteen minutes of exercise and twelve minutes of manual."),
            ],
            {"97110": 18, "97140": 12},
            {"97110": 1, "97140": 1},
        ),
    ],
)
def test_another_block_beside_a_new_service_adds(
    said: list[tuple[str, str]], minutes: dict[str, int], units: dict[str, int]
) -> None:
    services = _find(said)
    assert services.minutes == minutes
    assert allocate_per_code(services.minutes) == units


@pytest.mark.parametrize(
    ("said", "minutes", "untimed"),
    [
        ("Ten minutes of manual, cervical traction by hand.", {"97140": 10}, []),
        ("Traction by hand for the neck, eight minutes.", {"97140": 8}, []),
        # the machine is still mechanical traction
        ("Cervical traction on the table today, fifteen minutes.", {}, ["97012"]),
    ],
)
def test_traction_by_hand_is_manual_therapy(said: str, minutes: dict[str, int], untimed: list[str]) -> None:
    services = _find([(T, said)])
    assert services.minutes == minutes
    assert services.untimed == untimed


@pytest.mark.parametrize(
    ("said", "minutes"),
    [
        (
            "so we did the exercises first the last ten or so was the flexion stuff the knees to chest. the bike "
            "is great try fifteen minutes a few days a week",
            {"97110": 10},
        ),
        ("Bike ten minutes today. At home, walk twenty minutes two or three days a week.", {"97110": 10}),
        ("Bike ten minutes today. At home keep the bike fifteen minutes most days.", {"97110": 10}),
        ("Bike ten minutes today, then walk twenty minutes a couple of times a week.", {"97110": 10}),
    ],
)
def test_a_home_dose_with_how_often_is_no_service(said: str, minutes: dict[str, int]) -> None:
    assert _find([(T, said)]).minutes == minutes


@pytest.mark.parametrize(
    ("said", "minutes", "units", "warned"),
    [
        # a list headed by its service is that service's; corrected in the next turn, the last figure stands
        (
            [
                (T, "that was nineteen minutes of exercise"),
                (
                    T,
                    "then balance single leg stance on the foam and the step ups with the mirror that was thirteen "
                    "minutes",
                ),
                (P, "felt longer"),
                (T, "scratch that make it eleven we started late on the step ups so eleven minutes balance"),
                (P, "sorry"),
                (T, "all good and then like six minutes soft tissue to the hip flexor"),
            ],
            {"97110": 19, "97112": 11, "97140": 6},
            {"97110": 1, "97112": 1, "97140": 0},
            "step ups (97530) was named without its minutes",
        ),
        # a run-on list whose next item has its own minutes: the minutes stay with the item before
        (
            [(T, "bike ten minutes bridges fifteen minutes")],
            {"97110": 25},
            {"97110": 2},
            None,
        ),
        (
            [(T, "gait training twelve minutes balance eight minutes")],
            {"97116": 12, "97112": 8},
            {"97116": 1, "97112": 1},
            None,
        ),
    ],
)
def test_a_list_headed_by_its_service_and_named_after_its_minutes(
    said: list[tuple[str, str]], minutes: dict[str, int], units: dict[str, int], warned: str | None
) -> None:
    services = _find(said)
    assert services.minutes == minutes
    assert allocate_per_code(services.minutes) == units
    if warned:
        assert any(warned in w for w in services.warnings)


@pytest.mark.parametrize(
    ("said", "minutes", "shown"),
    [
        (
            "Then twelve minutes of training: the universal cuff with a built-up fork, the plate guard, and the "
            "long straw for the water bottle.",
            {"97535": 12},
            None,
        ),
        ("Ten minutes with the rocker knife and the scoop dish.", {"97535": 10}, None),
        # minutes of something no service's words name: quoted for review, not billed, not dropped
        (
            "Then nine minutes of training for your return to climbing: taping, how to warm up.",
            {},
            "nine minutes of training",
        ),
    ],
)
def test_adaptive_equipment_and_minutes_of_an_unnamed_thing(
    said: str, minutes: dict[str, int], shown: str | None
) -> None:
    services = _find([(T, "Twenty-two minutes of exercise: the wrist weights."), (T, said)], discipline="OT")
    assert services.minutes == {"97110": 22, **minutes}
    about = [w for w in services.warnings if w.startswith(NO_SERVICE)]
    if shown is None:
        assert about == []
    else:
        assert len(about) == 1 and shown in about[0]
