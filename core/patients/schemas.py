"""What goes in and out of the patient service: unknown fields are refused, not ignored."""

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20, pattern=r"^[0-9+()\-. ]*$")]


def _not_future(value: date | None) -> date | None:
    if value is not None and value > date.today():
        raise ValueError("birth date is in the future")
    if value is not None and value.year < 1900:
        raise ValueError("birth date is before 1900")
    return value


class PatientCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    clinic_id: int
    first_name: Name
    last_name: Name
    birth_date: date
    sex: Annotated[str, StringConstraints(pattern=r"^[MFXU]$")] = "U"
    phone: Phone = ""
    email: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)] = ""
    address: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""
    city: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] = ""
    state: Annotated[str, StringConstraints(pattern=r"^([A-Z]{2})?$")] = ""
    postal_code: Annotated[str, StringConstraints(pattern=r"^(\d{5}(-\d{4})?)?$")] = ""

    _birth = field_validator("birth_date")(classmethod(lambda cls, v: _not_future(v)))


class PatientUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    first_name: Name | None = None
    last_name: Name | None = None
    birth_date: date | None = None
    sex: Annotated[str, StringConstraints(pattern=r"^[MFXU]$")] | None = None
    phone: Phone | None = None
    email: Annotated[str, StringConstraints(strip_whitespace=True, max_length=254)] | None = None
    address: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] | None = None
    city: Annotated[str, StringConstraints(strip_whitespace=True, max_length=80)] | None = None
    state: Annotated[str, StringConstraints(pattern=r"^([A-Z]{2})?$")] | None = None
    postal_code: Annotated[str, StringConstraints(pattern=r"^(\d{5}(-\d{4})?)?$")] | None = None
    reminder_opt_out: bool | None = None

    _birth = field_validator("birth_date")(classmethod(lambda cls, v: _not_future(v)))


class PatientRead(BaseModel):
    id: int
    clinic_id: int
    first_name: str
    last_name: str
    birth_date: date
    sex: str
    phone: str
    email: str
    address: str
    city: str
    state: str
    postal_code: str
    reminder_opt_out: bool
    updated_at: datetime


class PatientPage(BaseModel):
    items: list[PatientRead]
    total: int = Field(description="patients matching, across the caller's clinics")
    limit: int
    offset: int
    close: bool = Field(
        default=False, description="no name is spelled as typed: these are the names closest to it (a typo)"
    )
