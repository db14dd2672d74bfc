"""The first schema: the record's tables, the audit head, search, and immutability triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

The search tables and the triggers differ per database and are written here as DDL; autogenerate
leaves them alone (see models.migrations.runner.include_object). Every trigger refusal message
starts with "frozen:" so the application can recognise it (models.db.FROZEN_MARKER).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0001

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()
    op.execute("INSERT INTO audit_head (id, seq, entry_hash) VALUES (1, 0, '%s')" % ("0" * 64))
    for statement in ddl_0001.statements(op.get_bind().dialect.name):
        op.execute(statement)


def _create_tables() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("root_id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("superseded_by_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("proposed_action", sa.Text(), nullable=False),
        sa.Column("crisis", sa.Text(), nullable=False),
        sa.Column("classification", sa.String(length=100), nullable=False),
        sa.Column("playbook_id", sa.String(length=200), nullable=False),
        sa.Column("playbook_version", sa.String(length=100), nullable=False),
        sa.Column("playbook_hash", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'decided', 'superseded')", name=op.f("ck_assessment_status")
        ),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_assessment_revision")),
        sa.ForeignKeyConstraint(
            ["superseded_by_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_superseded_by_id_assessment"),
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"],
            ["assessment.id"],
            name=op.f("fk_assessment_supersedes_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("root_id", "revision", name=op.f("uq_assessment_root_id_revision")),
    )
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_playbook_id"), ["playbook_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessment_root_id"), ["root_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_assessment_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity_type", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_entry_entry_hash")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "member_state",
        sa.Column("iso", sa.String(length=3), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("population", sa.BigInteger(), nullable=False),
        sa.Column("population_year", sa.Integer(), nullable=True),
        sa.Column("standing", sa.String(length=20), nullable=False),
        sa.Column("review_reference", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "standing IN ('full', 'suspended', 'candidate', 'withdrawn')",
            name=op.f("ck_member_state_standing"),
        ),
        sa.PrimaryKeyConstraint("iso", name=op.f("pk_member_state")),
    )
    op.create_table(
        "trust_root",
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("pem", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name=op.f("pk_trust_root")),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("value", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("confidence", sa.String(length=20), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "confidence IS NULL OR confidence IN ('low', 'moderate', 'high')",
            name=op.f("ck_answer_confidence"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_answer_assessment_id_assessment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint(
            "assessment_id", "question_id", name=op.f("uq_answer_assessment_id_question_id")
        ),
    )
    op.create_table(
        "decision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(length=40), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("playbook_hash", sa.String(length=64), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("departs_from_verdict", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "decision IN ('approve', 'approve_with_conditions', 'reject', 'defer')",
            name=op.f("ck_decision_decision"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_decision_assessment_id_assessment")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("assessment_id", name=op.f("uq_decision_assessment_id")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_decision"), ["decision"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_verdict"), ["verdict"], unique=False)

    op.create_table(
        "member_position",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("question_id", sa.String(length=200), nullable=False),
        sa.Column("member_iso", sa.String(length=3), nullable=False),
        sa.Column("position", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "position IN ('endorse', 'oppose', 'abstain', 'not_consulted')",
            name=op.f("ck_member_position_position"),
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessment.id"],
            name=op.f("fk_member_position_assessment_id_assessment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_position")),
        sa.UniqueConstraint(
            "assessment_id",
            "question_id",
            "member_iso",
            name=op.f("uq_member_position_assessment_id_question_id_member_iso"),
        ),
    )
    with op.batch_alter_table("member_position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_position_member_iso"), ["member_iso"], unique=False
        )

    op.create_table(
        "dissent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_dissent_decision_id_decision")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dissent")),
    )
    with op.batch_alter_table("dissent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dissent_decision_id"), ["decision_id"], unique=False)

    op.create_table(
        "evidence_item",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("answer_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("reliability", sa.String(length=1), nullable=False),
        sa.Column("credibility", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "reliability IN ('A', 'B', 'C', 'D', 'E', 'F')",
            name=op.f("ck_evidence_item_reliability"),
        ),
        sa.CheckConstraint(
            "credibility BETWEEN 1 AND 6", name=op.f("ck_evidence_item_credibility")
        ),
        sa.ForeignKeyConstraint(
            ["answer_id"], ["answer.id"], name=op.f("fk_evidence_item_answer_id_answer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_item")),
        sa.UniqueConstraint(
            "answer_id", "position", name=op.f("uq_evidence_item_answer_id_position")
        ),
    )
    op.create_table(
        "memo",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("decision_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("audit_head", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("supersedes_memo_id", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            "stage IN ('unsigned', 'drafted', 'countersigned')", name=op.f("ck_memo_stage")
        ),
        sa.ForeignKeyConstraint(
            ["assessment_id"], ["assessment.id"], name=op.f("fk_memo_assessment_id_assessment")
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_memo_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_memo_id"], ["memo.id"], name=op.f("fk_memo_supersedes_memo_id_memo")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memo")),
        sa.UniqueConstraint("reference", "stage", name=op.f("uq_memo_reference_stage")),
    )
    with op.batch_alter_table("memo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memo_assessment_id"), ["assessment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_memo_reference"), ["reference"], unique=False)
        batch_op.create_index(batch_op.f("ix_memo_sha256"), ["sha256"], unique=False)

    op.create_table(
        "memo_signature",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("memo_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("signer", sa.String(length=400), nullable=False),
        sa.Column("cert_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("claimed_time", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "field IN ('drafting_official', 'minister')", name=op.f("ck_memo_signature_field")
        ),
        sa.ForeignKeyConstraint(
            ["memo_id"], ["memo.id"], name=op.f("fk_memo_signature_memo_id_memo")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memo_signature")),
        sa.UniqueConstraint("memo_id", "sequence", name=op.f("uq_memo_signature_memo_id_sequence")),
    )


def downgrade() -> None:
    for statement in ddl_0001.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("memo_signature")
    with op.batch_alter_table("memo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memo_sha256"))
        batch_op.drop_index(batch_op.f("ix_memo_reference"))
        batch_op.drop_index(batch_op.f("ix_memo_assessment_id"))

    op.drop_table("memo")
    op.drop_table("evidence_item")
    with op.batch_alter_table("dissent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dissent_decision_id"))

    op.drop_table("dissent")
    with op.batch_alter_table("member_position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_position_member_iso"))

    op.drop_table("member_position")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_verdict"))
        batch_op.drop_index(batch_op.f("ix_decision_decision"))

    op.drop_table("decision")
    op.drop_table("answer")
    op.drop_table("trust_root")
    op.drop_table("member_state")
    op.drop_table("audit_head")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))

    op.drop_table("audit_entry")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_updated_at"))
        batch_op.drop_index(batch_op.f("ix_assessment_status"))
        batch_op.drop_index(batch_op.f("ix_assessment_root_id"))
        batch_op.drop_index(batch_op.f("ix_assessment_playbook_id"))

    op.drop_table("assessment")
