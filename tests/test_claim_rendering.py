"""An assistant's claim renders under the supervising therapist: the 837P's NM1*82 and the claim page
name the therapist who co-signed the note, else the assistant's supervisor; with neither, the claim
does not go out and the biller is told why in words (core.billing.rendering)."""

import html
from datetime import UTC, datetime

import pytest
from conftest import DEMO_TODAY, Practice
from page_helpers import page_client
from scheduling_helpers import one
from sqlalchemy import text
from sqlmodel import Session, select

from core.billing.claims import scrub_claims, work_list
from core.billing.models import Claim
from core.billing.rendering import rendering_provider_id
from core.billing.submission import billing_provider, claim_out, export_837
from core.billing.x12.claim837 import write_837p
from core.billing.x12.envelope import Parties
from core.billing.x12.segments import split
from core.clinics.models import Clinic
from core.errors import Conflict, Invalid
from core.notes.workflow import credentialed

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)


@pytest.mark.parametrize(
    ("credential", "cosigned_by", "supervisor", "expected"),
    [
        ("PT", None, None, 10),  # a therapist renders their own service
        ("OT", 30, 40, 10),  # even with a co-signature on record
        ("SLP", None, None, 10),
        ("PTA", 30, 40, 30),  # the co-signer attested the supervision of this very visit
        ("OTA", None, 40, 40),  # no co-signature yet: the profile's supervisor
        ("SLPA", 30, None, 30),
        ("PTA", None, None, None),  # nobody known: the claim cannot name a rendering provider
        ("OTA", None, None, None),
    ],
)
def test_the_rendering_provider_is_the_therapist_or_the_assistants_supervisor(
    credential: str, cosigned_by: int | None, supervisor: int | None, expected: int | None
) -> None:
    got = rendering_provider_id(
        furnished_by=10, credential=credential, cosigned_by=cosigned_by, supervisor=supervisor
    )
    assert got == expected


def _nm1_82(session: Session, claim: Claim) -> list[str]:
    """The rendering provider segment of the claim's 837P, as its elements."""
    clinic = session.get(Clinic, claim.clinic_id)
    assert clinic is not None
    out = write_837p(
        [claim_out(session, claim)],
        billing=billing_provider(session, clinic),
        parties=Parties(sender_id="123456789", receiver_id="PAYER"),
        control=1,
        at=datetime(2026, 11, 24, 18, 0, tzinfo=UTC),
    )
    (segment,) = [e for e in split(out) if e[0] == "NM1" and e[1] == "82"]
    return segment


def _claim_of(practice: Practice, credential: str) -> int:
    """Clinic 1's first claim of a visit furnished by a provider with this credential; an assistant's
    is co-signed."""
    return one(
        practice,
        """SELECT c.id FROM claim c JOIN provider p ON p.id = c.provider_id
        JOIN note n ON n.visit_id = c.visit_id
        WHERE c.clinic_id = 1 AND p.credential = :k AND p.npi IS NOT NULL
          AND (p.credential NOT IN ('PTA', 'OTA', 'SLPA')
               OR EXISTS (SELECT 1 FROM note_signature s WHERE s.note_id = n.id AND s.kind = 'cosign'))
        ORDER BY c.id LIMIT 1""",
        k=credential,
    )[0]


def _provider(practice: Practice, provider_id: int) -> tuple[str, str]:
    name, npi = one(practice, "SELECT full_name, npi FROM provider WHERE id = :p", p=provider_id)
    return name, npi


def _credentialed(practice: Practice, provider_id: int) -> str:
    """The provider as the claim page names one: 'Katherine Hill, PT' (core.notes.workflow.credentialed)."""
    return credentialed(
        *one(practice, "SELECT full_name, credential FROM provider WHERE id = :p", p=provider_id)
    )


def _claim_page(practice: Practice, claim_id: int) -> str:
    reply = page_client(practice, "biller").get(f"/billing/claims/{claim_id}")
    assert reply.status_code == 200
    return html.unescape(reply.text)


def test_an_assistants_claim_names_the_supervising_therapist_in_the_837p_and_on_the_page(
    practice: Practice,
) -> None:
    pt_claim, pta_claim = _claim_of(practice, "PT"), _claim_of(practice, "PTA")
    pt, pta = (
        one(practice, "SELECT provider_id FROM claim WHERE id = :c", c=c)[0] for c in (pt_claim, pta_claim)
    )
    cosigner = one(
        practice,
        """SELECT p.id FROM claim c JOIN note n ON n.visit_id = c.visit_id
        JOIN note_signature s ON s.note_id = n.id AND s.kind = 'cosign'
        JOIN provider p ON p.user_id = s.user_id AND p.clinic_id = c.clinic_id
        WHERE c.id = :c""",
        c=pta_claim,
    )[0]
    other_pt = one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = 1 AND credential = 'PT' AND id <> :p ORDER BY id LIMIT 1",
        p=cosigner,
    )[0]

    def setup(sql: str, **params: object) -> None:
        with practice.session() as session:
            session.exec(text(sql).bindparams(**params))  # type: ignore[call-overload]
            session.commit()

    # (claim, what the record is changed to first, the provider the claim renders under)
    cases = [
        ("a therapist's own visit", pt_claim, None, pt),
        ("a co-signed assistant's visit", pta_claim, None, cosigner),
        (
            "the assistant's supervisor changed after the co-signature",
            pta_claim,
            ("UPDATE provider SET supervising_provider_id = :o WHERE id = :a", {"o": other_pt, "a": pta}),
            cosigner,
        ),
        (
            "no co-signature on record: the profile's supervisor",
            pta_claim,
            (
                """DELETE FROM note_signature WHERE kind = 'cosign' AND note_id =
                (SELECT n.id FROM note n JOIN claim c ON c.visit_id = n.visit_id WHERE c.id = :c)""",
                {"c": pta_claim},
            ),
            other_pt,
        ),
    ]
    for why, claim_id, change, expected in cases:
        if change:
            setup(change[0], **change[1])
        name, npi = _provider(practice, expected)
        with practice.session() as session:
            claim = session.get(Claim, claim_id)
            assert claim is not None
            segment = _nm1_82(session, claim)
        assert segment[9] == npi, why
        assert segment[3] and segment[3].upper() in name.upper(), why
        page = _claim_page(practice, claim_id)
        assert "Rendering provider" in page and f"{_credentialed(practice, expected)}, NPI {npi}" in page, why
        furnished_by = _credentialed(practice, pta)
        assert (f"{furnished_by}, under" in page and "Furnished by" in page) == (claim_id == pta_claim), why

    # Neither co-signed nor supervised: the claim names nobody, never the assistant, and the scrubber
    # holds it with what to do.
    setup("UPDATE provider SET supervising_provider_id = NULL WHERE id = :a", a=pta)
    setup("UPDATE claim SET status = 'held' WHERE id = :c", c=pta_claim)
    control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=pta_claim)[0]
    biller = practice.actor("biller")
    with practice.session() as session:
        claim = session.get(Claim, pta_claim)
        assert claim is not None
        with pytest.raises(Invalid) as refused:
            claim_out(session, claim)
        assert control in str(refused.value) and "no rendering provider" in str(refused.value)
        (result,) = scrub_claims(session, actor=biller, clinic_id=1, today=DEMO_TODAY, claim_ids=[pta_claim])
    assert result.status == "held"
    assert "supervising-therapist" in {f["rule_id"] for f in result.findings}
    page = _claim_page(practice, pta_claim)
    assert "Rendering provider" in page and "no supervising therapist" in page
    assert f"NPI {_provider(practice, pta)[1]}" not in page


def _execute(practice: Practice, sql: str, **params: object) -> None:
    with practice.session() as session:
        session.exec(text(sql).bindparams(**params))  # type: ignore[call-overload]
        session.commit()


def _cosigned_assistant_claim(practice: Practice, payer_id: int = 0) -> tuple[int, int, int]:
    """Clinic 1's latest claim of a PTA's co-signed visit (of the payer, unless 0): the claim, the PTA
    and the co-signing PT, as provider ids."""
    return one(
        practice,
        """SELECT c.id, c.provider_id, p.id FROM claim c JOIN provider a ON a.id = c.provider_id
        JOIN note n ON n.visit_id = c.visit_id
        JOIN note_signature s ON s.note_id = n.id AND s.kind = 'cosign'
        JOIN provider p ON p.user_id = s.user_id AND p.clinic_id = c.clinic_id AND p.credential = 'PT'
        WHERE c.clinic_id = 1 AND a.credential = 'PTA' AND (:payer = 0 OR c.payer_id = :payer)
        ORDER BY c.id DESC LIMIT 1""",
        payer=payer_id,
    )


def _scrub(practice: Practice, claim_id: int) -> tuple[str, list[tuple[str, str]]]:
    """The claim (made unsent first) scrubbed: its status and its (rule, message) findings."""
    _execute(practice, "UPDATE claim SET status = 'held' WHERE id = :c", c=claim_id)
    with practice.session() as session:
        (result,) = scrub_claims(
            session, actor=practice.actor("biller"), clinic_id=1, today=DEMO_TODAY, claim_ids=[claim_id]
        )
    return result.status, [(f["rule_id"], f["message"]) for f in result.findings]


def test_an_assistants_claim_is_scrubbed_on_the_npi_the_837p_sends(practice: Practice) -> None:
    """The scrubber checks the co-signing therapist's NPI, which the 837P sends, not the assistant's."""
    claim_id, pta, pt = _cosigned_assistant_claim(practice)
    npis = {p: _provider(practice, p)[1] for p in (pta, pt)}
    status = one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0]
    cases = [
        # (why, the provider whose NPI is taken off, the provider-ids findings expected)
        ("both have an NPI", None, []),
        ("the assistant has none, the co-signing PT has one: the 837P is whole", pta, []),
        (
            "the co-signing PT has none, the assistant has one: the 837P would send no NPI",
            pt,
            ["the supervising therapist the claim renders under has no NPI"],
        ),
    ]
    try:
        for why, without, expected in cases:
            for provider, npi in npis.items():
                _execute(
                    practice,
                    "UPDATE provider SET npi = :n WHERE id = :p",
                    n=None if provider == without else npi,
                    p=provider,
                )
            found, findings = _scrub(practice, claim_id)
            messages = [m for rule_id, m in findings if rule_id == "provider-ids"]
            assert [m.split(":")[0] for m in messages] == expected, why
            assert found == "held" or not expected, why
    finally:
        for provider, npi in npis.items():
            _execute(practice, "UPDATE provider SET npi = :n WHERE id = :p", n=npi, p=provider)
        _execute(practice, "UPDATE claim SET status = :s WHERE id = :c", s=status, c=claim_id)


def _ready(practice: Practice, payer_id: int) -> set[int]:
    with practice.session() as session:
        return set(
            session.exec(  # type: ignore[call-overload]
                text(
                    "SELECT id FROM claim WHERE clinic_id = 1 AND payer_id = :p AND status = 'ready'"
                ).bindparams(p=payer_id)
            ).scalars()
        )


def test_a_claim_without_a_supervising_therapist_is_held_and_the_payers_batch_goes_out(
    practice: Practice,
) -> None:
    claim_id, pta, _ = _cosigned_assistant_claim(practice, payer_id=1)
    supervisor = one(practice, "SELECT supervising_provider_id FROM provider WHERE id = :a", a=pta)[0]
    _execute(
        practice,
        """DELETE FROM note_signature WHERE kind = 'cosign' AND note_id IN
        (SELECT n.id FROM note n JOIN claim c ON c.visit_id = n.visit_id WHERE c.id = :c)""",
        c=claim_id,
    )
    _execute(practice, "UPDATE provider SET supervising_provider_id = NULL WHERE id = :a", a=pta)
    try:
        # The scrubber holds it, saying what to do, and the biller's work list shows it.
        status, findings = _scrub(practice, claim_id)
        assert status == "held"
        (message,) = [m for rule_id, m in findings if rule_id == "supervising-therapist"]
        assert "PTA" in message and "ask the owner" in message
        assert not [m for rule_id, m in findings if rule_id == "provider-ids"]
        biller = practice.actor("biller")
        with practice.session() as session:
            held = {r["claim_id"]: r for r in work_list(session, actor=biller, kind="held", limit=10_000)}
        assert "supervising-therapist" in {f["rule_id"] for f in held[claim_id]["findings"]}

        # Scrubbed ready before the supervisor was taken off: export holds it again and sends the rest.
        _execute(practice, "UPDATE claim SET status = 'ready' WHERE id = :c", c=claim_id)
        others = _ready(practice, 1) - {claim_id}
        assert others, "the demo has other claims ready for payer 1"
        control = one(practice, "SELECT control_number FROM claim WHERE id = :c", c=claim_id)[0]
        with practice.session() as session:
            batch = export_837(session, actor=biller, clinic_id=1, payer_id=1)
            sent = set(session.exec(select(Claim.id).where(Claim.batch_id == batch.id)).all())
        assert sent == others and batch.claim_count == len(others) and control not in batch.content
        assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "held"
        assert (
            one(
                practice,
                "SELECT COUNT(*) FROM claim_finding WHERE claim_id = :c AND rule_id = 'supervising-therapist'",
                c=claim_id,
            )[0]
            == 1
        )

        # Nothing else ready: the claim is held again and the biller told, nothing is sent.
        _execute(practice, "UPDATE claim SET status = 'ready' WHERE id = :c", c=claim_id)
        with practice.session() as session, pytest.raises(Conflict, match="held again"):
            export_837(session, actor=biller, clinic_id=1, payer_id=1)
        assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "held"
    finally:
        _execute(
            practice, "UPDATE provider SET supervising_provider_id = :s WHERE id = :a", s=supervisor, a=pta
        )
