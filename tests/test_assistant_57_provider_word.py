"""#19, stop 57: a provider named after the staff word for one ("same therapist Christian", "provider:
Susan", "with therapist Kyle") is the provider asked for, as after "with" / "w/" (test32 b32-bk-06: "bk ...
fri 3:30 different pts same therapist Christian" dropped Christian and proposed Katherine Hill, a wrong
target). A word after "therapist" that is no name ("the same therapist as last time") is no provider."""

from datetime import date

import pytest

from assistant.understand import slots

MON = date(2029, 7, 9)


@pytest.mark.parametrize(
    ("said", "led"),
    [
        (
            "bk Stephen Romero and Ann Lee same time fri 3:30 different pts same therapist Christian",
            ["Christian"],
        ),
        ("book roy webb fri 2 therapist susan", ["susan"]),
        ("book roy webb fri 2, provider: Susan", ["Susan"]),
        ("book roy webb fri 2 with therapist kyle", ["kyle"]),
        ("move her to thurs 10, clinician Adam", ["Adam"]),
        # must not change
        ("bk roy webb fri 2 w/ susan", ["susan"]),
        ("webb next visit and is it w the same therapist as last time", []),
        ("which therapist had the most cancels holiday week", []),
        ("cancel the rest reason provider out and offer them tues", []),
        ("who is her therapist", []),
        ("with dr kyle", ["kyle"]),
    ],
)
def test_the_name_after_the_staff_word_is_the_provider(said: str, led: list[str]) -> None:
    assert slots(said, MON).led == led
