"""Services a clinic bills less often, named the way clinicians say them: the wheelchair by "the chair
work" (with or without its cushion), a group by "the group part" or the class it is ("the hand class"),
aquatic exercise in the pool (97113, a timed code), a splint or a prosthesis checked and adjusted at a
later visit (97763), and cognitive work called "the thinking work" (97129, then 97130 for each further
15 minutes). The same words said of something else stay out."""

import pytest
from transcript_helpers import turns

from core.billing.reference import codes
from scribe.services import find

T, P = "therapist", "patient"


@pytest.mark.parametrize(
    ("discipline", "said", "expected"),
    [
        (
            "OT",
            [(T, "we will ask the vendor about that the chair and cushion work was fourteen minutes")],
            {"97542": 14},
        ),
        ("PT", [(T, "We finished the chair work, that was twelve minutes.")], {"97542": 12}),
        ("PT", [(T, "That was eighteen minutes of aquatic exercise in the pool.")], {"97113": 18}),
        (
            "PT",
            [(T, "The pool work was twenty minutes, then land exercise for ten.")],
            {"97113": 20, "97110": 10},
        ),
        ("PT", [(T, "that was fourteen minutes checking and adjusting the prosthesis")], {"97763": 14}),
        ("PT", [(T, "Socket check and the liner, eleven minutes.")], {"97763": 11}),
        ("SLP", [(T, "The thinking work was twenty minutes today.")], {"97129": 15, "97130": 5}),
    ],
)
def test_minutes_go_to_the_service_named(
    discipline: str, said: list[tuple[str, str]], expected: dict[str, int]
) -> None:
    assert find(turns(*said), discipline=discipline, note_type="daily").minutes == expected


@pytest.mark.parametrize(
    "said",
    [
        [
            (T, "Today you start in the hand class with three others, then you and I work one on one."),
            (P, "Okay."),
        ],
        [(T, "That was the group part, about twenty minutes with four patients. Now come to my table.")],
    ],
)
def test_a_group_is_named_as_a_group(said: list[tuple[str, str]]) -> None:
    assert "97150" in find(turns(*said), discipline="OT", note_type="daily").untimed


@pytest.mark.parametrize(
    "text",
    [
        # a chair to sit on, a class at school, water at home, thinking as talk
        "Stand up from the chair ten times, that was eight minutes of exercise.",
        "Her son has a math class at four.",
        "He swims in the pool at the gym on weekends.",
        "I was thinking you could walk ten minutes a day at home.",
    ],
)
def test_the_same_words_of_something_else_are_no_service(text: str) -> None:
    found = find(turns((T, text), (P, "Okay.")), discipline="PT", note_type="daily")
    assert not {"97542", "97150", "97113", "97129"} & (set(found.minutes) | set(found.untimed))


def test_aquatic_exercise_is_a_timed_code() -> None:
    assert codes()["97113"].timed


@pytest.mark.parametrize(
    ("note_type", "said", "expected"),
    [
        # at a discharge the splint the patient wears was issued at an earlier visit: CPT's later encounter
        ("discharge", "Last visit. The splint check and the teaching took ten minutes.", "97763"),
        # at a daily visit a splint checked (trimmed, re-fit) keeps the first encounter, with a warning
        ("daily", "The splint check and the teaching took ten minutes.", "97760"),
        # made today, then checked: the first encounter even at a discharge
        (
            "discharge",
            "I made you a new splint today, the splint check and fitting was ten minutes.",
            "97760",
        ),
    ],
)
def test_a_splint_checked_at_a_discharge_is_a_later_encounter(
    note_type: str, said: str, expected: str
) -> None:
    found = find(turns((T, said), (P, "Okay.")), discipline="OT", note_type=note_type)
    assert found.minutes == {expected: 10}
