"""Conditions of a decision as the record reads them: frozen snapshots, the canonical content a
decision's record hash covers, and the state of each condition after its reviews.

Kept apart from models.conditions (which writes) so that models.records can load conditions
with a decision without importing the workflow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.tables import ConditionReview, DecisionCondition


@dataclass(frozen=True)
class ConditionInput:
    """One condition as the decision-maker states it."""

    requirement: str  # what must hold
    owner: str  # who answers for it
    how_checked: str  # how, and on what evidence, it is checked
    review_on: date  # the first review
    tripwire: str = ""  # what, if it happens, ends the approval ("": none stated)


@dataclass(frozen=True)
class ConditionReviewRecord:
    id: str
    outcome: str  # met | not_met | withdrawn
    note: str
    tripwire_breached: bool
    next_review_on: date | None
    reviewed_by: str
    reviewed_at: datetime
    revision_id: str | None  # the revision a breached tripwire opened


@dataclass(frozen=True)
class ConditionRecord:
    id: str
    position: int
    requirement: str
    owner: str
    how_checked: str
    review_on: date
    tripwire: str
    reviews: tuple[ConditionReviewRecord, ...] = ()

    @property
    def closed(self) -> bool:
        """No further review is due: withdrawn, its tripwire breached (the approval ended), or
        met at a review that set no next date (fulfilled)."""
        if not self.reviews:
            return False
        last = self.reviews[-1]
        return (
            last.outcome == "withdrawn"
            or last.tripwire_breached
            or (last.outcome == "met" and last.next_review_on is None)
        )

    @property
    def due_on(self) -> date | None:
        """When the next review is due (None: closed). A review that sets no next date and does
        not close the condition (not met) leaves the date that was due standing."""
        if self.closed:
            return None
        due = self.review_on
        for review in self.reviews:
            if review.next_review_on is not None:
                due = review.next_review_on
        return due

    @property
    def state(self) -> str:
        """In words: open, or how it closed."""
        if not self.closed:
            return "open"
        last = self.reviews[-1]
        if last.tripwire_breached:
            return "tripwire breached"
        return "withdrawn" if last.outcome == "withdrawn" else "met"


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
    rows = condition_rows(session, decision_id)
    reviews: dict[str, list[ConditionReviewRecord]] = {c.id: [] for c in rows}
    if rows:
        found = session.execute(
            sa.select(ConditionReview)
            .where(col(ConditionReview.condition_id).in_(list(reviews)))
            .order_by(col(ConditionReview.reviewed_at), col(ConditionReview.id))
        ).scalars()
        for r in found:
            reviews[r.condition_id].append(
                ConditionReviewRecord(
                    r.id, r.outcome, r.note, r.tripwire_breached, r.next_review_on,
                    r.reviewed_by, r.reviewed_at, r.revision_id,
                )
            )
    return tuple(
        ConditionRecord(
            c.id, c.position, c.requirement, c.owner, c.how_checked, c.review_on, c.tripwire,
            tuple(reviews[c.id]),
        )
        for c in rows
    )
