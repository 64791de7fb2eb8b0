"""Services of a visit said in ways blind40-dev met (#17), in this file's own words: a patient who "came
from" a group class was at it (the class is billed, 97150), not hurt by it; the NuStep a recogniser writes
as "new step" is the exercise machine; a pain rating said before an activity ("pain five with lifting") is
a rating, never that activity's minutes. Rows marked "must not change" read as they did before."""

import pytest
from transcript_helpers import turns

from scribe.draft import draft
from scribe.misheard import corrected

T, P = "therapist", "patient"


def _minutes(*said: tuple[str, str], discipline: str = "PT") -> dict[str, int]:
    d = draft(turns(*said), discipline=discipline, note_type="daily", role=discipline, rule="per-code")
    return {s["code"]: s["minutes"] for s in d.services}


EXERCISE = [(T, "clamshells with the band two sets of fifteen"), (T, "that was ten minutes of exercise")]


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        # failing before: "came from the ... class" was read as a symptom's cause, the class not billed
        (
            [(T, "morning, you came from the neck class down the hall"), (P, "yes"), *EXERCISE],
            {"97150": 0, "97110": 10},
        ),
        ([(T, "so she came from the balance class just now"), *EXERCISE], {"97150": 0, "97110": 10}),
        (
            [(T, "we came from the group session in the big gym"), (T, "now just us"), *EXERCISE],
            {"97150": 0, "97110": 10},
        ),
        # must not change: a service as the cause of a symptom bills nothing
        ([(P, "my back got sore"), (T, "that soreness came from the traction"), *EXERCISE], {"97110": 10}),
        ([(T, "some people get achy from the traction"), *EXERCISE], {"97110": 10}),
        # must not change: the class done at the visit, said plainly
        ([(T, "you did the back class first"), *EXERCISE], {"97150": 0, "97110": 10}),
    ],
)
def test_came_from_a_class(said: list[tuple[str, str]], codes: dict[str, int]) -> None:
    assert _minutes(*said) == codes


@pytest.mark.parametrize(
    ("heard", "meant"),
    [
        # failing before: the seated stepper heard as two words
        ("ok hop on the new step level three", "ok hop on the NuStep level three"),
        ("that was eight minutes on the new step", "that was eight minutes on the NuStep"),
        ("move the newstep seat up one", "move the NuStep seat up one"),
        # must not change: a new step of a program, a new step box
        ("the next new step is the stairs", "the next new step is the stairs"),
        ("step up onto the new step and back down", "step up onto the new step and back down"),
    ],
)
def test_nustep_heard(heard: str, meant: str) -> None:
    assert corrected(heard)[0] == meant


def test_nustep_minutes_are_exercise() -> None:
    # failing before: the machine's eight minutes went to no service, the seven after it earned no unit
    said = [
        (T, "lets warm up on the new step level five"),
        (T, "we got eight minutes on the new step"),
        (T, "standing hip extension with the band two sets of ten"),
        (T, "thats seven more minutes of exercise"),
    ]
    assert _minutes(*said) == {"97110": 15}


@pytest.mark.parametrize(
    ("said", "codes"),
    [
        # failing before: the rating's figure was taken as minutes of the activity named after it
        ([(T, "from your last note pain six with carrying"), *EXERCISE], {"97110": 10}),
        ([(T, "pain was a four with the reaching"), *EXERCISE], {"97110": 10}),
        ([(T, "pain is maybe three with lifting overhead"), *EXERCISE], {"97110": 10}),
        # must not change: minutes said with their unit after a pain word stay minutes
        (
            [(T, "no pain, twelve minutes with the lifting and carrying"), *EXERCISE],
            {"97530": 12, "97110": 10},
        ),
        ([(T, "eleven with lifting and carrying"), *EXERCISE], {"97530": 11, "97110": 10}),
    ],
)
def test_rating_is_not_minutes(said: list[tuple[str, str]], codes: dict[str, int]) -> None:
    assert _minutes(*said) == codes
