"""core.upsert called directly: created when missing, the differing fields named when found, and the
same description applied twice changes nothing."""

from sqlalchemy import Engine
from sqlmodel import Session, select

from core.payers.models import Payer
from core.upsert import upsert


def _medicare(session: Session) -> Payer | None:
    return session.exec(select(Payer).where(Payer.name == "Upsert Medicare")).first()


def test_created_then_updated_then_kept(empty_db: tuple[str, Engine]) -> None:
    _, engine = empty_db
    described = {"kind": "medicare", "timely_filing_days": 365}
    with Session(engine) as session:
        payer, changed = upsert(
            session, _medicare(session), lambda: Payer(name="Upsert Medicare", kind="medicare"), described
        )
        assert changed is None and payer.id is not None  # created, and flushed: it has its id
        session.commit()
        first_id = payer.id

        payer, changed = upsert(
            session,
            _medicare(session),
            lambda: Payer(name="Upsert Medicare", kind="medicare"),
            {**described, "timely_filing_days": 90},
        )
        assert changed == ["timely_filing_days"] and payer.id == first_id

        payer, changed = upsert(
            session,
            _medicare(session),
            lambda: Payer(name="Upsert Medicare", kind="medicare"),
            {**described, "timely_filing_days": 90},
        )
        assert changed == []
        session.commit()
    with Session(engine) as session:
        assert len(session.exec(select(Payer).where(Payer.name == "Upsert Medicare")).all()) == 1
