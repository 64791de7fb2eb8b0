"""Finding the demo practice's people and visits for scheduling tests."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from conftest import DEMO_NOW, Practice
from sqlalchemy import Engine, text, update
from sqlmodel import Session, col

from core.actor import Actor
from core.scheduling.calendar_days import clinic_holidays
from core.timeutil import as_utc, clock_at, utcnow
from core.users.models import AuthSession
from core.users.service import actor_by_email
from core.visits.rules import before_the_day
from core.visits.service import open_visit

NY = ZoneInfo("America/New_York")
__all__ = ["DEMO_NOW", "NY"]


def open_day(day: date) -> date:
    """The first day from `day` on that the demo clinics are open: not a weekend, not a holiday they close
    on (calendar_days.clinic_holidays: the demo's six). A test that books "twenty days from today" on the wall clock met
    Christmas Day on Dec 5 and found every provider off."""
    closed = {d for d, _ in clinic_holidays(day, day + timedelta(days=14))}
    while day.weekday() >= 5 or day in closed:
        day += timedelta(days=1)
    return day


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=NY)


def in_clinic_time(at: object) -> datetime:
    """A start read back from either backend (SQLite: naive text; PostgreSQL: aware) in clinic time."""
    moment = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
    return as_utc(moment).astimezone(NY)


class Booked(NamedTuple):
    first: str
    last: str
    id: int
    starts: datetime  # in clinic time


def booked_ahead(practice: Practice, clinic: int = 1) -> list[Booked]:
    """The booked visits after now (the services' clock, core.timeutil.utcnow) of the clinic's patients whose
    full name no other patient has (so a test may say it), first first."""
    with practice.engine.connect() as conn:
        rows = conn.execute(
            text(
                """SELECT p.first_name, p.last_name, a.id, a.starts_at FROM appointment a
                   JOIN patient p ON p.id = a.patient_id
                   WHERE p.clinic_id = :c AND a.status = 'booked' AND a.starts_at > :now
                     AND (SELECT COUNT(*) FROM patient q WHERE q.first_name = p.first_name
                          AND q.last_name = p.last_name) = 1
                   ORDER BY a.starts_at, a.id"""
            ),
            {"c": clinic, "now": utcnow().replace(tzinfo=None)},
        ).all()
    return [Booked(first, last, visit_id, in_clinic_time(at)) for first, last, visit_id, at in rows]


def one(practice, sql: str, **params):  # type: ignore[no-untyped-def]
    with practice.session() as session:
        return session.exec(text(sql).bindparams(**params)).first()


def therapist(practice: Practice, clinic: int = 1, credential: str = "PT", offset: int = 0) -> int:
    return one(
        practice,
        "SELECT id FROM provider WHERE clinic_id = :c AND credential = :k ORDER BY id LIMIT 1 OFFSET :o",
        c=clinic,
        k=credential,
        o=offset,
    )[0]


def type_id(practice: Practice, clinic: int = 1, discipline: str = "PT", kind: str = "follow-up") -> int:
    return one(
        practice,
        "SELECT id FROM appointment_type WHERE clinic_id = :c AND discipline = :d AND kind = :k",
        c=clinic,
        d=discipline,
        k=kind,
    )[0]


def patient(practice: Practice, payer_kind: str = "medicare", clinic: int = 1, offset: int = 0) -> int:
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


def patient_of_payer(practice: Practice, payer: str, clinic: int = 1) -> int:
    """A patient of the clinic with that primary payer and no PT authorization from April 2027 on."""
    return one(
        practice,
        """SELECT p.id FROM patient p JOIN insurance_policy i ON i.patient_id = p.id AND i.priority = 1
                            JOIN payer y ON y.id = i.payer_id WHERE p.clinic_id = :c AND y.name = :n
                            ORDER BY p.id DESC LIMIT 1""",
        c=clinic,
        n=payer,
    )[0]


def provider_actor(practice: Practice, provider_id: int) -> Actor:
    """The provider's user as the services see them (core.actor.Actor)."""
    email = one(
        practice,
        "SELECT u.email FROM app_user u JOIN provider p ON p.user_id = u.id WHERE p.id = :p",
        p=provider_id,
    )[0]
    with practice.session() as session:
        return actor_by_email(session, email, "127.0.0.1")


def supervisor_actor(practice: Practice, note_id: int) -> Actor:
    """The supervising provider of the note's author, as the services see them."""
    supervisor = one(
        practice,
        "SELECT p.supervising_provider_id FROM note n JOIN provider p ON p.id = n.provider_id WHERE n.id = :n",
        n=note_id,
    )[0]
    return provider_actor(practice, int(supervisor))


@contextmanager
def on_the_visit_day(
    engine: Engine, *, appointment: int | None = None, note: int | None = None, log_ins: bool = True
) -> Iterator[None]:
    """The services' clock at the visit's start (the appointment's, or the note's visit's) for the block,
    where it reads a day before the visit's in its clinic's zone: a visit is opened, and its note signed
    or co-signed, from the visit's own day on (core.visits.rules), and the demo's visits a test opens are
    ahead of DEMO_NOW. From that day on the clock is left as it is (late documentation). `log_ins`
    False for a block that calls the services straight in a session that has read already: carrying
    the log-ins writes, and SQLite then refuses that session's own write."""
    with engine.connect() as conn:
        if note is not None:
            row = conn.execute(
                text(
                    """SELECT v.service_date, c.timezone FROM note n JOIN visit v ON v.id = n.visit_id
                    JOIN clinic c ON c.id = v.clinic_id WHERE n.id = :n"""
                ),
                {"n": note},
            ).one()
        else:
            row = conn.execute(
                text(
                    """SELECT a.starts_at, c.timezone FROM appointment a JOIN clinic c ON c.id = a.clinic_id
                    WHERE a.id = :a"""
                ),
                {"a": appointment},
            ).one()
    served, zone = row
    moment = as_utc(served if isinstance(served, datetime) else datetime.fromisoformat(str(served)))
    if before_the_day(moment, utcnow(), ZoneInfo(zone)) is None:
        yield
        return
    with clock_with_log_ins(engine, moment) if log_ins else clock_at(moment):
        yield


@contextmanager
def clock_with_log_ins(engine: Engine, moment: datetime) -> Iterator[None]:
    """clock_at(moment), the open log-ins of the database carried to it where it is ahead of the wall
    clock: a session's idle and absolute ends are read on the services' clock (core.users.sessions),
    and a token cannot be issued ahead of the wall clock (PyJWT refuses its iat), so a client that
    logged in now goes on at that moment as if it had been working until then."""
    with clock_at(moment):
        if moment > datetime.now(UTC):
            _log_ins_carried_to(engine, moment)
        yield


def _log_ins_carried_to(engine: Engine, moment: datetime) -> None:
    with Session(engine) as session:
        session.execute(
            update(AuthSession)
            .where(col(AuthSession.revoked_at).is_(None))
            .values(last_seen_at=moment, expires_at=moment + timedelta(hours=12))
        )
        session.commit()


def follow_up_to_open(practice: Practice, credential: str) -> tuple[int, int]:
    """The first booked follow-up in clinic 1, no visit opened on it yet and no progress report due, of a
    provider with that credential, for a patient with a primary policy: (appointment id, provider id)."""
    row = one(
        practice,
        """SELECT a.id, a.provider_id FROM appointment a
        JOIN provider p ON p.id = a.provider_id JOIN appointment_type t ON t.id = a.appointment_type_id
        JOIN insurance_policy i ON i.patient_id = a.patient_id AND i.priority = 1
        WHERE a.status = 'booked' AND a.clinic_id = 1 AND p.credential = :c AND t.kind = 'follow-up'
          AND a.progress_due = :f AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.appointment_id = a.id)
        ORDER BY a.starts_at, a.id LIMIT 1""",
        c=credential,
        f=False,
    )
    return int(row[0]), int(row[1])


def opened_visit(practice: Practice, credential: str) -> tuple[int, Actor]:
    """A visit opened (core.visits.service) by its provider on `follow_up_to_open`: (visit id, the provider's actor)."""
    appointment, provider = follow_up_to_open(practice, credential)
    actor = provider_actor(practice, provider)
    with practice.session() as session, on_the_visit_day(practice.engine, appointment=appointment):
        visit = open_visit(session, actor=actor, appointment_id=appointment, recording_consent=True)
    return visit.id or 0, actor


def book_series(  # type: ignore[no-untyped-def]
    practice,
    client,
    headers: dict[str, str],
    who: int,
    first: date,
    weekdays: list[int],
    weeks: int,
    provider: int = 2,
    minute: int = 14 * 60,
) -> dict:
    """A weekly series of clinic 1's PT follow-ups booked through the API (POST
    /api/v1/appointments/recurring) for the patient at `who` (patient's offset) with the PT at `provider`
    (therapist's offset): the reply, booked and not."""
    reply = client.post(
        "/api/v1/appointments/recurring",
        headers=headers,
        json={
            "patient_id": patient(practice, offset=who),
            "provider_id": therapist(practice, offset=provider),
            "appointment_type_id": type_id(practice),
            "first_day": first.isoformat(),
            "weekdays": weekdays,
            "local_minute": minute,
            "weeks": weeks,
        },
    )
    assert reply.status_code == 201, reply.text
    return reply.json()


def series_form(
    desk, patient_id: int, provider_id: int, kind: int, first: str, at: str, weekday: int, weeks: int
):  # type: ignore[no-untyped-def]
    """A weekly series booked from the schedule's booking form (POST /schedule/book): the redirect."""
    reply = desk.post(
        "/schedule/book",
        data={
            "patient_id": patient_id,
            "provider_id": provider_id,
            "appointment_type_id": kind,
            "day": first,
            "time": at,
            "repeat": "1",
            "weekdays": str(weekday),
            "weeks": str(weeks),
        },
        follow_redirects=False,
    )
    assert reply.status_code == 303, reply.text
    return reply
