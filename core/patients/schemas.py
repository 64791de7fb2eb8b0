"""What goes in and out of the patient service: unknown fields are refused, not ignored."""

import unicodedata
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20, pattern=r"^[0-9+()\-. ]*$")]


# Typed text keeps no control character (a NUL, which PostgreSQL refuses outright: the intake answered
# 500; an escape sequence) and no invisible format character but the joiners some scripts spell with
# (U+202E turns "Quill\u202egnp.exe" round on the screen); a name has no < or > (markup, #20).
_JOINERS = {"\u200c", "\u200d"}
_TEXT_FIELDS = ("first_name", "last_name", "phone", "email", "address", "city")


def _typed_text(value: str | None, info: ValidationInfo) -> str | None:
    label = str(info.field_name).replace("_", " ")
    if value and any(unicodedata.category(c) in ("Cc", "Cf") and c not in _JOINERS for c in value):
        raise ValueError(f"{label} has an invisible or control character: type it again without it")
    if value and info.field_name in ("first_name", "last_name") and ("<" in value or ">" in value):
        raise ValueError(f"{label} has < or >, which no name has")
    return value


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
    _text = field_validator(*_TEXT_FIELDS)(classmethod(lambda cls, v, info: _typed_text(v, info)))


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
    _text = field_validator(*_TEXT_FIELDS)(classmethod(lambda cls, v, info: _typed_text(v, info)))


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
