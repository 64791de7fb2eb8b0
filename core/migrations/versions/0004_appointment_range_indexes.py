"""appointment range indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.create_index("ix_appointment_patient_starts", ["patient_id", "starts_at"], unique=False)
        batch_op.create_index("ix_appointment_provider_starts", ["provider_id", "starts_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("appointment", schema=None) as batch_op:
        batch_op.drop_index("ix_appointment_provider_starts")
        batch_op.drop_index("ix_appointment_patient_starts")
