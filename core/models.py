"""Every table, imported in one place so metadata and Alembic see them all."""

from sqlmodel import SQLModel

from core.audit.models import AuditEntry
from core.authorizations.models import Authorization, AuthorizationUnit
from core.billing.models import Adjustment, Charge, Claim, ClaimLine, Payment
from core.clinics.models import Clinic
from core.notes.models import Note, NoteAddendum, NoteSignature, NoteVersion
from core.outcomes.models import OutcomeMeasureResult
from core.patients.models import InsurancePolicy, Patient
from core.payers.models import FeeSchedule, FeeScheduleEntry, Payer, PayerThreshold
from core.plans.models import PlanGoal, PlanOfCare
from core.providers.models import Provider
from core.referrals.models import Referral
from core.scheduling.models import Appointment, AppointmentType
from core.users.models import LoginAttempt, Membership, User
from core.visits.models import Visit

metadata = SQLModel.metadata

__all__ = [
    "Adjustment",
    "Appointment",
    "AppointmentType",
    "AuditEntry",
    "Authorization",
    "AuthorizationUnit",
    "Charge",
    "Claim",
    "ClaimLine",
    "Clinic",
    "FeeSchedule",
    "FeeScheduleEntry",
    "InsurancePolicy",
    "LoginAttempt",
    "Membership",
    "Note",
    "NoteAddendum",
    "NoteSignature",
    "NoteVersion",
    "OutcomeMeasureResult",
    "Patient",
    "Payer",
    "PayerThreshold",
    "Payment",
    "PlanGoal",
    "PlanOfCare",
    "Provider",
    "Referral",
    "User",
    "Visit",
    "metadata",
]
