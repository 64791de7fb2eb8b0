"""A minute count the recogniser lost to a little word ("I spent nine minutes teaching" written "I spent
an minute teaching") or garbled into two joined counts ("That was fourteen minutes" written "At 1-14
minutes"): the audio of the words around it is read again with each count it may have been, and a
likelier count is written, marked for review unless far likelier."""

import re
from pathlib import Path

import pytest

from evals.speech import generate
from scribe.audio import decode
from scribe.pipeline import unsure_spans
from scribe.stt import LOST_SURE, Word, count_readings, joined_counts, recognizer, unsure


@pytest.mark.parametrize(
    ("heard", "at", "lost"),
    [
        ("I spent an minute teaching", 2, True),
        ("gait training and minutes in the hall", 2, True),
        ("we did ther ex for in minutes", 5, True),
        ("manual was on minutes.", 2, True),
        ("the bike, nor minutes after", 2, True),
        ("balance a minutes today", 1, True),
        ("And minutes of ther ex", 0, True),
        ("That was I minute on the gait", 2, True),
        ("so I minutes later", 1, True),
        ("rest a minute and then again", 1, False),  # talk: "a minute" counts nothing billable
        ("twelve minutes of ther ex", 0, False),  # a count was heard
        ("the minutes add up", 0, False),
        ("we were done in, minutes later", 2, False),  # a clause ends at the little word
        ("I spent an hour", 2, False),
        ("I spent ten minutes", 0, False),
        ("and then", 0, False),
        ("ther ex and", 2, False),  # nothing after the little word
    ],
)
def test_a_little_word_before_minutes_stands_where_a_count_was_lost(heard: str, at: int, lost: bool) -> None:
    words = [" " + w for w in heard.split()]
    readings = count_readings(words, at)
    assert bool(readings) is lost
    if lost:
        counts = {n for _, n in readings}
        assert {1, 9, 11, 14, 40, 60} <= counts
        assert words[at] + " 9" in {text for text, _ in readings}  # "and" may have been said too


@pytest.mark.parametrize(
    ("heard", "at", "readings"),
    [
        ("At 1-14 minutes on therapeutic activity", 1, [(" 14", 14), (" 1", 1)]),
        ("gait 2-5 minutes", 1, [(" 5", 5), (" 2", 2), (" 25", 25)]),
        ("ther ex 10-12 minutes", 2, [(" 12", 12), (" 10", 10)]),
        ("Let's get your sat at 9-1.", 5, []),  # not a minute count
        ("we did 1-14, minutes later", 2, []),
        ("At 1.14 minutes on therapeutic activity", 1, [(" 14", 14), (" 1", 1)]),
        ("ther ex 2.5 minutes", 2, []),  # a decimal minute is said so
        ("ther ex 12 minutes", 2, []),
    ],
)
def test_two_counts_joined_before_minutes_are_read_as_either(
    heard: str, at: int, readings: list[tuple[str, int]]
) -> None:
    assert count_readings([" " + w for w in heard.split()], at) == readings


@pytest.mark.parametrize(
    ("texts", "joined"),
    [
        ([" At", " 1", "-14", " minutes"], [" At", " 1-14", " minutes"]),
        ([" At", " 1", ".14", " minutes,"], [" At", " 1.14", " minutes,"]),
        ([" sat", " 9", "-1."], [" sat", " 9", "-1."]),  # not before minutes
        ([" was", " 12", " minutes"], [" was", " 12", " minutes"]),
        ([" range", "-14", " minutes"], [" range", "-14", " minutes"]),
    ],
)
def test_a_count_split_in_two_words_before_minutes_is_one_word(texts: list[str], joined: list[str]) -> None:
    words = [Word(i, i + 1, t, 0.5 + i / 10) for i, t in enumerate(texts)]
    out = joined_counts(words)
    assert [w.text for w in out] == joined
    if len(out) < len(words):
        assert (out[1].start, out[1].end, out[1].probability) == (1, 3, 0.6)


@pytest.mark.parametrize(
    ("word", "is_unsure"),
    [
        (Word(0, 1, " 9", 0.6, "an", LOST_SURE + 2.0), False),  # far likelier than what was heard
        (Word(0, 1, " 9", 0.6, "an", LOST_SURE - 0.5), True),
        (Word(0, 1, " 11", 0.6, "and", 0.3), True),
        (Word(0, 1, " and 9", 0.6, "and", 7.0), False),
        (Word(0, 1, " 9", 0.05, "an", 9.0), True),  # over a word the recogniser all but guessed
        (Word(0, 1, " 9", 0.6, "an"), True),  # no margin: never heard again
        (Word(0, 1, " 14", 0.9, "1-14", 4.0), True),  # joined counts read as one
        (Word(0, 1, " 16", 0.9, " 60", 3.0), False),  # a teen against its ten keeps its own threshold
    ],
)
def test_a_count_written_for_a_little_word_is_marked_unless_far_likelier(word: Word, is_unsure: bool) -> None:
    assert unsure(word) is is_unsure


def test_a_written_count_is_placed_in_the_text_for_the_draft() -> None:
    words = [Word(0, 1, " I"), Word(1, 2, " spent"), Word(2, 3, " 9", 0.6, "an", 1.0), Word(3, 4, " minutes")]
    text = "".join(w.text for w in words).strip()
    assert unsure_spans(words, text) == (
        {"start": 8, "end": 9, "probability": 0.6, "other": "an", "margin": 1.0},
    )


SAID = {
    "id": "lost-counts",
    "transcript": {
        "segments": [
            {"speaker": "therapist", "text": "Okay, I spent nine minutes teaching the home program today."},
            {"speaker": "patient", "text": "That sounds fine to me."},
            {"speaker": "therapist", "text": "Manual therapy was twelve minutes on the knee."},
        ]
    },
}


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> tuple:  # type: ignore[type-arg]
    wav: Path = tmp_path_factory.mktemp("lost") / "lost.wav"
    generate(SAID, wav)
    audio = decode(wav, max_seconds=60)
    engine = recognizer(backend="faster-whisper", model="base")
    words = [w for piece in engine.transcribe(audio) for w in piece.words]
    return engine, audio, words


@pytest.mark.parametrize("written", [" in", " and", " an", " 1-12", " 2-12"])
def test_the_count_the_audio_says_is_written_where_a_little_word_or_joined_counts_were_heard(
    heard: tuple,  # type: ignore[type-arg]
    written: str,
) -> None:
    engine, audio, words = heard
    at = next(i for i, w in enumerate(words) if w.text.strip(" ,.").lower() in {"12", "twelve"})
    given = [*words[:at], Word(words[at].start, words[at].end, written, 0.5), *words[at + 1 :]]
    again = engine._counts_heard_again(audio, given)
    assert re.fullmatch(r"(?:\w+ )?12", again[at].text.strip()) and again[at].other == written.strip()
    # Marked for the clinician unless far likelier than what was heard and than any other count.
    assert again[at].margin is not None and unsure(again[at]) is (again[at].margin < LOST_SURE)
    assert again[at + 1].text == words[at + 1].text
    assert [w.text for w in again[at + 1 :]] == [w.text for w in words[at + 1 :]]
    assert [w.text for w in again[:at]] == [w.text for w in words[:at]]
    # Words heard as counts are left alone: nothing to hear again.
    assert engine._counts_heard_again(audio, words) == words


def test_a_count_split_in_two_words_is_heard_again_as_one(heard: tuple) -> None:  # type: ignore[type-arg]
    engine, audio, words = heard
    at = next(i for i, w in enumerate(words) if w.text.strip(" ,.").lower() in {"12", "twelve"})
    middle = (words[at].start + words[at].end) / 2
    split = [Word(words[at].start, middle, " 1", 0.4), Word(middle, words[at].end, "-12", 0.6)]
    again = engine._counts_heard_again(audio, joined_counts([*words[:at], *split, *words[at + 1 :]]))
    assert again[at].text.strip() == "12" and again[at].other == "1-12"
    assert [w.text for w in again] == [w.text for w in words]
