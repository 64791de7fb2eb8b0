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

Beside a minute count the recogniser's words are also heard again against the audio (`scribe.stt`):
`service_slots` says where a service's name may stand, `sounds_near` which service terms a stretch may
have been (keys an edit or two apart: "the rack" for "ther ex" or "ther act"); the model chooses, and a
term written so is marked for review.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from scribe.numbers import NUMBER

_NUMBER = re.compile(rf"(?<![\w.-]){NUMBER}(?![\w])|\d", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# A sentence that counts minutes names its services in any of its clauses: espeak's "and ther ex, the
# bike plus step-ups, quad sets, SLRs, that came to twenty-three minutes total" came back "and the rex,
# ..., that came to 23 minutes total" (blind-dev b_pt01), its minutes four commas from the name. Away
# from the number only a stretch that is the term's own letters split otherwise is written: a sound
# alone is too loose there ("key turning practice, functional activities twelve minutes" is no gait
# training).
_MINUTES = re.compile(rf"(?:(?<![\w.-]){NUMBER}|\d+)\s+min(?:ute)?s?\b", re.IGNORECASE)
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


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # Imported here, not at the top: importing any part of spaCy loads all of it (with thinc and
    # torch, seconds), and the web app and the CLI import this module without transcribing.
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _term_for(stretch: str, size: int, known: Vocabulary) -> str | None:
    """The one term a stretch of `size` words sounds like, if it may stand for it."""
    term = known.by_key.get(sound_key(stretch))
    if term is None or size != len(term.split()):
        return None
    if _NUMBER.search(stretch) or not re.fullmatch(r"[\w\s'-]+", stretch):
        return None  # a number, or a stretch across a comma
    words = stretch.lower().split()
    if not sound_key(words[0]) or words[-1] in _stop_words():
        return None  # "I forgot", "forgot to": an edge with no sound of its own, or a function word
    return term


@dataclass(frozen=True)
class Repaired:
    """A term written for other words heard: where it stands in the repaired text, and what was heard."""

    start: int
    end: int
    heard: str


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _clause(sentence: str, known: Vocabulary, *, same_letters: bool = False) -> tuple[str, list[Repaired]]:
    """Each stretch, the shortest first, written as the term it sounds like (with `same_letters`, only
    a stretch that is the term's letters split otherwise: "the rex"); with where each term now stands
    in the clause."""
    words = list(_WORD.finditer(sentence))
    out: list[str] = []
    written: list[Repaired] = []
    cursor, at, i = 0, 0, 0
    while i < len(words):
        for size in range(1, min(_LONGEST_STRETCH, len(words) - i) + 1):
            first, last = words[i], words[i + size - 1]
            stretch = sentence[first.start() : last.end()]
            term = _term_for(stretch, size, known)
            if term is None:
                continue
            if f" {_spaced(term)} " in f" {_spaced(stretch)} ":
                break  # heard right; "the rex" holds the letters of "ther ex", not its words
            if same_letters and _letters(term) != _letters(stretch):
                continue
            at += first.start() - cursor
            written.append(Repaired(at, at + len(term), stretch))
            at += len(term)
            out += [sentence[cursor : first.start()], term]
            cursor = last.end()
            i += size - 1
            break
        i += 1
    return "".join([*out, sentence[cursor:]]), written


def repaired(text: str, prompt: str) -> tuple[str, tuple[Repaired, ...]]:
    """`text` with each stretch that sounds like exactly one term of `prompt`'s vocabulary, in a
    clause that holds a number, written as that term (see the module's rules); with each term so
    written, for the draft to mark: a service's name the recogniser never wrote is the clinician's to
    confirm, as a number it was unsure of is."""
    if not prompt:
        return text, ()
    known = _vocabulary_of(prompt)
    out, written = [], []
    length = 0
    clauses: list[tuple[str, bool]] = []
    for sentence in re.split(r"(?<=[.?!])(?=\s)", text):
        minutes = bool(_MINUTES.search(sentence))
        clauses += [(c, minutes) for c in re.split(r"(?<=[.?!,;:])", sentence) if c]
    for clause, minutes in clauses:
        if _NUMBER.search(clause):
            fixed, terms = _clause(clause, known)
        elif minutes:
            fixed, terms = _clause(clause, known, same_letters=True)
        else:
            fixed, terms = clause, []
        written += [Repaired(t.start + length, t.end + length, t.heard) for t in terms]
        out.append(fixed)
        length += len(fixed)
    return "".join(out), tuple(written)


def repair(text: str, prompt: str) -> str:
    """`text` as `repaired` writes it."""
    return repaired(text, prompt)[0]


# Where a service's name stands beside its minutes, so a recogniser's ordinary words there ("the
# rack 16 minutes", "and the X was 26") may be heard again as the service (`scribe.stt`): a number said
# as minutes ("16 minutes") or closing its clause after "was" ("ther ex was twenty six."), and the one
# to three words before it (or before the word before it: "was", "for", or a link heard as another
# word) or after "minutes" (over "of", "on").
_MINUTE_WORDS = {"minute", "minutes", "min", "mins"}
_AFTER_LINKS = {"of", "on"}
# Words that say how the minutes were counted, never what was done: espeak's "that came to twenty-three
# minutes total" was heard right and then written "ther act 23 minutes ADLs" ("total" scored 0.8 likelier
# as "ADLs", "that came to" 4.4 as "ther act"; blind-dev b_pt01), which took ther ex's minutes.
_MINUTE_QUALIFIERS = {"total", "altogether", "today", "straight", "apiece", "each", "overall"}
_CLAUSE_END = re.compile(r"[,.?!;:]$")


def _bare(word: str) -> str:
    return re.sub(r"[^\w'-]", "", word.lower())


def _number_word(word: str) -> bool:
    return bool(re.fullmatch(rf"{NUMBER}|\d+", _bare(word), re.IGNORECASE))


def _edges_sound(stretch: list[str]) -> bool:
    """Whether a stretch may be a term heard as other words, by the text repair's rule for its edges:
    it does not end in a function word ("that came to" is not "ther act", "steam on the" not "e-stim"),
    nor is it a function word alone ("so", "was")."""
    return bool(stretch) and _bare(stretch[-1]) not in _stop_words()


def service_slots(words: list[str]) -> list[tuple[int, int]]:
    """The stretches of a piece's words (start, end: word indices) where a service may have been named
    beside its minutes; none holds a number or runs over a clause's end (a comma or full stop inside)."""
    slots: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        if not _number_word(word):
            continue
        minutes = i + 1 < len(words) and _bare(words[i + 1]) in _MINUTE_WORDS
        closing = bool(_CLAUSE_END.search(word.strip())) or i + 1 == len(words)
        if not minutes and not (closing and i > 0 and _bare(words[i - 1]) in {"was", "were"}):
            continue
        # The word before the number may be a link heard as something else ("the rest want 12").
        for end in (i, i - 1):
            for size in range(1, _LONGEST_STRETCH + 1):
                start = end - size
                if start < 0 or any(
                    _number_word(w) or _CLAUSE_END.search(w.strip()) for w in words[start : end - 1]
                ):
                    break
                if not any(_number_word(w) for w in words[start:end]) and _edges_sound(words[start:end]):
                    slots.append((start, end))
            if end < i and _CLAUSE_END.search(words[end].strip()):
                break
        if minutes and not _CLAUSE_END.search(words[i + 1].strip()):
            first = i + 3 if i + 2 < len(words) and _bare(words[i + 2]) in _AFTER_LINKS else i + 2
            for size in range(1, _LONGEST_STRETCH + 1):
                stop = first + size
                if stop > len(words) or any(
                    _number_word(w) or _CLAUSE_END.search(w.strip()) for w in words[first : stop - 1]
                ):
                    break
                if _bare(words[first]) in _MINUTE_QUALIFIERS:
                    break
                if not _number_word(words[stop - 1]) and _edges_sound(words[first:stop]):
                    slots.append((first, stop))
    return sorted(set(slots))


def _spaced(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def sounds_near(stretch: str, terms: list[str]) -> list[str]:
    """The terms a stretch could have been, by sound: their keys at most one edit apart (two for a key
    of four sounds or more), the stretch's key no more than one sound shorter and its words at most one
    more than the term's, and the stretch not already one of them. A term of fewer than three sounds
    (AFO) is too short to tell. Only a candidate: which one the audio says, if any, is for the
    recogniser to score."""
    heard = sound_key(stretch)
    said = f" {_spaced(stretch)} "
    if not heard or any(f" {_spaced(t)} " in said for t in terms):
        return []  # "ther ex" heard is a term; "the rex" is not, though it holds its letters
    near = []
    for term in terms:
        key = sound_key(term)
        if len(key) < 3 or len(heard) < len(key) - 1 or len(stretch.split()) > len(term.split()) + 1:
            continue  # "steam with the" is no "STM": a stretch has at most one word more than its term
        if Levenshtein.distance(heard, key) <= (2 if len(key) >= _SHORTEST_KEY else 1):
            near.append(term)
    return near
