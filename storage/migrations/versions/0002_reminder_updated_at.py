"""reminder updated_at

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 09:34:54.142010
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added nullable, filled from created_at (the best known "set at" for existing reminders),
    # then made NOT NULL: SQLite cannot add a NOT NULL column without a constant default.
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
    op.execute(sa.text("UPDATE reminders SET updated_at = created_at"))
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.alter_column(
            "updated_at", existing_type=sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_column("updated_at")
