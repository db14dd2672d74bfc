"""The decision names its decider by certificate: the SHA-256 fingerprint of the minister's
certificate, whose countersignature alone the memo then accepts, and its subject (for people:
the memo and `verify` show it).

Revision ID: 0006_decider_certificate
Revises: 0005_scenario_notes
Create Date: 2026-12-06

Two nullable columns: decisions made before it keep NULL (their record hash never covered a
certificate, so they verify as before; their memos keep the tie by name).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_decider_certificate"
down_revision = "0005_scenario_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (never a table copy): the decision table's triggers stay.
    op.add_column("decision",
                  sa.Column("decided_by_certificate", sa.String(length=64), nullable=True))
    op.add_column("decision", sa.Column("decided_by_subject", sa.Text(), nullable=True))


def downgrade() -> None:
    # No table copy: the decision table's triggers stay.
    op.drop_column("decision", "decided_by_subject")
    op.drop_column("decision", "decided_by_certificate")
