from datetime import date, datetime
from typing import Protocol

from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class Patient(SQLModel, table=True):
    __tablename__ = "patient"

    id: int | None = Field(default=None, primary_key=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    first_name: str = Field(max_length=80)
    last_name: str = Field(max_length=80)
    birth_date: date
    sex: str = Field(default="U", max_length=1)
    phone: str = Field(default="", max_length=20)
    email: str = Field(default="", max_length=254)
    address: str = Field(default="", max_length=200)
    city: str = Field(default="", max_length=80)
    state: str = Field(default="", max_length=2)
    postal_code: str = Field(default="", max_length=10)
    # Lower-cased "first last" kept by the service, so partial-name search uses one (trigram) index.
    name_search: str = Field(default="", max_length=170, index=True)
    legacy_id: str | None = Field(default=None, max_length=64, index=True)
    reminder_opt_out: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    @property
    def patient_id(self) -> int | None:
        """The patient a record belongs to (core.access.PatientRecord): the patient's own record is theirs."""
        return self.id


class Named(Protocol):
    """A patient row or any read shape of one: what a name is written from."""

    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...


def full_name(patient: Named) -> str:
    """'Amanda Rivera': the patient named on a page, a letter, the schedule."""
    return f"{patient.first_name} {patient.last_name}"


def listed_name(patient: Named) -> str:
    """'Rivera, Amanda': the patient in a list sorted by last name."""
    return f"{patient.last_name}, {patient.first_name}"


# What the front desk enters about a person (intake and edit), in the order the forms ask it.
DEMOGRAPHICS = (
    "first_name",
    "last_name",
    "birth_date",
    "sex",
    "phone",
    "email",
    "address",
    "city",
    "state",
    "postal_code",
)
# A patient row's values in the order the bulk writers (the demo builder, the legacy import) give them.
PATIENT_COLUMNS = (
    "id",
    "clinic_id",
    *DEMOGRAPHICS,
    "name_search",
    "legacy_id",
    "reminder_opt_out",
    "created_at",
    "updated_at",
)


class InsurancePolicy(SQLModel, table=True):
    __tablename__ = "insurance_policy"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    payer_id: int = Field(foreign_key="payer.id", index=True)
    priority: int = Field(default=1, description="1 primary, 2 secondary")
    member_id: str = Field(max_length=40)
    group_number: str = Field(default="", max_length=40)
    subscriber_name: str = Field(default="", max_length=120)
    relationship_to_subscriber: str = Field(default="self", max_length=20)
    effective_from: date
    effective_to: date | None = None
    copay_cents: int = 0
    coinsurance_bp: int = Field(default=0, description="basis points: 2000 = 20 %")
    legacy_id: str | None = Field(default=None, max_length=64, index=True)


# An insurance policy row's values in the order the bulk writers give them (the legacy import adds
# its legacy_id).
INSURANCE_POLICY_COLUMNS = (
    "id",
    "patient_id",
    "payer_id",
    "priority",
    "member_id",
    "group_number",
    "subscriber_name",
    "relationship_to_subscriber",
    "effective_from",
    "effective_to",
    "copay_cents",
    "coinsurance_bp",
)

# What a payer grants in a prior authorization (core.authorizations.models.Authorization), in column
# order: the record view, the legacy import and the demo's bulk writer each put these between their
# own columns.
AUTHORIZATION_TERMS = (
    "discipline",
    "number",
    "start_date",
    "end_date",
    "visits_approved",
    "visits_used",
)
