"""The claim page as a tester read it (#20): 'Adjusted $0.00' above lines listing the payer's
adjustments, the boxes of a denied claim that looked editable, and an 'Export 837P' that downloaded
nothing. The claim's amounts are the sums of its lines' columns, each 835 adjustment says which amount
it is part of, a sent claim's lines are text to read, and the export sends one file however often it
is clicked and downloads it from the page it lands on."""

import re

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one

from core.billing.claim_view import counted_in

DEMO_SIZE = "tiny"


@pytest.mark.parametrize(
    ("group", "status", "counted"),
    [
        ("PR", "paid", "patient's part"),  # coinsurance: never taken off the bill
        ("PR", "denied", "patient's part"),
        ("CO", "paid", "adjusted"),  # contractual (CARC 45)
        ("OA", "paid", "adjusted"),
        ("PI", "paid", "adjusted"),
        ("CO", "denied", "denied, still to work"),
        ("CO", "written_off", "adjusted (written off)"),
        ("CO", "open", "from the payer's answer before this claim was corrected"),
        ("PR", "open", "from the payer's answer before this claim was corrected"),
    ],
)
def test_each_adjustment_says_which_amount_it_is_part_of(group: str, status: str, counted: str) -> None:
    assert counted_in(group, status) == counted


def _money(cents: int) -> str:
    return f"${cents / 100:,.2f}"


def _cells(page: str, css: str) -> list[str]:
    return re.findall(rf'<td class="num {css}">([^<]+)</td>', page)


def test_a_paid_claims_amounts_are_its_lines_and_each_adjustment_is_labelled(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    claim_id, patient_part = one(
        practice,
        """SELECT c.id, c.patient_responsibility_cents FROM claim c WHERE c.status = 'paid' AND EXISTS
        (SELECT 1 FROM adjustment a JOIN claim_line l ON l.id = a.claim_line_id WHERE l.claim_id = c.id
        AND a.group_code = 'PR') ORDER BY c.id LIMIT 1""",
    )
    page = biller.get(f"/billing/claims/{claim_id}").text
    closed = one(
        practice,
        "SELECT COALESCE(SUM(adjusted_cents), 0) FROM claim_line WHERE claim_id = :c AND status <> 'denied'",
        c=claim_id,
    )[0]
    assert f'<dd id="adjusted">{_money(closed)}</dd>' in page
    assert f'<dd id="patient-part">{_money(patient_part)}</dd>' in page
    shown = sum(int(round(float(c.strip("$").replace(",", "")) * 100)) for c in _cells(page, "adjusted"))
    assert shown == closed
    assert re.search(r"PR 2: \$[\d.,]+, [^<]+<span class=\"muted\">\(patient&#39;s part\)</span>", page)
    # Sent and answered: read, not boxes (nothing to save, no form).
    assert 'name="units-1"' not in page and 'id="dx"' not in page
    assert f'action="/billing/claims/{claim_id}"' not in page


def test_a_denied_claim_is_read_and_its_denied_amount_is_on_its_line(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    claim_id, units = one(
        practice,
        """SELECT c.id, l.units FROM claim c JOIN claim_line l ON l.claim_id = c.id AND l.line_number = 1
        WHERE c.status = 'denied' ORDER BY c.id LIMIT 1""",
    )
    page = biller.get(f"/billing/claims/{claim_id}").text
    denied = one(
        practice,
        "SELECT SUM(adjusted_cents) FROM claim_line WHERE claim_id = :c AND status = 'denied'",
        c=claim_id,
    )[0]
    assert '<dd id="adjusted">$0.00</dd>' in page and f'<dd id="denied">{_money(denied)}</dd>' in page
    assert "<input" not in page[page.index('id="lines"') : page.index("</table>", page.index('id="lines"'))]
    assert 'id="dx"' not in page and "Save and scrub again" not in page
    assert f'<td class="units">{units}</td>' in page
    assert "(denied, still to work)" in page
    assert "Start a corrected claim" in page  # the way to fix a denied claim


def test_an_unsent_claim_keeps_its_boxes(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    claim_id = one(practice, "SELECT id FROM claim WHERE status IN ('ready', 'held') ORDER BY id LIMIT 1")[0]
    page = biller.get(f"/billing/claims/{claim_id}").text
    assert 'name="units-1"' in page and 'id="dx"' in page and "Save and scrub again" in page


def test_export_837p_sends_one_file_however_often_clicked_and_lands_on_its_download(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    clinic_id, payer_id, ready = one(
        practice,
        """SELECT clinic_id, payer_id, COUNT(*) FROM claim WHERE status = 'ready'
        GROUP BY clinic_id, payer_id ORDER BY COUNT(*) DESC LIMIT 1""",
    )
    page = biller.get("/billing/claims").text
    key = re.search(rf'name="idempotency_key" value="([0-9a-f]+-837-{clinic_id}-{payer_id})"', page)
    assert key, "the export form carries a key"
    batches = count(practice, "SELECT COUNT(*) FROM claim_batch")
    form = {"clinic_id": clinic_id, "payer_id": payer_id, "idempotency_key": key.group(1)}
    first = biller.post("/billing/batches", data=form, follow_redirects=False)
    second = biller.post("/billing/batches", data=form, follow_redirects=False)
    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]
    assert count(practice, "SELECT COUNT(*) FROM claim_batch") == batches + 1
    landed = first.headers["location"]
    assert "now=1" in landed and "download=" in landed
    shown = biller.get(landed).text
    link = re.search(r'<a href="([^"]+)" id="download-837" download>', shown)
    assert link and '<script src="/static/app/claims.js"' in shown
    x12 = biller.get(link.group(1))
    assert x12.status_code == 200 and x12.text.startswith("ISA*")
    assert "attachment" in x12.headers["content-disposition"]
    assert x12.text.count("CLM*") == ready
