from datetime import date

from sqlmodel import Field, SQLModel


class Referral(SQLModel, table=True):
    __tablename__ = "referral"

    id: int | None = Field(default=None, primary_key=True)
    patient_id: int = Field(foreign_key="patient.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    discipline: str = Field(max_length=4)
    physician_name: str = Field(max_length=120)
    physician_npi: str = Field(default="", max_length=10)
    received_on: date
    first_visit_on: date | None = None
    status: str = Field(default="received", max_length=20)
