"""Small talk of kinds the note kept as said (blind20-test): a sport watched on TV and a game's score made
a joke of ("He's been watching the golf all week", "High. Like my golf score."), however clinical the sport
is as the patient's own activity; the clinician's "sounds like" said of a pet or a person ("he sounds like
a lot"), which is no speech sound; and "every one of them" read as the number 1. The patient's own sport
and function, speech sounds and counts stay in the note. Table-driven, one kind a row; the phrasings are
this file's own."""

import pytest
from transcript_helpers import quoted, turns

from scribe.statements import small_talk

T, P, C = "therapist", "patient", "caregiver"


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        # a sport watched
        (C, "He's been watching the tennis all week."),
        (P, "We watched the golf on Sunday, the whole thing."),
        (C, "She was up late watching the soccer."),
        # a game's score, a joke on a rating
        (P, "High. Like my golf score."),
        (P, "Ha, that's about my tennis ranking."),
    ],
)
def test_a_sport_watched_or_a_games_score_is_small_talk(who: str, sentence: str) -> None:
    assert small_talk(who, sentence)
    note = quoted(turns((T, "That's a high complexity evaluation."), (who, sentence), (T, "Alright.")))
    assert sentence[-14:] not in note, note


@pytest.mark.parametrize(
    ("who", "sentence"),
    [
        (P, "I want to get back to golf by the summer."),
        (P, "I played tennis Saturday and the elbow ached after."),
        (P, "I can't open jars anymore, my husband does it."),
        (P, "I watch my step on the stairs now, no falls this week."),
    ],
)
def test_the_patients_own_sport_and_function_stay(who: str, sentence: str) -> None:
    note = quoted(turns((T, "How's the week been?"), (who, sentence), (T, "Okay.")))
    assert sentence[:12] in note, note


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("my dog knocked me over thats how it happened", "oh he sounds like a handful"),
        ("My grandson starts college next week.", "That sounds great."),
    ],
)
def test_the_clinicians_sounds_like_is_no_speech_sound(before: str, said: str) -> None:
    note = quoted(turns((T, "Okay."), (P, before), (T, said), (P, "He is.")))
    assert "sounds" not in note, note


@pytest.mark.parametrize(
    "said",
    [
        "Final sounds are dropped on most words.",
        "The s sounds are distorted in conversation.",
    ],
)
def test_speech_sounds_stay(said: str) -> None:
    note = quoted(turns((P, "Okay."), (T, said), (P, "Okay.")))
    assert said[:12] in note, note


def test_every_one_of_them_is_no_number() -> None:
    note = quoted(
        turns(
            (P, "I watched the whole movie marathon Sunday."),
            (T, "Ha. Every one of them has the same ending."),
        )
    )
    assert "same ending" not in note, note
    kept = quoted(turns((P, "Okay."), (T, "He named 1 of 5 pictures correctly.")))
    assert "1 of 5" in kept, kept
