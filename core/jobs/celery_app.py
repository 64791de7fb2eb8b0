"""The Celery app for work that outgrows one machine: `celery -A core.jobs.celery_app worker -B`.

Used only when THERASCRIBE_BROKER_URL is set (Redis); beat runs the same periodic jobs the
in-process scheduler runs otherwise.
"""

from celery import Celery

from core.config import get_settings
from core.db import get_engine
from core.jobs.periodic import anchor_audit, send_reminders

settings = get_settings()
app = Celery("therascribe", broker=settings.broker_url or "redis://127.0.0.1:6379/0")
app.conf.update(
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    beat_schedule={
        "send-reminders": {
            "task": "therascribe.send_reminders",
            "schedule": float(settings.reminder_interval_seconds),
        },
        "anchor-audit": {
            "task": "therascribe.anchor_audit",
            "schedule": float(settings.audit_anchor_interval_seconds),
        },
    },
)


@app.task(name="therascribe.send_reminders")
def send_reminders_task() -> dict[str, int]:
    report = send_reminders(get_engine(), get_settings())
    return {"sent": report.sent, "failed": report.failed, "skipped": report.skipped}


@app.task(name="therascribe.anchor_audit")
def anchor_audit_task() -> int:
    """The checkpoint file is under this worker's data directory: beat's worker shares it with the
    servers (or set THERASCRIBE_AUDIT_ANCHOR_FILE to one place)."""
    checkpoint = anchor_audit(get_engine(), get_settings())
    return checkpoint.count if checkpoint else 0
