"""A common word's page read in order by the owner's function, cleared (PostgreSQL).

Revision ID: 0015_cleared_walk
Revises: 0014_cleared_search
Create Date: 2026-12-07

Walking the table in order under row-level security checks every row read against the policy
before its match, which made an official's search of a common word two to three times the
owner's. A SECURITY DEFINER function owned by the owner walks, matches first and applies the
clearance rule of the policies to the matches (ddl_0015). Only a function is added; no row
changes, so every record verifies as before. SQLite has no row security: nothing changes there.
"""

from __future__ import annotations

from alembic import op

from models.migrations import ddl_0015

revision = "0015_cleared_walk"
down_revision = "0014_cleared_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in ddl_0015.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0015.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
