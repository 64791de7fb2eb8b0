"""What was done or taught in a therapy visit, named by the clinician without a number (#17): language and
cognition tasks, speech and voice strategies, adaptive equipment, pelvic floor and breathing training and
swallow manoeuvres are the visit's, kept in the speaker's words. Phrasings written for these tests, typed
and as a recognizer writes them."""

import pytest

from scribe.statements import TASKS


@pytest.mark.parametrize(
    ("said", "task"),
    [
        ("Today, first the auditory comprehension, one-step commands.", "auditory comprehension"),
        ("then the story retell the one about the dog", "story retell"),
        ("now the days of the week we say them together", "days of the week"),
        ("Remember, slow, and over-articulate.", "over-articulate"),
        ("So today, self-feeding with the universal cuff.", "universal cuff"),
        ("Now the biofeedback, the sensor's on.", "biofeedback"),
        ("okay into the parallel bars weight shift first", "parallel bars"),
        ("yes no questions he got all of them right", "yes no questions"),
        ("Keep the alphabet board in the car.", "alphabet board"),
        ("Then problem solving with the electric bill.", "problem solving"),
        ("Vocal hygiene and resonant voice at home.", "Vocal hygiene"),
        ("we did the scar massage and desensitization", "scar massage"),
        ("ten sips of thin water with the chin tuck", "chin tuck"),
    ],
)
def test_a_task_named_is_found(said: str, task: str) -> None:
    found = TASKS.search(said)
    assert found is not None and found.group(0) == task


@pytest.mark.parametrize(
    "said",
    [
        # a band, a board, a massage or a cuff said of something else
        "my nephew's band played Saturday",
        "twenty two minutes on the board",
        "bill the massage too",
        "the rotator cuff repair was in May",
        "twenty-five minutes for the word-finding",
    ],
)
def test_other_words_are_no_task(said: str) -> None:
    assert TASKS.search(said) is None
