"""Every claim the demo writes as sent went out in an 837P (issue #20: an older demo claim opened with
no file behind it). The older claims' files are written by the demo (core.demo.sent_files) with the
837P generator export_837 uses; each must be the very file export_837 writes from the record for its
claims, in the order sent, and pass pyx12."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from conftest import Practice
from sqlalchemy import text
from sqlmodel import col, select

from core.billing.claim_view import claim_view
from core.billing.models import Claim, ClaimBatch
from core.billing.submission import billing_provider, claim_out
from core.billing.x12.claim837 import write_837p
from core.billing.x12.envelope import Parties
from core.billing.x12.validate import x12_errors
from core.clinics.models import Clinic
from core.demo.answered_files import trace_number
from core.demo.sent_files import SentFiles
from core.payers.models import Payer

DEMO_SIZE = "tiny"
SENT = ("submitted", "paid", "partially_paid", "denied")


def _utc(moment: datetime | str) -> datetime:
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _minute(moment: datetime | str) -> datetime:
    return _utc(moment).replace(second=0, microsecond=0)


def test_every_sent_claim_went_out_in_an_837p(practice: Practice) -> None:
    with practice.session() as session:
        rows = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT c.status, COUNT(*), COUNT(b.id) FROM claim c
                     LEFT JOIN claim_batch b ON b.id = c.batch_id GROUP BY c.status"""
            )
        ).all()
        sent = {status: (claims, filed) for status, claims, filed in rows if status in SENT}
        assert sent and all(claims == filed for claims, filed in sent.values()), sent
        unsent = [filed for status, _, filed in rows if status not in SENT]
        assert sum(unsent) == 0  # nothing ready, held or drafted names a file
        files = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT b.id, b.interchange_control_number, b.claim_count, b.total_cents, b.created_at,
                          COUNT(c.id), SUM(c.total_cents), MAX(c.submitted_at)
                     FROM claim_batch b JOIN claim c ON c.batch_id = b.id
                    GROUP BY b.id, b.interchange_control_number, b.claim_count, b.total_cents, b.created_at
                    ORDER BY b.id"""
            )
        ).all()
    assert len(files) > 100
    assert all(count == claims and total == cents for _, _, count, total, _, claims, cents, _ in files)
    # ids and interchange control numbers in the order the files went out, the demo's older files first
    assert [number for _, number, *_ in files] == sorted(number for _, number, *_ in files)
    # (to the minute: the batch service's files of one 5 PM send are stamped as each is written)
    sent_at = [_minute(at) for *_, at, _, _, _ in files]
    assert sent_at == sorted(sent_at)
    # a file goes out as its last claim does, never before one of its claims was sent
    late = [(number, at, last) for _, number, _, _, at, _, _, last in files if _minute(at) < _minute(last)]
    assert late == []


def test_each_older_file_is_the_one_export_837_writes_from_the_record(practice: Practice) -> None:
    with practice.session() as session:
        batches = session.exec(select(ClaimBatch).order_by(col(ClaimBatch.id))).all()
        sample = batches[::25]
        for batch in sample:
            claims = list(
                session.exec(select(Claim).where(Claim.batch_id == batch.id).order_by(col(Claim.id))).all()
            )
            clinic, payer = session.get(Clinic, batch.clinic_id), session.get(Payer, batch.payer_id)
            assert clinic is not None and payer is not None
            written = write_837p(
                [claim_out(session, claim) for claim in claims],
                billing=billing_provider(session, clinic),
                parties=Parties(
                    sender_id=(clinic.tax_id or "").replace("-", ""),
                    receiver_id=payer.electronic_payer_id or "PAYER",
                ),
                control=batch.interchange_control_number,
                at=_utc(batch.created_at),
            )
            assert written == batch.content, batch.id
        assert all(x12_errors(batch.content) == [] for batch in sample[:4])


def test_an_older_paid_claim_opens_with_its_file(practice: Practice) -> None:
    biller = practice.actor("biller")
    with practice.session() as session:
        claim = session.exec(select(Claim).where(Claim.status == "paid").order_by(col(Claim.id))).first()
        assert claim is not None and claim.id is not None
        view = claim_view(session, actor=biller, claim_id=claim.id)
        batch = session.get(ClaimBatch, view.batch_id)
    assert batch is not None and view.batch_control_number == batch.interchange_control_number
    assert f"CLM*{claim.control_number}*" in batch.content
    # and the payer's payment names the remittance it came in
    assert [p.source for p in view.payments if p.era_id] == ["era"]


def test_every_payers_payment_came_in_an_835(practice: Practice) -> None:
    """The payers' older payments, as the ones posted through post_835: each tied to the day's
    remittance it came in, whose total and count are its payments', and each remittance the same
    payer's check once."""
    with practice.session() as session:
        loose = session.exec(  # type: ignore[call-overload]
            text("SELECT COUNT(*) FROM payment WHERE source = 'era' AND era_id IS NULL")
        ).one()[0]
        files = session.exec(  # type: ignore[call-overload]
            text(
                """SELECT e.id, e.trace_number, e.claim_count, e.paid_cents, e.received_on,
                          COUNT(p.id), SUM(p.amount_cents), MIN(p.received_on), MAX(p.received_on),
                          MIN(p.reference), MAX(p.reference), MIN(c.status), MAX(c.status)
                     FROM era_file e JOIN payment p ON p.era_id = e.id JOIN claim c ON c.id = p.claim_id
                    GROUP BY e.id, e.trace_number, e.claim_count, e.paid_cents, e.received_on"""
            )
        ).all()
    assert loose == 0
    assert len(files) > 100
    for _, trace, count, paid, on, payments, cents, first_on, last_on, ref1, ref2, low, high in files:
        assert (count, paid) == (payments, cents), trace
        assert str(on)[:10] == str(first_on)[:10] == str(last_on)[:10]
        assert ref1 == ref2 == trace
        assert {low, high} <= {"paid", "partially_paid", "denied"}
    traces = [trace for _, trace, *_ in files]
    assert len(set(traces)) == len(traces)


def test_a_claim_goes_in_its_clinics_file_of_the_day_it_was_sent_there() -> None:
    """Files are by the clinic's day: claims sent at 23:30 and 23:50 in New York (03:30 and 03:50 UTC the
    next day) go in that evening's file, one sent at 00:30 in the next day's; the payer's EFT trace names
    payer, clinic and day received (TRN02)."""
    sent = SentFiles(ZoneInfo("America/New_York"))
    late = datetime(2026, 10, 6, 3, 30, tzinfo=UTC)
    for claim_id, after in ((1, 0), (2, 20), (3, 60)):
        at = late + timedelta(minutes=after)
        sent.add(claim_id=claim_id, clinic_id=1, payer_id=2, at=at, claim=None)  # type: ignore[arg-type]
    assert [(key, [s.claim_id for s in group]) for key, group in sent.groups.items()] == [
        ((date(2026, 10, 5), 1, 2), [1, 2]),
        ((date(2026, 10, 6), 1, 2), [3]),
    ]
    assert trace_number(3, 1, date(2026, 10, 5)) == "EFT030120261005"
