"""The batches and remittances page and AR aging read what they show without loading whole tables or
holding the write turn (#20, page bench: batches 205 ms, AR aging 236 ms p95). The rows shown must not
change: each list is compared, page by page, with the plain reading of what it shows, and the aging
with its sums done by hand; every read stays on the audit log."""

from datetime import date, timedelta

import pytest
from conftest import Practice
from scheduling_helpers import one
from sqlalchemy import event, text

from core.billing.receivables import BUCKETS, SENT, ar_aging, batches, bucket_of, eras

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def _rows(practice, sql: str, **params) -> list[tuple]:  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return [tuple(r) for r in session.exec(text(sql).bindparams(**params)).all()]


def _statements(practice, read):  # type: ignore[no-untyped-def]
    seen: list[str] = []

    def note(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(practice.engine, "before_cursor_execute", note)
    try:
        with practice.session() as session:
            out = read(session)
    finally:
        event.remove(practice.engine, "before_cursor_execute", note)
    return out, seen


# (limit, offset): the first page, a later one, one past the end (must not change: empty, no 'older')
PAGES = [(5, 0), (5, 5), (50, 0), (7, 10_000)]


@pytest.mark.parametrize(("limit", "offset"), PAGES)
def test_the_batches_list_is_the_newest_first_page_without_the_files(practice, limit, offset) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    (listed, older), seen = _statements(
        practice, lambda s: batches(s, actor=biller, limit=limit, offset=offset)
    )
    expected = _rows(
        practice,
        """SELECT b.id, b.interchange_control_number, b.claim_count, b.total_cents, p.name, c.name
        FROM claim_batch b JOIN payer p ON p.id = b.payer_id JOIN clinic c ON c.id = b.clinic_id
        ORDER BY b.id DESC LIMIT :n OFFSET :o""",
        n=limit + 1,
        o=offset,
    )
    assert [
        (r.id, r.interchange_control_number, r.claim_count, r.total_cents, r.payer, r.clinic) for r in listed
    ] == expected[:limit]
    assert older == (len(expected) > limit)
    batch_reads = [s for s in seen if "FROM claim_batch" in s]
    assert batch_reads and not any("content" in s for s in batch_reads), "the 837 files are not read"


@pytest.mark.parametrize(("limit", "offset"), PAGES)
def test_the_remittances_list_is_the_newest_first_page_with_its_claims(practice, limit, offset) -> None:  # type: ignore[no-untyped-def]
    biller = practice.actor("biller")
    (listed, older), seen = _statements(practice, lambda s: eras(s, actor=biller, limit=limit, offset=offset))
    expected = _rows(
        practice,
        """SELECT e.id, e.trace_number, e.paid_cents, e.claim_count FROM era_file e
        WHERE e.id IN (SELECT era_id FROM payment WHERE era_id IS NOT NULL)
        ORDER BY e.id DESC LIMIT :n OFFSET :o""",
        n=limit + 1,
        o=offset,
    )
    assert [(r.id, r.trace_number, r.paid_cents, r.claim_count) for r in listed] == expected[:limit]
    assert older == (len(expected) > limit)
    for row in listed:
        assert row.claims == _rows(
            practice,
            """SELECT p.claim_id, c.control_number FROM payment p JOIN claim c ON c.id = p.claim_id
            WHERE p.era_id = :e ORDER BY p.claim_id""",
            e=row.id,
        )
    assert any("EXISTS" in s for s in seen if "FROM era_file" in s), "each file asked, not every payment read"


def _aging_by_hand(practice: Practice, as_of: date) -> dict[str, dict[str, int]]:
    """What each payer owes per bucket, line by line in Python (receivables._open_cents' rule)."""
    statuses = ", ".join(f"'{s.value}'" for s in SENT)
    lines = _rows(
        practice,
        f"""SELECT c.id, p.name, c.service_date, l.status, l.charge_cents, l.paid_cents, l.adjusted_cents,
        l.patient_responsibility_cents FROM claim c JOIN claim_line l ON l.claim_id = c.id
        JOIN payer p ON p.id = c.payer_id WHERE c.status IN ({statuses}) AND c.service_date <= :d""",
        d=as_of,
    )
    per_claim: dict[int, list] = {}
    for claim, payer, served, status, charge, paid, adjusted, patient in lines:
        owed = (
            0
            if status == "written_off"
            else charge - paid - patient
            if status == "denied"
            else charge - paid - adjusted - patient
        )
        entry = per_claim.setdefault(claim, [payer, date.fromisoformat(str(served)[:10]), 0])
        entry[2] += owed
    out: dict[str, dict[str, int]] = {}
    for payer, served, owed in per_claim.values():
        if owed:
            buckets = out.setdefault(payer, {b[0]: 0 for b in BUCKETS})
            buckets[bucket_of((as_of - served).days)] += owed
    for payer, served, cents in _rows(
        practice,
        """SELECT p.name, o.service_date, o.amount_cents FROM opening_balance o JOIN payer p ON p.id = o.payer_id""",
    ):
        if cents:
            buckets = out.setdefault(payer, {b[0]: 0 for b in BUCKETS})
            buckets[bucket_of((as_of - date.fromisoformat(str(served)[:10])).days)] += cents
    return out


# as of: the demo's today, a month before, a day before any claim (must not change: nothing owed)
AS_OF = [TODAY, TODAY - timedelta(days=30), date(2000, 1, 1)]


@pytest.mark.parametrize("as_of", AS_OF)
def test_the_aging_is_the_sums_by_hand_and_stays_audited(practice: Practice, as_of: date) -> None:
    biller = practice.actor("biller")
    audited = "SELECT COUNT(*) FROM audit_entry WHERE record_type = 'ar_aging' AND detail = :d"
    before = one(practice, audited, d=f"as of {as_of}")[0]
    with practice.session() as session:
        aging = ar_aging(session, actor=biller, as_of=as_of)
    assert {r.payer: r.buckets for r in aging.rows} == _aging_by_hand(practice, as_of)
    assert aging.total_cents == sum(r.total_cents for r in aging.rows)
    assert one(practice, audited, d=f"as of {as_of}")[0] == before + 1, "the page's read is audited"
    with practice.session() as session:  # a download audits itself as an export: no entry here
        ar_aging(session, actor=biller, as_of=as_of, audited=False)
    assert one(practice, audited, d=f"as of {as_of}")[0] == before + 1
