"""A claim line's diagnosis pointers read as the diagnoses they point to (#20): the CMS-1500's letters
(box 24E, A to L) with each letter's ICD-10 code, never the stored digits run together ("12")."""

import re

import pytest
from conftest import Practice
from page_helpers import page_client
from scheduling_helpers import one

from core.billing.claim_view import diagnosis_letters, pointers_of

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("stored", "diagnoses", "read"),
    [
        ("12", ["M54.50", "M25.561"], [("A", 1, "M54.50"), ("B", 2, "M25.561")]),
        ("1", ["M54.50"], [("A", 1, "M54.50")]),
        ("21", ["M54.50", "M25.561"], [("B", 2, "M25.561"), ("A", 1, "M54.50")]),
        ("13", ["M54.50", "M25.561"], [("A", 1, "M54.50"), ("C", 3, "")]),  # no third: shown as missing
        ("", ["M54.50"], []),
        ("0x", ["M54.50"], []),
    ],
)
def test_a_lines_pointers_name_the_claims_diagnoses(
    stored: str, diagnoses: list[str], read: list[tuple[str, int, str]]
) -> None:
    assert [(p.letter, p.number, p.code) for p in pointers_of(stored, diagnoses)] == read


def test_the_claims_diagnoses_are_lettered_a_to_l() -> None:
    letters = diagnosis_letters([f"M{n}" for n in range(14)])
    assert [d.letter for d in letters] == list("ABCDEFGHIJKL") and letters[-1].code == "M11"


def test_the_claim_page_shows_the_letters_and_their_codes(practice: Practice) -> None:
    claim_id, pointers = one(
        practice,
        "SELECT claim_id, diagnosis_pointers FROM claim_line WHERE diagnosis_pointers = '12' ORDER BY id LIMIT 1",
    )
    page = page_client(practice, "biller").get(f"/billing/claims/{claim_id}")
    assert page.status_code == 200
    cells = re.findall(r'<td class="pointers">(.*?)</td>', page.text)
    assert cells and all(">12<" not in c for c in cells)
    codes = re.findall(r'<abbr title="([^"]+)">A</abbr>, <abbr title="([^"]+)">B</abbr>', page.text)
    legend = re.search(r'<p id="dx-legend">(.*?)</p>', page.text)
    assert codes and legend and all(f"<strong>A</strong> {a}" in legend.group(1) for a, _ in codes)
    assert all(f"<strong>B</strong> {b}" in legend.group(1) for _, b in codes)
