"""Options in one case: the courses of action a case compares, their answers, and the options
side of a decision.

Revision ID: 0007_options
Revises: 0006_decider_certificate
Create Date: 2026-12-06

Three new tables, nothing changed in the old ones: an assessment recorded before this revision
has no options (a single proposed action, judged as before) and every decided record keeps its
record hash. Options and their answers freeze with their assessment, the decision's options row
is append-only (triggers, ddl_0007).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0007

revision = "0007_options"
down_revision = "0006_decider_certificate"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from models.tables import UTCDateTime

    op.create_table(
        "case_option",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_case_option_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_option")),
        sa.UniqueConstraint(
            "assessment_id", "name", name=op.f("uq_case_option_assessment_id_name")
        ),
        sa.UniqueConstraint(
            "assessment_id", "position", name=op.f("uq_case_option_assessment_id_position")
        ),
    )
    with op.batch_alter_table("case_option", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_option_assessment_id"), ["assessment_id"], unique=False
        )
    op.create_table(
        "option_answer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("option_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("confidence", sa.String(length=20), nullable=True),
        sa.Column("answered_at", UTCDateTime(), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence IN ('low', 'moderate', 'high')",
            name=op.f("ck_option_answer_confidence"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_option_answer_assessment_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["case_option.id"],
            name=op.f("fk_option_answer_option_id_case_option"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_option_answer")),
        sa.UniqueConstraint(
            "option_id", "question_id", name=op.f("uq_option_answer_option_id_question_id")
        ),
    )
    with op.batch_alter_table("option_answer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_option_answer_assessment_id"), ["assessment_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_option_answer_option_id"), ["option_id"], unique=False
        )
    op.create_table(
        "decision_option",
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("chosen_option", sa.String(length=40), nullable=True),
        sa.Column("best_option", sa.String(length=40), nullable=False),
        sa.Column("departs_from_best_option", sa.Boolean(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decision.id"],
            name=op.f("fk_decision_option_decision_id_decision"),
        ),
        sa.PrimaryKeyConstraint("decision_id", name=op.f("pk_decision_option")),
    )
    for statement in ddl_0007.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0007.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("decision_option")
    with op.batch_alter_table("option_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_option_answer_option_id"))
        batch_op.drop_index(batch_op.f("ix_option_answer_assessment_id"))
    op.drop_table("option_answer")
    with op.batch_alter_table("case_option", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_option_assessment_id"))
    op.drop_table("case_option")
