from sqlmodel import Field, SQLModel


class Provider(SQLModel, table=True):
    """A treating clinician. Assistants (PTA, OTA, SLPA) name their supervising therapist."""

    __tablename__ = "provider"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="app_user.id", index=True)
    clinic_id: int = Field(foreign_key="clinic.id", index=True)
    full_name: str = Field(max_length=120)
    discipline: str = Field(max_length=4)
    credential: str = Field(max_length=5)
    npi: str | None = Field(default=None, max_length=10)
    taxonomy_code: str | None = Field(default=None, max_length=10)
    supervising_provider_id: int | None = Field(default=None, foreign_key="provider.id")
    capacity: int = Field(default=1, ge=1, description="patients treated at once")
    is_active: bool = True
