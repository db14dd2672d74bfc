"""An official's text search through the text index, cleared by the owner's function (PostgreSQL).

Revision ID: 0014_cleared_search
Revises: 0013_cheap_clearance
Create Date: 2026-12-07

The tsvector match is not LEAKPROOF, so under row-level security an official's search could not
use the GIN index and read every search row (seconds at 100k records). A SECURITY DEFINER
function owned by the owner matches through the index and applies the clearance rule of the
policies (ddl_0014); searches read their matches from it. Only a function is added; no row
changes, so every record verifies as before. SQLite has no row security: nothing changes there.
"""

from __future__ import annotations

from alembic import op

from models.migrations import ddl_0014

revision = "0014_cleared_search"
down_revision = "0013_cheap_clearance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in ddl_0014.statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in ddl_0014.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
