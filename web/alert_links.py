"""Alerts as the pages show them: soonest due first, each naming its patient and linking to the page
where it is acted on (an authorization on the patient's page, a visit on its own, a note on its review)."""

from datetime import date

from core.alerts.service import Alert


def alert_link(alert: Alert) -> str:
    """The page where the alert is acted on."""
    if alert.record_type == "note":
        return f"/notes/{alert.record_id}/review"
    if alert.record_type == "appointment":
        return f"/appointments/{alert.record_id}"
    if alert.patient_id is not None:
        return f"/patients/{alert.patient_id}"
    return "/"


def shown_alerts(alerts: list[Alert]) -> list[dict]:
    """The alerts soonest due first, each with its patient's name and where to act on it."""
    ordered = sorted(alerts, key=lambda a: (a.due or date.max, a.patient_name, a.record_id))
    return [
        {"who": a.patient_name, "message": a.message, "due": a.due, "href": alert_link(a), "kind": a.kind}
        for a in ordered
    ]
