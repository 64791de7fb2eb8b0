"""Every model a draft loads when first asked, loaded now: spaCy's pipeline with ConText
(`scribe.extract`), the places tagger and the parser of `scribe.statements`, and the section model with
its MiniLM (`scribe.sections`). The parser is read only for a patient's sentence that names someone
else's person, so a first draft without one leaves it for a later draft to load (0.4 CPU-s, seconds on
a busy machine): a process that drafts calls this once, beside its other work, before its first draft."""


def warm_up() -> None:
    from core.embeddings import _model
    from scribe import extract, sections, statements

    extract.pipeline()
    statements._places_model()
    statements._parser()
    sections._weights()
    _model()
