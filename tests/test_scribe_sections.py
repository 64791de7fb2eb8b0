"""The section model's placing runs torch on one thread (`sections._one_thread`): the same sections as
with the threads torch had, and torch's thread count as it was after, whatever happens inside."""

import threading

import numpy as np
import pytest

from core.embeddings import embed
from scribe import sections

STATEMENTS = [
    "Tenderness over the lateral epicondyle, grip reproduces the pain.",
    "We will continue twice a week and recheck strength in two weeks.",
    "Overall she is progressing well toward her goals, limited by pain with gripping.",
    "Left knee flexion improved with the heel slides, end range still guarded.",
    "Next time we add the step-ups if the swelling stays down.",
    "Tolerated the session well with no increase in symptoms afterwards.",
    "okay so then the theraband green three sets and we'll check it again",
    "She moved from min assist to contact guard on the stairs today.",
]


@pytest.mark.parametrize(
    "texts",
    [
        STATEMENTS[:1],
        STATEMENTS[:3],
        STATEMENTS,
        STATEMENTS + STATEMENTS[::-1],  # said again: each text embedded once, placed alike
        [s.lower() for s in STATEMENTS],
    ],
)
def test_one_thread_embeds_what_the_ambient_threads_embed(texts: list[str]) -> None:
    import torch

    before = torch.get_num_threads()
    ambient = embed(list(dict.fromkeys(texts)))
    with sections._one_thread():
        assert torch.get_num_threads() == 1
        alone = embed(list(dict.fromkeys(texts)))
    assert torch.get_num_threads() == before
    np.testing.assert_allclose(alone, ambient, rtol=0, atol=1e-6)
    placed = sections.place(texts, default="objective", among=("objective", "assessment", "plan"))
    assert len(placed) == len(texts) and torch.get_num_threads() == before
    assert all(placed[i] == placed[texts.index(t)] for i, t in enumerate(texts))  # a text said again alike


def test_the_thread_count_is_given_back_after_an_error_and_on_other_threads() -> None:
    import torch

    before = torch.get_num_threads()
    with pytest.raises(RuntimeError), sections._one_thread():
        raise RuntimeError("inside")
    assert torch.get_num_threads() == before
    seen: list[int] = []

    def elsewhere() -> None:
        mine = torch.get_num_threads()
        sections.place(STATEMENTS[:2], default="objective")
        seen.append(int(torch.get_num_threads() == mine))

    workers = [threading.Thread(target=elsewhere) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert seen == [1, 1, 1] and torch.get_num_threads() == before


def test_nothing_to_place_embeds_nothing() -> None:
    assert sections.place([], default="objective") == []
