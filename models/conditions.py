"""Conditions that are kept: the conditions of an approval, their reviews, and what is due.

A decision "approve with conditions" states each condition as what must hold, who owns it, how it
is checked, when it is reviewed and its tripwire (what ends the approval); they are frozen with
the decision (models.decisions.decide, with models.condition_terms). Later,
a review records met / not met / withdrawn with a note: append-only (triggers, migration 0004),
one audit entry each, whose payload seals the review's content. A review recording that the
tripwire was breached opens a new draft revision of the decision in the same transaction: the
approval no longer stands until it is decided again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import content_hash
from models.condition_records import ConditionRecord, load_conditions, review_content
from models.condition_terms import parse_date
from models.db import Database
from models.decisions import open_revision, revisable
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.tables import (
    CONDITION_OUTCOMES,
    Assessment,
    ConditionReview,
    Decision,
    DecisionCondition,
    new_id,
    utc_now,
)

# --- reviews ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewResult:
    review_id: str
    revision_id: str | None  # the draft revision a breached tripwire opened


def normalise_outcome(outcome: str) -> str:
    value = str(outcome).strip().lower().replace("-", "_").replace(" ", "_")
    if value not in CONDITION_OUTCOMES:
        choices = ", ".join(o.replace("_", "-") for o in CONDITION_OUTCOMES)
        raise InvalidInput(f"outcome {outcome!r} is not one of {choices}")
    return value


def review_condition(
    db: Database,
    condition_id: str,
    *,
    outcome: str,
    note: str,
    by: str,
    next_review_on: date | str | None = None,
    tripwire_breached: bool = False,
) -> ReviewResult:
    """Record a review of a condition (never changed afterwards).

    met / not met may set the next review date (met without one: the condition is fulfilled);
    withdrawn closes the condition. A breached tripwire is a condition not met, and opens a new
    draft revision of the decided assessment, which supersedes the approval.
    """
    outcome = normalise_outcome(outcome)
    note = check.text("note", note, required=True).strip()
    by = check.name("reviewed by", by)
    next_on = None if next_review_on in (None, "") else parse_date("next review", next_review_on)
    if tripwire_breached and outcome != "not_met":
        raise InvalidInput("a breached tripwire is a condition not met: give outcome not-met")
    if next_on is not None and (outcome == "withdrawn" or tripwire_breached):
        raise InvalidInput(
            "a withdrawn condition, or one whose tripwire was breached, has no next review"
        )
    today = utc_now().date()
    if next_on is not None and next_on <= today:
        raise InvalidInput(f"next review: {next_on.isoformat()} is not after today "
                           f"({today.isoformat()})")
    with db.write_session() as session:
        condition = session.get(DecisionCondition, condition_id)
        if condition is None:
            raise NotFound(f"no condition with id {condition_id} (see: main.py conditions due)")
        assessment = _assessment_of(session, condition)
        record = _condition_record(session, condition)
        if assessment.status != "decided":
            raise RecordFrozen(
                f"condition {condition_id} belongs to assessment {assessment.id}, which is "
                f"superseded by {assessment.superseded_by_id}: its approval no longer stands"
            )
        if tripwire_breached and not condition.tripwire:
            raise InvalidInput(f"condition {condition_id} states no tripwire: record it as not "
                               "met, and revise the decision if it no longer stands")
        if record.closed:
            raise InvalidInput(f"condition {condition_id} is closed ({record.state}): it takes "
                               "no further review")
        review_id = new_id()
        revision_id = None
        if tripwire_breached:
            revision_id = open_revision(
                session, revisable(session, assessment.id), by,
                because={"condition_review_id": review_id, "condition_id": condition_id},
            )
        review = ConditionReview(
            id=review_id,
            condition_id=condition_id,
            outcome=outcome,
            note=note,
            tripwire_breached=tripwire_breached,
            next_review_on=next_on,
            reviewed_by=by,
            reviewed_at=utc_now(),
            revision_id=revision_id,
        )
        session.execute(sa.insert(ConditionReview).values(**review.model_dump()))
        append_entry(
            session,
            actor=by,
            action="condition.review",
            entity_type="assessment",
            entity_id=assessment.id,
            payload={
                "assessment_id": assessment.id,
                "decision_id": condition.decision_id,
                "condition_id": condition_id,
                "review_id": review_id,
                "outcome": outcome,
                "tripwire_breached": tripwire_breached,
                "revision_id": revision_id,
                "review_hash": content_hash(review_content(review)),
            },
        )
    return ReviewResult(review_id, revision_id)


def _assessment_of(session: Session, condition: DecisionCondition) -> Assessment:
    assessment = session.execute(
        sa.select(Assessment)
        .join(Decision, col(Decision.assessment_id) == col(Assessment.id))
        .where(col(Decision.id) == condition.decision_id)
    ).scalar_one()
    assert isinstance(assessment, Assessment)
    return assessment


def _condition_record(session: Session, condition: DecisionCondition) -> ConditionRecord:
    return next(c for c in load_conditions(session, condition.decision_id)
                if c.id == condition.id)


def check_reviews(session: Session) -> tuple[int, list[tuple[int, str]]]:
    """Every review as its audit entry sealed it: (reviews checked, [(entry seq, problem)])."""
    import json

    from models.tables import AuditEntry

    problems: list[tuple[int, str]] = []
    checked = 0
    rows = session.execute(
        sa.select(col(AuditEntry.seq), col(AuditEntry.payload))
        .where(col(AuditEntry.action) == "condition.review")
        .order_by(col(AuditEntry.seq))
    ).all()
    for seq, text in rows:
        payload = json.loads(text)
        review = session.get(ConditionReview, payload["review_id"])
        if review is None or content_hash(review_content(review)) != payload["review_hash"]:
            problems.append(
                (seq, f"condition review {payload['review_id']} recorded in entry {seq} was "
                      "changed or deleted")
            )
        checked += 1
    return checked, problems


# --- what is due ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueCondition:
    assessment_id: str
    title: str
    decided_by: str
    condition: ConditionRecord
    due_on: date
    overdue: bool  # due before the day asked about


def due_conditions(db: Database, as_of: date | None = None) -> list[DueCondition]:
    """Open conditions of standing decisions whose review falls on or before `as_of` (default:
    today, UTC), earliest first. A superseded decision's conditions are not listed: its
    approval no longer stands."""
    as_of = as_of or utc_now().date()
    with db.session(snapshot=True) as session:
        decisions = session.execute(
            sa.select(col(Decision.id), col(Decision.decided_by), col(Assessment.id),
                      col(Assessment.title))
            .join(Assessment, col(Assessment.id) == col(Decision.assessment_id))
            .where(col(Assessment.status) == "decided")
            .where(
                col(Decision.id).in_(
                    sa.select(col(DecisionCondition.decision_id)).where(
                        col(DecisionCondition.review_on) <= as_of
                    )
                )
                | col(Decision.id).in_(
                    sa.select(col(DecisionCondition.decision_id))
                    .join(ConditionReview,
                          col(ConditionReview.condition_id) == col(DecisionCondition.id))
                    .where(col(ConditionReview.next_review_on) <= as_of)
                )
            )
        ).all()
        due = []
        for decision_id, decided_by, assessment_id, title in decisions:
            for condition in load_conditions(session, decision_id):
                due_on = condition.due_on
                if due_on is not None and due_on <= as_of:
                    due.append(DueCondition(assessment_id, title, decided_by, condition, due_on,
                                            due_on < as_of))
    due.sort(key=lambda d: (d.due_on, d.title, d.condition.position))
    return due
