from datetime import date, datetime

from sqlmodel import Field, SQLModel

from core.authorizations.counts import visits_left
from core.timeutil import utcnow


class Authorization(SQLModel, table=True):
    """A payer's prior authorization: visits approved over a date range."""

    __tablename__ = "prior_authorization"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    payer_id: int = Field(foreign_key="payer.id", index=True)
    policy_id: int | None = Field(default=None, foreign_key="insurance_policy.id")
    discipline: str = Field(max_length=4)
    number: str = Field(default="", max_length=40)
    start_date: date
    end_date: date
    visits_approved: int = Field(ge=0)
    visits_used: int = Field(default=0, ge=0)
    requested_on: date | None = None
    decided_on: date | None = None
    status: str = Field(default="approved", max_length=20)
    legacy_id: str | None = Field(default=None, max_length=64, index=True)
    created_at: datetime = Field(default_factory=utcnow)

    @property
    def visits_left(self) -> int:
        return visits_left(self.visits_approved, self.visits_used)
