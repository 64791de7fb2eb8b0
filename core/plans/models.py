from datetime import date, datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


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
    # Ended by a signed discharge (#20): its date of service, its reason, and the note.
    discharged_on: date | None = None
    discharge_reason: str = Field(default="", max_length=80, sa_column_kwargs={"server_default": ""})
    # no foreign key: a note's visit refers to its plan, and a cycle of keys would order no table first
    discharge_note_id: int | None = None


class PlanGoal(SQLModel, table=True):
    __tablename__ = "plan_goal"

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan_of_care.id", index=True)
    term: str = Field(max_length=5, description="short or long")
    text: str = Field(max_length=500)
    target_date: date | None = None
    status: str = Field(default="in progress", max_length=20)


class PlanGoalStatus(SQLModel, table=True):
    """A goal's status as a signed progress report, re-evaluation or discharge (or the therapist on the
    plan's page, note_id None) set it, on its date of service: the goal's history, kept."""

    __tablename__ = "plan_goal_status"

    id: int | None = Field(default=None, primary_key=True)
    goal_id: int = Field(foreign_key="plan_goal.id", index=True)
    plan_id: int = Field(foreign_key="plan_of_care.id", index=True)
    note_id: int | None = Field(default=None, foreign_key="note.id")
    status: str = Field(max_length=20)
    set_on: date
    created_at: datetime = Field(default_factory=utcnow)
