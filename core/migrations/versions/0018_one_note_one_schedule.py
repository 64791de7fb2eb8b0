"""one note per visit, one fee schedule per payer and start date

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03

The constraints behind the row locks that serialise drafting a visit's note and importing a fee
schedule (tests/test_money_races.py): on PostgreSQL two drafts sent at once each inserted a note, and
each could be signed and billed; the same fee file imported twice at once wrote two schedules.
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


# Rows the races could have left behind. None is removed here: two notes for one visit may both be
# signed, and which schedule a payer meant is the biller's call, so the upgrade stops and says which.
DUPLICATES = {
    "notes written for the same visit (visit ids)": (
        "SELECT visit_id FROM note GROUP BY visit_id HAVING COUNT(*) > 1 ORDER BY visit_id"
    ),
    "fee schedules for the same payer and start date (payer ids)": (
        "SELECT payer_id FROM fee_schedule GROUP BY payer_id, effective_from HAVING COUNT(*) > 1"
        " ORDER BY payer_id"
    ),
}


def upgrade() -> None:
    connection = op.get_bind()
    found = {
        what: [row[0] for row in connection.execute(sa.text(query))] for what, query in DUPLICATES.items()
    }
    found = {what: ids for what, ids in found.items() if ids}
    if found:
        listed = "; ".join(f"{what}: {', '.join(map(str, ids))}" for what, ids in found.items())
        raise RuntimeError(
            "Upgrade 0018 stopped, nothing changed: this database holds duplicates that a double click "
            f"left before the fix ({listed}). Void or merge the extra ones, then run the upgrade again."
        )
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
