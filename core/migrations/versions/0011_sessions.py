"""sessions: server-side session records and log-in lockout

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

A log-in is a row that every request checks, so it can be ended before its token expires; failed
log-ins are counted per account and address (the address gets an index), and an owner's unlock is
a time on the account; a clinic may set its own idle time-out.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "auth_session",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("expires_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("revoked_why", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("client_address", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["app_user.id"]),
        sa.PrimaryKeyConstraint("key"),
    )
    with op.batch_alter_table("auth_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_auth_session_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("login_unlocked_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_login_attempt_client_address"), ["client_address"], unique=False)
    with op.batch_alter_table("clinic_policy", schema=None) as batch_op:
        batch_op.add_column(sa.Column("idle_timeout_minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("clinic_policy", schema=None) as batch_op:
        batch_op.drop_column("idle_timeout_minutes")
    with op.batch_alter_table("login_attempt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_attempt_client_address"))
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("login_unlocked_at")
    with op.batch_alter_table("auth_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_auth_session_user_id"))
    op.drop_table("auth_session")
