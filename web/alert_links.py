"""Alerts as the pages show them: soonest due first, each naming its patient and linking to the page
where it is acted on (an authorization running out on the form that enters its renewal, a plan of care
on its own page for those who may open it, a visit on its own page, a note on its review), with its
dates written as the clinic reads them (12/04/2026)."""

import re
from datetime import date

from core.actor import Actor
from core.alerts.service import Alert
from core.permissions import Action, allowed
from core.timeutil import clinic_day

ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# What a message says without naming its record, named on the page.
SUBJECTS = {
    "recertification_due": "plan of care: ",
    "certification_lapsed": "plan of care: ",
    "certification_signature_overdue": "plan of care ",
}


# What an alert's date is, in words, by its kind: the parenthesis after '2 visits left' said
# '(12/21/2026)' and left the desk to guess whether that was a visit, a deadline or the end.
DUE_WORDS = {
    "authorization_running_out": "ends",
    "progress_report_due": "visit on",
    "recertification_due": "certification ends",
    "certification_signature_overdue": "sent",
    "wait_list_offer": "visit on",
    "returned_note": "returned",
}


def due_words(alert: Alert) -> str:
    """The alert's date with what it is ('ends 12/21/2026'); empty where it has none or its message
    already says that day."""
    if alert.due is None:
        return ""
    day = clinic_day(alert.due)
    if day in us_dates(alert.message):
        return ""
    return f"{DUE_WORDS.get(alert.kind, 'due')} {day}"


def alert_link(alert: Alert, actor: Actor | None = None) -> str:
    """The page where the alert is acted on (`actor`: who reads it, for the pages their role opens)."""
    if alert.record_type == "note":
        return f"/notes/{alert.record_id}/review"
    if alert.record_type == "visit":  # opened, no note: the note editor of the visit
        return f"/visits/{alert.record_id}/note"
    if alert.record_type == "appointment":
        return f"/appointments/{alert.record_id}"
    if alert.record_type == "authorization" and alert.patient_id is not None:
        return f"/patients/{alert.patient_id}/authorizations/new?renew={alert.record_id}"
    if (
        alert.record_type == "plan_of_care"
        and actor is not None
        and allowed(actor.roles, Action.plan_read, alert.clinic_id)
    ):
        return f"/plans/{alert.record_id}"
    if alert.patient_id is not None:
        return f"/patients/{alert.patient_id}"
    return "/"


def us_dates(text: str) -> str:
    """Each ISO date in a message (2026-12-04) as the clinic writes it (12/04/2026)."""

    def said(match: re.Match[str]) -> str:
        try:
            return clinic_day(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:  # digits in that shape that are no day (2026-13-45): left as they are
            return match[0]

    return ISO_DAY.sub(said, text)


def us_date(value: object) -> str:
    """A day as the clinic writes it (12/04/2026), from a date or an ISO text; anything else as it is."""
    if isinstance(value, date):
        return clinic_day(value)
    return us_dates(str(value)) if value is not None else ""


def shown_alerts(alerts: list[Alert], actor: Actor | None = None) -> list[dict]:
    """The alerts soonest due first, each with its patient's name and where to act on it."""
    ordered = sorted(alerts, key=lambda a: (a.due or date.max, a.patient_name, a.record_id))
    return [
        {
            "who": a.patient_name,
            "message": SUBJECTS.get(a.kind, "") + us_dates(a.message),
            "due": a.due,
            "when": due_words(a),
            "href": alert_link(a, actor),
            "kind": a.kind,
        }
        for a in ordered
    ]
