"""Every table, registered in one place so metadata and Alembic see them all."""

from sqlmodel import SQLModel

import core.audit.models
import core.authorizations.models
import core.billing.models
import core.clinics.models
import core.conversations.models
import core.idempotency
import core.notes.models
import core.outcomes.models
import core.patients.models
import core.payers.models
import core.plans.models
import core.providers.models
import core.recordings.models
import core.referrals.models
import core.scheduling.models
import core.users.models
import core.visits.models  # noqa: F401

metadata = SQLModel.metadata
