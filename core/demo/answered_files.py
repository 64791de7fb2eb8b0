"""The 835s the payers answered the demo's older claims with.

The answers of the build's last days are posted through core.billing.posting.post_835; the older
claims are written as paid or denied, and the remittances that said so are written here by the same
generator (core.billing.x12.era835.write_835), as the payer writes them: one per payer, clinic and day
received. Each file is kept as post_835 keeps one (core.billing.models.EraFile: its digest, trace
number, total and claims), and each payment is tied to its file and trace number, so an older payment
opens with its remittance as a new one does. The digest of each claim's adjudication (post_835's guard
against a decision re-sent in another file) is left out: no older file can be posted again, and
digesting every answer cost the build more than writing the files.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

from core.billing.x12.envelope import Parties
from core.billing.x12.era835 import ClaimPayment, Remittance, write_835
from core.bulk import insert_rows
from core.demo.sent_files import ClinicOnClaims

COLUMNS = (
    "id",
    "sha256",
    "payer_id",
    "trace_number",
    "paid_cents",
    "received_on",
    "claim_count",
    "posted_at",
)


def day_time(day: date, hour: int, tz: ZoneInfo, now: datetime | None) -> datetime:
    """The instant a thing of the build's days happened: `hour` o'clock that day in the clinic's zone, but
    never after the build's now (a few minutes before it): a build at 5:50 AM posted the day's remittances
    'at 10:00 AM', hours ahead (#20, trial 51)."""
    at = datetime.combine(day, time(hour, 0), tz).astimezone(UTC)
    return at if now is None else min(at, now - timedelta(minutes=5))


def trace_number(payer_id: int, clinic_id: int, received: date) -> str:
    """The payer's EFT trace for a clinic's payment of a day (TRN02)."""
    return f"EFT{payer_id:02d}{clinic_id:02d}{received:%Y%m%d}"


@dataclass
class AnsweredFiles:
    """The older claims' answers, gathered by the 835 they came in, then written as era_file rows."""

    tz: ZoneInfo
    now: datetime | None = None  # the build's now: no file is received after it
    groups: dict[tuple[date, int, int], list[tuple[int, ClaimPayment]]] = field(default_factory=dict)

    def add(
        self, *, payment_id: int, clinic_id: int, payer_id: int, received: date, answer: ClaimPayment
    ) -> None:
        self.groups.setdefault((received, clinic_id, payer_id), []).append((payment_id, answer))

    def write(
        self,
        conn: Connection,
        *,
        clinics: dict[int, ClinicOnClaims],
        payers: dict[int, tuple[str, str]],
        taken: set[tuple[date, int, int]],
    ) -> int:
        """Each file in the order received, its payments tied to it. `payers` holds each payer's name
        and electronic id; `taken`, the days, clinics and payers whose check the payer's 835 posted
        through post_835 pays (an older answer of that day came on a second check). The number written."""
        rows, links = [], []
        for number, ((received, clinic_id, payer_id), answers) in enumerate(
            sorted(self.groups.items()), start=1
        ):
            clinic = clinics[clinic_id]
            payer, electronic_id = payers[payer_id]
            trace = trace_number(payer_id, clinic_id, received) + (
                "2" if (received, clinic_id, payer_id) in taken else ""
            )
            at = day_time(received, 10, self.tz, self.now)
            paid = sum(answer.paid_cents for _, answer in answers)
            remittance = Remittance(
                payer.upper(),
                electronic_id,
                clinic.name.upper(),
                clinic.npi,
                trace,
                paid,
                received,
                tuple(answer for _, answer in answers),
            )
            content = write_835(
                remittance,
                parties=Parties(electronic_id, clinic.tax_id.replace("-", "")),
                control=number,
                at=at,
            )
            digest = hashlib.sha256(content.encode()).hexdigest()
            rows.append((number, digest, payer_id, trace, paid, received, len(answers), at))
            links += [{"era": number, "trace": trace, "payment": payment_id} for payment_id, _ in answers]
        written = insert_rows(conn, "era_file", COLUMNS, rows)
        if links:
            conn.execute(
                text("UPDATE payment SET era_id = :era, reference = :trace WHERE id = :payment"),
                links,
            )
        self.groups.clear()
        return written
