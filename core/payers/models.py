from datetime import date

from pydantic import BaseModel, ConfigDict
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel


class Payer(SQLModel, table=True):
    """A payer and its billing profile: the rules the coder and the scrubber follow."""

    __tablename__ = "payer"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(max_length=20, description="medicare, medicaid or commercial")
    electronic_payer_id: str = Field(default="", max_length=20)
    unit_rule: str = Field(default="cms", max_length=10, description="cms (8-minute rule) or per-code")
    requires_authorization: bool = False
    # What booking past an authorization does: refuse, or warn and let staff go on.
    authorization_overrun: str = Field(default="warn", max_length=10)
    applies_ncci: bool = True
    denies_97530_with_97140: bool = False
    timely_filing_days: int = 365
    progress_report_visits: int = Field(default=10, description="treatment days between progress reports")
    max_certification_days: int = 90


class PayerThreshold(SQLModel, table=True):
    """Yearly figures that change every year (KX threshold, targeted review), as data."""

    __tablename__ = "payer_threshold"
    __table_args__ = (UniqueConstraint("payer_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    payer_id: int = Field(foreign_key="payer.id", index=True)
    year: int
    kx_threshold_cents: int
    review_threshold_cents: int


class FeeSchedule(SQLModel, table=True):
    __tablename__ = "fee_schedule"
    # One schedule per payer and start date: prices must not depend on which copy a query finds.
    __table_args__ = (UniqueConstraint("payer_id", "effective_from"),)

    id: int | None = Field(default=None, primary_key=True)
    payer_id: int | None = Field(default=None, foreign_key="payer.id", index=True)
    name: str = Field(max_length=120)
    effective_from: date
    effective_to: date | None = None


class FeeScheduleEntry(SQLModel, table=True):
    __tablename__ = "fee_schedule_entry"
    __table_args__ = (UniqueConstraint("fee_schedule_id", "cpt", "modifier"),)

    id: int | None = Field(default=None, primary_key=True)
    fee_schedule_id: int = Field(foreign_key="fee_schedule.id", index=True)
    cpt: str = Field(max_length=5)
    modifier: str = Field(default="", max_length=2)
    amount_cents: int = Field(ge=0)


class PayerRead(BaseModel):
    """A payer and its billing profile, as every logged-in user may read it (no patient data)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    kind: str
    electronic_payer_id: str
    unit_rule: str
    requires_authorization: bool
    authorization_overrun: str
    applies_ncci: bool
    denies_97530_with_97140: bool
    timely_filing_days: int
    progress_report_visits: int
    max_certification_days: int


class FeeRead(BaseModel):
    cpt: str
    modifier: str
    amount_cents: int


class FeeScheduleRead(BaseModel):
    """A payer's fee schedule with its prices, code by code."""

    id: int
    payer_id: int | None
    name: str
    effective_from: date
    effective_to: date | None
    entries: list[FeeRead]


class FeeScheduleImported(BaseModel):
    """What a fee schedule upload made: the schedule and how many prices it holds."""

    fee_schedule_id: int
    entries: int
