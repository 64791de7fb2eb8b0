"""request keys: a patient's payment and a note's addendum remember the form or request that made them

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03

A double click sends one form twice (the same key): one payment, one addendum. Two payments of the
same amount on the same day (two visits' copays) come from two forms (two keys) and are both posted;
before, the second was refused as a repeat of the first (tests/test_money_races.py).
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("request_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )
        batch_op.create_unique_constraint("uq_payment_patient_id_request_key", ["patient_id", "request_key"])
    with op.batch_alter_table("note_addendum", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("request_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )
        batch_op.create_unique_constraint("uq_note_addendum_note_id_request_key", ["note_id", "request_key"])


def downgrade() -> None:
    with op.batch_alter_table("note_addendum", schema=None) as batch_op:
        batch_op.drop_constraint("uq_note_addendum_note_id_request_key", type_="unique")
        batch_op.drop_column("request_key")
    with op.batch_alter_table("payment", schema=None) as batch_op:
        batch_op.drop_constraint("uq_payment_patient_id_request_key", type_="unique")
        batch_op.drop_column("request_key")
