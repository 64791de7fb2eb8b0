"""A deterministic, realistic demo practice: two clinics, every role, 12 months of activity.

Rows are generated in Python with ids chosen here and written in bulk (COPY on PostgreSQL), so the
large size (50,000 patients, 1,000,000 appointments) builds in minutes.
"""

import random
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TypedDict
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, bindparam, text
from sqlmodel import Session

from core.actor import Actor
from core.audit.service import GENESIS, ROW_COLUMNS, Event, entry_hash, record_one
from core.billing.charges import BUCKETS
from core.billing.claims import scrub_claims
from core.billing.coding import PayerRules, Service, code_visit_priced
from core.billing.ledger import PatientPayment, post_patient_payment
from core.billing.posting import post_835
from core.billing.submission import clinic_taxonomy, export_837
from core.billing.x12.claim837 import Address, ClaimOut, LineOut, Person
from core.billing.x12.envelope import Parties
from core.billing.x12.era835 import (
    Adjustment,
    ClaimPayment,
    Remittance,
    ServicePayment,
    answer_claim,
    write_835,
)
from core.bulk import insert_rows, reset_sequences
from core.demo import data
from core.demo.answered_files import AnsweredFiles, day_time
from core.demo.sent_files import ClinicOnClaims, SentFiles
from core.demo.users import CLINICS, DemoUser, demo_logins
from core.documentation_time import note_minutes
from core.enums import AppointmentStatus, ClaimLineStatus, ClaimStatus, Credential, NoteStatus
from core.errors import Conflict
from core.identifiers import npi_check_digit
from core.models import metadata
from core.notes.forms import EVALUATION_CODES
from core.notes.workflow import attestation
from core.patients.models import AUTHORIZATION_TERMS, INSURANCE_POLICY_COLUMNS, PATIENT_COLUMNS
from core.plans import service as plans
from core.plans.service import GoalIn, PlanCreate
from core.providers.service import TAXONOMY
from core.scheduling.calendar_days import DEFAULT_CLOSED, HOLIDAYS, WEEKDAYS, holidays_closed
from core.scheduling.types import default_types
from core.timeutil import as_utc, clock_at
from core.users.security import hash_password
from core.users.service import actor_by_email

# patients, appointments; "tiny" is for tests that need a practice of their own in a few seconds.
SIZES = {"tiny": (150, 2_000), "small": (1_500, 20_000), "large": (50_000, 1_000_000)}
DAY_START, DAY_QUARTERS = 8, 36  # working day 08:00-17:00 in quarter hours
FLUSH_EVERY = 40_000
PROGRESS_EVERY = 10
# The claims due out in the build's last 30 days go out as the biller sends them, at 5 PM each
# working day: a clinic's ready claims for a payer scrubbed and sent in one 837P, through
# core.billing.claims and core.billing.submission, and the payers' answers to them are posted from
# their 835s. Every claim of the year so took 8.6 min on the small demo (scrubbing and pyx12's checks
# of each file, 2,433 837Ps and 3,258 835s) against 33 s for five days; 30 days take about 60 s. The
# months before are written as sent and answered, and the 837Ps they went out in are written by the
# same generator from what the builder holds (core.demo.sent_files), unchecked by pyx12 as they go.
SENT_IN_BATCHES_DAYS = 30
# And the remittances the payers sent in the build's last two days (or for claims sent in those 30)
# are posted as the biller posts an 835 (core.billing.posting.post_835): one file per payer, clinic
# and day. The year before is written as paid, for the same reason, and the 835s that paid it are
# written by the same generator (core.demo.answered_files).
POSTED_FROM_835_DAYS = 2
# Care that goes on past a plan's certification (at most 90 days, 42 CFR 424.24(c)) is recertified
# by a new plan starting the day after; a few are written late, as some clinics' are (the owner's
# re-evaluation compliance KPI is then below its 100 % target, as a real clinic's often is).
RECERTIFIED_LATE = 0.06
# A plan the physician has not signed is a recent one: older than this, it was signed late.
CHASED_WITHIN_DAYS = 45


class Reminder(TypedDict):
    hours_before: int
    channel: str


CADENCE: tuple[Reminder, ...] = (
    {"hours_before": 48, "channel": "email"},
    {"hours_before": 2, "channel": "sms"},
)
DEFAULT_POLICY = (24, 15, list(CADENCE), 2, 14, 14, 30, 4)
REMINDER_HISTORY_DAYS = 30

COLUMNS: dict[str, tuple[str, ...]] = {
    "clinic_policy": (
        "clinic_id",
        "late_cancel_hours",
        "slot_step_minutes",
        "reminder_cadence",
        "auth_alert_visits_left",
        "auth_alert_days_left",
        "recert_alert_days",
        "cert_signature_overdue_days",
        "offer_hold_hours",
        "closed_holidays",
    ),
    "provider_hours": ("id", "provider_id", "clinic_id", "weekday", "start_minute", "end_minute"),
    "time_off": ("id", "provider_id", "starts_at", "ends_at", "reason"),
    "wait_list_entry": (
        "id",
        "clinic_id",
        "patient_id",
        "appointment_type_id",
        "provider_id",
        "weekdays",
        "earliest_minute",
        "latest_minute",
        "status",
        "created_at",
    ),
    "reminder": (
        "id",
        "appointment_id",
        "clinic_id",
        "patient_id",
        "channel",
        "hours_before",
        "due_at",
        "status",
        "attempts",
        "sent_at",
    ),
    "reminder_delivery": ("id", "reminder_id", "at", "sender", "outcome", "detail"),
    "clinic": ("id", "name", "timezone", "npi", "tax_id", "address", "phone", "created_at"),
    "payer": (
        "id",
        "name",
        "kind",
        "electronic_payer_id",
        "unit_rule",
        "requires_authorization",
        "authorization_overrun",
        "applies_ncci",
        "denies_97530_with_97140",
        "timely_filing_days",
        "progress_report_visits",
        "max_certification_days",
    ),
    "payer_threshold": ("id", "payer_id", "year", "kx_threshold_cents", "review_threshold_cents"),
    "fee_schedule": ("id", "payer_id", "name", "effective_from", "effective_to"),
    "fee_schedule_entry": ("id", "fee_schedule_id", "cpt", "modifier", "amount_cents"),
    "app_user": ("id", "email", "full_name", "password_hash", "is_active", "created_at"),
    "membership": ("id", "user_id", "clinic_id", "role"),
    "provider": (
        "id",
        "user_id",
        "clinic_id",
        "full_name",
        "discipline",
        "credential",
        "npi",
        "taxonomy_code",
        "supervising_provider_id",
        "capacity",
        "is_active",
    ),
    "appointment_type": (
        "id",
        "clinic_id",
        "name",
        "discipline",
        "kind",
        "duration_minutes",
        "default_provider_id",
        "group_capacity",
    ),
    "patient": PATIENT_COLUMNS,
    "insurance_policy": INSURANCE_POLICY_COLUMNS,
    "referral": (
        "id",
        "patient_id",
        "clinic_id",
        "discipline",
        "physician_name",
        "physician_npi",
        "received_on",
        "first_visit_on",
        "status",
    ),
    "plan_of_care": (
        "id",
        "patient_id",
        "clinic_id",
        "provider_id",
        "discipline",
        "icd10_codes",
        "frequency_per_week",
        "duration_weeks",
        "start_date",
        "end_date",
        "physician_name",
        "physician_npi",
        "sent_on",
        "physician_signed_on",
        "status",
        "discharged_on",
        "discharge_reason",
        "discharge_note_id",
    ),
    "plan_goal": ("id", "plan_id", "term", "text", "target_date", "status"),
    "plan_goal_status": ("id", "goal_id", "plan_id", "note_id", "status", "set_on", "created_at"),
    "prior_authorization": (
        "id",
        "patient_id",
        "payer_id",
        "policy_id",
        *AUTHORIZATION_TERMS,
        "requested_on",
        "decided_on",
        "status",
        "created_at",
    ),
    "appointment": (
        "id",
        "clinic_id",
        "patient_id",
        "provider_id",
        "appointment_type_id",
        "authorization_id",
        "starts_at",
        "ends_at",
        "status",
        "cancel_reason",
        "cancelled_at",
        "late_cancel",
        "checked_in_at",
        "progress_due",
        "recurrence_id",
        "legacy_id",
        "created_at",
    ),
    "visit": (
        "id",
        "appointment_id",
        "clinic_id",
        "patient_id",
        "provider_id",
        "plan_id",
        "discipline",
        "note_type",
        "service_date",
        "recording_consent",
        "recording_consent_at",
        "created_at",
    ),
    "note": (
        "id",
        "visit_id",
        "clinic_id",
        "patient_id",
        "provider_id",
        "discipline",
        "note_type",
        "status",
        "current_version",
        "template_version",
        "ai_assisted",
        "created_at",
        "signed_at",
        "cosigned_at",
        "documentation_minutes",
    ),
    "note_version": (
        "id",
        "note_id",
        "version",
        "subjective",
        "objective",
        "assessment",
        "plan",
        "codes",
        "author_user_id",
        "change_summary",
        "created_at",
        "form",
    ),
    "note_signature": ("id", "note_id", "version", "user_id", "kind", "attestation", "signed_at"),
    "outcome_measure_result": ("id", "patient_id", "visit_id", "measure", "score", "unit", "measured_on"),
    "charge": (
        "id",
        "visit_id",
        "note_id",
        "clinic_id",
        "patient_id",
        "provider_id",
        "service_date",
        "cpt",
        "modifiers",
        "units",
        "minutes",
        "diagnosis_pointers",
        "amount_cents",
        "status",
        "created_at",
    ),
    "claim": (
        "id",
        "clinic_id",
        "patient_id",
        "payer_id",
        "policy_id",
        "visit_id",
        "provider_id",
        "service_date",
        "status",
        "total_cents",
        "paid_cents",
        "patient_responsibility_cents",
        "submitted_at",
        "first_submitted_at",
        "resubmissions",
        "control_number",
        "diagnosis_codes",
        "payer_claim_number",
        "first_scrub_clean",
        "created_at",
    ),
    "claim_line": (
        "id",
        "claim_id",
        "charge_id",
        "line_number",
        "cpt",
        "modifiers",
        "units",
        "diagnosis_pointers",
        "charge_cents",
        "paid_cents",
        "adjusted_cents",
        "patient_responsibility_cents",
        "status",
        "denial_carc",
        "denial_rarc",
    ),
    "payment": (
        "id",
        "clinic_id",
        "payer_id",
        "patient_id",
        "claim_id",
        "source",
        "amount_cents",
        "received_on",
        "reference",
    ),
    "adjustment": ("id", "payment_id", "claim_line_id", "group_code", "carc", "rarc", "amount_cents"),
}


# The reasons a demo evaluation gives for the complexity its code bills (CPT 97161-97163's components).
DEMO_COMPLEXITY = {
    "low": {
        "complexity_history": "no personal factors or comorbidities bearing on the plan",
        "complexity_body_systems": "range of motion, strength",
        "complexity_presentation": "stable",
    },
    "moderate": {
        "complexity_history": "hypertension, lives alone",
        "complexity_body_systems": "range of motion, strength, balance",
        "complexity_presentation": "evolving",
    },
    "high": {
        "complexity_history": "diabetes, neuropathy, falls in the past year",
        "complexity_body_systems": "range of motion, strength, balance, gait",
        "complexity_presentation": "unstable",
    },
}
# Audit actions of a note's trail, stored as small numbers while the build runs (the large size
# writes millions of entries): drafted, opened for review, saved, signed, co-signed.
TRAIL_ACTIONS = ("note.write", "note.read", "note.write", "note.sign", "note.cosign")
TRAIL_DETAILS = ("drafted", "", "edited", "signed", "co-signed")


@dataclass
class DemoResult:
    counts: dict[str, int]
    users: list[DemoUser] = field(default_factory=list)


@dataclass
class _Provider:
    id: int
    user_id: int
    clinic_id: int
    discipline: str
    credential: str
    supervisor: int | None
    name: str = ""  # the user's full name, as a signature names the signer
    npi: str = ""
    taxonomy: str = ""


class DemoBuilder:
    def __init__(
        self,
        conn: Connection,
        *,
        size: str,
        seed: int,
        today: date,
        timezone: str,
        progress: Callable[[int, int], None] | None = None,
        now: datetime | None = None,
        closed_holidays: Collection[str] = DEFAULT_CLOSED,
    ) -> None:
        self.conn = conn
        self.rng = random.Random(seed)
        self.seed = seed
        self.patients_target, self.appointments_target = SIZES[size]
        self.today = today
        self.tz = ZoneInfo(timezone)
        self.timezone = timezone
        self.progress = progress or (lambda done, total: None)
        self.ids: Counter[str] = Counter()
        self.buffers: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
        self.counts: Counter[str] = Counter()
        self.busy: dict[tuple[int, int], int] = {}
        self.users: list[DemoUser] = []
        # A day alone means its close of business; `make run` passes the wall clock's time, so the
        # afternoon of a build made in the morning is still booked, not already done.
        self.now = now or datetime.combine(today, time(18, 0), self.tz).astimezone(UTC)
        # The holidays the clinics close on, their owner's choice as the settings page makes it
        # (clinic_policy.closed_holidays), and the days they close for them in the demo's Monday-to-Friday
        # week: no visit is booked on one, and a claim due out on one goes the next working day.
        self.holidays = [name for name in HOLIDAYS if name in closed_holidays]
        self.closed = {
            day
            for day, _ in holidays_closed(
                today - timedelta(days=400), today + timedelta(days=60), WEEKDAYS, self.holidays
            )
        }
        # The notes' audit trail is kept apart from the rows (it is chained in time order at the end)
        # and drawn from its own generator, so adding it changed no other row of a seed's practice.
        self.trail_rng = random.Random(f"{seed}-trail")
        self.trail_at = array("d")
        self.trail_ints = array("q")  # per entry: action, user, clinic, patient, note, charges
        # Claims written as drafts, to go out through the batch service once every row is written:
        # (the moment it goes, clinic, payer) per claim, and the ones still ready on the build's day.
        self.to_send: dict[int, tuple[datetime, int, int]] = {}
        self.still_ready: list[int] = []
        self.clinic_of_claim: dict[int, int] = {}
        # Claims written as sent and unanswered, their payer's answer to be posted from an 835 once
        # every row is written: per claim, (received on, clinic, payer, service date, payer's claim
        # number, lines: (number, code, modifiers, units, charge, paid, adjustments, RARC)).
        self.to_post: dict[int, tuple[date, int, int, date, str, list[tuple]]] = {}
        self.paid_by_patient: dict[int, tuple[int, int, date]] = {}  # patient, cents, paid on
        # Recertifications, written through core.plans.service once every row is written: per new
        # plan, (its start, the episode, the physician and NPI). Their own generator, as the trail's.
        self.recert_rng = random.Random(f"{seed}-recert")
        self.to_recertify: list[tuple[date, _Episode, str, str]] = []
        self.email_of: dict[int, str] = {}
        # The older claims' 837P files, written once every claim is (core.demo.sent_files).
        self.sent_files = SentFiles(self.tz)
        self.answered_files = AnsweredFiles(self.tz, self.now)  # and the 835s that answered them
        self.electronic_ids: dict[int, str] = {}

    # -- rows -------------------------------------------------------------------------------------------
    def add(self, table: str, *values: object) -> int:
        self.ids[table] += 1
        row_id = self.ids[table]
        self.buffers[table].append((row_id, *values))
        return row_id

    def flush_if_full(self) -> None:
        """Called between patients only: a patient's rows are still in the buffers while they are made."""
        if any(len(rows) >= FLUSH_EVERY for rows in self.buffers.values()):
            self.flush()

    def flush(self) -> None:
        for table in metadata.sorted_tables:
            rows = self.buffers.get(table.name)
            if rows:
                self.counts[table.name] += insert_rows(self.conn, table.name, COLUMNS[table.name], rows)
                rows.clear()

    # -- reference data ---------------------------------------------------------------------------------
    def build(self) -> DemoResult:
        clinic_ids = [
            self.add(
                "clinic",
                name,
                self.timezone,
                f"19{i:07d}" + npi_check_digit(f"19{i:07d}"),
                f"36-10{i:05d}",
                f"{100 + i} Main St, Springfield, IL 62701-{1000 + i}",
                f"217-555-01{i:02d}",
                self.now,
            )
            for i, (name, _) in enumerate(CLINICS, start=1)
        ]
        self.clinics_on_claims = {
            row[0]: ClinicOnClaims(name=row[1], npi=row[3], tax_id=row[4], address=row[5], phone=row[6])
            for row in self.buffers["clinic"]
        }
        # The KX and review thresholds written for each payer and year, as signing reads them back.
        self.thresholds: dict[tuple[int, int], tuple[int, int]] = {}
        self.payers = self._payers()
        self.spent: dict[tuple[int, tuple[str, ...], int], int] = {}  # patient, KX bucket, year
        self.fees = self._fee_schedules()
        self.providers = self._staff(clinic_ids)
        # each clinic named by its therapists' taxonomy, as export_837 names it (assistants' are no clinic's)
        self.clinics_on_claims = {
            cid: replace(
                clinic,
                taxonomy=clinic_taxonomy(
                    [p.taxonomy for p in self.providers if p.clinic_id == cid and p.supervisor is None]
                ),
            )
            for cid, clinic in self.clinics_on_claims.items()
        }
        self.user_of = {p.id: p.user_id for p in self.providers}
        self.provider_of = {p.id: p for p in self.providers}
        for cid in clinic_ids:
            # (the policy's key is the clinic's id)
            assert self.add("clinic_policy", *DEFAULT_POLICY, list(self.holidays)) == cid
        for p in self.providers:
            for weekday in range(5):
                self.add(
                    "provider_hours",
                    p.id,
                    p.clinic_id,
                    weekday,
                    DAY_START * 60,
                    DAY_START * 60 + DAY_QUARTERS * 15,
                )
        self.types = self._appointment_types(clinic_ids)
        self._patients(clinic_ids)
        self.flush()
        self.counts["audit_entry"] += self._write_trail()
        self.counts["claim_batch"] = self.sent_files.write(
            self.conn, clinics=self.clinics_on_claims, payers=self.electronic_ids
        )
        self.counts["era_file"] = self.answered_files.write(
            self.conn,
            clinics=self.clinics_on_claims,
            payers={pid: (row[0], self.electronic_ids[pid]) for pid, row in self.payers.items()},
            taken={(received, clinic, payer) for received, clinic, payer, *_ in self.to_post.values()},
        )
        reset_sequences(self.conn)
        self._recertify()
        self._send_batches()
        self._post_remittances()
        # The services above wrote rows of their own (payments, adjustments, their audit entries):
        # the counts are the tables' as the build leaves them (it went into an empty database).
        for name in self.counts:
            self.counts[name] = self.conn.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar_one()
        return DemoResult(counts=dict(sorted(self.counts.items())), users=self.users)

    def _send_batches(self) -> int:
        """The last few days' claims sent as a biller sends them, once each working day at 5 PM: each
        clinic's ready claims for a payer in one 837P (core.billing.submission.export_837, with the
        clock at that send), so the biller's Batches page lists the files the sent claims went out in.
        Then the claims not yet sent by the build's moment are ready again. The number of files sent."""
        groups: dict[tuple[datetime, int, int], list[int]] = {}
        for claim_id, (at, clinic_id, payer_id) in self.to_send.items():
            moment = self._send_moment(at)
            if moment > self.now:
                self.still_ready.append(claim_id)  # the day's send has not run yet
                continue
            groups.setdefault((moment, clinic_id, payer_id), []).append(claim_id)
        biller = next(u for u in self.users if u.role == "biller")
        sent = 0
        with Session(bind=self.conn, join_transaction_mode="create_savepoint") as session:
            actor = actor_by_email(session, biller.email)
            for (moment, clinic_id, payer_id), claim_ids in sorted(groups.items()):  # in time order
                with clock_at(moment):
                    scrub_claims(
                        session,
                        actor=actor,
                        clinic_id=clinic_id,
                        today=moment.astimezone(self.tz).date(),
                        claim_ids=claim_ids,
                    )
                    try:
                        export_837(session, actor=actor, clinic_id=clinic_id, payer_id=payer_id)
                    except Conflict:  # every claim of the group held: on the biller's work list
                        continue
                sent += 1
            by_clinic: dict[int, list[int]] = {}
            for claim_id in self.still_ready:
                by_clinic.setdefault(self.clinic_of_claim[claim_id], []).append(claim_id)
            for clinic_id, claim_ids in sorted(by_clinic.items()):
                scrub_claims(session, actor=actor, clinic_id=clinic_id, today=self.today, claim_ids=claim_ids)
            session.commit()
        return sent

    def _post_remittances(self) -> int:
        """The payers' answers of the build's last days posted as a biller posts them: each payer's
        835 for a clinic and a day (core.billing.x12.era835.write_835, as the payer writes it) through
        core.billing.posting.post_835, with the clock at 10 AM that day, so the biller's Batches page
        lists the remittances the paid claims were posted from. The number of files posted."""
        if not self.to_post:
            return 0
        # Only what went out can be answered: a claim the scrubber held stays on the work list unsent.
        sent = set(
            self.conn.execute(
                text("SELECT id FROM claim WHERE status = 'submitted' AND id IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": list(self.to_post)},
            ).scalars()
        )
        self.to_post = {claim_id: row for claim_id, row in self.to_post.items() if claim_id in sent}
        query = text(
            """SELECT c.id, p.last_name, p.first_name, COALESCE(i.member_id, '') FROM claim c
                 JOIN patient p ON p.id = c.patient_id
                 LEFT JOIN insurance_policy i ON i.id = c.policy_id
                WHERE c.id IN :ids"""
        ).bindparams(bindparam("ids", expanding=True))
        people = {row[0]: row[1:] for row in self.conn.execute(query, {"ids": list(self.to_post)})}
        clinics = {
            row[0]: row[1:] for row in self.conn.execute(text("SELECT id, name, npi, tax_id FROM clinic"))
        }
        payers = {
            row[0]: row[1:]
            for row in self.conn.execute(text("SELECT id, name, electronic_payer_id FROM payer"))
        }
        groups: dict[tuple[date, int, int], list[ClaimPayment]] = {}
        for claim_id, (received, clinic_id, payer_id, service_date, number, lines) in sorted(
            self.to_post.items()
        ):
            answered = (
                (
                    line,
                    code,
                    mods,
                    units,
                    charge,
                    paid,
                    tuple(Adjustment(group, carc, amount) for group, carc, amount in adjustments),
                    (rarc,) if rarc else (),
                )
                for line, code, mods, units, charge, paid, adjustments, rarc in lines
            )
            groups.setdefault((received, clinic_id, payer_id), []).append(
                _claim_answer(claim_id, answered, service_date, number, people[claim_id])
            )
        biller = next(u for u in self.users if u.role == "biller")
        with Session(bind=self.conn, join_transaction_mode="create_savepoint") as session:
            actor = actor_by_email(session, biller.email)
            for n, ((received, clinic_id, payer_id), answers) in enumerate(sorted(groups.items()), start=1):
                clinic, npi, tax_id = clinics[clinic_id]
                payer, electronic_id = payers[payer_id]
                at = day_time(received, 10, self.tz, self.now)
                remittance = Remittance(
                    payer.upper(),
                    electronic_id,
                    clinic.upper(),
                    npi,
                    f"EFT{payer_id:02d}{clinic_id:02d}{received:%Y%m%d}",
                    sum(a.paid_cents for a in answers),
                    received,
                    tuple(answers),
                )
                parties = Parties(electronic_id, (tax_id or "").replace("-", ""))
                with clock_at(at):
                    post_835(
                        session, actor=actor, text=write_835(remittance, parties=parties, control=n, at=at)
                    )
            for claim_id, (patient_id, cents, paid_on) in sorted(self.paid_by_patient.items()):
                if claim_id in self.to_post:
                    with clock_at(day_time(paid_on, 12, self.tz, self.now)):
                        post_patient_payment(
                            session,
                            actor=actor,
                            patient_id=patient_id,
                            payment=PatientPayment(
                                amount_cents=cents,
                                received_on=paid_on,
                                reference=f"POS{claim_id:09d}",
                                claim_id=claim_id,
                            ),
                            today=self.today,
                        )
            session.commit()
        return len(groups)

    def _send_moment(self, due: datetime) -> datetime:
        """When the biller sends a claim due out at `due`: that day's send at 5 PM, or the next
        working day's when the day is a weekend or a holiday the clinics close on."""
        day = due.astimezone(self.tz).date()
        while day.weekday() >= 5 or day in self.closed:
            day += timedelta(days=1)
        return datetime.combine(day, time(17, 0), self.tz).astimezone(UTC)

    def _payers(self) -> dict[int, tuple]:
        payers = {}
        for i, row in enumerate(data.PAYERS, start=1):
            name, kind, rule, needs_auth, overrun, ncci, denies, filing = row
            pid = self.add(
                "payer", name, kind, f"P{i:04d}", rule, needs_auth, overrun, ncci, denies, filing, 10, 90
            )
            payers[pid] = row
            self.electronic_ids[pid] = f"P{i:04d}"
            if kind == "medicare":
                for year, (kx, review) in data.KX_THRESHOLDS.items():
                    self.add("payer_threshold", pid, year, kx, review)
                    self.thresholds[(pid, year)] = (kx, review)
        return payers

    def _fee_schedules(self) -> dict[int, dict[str, int]]:
        fees = {}
        for pid, row in self.payers.items():
            fsid = self.add(
                # named for the day it is in effect from ('2026, from 01/01/2025' read wrong, #20 trial 51)
                "fee_schedule",
                pid,
                f"{row[0]} from {self.today.year - 1}",
                date(self.today.year - 1, 1, 1),
                None,
            )
            share = data.PAYER_FEE_SHARE[row[0]]
            fees[pid] = {cpt: round(base * share) for cpt, base in data.BASE_FEES.items()}
            for cpt, amount in fees[pid].items():
                self.add("fee_schedule_entry", fsid, cpt, "", amount)
        return fees

    def _staff(self, clinic_ids: list[int]) -> list[_Provider]:
        clinic_by_slug = {slug: cid for cid, (_, slug) in zip(clinic_ids, CLINICS, strict=True)}
        providers: list[_Provider] = []
        therapist_of: dict[str, int] = {}  # a therapist's log-in -> their provider id
        for user in demo_logins(appointments=self.appointments_target, seed=self.seed):
            name = self._person_name()
            clinics = list(clinic_ids) if user.clinic == "all" else [clinic_by_slug[user.clinic]]
            uid = self.add("app_user", user.email, name, user.password, True, self.now)
            self.email_of[uid] = user.email
            for cid in clinics:
                self.add("membership", uid, cid, user.role)
            self.users.append(user)
            if not user.credential:
                continue
            cid = clinics[0]
            discipline = "SLP" if user.credential.startswith("SLP") else user.credential[:2]
            sup = None
            if user.role == "assistant":
                # the therapist demo_logins names, a log-in of the practice (listed by `demo-users`)
                sup = therapist_of[user.supervisor]
            taxonomy = TAXONOMY[discipline]
            pid = self.add(
                "provider",
                uid,
                cid,
                f"{name}, {user.credential}",
                discipline,
                user.credential,
                self._npi(),
                taxonomy,
                sup,
                1,
                True,
            )
            if user.role == "therapist":
                therapist_of[user.email] = pid
            npi = self.buffers["provider"][-1][6]
            providers.append(_Provider(pid, uid, cid, discipline, user.credential, sup, name, npi, taxonomy))
        self._hash_passwords()
        return providers

    def _hash_passwords(self) -> None:
        rows = self.buffers["app_user"]
        with ThreadPoolExecutor(max_workers=4) as pool:
            hashes = list(pool.map(hash_password, (row[3] for row in rows)))
        self.buffers["app_user"] = [(*row[:3], h, *row[4:]) for row, h in zip(rows, hashes, strict=True)]

    def _appointment_types(self, clinic_ids: list[int]) -> dict[tuple[int, str, str], tuple[int, int]]:
        types = {}
        for cid in clinic_ids:
            for discipline in ("PT", "OT", "SLP"):
                for name, kind, minutes in default_types(discipline):  # a real clinic's defaults too
                    tid = self.add(
                        "appointment_type",
                        cid,
                        name,
                        discipline,
                        kind,
                        minutes,
                        None,
                        None,
                    )
                    types[(cid, discipline, kind)] = (tid, minutes)
            self.add("appointment_type", cid, "PT group exercise", "PT", "group", 60, None, 6)
        return types

    def _person_name(self) -> str:
        return f"{self.rng.choice(data.FIRST_NAMES)} {self.rng.choice(data.LAST_NAMES)}"

    @staticmethod
    def _sex(first_name: str, drawn: str) -> str:
        """The sex the first name is given for; the drawn one for a name given to either (drawn
        always, so a seed's other rows stay as they were)."""
        if first_name in data.FEMALE_NAMES:
            return "F"
        return "M" if first_name in data.MALE_NAMES else drawn

    def _npi(self) -> str:
        nine = "1" + "".join(str(self.rng.randrange(10)) for _ in range(8))
        return nine + npi_check_digit(nine)

    # -- patients and their episodes ----------------------------------------------------------------------
    def _patients(self, clinic_ids: list[int]) -> None:
        mean = self.appointments_target / self.patients_target
        by_payer_kind: dict[str, list[int]] = {}
        for pid, row in self.payers.items():
            by_payer_kind.setdefault(row[1], []).append(pid)
        remaining = self.appointments_target
        for n in range(self.patients_target):
            if n % 500 == 0:
                self.progress(n, self.patients_target)
            left = self.patients_target - n
            want = max(2, round(self.rng.gauss(remaining / left if left else mean, mean / 3)))
            want = min(want, 40, max(2, remaining))
            self.flush_if_full()
            remaining -= self._patient(self.rng.choice(clinic_ids), want, by_payer_kind)
        self.progress(self.patients_target, self.patients_target)

    def _patient(self, clinic_id: int, want: int, by_payer_kind: dict[str, list[int]]) -> int:
        rng = self.rng
        first, last = rng.choice(data.FIRST_NAMES), rng.choice(data.LAST_NAMES)
        kind = rng.choices(list(data.PAYER_SHARE), weights=list(data.PAYER_SHARE.values()))[0]
        age = rng.randint(66, 92) if kind == "medicare" else rng.randint(4, 64)
        birth = self.today - timedelta(days=age * 365 + rng.randrange(365))
        city, state, zip3 = rng.choice(data.CITIES)
        patient_id = self.add(
            "patient",
            clinic_id,
            first,
            last,
            birth,
            self._sex(first, rng.choice("MF")),
            f"217-555-{rng.randrange(10000):04d}",
            f"{first}.{last}{rng.randrange(100)}@mail.example.org".lower(),
            f"{rng.randint(10, 9999)} {rng.choice(data.STREETS)} St",
            city,
            state,
            f"{zip3}{rng.randrange(100):02d}",
            f"{first} {last}".lower(),
            None,
            opted_out := rng.random() < 0.05,
            self.now,
            self.now,
        )
        payer_id = rng.choice(by_payer_kind[kind])
        payer = self.payers[payer_id]
        copay = 0 if kind != "commercial" else rng.choice((2000, 3000, 4000))
        coins = 2000 if kind == "medicare" else (0 if kind == "medicaid" else rng.choice((0, 1000, 2000)))
        policy_id = self.add(
            "insurance_policy",
            patient_id,
            payer_id,
            1,
            f"M{rng.randrange(10**9):09d}",
            f"G{rng.randrange(10**5):05d}" if kind == "commercial" else "",
            f"{first} {last}",
            "self",
            self.today - timedelta(days=720),
            None,
            copay,
            coins,
        )
        # The patient and the policy as an 837P names them (core.billing.submission.claim_out).
        row, policy = self.buffers["patient"][-1], self.buffers["insurance_policy"][-1]
        person = Person(row[3], row[2], row[4], row[5], Address(row[8], row[9], row[10], row[11]))
        discipline = rng.choices(("PT", "OT", "SLP"), weights=(60, 25, 15))[0]
        therapists = [
            p
            for p in self.providers
            if p.clinic_id == clinic_id
            and p.discipline == discipline
            and not Credential(p.credential).is_assistant
        ]
        assistants = [
            p
            for p in self.providers
            if p.clinic_id == clinic_id
            and p.discipline == discipline
            and Credential(p.credential).is_assistant
        ]
        therapist = rng.choice(therapists)
        start = self.today + timedelta(days=rng.randint(-365, max(-364, 28 - int(want * 3.5))))
        dates = self._visit_dates(start, want)
        if not dates:
            return 0
        physician = f"Dr. {rng.choice(data.LAST_NAMES)}"
        self.add(
            "referral",
            patient_id,
            clinic_id,
            discipline,
            physician,
            self._npi(),
            min(start - timedelta(days=rng.randint(3, 20)), self.today),  # an episode starting soon
            dates[0] if dates[0] <= self.today else None,
            "scheduled",
        )
        codes = rng.sample(data.ICD10[discipline], k=min(2, len(data.ICD10[discipline])))
        signed_on = start + timedelta(days=rng.randint(3, 20)) if rng.random() < 0.97 else None
        if signed_on is None and start < self.today - timedelta(days=CHASED_WITHIN_DAYS):
            # A signature still missing is chased until it comes (the scrubber holds the plan's claims
            # meanwhile): an older plan was signed late, a month or two in, and only recent ones wait.
            signed_on = start + timedelta(days=30 + patient_id % 30)
        plan_id = self.add(
            "plan_of_care",
            patient_id,
            clinic_id,
            therapist.id,
            discipline,
            codes,
            2,
            max(4, want // 2),
            start,
            start + timedelta(days=89),
            physician,
            self._npi(),
            start + timedelta(days=1),
            signed_on if signed_on and signed_on <= self.today else None,
            "signed" if signed_on and signed_on <= self.today else "sent",
            None,  # discharged: by the episode's discharge, when it has one (_mark_discharge)
            "",
            None,
        )
        goals = rng.sample(data.GOALS[discipline], k=2)
        for term, text_ in zip(("short", "long"), goals, strict=True):
            self.add(
                "plan_goal",
                plan_id,
                term,
                text_,
                start + timedelta(days=28 if term == "short" else 84),
                "in progress",
            )
        episode = _Episode(
            patient_id,
            clinic_id,
            discipline,
            therapist,
            assistants,
            payer_id,
            payer,
            policy_id,
            plan_id,
            copay,
            coins,
            codes,
            opted_out,
            goals=goals,
            weeks=max(4, want // 2),
            person=person,
            member_id=policy[4],
            group_number=policy[5],
        )
        auth_id = None
        if payer[3]:
            signed_visits = sum(1 for d in dates if d < self.today - timedelta(days=2))
            approved = max(len(dates) - 2, signed_visits) + rng.choice((0, 1, 2, 4, 6, 8))
            requested = min(start - timedelta(days=rng.randint(6, 14)), self.today)
            auth_id = self.add(
                "prior_authorization",
                patient_id,
                payer_id,
                policy_id,
                discipline,
                f"A{rng.randrange(10**8):08d}",
                start,
                start + timedelta(days=rng.choice((60, 90))),
                approved,
                0,
                requested,
                min(requested + timedelta(days=rng.randint(1, 7)), self.today),
                "approved",
                self.now,
            )
            episode.auth_row = len(self.buffers["prior_authorization"]) - 1
            episode.auth_terms = tuple(self.buffers["prior_authorization"][-1][5:8])
        episode.auth_id = auth_id
        made = self._appointments(episode, dates)
        self._due_recertifications(episode, start, dates, physician, self.buffers["plan_of_care"][-1][11])
        return made

    def _due_recertifications(
        self, ep: "_Episode", start: date, dates: list[date], physician: str, npi: str
    ) -> None:
        """The new plans a clinic writes where the episode's visits go on past a certification that
        ended before the build's day (one ending later is still the alerts' to raise)."""
        end = start + timedelta(days=89)
        while end < self.today and dates[-1] > end:
            late = self.recert_rng.random() < RECERTIFIED_LATE
            begins = end + timedelta(days=self.recert_rng.randint(8, 20) if late else 1)
            if begins > self.today:
                return
            self.to_recertify.append((begins, ep, physician, npi))
            end = begins + timedelta(days=89)

    def _recertify(self) -> None:
        """Each recertification as the therapist writes it (core.plans.service): the new plan a few
        days before the certification ends, sent to the physician that day and signed by them one to
        two weeks later (unless that is after the build's day), each with the clock at that moment."""
        rng = self.recert_rng
        with Session(bind=self.conn, join_transaction_mode="create_savepoint") as session:
            actors: dict[int, Actor] = {}
            for begins, ep, physician, npi in sorted(self.to_recertify, key=lambda r: (r[0], r[1].plan_id)):
                therapist = ep.therapist
                if therapist.user_id not in actors:
                    actors[therapist.user_id] = actor_by_email(session, self.email_of[therapist.user_id])
                actor = actors[therapist.user_id]
                written = begins - timedelta(days=rng.randint(2, 7))
                goals = [
                    GoalIn(term=term, text=goal, target_date=begins + timedelta(days=days))
                    for term, goal, days in zip(("short", "long"), ep.goals, (28, 84), strict=True)
                ]
                form = PlanCreate(
                    patient_id=ep.patient_id,
                    provider_id=therapist.id,
                    icd10_codes=list(ep.codes),
                    start_date=begins,
                    end_date=begins + timedelta(days=89),
                    frequency_per_week=2,
                    duration_weeks=min(ep.weeks, 52),
                    physician_name=physician,
                    physician_npi=npi,
                    goals=goals,
                )
                with clock_at(datetime.combine(written, time(17, 30), self.tz).astimezone(UTC)):
                    plan = plans.create(session, actor=actor, data=form)
                    plans.mark_sent(session, actor=actor, plan_id=plan.id or 0, on=written)
                signed = written + timedelta(days=rng.randint(3, 14))
                if signed <= self.today:
                    with clock_at(datetime.combine(signed, time(11, 0), self.tz).astimezone(UTC)):
                        plans.record_signature(session, actor=actor, plan_id=plan.id or 0, signed_on=signed)
            session.commit()

    def _visit_dates(self, start: date, want: int) -> list[date]:
        dates: list[date] = []
        day = start
        while len(dates) < want and day <= self.today + timedelta(days=28):
            if day.weekday() < 5 and day not in self.closed:
                dates.append(day)
                day += timedelta(days=self.rng.choice((2, 3, 4)))
            else:
                day += timedelta(days=1)
        return dates

    def _slot(self, provider: _Provider, day: date, quarters: int, preferred: int) -> int | None:
        key = (provider.id, day.toordinal())
        busy = self.busy.get(key, 0)
        mask = (1 << quarters) - 1
        for offset in range(DAY_QUARTERS - quarters + 1):
            q = (preferred + offset) % (DAY_QUARTERS - quarters + 1)
            if not busy & (mask << q):
                self.busy[key] = busy | (mask << q)
                return q
        return None

    def _appointments(self, ep: "_Episode", dates: list[date]) -> int:
        rng = self.rng
        preferred = rng.randrange(DAY_QUARTERS - 4)
        made = treatment_days = since_report = 0
        flagged = evaluated = False
        last_done = None
        for day in dates:
            kind = "follow-up" if evaluated else "evaluation"
            # The 10th treatment day after an evaluation or progress report carries the next report
            # (core.scheduling.progress); of the booked visits, only the first is marked.
            if (
                kind == "follow-up"
                and since_report >= PROGRESS_EVERY - 1
                and (day < self.today or not flagged)
            ):
                kind = "progress"
            provider = ep.therapist
            if kind == "follow-up" and ep.assistants and rng.random() < 0.35:
                provider = rng.choice(ep.assistants)
            type_id, minutes = self.types[(ep.clinic_id, ep.discipline, kind)]
            quarters = minutes // 15
            q = self._slot(provider, day, quarters, preferred)
            if q is None:
                provider = ep.therapist
                q = self._slot(provider, day, quarters, preferred)
                if q is None:
                    continue
            local = datetime.combine(day, time(DAY_START), self.tz) + timedelta(minutes=15 * q)
            starts = local.astimezone(UTC)
            ends = starts + timedelta(minutes=minutes)
            status, reason, cancelled_at, late = AppointmentStatus.booked, "", None, False
            if starts <= self.now < ends:
                status = AppointmentStatus.checked_in  # in the room as the build is made
            elif starts < self.now:
                r = rng.random()
                if r < 0.06:
                    status, reason = AppointmentStatus.no_show, "did not arrive"
                elif r < 0.14:
                    late = rng.random() < 0.35
                    status = AppointmentStatus.cancelled
                    reason = rng.choice(("sick", "transportation", "work conflict", "weather", "family"))
                    cancelled_at = starts - timedelta(
                        hours=rng.randint(2, 20) if late else rng.randint(26, 96)
                    )
                else:
                    status = AppointmentStatus.completed
            checked_in = (
                starts - timedelta(minutes=5)
                if status in (AppointmentStatus.completed, AppointmentStatus.checked_in)
                else None
            )
            progress_due = kind == "progress" and status == AppointmentStatus.booked
            flagged = flagged or progress_due
            appt_id = self.add(
                "appointment",
                ep.clinic_id,
                ep.patient_id,
                provider.id,
                type_id,
                ep.auth_id,
                starts,
                ends,
                status,
                reason,
                cancelled_at,
                late,
                checked_in,
                progress_due,
                None,
                None,
                starts - timedelta(days=rng.randint(1, 14)),
            )
            made += 1
            if status != AppointmentStatus.cancelled and not ep.opted_out:
                self._sent_reminders(ep, appt_id, starts)
            if status == AppointmentStatus.completed:
                treatment_days += 1
                since_report = 0 if kind in ("evaluation", "progress") else since_report + 1
                evaluated = True
                last_done = self._visit(ep, provider, appt_id, kind, starts, ends, treatment_days)
        if last_done and dates[-1] < self.today - timedelta(days=14):
            self._mark_discharge(ep, last_done)
        if dates[-1] >= self.today and rng.random() < 0.25:
            self._wait_list(ep)
        return made

    def _wait_list(self, ep: "_Episode") -> None:
        """A patient in an active episode who wants an earlier or another time."""
        rng = self.rng
        type_id, _ = self.types[(ep.clinic_id, ep.discipline, "follow-up")]
        weekdays = sorted(rng.sample(range(5), k=rng.randint(2, 5)))
        earliest, latest = rng.choice(((480, 720), (720, 1020), (480, 1020)))
        provider = ep.therapist.id if rng.random() < 0.5 else None
        self.add(
            "wait_list_entry",
            ep.clinic_id,
            ep.patient_id,
            type_id,
            provider,
            weekdays,
            earliest,
            latest,
            "waiting",
            self.now - timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 600)),
        )

    def _sent_reminders(self, ep: "_Episode", appt_id: int, starts: datetime) -> None:
        if starts < self.now - timedelta(days=REMINDER_HISTORY_DAYS):
            return
        for step in CADENCE:
            due = starts - timedelta(hours=step["hours_before"])
            if due < self.now:
                rid = self.add(
                    "reminder",
                    appt_id,
                    ep.clinic_id,
                    ep.patient_id,
                    step["channel"],
                    step["hours_before"],
                    due,
                    "sent",
                    1,
                    due,
                )
                self.add("reminder_delivery", rid, due, "file", "sent", "written to outbox file")

    def _visit(
        self,
        ep: "_Episode",
        provider: _Provider,
        appt_id: int,
        kind: str,
        starts: datetime,
        ends: datetime,
        treatment_day: int,
    ) -> int:
        rng = self.rng
        note_type = {"evaluation": "evaluation", "progress": "progress"}.get(kind, "daily")
        visit_id = self.add(
            "visit",
            appt_id,
            ep.clinic_id,
            ep.patient_id,
            provider.id,
            ep.plan_id,
            ep.discipline,
            note_type,
            starts,
            True,
            starts,
            starts,
        )
        age_days = (self.now - starts).days
        assistant = Credential(provider.credential).is_assistant
        # Signed once the session is over: the scribe's draft is ready as it ends.
        signed_at: datetime | None  # None while the note is a draft
        signed_at = max(starts + timedelta(hours=rng.uniform(0.5, 30)), ends + timedelta(minutes=5))
        if age_days >= 3 or (signed_at < self.now and rng.random() < 0.6):
            status = NoteStatus.signed
            cosigned_at = signed_at + timedelta(hours=rng.uniform(2, 40)) if assistant else None
            if assistant and (cosigned_at is None or cosigned_at > self.now):
                status, cosigned_at = NoteStatus.awaiting_cosign, None
        else:
            status, signed_at, cosigned_at = rng.choice((NoteStatus.draft, NoteStatus.in_review)), None, None
        services, lines = self._services(ep, note_type, provider, starts.astimezone(self.tz).date())
        codes_json = [
            {"code": s.code, "minutes": s.minutes, "assistant_minutes": s.minutes if assistant else 0}
            for s in services
        ]
        ai_assisted = rng.random() < 0.8
        trail = self._trail(provider, note_type, status, ends, signed_at, cosigned_at, len(lines))
        # what signing stores (core.notes.documentation), from the trail the note is given
        documented = None
        if signed_at is not None:
            mine = [(TRAIL_ACTIONS[a], at) for at, a, user, _ in trail if user == provider.user_id]
            documented = note_minutes(mine, signed_at)
        note_id = self.add(
            "note",
            visit_id,
            ep.clinic_id,
            ep.patient_id,
            provider.id,
            ep.discipline,
            note_type,
            status,
            1,
            f"{ep.discipline.lower()}-{note_type}@1",
            ai_assisted,
            ends,
            signed_at if status in ("signed", "awaiting_cosign") else None,
            cosigned_at,
            documented,
        )
        s, o, a, p = self._note_text(note_type, services)
        measured = self._scores(ep, treatment_day) if note_type in ("evaluation", "progress") else []
        form = self._form(ep, note_type, services)
        # a progress report is signed only with an outcome measure's score on its form (core.notes.forms)
        if note_type == "progress":
            form["outcomes"] = [{"measure": m, "score": score, "unit": unit} for m, score, unit in measured]
        self.add("note_version", note_id, 1, s, o, a, p, codes_json, provider.user_id, "drafted", ends, form)
        if status in ("signed", "awaiting_cosign"):
            # the line the app's own signature writes (core.notes.workflow.attestation): the signer by
            # name and credential, not 'the clinician'
            said = attestation("sign", ai_assisted, provider.name, provider.credential)
            self.add("note_signature", note_id, 1, provider.user_id, "sign", said, signed_at)
        if cosigned_at and provider.supervisor:
            sup = self.provider_of[provider.supervisor]
            said = attestation("cosign", ai_assisted, sup.name, sup.credential)
            self.add("note_signature", note_id, 1, sup.user_id, "cosign", said, cosigned_at)
        for measure, score, unit in measured:
            self.add("outcome_measure_result", ep.patient_id, visit_id, measure, score, unit, starts.date())
        if status == "signed" and signed_at is not None:
            if ep.auth_id is not None and ep.auth_row is not None:
                auths = self.buffers["prior_authorization"]
                row = auths[ep.auth_row]
                if row[9] < row[8]:
                    auths[ep.auth_row] = (*row[:9], row[9] + 1, *row[10:])
            self._bill(ep, provider, visit_id, note_id, starts, cosigned_at or signed_at, lines)
        for at, action, user, charges in trail:
            self.trail_at.append(at.timestamp())
            self.trail_ints.extend((action, user, ep.clinic_id, ep.patient_id, note_id, charges))
        return note_id

    def _trail(
        self,
        provider: _Provider,
        note_type: str,
        status: str,
        drafted: datetime,
        signed_at: datetime | None,
        cosigned_at: datetime | None,
        charges: int,
    ) -> list[tuple[datetime, int, int, int]]:
        """The audit entries the scribe and signing write for a note, as (time, action, user, charges):
        the draft as the session ends, then the author's review (opened, saved, signed a few minutes
        later), and the supervisor's co-signature. The review's minutes are what the
        documentation-time KPI measures."""
        rng = self.trail_rng
        author = provider.user_id
        trail = [(drafted, 0, author, 0)]
        if signed_at is None:
            return trail
        # With the scribe's draft a review takes a few minutes; an evaluation's or a report's longer.
        minutes = rng.lognormvariate(1.3, 0.35) * (1.8 if note_type in ("evaluation", "progress") else 1)
        opened = max(signed_at - timedelta(minutes=min(minutes, 25)), drafted + timedelta(seconds=2))
        trail.append((opened, 1, author, 0))
        trail.append((opened + (signed_at - opened) * rng.uniform(0.5, 0.9), 2, author, 0))
        final = status == "signed" and cosigned_at is None
        trail.append((signed_at + timedelta(milliseconds=300), 3, author, charges if final else -1))
        if cosigned_at is not None and provider.supervisor is not None:
            supervisor = self.user_of[provider.supervisor]
            looked = cosigned_at - timedelta(minutes=rng.uniform(0.5, 3))
            trail.append((looked, 1, supervisor, 0))
            trail.append((cosigned_at + timedelta(milliseconds=300), 4, supervisor, charges))
        return trail

    def _write_trail(self, chunk: int = 20_000) -> int:
        """Chain the notes' audit entries in time order (the log reads as it happened) and write them.
        The demo goes into an empty database, so the chain starts at its beginning."""
        order = sorted(range(len(self.trail_at)), key=self.trail_at.__getitem__)
        columns = ROW_COLUMNS
        prev, rows, written = GENESIS, [], 0
        for number, i in enumerate(order, start=1):
            action, user, clinic, patient, note, charges = self.trail_ints[6 * i : 6 * i + 6]
            detail = TRAIL_DETAILS[action]
            if action == 3:
                detail = f"signed; {charges} charges" if charges >= 0 else "signed; awaiting co-signature"
            elif action == 4:
                detail = f"co-signed; {charges} charges"
            entry = {
                "at": datetime.fromtimestamp(self.trail_at[i], UTC),
                "user_id": user,
                "action": TRAIL_ACTIONS[action],
                "outcome": "allowed",
                "clinic_id": clinic,
                "patient_id": patient,
                "record_type": "note",
                "record_id": str(note),
                "client_address": "",
                "detail": detail,
                "prev_hash": prev,
            }
            entry["hash"] = prev = entry_hash(entry)
            rows.append((number, *entry.values()))
            if len(rows) >= chunk:
                written += insert_rows(self.conn, "audit_entry", columns, rows)
                rows = []
        return written + insert_rows(self.conn, "audit_entry", columns, rows)

    @staticmethod
    def _form(ep: "_Episode", note_type: str, services: "list[Service] | None" = None) -> dict:
        """The form signing asks of the note type (core.notes.forms): an evaluation's prior level,
        goals, frequency and duration, and a PT's or OT's its complexity (the level its code bills)
        with the reasons; a progress report's and a discharge's goal statuses, and why care ended.
        A daily note has none."""
        if note_type == "evaluation":
            form = {
                "prior_level": "Independent with daily activities and work before onset.",
                "goals": [{"text": goal, "status": ""} for goal in ep.goals],
                "frequency_per_week": 2,
                "duration_weeks": ep.weeks,
            }
            level_of = {code: level for level, code in EVALUATION_CODES.get(ep.discipline, {}).items()}
            level = next((level_of[s.code] for s in services or [] if s.code in level_of), None)
            if level is not None:
                form |= {"complexity": level, **DEMO_COMPLEXITY[level]}
            return form
        if note_type == "progress":
            return {"goals": [{"text": goal, "status": "progressing"} for goal in ep.goals]}
        if note_type == "discharge":
            return {
                "goals": [{"text": goal, "status": "met"} for goal in ep.goals],
                "discharge_reason": "goals met",
            }
        return {}

    def _mark_discharge(self, ep: "_Episode", note_id: int) -> None:
        rows = self.buffers["note"]
        for i in range(len(rows) - 1, -1, -1):
            if rows[i][0] == note_id:
                if rows[i][6] == "daily":  # the note's type (its status, [7], was read: no discharges)
                    rows[i] = (*rows[i][:6], "discharge", *rows[i][7:])
                    visits = self.buffers["visit"]
                    for j in range(len(visits) - 1, -1, -1):
                        if visits[j][0] == rows[i][1]:
                            visits[j] = (*visits[j][:7], "discharge", *visits[j][8:])
                            self._discharge_plan(visits[j][5], note_id, visits[j][8])
                            break
                    versions = self.buffers["note_version"]
                    for j in range(len(versions) - 1, -1, -1):
                        if versions[j][1] == note_id:
                            versions[j] = (*versions[j][:-1], self._form(ep, "discharge"))
                            break
                return

    def _discharge_plan(self, plan_id: int | None, note_id: int, served: datetime) -> None:
        """The plan the discharge ends, as signing it ends it (core.plans.service.apply_signed_note): its
        date of service and reason, each goal met, kept in the goal's history with the note."""
        day = as_utc(served).astimezone(self.tz).date()
        plans = self.buffers["plan_of_care"]
        for i in range(len(plans) - 1, -1, -1):
            if plans[i][0] == plan_id:
                plans[i] = (*plans[i][:-3], day, "goals met", note_id)
                break
        else:
            return
        goals = self.buffers["plan_goal"]
        for i, goal in enumerate(goals):
            if goal[1] == plan_id:
                goals[i] = (*goal[:-1], "met")
                self.add("plan_goal_status", goal[0], plan_id, note_id, "met", day, served)

    def _services(
        self, ep: "_Episode", note_type: str, provider: _Provider, on: date
    ) -> tuple[list[Service], list[tuple[str, int, int, str, str]]]:
        """The visit's services and their claim lines, coded as signing codes them
        (core.billing.charges.code_for_visit): the payer's rules, the KX threshold of the service's
        year, the spending of that year so far, one pointer per diagnosis of the plan."""
        rng = self.rng
        discipline = ep.discipline
        if note_type == "evaluation":
            services = [Service(rng.choice(data.EVAL_CODES[discipline]))]
        else:
            services = []
            for code, chance in data.TREATMENT_CODES[discipline]:
                if rng.random() < chance:
                    if code.startswith("92"):
                        services.append(Service(code))
                        break
                    services.append(Service(code, rng.choice((8, 10, 12, 15, 15, 20, 23, 25, 30))))
            services = services or [Service(data.TREATMENT_CODES[discipline][0][0], 30)]
        name, kind, unit_rule, needs_auth, _, ncci, denies, filing = self.payers[ep.payer_id]
        if denies and {"97530", "97140"} <= {s.code for s in services}:
            services = [s for s in services if s.code != "97140"]
        rules = PayerRules.from_settings(
            name=name,
            kind=kind,
            unit_rule=unit_rule,
            applies_ncci=ncci,
            denies_97530_with_97140=denies,
            requires_authorization=needs_auth,
            timely_filing_days=filing,
            thresholds=self.thresholds.get((ep.payer_id, on.year)),
        )
        role = provider.credential
        fees = self.fees[ep.payer_id]
        ytd = self.spent.get((ep.patient_id, BUCKETS[discipline], on.year), 0)
        pointers = len(ep.codes)
        coded = code_visit_priced(
            services,
            discipline=discipline,
            role=role,
            rules=rules,
            diagnosis_count=pointers,
            year_to_date_cents=ytd,
            fee_cents=fees.__getitem__,
        )
        return services, [
            (
                line.code,
                line.units,
                line.minutes,
                " ".join(line.modifiers),
                "".join(str(p) for p in line.diagnosis_pointers),
            )
            for line in coded.lines
        ]

    def _note_text(self, note_type: str, done: list[Service]) -> tuple[str, str, str, str]:
        # every service done, with its minutes, a code that earned no unit included (#20, trial 51)
        pain = self.rng.randint(1, 7)
        services = "; ".join(f"{s.code} {s.minutes} min" if s.minutes else s.code for s in done)
        return (
            f"Patient reports pain {pain}/10. Tolerating home program.",
            f"{note_type.capitalize()} visit. Services: {services}.",
            "Progressing toward goals; good response to treatment.",
            "Continue plan of care, 2x/week.",
        )

    def _scores(self, ep: "_Episode", treatment_day: int) -> list[tuple[str, float, str]]:
        """The discipline's outcome measures' scores at a treatment day (better as care goes on)."""
        scores = []
        for measure, top, direction in data.MEASURES[ep.discipline]:
            base = top * (0.35 if direction > 0 else 0.6)
            score = base + direction * top * 0.04 * (treatment_day // 10) + self.rng.uniform(-2, 2)
            score = max(0, min(top, score))
            score = float(round(score)) if measure in data.WHOLE_SCORES else round(score, 1)
            scores.append((measure, score, "s" if measure == "TUG" else "points"))
        return scores

    def _bill(
        self,
        ep: "_Episode",
        provider: _Provider,
        visit_id: int,
        note_id: int,
        starts: datetime,
        final_at: datetime,
        lines: list,
    ) -> None:
        """The note's charges (made when it became final: signed, or co-signed), its claim, and what
        the payer and the patient have paid by the build's day. A claim goes out the day after; a
        remittance or a patient's payment that would come after the build's day has not come yet."""
        rng = self.rng
        fees = self.fees[ep.payer_id]
        service_date = starts.astimezone(self.tz).date()
        age = (self.today - service_date).days
        charge_rows = []
        for code, units, minutes, mods, pointers in lines:
            amount = fees[code] * units
            cid = self.add(
                "charge",
                visit_id,
                note_id,
                ep.clinic_id,
                ep.patient_id,
                provider.id,
                service_date,
                code,
                mods,
                units,
                minutes,
                pointers,
                amount,
                "billed",
                final_at,
            )
            charge_rows.append((cid, code, mods, units, pointers, amount))
        total = sum(r[5] for r in charge_rows)
        bucket = (ep.patient_id, BUCKETS[ep.discipline], service_date.year)
        self.spent[bucket] = self.spent.get(bucket, 0) + total
        if age < 3:
            status, submitted = ClaimStatus.ready, None
        elif age < 15:
            status, submitted = ClaimStatus.submitted, final_at + timedelta(days=1)
        else:
            submitted = final_at + timedelta(days=1)
            r = rng.random()
            status = (
                ClaimStatus.denied
                if r < 0.07
                else (ClaimStatus.partially_paid if r < 0.12 else ClaimStatus.paid)
            )
        claim_id = self.ids["claim"] + 1
        paid_total = pr_total = 0
        received = submitted.date() + timedelta(days=rng.randint(12, 30)) if submitted else None
        line_rows, adj_rows = [], []
        # The random draws follow the claim's fate as first drawn, so a seed's other rows stay as
        # they were; what is written is then only what has happened by the build's day.
        for number, (charge_id, code, mods, units, pointers, amount) in enumerate(charge_rows, start=1):
            line_id = self.ids["claim_line"] + number
            paid = adjusted = pr = 0
            line_status, carc, rarc = (
                ClaimLineStatus.open
                if status in (ClaimStatus.ready, ClaimStatus.submitted)
                else ClaimLineStatus.paid,
                "",
                "",
            )
            deny = status == ClaimStatus.denied or (
                status == ClaimStatus.partially_paid and number == len(charge_rows)
            )
            if status in (ClaimStatus.paid, ClaimStatus.partially_paid, ClaimStatus.denied):
                if deny:
                    # one draw either way, so a seed's other rows stay as they were
                    payer = self.payers[ep.payer_id]
                    pool = data.denial_pool(
                        asks_authorization=bool(payer[3]),
                        authorized=ep.auth_terms is not None
                        and ep.auth_terms[1] <= service_date <= ep.auth_terms[2],
                        filed_after_days=(submitted.date() - service_date).days if submitted else 0,
                        filing_days=payer[7],
                    )
                    group, carc, rarc, _ = rng.choices(pool, weights=[d[3] for d in pool])[0]
                    adjusted, line_status = amount, ClaimLineStatus.denied
                    adj_rows.append((line_id, group, carc, rarc, amount))
                else:
                    allowed = amount if self.payers[ep.payer_id][1] == "medicare" else round(amount * 0.85)
                    contractual = amount - allowed
                    pr = min(allowed, ep.copay if number == 1 else 0) + round(
                        (allowed - min(allowed, ep.copay if number == 1 else 0)) * ep.coins / 10_000
                    )
                    paid = allowed - pr
                    adjusted = contractual
                    if contractual:
                        adj_rows.append((line_id, "CO", "45", "", contractual))
                    if pr:
                        adj_rows.append((line_id, "PR", "3" if ep.copay and number == 1 else "2", "", pr))
            paid_total += paid
            pr_total += pr
            line_rows.append(
                (
                    claim_id,
                    charge_id,
                    number,
                    code,
                    mods,
                    units,
                    pointers,
                    amount,
                    paid,
                    adjusted,
                    pr,
                    line_status,
                    carc,
                    rarc,
                )
            )
        if status == ClaimStatus.partially_paid and len(charge_rows) == 1:
            # its one line is the denied one: the payer paid nothing, as core.billing.posting says of a claim
            # whose every line is denied (drawn after the lines, so a seed's other rows stay as they were)
            status = ClaimStatus.denied
        remitted = status in (ClaimStatus.paid, ClaimStatus.partially_paid, ClaimStatus.denied)
        patient_paid_on = None
        if remitted and received is not None and pr_total and rng.random() < 0.7:
            patient_paid_on = received + timedelta(days=rng.randint(5, 40))
        if submitted is not None and submitted > self.now:
            status, submitted = ClaimStatus.ready, None  # co-signed too late yesterday to have gone out yet
        if remitted and (received is None or received > self.today):
            # The payer has not answered yet: the claim waits, its lines open.
            remitted, status, paid_total, pr_total, adj_rows = False, ClaimStatus.submitted, 0, 0, []
            line_rows = [(*row[:8], 0, 0, 0, ClaimLineStatus.open, "", "") for row in line_rows]
        sent_in_batch = submitted is not None and submitted.astimezone(
            self.tz
        ).date() > self.today - timedelta(days=SENT_IN_BATCHES_DAYS)
        if (
            remitted
            and received is not None
            and (received > self.today - timedelta(days=POSTED_FROM_835_DAYS) or sent_in_batch)
            and received <= self.today
        ):
            # The payer's answer came in the last days: the claim is written sent and unanswered, and
            # its answer posted from the payer's 835 once every row is written (_post_remittances).
            first_line = self.ids["claim_line"]
            by_line: dict[int, list[tuple[str, str, int]]] = {}
            remarks: dict[int, str] = {}
            for line_id, group, carc, rarc, amount in adj_rows:
                by_line.setdefault(line_id - first_line, []).append((group, carc, amount))
                if rarc:
                    remarks[line_id - first_line] = rarc
            self.to_post[claim_id] = (
                received,
                ep.clinic_id,
                ep.payer_id,
                service_date,
                f"PCN{claim_id:010d}",
                [
                    (r[2], r[3], r[4], r[5], r[7], r[8], by_line.get(r[2], []), remarks.get(r[2], ""))
                    for r in line_rows
                ],
            )
            if patient_paid_on is not None and patient_paid_on <= self.today:
                # the patient's share, paid once the 835 has said it is theirs (_post_remittances)
                self.paid_by_patient[claim_id] = (ep.patient_id, pr_total, patient_paid_on)
            remitted, status, paid_total, pr_total, adj_rows = False, ClaimStatus.submitted, 0, 0, []
            line_rows = [(*row[:8], 0, 0, 0, ClaimLineStatus.open, "", "") for row in line_rows]
        sent_at = submitted
        self.clinic_of_claim[claim_id] = ep.clinic_id
        if submitted is not None and not sent_in_batch:
            self._sent_before(ep, provider, claim_id, service_date, submitted, total, line_rows)
        if status == ClaimStatus.ready:
            self.still_ready.append(claim_id)
            status = ClaimStatus.draft  # ready again once the last days' batches have gone (_send_batches)
        elif status == ClaimStatus.submitted and sent_in_batch and submitted is not None:
            self.to_send[claim_id] = (submitted, ep.clinic_id, ep.payer_id)
            status, submitted = ClaimStatus.draft, None
        self.add(
            "claim",
            ep.clinic_id,
            ep.patient_id,
            ep.payer_id,
            ep.policy_id,
            visit_id,
            provider.id,
            service_date,
            status,
            total,
            paid_total,
            pr_total,
            submitted,
            submitted,
            0,
            f"TS{claim_id:09d}",
            list(ep.codes),
            f"PCN{claim_id:010d}" if remitted else "",
            None if sent_at is None else claim_id % 37 != 0,  # a few needed a fix before going out
            final_at,
        )
        for row in line_rows:
            self.add("claim_line", *row)
        if remitted and received is not None:
            payment_id = self.add(
                "payment",
                ep.clinic_id,
                ep.payer_id,
                None,
                claim_id,
                "era",
                paid_total,
                received,
                f"EFT{claim_id:010d}",
            )
            for line_id, group, carc, rarc, amount in adj_rows:
                self.add("adjustment", payment_id, line_id, group, carc, rarc, amount)
            self._answered_before(ep, claim_id, payment_id, received, service_date, line_rows, adj_rows)
            if patient_paid_on is not None and patient_paid_on <= self.today:
                self.add(
                    "payment",
                    ep.clinic_id,
                    None,
                    ep.patient_id,
                    claim_id,
                    "patient",
                    pr_total,
                    patient_paid_on,
                    f"POS{claim_id:09d}",
                )

    def _sent_before(
        self,
        ep: "_Episode",
        provider: _Provider,
        claim_id: int,
        service_date: date,
        submitted: datetime,
        total: int,
        line_rows: list[tuple],
    ) -> None:
        """An older claim, as core.billing.submission.claim_out reads it from the record, to go in its
        day's 837P (core.demo.sent_files). It renders under the supervising therapist who co-signed an
        assistant's note (core.billing.rendering)."""
        rendering = provider
        if Credential(provider.credential).is_assistant and provider.supervisor is not None:
            rendering = self.provider_of[provider.supervisor]
        *first, last = rendering.name.split()
        name, kind = self.payers[ep.payer_id][:2]
        control = f"TS{claim_id:09d}"
        auth = ep.auth_terms
        assert ep.person is not None
        claim = ClaimOut(
            control_number=control,
            total_cents=total,
            diagnosis_codes=tuple(ep.codes),
            subscriber=ep.person,
            member_id=ep.member_id,
            group_number=ep.group_number,
            relationship="self",
            patient=ep.person,
            payer_name=name,
            payer_id=self.electronic_ids[ep.payer_id],
            payer_kind=kind,
            rendering=Person(last, " ".join(first)),
            rendering_npi=rendering.npi,
            rendering_taxonomy=rendering.taxonomy,
            prior_authorization=auth[0] if auth and auth[1] <= service_date <= auth[2] else "",
            lines=tuple(
                LineOut(
                    number=number,
                    cpt=code,
                    modifiers=tuple(mods.split()),
                    charge_cents=amount,
                    units=units,
                    pointers=tuple(int(p) for p in pointers if p.isdigit()),
                    service_date=service_date,
                    control=f"{control}-{number}",
                )
                for _, _, number, code, mods, units, pointers, amount, *_ in line_rows
            ),
        )
        self.sent_files.add(
            claim_id=claim_id,
            clinic_id=ep.clinic_id,
            payer_id=ep.payer_id,
            at=submitted,
            claim=claim,
        )

    def _answered_before(
        self,
        ep: "_Episode",
        claim_id: int,
        payment_id: int,
        received: date,
        service_date: date,
        line_rows: list[tuple],
        adj_rows: list[tuple],
    ) -> None:
        """An older claim's answer, as the payer's 835 gives it (core.billing.x12.era835.answer_claim),
        to go in the day's remittance (core.demo.answered_files) its payment is tied to."""
        first_line = self.ids["claim_line"] - len(line_rows)
        by_line: dict[int, list[Adjustment]] = {}
        remarks: dict[int, tuple[str, ...]] = {}
        for line_id, group, carc, rarc, amount in adj_rows:
            by_line.setdefault(line_id - first_line, []).append(Adjustment(group, carc, amount))
            if rarc:
                remarks[line_id - first_line] = (rarc,)
        answered = (
            (number, code, mods, units, charge, paid, tuple(by_line.get(number, ())), remarks.get(number, ()))
            for _, _, number, code, mods, units, _, charge, paid, *_ in line_rows
        )
        assert ep.person is not None
        self.answered_files.add(
            payment_id=payment_id,
            clinic_id=ep.clinic_id,
            payer_id=ep.payer_id,
            received=received,
            answer=_claim_answer(
                claim_id,
                answered,
                service_date,
                f"PCN{claim_id:010d}",
                (ep.person.last, ep.person.first, ep.member_id),
            ),
        )


# A claim line as its payer answered it: line number, code, modifiers, units, charge, paid (cents), the
# adjustments and the remark codes.
AnsweredLine = tuple[int, str, str, int, int, int, tuple[Adjustment, ...], tuple[str, ...]]


def _claim_answer(
    claim_id: int,
    lines: Iterable[AnsweredLine],
    service_date: date,
    payer_claim_number: str,
    patient: tuple[str, str, str],
) -> ClaimPayment:
    """A claim's answer as the payer's 835 gives it (core.billing.x12.era835.answer_claim): the claims of
    the last days posted through post_835 and the older ones written with their remittance alike."""
    control = f"TS{claim_id:09d}"
    services = tuple(
        ServicePayment(
            code,
            tuple(mods.split()),
            charge,
            paid,
            units,
            f"{control}-{line}",
            adjustments,
            remarks,
            service_date,
        )
        for line, code, mods, units, charge, paid, adjustments, remarks in lines
    )
    last, first, member = patient
    return answer_claim(
        control,
        services,
        payer_claim_number=payer_claim_number,
        patient_last=last,
        patient_first=first,
        member_id=member,
    )


@dataclass
class _Episode:
    patient_id: int
    clinic_id: int
    discipline: str
    therapist: _Provider
    assistants: list[_Provider]
    payer_id: int
    payer: tuple
    policy_id: int
    plan_id: int
    copay: int
    coins: int
    codes: list[str]
    opted_out: bool = False
    auth_id: int | None = None
    auth_row: int | None = None
    goals: list[str] = field(default_factory=list)
    weeks: int = 4
    person: Person | None = None
    member_id: str = ""
    group_number: str = ""
    auth_terms: tuple[str, date, date] | None = None  # the authorization's number, start and end


def build(
    conn: Connection,
    *,
    size: str = "small",
    seed: int = 7,
    today: date | None = None,
    timezone: str = "America/New_York",
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
    closed_holidays: Collection[str] = DEFAULT_CLOSED,
) -> DemoResult:
    """Fill an empty, migrated database with the demo practice, in the caller's transaction.

    With neither `today` nor `now` the practice is built as of this moment; with `today` alone, as of
    that day's close of business (a test's fixed practice). `closed_holidays` are the public holidays its
    clinics close on (the owner's setting, core.clinics.holidays): no visit is booked on them."""
    if conn.execute(text("SELECT COUNT(*) FROM clinic")).scalar_one():
        raise RuntimeError("the database already holds clinics; the demo goes into an empty database")
    if now is None and today is None:
        now = datetime.now(UTC)
    if today is None and now is not None:
        today = now.astimezone(ZoneInfo(timezone)).date()
    builder = DemoBuilder(
        conn,
        size=size,
        seed=seed,
        today=today or date.today(),
        timezone=timezone,
        progress=progress,
        now=now,
        closed_holidays=closed_holidays,
    )
    return builder.build()


def demo_build_audit(session: Session, counts: dict[str, int]) -> None:
    record_one(
        session,
        None,
        Event(
            "demo.build",
            record_type="database",
            detail=f"{counts.get('patient', 0)} patients, {counts.get('appointment', 0)} appointments",
        ),
    )
