"""One model call for a draft's sentences (scribe.batching): the Docs `batched` makes are the ones read
inside it, the model is run once for them all, a text it was not given is still read, nothing is kept
after the block, and the statements quoted with the batch are the ones quoted sentence by sentence."""

import threading

import pytest

from scribe import batching
from scribe.statements import _places_model, _to_tag, numbered, qualitative, unplaced
from scribe.transcript import Segment

T, P = "therapist", "patient"


class Counting:
    """A stand-in model that counts its calls: `pipe` once for a batch, `__call__` per text."""

    def __init__(self) -> None:
        self.calls = 0
        self.piped = 0

    def __call__(self, text: str) -> str:
        self.calls += 1
        return f"doc of {text}"

    def pipe(self, texts: list[str]) -> list[str]:
        self.piped += 1
        return [f"piped {t}" for t in texts]


def test_a_batch_is_one_call_and_its_docs_are_read_inside_it_only() -> None:
    model = Counting()
    with batching.batched(model, ["Went to Reno.", "Saw Dr. Vance.", "Went to Reno."]):  # type: ignore[arg-type]
        assert batching.doc(model, "Went to Reno.") == "piped Went to Reno."  # type: ignore[arg-type]
        assert batching.doc(model, "Saw Dr. Vance.") == "piped Saw Dr. Vance."  # type: ignore[arg-type]
        assert batching.doc(model, "Not in it.") == "doc of Not in it."  # type: ignore[arg-type]
    assert (model.piped, model.calls) == (1, 1)
    assert batching.doc(model, "Went to Reno.") == "doc of Went to Reno."  # type: ignore[arg-type]


def test_batches_nest_and_another_model_is_not_read_from_them() -> None:
    one, two = Counting(), Counting()
    with batching.batched(one, ["Boise"]):  # type: ignore[arg-type]
        with batching.batched(two, ["Tulsa"]):  # type: ignore[arg-type]
            assert batching.doc(one, "Boise") == "piped Boise"  # type: ignore[arg-type]
            assert batching.doc(two, "Boise") == "doc of Boise"  # type: ignore[arg-type]
        assert batching.doc(two, "Tulsa") == "doc of Tulsa"  # type: ignore[arg-type]


def test_another_thread_never_reads_this_threads_batch() -> None:
    model = Counting()
    seen: list[object] = []
    with batching.batched(model, ["Fresno"]):  # type: ignore[arg-type]
        worker = threading.Thread(target=lambda: seen.append(batching.doc(model, "Fresno")))  # type: ignore[arg-type]
        worker.start()
        worker.join()
    assert seen == ["doc of Fresno"]


@pytest.mark.parametrize(
    "said",
    [
        "My daughter drove me over from Sacramento, the knee was 4 out of 10 in the car.",
        "Dr. Albright wants 3 more weeks before we load it.",
        "We walked around Lake Merritt twice, about 2 miles, no pain.",
        "Okay Harold, 12 reps this time on the left.",
        "The Berg was 44, up from 39.",
    ],
)
def test_a_text_reads_the_same_in_a_batch_as_alone(said: str) -> None:
    alone = unplaced(said)
    tagged = _to_tag(said)
    with batching.batched(_places_model(), [tagged] if tagged else []):
        assert unplaced(said) == alone


def test_statements_quoted_in_one_batch_are_those_quoted_one_by_one() -> None:
    segments = [
        Segment(
            0, 0.0, 4.0, P, "We drove up to Flagstaff Saturday and my hip was a 6 by the time we got there."
        ),
        Segment(1, 5.0, 9.0, T, "Harold, 15 sit to stands, nice and slow."),
        Segment(2, 10.0, 14.0, P, "Dr. Moreno said the swelling should settle in 2 weeks."),
        Segment(3, 15.0, 19.0, T, "Gait was steadier today with the cane, minimal guarding on turns."),
    ]
    batched_out = [s.text for s in numbered(segments, set())] + [s.text for s in qualitative(segments, set())]
    one_by_one = []
    original = batching.batched
    try:
        batching.batched = lambda nlp, texts: original(nlp, [])
        one_by_one = [s.text for s in numbered(segments, set())] + [
            s.text for s in qualitative(segments, set())
        ]
    finally:
        batching.batched = original
    assert batched_out == one_by_one
    assert any("[place]" in text or "[name]" in text for text in batched_out)
