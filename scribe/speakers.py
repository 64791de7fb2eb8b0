"""Who spoke: a voice embedding per stretch of speech (resemblyzer, whose encoder ships in its
package), clustered, and the clusters named from the visit's context.

The therapist is the enrolled voice when one is given, otherwise the voice that says the clinical words
(codes, tests, exercises, instructions); of the other voices the patient is the one who talks about
themself ("I", "my") rather than about someone else ("she", "Mom"); any further voice is "caregiver"
(family, interpreter, aide).
"""

import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from scribe.audio import SAMPLE_RATE

# Words a clinician says and a patient rarely does: instructions, tests, anatomy, billing words.
_CLINICAL = re.compile(
    r"\b(?:let'?s|go ahead|i'?d like you|i want you|try|reps?|repetitions|sets?|degrees|range of motion|"
    r"flexion|extension|abduction|dorsiflexion|strength|balance|gait|goal|goals|plan|exercises?|"
    r"home exercise|program|measure|score|test|assessment|evaluate|evaluation|progress|minutes|seconds|"
    r"stretch|hold|breathe|relax|squeeze|push|pull|lift|raise|swallow|sentence|repeat|tell me|rate|"
    r"scale|zero to ten|how is|how are|how does|any|we'?ll|we will|next|good|great|nice|perfect|"
    r"therapy|treatment|session|code|units?|measured|walker|cane|theraband|splint|brace)\b",
    re.IGNORECASE,
)
# A patient talks about themself; a caregiver talks about the patient.
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself)\b", re.IGNORECASE)
_ABOUT_SOMEONE = re.compile(
    r"\b(?:she|he|her|him|his|she's|he's|mom|dad|mother|father|husband|wife|son|daughter)\b", re.IGNORECASE
)
_SIMILAR = 0.80  # cosine similarity above which two clusters are one voice (resemblyzer, 256-d)
_SHORTEST = 1.0  # seconds: a shorter stretch gives an embedding too noisy to place
# A "voice" heard for less than this share of the talk (and under 4 s) is a stray embedding of a
# known voice, not a new person: it joins the cluster it sounds most like.
_STRAY_SHARE = 0.12


@dataclass(frozen=True)
class Turn:
    start: float
    end: float
    text: str


@lru_cache(maxsize=1)
def _encoder():  # type: ignore[no-untyped-def]
    from resemblyzer import VoiceEncoder

    return VoiceEncoder(device="cpu", verbose=False)


_lock = threading.Lock()


def embed(audio: np.ndarray) -> np.ndarray | None:
    """A unit-length voice embedding of one stretch of speech, or None if it is too short to tell."""
    if audio.size < SAMPLE_RATE * _SHORTEST:
        return None
    with _lock:
        embedding = _encoder().embed_utterance(audio.astype(np.float32), rate=2.0)
    norm = float(np.linalg.norm(embedding))
    return embedding / norm if norm else None


def cluster(embeddings: list[np.ndarray], weights: list[float], *, most: int = 3) -> list[int]:
    """A cluster number per embedding: average-linkage merging until no two clusters sound alike."""
    if not embeddings:
        return []
    groups: list[list[int]] = [[i] for i in range(len(embeddings))]
    vectors = np.stack(embeddings)

    def centroid(group: list[int]) -> np.ndarray:
        w = np.array([weights[i] for i in group])[:, None]
        mean = (vectors[group] * w).sum(axis=0)
        return mean / (np.linalg.norm(mean) or 1.0)

    while len(groups) > 1:
        centroids = np.stack([centroid(g) for g in groups])
        similarity = centroids @ centroids.T
        np.fill_diagonal(similarity, -1.0)
        a, b = np.unravel_index(int(np.argmax(similarity)), similarity.shape)
        if similarity[a, b] < _SIMILAR and len(groups) <= most:
            break
        groups[a] = groups[a] + groups[b]
        del groups[b]
    total = sum(weights)
    while len(groups) > 1:
        sizes = [sum(weights[i] for i in g) for g in groups]
        smallest = min(range(len(groups)), key=lambda k: sizes[k])
        if sizes[smallest] >= min(_STRAY_SHARE * total, 4.0):
            break
        centroids = np.stack([centroid(g) for g in groups])
        closeness = centroids @ centroids[smallest]
        closeness[smallest] = -2.0
        target = int(np.argmax(closeness))
        groups[target] = groups[target] + groups[smallest]
        del groups[smallest]
    labels = [0] * len(embeddings)
    for number, group in enumerate(groups):
        for i in group:
            labels[i] = number
    return labels


def clinical_score(text: str) -> int:
    return len(_CLINICAL.findall(text))


def name_clusters(
    labels: list[int],
    turns: list[Turn],
    embeddings: list[np.ndarray | None],
    *,
    enrolled: np.ndarray | None = None,
) -> dict[int, str]:
    """therapist / patient / caregiver for each cluster number, from the words and the enrolled voice."""
    clusters = sorted(set(labels))
    if not clusters:
        return {}
    talk: Counter[int] = Counter()
    clinical: Counter[int] = Counter()
    for label, turn in zip(labels, turns, strict=True):
        talk[label] += max(len(turn.text.split()), 1)
        clinical[label] += clinical_score(turn.text)
    if enrolled is not None:

        def closeness(c: int) -> float:
            members = [e for lab, e in zip(labels, embeddings, strict=True) if lab == c and e is not None]
            return float(np.mean([m @ enrolled for m in members])) if members else -1.0

        therapist = max(clusters, key=closeness)
    else:
        therapist = max(clusters, key=lambda c: (clinical[c] / talk[c], talk[c]))
    names = {therapist: "therapist"}
    self_talk: Counter[int] = Counter()
    for label, turn in zip(labels, turns, strict=True):
        self_talk[label] += len(_FIRST_PERSON.findall(turn.text)) - len(_ABOUT_SOMEONE.findall(turn.text))
    rest = sorted((c for c in clusters if c != therapist), key=lambda c: (-self_talk[c] / talk[c], -talk[c]))
    for position, c in enumerate(rest):
        names[c] = "patient" if position == 0 else "caregiver"
    return names


def label(
    audio: np.ndarray, turns: list[Turn], *, enrolled: np.ndarray | None = None
) -> tuple[list[str], list[np.ndarray | None]]:
    """A role per turn (and the embeddings, for a caller that keeps them)."""
    embeddings = [embed(audio[int(t.start * SAMPLE_RATE) : int(t.end * SAMPLE_RATE)]) for t in turns]
    return label_embedded(turns, embeddings, enrolled=enrolled), embeddings


def label_embedded(
    turns: list[Turn], embeddings: list[np.ndarray | None], *, enrolled: np.ndarray | None = None
) -> list[str]:
    """A role per turn from embeddings already made; a turn too short to embed takes its neighbour's."""
    known = [i for i, e in enumerate(embeddings) if e is not None]
    if not known:
        return ["therapist"] * len(turns)
    weights = [max(turns[i].end - turns[i].start, 0.1) for i in known]
    found = cluster([embeddings[i] for i in known], weights)  # type: ignore[misc]
    labels: list[int] = [-1] * len(turns)
    for i, number in zip(known, found, strict=True):
        labels[i] = number
    for i in range(len(labels)):
        if labels[i] == -1:  # too short to embed: the speaker of the nearest stretch that was embedded
            nearest = min(known, key=lambda j: abs(turns[j].start - turns[i].start))
            labels[i] = labels[nearest]
    names = name_clusters(labels, turns, embeddings, enrolled=enrolled)
    return [names[number] for number in labels]
