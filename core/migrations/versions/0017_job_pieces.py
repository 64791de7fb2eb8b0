"""transcription jobs count the pieces the transcriber works on

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03

After Stop, the page says which piece of the recording the transcriber is on and how many are left:
the stretches of speech it hears one at a time (scribe.vad.windows), as the worker reports them, not
30-second stretches of the recording's length. Added in place (constant defaults), no table copy.
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("transcription_job", sa.Column("piece", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("transcription_job", sa.Column("pieces", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("transcription_job", schema=None) as batch_op:
        batch_op.drop_column("pieces")
        batch_op.drop_column("piece")
