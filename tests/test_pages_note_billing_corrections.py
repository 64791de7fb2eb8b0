"""A billing correction made after signing is shown on the signed note and its PDF (#20): a biller's
change of a claim line billed from the note (code, modifiers or units: core.billing.corrections) is said
beside the note (who, when, before -> after and why), while the signed note itself stays as signed: its
text, its codes and its charges. A note none of whose lines were corrected, a correction of another
note's claim, and a 'correction' that changes nothing show no correction (must not change)."""

import re
from datetime import date, datetime

import pytest
from markupsafe import escape
from note_helpers import login_as_provider
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text
from test_note_workflow import _pdf_text

from core.billing.corrections import LineCorrection, billed_as, correct_line
from core.billing.models import ClaimLine
from core.notes.billing_corrections import BillingCorrection, after_signing, correction_words

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)
WHEN = r"\w+day \d\d/\d\d/\d{4} at \d{1,2}:\d\d [AP]M \w+"


def _unsent_claim_of_a_signed_note(practice, skip: int = 0) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """A claim billed from a signed note whose line 1 is one of the note's charges, held as the scrubber
    holds one (not sent: the biller may still change its lines): (claim, note, the note's provider)."""
    claim_id, note_id, provider = one(
        practice,
        """SELECT c.id, ch.note_id, n.provider_id FROM claim c
        JOIN claim_line l ON l.claim_id = c.id AND l.line_number = 1
        JOIN charge ch ON ch.id = l.charge_id JOIN note n ON n.id = ch.note_id
        WHERE c.status IN ('ready', 'held', 'submitted') AND n.status = 'signed'
        ORDER BY c.id LIMIT 1 OFFSET :skip""",
        skip=skip,
    )
    with practice.session() as session:
        session.exec(text("UPDATE claim SET status = 'held' WHERE id = :c").bindparams(c=claim_id))
        session.commit()
    return claim_id, note_id, provider


def _line(practice, claim_id: int) -> ClaimLine:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        found = session.exec(
            text("SELECT id FROM claim_line WHERE claim_id = :c AND line_number = 1").bindparams(c=claim_id)
        ).one()
        line = session.get(ClaimLine, found[0])
        session.expunge(line)
        return line


def _signed_as(practice, note_id: int) -> tuple:  # type: ignore[no-untyped-def]
    """What the signature fixed: the note's current text and codes, and its charges."""
    version = one(
        practice,
        """SELECT v.subjective, v.objective, v.assessment, v.plan, v.codes FROM note_version v
        JOIN note n ON n.id = v.note_id WHERE n.id = :n ORDER BY v.version DESC LIMIT 1""",
        n=note_id,
    )
    with practice.session() as session:
        charges = session.exec(
            text(
                "SELECT cpt, modifiers, units, amount_cents FROM charge WHERE note_id = :n ORDER BY id"
            ).bindparams(n=note_id)
        ).all()
    return tuple(version), [tuple(c) for c in charges]


# How the biller changes line 1: (label, the change from the line as it stands, shown)
CHANGES = [
    (
        "units",
        lambda line: {"cpt": line.cpt, "units": line.units + 1, "modifiers": line.modifiers.split()},
        True,
    ),
    (
        "modifier",
        lambda line: {
            "cpt": line.cpt,
            "units": line.units,
            "modifiers": [*line.modifiers.split()[:1], "59" if "59" not in line.modifiers else "XU"],
        },
        True,
    ),
    (
        "code",
        lambda line: {
            "cpt": "97530" if line.cpt != "97530" else "97110",
            "units": line.units,
            "modifiers": line.modifiers.split(),
        },
        True,
    ),
    # must not change: the same code, units and modifiers again is no correction (nothing written)
    (
        "nothing",
        lambda line: {"cpt": line.cpt, "units": line.units, "modifiers": line.modifiers.split()},
        False,
    ),
]


@pytest.mark.parametrize(("label", "change", "shown"), CHANGES, ids=[c[0] for c in CHANGES])
def test_a_correction_after_signing_is_shown_beside_the_signed_note(practice, label, change, shown) -> None:  # type: ignore[no-untyped-def]
    row = [c[0] for c in CHANGES].index(label)  # each row a claim of its own (the practice is the module's)
    claim_id, note_id, provider = _unsent_claim_of_a_signed_note(practice, skip=2 * row)
    other_claim, other_note, _ = _unsent_claim_of_a_signed_note(practice, skip=2 * row + 1)
    assert other_note != note_id
    before = _line(practice, claim_id)
    signed = _signed_as(practice, note_id)
    asked = change(before)
    biller = practice.actor("biller")
    with practice.session() as session:
        correct_line(
            session,
            actor=biller,
            claim_id=claim_id,
            change=LineCorrection(line_number=1, reason="payer's edit: " + label, **asked),
            today=TODAY,
        )
    after = _line(practice, claim_id)
    assert _signed_as(practice, note_id) == signed, "the signed note and its charges stay as signed"

    with practice.session() as session:
        corrections = after_signing(session, note_id)
        assert after_signing(session, other_note) == [], "another note's claim shows nothing of this"
    biller_name = one(practice, "SELECT full_name FROM app_user WHERE id = :u", u=biller.user_id)[0]
    if not shown:
        assert corrections == []
    else:
        assert [(c.by, c.line_number) for c in corrections] == [(biller_name, 1)]
        assert corrections[0].change == f"{billed_as(before)} -> {billed_as(after)}: payer's edit: {label}"

    # the note's page, as its author reads it
    audited_before = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
    page = page_client(practice, provider_id=provider).get(f"/notes/{note_id}/review")
    assert page.status_code == 200, page.text[:300]
    if shown:
        listed = page.text[page.text.index('id="billing-corrections"') :]
        item = re.search(r"<li>(.*?)</li>", listed, re.S)
        assert item is not None
        said = item.group(1).replace("&gt;", ">").replace("&#39;", "'")
        assert re.fullmatch(
            rf"Billing correction by {re.escape(biller_name)} on {WHEN}, claim line 1: "
            rf"{re.escape(billed_as(before))} -> {re.escape(billed_as(after))}: payer's edit: {label}",
            said,
        ), said
    else:
        assert 'id="billing-corrections"' not in page.text
    # the signed text is on the page as signed
    assert str(escape(signed[0][0][:40])) in page.text

    # and in the PDF, after the services billed as signed
    api = practice.client()
    printed = api.get(f"/api/v1/notes/{note_id}/pdf", headers=login_as_provider(practice, api, provider))
    assert printed.status_code == 200
    pdf = _pdf_text(printed.content).replace("\\(", "(").replace("\\)", ")")
    if shown:
        assert "Billing corrections after signing (the note above is as signed)" in pdf
        assert f"Billing correction by {biller_name} on" in pdf
        assert billed_as(before) in pdf and billed_as(after) in pdf
        assert pdf.index("Services (CPT") < pdf.index("Billing corrections after signing")
    else:
        assert "Billing correction" not in pdf
    # the reads stay on the audit log: the page's read of the note, and the PDF's export
    with practice.session() as session:
        read = session.exec(
            text(
                """SELECT action, detail FROM audit_entry WHERE record_type = 'note' AND record_id = :n
                AND id > :b"""
            ).bindparams(n=str(note_id), b=audited_before)
        ).all()
    assert {tuple(r) for r in read} >= {("note.read", ""), ("note.read", "exported as pdf")}, read


WORDS = [
    (
        BillingCorrection("Pat Lee", 1, "97110 GP x2 -> 97530 GP x2: wrong code", datetime(2026, 1, 1)),
        "Mon",
        ("Billing correction by Pat Lee on Mon, claim line 1: 97110 GP x2 -> 97530 GP x2: wrong code"),
    ),
    (
        BillingCorrection("Ann Roe", 3, "97140 GP x1 -> 97140 GP 59 x1: NCCI", datetime(2026, 1, 1)),
        "Tue",
        ("Billing correction by Ann Roe on Tue, claim line 3: 97140 GP x1 -> 97140 GP 59 x1: NCCI"),
    ),
]


@pytest.mark.parametrize(("correction", "when", "said"), WORDS)
def test_a_correction_in_words(correction: BillingCorrection, when: str, said: str) -> None:
    assert correction_words(correction, when) == said
