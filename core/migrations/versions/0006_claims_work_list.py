"""claims work list, batches, ERA files, migration keys

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=False),
        sa.Column("interchange_control_number", sa.Integer(), nullable=False),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.Column("total_cents", sa.Integer(), nullable=False),
        sa.Column("content", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["clinic_id"],
            ["clinic.id"],
        ),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_batch_clinic_id"), ["clinic_id"], unique=False)

    op.create_table(
        "era_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=True),
        sa.Column("trace_number", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("claim_count", sa.Integer(), nullable=False),
        sa.Column("posted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["payer_id"],
            ["payer.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sha256"),
    )
    op.create_table(
        "opening_balance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("clinic_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("payer_id", sa.Integer(), nullable=True),
        sa.Column("legacy_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("service_date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
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
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("clinic_id", "legacy_id"),
    )
    with op.batch_alter_table("opening_balance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opening_balance_clinic_id"), ["clinic_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_opening_balance_patient_id"), ["patient_id"], unique=False)

    op.create_table(
        "claim_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("severity", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("line_number", sa.Integer(), nullable=True),
        sa.Column("message", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claim_finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_finding_claim_id"), ["claim_id"], unique=False)

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("diagnosis_codes", sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("batch_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("first_scrub_clean", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "payer_claim_number",
                sqlmodel.sql.sqltypes.AutoString(length=50),
                server_default="",
                nullable=False,
            )
        )
        batch_op.create_index(batch_op.f("ix_claim_batch_id"), ["batch_id"], unique=False)
        batch_op.create_foreign_key("fk_claim_batch_id", "claim_batch", ["batch_id"], ["id"])

    with op.batch_alter_table("insurance_policy", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("legacy_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_insurance_policy_legacy_id"), ["legacy_id"], unique=False)

    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("era_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_payment_era_id"), ["era_id"], unique=False)
        batch_op.create_foreign_key("fk_payment_era_id", "era_file", ["era_id"], ["id"])

    with op.batch_alter_table("prior_authorization", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("legacy_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_prior_authorization_legacy_id"), ["legacy_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("prior_authorization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prior_authorization_legacy_id"))
        batch_op.drop_column("legacy_id")

    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint("fk_payment_era_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_payment_era_id"))
        batch_op.drop_column("era_id")

    with op.batch_alter_table("insurance_policy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_insurance_policy_legacy_id"))
        batch_op.drop_column("legacy_id")

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_constraint("fk_claim_batch_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_claim_batch_id"))
        batch_op.drop_column("payer_claim_number")
        batch_op.drop_column("first_scrub_clean")
        batch_op.drop_column("batch_id")
        batch_op.drop_column("diagnosis_codes")

    with op.batch_alter_table("claim_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_finding_claim_id"))

    op.drop_table("claim_finding")
    with op.batch_alter_table("opening_balance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_balance_patient_id"))
        batch_op.drop_index(batch_op.f("ix_opening_balance_clinic_id"))

    op.drop_table("opening_balance")
    op.drop_table("era_file")
    with op.batch_alter_table("claim_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_batch_clinic_id"))

    op.drop_table("claim_batch")
