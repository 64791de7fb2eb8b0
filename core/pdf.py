"""Plain documents a clinic sends out (plans of care for certification, signed notes), as PDF."""


def _latin1(text: str) -> str:
    # The core PDF fonts are Latin-1; anything else prints as '?' rather than failing the document.
    return text.encode("latin-1", "replace").decode("latin-1")


def document(title: str, lines: list[str]) -> bytes:
    # fpdf (with fontTools, PIL and numpy) is imported on the first document, not with core: about a
    # second that every page of the app and every CLI command would otherwise pay.
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 10, _latin1(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 7, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
