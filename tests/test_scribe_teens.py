"""A teen heard as its ten ("sixteen minutes" written "60 minutes") and the other way round: each such
number is read again against the audio of the words around it, with both, and the likelier is kept;
when the two score alike, or the recogniser gave a number a low probability, the number is marked
unsure in the transcript, where the draft finds it."""

from pathlib import Path

import pytest

from evals.speech import generate
from scribe.audio import decode
from scribe.pipeline import Heard, heard_again, kept_piece, label, service_terms, unsure_spans
from scribe.stt import Word, recognizer, teen_or_ten, unsure, vocabulary_prompt


@pytest.mark.parametrize(
    ("word", "other"),
    [
        (" 16", " 60"),
        (" 60", " 16"),
        (" 13,", " 30,"),
        (" 90.", " 19."),
        (" sixteen", " sixty"),
        (" Fifty,", " Fifteen,"),
        ("eighteen", "eighty"),
        (" 12", None),
        (" 20", None),
        (" 35", None),
        (" 100", None),
        (" sixty-five", None),
        (" minutes", None),
        (" 16:30", None),
    ],
)
def test_a_teen_and_its_ten(word: str, other: str | None) -> None:
    assert teen_or_ten(word) == other


SAID = {
    "id": "teens",
    "transcript": {
        "segments": [
            {"speaker": "therapist", "text": "Good. That's sixteen minutes of ther ex. Now the stairs."},
            {"speaker": "patient", "text": "Okay."},
            {"speaker": "therapist", "text": "The walk was sixty meters, then we rested."},
        ]
    },
}


@pytest.fixture(scope="module")
def heard(tmp_path_factory: pytest.TempPathFactory) -> tuple:  # type: ignore[type-arg]
    wav: Path = tmp_path_factory.mktemp("teens") / "teens.wav"
    generate(SAID, wav)
    audio = decode(wav, max_seconds=60)
    engine = recognizer(backend="faster-whisper", model="base")
    words = [w for piece in engine.transcribe(audio) for w in piece.words]
    return engine, audio, words


@pytest.mark.parametrize(("said", "wrong"), [(" 16", " 60"), (" 60", " 16")])
def test_the_number_the_audio_says_is_kept_whichever_was_written(heard: tuple, said: str, wrong: str) -> None:  # type: ignore[type-arg]
    engine, audio, words = heard
    at = next(i for i, w in enumerate(words) if w.text.strip(" ,.?") == said.strip())
    for written in (said, wrong):
        given = [Word(w.start, w.end, written) if i == at else w for i, w in enumerate(words)]
        again = engine._teens_heard_again(audio, given)
        assert again[at].text == said
        assert [w.text for i, w in enumerate(again) if i != at] == [
            w.text for i, w in enumerate(given) if i != at
        ]


def test_a_service_term_heard_as_other_words_beside_its_minutes_is_written_and_marked(heard: tuple) -> None:  # type: ignore[type-arg]
    engine, audio, words = heard
    minutes = next(i for i, w in enumerate(words) if w.text.strip() == "minutes")
    name = minutes + 2 if words[minutes + 1].text.strip().lower() in {"of", "on"} else minutes + 1
    stop = next(i for i in range(name, len(words)) if words[i].text.endswith("."))
    # Whatever the recogniser wrote for "ther ex" after "sixteen minutes of", "the rack" is given.
    given = [*words[:name], Word(words[name].start, words[stop].end, " the rack."), *words[stop + 1 :]]
    again = engine._services_heard_again(audio, given, service_terms(vocabulary_prompt()))
    assert again[name].text == " ther ex." and again[name].other == "the rack." and unsure(again[name])
    assert [w.text for w in again[name + 1 :]] == [w.text for w in given[name + 1 :]]
    # A stretch beside no minute count is left as heard.
    assert [w.text for w in again[:name]] == [w.text for w in given[:name]]


@pytest.mark.parametrize(
    ("word", "is_unsure"),
    [
        (Word(0, 1, " 50", 0.95, " 15", 0.2), True),  # the two readings scored alike
        (Word(0, 1, " 50", 0.95, " 15", 1.2), True),  # within a factor of about 4.5: a close call
        (Word(0, 1, " 50", 0.95, " 15", 3.5), False),  # one reading far likelier
        (Word(0, 1, " fifty,", 0.05), True),  # a near guess
        (Word(0, 1, " fifty,", 0.3), False),  # low, but minutes heard right score as low
        (Word(0, 1, " 12", 0.97), False),
        (Word(0, 1, " twenty-five", 0.05), True),
        (Word(0, 1, " minutes", 0.1), False),  # not a number: a service word is another matter
        (Word(0, 1, " ther ex", 0.9, "the rack", 0.8), True),  # a service term written for other words
        (Word(0, 1, " ther act", 0.9, "the rack", 2.2), True),  # "back on the rack" scored so: a guess
        (Word(0, 1, " ther ex", 0.9, "the rest,", 4.9), True),
        (Word(0, 1, " ther ex", 0.9, "the rags.", 5.3), False),  # far likelier: the term was said
        (Word(0, 1, " ther act,", 0.9, "the racked", 11.3), False),
        (Word(0, 1, " ther ex", 1.0, "the racks"), True),  # written from the text alone: always a guess
        (Word(0, 1, " ther act,", 0.002, "is the rest,", 12.8), True),  # over words all but made up
        (Word(0, 1, " often", 0.1), False),  # "ten" inside a word is no number
    ],
)
def test_a_number_is_unsure_when_its_readings_score_alike_or_its_probability_is_low(
    word: Word, is_unsure: bool
) -> None:
    assert unsure(word) is is_unsure


def _words(*said: tuple[str, float]) -> list[Word]:
    return [Word(i, i + 0.5, text, probability) for i, (text, probability) in enumerate(said)]


@pytest.mark.parametrize(
    ("words", "text", "spans"),
    [
        (
            _words((" Ther", 0.9), (" ex", 0.9), (" 50", 0.05), (" minutes.", 0.9)),
            "Ther ex 50 minutes.",
            [(8, 10)],
        ),
        # The repair wrote "the rack's" as "ther ex": the number is found where it now stands.
        (
            _words((" The", 0.9), (" rack's", 0.9), (" 50", 0.05), (" minutes.", 0.9)),
            "ther ex 50 minutes.",
            [(8, 10)],
        ),
        # The same number twice: the second one, not the first.
        (
            _words((" 10", 0.99), (" reps,", 0.9), (" then", 0.9), (" 10", 0.05), (" minutes.", 0.9)),
            "10 reps, then 10 minutes.",
            [(14, 16)],
        ),
        (_words((" Twelve", 0.99), (" minutes.", 0.05)), "Twelve minutes.", []),
        # A service term written for the words heard is placed like a number.
        (
            [Word(0, 1, " So", 0.9), Word(1, 2, " ther ex", 0.8, "the rack", 0.8), *_words((" 16", 0.9))],
            "So ther ex 16",
            [(3, 10)],
        ),
    ],
)
def test_an_unsure_number_is_placed_in_the_text_as_written(
    words: list[Word], text: str, spans: list[tuple[int, int]]
) -> None:
    assert [(u["start"], u["end"]) for u in unsure_spans(words, text)] == spans


def test_a_turn_joined_from_two_pieces_keeps_its_unsure_numbers_in_place() -> None:
    first = Heard(0.0, 2.0, "Manual 12 minutes.", None, ({"start": 7, "end": 9, "probability": 0.3},))
    second = Heard(2.3, 4.0, "Ther ex 50 minutes.", None, ({"start": 8, "end": 10, "probability": 0.4},))
    (segment,) = label([first, second])
    assert segment["text"] == "Manual 12 minutes. Ther ex 50 minutes."
    assert [segment["text"][u["start"] : u["end"]] for u in segment["unsure"]] == ["12", "50"]
    assert "unsure" not in label([Heard(0.0, 2.0, "Okay.", None)])[0]


@pytest.mark.parametrize(
    "unsure_marks",
    [
        ({"start": 8, "end": 10, "probability": 0.41, "other": "15", "margin": 0.2},),
        ({"start": 8, "end": 10, "probability": 0.1}, {"start": 11, "end": 18, "probability": 0.3}),
        (),
    ],
)
def test_a_live_piece_keeps_its_unsure_numbers_until_the_transcript_is_made(unsure_marks: tuple) -> None:
    heard = Heard(3.0, 5.5, "Ther ex 50 minutes.", None, unsure_marks)
    again = heard_again(kept_piece(7, heard))
    assert again == heard
    assert label([again])[0].get("unsure", []) == list(unsure_marks)
