"""Finding the demo practice's people for scheduling tests."""

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import text

NY = ZoneInfo("America/New_York")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=NY)


def one(practice, sql: str, **params):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return session.exec(text(sql).bindparams(**params)).first()


def therapist(practice, clinic: int = 1, credential: str = "PT", offset: int = 0) -> int:  # type: ignore[no-untyped-def]
    return one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = :c AND credential = :k ORDER BY id LIMIT 1 OFFSET :o",
        c=clinic,
        k=credential,
        o=offset,
    )[0]


def type_id(practice, clinic: int = 1, discipline: str = "PT", kind: str = "follow-up") -> int:  # type: ignore[no-untyped-def]
    return one(
        practice,
        "SELECT id FROM appointment_type WHERE clinic_id = :c AND discipline = :d AND kind = :k",
        c=clinic,
        d=discipline,
        k=kind,
    )[0]


def patient(practice, payer_kind: str = "medicare", clinic: int = 1, offset: int = 0) -> int:  # type: ignore[no-untyped-def]
    """A patient of the clinic whose primary payer is of that kind."""
    return one(
        practice,
        """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
                            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = :c AND y.kind = :k
                            ORDER BY p.id LIMIT 1 OFFSET :o""",
        c=clinic,
        k=payer_kind,
        o=offset,
    )[0]


def count(practice, sql: str, **params) -> int:  # type: ignore[no-untyped-def]
    return one(practice, sql, **params)[0]


def patient_of_payer(practice, payer: str, clinic: int = 1) -> int:  # type: ignore[no-untyped-def]
    """A patient of the clinic with that primary payer and no PT authorization from April 2027 on."""
    return one(
        practice,
        """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
                            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = :c AND y.name = :n
                            ORDER BY p.id DESC LIMIT 1""",
        c=clinic,
        n=payer,
    )[0]
