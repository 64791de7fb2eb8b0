"""an appeal's argument runs to pages

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07

The appeal box was cut at 300 characters, the width of claim_action.reason (#20); a real appeal letter
is pages. The column widens to 10,000 characters (core.billing.models.APPEAL_MAX); only an appeal may
use the width, every other action's reason is still checked at 300 by its service.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def _reason(length: int) -> sqlmodel.sql.sqltypes.AutoString:
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    # PostgreSQL widens a VARCHAR in place (no rewrite of the table). SQLite cannot change the kind of
    # a column, so the batch copies claim_action, which no table refers to (its references to claim and
    # app_user are copied with it), so nothing is dropped under another table.
    with op.batch_alter_table("claim_action", schema=None) as batch_op:
        batch_op.alter_column(
            "reason", existing_type=_reason(300), type_=_reason(10_000), existing_nullable=False
        )


def downgrade() -> None:
    # A letter longer than the old width is cut to it, as nothing else could hold it.
    op.execute(sa.text("UPDATE claim_action SET reason = SUBSTR(reason, 1, 300) WHERE LENGTH(reason) > 300"))
    with op.batch_alter_table("claim_action", schema=None) as batch_op:
        batch_op.alter_column(
            "reason", existing_type=_reason(10_000), type_=_reason(300), existing_nullable=False
        )
