"""Who acted, as the server knows it, and least privilege on PostgreSQL: each audit entry's
login (session_user, written by the database), the writers' lock row, the officials the
administrator granted a role with their clearance, the ranks of classification markings and
row-level security by clearance, and the owner's functions through which officials change
drafts.

Revision ID: 0008_roles_login
Revises: 0007_options
Create Date: 2026-12-06

Entries from before keep login NULL, and their hash never covered a login, so every one
verifies as before (models.audit: the login enters the hash only when it is set). The column is
added without a default: a default would be filled into every existing row with the login of
whoever migrates. On SQLite the column stays NULL (single-user) and no function is made.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0008

revision = "0008_roles_login"
down_revision = "0007_options"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from models.tables import UTCDateTime

    # Plain ALTER TABLE ADD COLUMN (never a table copy): the audit_entry triggers stay.
    op.add_column("audit_entry", sa.Column("login", sa.String(length=200), nullable=True))
    op.create_table(
        "write_lock",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_write_lock_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_lock")),
    )
    op.execute("INSERT INTO write_lock (id) VALUES (1)")
    op.create_table(
        "official",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("clearance", sa.String(length=40), nullable=True),
        sa.Column("granted_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_official")),
    )
    op.create_table(
        "classification_level",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_classification_level")),
    )
    op.execute(
        "INSERT INTO classification_level (name, rank) VALUES ('UNCLASSIFIED', 0), "
        "('RESTRICTED', 1), ('CONFIDENTIAL', 2), ('SECRET', 3), ('TOP SECRET', 4)"
    )
    for statement in ddl_0008.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0008.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("classification_level")
    op.drop_table("official")
    op.drop_table("write_lock")
    op.drop_column("audit_entry", "login")
