"""Due reminders go out from Celery beat over the local Redis when a broker is set, and from the
in-process scheduler otherwise."""

import os
import subprocess
import sys
import time
from datetime import timedelta

import pytest
import redis
from sqlmodel import Session, select

from core.config import Settings
from core.jobs.periodic import InProcessScheduler
from core.patients.models import Patient
from core.scheduling.models import Appointment, AppointmentType, Reminder
from core.timeutil import utcnow

DEMO_SIZE = "tiny"  # a 150-patient copy of the demo serves these tests (conftest.DEMO_SIZES)

REDIS = "redis://127.0.0.1:6379/11"


def _practice_with_a_visit_in_an_hour(databases):  # type: ignore[no-untyped-def]
    """A copy of the run's demo practice (conftest builds it once per run; building one here took half a
    minute a test) with a visit an hour from now."""
    url = databases.new("sqlite", "tiny")  # DEMO_SIZE: a copy of the tiny template
    engine = databases.engine(url)
    with Session(engine) as session:
        patient = session.exec(select(Patient).where(Patient.reminder_opt_out == False).limit(1)).first()  # noqa: E712
        kind = session.exec(
            select(AppointmentType).where(AppointmentType.clinic_id == patient.clinic_id)
        ).first()
        starts = utcnow().replace(microsecond=0) + timedelta(hours=1)
        visit = Appointment(
            clinic_id=patient.clinic_id,
            patient_id=patient.id,
            provider_id=1,
            appointment_type_id=kind.id,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=45),
        )
        session.add(visit)
        session.commit()
        return url, engine, visit.id


def _wait_for_sent(engine, appointment_id: int, seconds: float) -> list[Reminder]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with Session(engine) as session:
            sent = session.exec(
                select(Reminder).where(Reminder.appointment_id == appointment_id, Reminder.status == "sent")
            ).all()
        if sent:
            return list(sent)
        time.sleep(0.5)
    return []


def test_celery_beat_sends_due_reminders_over_redis(databases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    try:
        redis.Redis.from_url(REDIS).ping()
    except redis.ConnectionError:
        pytest.fail("Redis on 127.0.0.1:6379 is not running (make services starts it)")
    url, engine, appointment_id = _practice_with_a_visit_in_an_hour(databases)
    env = {
        **os.environ,
        "THERASCRIBE_DATABASE_URL": url,
        "THERASCRIBE_BROKER_URL": REDIS,
        "THERASCRIBE_DATA_DIR": str(tmp_path),
        "THERASCRIBE_REMINDER_INTERVAL_SECONDS": "2",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "core.jobs.celery_app",
            "worker",
            "-B",
            "--pool=solo",
            "--loglevel=WARNING",
            "-s",
            str(tmp_path / "beat-schedule"),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        sent = _wait_for_sent(engine, appointment_id, 60)
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert [r.hours_before for r in sent] == [2]
    assert (tmp_path / "outbox" / "reminders.jsonl").exists()


def test_in_process_scheduler_sends_them_without_a_broker(databases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    url, engine, appointment_id = _practice_with_a_visit_in_an_hour(databases)
    scheduler = InProcessScheduler(
        engine,
        Settings(
            database_url=url, data_dir=tmp_path, secret_key="x", reminder_interval_seconds=1, _env_file=None
        ),
    )
    scheduler.start()
    try:
        sent = _wait_for_sent(engine, appointment_id, 30)
    finally:
        scheduler.stop()
    assert [r.hours_before for r in sent] == [2]
