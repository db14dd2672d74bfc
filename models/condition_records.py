"""Conditions of a decision as the record reads them: frozen snapshots, the canonical content a
decision's record hash covers, and the state of each condition after its reviews.

Kept apart from models.conditions (which writes) so that models.records can load conditions
with a decision without importing the workflow.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.record_reads import read_conditions, session_reader
from models.record_snapshots import ConditionInput as ConditionInput
from models.record_snapshots import ConditionRecord as ConditionRecord
from models.tables import ConditionReview, DecisionCondition


def condition_content(
    condition: ConditionInput | DecisionCondition, position: int
) -> dict[str, Any]:
    """A condition as it enters its decision's canonical content (and so the record hash)."""
    return {
        "position": position,
        "requirement": condition.requirement,
        "owner": condition.owner,
        "how_checked": condition.how_checked,
        "review_on": condition.review_on.isoformat(),
        "tripwire": condition.tripwire,
    }


def review_content(review: ConditionReview) -> dict[str, Any]:
    """A review as its audit entry seals it (its hash is in the entry's payload)."""
    from models.canonical import iso_utc

    return {
        "id": review.id,
        "condition_id": review.condition_id,
        "outcome": review.outcome,
        "note": review.note,
        "tripwire_breached": review.tripwire_breached,
        "next_review_on": review.next_review_on.isoformat() if review.next_review_on else None,
        "reviewed_by": review.reviewed_by,
        "reviewed_at": iso_utc(review.reviewed_at),
        "revision_id": review.revision_id,
    }


def condition_rows(session: Session, decision_id: str) -> list[DecisionCondition]:
    return list(
        session.execute(
            sa.select(DecisionCondition)
            .where(col(DecisionCondition.decision_id) == decision_id)
            .order_by(col(DecisionCondition.position))
        ).scalars()
    )


def decision_conditions_content(session: Session, decision_id: str) -> list[dict[str, Any]]:
    return [condition_content(c, c.position) for c in condition_rows(session, decision_id)]


def load_conditions(session: Session, decision_id: str) -> tuple[ConditionRecord, ...]:
    with session_reader(session) as reader:
        return read_conditions(reader, decision_id)
