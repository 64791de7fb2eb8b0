from datetime import datetime

from sqlmodel import Field, SQLModel

from core.timeutil import utcnow


class Clinic(SQLModel, table=True):
    """A location. Users belong to one or more and see nothing of the others."""

    __tablename__ = "clinic"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    timezone: str = Field(default="America/New_York", max_length=64)
    npi: str | None = Field(default=None, max_length=10)
    tax_id: str | None = Field(default=None, max_length=12)
    address: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=20)
    created_at: datetime = Field(default_factory=utcnow)
