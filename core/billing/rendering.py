"""Who a claim names as its rendering provider (the 837P's NM1*82, the claim page's "rendering
provider").

Medicare does not enroll therapy assistants (PTA, OTA, SLPA) as rendering providers: an assistant's
service is billed under the supervising therapist's NPI, and the CQ or CO modifier on the lines says an
assistant furnished it (Medicare Benefit Policy Manual ch. 15 §230). Commercial payers seldom credential
assistants either, and the payer profile has no setting for those that do, so every payer gets the
supervising therapist.

The supervising therapist of a service is the one who co-signed the assistant's note (they attested the
supervision); before a co-signature, or for a note co-signed by nobody known to the clinic, it is the
therapist the assistant's profile names as supervisor.
"""

from dataclasses import dataclass

from sqlmodel import Session, col, select

from core.billing.models import Claim
from core.enums import ASSISTANT_CREDENTIALS
from core.notes.models import Note, NoteSignature
from core.providers.models import Provider


def rendering_provider_id(
    *, furnished_by: int, credential: str, cosigned_by: int | None, supervisor: int | None
) -> int | None:
    """The provider a claim renders under: the therapist who furnished the service, or for an
    assistant the co-signing therapist, else the assistant's supervisor; None when an assistant has
    neither (the claim cannot go out)."""
    if credential not in ASSISTANT_CREDENTIALS:
        return furnished_by
    return cosigned_by if cosigned_by is not None else supervisor


@dataclass(frozen=True)
class Rendering:
    furnished_by: Provider
    # None: the service was an assistant's and no supervising therapist is known.
    rendering: Provider | None

    @property
    def by_assistant(self) -> bool:
        return self.furnished_by.credential in ASSISTANT_CREDENTIALS


def _cosigner(session: Session, claim: Claim, supervisor: int | None) -> int | None:
    """The provider (a therapist of the claim's clinic) who co-signed the visit's note, if any."""
    if claim.visit_id is None:
        return None
    user_id = session.exec(
        select(NoteSignature.user_id)
        .join(Note, col(Note.id) == NoteSignature.note_id)
        .where(Note.visit_id == claim.visit_id, NoteSignature.kind == "cosign")
    ).first()
    if user_id is None:
        return None
    ids = [
        p.id
        for p in session.exec(
            select(Provider)
            .where(Provider.user_id == user_id, Provider.clinic_id == claim.clinic_id)
            .order_by(col(Provider.id))
        ).all()
        if p.credential not in ASSISTANT_CREDENTIALS and p.id is not None
    ]
    # A therapist with two provider rows in one clinic: the one supervising the assistant.
    return supervisor if supervisor in ids else (ids[0] if ids else None)


def rendering_for(session: Session, claim: Claim) -> Rendering:
    """The claim's furnishing provider and the provider it renders under."""
    furnished = session.get(Provider, claim.provider_id)
    assert furnished is not None and furnished.id is not None
    supervisor = furnished.supervising_provider_id
    chosen = rendering_provider_id(
        furnished_by=furnished.id,
        credential=furnished.credential,
        cosigned_by=_cosigner(session, claim, supervisor)
        if furnished.credential in ASSISTANT_CREDENTIALS
        else None,
        supervisor=supervisor,
    )
    if chosen == furnished.id:
        return Rendering(furnished, furnished)
    return Rendering(furnished, session.get(Provider, chosen) if chosen is not None else None)
