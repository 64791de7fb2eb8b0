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


# The assistants' credentials as plain words, for a credential not yet known to be valid.
ASSISTANT_CREDENTIALS = frozenset(c.value for c in Credential if c.is_assistant)


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
    """Where a claim is: built (draft), scrubbed (ready, or held on a finding), sent, turned away before
    adjudication (rejected: a clearinghouse's or payer's front-end edit, a 277CA rejection; never
    received, so fixed and sent again, not a denial), answered by the payer's remittance, or void
    (owed by no one). The moves between them are core.billing.lifecycle.MOVES."""

    draft = "draft"
    ready = "ready"
    held = "held"
    submitted = "submitted"
    rejected = "rejected"
    paid = "paid"
    partially_paid = "partially_paid"
    denied = "denied"
    void = "void"


class ClaimLineStatus(StrEnum):
    """A claim line's answer: open until a remittance pays or denies it; a denied line the clinic
    gives up on is written off."""

    open = "open"
    paid = "paid"
    denied = "denied"
    written_off = "written_off"
