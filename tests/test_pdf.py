"""The plain PDF documents a clinic sends out."""

from core.pdf import document


def test_a_document_is_a_pdf_even_with_text_outside_latin1() -> None:
    made = document("Plan of care — Zoë", ["Goal 1: walk 100 ft", "Étape ✓ done", ""])
    assert made.startswith(b"%PDF-") and made.rstrip().endswith(b"%%EOF")


def test_a_longer_document_is_a_larger_file() -> None:
    assert len(document("Note", ["line"] * 200)) > len(document("Note", ["line"]))
