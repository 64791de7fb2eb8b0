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

from core.billing.coding import allocate_cms
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
