"""A corrected claim (frequency 7) is held until a change is saved on it (#20): reopened and scrubbed, it
was 'ready' and went out with the next 837P as an identical copy of the claim the payer had answered,
which the payer denies again. The scrubber's rule 'corrected-unchanged' holds it until a line's code,
units, modifiers or pointers, a removed line or the diagnoses change after the latest reopening. Table
driven end to end (each row one denied claim of the demo), with the rows that must not change: a save
that changes nothing keeps it held, an original claim is never held for it; a correction sent twice at
once is one change."""

from collections.abc import Callable
from datetime import date

import pytest
from conftest import Practice
from scheduling_helpers import one
from server_helpers import at_once
from sqlalchemy import text
from sqlmodel import Session

from core.billing.claims import ClaimFix, LineFix, fix_claim, scrub_claims
from core.billing.corrections import LineCorrection, correct_line
from core.billing.denials import start_correction
from core.billing.models import Claim, ClaimLine
from core.errors import Conflict

DEMO_SIZE = "tiny"
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)
RULE = "corrected-unchanged"

Change = Callable[[Session, object, Claim, ClaimLine], object]


def _other(cpt: str) -> str:
    return "97530" if cpt != "97530" else "97110"


def _recode(session, biller, claim, line):  # type: ignore[no-untyped-def]
    return correct_line(
        session,
        actor=biller,
        claim_id=claim.id,
        change=LineCorrection(
            line_number=line.line_number,
            cpt=_other(line.cpt),
            units=line.units,
            modifiers=line.modifiers.split(),
            reason="payer: wrong code",
        ),
        today=TODAY,
    )


def _same_line(session, biller, claim, line):  # type: ignore[no-untyped-def]
    return correct_line(
        session,
        actor=biller,
        claim_id=claim.id,
        change=LineCorrection(
            line_number=line.line_number,
            cpt=line.cpt,
            units=line.units,
            modifiers=line.modifiers.split(),
            reason="looked at it",
        ),
        today=TODAY,
    )


def _fix(fix: Callable[[Claim, ClaimLine], ClaimFix]) -> Change:
    def change(session, biller, claim, line):  # type: ignore[no-untyped-def]
        return fix_claim(session, actor=biller, claim_id=claim.id, fix=fix(claim, line), today=TODAY)

    return change


# (what the biller saves after reopening, whether the claim is still held for being unchanged)
ROWS: list[tuple[str, Change | None, bool]] = [
    ("nothing saved", None, True),
    # must not change: a save that changes nothing is no correction
    ("an empty save", _fix(lambda c, ln: ClaimFix()), True),
    ("the same diagnoses saved", _fix(lambda c, ln: ClaimFix(diagnosis_codes=list(c.diagnosis_codes))), True),
    ("the same code saved", _same_line, True),
    # a change saved: it may go (unless another rule holds it)
    ("a line recoded", _recode, False),
    (
        "one more unit",
        _fix(lambda c, ln: ClaimFix(lines=[LineFix(line_number=ln.line_number, units=ln.units + 1)])),
        False,
    ),
    (
        "a modifier added",
        _fix(
            lambda c, ln: ClaimFix(
                lines=[LineFix(line_number=ln.line_number, modifiers=[*ln.modifiers.split(), "KX"])]
            )
        ),
        False,
    ),
]


def _denied(practice: Practice, count: int) -> list[int]:
    with practice.session() as session:
        ids = [
            int(r[0])
            for r in session.exec(  # type: ignore[call-overload]
                text(
                    """SELECT c.id FROM claim c WHERE c.status = 'denied' AND c.payer_claim_number <> ''
                    AND c.frequency_code = '1'
                    AND NOT EXISTS (SELECT 1 FROM claim_action a WHERE a.claim_id = c.id)
                    AND NOT EXISTS (SELECT 1 FROM claim_line l WHERE l.claim_id = c.id AND l.status = 'written_off')
                    ORDER BY c.id"""
                )
            ).all()
        ]
    assert len(ids) >= count, "the demo has too few denied claims"
    return ids[:count]


def _findings(practice: Practice, claim_id: int) -> set[str]:
    with practice.session() as session:
        return {
            r[0]
            for r in session.exec(  # type: ignore[call-overload]
                text("SELECT rule_id FROM claim_finding WHERE claim_id = :c").bindparams(c=claim_id)
            ).all()
        }


def _reopen(practice: Practice, claim_id: int) -> tuple[Claim, ClaimLine]:
    biller = practice.actor("biller")
    with Session(practice.engine, expire_on_commit=False) as session:
        start_correction(session, actor=biller, claim_id=claim_id, today=TODAY)
        session.commit()
    with Session(practice.engine, expire_on_commit=False) as session:
        claim = session.get(Claim, claim_id)
        line = session.exec(
            text("SELECT id FROM claim_line WHERE claim_id = :c ORDER BY line_number").bindparams(c=claim_id)
        ).first()  # type: ignore[call-overload]
        assert claim is not None and line is not None
        return claim, session.get(ClaimLine, line[0])  # type: ignore[return-value]


def test_a_corrected_claim_is_held_until_a_change_is_saved(pristine_practice: Practice) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    for (what, change, held), claim_id in zip(ROWS, _denied(practice, len(ROWS)), strict=True):
        claim, line = _reopen(practice, claim_id)
        status, frequency = one(
            practice, "SELECT status, frequency_code FROM claim WHERE id = :c", c=claim_id
        )
        assert (status, frequency) == ("held", "7"), what
        assert RULE in _findings(practice, claim_id), what
        if change is not None:
            with Session(practice.engine, expire_on_commit=False) as session:
                change(session, biller, claim, line)
        assert (RULE in _findings(practice, claim_id)) == held, what
        if held:
            assert one(practice, "SELECT status FROM claim WHERE id = :c", c=claim_id)[0] == "held", what


def test_a_correction_sent_twice_at_once_is_one_change_and_releases_the_claim(
    pristine_practice: Practice,
) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    (claim_id,) = _denied(practice, 1)
    claim, line = _reopen(practice, claim_id)

    def send(_: int) -> object:
        with Session(practice.engine, expire_on_commit=False) as session:
            try:
                return _recode(session, biller, claim, line).status  # type: ignore[no-untyped-call]
            except Conflict as refused:
                return refused

    outcomes = at_once(2, send)
    assert all(o in ("ready", "held") for o in outcomes), outcomes
    assert (
        one(
            practice,
            "SELECT COUNT(*) FROM claim_action WHERE claim_id = :c AND kind = 'line_corrected'",
            c=claim_id,
        )[0]
        == 1
    )
    assert RULE not in _findings(practice, claim_id)
    # scrubbed again later (the next build): still released
    with Session(practice.engine) as session:
        scrub_claims(session, actor=biller, clinic_id=claim.clinic_id, today=TODAY, claim_ids=[claim_id])
    assert RULE not in _findings(practice, claim_id)


@pytest.mark.parametrize("clinic_id", [1])
def test_an_original_claim_is_never_held_for_it(pristine_practice: Practice, clinic_id: int) -> None:
    practice, biller = pristine_practice, pristine_practice.actor("biller")
    with Session(practice.engine) as session:
        results = scrub_claims(session, actor=biller, clinic_id=clinic_id, today=TODAY)
    with practice.session() as session:
        replacements = {
            r[0]
            for r in session.exec(text("SELECT id FROM claim WHERE frequency_code = '7'")).all()  # type: ignore[call-overload]
        }
    originals = [r for r in results if r.claim_id not in replacements]
    assert originals
    assert not any(f["rule_id"] == RULE for r in originals for f in r.findings)
