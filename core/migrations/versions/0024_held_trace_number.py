"""a held 835 line's trace number in a column of its own

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07

An 835 service line held for a person (claim_action kind era_line_held) kept the check or EFT number
of its remittance only in its words ("835 <trace>: <why>"), and the held lines page and the posting of
a held line parsed it back out (#20). It is stored in claim_action.trace_number now (as wide as
era_file's); this upgrade fills it for the lines held already, from those words.
"""

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

HELD = "era_line_held"


def trace_in_words(reason: str) -> str:
    """The trace number the words of a held line name ('835 <trace>: ...'), else "" (pure)."""
    head, said, _ = reason.partition(": ")
    return head[4:54] if said and head.startswith("835 ") else ""


def upgrade() -> None:
    # ADD COLUMN on both databases (no copy of the table); the default fills every row there is.
    op.add_column(
        "claim_action",
        sa.Column(
            "trace_number", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False, server_default=""
        ),
    )
    conn = op.get_bind()
    held = conn.execute(sa.text("SELECT id, reason FROM claim_action WHERE kind = :k"), {"k": HELD}).all()
    filled = [{"i": row_id, "t": trace_in_words(reason)} for row_id, reason in held]
    filled = [each for each in filled if each["t"]]
    if filled:
        conn.execute(sa.text("UPDATE claim_action SET trace_number = :t WHERE id = :i"), filled)


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN on SQLite too (3.35 on); the words still name the trace number.
    op.drop_column("claim_action", "trace_number")
