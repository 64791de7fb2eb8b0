from datetime import date, datetime

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from core.enums import ClaimLineStatus, ClaimStatus
from core.timeutil import utcnow


class Charge(SQLModel, table=True):
    """One billed code of a signed note. Money in integer cents."""

    __tablename__ = "charge"
    # A note bills each code (with its modifiers) once: a second signing cannot charge it again.
    __table_args__ = (UniqueConstraint("note_id", "cpt", "modifiers"),)

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    note_id: int | None = Field(default=None, foreign_key="note.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    provider_id: int = Field(foreign_key="provider.id")
    service_date: date = Field(index=True)
    cpt: str = Field(max_length=5)
    modifiers: str = Field(default="", max_length=20, description="space-separated, in billing order")
    units: int = Field(ge=0)
    minutes: int = Field(default=0, ge=0)
    diagnosis_pointers: str = Field(default="1", max_length=8)
    amount_cents: int = Field(ge=0)
    status: str = Field(default="open", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class Claim(SQLModel, table=True):
    __tablename__ = "claim"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    payer_id: int = Field(foreign_key="payer.id", index=True)
    policy_id: int | None = Field(default=None, foreign_key="insurance_policy.id")
    visit_id: int | None = Field(default=None, foreign_key="visit.id", index=True)
    provider_id: int = Field(foreign_key="provider.id")
    service_date: date = Field(index=True)
    status: str = Field(default=ClaimStatus.draft, max_length=20, index=True)
    total_cents: int = Field(default=0, ge=0)
    paid_cents: int = 0
    patient_responsibility_cents: int = 0
    submitted_at: datetime | None = None
    first_submitted_at: datetime | None = None
    resubmissions: int = 0
    control_number: str = Field(default="", max_length=30)
    # ICD-10 codes in pointer order (1-12), copied from the plan of care when the claim is built.
    diagnosis_codes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    batch_id: int | None = Field(default=None, foreign_key="claim_batch.id", index=True)
    payer_claim_number: str = Field(default="", max_length=50)
    # Whether the scrubber passed the claim on its first run: the clean-claim rate's numerator.
    first_scrub_clean: bool | None = None
    # CLM05-3: 1 an original claim, 7 a replacement of one the payer adjudicated (its payer claim
    # number goes out as REF*F8), set when a biller corrects a denied claim.
    frequency_code: str = Field(default="1", max_length=1)
    # Who works the claim's denial next (the denial work list's "assigned to").
    assigned_user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=utcnow)


class ClaimFinding(SQLModel, table=True):
    """What the scrubber found on a claim the last time it ran: the biller's work list."""

    __tablename__ = "claim_finding"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    rule_id: str = Field(max_length=40)
    severity: str = Field(max_length=10, description="error holds the claim; warning lets it go")
    line_number: int | None = None
    message: str = Field(max_length=400)
    created_at: datetime = Field(default_factory=utcnow)


class ClaimBatch(SQLModel, table=True):
    """One 837P file sent: its interchange control number ties the payer's 999/835 back to it."""

    __tablename__ = "claim_batch"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    payer_id: int = Field(foreign_key="payer.id")
    interchange_control_number: int = Field(unique=True)
    claim_count: int
    total_cents: int
    content: str
    created_at: datetime = Field(default_factory=utcnow)


class EraFile(SQLModel, table=True):
    """An 835 posted once: the same file posted again is refused by its hash."""

    __tablename__ = "era_file"
    # A payer's check (its trace number) is posted once, whatever file it arrives in.
    __table_args__ = (UniqueConstraint("payer_id", "trace_number"),)

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True)
    payer_id: int | None = Field(default=None, foreign_key="payer.id")
    trace_number: str = Field(max_length=50)
    paid_cents: int
    received_on: date
    claim_count: int
    posted_at: datetime = Field(default_factory=utcnow)


class OpeningBalance(SQLModel, table=True):
    """Open AR carried over from the clinic's old system, kept apart from claims we built."""

    __tablename__ = "opening_balance"
    __table_args__ = (UniqueConstraint("clinic_id", "legacy_id"),)

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    payer_id: int | None = Field(
        default=None, foreign_key="payer.id", description="none: the patient owes it"
    )
    legacy_id: str = Field(max_length=64)
    service_date: date
    amount_cents: int
    description: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)


# How long a claim action's reason may be (a write-off's, a correction's, a rejection report's words): the
# length every service that writes one checks against (the column is wider for an appeal's, APPEAL_MAX).
REASON_MAX = 300
# How long an appeal's argument may be (#20): a real appeal letter runs to pages, so the column is wider
# (migration 0023) and only an appeal may use the width; every other reason stays one line of REASON_MAX.
APPEAL_MAX = 10_000


def one_line(reason: str, missing: str) -> str:
    """A biller's or a payer's reason as one line of words; ValueError(`missing`) where it says nothing."""
    text = " ".join(reason.split())
    if not text:
        raise ValueError(missing)
    return text


class ClaimAction(SQLModel, table=True):
    """What a biller did about a claim after the payer answered: corrected, appealed, wrote off, assigned.
    The claim's history beside the audit log (which says who read it as well)."""

    __tablename__ = "claim_action"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    kind: str = Field(max_length=20, description="corrected, appealed, written_off or assigned")
    line_number: int | None = None
    amount_cents: int = 0
    reason: str = Field(default="", max_length=APPEAL_MAX)
    # The check or EFT number (as EraFile.trace_number) of the 835 that held a service line (kind
    # era_line_held; migration 0024), else "".
    trace_number: str = Field(default="", max_length=50)
    assigned_user_id: int | None = Field(default=None, foreign_key="app_user.id")
    user_id: int | None = Field(default=None, foreign_key="app_user.id")
    created_at: datetime = Field(default_factory=utcnow)


class ClaimLine(SQLModel, table=True):
    __tablename__ = "claim_line"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    # A charge goes on one claim line, ever: a claim rebuilt twice at once cannot bill it twice.
    charge_id: int | None = Field(default=None, foreign_key="charge.id", unique=True)
    line_number: int
    cpt: str = Field(max_length=5)
    modifiers: str = Field(default="", max_length=20)
    units: int
    diagnosis_pointers: str = Field(default="1", max_length=8)
    charge_cents: int = Field(ge=0)
    paid_cents: int = 0
    adjusted_cents: int = 0
    patient_responsibility_cents: int = 0
    status: str = Field(default=ClaimLineStatus.open, max_length=20)
    denial_carc: str = Field(default="", max_length=8)
    denial_rarc: str = Field(default="", max_length=8)


class Payment(SQLModel, table=True):
    """Money received: from a payer (ERA) or from the patient."""

    __tablename__ = "payment"
    __table_args__ = (
        UniqueConstraint("claim_id", "adjudication"),
        UniqueConstraint("patient_id", "request_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    payer_id: int | None = Field(default=None, foreign_key="payer.id")
    patient_id: int | None = Field(default=None, foreign_key="patient.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    source: str = Field(max_length=10, description="era or patient")
    amount_cents: int
    received_on: date
    reference: str = Field(default="", max_length=50)
    era_id: int | None = Field(default=None, foreign_key="era_file.id", index=True)
    # The payer's adjudication of the claim (a digest of what the 835 said about it): the same
    # adjudication re-sent under a new trace number is not money received twice.
    adjudication: str | None = Field(default=None, max_length=64)
    # The key of the form (or request) that posted a patient's payment: the same form sent twice is
    # one payment, two forms with the same amount are two (migration 0019).
    request_key: str | None = Field(default=None, max_length=200)


class Adjustment(SQLModel, table=True):
    """A payer's adjustment of a claim line, with its group code and CARC/RARC."""

    __tablename__ = "adjustment"

    id: int | None = Field(default=None, primary_key=True)
    payment_id: int | None = Field(default=None, foreign_key="payment.id", index=True)
    claim_line_id: int = Field(foreign_key="claim_line.id", index=True)
    group_code: str = Field(max_length=2, description="CO, PR, OA or PI")
    carc: str = Field(max_length=8)
    rarc: str = Field(default="", max_length=8)
    amount_cents: int


class FindingRead(BaseModel):
    """A scrubber finding as the biller reads it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    rule_id: str
    severity: str
    line_number: int | None
    message: str


class ClaimLineRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    claim_id: int
    charge_id: int | None
    line_number: int
    cpt: str
    modifiers: str
    units: int
    diagnosis_pointers: str
    charge_cents: int
    paid_cents: int
    adjusted_cents: int
    patient_responsibility_cents: int
    status: ClaimLineStatus
    denial_carc: str
    denial_rarc: str


class ClaimDetail(BaseModel):
    """A claim with its lines and the scrubber's findings, as the biller works it."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    clinic_id: int
    patient_id: int
    payer_id: int
    policy_id: int | None
    visit_id: int | None
    provider_id: int
    service_date: date
    status: ClaimStatus
    total_cents: int
    paid_cents: int
    patient_responsibility_cents: int
    submitted_at: datetime | None
    first_submitted_at: datetime | None
    resubmissions: int
    control_number: str
    diagnosis_codes: list[str]
    batch_id: int | None
    payer_claim_number: str
    first_scrub_clean: bool | None
    frequency_code: str
    assigned_user_id: int | None
    lines: list[ClaimLineRead]
    findings: list[FindingRead]


class HeldFinding(BaseModel):
    rule_id: str
    severity: str
    line: int | None
    message: str


class HeldClaimRow(BaseModel):
    """A held claim on the work list, with what the scrubber found."""

    claim_id: int
    clinic_id: int
    patient_id: int
    service_date: date
    total_cents: int
    findings: list[HeldFinding]


class DeniedLineRow(BaseModel):
    """A denied claim line on the work list, with the payer's reason in words."""

    claim_id: int
    clinic_id: int
    patient_id: int
    service_date: date
    line: int
    cpt: str
    charge_cents: int
    carc: str
    rarc: str
    reason: str
    assigned_user_id: int | None
