"""A biller posts an 835 line held for a person (#20): an 835 service line without our line number
(REF*6R) that matched no one line of its claim was held, its money not applied. The held lines page
lists them (payer, amount, date of service, patient) and posts one to the claim line the payer's
remittance advice names: the payer's money paid, the patient's share, the rest adjusted; two clicks
or two requests at once post once, a refused posting changes nothing, and it is audited. End to end on
SQLite and PostgreSQL through the pages; the line the form offers first, table-driven."""

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from conftest import Practice
from page_helpers import page_client
from remittance_helpers import answer, lines_of, write_era
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session
from test_billing_20_era_unnumbered import _without

from core.billing.held import _suggested
from core.billing.models import Claim, ClaimAction, ClaimLine
from core.payers.models import Payer

DEMO_SIZE = "tiny"


def _line(n: int, cpt: str, cents: int) -> ClaimLine:
    return ClaimLine(id=n, claim_id=1, line_number=n, cpt=cpt, charge_cents=cents, units=1)


def _held(words: str) -> ClaimAction:
    return ClaimAction(claim_id=1, kind="era_line_held", reason=f"835 EFT1: {words}")


# (the held line's words, the claim's open lines, the line offered first)
ROWS = [
    ("97140 charged $50.00, paid $40.00, on claim X", [_line(1, "97110", 6000), _line(2, "97140", 5000)], 2),
    # modifiers on the held line: its code still names the line
    ("97140 GP charged $50.00, paid $40.00", [_line(1, "97110", 6000), _line(2, "97140", 5000)], 2),
    # must not change: the same code and charge twice, no line offered first
    ("97110 charged $30.00, paid $24.00", [_line(1, "97110", 3000), _line(2, "97110", 3000)], None),
    # must not change: no open line with its charge
    ("97140 charged $45.00, paid $36.00", [_line(1, "97110", 6000), _line(2, "97140", 5000)], None),
    # must not change: a code sharing the charge but not the code
    ("97530 charged $50.00, paid $40.00", [_line(1, "97140", 5000)], None),
]


@pytest.mark.parametrize(("words", "lines", "want"), ROWS)
def test_the_line_offered_first(words: str, lines: list[ClaimLine], want: int | None) -> None:
    assert _suggested(_held(words), lines) == want


def _held_claim(practice: Practice) -> tuple[int, ClaimLine, int]:
    """A submitted two-line claim of clinic 1 answered by an 835 whose second line lacks REF*6R and
    names another day: its first line posted, its second held. (claim id, the held line, its paid.)"""
    with Session(practice.engine) as session:
        claim_id = int(
            session.exec(  # type: ignore[call-overload]
                text(
                    """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted'
                    AND (SELECT COUNT(*) FROM claim_line l WHERE l.claim_id = c.id) = 2
                    AND (SELECT COUNT(DISTINCT l.cpt) FROM claim_line l WHERE l.claim_id = c.id) = 2
                    ORDER BY c.id LIMIT 1"""
                )
            ).one()[0]
        )
        claim = session.get(Claim, claim_id)
        assert claim is not None
        paid = answer(claim, lines_of(session, claim_id), payer_claim=f"ICN55{claim_id}", percent=80)
        bare = replace(paid.services[1], service_date=claim.service_date + timedelta(days=1))
        payer = session.get(Payer, claim.payer_id)
        assert payer is not None
        era = _without(
            write_era(
                payer, [replace(paid, services=(paid.services[0], bare))], trace="EFT5501", control=5501
            ),
            {bare.control},
        )
        held_line = lines_of(session, claim_id)[1]
    biller = page_client(practice, "biller")
    page = biller.post("/billing/eras", files={"file": ("a.835", era.encode())}, follow_redirects=True).text
    said = re.findall(r'role="(?:status|alert)">([^<]*)', page)
    assert "Held for you, not posted" in page and "Held 835 lines" in page, said
    return claim_id, held_line, bare.paid_cents


def test_a_held_line_is_listed_and_posted_once(pristine_practice: Practice) -> None:
    practice = pristine_practice
    claim_id, held_line, held_paid = _held_claim(practice)
    control, patient_id = one(
        practice, "SELECT control_number, patient_id FROM claim WHERE id = :c", c=claim_id
    )
    first, last = one(practice, "SELECT first_name, last_name FROM patient WHERE id = :p", p=patient_id)
    held_id = one(
        practice, "SELECT id FROM claim_action WHERE claim_id = :c AND kind = 'era_line_held'", c=claim_id
    )[0]
    biller = page_client(practice, "biller")

    # listed: payer, amount, date of service, patient, the claim line offered first
    listed = biller.get("/billing/held")
    assert listed.status_code == 200
    page = re.sub(r"\s+", " ", listed.text)
    assert control in page and f"${held_paid / 100:,.2f}" in page and last in page and first in page
    served = one(practice, "SELECT service_date FROM claim WHERE id = :c", c=claim_id)[0]
    served = served if isinstance(served, date) else date.fromisoformat(str(served)[:10])
    assert f"date of service {served:%m/%d/%Y}" in page
    assert re.search(rf'<option value="{held_line.line_number}" selected>', listed.text)

    # the front desk may not post payments: refused, in words
    desk = page_client(practice, "front_desk")
    refused = desk.get("/billing/held")
    assert refused.status_code == 403 and "payment.write" not in refused.text

    def state() -> tuple:  # type: ignore[type-arg]
        return tuple(
            one(
                practice,
                """SELECT l.status, l.paid_cents, l.patient_responsibility_cents, l.adjusted_cents,
                c.status, c.paid_cents, (SELECT COUNT(*) FROM payment p WHERE p.claim_id = c.id)
                FROM claim_line l JOIN claim c ON c.id = l.claim_id WHERE l.id = :l""",
                l=held_line.id,
            )
        )

    before = state()
    assert before[0] == "open" and before[4] == "submitted"
    charge = held_line.charge_cents
    share = charge - held_paid

    # refused, nothing changed: more than the charge, a line answered already, no line
    for form, said in (
        ({"line": str(held_line.line_number), "patient_share": f"{charge / 100:.2f}"}, "more than"),
        ({"line": "1", "patient_share": "0"}, "answered already"),
        ({"line": "", "patient_share": "0"}, "claim line"),
        ({"line": str(held_line.line_number), "patient_share": "lots"}, "dollars and cents"),
    ):
        reply = biller.post(f"/billing/held/{held_id}/post", data=form)
        assert reply.status_code in (409, 422) and said in reply.text, (form, reply.status_code)
        assert state() == before

    # two clicks at once: one posting
    form = {"line": str(held_line.line_number), "patient_share": f"{share / 100:.2f}", "share": "2"}
    replies = at_once(
        2, lambda _: biller.post(f"/billing/held/{held_id}/post", data=form, follow_redirects=True)
    )
    assert all(r.status_code == 200 for r in replies), [r.text[:300] for r in replies]
    words = [re.sub(r"\s+", " ", r.text) for r in replies]
    assert sum("Posted $" in w for w in words) == 1 and sum("Posted already" in w for w in words) == 1
    after = state()
    assert after[:4] == ("paid", held_paid, share, 0)
    assert after[4] == "paid" and after[6] == before[6] + 1
    total = one(practice, "SELECT SUM(paid_cents) FROM claim_line WHERE claim_id = :c", c=claim_id)[0]
    assert after[5] == total
    assert one(practice, "SELECT COUNT(*) FROM payment WHERE adjudication = :k", k=f"held-{held_id}")[0] == 1
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'payment.write' AND record_id = :c AND detail = :d",
            c=str(claim_id),
            d=f"held 835 line posted to line {held_line.line_number}",
        )[0]
        == 1
    )
    # sent a third time: nothing more
    biller.post(f"/billing/held/{held_id}/post", data=form)
    assert state() == after

    # no longer held; the claim's history says who posted what
    assert control not in biller.get("/billing/held").text
    claim_page = re.sub(r"\s+", " ", biller.get(f"/billing/claims/{claim_id}").text)
    assert f"held 835 line posted by hand to line {held_line.line_number}:" in claim_page
