"""a plan of care ended by a signed discharge; each goal's status history

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

Signing a discharge left its plan in force and its goals "in progress" (#20, trial 52): the plan now
records the discharge's date of service, reason and note, and every status a signed report (or the
therapist on the plan's page) gives a goal is kept with the note that gave it.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("plan_of_care", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discharged_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "discharge_reason",
                sqlmodel.sql.sqltypes.AutoString(length=80),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(sa.Column("discharge_note_id", sa.Integer(), nullable=True))
    op.create_table(
        "plan_goal_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("set_on", sa.Date(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["goal_id"], ["plan_goal.id"]),
        sa.ForeignKeyConstraint(["note_id"], ["note.id"]),
        sa.ForeignKeyConstraint(["plan_id"], ["plan_of_care.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_goal_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_goal_status_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_plan_goal_status_plan_id"), ["plan_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_goal_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_goal_status_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_goal_status_goal_id"))
    op.drop_table("plan_goal_status")
    # ALTER TABLE ... DROP COLUMN on SQLite too (3.35 on), as 0020 does: a batch copy of the table would
    # drop plan_of_care under the goals, visits and notes that refer to it
    for column in ("discharge_note_id", "discharge_reason", "discharged_on"):
        op.drop_column("plan_of_care", column)
