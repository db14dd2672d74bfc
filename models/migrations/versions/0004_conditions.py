"""Conditions of an approval, structured, and their reviews.

Revision ID: 0004_conditions
Revises: 0003_registry_revisions
Create Date: 2026-12-05

Two new tables, nothing changed in the old ones: a decision recorded before this revision has
no rows here and keeps its record hash (its conditions, if any, stay the free text of its
justification). Both tables are append-only (triggers, ddl_0004).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0004

revision = "0004_conditions"
down_revision = "0003_registry_revisions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from models.tables import UTCDateTime

    op.create_table(
        "decision_condition",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("requirement", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("how_checked", sa.Text(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("tripwire", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_condition_decision_id_decision"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_condition")),
        sa.UniqueConstraint(
            "decision_id", "position", name=op.f("uq_decision_condition_decision_id_position")
        ),
    )
    with op.batch_alter_table("decision_condition", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_condition_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_condition_review_on"), ["review_on"], unique=False
        )
    op.create_table(
        "condition_review",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("condition_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("tripwire_breached", sa.Boolean(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=200), nullable=False),
        sa.Column("reviewed_at", UTCDateTime(), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            "outcome IN ('met', 'not_met', 'withdrawn')", name=op.f("ck_condition_review_outcome")
        ),
        sa.ForeignKeyConstraint(
            ["condition_id"],
            ["decision_condition.id"],
            name=op.f("fk_condition_review_condition_id_decision_condition"),
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["assessment.id"],
            name=op.f("fk_condition_review_revision_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_condition_review")),
    )
    with op.batch_alter_table("condition_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_condition_review_condition_id"), ["condition_id"], unique=False
        )
    for statement in ddl_0004.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0004.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("condition_review")
    op.drop_table("decision_condition")
