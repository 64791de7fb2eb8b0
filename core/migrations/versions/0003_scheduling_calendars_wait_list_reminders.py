"""scheduling calendars wait list reminders

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clinic_policy",
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("late_cancel_hours", sa.Integer(), nullable=False),
        sa.Column("slot_step_minutes", sa.Integer(), nullable=False),
        sa.Column("reminder_cadence", sa.JSON(), nullable=False),
        sa.Column("auth_alert_visits_left", sa.Integer(), nullable=False),
        sa.Column("auth_alert_days_left", sa.Integer(), nullable=False),
        sa.Column("recert_alert_days", sa.Integer(), nullable=False),
        sa.Column("cert_signature_overdue_days", sa.Integer(), nullable=False),
        sa.Column("offer_hold_hours", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.PrimaryKeyConstraint("clinic_id"),
    )
    op.create_table(
        "provider_break",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("provider_break", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provider_break_provider_id"), ["provider_id"], unique=False)

    op.create_table(
        "provider_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("provider_hours", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_provider_hours_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_provider_hours_provider_id"), ["provider_id"], unique=False)

    op.create_table(
        "time_off",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ends_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_time_off_provider_id"), ["provider_id"], unique=False)

    op.create_table(
        "wait_list_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("appointment_type_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.Integer(), nullable=True),
        sa.Column("weekdays", sa.JSON(), nullable=False),
        sa.Column("earliest_minute", sa.Integer(), nullable=False),
        sa.Column("latest_minute", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["appointment_type_id"],
            ["appointment_type.id"],
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
    with op.batch_alter_table("wait_list_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wait_list_entry_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_wait_list_entry_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("appointment_id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("hours_before", sa.Integer(), nullable=False),
        sa.Column("due_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
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
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_appointment_id"), ["appointment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminder_status"), ["status"], unique=False)

    op.create_table(
        "wait_list_offer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("freed_appointment_id", sa.Integer(), nullable=True),
        sa.Column("provider_id", sa.Integer(), nullable=False),
        sa.Column("appointment_type_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("ends_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("offered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("responded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("booked_appointment_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["appointment_type_id"],
            ["appointment_type.id"],
        ),
        sa.ForeignKeyConstraint(
            ["booked_appointment_id"],
            ["appointment.id"],
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["wait_list_entry.id"],
        ),
        sa.ForeignKeyConstraint(
            ["freed_appointment_id"],
            ["appointment.id"],
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["provider.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("wait_list_offer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wait_list_offer_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "reminder_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("sender", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("outcome", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("detail", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["reminder_id"],
            ["reminder.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reminder_delivery", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminder_delivery_reminder_id"), ["reminder_id"], unique=False)

    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("progress_due", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("recurrence_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True)
        )

    with op.batch_alter_table("appointment_type", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_capacity", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("appointment_type", schema=None) as batch_op:
        batch_op.drop_column("group_capacity")

    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_column("recurrence_id")
        batch_op.drop_column("progress_due")

    with op.batch_alter_table("reminder_delivery", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_delivery_reminder_id"))

    op.drop_table("reminder_delivery")
    with op.batch_alter_table("wait_list_offer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wait_list_offer_entry_id"))

    op.drop_table("wait_list_offer")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminder_status"))
        batch_op.drop_index(batch_op.f("ix_reminder_due_at"))
        batch_op.drop_index(batch_op.f("ix_reminder_clinic_id"))
        batch_op.drop_index(batch_op.f("ix_reminder_appointment_id"))

    op.drop_table("reminder")
    with op.batch_alter_table("wait_list_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wait_list_entry_patient_id"))
        batch_op.drop_index(batch_op.f("ix_wait_list_entry_clinic_id"))

    op.drop_table("wait_list_entry")
    with op.batch_alter_table("time_off", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_time_off_provider_id"))

    op.drop_table("time_off")
    with op.batch_alter_table("provider_hours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_hours_provider_id"))
        batch_op.drop_index(batch_op.f("ix_provider_hours_clinic_id"))

    op.drop_table("provider_hours")
    with op.batch_alter_table("provider_break", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_provider_break_provider_id"))

    op.drop_table("provider_break")
    op.drop_table("clinic_policy")
