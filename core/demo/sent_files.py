"""The 837P files the demo's older claims went out in.

The claims of the build's last days go out through core.billing.submission.export_837 (scrubbed, and
each file checked by pyx12); doing that for every claim of the year took minutes on the small demo.
The older claims are written as sent, and the files they went out in are written here by the same
generator (core.billing.x12.claim837.write_837p) from what the builder already holds: one file per
clinic, payer and day of sending, as the biller sends them, so an older claim opens with its 837P as
a new one does. tests/test_demo_sent_files.py holds that each file is the one export_837 writes from
the record for its claims, and that pyx12 passes them.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from core.billing.submission import clinic_on_claims
from core.billing.x12.claim837 import ClaimOut, write_837p
from core.billing.x12.envelope import Parties
from core.bulk import insert_rows

COLUMNS = (
    "id",
    "clinic_id",
    "payer_id",
    "interchange_control_number",
    "claim_count",
    "total_cents",
    "content",
    "created_at",
)


@dataclass(frozen=True)
class ClinicOnClaims:
    """What a clinic's row says that an 837P names it by (the billing provider and the sender)."""

    name: str
    npi: str
    tax_id: str
    address: str
    phone: str
    taxonomy: str | None = None  # core.billing.submission.clinic_taxonomy of its therapists


@dataclass(frozen=True)
class _Sent:
    claim_id: int
    at: datetime
    claim: ClaimOut


@dataclass
class SentFiles:
    """The older claims, gathered by the file they went out in, then written as claim_batch rows."""

    tz: ZoneInfo
    groups: dict[tuple[date, int, int], list[_Sent]] = field(default_factory=dict)

    def add(self, *, claim_id: int, clinic_id: int, payer_id: int, at: datetime, claim: ClaimOut) -> None:
        """A claim sent at `at`: it goes out in its clinic's file for the payer that day."""
        key = (at.astimezone(self.tz).date(), clinic_id, payer_id)
        self.groups.setdefault(key, []).append(_Sent(claim_id, at, claim))

    def write(self, conn: Connection, *, clinics: dict[int, ClinicOnClaims], payers: dict[int, str]) -> int:
        """Each file, in the order sent (its id and interchange control number run in that order, as
        export_837's do after them), and each claim tied to its file. `payers` holds each payer's
        electronic id. The number of files written."""
        files = sorted(
            (
                (max(s.at for s in sent), clinic_id, payer_id, sent)
                for (_, clinic_id, payer_id), sent in self.groups.items()
            ),
            key=lambda f: (f[0], f[1], f[2]),
        )
        rows, links = [], []
        for number, (at, clinic_id, payer_id, sent) in enumerate(files, start=1):
            sent.sort(key=lambda s: s.claim_id)  # export_837 reads the ready claims in id order
            clinic = clinics[clinic_id]
            billing = clinic_on_claims(
                name=clinic.name,
                npi=clinic.npi,
                tax_id=clinic.tax_id,
                address=clinic.address,
                phone=clinic.phone,
                taxonomy=clinic.taxonomy,
            )
            content = write_837p(
                [s.claim for s in sent],
                billing=billing,
                parties=Parties(sender_id=clinic.tax_id.replace("-", ""), receiver_id=payers[payer_id]),
                control=number,
                at=at,
            )
            total = sum(s.claim.total_cents for s in sent)
            rows.append((number, clinic_id, payer_id, number, len(sent), total, content, at))
            links += [{"batch": number, "claim": s.claim_id} for s in sent]
        written = insert_rows(conn, "claim_batch", COLUMNS, rows)
        if links:
            conn.execute(text("UPDATE claim SET batch_id = :batch WHERE id = :claim"), links)
        self.groups.clear()
        return written
