"""Appointment reminders: the clinic's cadence (e.g. 48 h by e-mail, 2 h by SMS), an outbox row per
step, a delivery log, opt-out. `send_due` is what the in-process scheduler or Celery beat runs."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from core.audit.service import Event, record
from core.clinics.models import Clinic
from core.enums import AppointmentStatus
from core.notifications.senders import Delivery, Message, Sender
from core.patients.models import Patient
from core.scheduling.calendar import policy
from core.scheduling.models import Appointment, Reminder, ReminderDelivery

MAX_ATTEMPTS = 3


@dataclass
class RunReport:
    sent: int = 0
    failed: int = 0
    skipped: int = 0


def _message(
    clinic: Clinic, patient: Patient, appointment: Appointment, channel: str, tz_name: str
) -> Message:
    local = appointment.starts_at.astimezone(ZoneInfo(tz_name))
    when = local.strftime("%a %b %d at %I:%M %p").replace(" 0", " ")
    body = (
        f"Reminder: you have a therapy appointment at {clinic.name} on {when}. "
        f"To cancel or change it call {clinic.phone}. Reply STOP to stop reminders."
    )
    return Message(
        channel, patient.phone if channel == "sms" else patient.email, "Appointment reminder", body
    )


def send_due(session: Session, *, now: datetime, sender: Sender) -> RunReport:
    """Send every reminder step that is due for a booked appointment still ahead.

    Where several steps are due at once (an appointment booked late), only the nearest is sent and
    the earlier ones are recorded as skipped, so nobody gets two reminders in a minute.
    """
    report = RunReport()
    for clinic in session.exec(select(Clinic)).all():
        steps = sorted(
            policy(session, clinic.id or 0).reminder_cadence, key=lambda s: -int(s["hours_before"])
        )
        if not steps:
            continue
        horizon = now + timedelta(hours=int(steps[0]["hours_before"]))
        rows = session.exec(
            select(Appointment, Patient)
            .join(Patient, col(Patient.id) == Appointment.patient_id)
            .where(
                Appointment.clinic_id == clinic.id,
                Appointment.status == AppointmentStatus.booked,
                col(Appointment.starts_at) > now,
                col(Appointment.starts_at) <= horizon,
                col(Patient.reminder_opt_out).is_(False),
            )
        ).all()
        if not rows:
            continue
        ids = [a.id for a, _ in rows]
        done = {
            (r.appointment_id, r.hours_before, r.channel): r
            for r in session.exec(select(Reminder).where(col(Reminder.appointment_id).in_(ids))).all()
        }
        events = []
        for appointment, patient in rows:
            due = [s for s in steps if appointment.starts_at - timedelta(hours=int(s["hours_before"])) <= now]
            if not due:
                continue
            nearest = int(due[-1]["hours_before"])
            for step in due:
                hours, channel = int(step["hours_before"]), str(step["channel"])
                reminder = done.get((appointment.id or 0, hours, channel))
                if reminder is not None and (
                    reminder.status != "failed" or reminder.attempts >= MAX_ATTEMPTS
                ):
                    continue
                if reminder is None:
                    reminder = Reminder(
                        appointment_id=appointment.id or 0,
                        clinic_id=clinic.id or 0,
                        patient_id=patient.id or 0,
                        channel=channel,
                        hours_before=hours,
                        due_at=appointment.starts_at - timedelta(hours=hours),
                    )
                if hours != nearest:
                    reminder.status = "skipped"
                    report.skipped += 1
                    session.add(reminder)
                    continue
                delivery = _deliver(sender, _message(clinic, patient, appointment, channel, clinic.timezone))
                reminder.attempts += 1
                reminder.status = "sent" if delivery.ok else "failed"
                reminder.sent_at = now if delivery.ok else None
                session.add(reminder)
                session.flush()
                session.add(
                    ReminderDelivery(
                        reminder_id=reminder.id or 0,
                        at=now,
                        sender=sender.name,
                        outcome="sent" if delivery.ok else "failed",
                        detail=delivery.detail,
                    )
                )
                report.sent += delivery.ok
                report.failed += not delivery.ok
                events.append(
                    Event(
                        "reminder.send",
                        outcome="allowed",
                        clinic_id=clinic.id,
                        patient_id=patient.id,
                        record_type="appointment",
                        record_id=appointment.id or "",
                        detail=f"{channel} {hours}h {'sent' if delivery.ok else 'failed'}",
                    )
                )
        record(session, None, events)
        session.commit()
    return report


def _deliver(sender: Sender, message: Message) -> Delivery:
    if not message.to:
        return Delivery(False, f"no {message.channel} address on file")
    return sender.send(message)
