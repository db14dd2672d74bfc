"""Notes on a case: a what-if scenario's summary kept beside the record (never an answer).

Revision ID: 0005_scenario_notes
Revises: 0004_conditions
Create Date: 2026-12-05

A new table only: no existing row changes, so every decided record verifies as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_scenario_notes"
down_revision = "0004_conditions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from models.tables import UTCDateTime

    op.create_table(
        "case_note",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_case_note_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_note")),
    )
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_note_assessment_id"), ["assessment_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("case_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_note_assessment_id"))
    op.drop_table("case_note")
