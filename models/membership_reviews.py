"""Applying a decided membership review to the member registry.

A membership review is an assessment with the membership-review playbook. Once the minister has
decided it, applying it changes the reviewed state's entry in one audited registry revision:
its standing follows the decision (below), and its review reference, review date and note now
name the review. Applying is explicit (`main.py members apply-review ID`, or the Members page),
never a side effect of deciding: the registrar applies it, and the record shows who and when.

The standing a decision gives (the minister's decision, which a departure from the verdict
already had to justify):
- approve → full; approve with conditions → full, flagged borderline with the conditions noted;
- reject → a member in full standing is suspended; a candidate stays a candidate, a suspended
  or withdrawn state stays as it is (the review is still recorded on its entry);
- defer → no change: a deferred review cannot be applied.

Each review is applied once (a second attempt is refused, naming the revision that applied it);
a review that a later revision superseded is refused in favour of the latest revision.
"""

from __future__ import annotations

import re
from dataclasses import replace

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.db import Database
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.members import RegistryEntry, entry_of
from models.registry_revisions import RevisionInfo, record_revision, revision_payload
from models.tables import Assessment, Decision, MemberState, RegistryRevision

REVIEW_PLAYBOOK_ID = "membership-review"
DECISION_WORDS = {
    "approve": "approved",
    "approve_with_conditions": "approved with conditions",
    "reject": "rejected",
    "defer": "deferred",
}


def standing_after(decision: str, current: str) -> str:
    """The standing a decided review gives a state whose standing is `current`."""
    if decision in ("approve", "approve_with_conditions"):
        return "full"
    if decision == "reject":
        return "suspended" if current == "full" else current
    raise InvalidInput("a deferred membership review changes no standing: decide it first")


def reviewed_state(session: Session, title: str) -> str | None:
    """The one registry member a review's title names (by name or ISO code), or None."""
    found = set()
    for iso, name in session.execute(sa.select(col(MemberState.iso), col(MemberState.name))).all():
        if re.search(rf"\b{re.escape(iso)}\b", title) or re.search(
            rf"\b{re.escape(name)}\b", title, re.IGNORECASE
        ):
            found.add(iso)
    return found.pop() if len(found) == 1 else None


def apply_review(
    db: Database, assessment_id: str, *, actor: str, iso: str | None = None
) -> tuple[RevisionInfo, RegistryEntry, RegistryEntry]:
    """Apply a decided membership review; returns the revision and the entry before and after.

    `iso` names the reviewed state; without it, the state the review's title names."""
    actor = check.name("applied by", actor)
    with db.write_session() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        if assessment.playbook_id != REVIEW_PLAYBOOK_ID:
            raise InvalidInput(
                f"assessment {assessment_id} uses playbook {assessment.playbook_id}, not "
                f"{REVIEW_PLAYBOOK_ID}: only a membership review changes the registry"
            )
        if assessment.status == "draft":
            raise InvalidInput(f"membership review {assessment_id} is not decided yet")
        if assessment.status == "superseded":
            raise RecordFrozen(
                f"membership review {assessment_id} was superseded by "
                f"{assessment.superseded_by_id}: apply the latest revision"
            )
        applied = session.execute(
            sa.select(col(RegistryRevision.revision)).where(
                col(RegistryRevision.assessment_id) == assessment_id
            )
        ).scalar_one_or_none()
        if applied is not None:
            raise InvalidInput(
                f"membership review {assessment_id} was already applied (registry revision "
                f"{applied})"
            )
        decision = session.execute(
            sa.select(Decision).where(col(Decision.assessment_id) == assessment_id)
        ).scalar_one()
        code = (iso or reviewed_state(session, assessment.title) or "").strip().upper()
        if not code:
            raise InvalidInput(
                f"which state does review {assessment_id} ({assessment.title!r}) concern? Its "
                "title names no single member: give the state's ISO code"
            )
        row = session.get(MemberState, code)
        if row is None:
            raise InvalidInput(
                f"{code} is not in the member registry: import it as a candidate first "
                "(main.py members import FILE)"
            )
        before = entry_of(row)
        after = _entry_after(before, assessment, decision)
        values = {k: v for k, v in after.__dict__.items() if k != "iso"}
        session.execute(sa.update(MemberState).where(col(MemberState.iso) == code).values(**values))
        info = record_revision(
            session,
            actor=actor,
            action="members.review",
            registry_version=None,
            changes=[(before, after)],
            assessment_id=assessment_id,
            summary=f"{code}: {before.standing} → {after.standing} by membership review "
            f"{assessment_id} ({DECISION_WORDS[decision.decision]})",
        )
        append_entry(
            session,
            actor=actor,
            action="members.review",
            entity_type="member_registry",
            entity_id=code,
            payload={
                **revision_payload(info),
                "iso": code,
                "assessment_id": assessment_id,
                "decision_id": decision.id,
                "decision": decision.decision,
                "standing_before": before.standing,
                "standing_after": after.standing,
            },
        )
    return info, before, after


def _entry_after(
    before: RegistryEntry, assessment: Assessment, decision: Decision
) -> RegistryEntry:
    words = DECISION_WORDS[decision.decision]
    day = decision.decided_at.date().isoformat()
    note = f"Membership review {assessment.id} ({assessment.title}), {words} on {day}"
    note += f" by {decision.decided_by}" + (
        f": {decision.justification}" if decision.justification else "."
    )
    return replace(
        before,
        standing=standing_after(decision.decision, before.standing),
        review_reference=f"membership review {assessment.id}"[:200],
        reviewed_on=day,
        borderline=decision.decision == "approve_with_conditions",
        note=note[:2000],
    )


def applicable_reviews(db: Database) -> list[tuple[str, str, str]]:
    """Decided membership reviews not yet applied: (assessment id, title, decision)."""
    with db.session() as session:
        applied = sa.select(col(RegistryRevision.assessment_id)).where(
            col(RegistryRevision.assessment_id).is_not(None)
        )
        rows = session.execute(
            sa.select(col(Assessment.id), col(Assessment.title), col(Decision.decision))
            .join(Decision, col(Decision.assessment_id) == col(Assessment.id))
            .where(
                col(Assessment.playbook_id) == REVIEW_PLAYBOOK_ID,
                col(Assessment.status) == "decided",
                col(Decision.decision) != "defer",
                col(Assessment.id).not_in(applied),
            )
            .order_by(col(Decision.decided_at).desc())
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]
