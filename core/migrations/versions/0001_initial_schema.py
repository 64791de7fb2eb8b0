"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_user_email"), ["email"], unique=True)

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=True),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("record_type", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("client_address", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("prev_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("hash"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_user_id"), ["user_id"], unique=False)

    op.create_table(
        "clinic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("npi", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("tax_id", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=True),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("client_address", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_attempt_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_login_attempt_email"), ["email"], unique=False)

    op.create_table(
        "payer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("electronic_payer_id", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("unit_rule", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("requires_authorization", sa.Boolean(), nullable=False),
        sa.Column("authorization_overrun", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("applies_ncci", sa.Boolean(), nullable=False),
        sa.Column("denies_97530_with_97140", sa.Boolean(), nullable=False),
        sa.Column("timely_filing_days", sa.Integer(), nullable=False),
        sa.Column("progress_report_visits", sa.Integer(), nullable=False),
        sa.Column("max_certification_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "fee_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("fee_schedule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fee_schedule_payer_id"), ["payer_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "clinic_id"),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membership_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_membership_user_id"), ["user_id"], unique=False)

    op.create_table(
        "patient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("last_name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=254), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("city", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("postal_code", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("name_search", sqlmodel.sql.sqltypes.AutoString(length=170), nullable=False),
        sa.Column("legacy_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("reminder_opt_out", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patient_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_patient_legacy_id"), ["legacy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_patient_name_search"), ["name_search"], unique=False)

    op.create_table(
        "payer_threshold",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kx_threshold_cents", sa.Integer(), nullable=False),
        sa.Column("review_threshold_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("payer_id", "year"),
    )
    with op.batch_alter_table("payer_threshold", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payer_threshold_payer_id"), ["payer_id"], unique=False)

    op.create_table(
        "provider",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("credential", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("npi", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("taxonomy_code", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=True),
        sa.Column("supervising_provider_id", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["supervising_provider_id"],
            ["provider.id"],
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("provider", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provider_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_provider_user_id"), ["user_id"], unique=False)

    op.create_table(
        "appointment_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("default_provider_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["default_provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_type_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "fee_schedule_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fee_schedule_id", sa.Integer(), nullable=False),
        sa.Column("cpt", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("modifier", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fee_schedule_id"],
            ["fee_schedule.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("fee_schedule_id", "cpt", "modifier"),
    )
    with op.batch_alter_table("fee_schedule_entry", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_fee_schedule_entry_fee_schedule_id"), ["fee_schedule_id"], unique=False
        )

    op.create_table(
        "insurance_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("member_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("group_number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("subscriber_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("relationship_to_subscriber", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("copay_cents", sa.Integer(), nullable=False),
        sa.Column("coinsurance_bp", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("insurance_policy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_insurance_policy_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_insurance_policy_payer_id"), ["payer_id"], unique=False)

    op.create_table(
        "plan_of_care",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("icd10_codes", sa.JSON(), nullable=False),
        sa.Column("frequency_per_week", sa.Integer(), nullable=False),
        sa.Column("duration_weeks", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("physician_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("physician_npi", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("physician_signed_on", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_of_care", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_of_care_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_of_care_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("physician_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("physician_npi", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("first_visit_on", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_referral_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "plan_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("term", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan_of_care.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goal_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "prior_authorization",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=True),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("visits_approved", sa.Integer(), nullable=False),
        sa.Column("visits_used", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["insurance_policy.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("prior_authorization", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prior_authorization_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_prior_authorization_payer_id"), ["payer_id"], unique=False)

    op.create_table(
        "appointment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("appointment_type_id", sa.Integer(), nullable=False),
        sa.Column("authorization_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ends_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("cancel_reason", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("cancelled_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("late_cancel", sa.Boolean(), nullable=False),
        sa.Column("checked_in_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("legacy_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_type_id"],
            ["appointment_type.id"],
        ),
        sa.ForeignKeyConstraint(
            ["authorization_id"],
            ["prior_authorization.id"],
        ),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_legacy_id"), ["legacy_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_provider_id"), ["provider_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_appointment_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "authorization_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authorization_id", sa.Integer(), nullable=False),
        sa.Column("cpt", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("units_approved", sa.Integer(), nullable=False),
        sa.Column("units_used", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["authorization_id"],
            ["prior_authorization.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("authorization_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_authorization_unit_authorization_id"), ["authorization_id"], unique=False
        )

    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=True),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("note_type", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("service_date", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("recording_consent", sa.Boolean(), nullable=False),
        sa.Column("recording_consent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_id"],
            ["appointment.id"],
        ),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plan_of_care.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("appointment_id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_provider_id"), ["provider_id"], unique=False)

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=True),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("patient_responsibility_cents", sa.Integer(), nullable=False),
        sa.Column("submitted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("first_submitted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("resubmissions", sa.Integer(), nullable=False),
        sa.Column("control_number", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["insurance_policy.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_payer_id"), ["payer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_service_date"), ["service_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_claim_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("discipline", sqlmodel.sql.sqltypes.AutoString(length=4), nullable=False),
        sa.Column("note_type", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("template_version", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("ai_assisted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("signed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("cosigned_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_provider_id"), ["provider_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "outcome_measure_result",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=True),
        sa.Column("measure", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outcome_measure_result", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outcome_measure_result_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "charge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("cpt", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("modifiers", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("diagnosis_pointers", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_charge_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_charge_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_charge_patient_id"), ["patient_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_charge_service_date"), ["service_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_charge_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "note_addendum",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["app_user.id"],
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note_addendum", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_addendum_note_id"), ["note_id"], unique=False)

    op.create_table(
        "note_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("attestation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("signed_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["app_user.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note_signature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_signature_note_id"), ["note_id"], unique=False)

    op.create_table(
        "note_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("subjective", sa.Text(), nullable=False),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("codes", sa.JSON(), nullable=False),
        sa.Column("author_user_id", sa.Integer(), nullable=True),
        sa.Column("change_summary", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["app_user.id"],
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("note_id", "version"),
    )
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_version_note_id"), ["note_id"], unique=False)

    op.create_table(
        "payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=True),
        sa.Column("patient_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
        ),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
        ),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payment_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payment_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "claim_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("charge_id", sa.Integer(), nullable=True),
        sa.Column("line_number", sa.Integer(), nullable=False),
        sa.Column("cpt", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("modifiers", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.Column("diagnosis_pointers", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("charge_cents", sa.Integer(), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("adjusted_cents", sa.Integer(), nullable=False),
        sa.Column("patient_responsibility_cents", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("denial_carc", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("denial_rarc", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["charge_id"],
            ["charge.id"],
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_line_claim_id"), ["claim_id"], unique=False)

    op.create_table(
        "adjustment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("claim_line_id", sa.Integer(), nullable=False),
        sa.Column("group_code", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("carc", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("rarc", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_line_id"],
            ["claim_line.id"],
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["payment.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("adjustment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_adjustment_claim_line_id"), ["claim_line_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_adjustment_payment_id"), ["payment_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("adjustment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adjustment_payment_id"))
        batch_op.drop_index(batch_op.f("ix_adjustment_claim_line_id"))

    op.drop_table("adjustment")
    with op.batch_alter_table("claim_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_line_claim_id"))

    op.drop_table("claim_line")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_patient_id"))
        batch_op.drop_index(batch_op.f("ix_payment_clinic_id"))
        batch_op.drop_index(batch_op.f("ix_payment_claim_id"))

    op.drop_table("payment")
    with op.batch_alter_table("note_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_version_note_id"))

    op.drop_table("note_version")
    with op.batch_alter_table("note_signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_signature_note_id"))

    op.drop_table("note_signature")
    with op.batch_alter_table("note_addendum", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_addendum_note_id"))

    op.drop_table("note_addendum")
    with op.batch_alter_table("charge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_charge_visit_id"))
        batch_op.drop_index(batch_op.f("ix_charge_service_date"))
        batch_op.drop_index(batch_op.f("ix_charge_patient_id"))
        batch_op.drop_index(batch_op.f("ix_charge_note_id"))
        batch_op.drop_index(batch_op.f("ix_charge_clinic_id"))

    op.drop_table("charge")
    with op.batch_alter_table("outcome_measure_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outcome_measure_result_patient_id"))

    op.drop_table("outcome_measure_result")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_visit_id"))
        batch_op.drop_index(batch_op.f("ix_note_status"))
        batch_op.drop_index(batch_op.f("ix_note_provider_id"))
        batch_op.drop_index(batch_op.f("ix_note_patient_id"))
        batch_op.drop_index(batch_op.f("ix_note_clinic_id"))

    op.drop_table("note")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_visit_id"))
        batch_op.drop_index(batch_op.f("ix_claim_status"))
        batch_op.drop_index(batch_op.f("ix_claim_service_date"))
        batch_op.drop_index(batch_op.f("ix_claim_payer_id"))
        batch_op.drop_index(batch_op.f("ix_claim_patient_id"))
        batch_op.drop_index(batch_op.f("ix_claim_clinic_id"))

    op.drop_table("claim")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_provider_id"))
        batch_op.drop_index(batch_op.f("ix_visit_patient_id"))
        batch_op.drop_index(batch_op.f("ix_visit_clinic_id"))

    op.drop_table("visit")
    with op.batch_alter_table("authorization_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authorization_unit_authorization_id"))

    op.drop_table("authorization_unit")
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_starts_at"))
        batch_op.drop_index(batch_op.f("ix_appointment_provider_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_patient_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_legacy_id"))
        batch_op.drop_index(batch_op.f("ix_appointment_clinic_id"))

    op.drop_table("appointment")
    with op.batch_alter_table("prior_authorization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prior_authorization_payer_id"))
        batch_op.drop_index(batch_op.f("ix_prior_authorization_patient_id"))

    op.drop_table("prior_authorization")
    with op.batch_alter_table("plan_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goal_plan_id"))

    op.drop_table("plan_goal")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_patient_id"))
        batch_op.drop_index(batch_op.f("ix_referral_clinic_id"))

    op.drop_table("referral")
    with op.batch_alter_table("plan_of_care", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_of_care_patient_id"))
        batch_op.drop_index(batch_op.f("ix_plan_of_care_clinic_id"))

    op.drop_table("plan_of_care")
    with op.batch_alter_table("insurance_policy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_insurance_policy_payer_id"))
        batch_op.drop_index(batch_op.f("ix_insurance_policy_patient_id"))

    op.drop_table("insurance_policy")
    with op.batch_alter_table("fee_schedule_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fee_schedule_entry_fee_schedule_id"))

    op.drop_table("fee_schedule_entry")
    with op.batch_alter_table("appointment_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_type_clinic_id"))

    op.drop_table("appointment_type")
    with op.batch_alter_table("provider", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_user_id"))
        batch_op.drop_index(batch_op.f("ix_provider_clinic_id"))

    op.drop_table("provider")
    with op.batch_alter_table("payer_threshold", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payer_threshold_payer_id"))

    op.drop_table("payer_threshold")
    with op.batch_alter_table("patient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patient_name_search"))
        batch_op.drop_index(batch_op.f("ix_patient_legacy_id"))
        batch_op.drop_index(batch_op.f("ix_patient_clinic_id"))

    op.drop_table("patient")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_user_id"))
        batch_op.drop_index(batch_op.f("ix_membership_clinic_id"))

    op.drop_table("membership")
    with op.batch_alter_table("fee_schedule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fee_schedule_payer_id"))

    op.drop_table("fee_schedule")
    op.drop_table("payer")
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_attempt_email"))
        batch_op.drop_index(batch_op.f("ix_login_attempt_at"))

    op.drop_table("login_attempt")
    op.drop_table("clinic")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_user_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_patient_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_action"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_email"))

    op.drop_table("app_user")
