"""Periodic work (reminders, the audit log's checkpoints): one function per job, run either by the
in-process scheduler (the default) or by Celery beat when THERASCRIBE_BROKER_URL is set."""

import logging
import time

from sqlalchemy import Engine
from sqlmodel import Session

from core.audit.anchor import Checkpoint, anchor
from core.config import Settings
from core.jobs.ticker import Ticker
from core.notifications.senders import sender_from_settings
from core.scheduling.reminders import RunReport, send_due
from core.timeutil import utcnow
from core.users.sessions import forget_ended

log = logging.getLogger("therascribe.jobs")


def send_reminders(engine: Engine, settings: Settings) -> RunReport:
    with Session(engine, expire_on_commit=False) as session:
        report = send_due(session, now=utcnow(), sender=sender_from_settings(settings))
    if report.sent or report.failed:
        log.info("reminders: %d sent, %d failed, %d skipped", report.sent, report.failed, report.skipped)
    return report


def anchor_audit(engine: Engine, settings: Settings) -> Checkpoint | None:
    """Checkpoint the audit log outside the database (core.audit.anchor), and forget log-in sessions
    that ended long ago (the same slow tick: neither needs to run often)."""
    with Session(engine) as session:
        forget_ended(session, now=utcnow())
    return anchor(engine, settings)


class InProcessScheduler:
    """A daemon thread that runs the periodic jobs every interval until stopped."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine, self.settings = engine, settings
        self._anchored_at: float | None = None
        seconds = min(settings.reminder_interval_seconds, settings.audit_anchor_interval_seconds)
        self._thread = Ticker(self._tick, seconds=seconds, name="therascribe-scheduler")

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._thread.stop()
        self._thread.join(timeout=10)

    def _tick(self) -> None:
        try:
            send_reminders(self.engine, self.settings)
        except Exception:  # a failed run is retried at the next tick
            log.exception("reminder run failed; retrying at the next tick")
        # The first tick anchors at once: a restart after a crash checkpoints what survived it.
        if (
            self._anchored_at is None
            or time.monotonic() - self._anchored_at >= self.settings.audit_anchor_interval_seconds
        ):
            self._anchored_at = time.monotonic()
            try:
                anchor_audit(self.engine, self.settings)
            except Exception:
                log.exception("audit checkpoint failed; retrying at the next tick")
