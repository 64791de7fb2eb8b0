"""The biller's reports as spreadsheets (#20, 'every KPI and report exportable as CSV'): the AR aging
as the page shows it, every claim a search finds (all pages, in the search's order) and the whole
denial work list, read against core's own figures; a text cell a spreadsheet would run as a formula is
written as plain text; the exports are refused to the roles that may not read claims. Every download
is sent as it is read (no row cap, never whole in memory) and audited as one export (what, by whom,
filters, row count) and once per patient in it, not as page reads."""

import csv
import io
from datetime import date
from decimal import Decimal

import pytest
from page_helpers import page_client
from scheduling_helpers import count, one
from sqlalchemy import text

from core.billing.claims import work_list
from core.billing.denials import DenialView, denial_work_list
from core.billing.overview import ClaimQuery, export_claims, search_claims
from core.billing.receivables import ar_aging
from core.exports import chosen_filters, export_detail
from web.spreadsheet import cell, csv_pieces, dollars

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


def _csv(reply) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    assert reply.status_code == 200, reply.text[:300]
    assert reply.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(reply.text)))


def test_the_aging_csv_is_the_pages_aging(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    page = biller.get("/billing/aging?as_of=2026-11-24&clinic_id=1")
    assert 'href="/billing/aging.csv?as_of=2026-11-24&amp;clinic_id=1"' in page.text
    reply = biller.get("/billing/aging.csv?as_of=2026-11-24&clinic_id=1")
    assert 'filename="ar-aging-2026-11-24-clinic1.csv"' in reply.headers["content-disposition"]
    rows = _csv(reply)
    with practice.session() as session:
        aging = ar_aging(session, actor=practice.actor("biller"), as_of=date(2026, 11, 24), clinic_id=1)
    assert [r["payer"] for r in rows] == [r.payer for r in aging.rows] + ["All payers"]
    for row, expected in zip(rows, aging.rows, strict=False):
        assert Decimal(row["total"]) * 100 == expected.total_cents
        assert [Decimal(row[f"{label} days"]) * 100 for label in aging.labels] == [
            expected.buckets[label] for label in aging.labels
        ]
    everything = rows[-1]
    assert Decimal(everything["total"]) * 100 == aging.total_cents > 0
    assert sum(Decimal(everything[f"{label} days"]) for label in aging.labels) == Decimal(everything["total"])


def test_the_claims_csv_holds_every_claim_the_search_finds_in_its_order(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    payer_id = one(practice, "SELECT payer_id FROM claim GROUP BY payer_id ORDER BY COUNT(*) DESC LIMIT 1")[0]
    search = f"payer_id={payer_id}&from=2026-09-01&to=2026-11-30&sort=patient&order=asc"
    page = biller.get(f"/billing/claims?{search}")
    assert "claims.csv?" in page.text and "Download all" in page.text  # more than one page found
    rows = _csv(biller.get(f"/billing/claims.csv?{search}"))
    matching = count(
        practice,
        """SELECT COUNT(*) FROM claim WHERE payer_id = :p AND service_date BETWEEN '2026-09-01' AND '2026-11-30'""",
        p=payer_id,
    )
    assert len(rows) == matching > 50  # every page, not the one shown
    with practice.session() as session:
        query = ClaimQuery(
            payer_id=payer_id,
            service_from="2026-09-01",
            service_to="2026-11-30",
            sort="patient",
            descending=False,
        )
        expected = list(export_claims(session, actor=practice.actor("biller"), query=query).lines)
        first_page = search_claims(session, actor=practice.actor("biller"), query=query).rows
    assert [r["claim"] for r in rows] == [e["control_number"] for e in expected]
    assert [r["claim"] for r in rows[: len(first_page)]] == [e["control_number"] for e in first_page]
    first = rows[0]
    assert first["patient"] == expected[0]["patient"] and first["date_of_service"] == str(
        expected[0]["service_date"]
    )
    assert Decimal(first["billed"]) * 100 == expected[0]["total_cents"]
    assert "_" not in "".join(r["status"] for r in rows)  # statuses in words


def test_the_denials_csv_is_the_whole_work_list_in_its_order(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    page = biller.get("/billing/denials")
    assert 'href="/billing/denials.csv"' in page.text
    rows = _csv(biller.get("/billing/denials.csv"))
    with practice.session() as session:
        expected = work_list(session, actor=practice.actor("biller"), kind="denied", limit=100_000)
        # the page's order, the oldest denial first (the first page is the first fifty of it)
        shown = denial_work_list(
            session, actor=practice.actor("biller"), view=DenialView(), today=date.today()
        )
    assert (
        len(rows)
        == len(expected)
        == shown.lines
        == count(practice, "SELECT COUNT(*) FROM claim_line WHERE status = 'denied'")
    )
    assert len(rows) > 50  # more than the page shows
    first, top = rows[0], shown.rows[0]
    control, patient = one(
        practice,
        """SELECT c.control_number, p.last_name || ', ' || p.first_name FROM claim c
        JOIN patient p ON p.id = c.patient_id WHERE c.id = :c""",
        c=top["claim_id"],
    )
    assert (first["claim"], first["patient"], first["code"]) == (control, patient, top["cpt"])
    assert first["reason"].startswith("CARC")
    assert Decimal(first["charge"]) * 100 == top["charge_cents"]


def _last_entries(practice, since_id: int) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return list(
            session.exec(
                text(
                    "SELECT action, record_type, patient_id, detail, user_id FROM audit_entry "
                    "WHERE id > :i ORDER BY id"
                ).bindparams(i=since_id)
            ).all()
        )


def test_a_claims_download_is_audited_as_one_export_with_its_filters_and_rows(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    payer_id = one(practice, "SELECT payer_id FROM claim GROUP BY payer_id ORDER BY COUNT(*) DESC LIMIT 1")[0]
    before = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
    reply = biller.get(f"/billing/claims.csv?payer_id={payer_id}&from=2026-09-01&to=2026-11-30&sort=patient")
    rows = _csv(reply)
    # sent as it is read: no length known up front, the audited count in its own header
    assert "content-length" not in reply.headers and reply.headers["x-row-count"] == str(len(rows))
    entries = _last_entries(practice, before)
    biller_id = one(practice, "SELECT id FROM app_user WHERE email = :e", e=practice.user("biller").email)[0]
    exports = [e for e in entries if e[0] == "export" and e[2] is None]
    assert len(exports) == 1
    _, what, _, detail, who = exports[0]
    assert (what, who) == ("claims", biller_id)
    assert detail.startswith(f"claims, {len(rows):,} rows; ")
    assert f"payer_id={payer_id}" in detail and "from=2026-09-01" in detail and "sort=patient desc" in detail
    # every patient in the file has an export entry (who saw Maria Lopez's claims still finds it) ...
    patients = count(
        practice,
        "SELECT COUNT(DISTINCT patient_id) FROM claim WHERE payer_id = :p "
        "AND service_date BETWEEN '2026-09-01' AND '2026-11-30'",
        p=payer_id,
    )
    per_patient = [e for e in entries if e[0] == "export" and e[2] is not None]
    assert len(per_patient) == patients > 1 and {e[3] for e in per_patient} == {detail}
    # ... and none of it is a page read
    assert not [e for e in entries if e[0].endswith(".read")]


def test_the_denials_and_aging_downloads_are_audited_as_exports(practice) -> None:  # type: ignore[no-untyped-def]
    biller = page_client(practice, "biller")
    before = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
    denied = _csv(biller.get("/billing/denials.csv"))
    aging = _csv(biller.get("/billing/aging.csv?as_of=2026-11-24"))
    summaries = [(e[1], e[3]) for e in _last_entries(practice, before) if e[0] == "export" and e[2] is None]
    assert summaries == [
        ("denials", f"denials, {len(denied):,} rows; no filters"),
        ("ar-aging", f"ar-aging, {len(aging):,} rows; as_of=2026-11-24"),
    ]
    assert not [e for e in _last_entries(practice, before) if e[0].endswith(".read")]


def test_the_audit_log_and_kpi_downloads_are_audited_as_exports(practice) -> None:  # type: ignore[no-untyped-def]
    owner = page_client(practice, "owner")
    biller_email = practice.user("biller").email
    page_client(practice, "biller").get("/billing/claims?status=paid")  # something by the biller to find
    before = one(practice, "SELECT MAX(id) FROM audit_entry")[0]
    reply = owner.get("/owner/audit.csv", params={"who": biller_email, "since": "2020-01-01"})
    log = _csv(reply)
    assert "content-length" not in reply.headers and reply.headers["x-row-count"] == str(len(log)) != "0"
    kpis = _csv(owner.get("/owner/kpis.csv?from=2026-10-01&to=2026-10-31&clinic_id=1"))
    owner_id = one(practice, "SELECT id FROM app_user WHERE email = :e", e=practice.user("owner").email)[0]
    entries = _last_entries(practice, before)
    assert [(e[1], e[3], e[4]) for e in entries] == [
        ("audit-log", f"audit-log, {len(log):,} rows; who={biller_email}, since=2020-01-01", owner_id),
        ("kpis", f"kpis, {len(kpis):,} rows; from=2026-10-01, to=2026-10-31, clinic_id=1", owner_id),
    ]
    assert {e[0] for e in entries} == {"export"}  # not 'audit.read' nor 'kpi.read'
    # every entry of the biller's until the download, newest first; the export's own entry is not in it
    assert int(log[0]["id"]) <= before and {r["user"].split(" (")[-1] for r in log} == {biller_email + ")"}


def test_a_mistyped_search_exports_nothing_and_says_why(practice) -> None:  # type: ignore[no-untyped-def]
    reply = page_client(practice, "biller").get("/billing/claims.csv?from=12/01/2026")
    assert reply.status_code == 422 and "YYYY-MM-DD" in reply.text


@pytest.mark.parametrize("role", ["front_desk", "therapist"])
def test_the_exports_are_refused_to_roles_that_do_not_read_claims(practice, role: str) -> None:  # type: ignore[no-untyped-def]
    client = page_client(practice, role)
    for path in ("/billing/aging.csv", "/billing/claims.csv", "/billing/denials.csv"):
        reply = client.get(path)
        assert reply.status_code == 403 and "text/csv" not in reply.headers["content-type"], path


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 555", "'+1 555"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("Lopez, Maria", "Lopez, Maria"),
        (None, ""),
        (-5, -5),
        (dollars(-5), Decimal("-0.05")),
    ],
)
def test_a_cell_never_starts_a_formula(value: object, written: object) -> None:
    assert cell(value) == written


def test_dollars_keep_their_cents() -> None:
    assert [str(dollars(c)) for c in (0, 5, 123450, -1999)] == ["0.00", "0.05", "1234.50", "-19.99"]


@pytest.mark.parametrize(
    ("what", "filters", "rows", "said"),
    [
        ("claims", {}, 0, "claims, 0 rows; no filters"),
        ("claims", {"payer_id": 3, "patient": "", "from": None}, 1, "claims, 1 row; payer_id=3"),
        (
            "audit-log",
            {"who": "ann", "since": date(2026, 11, 1)},
            52_001,
            "audit-log, 52,001 rows; who=ann, since=2026-11-01",
        ),
    ],
)
def test_an_export_says_what_how_many_and_which_filters(
    what: str, filters: dict, rows: int, said: str
) -> None:
    assert export_detail(what, filters, rows) == said


@pytest.mark.parametrize(
    ("filters", "chosen"),
    [
        ({}, {}),
        ({"payer_id": 3, "patient": "", "from": None}, {"payer_id": "3"}),
        (
            {"who": "ann", "since": date(2026, 11, 1), "user_id": 0},
            {"who": "ann", "since": "2026-11-01", "user_id": "0"},
        ),
    ],
)
def test_an_export_keeps_the_filters_that_were_set_as_text(filters: dict, chosen: dict) -> None:
    """The filters an export's download names and its audit entry says are the same ones."""
    assert chosen_filters(filters) == chosen
    assert export_detail("claims", filters, 2).endswith(
        "; " + ", ".join(f"{k}={v}" for k, v in chosen.items()) if chosen else "; no filters"
    )


@pytest.mark.parametrize(("rows", "pieces"), [(0, 1), (3, 1), (4, 2), (9, 3)])
def test_a_download_goes_out_a_few_rows_at_a_time(rows: int, pieces: int) -> None:
    sent = list(csv_pieces(["n"], ([i] for i in range(rows)), per_piece=4))
    assert len(sent) == pieces and "".join(sent).split() == ["n", *map(str, range(rows))]
