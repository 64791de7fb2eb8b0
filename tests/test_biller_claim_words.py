"""A claim as the biller reads it (#20, trial 51), on SQLite and PostgreSQL: a denial the clinic wrote off
reads as the clinic's and closed; a rejection says where it is fixed (the patient's insurance for a
subscriber); a line recoded away from the signed note is warned, at once and each time the claim opens."""

from datetime import date

import pytest
from conftest import Practice
from page_helpers import held_list_with, page_client
from scheduling_helpers import one
from sqlalchemy import text

from core.billing.claim_view import standing, written_off_by_clinic
from core.billing.corrections import note_mismatch
from core.billing.denials import write_off
from core.billing.models import ClaimLine
from core.billing.rejections import fixed_on
from core.enums import ClaimLineStatus as L
from core.enums import ClaimStatus as S

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def _count(practice: Practice, sql: str, **params: object) -> int:
    with practice.session() as session:
        return int(session.exec(text(sql).bindparams(**params)).one()[0])  # type: ignore[call-overload]


STANDING_ROWS = [
    # (claim status, its lines' statuses, the words)
    (S.denied, [L.written_off], "denied, written off by the clinic (closed)"),  # trial 51, claim 8322
    # trial 53: 'paid in part' beside $0.00 paid, the only line denied CO-29 and written off
    (S.partially_paid, [L.written_off], "denied, written off by the clinic (closed)"),
    (S.partially_paid, [L.written_off, L.written_off], "denied, written off by the clinic (closed)"),
    (
        S.partially_paid,
        [L.paid, L.written_off],
        "paid in part, the denied lines written off by the clinic (closed)",
    ),
    # must not change: a denial still to work, a claim with nothing written off
    (S.denied, [L.denied, L.written_off], ""),
    (S.denied, [L.denied], ""),
    (S.paid, [L.paid], ""),
    (S.partially_paid, [L.paid, L.denied], ""),
]


@pytest.mark.parametrize(("status", "lines", "words"), STANDING_ROWS)
def test_a_denial_the_clinic_wrote_off_reads_closed(status: str, lines: list[str], words: str) -> None:
    assert standing(status, lines) == words


def _line(status: str, adjusted: int) -> ClaimLine:
    return ClaimLine(
        claim_id=1,
        line_number=1,
        cpt="97110",
        units=1,
        charge_cents=adjusted,
        adjusted_cents=adjusted,
        status=status,
    )


def test_the_clinics_write_off_is_not_the_payers_adjustment() -> None:
    lines = [_line(L.written_off, 2262), _line(L.paid, 500)]
    assert written_off_by_clinic(lines) == 2262
    assert written_off_by_clinic([_line(L.paid, 500), _line(L.denied, 700)]) == 0  # must not change


def test_a_written_off_denial_reads_as_the_clinics_on_the_claim_page(pristine_practice: Practice) -> None:
    """Trial 51, claim 8322: after the clinic wrote off its $22.62 denied line it still said 'Denied'
    and 'Adjusted off by the payer $22.62'."""
    practice = pristine_practice
    claim_id = int(
        one(
            practice,
            """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'denied'
            AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
        )[0]
    )
    with practice.session() as session:
        write_off(session, actor=practice.actor("biller"), claim_id=claim_id, reason="small balance")
    denied = _count(practice, "SELECT SUM(adjusted_cents) FROM claim_line WHERE claim_id = :c", c=claim_id)
    page = page_client(practice, "biller").get(f"/billing/claims/{claim_id}").text
    assert "Denied, written off by the clinic (closed)" in page
    assert '<dd id="adjusted">$0.00</dd>' in page
    assert f'<dd id="written-off">${denied / 100:,.2f}</dd>' in page


FIXED_ON_ROWS = [
    # (the rejection report's words, where it is fixed)
    ("A7:33 rejected for invalid information: status code 33 (subscriber)", "insurance"),  # trial 51
    (
        "A7:33 rejected for invalid information: subscriber and subscriber ID not found (subscriber)",
        "insurance",
    ),
    ("A3:21 member ID", "insurance"),
    ("A7:158 rejected for invalid information: entity's date of birth (patient)", "insurance"),
    (
        "A7:562 rejected for invalid information: entity's National Provider Identifier (NPI) (billing provider)",
        "provider",
    ),
    ("A7:562 NPI", "provider"),
    # must not change: the claim's own content is fixed on its lines
    ("A7:454 procedure code for services rendered", "claim"),
    ("A3:21 missing or invalid information", "claim"),
]


@pytest.mark.parametrize(("report", "where"), FIXED_ON_ROWS)
def test_a_rejection_says_where_it_is_fixed(report: str, where: str) -> None:
    assert fixed_on(report) == where


def test_a_subscriber_rejection_links_to_the_patients_insurance(pristine_practice: Practice) -> None:
    practice = pristine_practice
    claim_id, patient_id = one(
        practice,
        """SELECT c.id, c.patient_id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'submitted'
        AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id LIMIT 1""",
    )
    client = page_client(practice, "biller")
    said = "A7:33 rejected for invalid information: status code 33 (subscriber)"
    assert client.post(f"/billing/claims/{claim_id}/reject", data={"reason": said}).status_code == 200
    page = client.get(f"/billing/claims/{claim_id}").text
    fix = page[page.index('id="rejection-fix"') :]
    assert f'href="/patients/{patient_id}#ins-h"' in fix[: fix.index("</p>")]
    assert "a line's code, units, modifiers" not in fix[: fix.index("</p>")]


MISMATCH_ROWS = [
    # (billed now, the signed note's code, warned?)
    ("97530", "97110", True),  # trial 51: corrected away from what the note records
    ("97110", "97110", False),  # must not change: as the note says
    ("97530", None, False),  # no note behind the line (a line added by hand)
]


@pytest.mark.parametrize(("billed", "noted", "warned"), MISMATCH_ROWS)
def test_a_line_recoded_away_from_the_signed_note_is_warned(
    billed: str, noted: str | None, warned: bool
) -> None:
    said = note_mismatch(billed, noted)
    assert bool(said) is warned
    if warned:
        assert f"the signed note records {noted}, not {billed}" in said


def test_a_recoded_line_warns_on_the_page_that_the_note_says_otherwise(pristine_practice: Practice) -> None:
    practice = pristine_practice
    client = page_client(practice, "biller")
    claim_id = int(
        one(
            practice,
            """SELECT c.id FROM claim c WHERE c.clinic_id = 1 AND c.status = 'denied' AND c.payer_claim_number <> ''
            AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id) ORDER BY c.id DESC LIMIT 1""",
        )[0]
    )
    assert client.post(f"/billing/claims/{claim_id}/correct", follow_redirects=False).status_code == 303
    cpt, units, modifiers = one(
        practice,
        "SELECT cpt, units, modifiers FROM claim_line WHERE claim_id = :c AND line_number = 1",
        c=claim_id,
    )
    new = "97530" if cpt != "97530" else "97110"
    form = {
        "line": "1",
        "cpt": new,
        "units": str(units),
        "modifiers": modifiers,
        "reason": "payer: wrong code",
    }
    reply = client.post(f"/billing/claims/{claim_id}/lines", data=form, follow_redirects=False)
    assert reply.status_code == 303
    page = client.get(reply.headers["location"]).text
    assert f"Warning: the signed note records {cpt}, not {new}" in page
    assert 'id="note-mismatch-1"' in page  # and on the claim each time it is opened
    assert 'id="note-mismatch-1"' in client.get(f"/billing/claims/{claim_id}").text


def test_the_held_list_names_each_claim_and_clinic_and_links_the_authorization(
    pristine_practice: Practice,
) -> None:
    """Trial 51: the held list had no claim number or clinic column, and an authorization finding linked
    nowhere (the plan-of-care one links to the plan). A claim held for its authorization, as the scrubber
    leaves it, read on the claims page and on its own."""
    practice = pristine_practice
    claim_id, control, clinic, patient_id = one(
        practice,
        """SELECT c.id, c.control_number, k.name, c.patient_id FROM claim c JOIN clinic k ON k.id = c.clinic_id
        WHERE c.status IN ('ready', 'held') ORDER BY c.service_date, c.id LIMIT 1""",
    )
    with practice.session() as session:
        session.exec(text("UPDATE claim SET status = 'held' WHERE id = :c").bindparams(c=claim_id))  # type: ignore[call-overload]
        session.exec(  # type: ignore[call-overload]
            text(
                """INSERT INTO claim_finding (claim_id, rule_id, severity, message, created_at)
                VALUES (:c, 'authorization', 'error', 'the authorization runs 2026-08-29 to 2026-10-28 and
                does not cover 2026-11-06: request an extension or a new one', CURRENT_TIMESTAMP)"""
            ).bindparams(c=claim_id)
        )
        session.commit()
    client = page_client(practice, "biller")
    page = held_list_with(client, claim_id)
    row = page[page.index(f'href="/billing/claims/{claim_id}"') :]
    row = row[: row.index("</tr>")]
    assert f"<td>{control}</td>" in row and f"<td>{clinic}</td>" in row
    assert f'href="/patients/{patient_id}/authorizations/new"' in row
    claim_page = client.get(f"/billing/claims/{claim_id}").text
    assert f'href="/patients/{patient_id}/authorizations/new" class="auth-link"' in claim_page
