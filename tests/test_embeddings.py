"""core.embeddings called directly: one unit-length 384-d row per text, the same text the same row, and a
clinic's sentence nearer to a paraphrase of it than to an unrelated one (pairs written for this test)."""

import numpy as np
import pytest

from core.embeddings import embed

# (a sentence, a paraphrase of it, a sentence about something else)
TRIPLES = [
    (
        "Patient walked 300 feet with a rolling walker.",
        "She ambulated 300 ft using a wheeled walker.",
        "The claim was denied for a missing modifier.",
    ),
    (
        "Cancel his appointment on Friday.",
        "Please call off Friday's visit for him.",
        "Knee flexion improved to 110 degrees.",
    ),
    (
        "Shoulder pain is 6 out of 10 at rest.",
        "At rest she rates her shoulder pain 6/10.",
        "The front desk opens at eight.",
    ),
    (
        "Swallowing thin liquids causes coughing.",
        "He coughs when drinking thin liquids.",
        "Bill the payer for two units of 97110.",
    ),
]


def test_one_unit_row_per_text() -> None:
    texts = [t for triple in TRIPLES for t in triple]
    rows = embed(texts)
    assert rows.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    again = embed([texts[0]])
    assert np.allclose(again[0], rows[0], atol=1e-5)


@pytest.mark.parametrize(("sentence", "paraphrase", "unrelated"), TRIPLES)
def test_a_paraphrase_is_nearer_than_an_unrelated_sentence(
    sentence: str, paraphrase: str, unrelated: str
) -> None:
    a, b, c = embed([sentence, paraphrase, unrelated])
    assert float(a @ b) > float(a @ c) + 0.2
