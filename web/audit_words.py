"""What an audit entry's action was, in the clinic's words ('Read a claim'), for the owner's audit log.
The stored name ('claim.read') stays what the log is searched by, exported as and shown on hover."""

from core.permissions import Action

# Every action the access matrix logs, and the few the log records outside it.
AUDIT_ACTIONS: dict[str, str] = {
    Action.patient_read: "Read a patient's details",
    Action.patient_write: "Changed a patient's details",
    Action.insurance_read: "Read insurance",
    Action.insurance_write: "Changed insurance",
    Action.authorization_read: "Read an authorization",
    Action.authorization_write: "Changed an authorization",
    Action.appointment_read: "Read the schedule",
    Action.appointment_write: "Booked, cancelled or moved a visit",
    Action.note_read: "Read a note",
    Action.note_read_signed: "Read a signed note",
    Action.note_write: "Wrote a note",
    Action.note_sign: "Signed a note",
    Action.note_cosign: "Co-signed a note",
    Action.plan_read: "Read a plan of care",
    Action.plan_write: "Wrote a plan of care",
    Action.outcome_read: "Read outcome measures",
    Action.outcome_write: "Recorded an outcome measure",
    Action.charge_read: "Read charges",
    Action.charge_write: "Changed charges",
    Action.claim_status_read: "Read a claim's status",
    Action.claim_read: "Read a claim",
    Action.claim_write: "Worked a claim",
    Action.balance_read: "Read a balance",
    Action.payment_read: "Read payments",
    Action.payment_write: "Posted a payment",
    Action.copay_collect: "Took a copay at check-in",
    Action.fee_schedule_read: "Read a fee schedule",
    Action.fee_schedule_write: "Changed a fee schedule",
    Action.payer_write: "Changed a payer",
    Action.user_manage: "Managed users",
    Action.settings_manage: "Changed the clinic's settings",
    Action.audit_read: "Read the audit log",
    Action.kpi_read: "Read the practice's figures",
    "alerts.read": "Read alerts",
    "export": "Downloaded a spreadsheet",
    "reminder.send": "Sent a reminder",
    "user.password": "Changed a password",
    "setup.create": "Set up the practice",
    "setup.update": "Changed the practice's setup",
    "migration.import": "Imported records from the old system",
    "demo.build": "Built the demo practice",
}


def action_words(action: object) -> str:
    """The entry's action as the owner reads it; one the table does not know, its name in words
    ('waitlist.offer' -> 'Waitlist offer'), never dots and underscores."""
    raw = str(action)
    said = AUDIT_ACTIONS.get(raw)
    if said:
        return said
    spaced = raw.replace(".", " ").replace("_", " ").strip()
    return spaced[:1].upper() + spaced[1:]
