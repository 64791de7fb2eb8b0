"""A trouble asked of a list of what the patient does keeps its head on each ("Any problems with sleeping,
walking, or dressing?" / "No." is "Denies problems with sleeping, ...", never "Denies sleeping", which says the
patient does not sleep); a trouble asked of a symptom is the symptom ("Any problems with pain, swelling or
numbness?" / "No." denies each)."""

import pytest
from transcript_helpers import drafted_note

T, P = "therapist", "patient"


def _subjective(*said: tuple[str, str]) -> str:
    return drafted_note(*said).get("subjective", "").lower()


ROWS = [
    # held: a symptom's trouble is the symptom; a function's trouble kept
    pytest.param(
        "Any problems with pain, swelling or numbness?",
        "No.",
        ["problems with pain", "problems with swelling"],
        ["denies pain, swelling or numbness"],
        id="symptoms_denied_by_name",
    ),
    pytest.param(
        "Any trouble with dizziness?", "No.", ["trouble with dizziness"], ["denies dizziness"], id="dizziness"
    ),
    pytest.param(
        "Any trouble with memory for events, getting lost, paying bills?",
        "No, he still does all the bills.",
        ["denies memory", "denies getting lost", "denies paying bills"],
        ["denies trouble with memory for events", "trouble with getting lost", "trouble with paying bills"],
        id="memory_list",
    ),
    # failing before (the review's rows 7 and 8, said in full): "Denies getting dressed", "Denies sleeping."
    pytest.param(
        "Any trouble with stairs, getting dressed, or cooking?",
        "No, just the stairs are hard, I go one at a time.",
        ["denies getting dressed", "denies stairs", "trouble with stairs"],
        ["trouble with getting dressed", "trouble with cooking"],
        id="stairs_answered_hard",
    ),
    pytest.param(
        "Any problems with sleeping, walking, or dressing?",
        "No, I do all that myself.",
        ["denies sleeping", "denies walking", "denies dressing"],
        # (the head said once for the three: "Denies problems with sleeping, walking or dressing.")
        ["problems with sleeping, walking or dressing"],
        id="sleeping_walking_dressing",
    ),
]


@pytest.mark.parametrize(("asked", "answer", "absent", "present"), ROWS)
def test_trouble_head(asked: str, answer: str, absent: list[str], present: list[str]) -> None:
    text = _subjective((T, asked), (P, answer))
    for words in absent:
        assert words not in text, text
    for words in present:
        assert words in text, text
