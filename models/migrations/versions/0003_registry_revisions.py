"""The member registry is versioned: revisions, per-member changes, the basis of each standing,
and the registry revision each decision was judged against.

Revision ID: 0003_registry_revisions
Revises: 0002_playbook_store
Create Date: 2026-12-05

New columns of member_state (review date, borderline flag, index figures, population source)
get server defaults, so existing rows stay valid; decisions made before this revision keep a
NULL registry revision (their record hash never covered one, so they verify as before). The
registry as it stands when the upgraded database is first opened becomes its baseline revision,
with its audit entry (models.registry.ensure_baseline): written by the application, not here,
so that its content hash is always computed by the code that checks it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0003

revision = "0003_registry_revisions"
down_revision = "0002_playbook_store"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from models.tables import UTCDateTime

    with op.batch_alter_table("member_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reviewed_on", sa.String(length=10), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("borderline", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("index_status", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("index_score", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("free_editions", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "population_source", sa.String(length=200), nullable=False, server_default=""
            )
        )
    # Plain ALTER TABLE ADD COLUMN (never a table copy): the decision table's triggers stay.
    op.add_column("decision", sa.Column("registry_revision", sa.Integer(), nullable=True))
    op.add_column("decision", sa.Column("registry_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "registry_revision",
        sa.Column("revision", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("registry_version", sa.String(length=100), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("assessment_id", sa.String(length=36), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("revision", name=op.f("pk_registry_revision")),
        sa.UniqueConstraint("assessment_id", name=op.f("uq_registry_revision_assessment_id")),
    )
    op.create_table(
        "registry_change",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("iso", sa.String(length=3), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision"],
            ["registry_revision.revision"],
            name=op.f("fk_registry_change_revision_registry_revision"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_change")),
        sa.UniqueConstraint("revision", "iso", name=op.f("uq_registry_change_revision_iso")),
    )
    with op.batch_alter_table("registry_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registry_change_iso"), ["iso"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_registry_change_revision"), ["revision"], unique=False
        )
    for statement in ddl_0003.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0003.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("registry_change")
    op.drop_table("registry_revision")
    op.drop_column("decision", "registry_hash")
    op.drop_column("decision", "registry_revision")
    with op.batch_alter_table("member_state", schema=None) as batch_op:
        for column in (
            "population_source", "free_editions", "index_score", "index_status", "borderline",
            "reviewed_on",
        ):
            batch_op.drop_column(column)
