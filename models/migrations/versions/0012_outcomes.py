"""Outcomes of past calls (issue 16): resolution dates, outcomes and retrospectives.

Revision ID: 0012_outcomes
Revises: 0011_unspaced_search_terms
Create Date: 2026-12-06

Three new tables, nothing changed in the old ones: no decided record's hash changes, so every
record verifies as before. All three are append-only, and a resolution date is set only on a
draft (triggers, ddl_0012).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0012

revision = "0012_outcomes"
down_revision = "0011_unspaced_search_terms"
branch_labels = None
depends_on = None

_TABLES = ("resolution_date", "outcome", "retrospective")


def _by_assessment(table: str) -> list[sa.SchemaItem]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f(f"fk_{table}_assessment_id_assessment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def upgrade() -> None:
    from models.tables import UTCDateTime

    op.create_table(
        "resolution_date",
        *_by_assessment("resolution_date"),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("resolve_on", sa.Date(), nullable=False),
        sa.Column("set_by", sa.String(length=200), nullable=False),
        sa.Column("set_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "outcome",
        *_by_assessment("outcome"),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint(
            "result IN ('occurred', 'not_occurred', 'cannot_tell')", name=op.f("ck_outcome_result")
        ),
    )
    op.create_table(
        "retrospective",
        *_by_assessment("retrospective"),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("wrong", sa.Text(), nullable=False),
        sa.Column("again", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_retrospective_decision_id_decision")
        ),
    )
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f(f"ix_{table}_assessment_id"), ["assessment_id"], unique=False
            )
    for statement in ddl_0012.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0012.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    for table in reversed(_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_assessment_id"))
        op.drop_table(table)
