"""The recogniser's prompt, counted with the real model's tokenizer: Whisper keeps only its last 223
tokens, so the vocabulary and the words heard before must fit in them or the vocabulary's first terms
are cut without a word."""

import pytest

from scribe.pipeline import _CONTEXT_WORDS, with_context
from scribe.stt import PROMPT_TOKENS, prompt_tokens, vocabulary_prompt

# Words heard before, as the recogniser writes a clinician's numbers: several tokens each.
NUMBERS = " ".join(["97110,", "2:57,", "1-22,", "4/10,", "6-minute", "L4-5,", "92526,", "3:30."] * 5)
PLAIN = " ".join(["so", "we", "did", "the", "heel", "slides", "and", "quad", "sets", "then"] * 10)


@pytest.mark.parametrize("model", ["base", "tiny.en"])
def test_the_vocabulary_with_the_words_before_fits_in_whispers_prompt(model: str) -> None:
    vocabulary = vocabulary_prompt()
    # Room for the words said just before: twenty plain words are kept whole.
    assert prompt_tokens(f"{vocabulary} {PLAIN}", model) > PROMPT_TOKENS
    plain = with_context(vocabulary, PLAIN, model=model) or ""
    assert plain.split()[-_CONTEXT_WORDS:] == PLAIN.split()[-_CONTEXT_WORDS:]
    assert prompt_tokens(plain, model) <= PROMPT_TOKENS
    # Numbers take more tokens: fewer of them go, the newest last, and the vocabulary stays whole.
    numbers = with_context(vocabulary, NUMBERS, model=model) or ""
    assert numbers.startswith(vocabulary) and numbers.endswith("3:30.")
    assert prompt_tokens(numbers, model) <= PROMPT_TOKENS
    assert len(numbers.split()) - len(vocabulary.split()) < _CONTEXT_WORDS


def test_without_a_model_the_words_before_are_counted_in_words() -> None:
    assert with_context("Gait training.", PLAIN).split()[-1] == "then"
    assert len(with_context("Gait training.", PLAIN).split()) == 2 + _CONTEXT_WORDS
