"""Therapy terms the recogniser wrote as ordinary words that sound the same ("ther ex" heard as "the
rack's", "ther act" as "the racked"): the clinician's shorthand is short, unstressed and rare in
Whisper's training text, and on spoken sessions it is the word a service's minutes most often lose.

A stretch of a sentence is written as a term of the therapy vocabulary (the recogniser's own prompt,
`prompts/scribe/vocabulary.txt`) only when all of these hold:
- its sound key is the term's exactly, and no other term of the vocabulary has that key (a stretch
  that sounds like two terms is left as it was heard), and it has as many words as the term (one
  word is never a two-word term: "forgot" is not "ther act");
- its clause (what commas and full stops separate) holds a number ("16 minutes", "ther ex was 26"):
  a service's minutes, a test's score, a measure, where a garbled name loses what the number measures;
- its first word has a sound of its own and its last is no function word (spaCy's stop words): "I
  forgot" and "forgot to" are not "ther act"; and it does not already hold the term ("was self-care
  training" stays);
- the stretch holds no number and is not already a term: numbers are never touched.

The sound key is a consonant skeleton in the manner of Metaphone: vowels dropped, voiced and voiceless
pairs merged (d/t, b/p, g/k, v/f, z/s), "th" with f and v (the commonest confusion of English
fricatives in recognisers and listeners alike), "x" as "ks", "c" as k or s.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from scribe.numbers import NUMBER

_NUMBER = re.compile(rf"(?<![\w.-]){NUMBER}(?![\w])|\d", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A shorter key matches too many ordinary words to say anything ("system" and "steam" sound like
# STM, "tools" like ADLs, "story" like Oswestry).
_SHORTEST_KEY = 4
_LONGEST_STRETCH = 3  # words, as many as the term has

_DIGRAPHS = (("gh", ""), ("tch", "c"), ("ph", "f"), ("th", "f"), ("ck", "k"), ("sh", "s"), ("ch", "c"))
_LETTERS = str.maketrans({"x": "ks", "q": "k", "z": "s", "v": "f", "d": "t", "b": "p", "g": "k", "j": "c"})


def sound_key(text: str) -> str:
    """The consonant skeleton two stretches share when they sound alike: 'ther ex' and 'the rack's'
    are both 'frks'."""
    letters = re.sub(r"[^a-z]", "", text.lower())
    for spelled, sound in _DIGRAPHS:
        letters = letters.replace(spelled, sound)
    letters = re.sub(r"c(?=[eiy])", "s", letters).replace("c", "k")
    letters = letters.translate(_LETTERS)
    letters = re.sub(r"[aeiouywh]", "", letters)
    return re.sub(r"(.)\1+", r"\1", letters)


@dataclass(frozen=True)
class Vocabulary:
    """Terms by sound key, only the keys that name one term."""

    by_key: dict[str, str]


def vocabulary(terms: list[str]) -> Vocabulary:
    keys: dict[str, set[str]] = {}
    for term in terms:
        key = sound_key(term)
        if len(key) >= _SHORTEST_KEY and not _NUMBER.search(term):
            keys.setdefault(key, set()).add(term.lower())
    return Vocabulary({key: next(iter(found)) for key, found in keys.items() if len(found) == 1})


def prompt_terms(prompt: str) -> list[str]:
    """The terms of a vocabulary prompt: what its commas and full stops separate."""
    return [t.strip() for t in re.split(r"[,.\n]", prompt) if t.strip()]


@lru_cache(maxsize=4)
def _vocabulary_of(prompt: str) -> Vocabulary:
    return vocabulary(prompt_terms(prompt))


def _term_for(stretch: str, size: int, known: Vocabulary) -> str | None:
    """The one term a stretch of `size` words sounds like, if it may stand for it."""
    term = known.by_key.get(sound_key(stretch))
    if term is None or size != len(term.split()):
        return None
    if _NUMBER.search(stretch) or not re.fullmatch(r"[\w\s'-]+", stretch):
        return None  # a number, or a stretch across a comma
    words = stretch.lower().split()
    if not sound_key(words[0]) or words[-1] in STOP_WORDS:
        return None  # "I forgot", "forgot to": an edge with no sound of its own, or a function word
    return term


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _clause(sentence: str, known: Vocabulary) -> str:
    """Each stretch, the shortest first, written as the term it sounds like."""
    words = list(_WORD.finditer(sentence))
    out, cursor, i = [], 0, 0
    while i < len(words):
        for size in range(1, min(_LONGEST_STRETCH, len(words) - i) + 1):
            first, last = words[i], words[i + size - 1]
            stretch = sentence[first.start() : last.end()]
            term = _term_for(stretch, size, known)
            if term is None:
                continue
            if _letters(term) in _letters(stretch):
                break  # heard right
            out += [sentence[cursor : first.start()], term]
            cursor = last.end()
            i += size - 1
            break
        i += 1
    return "".join([*out, sentence[cursor:]])


def repair(text: str, prompt: str) -> str:
    """`text` with each stretch that sounds like exactly one term of `prompt`'s vocabulary, in a
    clause that holds a number, written as that term (see the module's rules)."""
    if not prompt:
        return text
    known = _vocabulary_of(prompt)
    return "".join(_clause(c, known) if _NUMBER.search(c) else c for c in re.split(r"(?<=[.?!,;:])", text))
