"""interviews keep where their questions come from and the job's must-haves

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing interviews asked the role bank and had no job: "bank" and NULL say so.
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "question_source",
                sqlmodel.sql.sqltypes.AutoString(length=16),
                nullable=False,
                server_default="bank",
            )
        )
        batch_op.add_column(sa.Column("requirements", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interview_sessions", schema=None) as batch_op:
        batch_op.drop_column("requirements")
        batch_op.drop_column("question_source")
