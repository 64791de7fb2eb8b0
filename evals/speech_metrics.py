"""How good a transcript is: word error rate (both sides normalised as Whisper's English normaliser
does: "ten" and "10" are the same word), the error rate on therapy terms alone, and the share of words
given the right speaker role."""

import re
from pathlib import Path

import jiwer
from whisper.normalizers import EnglishTextNormalizer

# Terms a note depends on: tests, measures, anatomy, interventions, devices (as normalised text).
THERAPY_TERMS = (
    "goniometer",
    "flexion",
    "extension",
    "dorsiflexion",
    "quadriceps",
    "quad",
    "quads",
    "hamstrings",
    "extensor lag",
    "straight leg raise",
    "straight leg raises",
    "timed up and go",
    "sit to stand",
    "berg",
    "lefs",
    "gait",
    "step to",
    "walker",
    "cane",
    "rail",
    "heel slides",
    "quad sets",
    "short arc quads",
    "patellar",
    "mobilization",
    "tibiofemoral",
    "therapeutic exercise",
    "manual therapy",
    "gait training",
    "home exercise program",
    "incision",
    "knee replacement",
    "range of motion",
    "theraband",
    "eversion",
    "inversion",
    "calf raises",
    "wobble board",
    "neuromuscular re education",
    "tripod grasp",
    "putty",
    "bead stringing",
    "button board",
    "fine motor",
    "self care",
    "therapeutic activities",
    "aphasia",
    "anomic",
    "semantic",
    "naming",
    "comprehension",
    "swallow",
    "dysphagia",
    "thin liquids",
    "chin tuck",
    "plan of care",
)

_normal = EnglishTextNormalizer()


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", _normal(text)).strip()


def wer(truth: str, heard: str) -> float:
    """Word error rate of `heard` against `truth`, both normalised."""
    reference = normalise(truth)
    return float(jiwer.wer(reference, normalise(heard))) if reference else 0.0


def term_error_rate(truth: str, heard: str) -> tuple[float, int]:
    """(share of therapy-term mentions in `truth` missing from `heard`, how many mentions there were)."""
    said, got = f" {normalise(truth)} ", f" {normalise(heard)} "
    mentions = missed = 0
    for term in THERAPY_TERMS:
        wanted = said.count(f" {term} ")
        if wanted:
            mentions += wanted
            missed += max(0, wanted - got.count(f" {term} "))
    return (missed / mentions if mentions else 0.0), mentions


def role_at(truth: list[dict], start: float, end: float) -> str | None:
    best, overlap = None, 0.0
    for segment in truth:
        shared = min(end, segment["end"]) - max(start, segment["start"])
        if shared > overlap:
            best, overlap = segment["speaker"], shared
    return best


def speaker_accuracy(truth: list[dict], heard: list[dict]) -> tuple[float, int]:
    """(share of heard words whose segment's role is the role of who really spoke then, words)."""
    right = total = 0
    for segment in heard:
        words = len(segment["text"].split())
        total += words
        if role_at(truth, segment["start"], segment["end"]) == segment["speaker"]:
            right += words
    return (right / total if total else 0.0), total


def read_stm(path: Path) -> list[dict]:
    """Who said what when, from an STM file (`file channel speaker start end words`)."""
    turns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) >= 5 and not line.startswith(";;"):
            turns.append({"speaker": parts[2], "start": float(parts[3]), "end": float(parts[4])})
    return turns


def diarization_accuracy(truth: list[dict], heard: list[dict]) -> float:
    """The share of the truth's talk time given to the right voice, under the best one-to-one naming
    of the heard labels (roles mean nothing in a conversation between two strangers)."""
    from itertools import permutations

    people = sorted({t["speaker"] for t in truth})
    labels = sorted({h["speaker"] for h in heard})
    total = sum(t["end"] - t["start"] for t in truth)

    def overlap(t: dict, h: dict) -> float:
        return max(0.0, min(t["end"], h["end"]) - max(t["start"], h["start"]))

    best = 0.0
    for chosen in permutations(labels, min(len(labels), len(people))):
        naming = dict(zip(chosen, people, strict=False))
        right = sum(overlap(t, h) for t in truth for h in heard if naming.get(h["speaker"]) == t["speaker"])
        best = max(best, right / total if total else 0.0)
    return best
