"""Which live pieces were made up in the pause that ends a window (scribe.pipeline._made_up): words
faster than anyone speaks that the model doubts, except a piece of answer words alone, which is said
that fast and heard that unsure, and may be a denial. Timings and probabilities are this file's own."""

import pytest

from scribe.pipeline import _made_up
from scribe.stt import Piece, Word


def _piece(text: str, start: float, end: float, probabilities: list[float]) -> Piece:
    said = text.split()
    step = (end - start) / len(said)
    words = tuple(
        Word(start + i * step, start + (i + 1) * step, " " + w, p)
        for i, (w, p) in enumerate(zip(said, probabilities, strict=True))
    )
    return Piece(start, end, text, words)


@pytest.mark.parametrize(
    ("text", "seconds", "probabilities", "made_up"),
    [
        # made up: fast and doubted
        ("Thank you.", 0.28, [0.02, 0.94], True),
        ("Thank you so much.", 0.22, [0.02, 0.96, 0.08, 0.99], True),
        ("See you next week.", 0.3, [0.3, 0.2, 0.4, 0.3], True),
        # answers alone, however fast and doubted
        ("No, no.", 0.25, [0.04, 0.3], False),
        ("Nope. No.", 0.2, [0.05, 0.1], False),
        ("Yeah, yes.", 0.3, [0.06, 0.2], False),
        ("Mm-hmm, yeah.", 0.3, [0.05, 0.2], False),
        # an answer with other words is judged as any piece
        ("No, thank you.", 0.3, [0.04, 0.05, 0.3], True),
        # at a speaking pace, or sure
        ("No calf pain.", 1.2, [0.3, 0.2, 0.4], False),
        ("Thank you.", 0.28, [0.9, 0.95], False),
        ("Nine.", 0.1, [0.01], False),
    ],
)
def test_a_piece_is_made_up_only_if_fast_doubted_and_not_all_answers(
    text: str, seconds: float, probabilities: list[float], made_up: bool
) -> None:
    assert _made_up(_piece(text, 2.0, 2.0 + seconds, probabilities)) is made_up
