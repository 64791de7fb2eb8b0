from datetime import date

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel


class PlanOfCare(SQLModel, table=True):
    """Certified for at most 90 days (Medicare Benefit Policy Manual ch. 15 §220.1.2)."""

    __tablename__ = "plan_of_care"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    provider_id: int = Field(foreign_key="provider.id")
    discipline: str = Field(max_length=4)
    icd10_codes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    frequency_per_week: int = 2
    duration_weeks: int = 6
    start_date: date
    end_date: date
    physician_name: str = Field(default="", max_length=120)
    physician_npi: str = Field(default="", max_length=10)
    sent_on: date | None = None
    physician_signed_on: date | None = None
    status: str = Field(default="draft", max_length=20)


class PlanGoal(SQLModel, table=True):
    __tablename__ = "plan_goal"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan_of_care.id", index=True)
    term: str = Field(max_length=5, description="short or long")
    text: str = Field(max_length=500)
    target_date: date | None = None
    status: str = Field(default="in progress", max_length=20)
