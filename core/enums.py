"""Words of the clinic shared by every domain."""

from enum import StrEnum


class Role(StrEnum):
    """A user's role in one clinic (PRODUCT.md, 'Who uses it')."""

    therapist = "therapist"
    assistant = "assistant"
    front_desk = "front_desk"
    biller = "biller"
    owner = "owner"


class Discipline(StrEnum):
    PT = "PT"
    OT = "OT"
    SLP = "SLP"


class Credential(StrEnum):
    """A provider's licence; assistants' services carry CQ/CO and need co-signature."""

    PT = "PT"
    PTA = "PTA"
    OT = "OT"
    OTA = "OTA"
    SLP = "SLP"
    SLPA = "SLPA"

    @property
    def discipline(self) -> Discipline:
        return {"PT": Discipline.PT, "PTA": Discipline.PT, "OT": Discipline.OT, "OTA": Discipline.OT}.get(
            self.value, Discipline.SLP
        )

    @property
    def is_assistant(self) -> bool:
        return self.value in ("PTA", "OTA", "SLPA")


class NoteType(StrEnum):
    evaluation = "evaluation"
    daily = "daily"
    progress = "progress"
    re_evaluation = "re-evaluation"
    discharge = "discharge"


class NoteStatus(StrEnum):
    draft = "draft"
    in_review = "in_review"
    awaiting_cosign = "awaiting_cosign"
    signed = "signed"


class AppointmentStatus(StrEnum):
    booked = "booked"
    checked_in = "checked_in"
    completed = "completed"
    cancelled = "cancelled"
    no_show = "no_show"


class UnitRule(StrEnum):
    """How a payer turns timed minutes into units (CMS 8-minute rule or per code)."""

    cms = "cms"
    per_code = "per-code"


class ClaimStatus(StrEnum):
    draft = "draft"
    ready = "ready"
    held = "held"
    submitted = "submitted"
    accepted = "accepted"
    rejected = "rejected"
    paid = "paid"
    partially_paid = "partially_paid"
    denied = "denied"
