from datetime import date

from sqlmodel import Field, SQLModel


class OutcomeMeasureResult(SQLModel, table=True):
    """One score of a standard measure (Berg, 6MWT, TUG, LEFS, ODI, ...) for a patient."""

    __tablename__ = "outcome_measure_result"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    visit_id: int | None = Field(default=None, foreign_key="visit.id")
    measure: str = Field(max_length=20)
    score: float
    unit: str = Field(default="", max_length=20)
    measured_on: date
