"""A signed note's PDF lists every service the note records (#20, trial 51): a timed service that earned
no unit under the 8-minute rule stays on it with its minutes, so the lines add up to the total timed
minutes the PDF states."""

import json
from datetime import date

import pytest
from conftest import Practice
from page_helpers import page_client
from sqlalchemy import text
from test_note_workflow import _pdf_text

from core.billing.note_services import Billed, service_lines
from core.billing.reference import codes as billing_codes

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def _count(practice: Practice, sql: str, **params: object) -> int:
    with practice.session() as session:
        return int(session.exec(text(sql).bindparams(**params)).one()[0])  # type: ignore[call-overload]


B = Billed
SERVICE_ROWS = [
    # (the note's services, its charges, the PDF's lines)
    (  # trial 51, TS000012642: 54 timed minutes, 4 units; 97112's 8 minutes earned none but stay
        [{"code": "97110", "minutes": 23}, {"code": "97112", "minutes": 8}, {"code": "97116", "minutes": 23}],
        [B("97110", "GP", 2), B("97116", "GP", 2)],
        [
            "  97110 GP   2 units   23 min",
            "  97112   no unit   8 min (counted in the total timed minutes)",
            "  97116 GP   2 units   23 min",
        ],
    ),
    (  # Medicare bills unattended e-stim as G0283: the note's 97014 is the charge's G0283
        [{"code": "97014", "minutes": 15}, {"code": "97110", "minutes": 30}],
        [B("G0283", "GP", 1), B("97110", "GP", 2)],
        ["  G0283 GP   1 unit   15 min", "  97110 GP   2 units   30 min"],
    ),
    (  # an untimed code nobody billed (hot packs, bundled) is on the note, not billed
        [{"code": "97010", "minutes": 10}, {"code": "97110", "minutes": 38}],
        [B("97110", "GP", 3)],
        ["  97010   not billed   10 min", "  97110 GP   3 units   38 min"],
    ),
    # must not change: every service billed, as before; a charge no code names still listed
    (
        [{"code": "97161"}, {"code": "97110", "minutes": 15}],
        [B("97161", "GP", 1), B("97110", "GP", 1)],
        ["  97161 GP   1 unit", "  97110 GP   1 unit   15 min"],
    ),
    (
        [{"code": "92507"}],
        [B("92507", "GN", 1), B("92526", "GN", 1)],
        ["  92507 GN   1 unit", "  92526 GN   1 unit"],
    ),
]


@pytest.mark.parametrize(("recorded", "billed", "lines"), SERVICE_ROWS)
def test_every_service_the_note_records_is_on_its_pdf(recorded: list, billed: list, lines: list) -> None:
    assert service_lines(recorded, billed) == lines


def test_a_signed_notes_pdf_lists_the_service_that_earned_no_unit(practice: Practice) -> None:
    """The note's PDF as the biller opens it from the claim: the timed service with no unit is on it,
    with its minutes, and the lines add up to the total timed minutes the PDF states."""
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT n.id, v.codes, (SELECT COUNT(*) FROM charge c WHERE c.note_id = n.id)
                FROM note n JOIN note_version v ON v.note_id = n.id AND v.version = n.current_version
                WHERE n.status = 'signed' AND n.clinic_id = 1 ORDER BY n.id"""
            )
        ).all()
    found = next(
        (
            (note_id, codes if isinstance(codes, list) else json.loads(codes))
            for note_id, codes, charged in rows
            if charged < len(codes if isinstance(codes, list) else json.loads(codes))
        ),
        None,
    )
    if found is None:
        pytest.skip("no signed note in this demo has a service that earned no unit")
    note_id, codes = found
    client = page_client(practice, "biller")
    printed = client.get(f"/api/v1/notes/{note_id}/pdf")
    assert printed.status_code == 200, printed.text[:300]
    pdf = _pdf_text(printed.content)
    for service in codes:
        assert f"  {service['code']}" in pdf
        if service.get("minutes"):
            assert f"{service['minutes']} min" in pdf
    timed = sum(
        int(s.get("minutes", 0))
        for s in codes
        if s["code"] in billing_codes() and billing_codes()[s["code"]].timed
    )
    assert f"Total timed minutes: {timed}" in pdf
    assert (
        _count(
            practice,
            """SELECT COUNT(*) FROM audit_entry WHERE record_type = 'note' AND record_id = :n
            AND detail = 'exported as pdf'""",
            n=str(note_id),
        )
        >= 1
    )
