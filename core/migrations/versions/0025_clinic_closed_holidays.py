"""the public holidays a clinic closes on, chosen by its owner

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-07

Every clinic closed on the same six holidays (core.scheduling.calendar_days.DEFAULT_CLOSED), whatever
its owner wanted (#20). clinic_policy.closed_holidays holds the names of those it closes on, as a JSON
list; its default is the six, so every policy row there is gets them and no clinic's calendar changes
with the upgrade, and a row written without it (the demo builder, an import) closes on the six too.
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

# The six as they were when this was written (not imported: a migration stays as it ran), as the SQL
# literal of their JSON list.
SIX = (
    """'["New Year''s Day", "Memorial Day", "Independence Day", "Labor Day", "Thanksgiving", """
    """"Christmas Day"]'"""
)


def upgrade() -> None:
    # ADD COLUMN ... NOT NULL DEFAULT on both databases (no copy of the table); the default fills every
    # row there is.
    op.add_column(
        "clinic_policy",
        sa.Column("closed_holidays", sa.JSON(), nullable=False, server_default=sa.text(SIX)),
    )


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN on SQLite too (3.35 on): the clinics close on the six again.
    op.drop_column("clinic_policy", "closed_holidays")
