"""one note per visit, one fee schedule per payer and start date

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

The constraints behind the row locks that serialise drafting a visit's note and importing a fee
schedule (tests/test_money_races.py): on PostgreSQL two drafts sent at once each inserted a note, and
each could be signed and billed; the same fee file imported twice at once wrote two schedules.
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_unique_constraint("uq_note_visit_id", ["visit_id"])
    with op.batch_alter_table("fee_schedule", schema=None) as batch_op:
        batch_op.create_unique_constraint(
            "uq_fee_schedule_payer_id_effective_from", ["payer_id", "effective_from"]
        )


def downgrade() -> None:
    with op.batch_alter_table("fee_schedule", schema=None) as batch_op:
        batch_op.drop_constraint("uq_fee_schedule_payer_id_effective_from", type_="unique")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_constraint("uq_note_visit_id", type_="unique")
