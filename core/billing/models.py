from datetime import date, datetime

from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class Charge(SQLModel, table=True):
    """One billed code of a signed note. Money in integer cents."""

    __tablename__ = "charge"

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
    status: str = Field(default="draft", max_length=20, index=True)
    total_cents: int = Field(default=0, ge=0)
    paid_cents: int = 0
    patient_responsibility_cents: int = 0
    submitted_at: datetime | None = None
    first_submitted_at: datetime | None = None
    resubmissions: int = 0
    control_number: str = Field(default="", max_length=30)
    created_at: datetime = Field(default_factory=utcnow)


class ClaimLine(SQLModel, table=True):
    __tablename__ = "claim_line"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    charge_id: int | None = Field(default=None, foreign_key="charge.id")
    line_number: int
    cpt: str = Field(max_length=5)
    modifiers: str = Field(default="", max_length=20)
    units: int
    diagnosis_pointers: str = Field(default="1", max_length=8)
    charge_cents: int = Field(ge=0)
    paid_cents: int = 0
    adjusted_cents: int = 0
    patient_responsibility_cents: int = 0
    status: str = Field(default="open", max_length=20)
    denial_carc: str = Field(default="", max_length=8)
    denial_rarc: str = Field(default="", max_length=8)


class Payment(SQLModel, table=True):
    """Money received: from a payer (ERA) or from the patient."""

    __tablename__ = "payment"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    payer_id: int | None = Field(default=None, foreign_key="payer.id")
    patient_id: int | None = Field(default=None, foreign_key="patient.id", index=True)
    claim_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    source: str = Field(max_length=10, description="era or patient")
    amount_cents: int
    received_on: date
    reference: str = Field(default="", max_length=50)


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
