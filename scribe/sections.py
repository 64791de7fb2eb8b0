"""Where a clinical statement no rule placed belongs in a SOAP note: the MiniLM sentence embedding the
assistant already ships, and a small linear model over it trained on notes and dialogues written by
others (shared/corpora: ACI-Bench's notes split into sections, MTS-Dialog's dialogue snippets labelled
with their note section). The weights ship in rules/sections.json; `python -m scribe.sections` trains
them again from the corpora and prints the held-out accuracy.
"""

import csv
import json
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from core.config import corpora_dir
from core.embeddings import embed

WEIGHTS = Path(__file__).parent / "rules" / "sections.json"
CORPORA = corpora_dir()
LABELS = ("subjective", "objective", "assessment", "plan")
MTS = {
    "objective": {"EXAM", "IMAGING", "LABS", "PROCEDURES"},
    "assessment": {"ASSESSMENT", "DIAGNOSIS"},
    "plan": {"PLAN", "DISPOSITION", "EDCOURSE"},
}
ACI = {
    "subjective": ("subjective",),
    "objective": ("objective_exam", "objective_results"),
    "assessment_and_plan": ("assessment_and_plan",),
}
PLAN_LINE = re.compile(
    r"^\W*(?:medical treatment|additional testing|patient education|referral|follow[- ]up|"
    r"the patient will|we will|i will|she will|he will|continue|start|schedule|order|recommend)",
    re.IGNORECASE,
)


_THREADS = threading.Lock()


@contextmanager
def _one_thread() -> Iterator[None]:
    """Torch's work on this thread with one thread of its own, as it was after. A draft's statements
    (80 of 9 to 43 tokens in a 45-minute session) are too little work to share: on the 2 cores, with
    other work running, two threads took 1.33 CPU-s (3.0 s) where one takes 0.41 (1.3 s), to the same
    embeddings, bit for bit (`/work/scratch/speed/embexp.py`)."""
    import torch

    with _THREADS:
        before = torch.get_num_threads()
        torch.set_num_threads(1)
        try:
            yield
        finally:
            torch.set_num_threads(before)


@cache
def _weights() -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return np.asarray(data["coef"], dtype=np.float32), np.asarray(data["intercept"], dtype=np.float32)


def classify(texts: list[str]) -> list[str]:
    """A SOAP section per text."""
    if not texts:
        return []
    coef, intercept = _weights()
    scores = embed(texts) @ coef.T + intercept
    return [LABELS[int(i)] for i in np.argmax(scores, axis=1)]


def place(
    texts: list[str], *, default: str, among: tuple[str, ...] = LABELS, least: float = 0.6
) -> list[str]:
    """A section per text, one of `among`, where the model is sure of it (probability `least` or more
    among them), else `default`: 0.66 of the corpora's held-out statements are placed right, so a
    doubtful one stays where the rules would put it."""
    if not texts:
        return []
    coef, intercept = _weights()
    keep = [LABELS.index(name) for name in among]
    unique = list(dict.fromkeys(texts))  # a long visit repeats itself ("good", "again"): embed each once
    with _one_thread():
        embedded = embed(unique)
    scores = (embedded @ coef.T + intercept)[:, keep]
    scores = np.exp(scores - scores.max(axis=1, keepdims=True))
    probability = scores / scores.sum(axis=1, keepdims=True)
    placed = {
        text: among[int(np.argmax(p))] if float(np.max(p)) >= least else default
        for text, p in zip(unique, probability, strict=True)
    }
    return [placed[text] for text in texts]


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = line.strip(" •-\t")
        if not line or line.isupper() or len(line.split()) < 3:
            continue
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.split()) >= 3]
    return out


def examples(split: str) -> list[tuple[str, str]]:
    """(text, section) pairs of one split ('train' or 'valid') of the corpora."""
    pairs: list[tuple[str, str]] = []
    for section, files in ACI.items():
        for name in files:
            path = CORPORA / "aci-bench" / f"{split}_{name}.json"
            if not path.exists():
                continue
            for item in json.loads(path.read_text(encoding="utf-8"))["data"]:
                for sentence in _sentences(item["tgt"]):
                    if section == "assessment_and_plan":
                        label = "plan" if PLAN_LINE.search(sentence) else "assessment"
                    else:
                        label = section
                    pairs.append((sentence, label))
    mts = (
        CORPORA
        / "mts-dialog"
        / ("MTS-Dialog-TrainingSet.csv" if split == "train" else "MTS-Dialog-ValidationSet.csv")
    )
    if mts.exists():
        with mts.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                label = next((k for k, heads in MTS.items() if row["section_header"] in heads), "subjective")
                for turn in row["dialogue"].splitlines():
                    said = re.sub(r"^\s*\w+:\s*", "", turn).strip()
                    if len(said.split()) >= 4:
                        pairs.append((said, label))
    return pairs


def train() -> dict[str, object]:
    """Fit the linear model on the corpora's training splits; report accuracy on their validation splits."""
    from sklearn.linear_model import LogisticRegression

    train_pairs, valid_pairs = examples("train"), examples("valid")
    if not train_pairs:
        raise SystemExit(f"no corpora under {CORPORA}")
    model = LogisticRegression(max_iter=2000, class_weight="balanced", C=2.0)
    model.fit(embed([t for t, _ in train_pairs]), [LABELS.index(label) for _, label in train_pairs])
    predicted = model.predict(embed([t for t, _ in valid_pairs])) if valid_pairs else np.array([])
    truth = np.array([LABELS.index(label) for _, label in valid_pairs])
    per_class = {
        LABELS[k]: round(float((predicted[truth == k] == k).mean()), 3)
        for k in range(4)
        if (truth == k).any()
    }
    return {
        "labels": list(LABELS),
        "coef": np.round(model.coef_, 6).tolist(),
        "intercept": np.round(model.intercept_, 6).tolist(),
        "trained_on": f"{len(train_pairs)} sentences and turns (ACI-Bench train notes, MTS-Dialog training)",
        "valid_accuracy": round(float((predicted == truth).mean()), 3) if valid_pairs else None,
        "valid_recall_per_section": per_class,
        "valid_size": len(valid_pairs),
    }


if __name__ == "__main__":
    fitted = train()
    WEIGHTS.write_text(json.dumps(fitted) + "\n", encoding="utf-8")
    print({k: v for k, v in fitted.items() if k not in ("coef", "intercept")}, file=sys.stderr)
