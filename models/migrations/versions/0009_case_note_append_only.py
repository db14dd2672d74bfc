"""A note on a case is append-only: triggers refuse changing or deleting one (issue 15 item 3
kept notes beside the record; until now only the audit check found a note rewritten).

Revision ID: 0009_case_note_append_only
Revises: 0008_roles_login
Create Date: 2026-12-06

Triggers only: no row and no column changes, so every record verifies as before.
"""

from __future__ import annotations

from alembic import op

from models.migrations import ddl_0009

revision = "0009_case_note_append_only"
down_revision = "0008_roles_login"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in ddl_0009.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0009.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
