"""core.billing.claims.facts_for reads a claim's charges once (core.billing.claims.charges_of), for the
lines' minutes and for the note behind them, on SQLite and PostgreSQL: what the scrubber is given is
unchanged (the note's timed minutes are still found), one query less for every claim scrubbed."""

import re
from datetime import date
from typing import Any

from conftest import Practice
from sqlalchemy import event
from sqlmodel import Session, col, select

from core.billing.claims import charges_of, claim_lines, facts_for
from core.billing.models import Claim, ClaimLine

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)
TODAY = date(2026, 11, 24)  # the demo practice's today (conftest.DEMO_TODAY)


def test_a_claims_facts_read_its_charges_once(practice: Practice) -> None:
    read: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *_: object) -> None:
        if re.search(r"\bFROM charge\b", statement):
            read.append(statement)

    with practice.session() as session:
        claims = session.exec(
            select(Claim).where(col(Claim.visit_id).is_not(None)).order_by(col(Claim.id))
        ).all()
        assert len(claims) > 20
        event.listen(practice.engine, "before_cursor_execute", seen)
        try:
            facts = [facts_for(session, claim, TODAY) for claim in claims[:20]]
        finally:
            event.remove(practice.engine, "before_cursor_execute", seen)
        assert len(read) == 20
        # what the lines carry is the charges' minutes, and the signed note behind them is found
        for claim, fact in zip(claims[:20], facts, strict=True):
            charges = {c.id: c for c in charges_of(session, claim_lines(session, claim.id or 0))}
            lines = claim_lines(session, claim.id or 0)
            assert [f.minutes for f in fact.lines] == [
                charges[line.charge_id].minutes if line.charge_id in charges else 0 for line in lines
            ]
        assert any(f.note_timed_minutes for f in facts)


def test_the_charges_of_no_lines_or_hand_added_lines_are_none(practice: Practice) -> None:
    with practice.session() as session:
        assert charges_of(session, []) == []
        claim = session.exec(select(Claim).order_by(col(Claim.id))).first()
        assert claim is not None
        lines = claim_lines(session, claim.id or 0)
        by_hand = [line.model_copy(update={"charge_id": None}) for line in lines]
        assert charges_of(session, by_hand) == []
        assert {c.id for c in charges_of(session, lines)} == {
            line.charge_id for line in lines if line.charge_id
        }


def _copy(session: Session, claim: Claim, n: int, **change: Any) -> int:
    """Another claim like `claim` (its lines' codes too, or `cpts`), with `change` made."""
    cpts = change.pop("cpts", None)
    other = Claim(
        **(claim.model_dump(exclude={"id"}) | {"visit_id": None, "control_number": f"DUP{n}"} | change)
    )
    session.add(other)
    session.flush()
    for line in claim_lines(session, claim.id or 0):
        session.add(
            ClaimLine(**(line.model_dump(exclude={"id"}) | {"claim_id": other.id, "charge_id": None}))
        )
    if cpts is not None:
        session.flush()
        for line, cpt in zip(claim_lines(session, other.id or 0), cpts, strict=True):
            line.cpt = cpt
            session.add(line)
    session.flush()
    return other.id or 0


def test_a_duplicate_is_the_same_patient_payer_day_and_codes_and_not_void(practice: Practice) -> None:
    with practice.session() as session:
        claim = session.exec(
            select(Claim)
            .where(col(Claim.visit_id).is_not(None), Claim.status != "void")
            .order_by(col(Claim.id))
        ).first()
        assert claim is not None
        codes = [line.cpt for line in claim_lines(session, claim.id or 0)]
        other_payer = session.exec(select(Claim.payer_id).where(Claim.payer_id != claim.payer_id)).first()
        assert facts_for(session, claim, TODAY).duplicate_claim_ids == ()
        same = _copy(session, claim, 1)
        same_codes_reordered = _copy(session, claim, 2, cpts=list(reversed(codes)))
        _copy(session, claim, 3, payer_id=other_payer)  # another payer: not a duplicate
        _copy(session, claim, 4, status="void")  # void: not a duplicate
        _copy(session, claim, 5, cpts=["97999"] * len(codes))  # other codes: not a duplicate
        _copy(session, claim, 6, service_date=date(2000, 1, 3))  # another day: not a duplicate
        assert facts_for(session, claim, TODAY).duplicate_claim_ids == (same, same_codes_reordered)
        session.rollback()  # the practice is left as it was
