"""Routing of a draft: drafter → reviewer → minister (issue 18 item 4). Each step (submitted,
returned with a comment, passed to the minister) is an appended row of `routing_step`, never
changed; on PostgreSQL each group may record only its own acts (row-level security, ddl_0010).

Revision ID: 0010_routing
Revises: 0009_case_note_append_only
Create Date: 2026-12-06

A new table only: no existing row changes, so every record verifies as before, and every
existing draft is at the stage "draft" (no step yet).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0010

revision = "0010_routing"
down_revision = "0009_case_note_append_only"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from models.tables import UTCDateTime

    op.create_table(
        "routing_step",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("act", sa.String(length=20), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("act IN ('submit', 'return', 'pass')",
                           name=op.f("ck_routing_step_act")),
        sa.CheckConstraint("position >= 1", name=op.f("ck_routing_step_position")),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_routing_step_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routing_step")),
        sa.UniqueConstraint("assessment_id", "position",
                            name=op.f("uq_routing_step_assessment_id_position")),
    )
    with op.batch_alter_table("routing_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_routing_step_assessment_id"), ["assessment_id"], unique=False
        )
    for statement in ddl_0010.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0010.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table("routing_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_routing_step_assessment_id"))
    op.drop_table("routing_step")
