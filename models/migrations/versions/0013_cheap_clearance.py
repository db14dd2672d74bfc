"""The clearance rule of the tables a search reads, worked out once per statement (PostgreSQL).

Revision ID: 0013_cheap_clearance
Revises: 0012_outcomes
Create Date: 2026-12-07

Row-level security on assessment, decision and the two search tables keeps the rule of 0008 (an
official sees an assessment classified at or below its clearance) but no longer calls a
SECURITY DEFINER function on every row: a search as an official at 100k records took seconds
(ddl_0013). Only policies and functions change; no row, so every record verifies as before.
SQLite has no row security: nothing changes there.
"""

from __future__ import annotations

from alembic import op

from models.migrations import ddl_0013

revision = "0013_cheap_clearance"
down_revision = "0012_outcomes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in ddl_0013.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0013.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
