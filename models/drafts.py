"""Drafts: creating an assessment, changing its details, saving answers one by one.

Each function is one transaction with its audit entry and search refresh. Optimistic
concurrency: pass the `row_version` you loaded as `expected_row_version`; if the draft changed
elsewhere meanwhile, ConcurrentEdit asks you to reload. Only drafts change: a decided record is
frozen (and the database's triggers refuse changes from any program).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import content_hash
from models.db import Database
from models.errors import ConcurrentEdit, InvalidInput, NotFound, RecordFrozen
from models.judgement import require_playbook
from models.playbook_store import keep_playbook
from models.records import EvidenceInput
from models.row_rewrites import bump_assessment, drop_answer
from models.search import reindex_assessment
from models.tables import (
    Answer,
    Assessment,
    EvidenceItem,
    MemberPosition,
    MemberState,
    new_id,
    utc_now,
)
from playbooks.model import Playbook, QuestionKind


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Any = _Unchanged()


def create_assessment(
    db: Database,
    playbook: Playbook,
    *,
    title: str,
    proposed_action: str = "",
    crisis: str = "",
    classification: str = "UNCLASSIFIED",
    actor: str,
) -> str:
    row = Assessment(
        id=new_id(),
        root_id="",
        title=check.title(title),
        proposed_action=check.text("proposed action", proposed_action),
        crisis=check.text("crisis", crisis),
        classification=check.classification(classification),
        playbook_id=playbook.id,
        playbook_version=playbook.version,
        playbook_hash=playbook.content_hash,
        created_by=check.name("actor", actor),
    )
    row.root_id = row.id
    row.updated_at = row.created_at
    with db.write_session() as session:
        keep_playbook(session, playbook, row.created_by)
        session.execute(sa.insert(Assessment).values(**row.model_dump()))
        reindex_assessment(session, row.id)
        append_entry(
            session,
            actor=row.created_by,
            action="assessment.create",
            entity_type="assessment",
            entity_id=row.id,
            payload={
                "title": row.title,
                "playbook_id": playbook.id,
                "playbook_version": playbook.version,
                "playbook_hash": playbook.content_hash,
            },
        )
    return row.id


def draft_for_change(
    session: Session, assessment_id: str, expected_row_version: int | None
) -> Assessment:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    if row.status != "draft":
        raise RecordFrozen(
            f"assessment {assessment_id} is {row.status}: its record cannot change; "
            "revise it to make a new draft"
        )
    if expected_row_version is not None and row.row_version != expected_row_version:
        raise ConcurrentEdit(
            f"assessment {assessment_id} was changed elsewhere (version {row.row_version}, "
            f"you loaded {expected_row_version}); reload it and try again"
        )
    return row


def touch(session: Session, row: Assessment, now: datetime, **changes: Any) -> int:
    """Bump row_version (compare-and-set on the version read) and set updated_at."""
    read, bumped = row.row_version, row.row_version + 1
    if not bump_assessment(session, row.id, read, now, changes):
        raise ConcurrentEdit()
    return bumped


def update_details(
    db: Database,
    assessment_id: str,
    *,
    title: str = UNCHANGED,
    proposed_action: str = UNCHANGED,
    crisis: str = UNCHANGED,
    classification: str = UNCHANGED,
    actor: str,
    expected_row_version: int | None = None,
) -> int:
    """Change a draft's title, proposed action, crisis or classification; the new row_version."""
    changes: dict[str, str] = {}
    if title is not UNCHANGED:
        changes["title"] = check.title(title)
    if proposed_action is not UNCHANGED:
        changes["proposed_action"] = check.text("proposed action", proposed_action)
    if crisis is not UNCHANGED:
        changes["crisis"] = check.text("crisis", crisis)
    if classification is not UNCHANGED:
        changes["classification"] = check.classification(classification)
    actor = check.name("actor", actor)
    with db.write_session() as session:
        row = draft_for_change(session, assessment_id, expected_row_version)
        version = touch(session, row, utc_now(), **changes)
        reindex_assessment(session, assessment_id)
        append_entry(
            session,
            actor=actor,
            action="assessment.update_details",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "changes": content_hash(changes),
                "fields": sorted(changes),
                "row_version": version,
            },
        )
    return version


def _known_members(session: Session, isos: Sequence[str]) -> None:
    known = set(
        session.execute(sa.select(col(MemberState.iso)).where(col(MemberState.iso).in_(list(isos)))).scalars()
    )
    unknown = sorted(set(isos) - known)
    if unknown:
        raise InvalidInput(f"not in the member registry: {', '.join(unknown)}")


def save_answer(
    db: Database,
    assessment_id: str,
    question_id: str,
    value: Any,
    *,
    rationale: str = "",
    confidence: str | None = None,
    evidence: Sequence[EvidenceInput] = (),
    actor: str,
    playbook: Playbook,
    expected_row_version: int | None = None,
) -> int:
    """Save one answer as given (value None with no rationale, confidence or evidence clears
    it). Returns the assessment's new row_version."""
    question = check.question(playbook, question_id)
    value = check.answer_value(question, value)
    rationale = check.text(f"rationale of {question_id}", rationale)
    confidence = check.confidence(confidence)
    items = check.evidence(evidence)
    actor = check.name("actor", actor)
    clearing = value is None and not rationale.strip() and confidence is None and not items
    with db.write_session() as session:
        row = draft_for_change(session, assessment_id, expected_row_version)
        require_playbook(row, playbook)
        now = utc_now()
        drop_answer(session, assessment_id, question_id)
        answer_hash = None
        if not clearing:
            answer_hash = insert_answer(
                session, row.id, question_id, value, rationale, confidence, items, now, actor
            )
            if question.kind is QuestionKind.MEMBER_POSITIONS and value:
                _known_members(session, list(value))
                insert_member_positions(session, row.id, question_id, value)
        version = touch(session, row, now)
        reindex_assessment(session, assessment_id)
        append_entry(
            session,
            actor=actor,
            action="answer.clear" if clearing else "answer.save",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "question_id": question_id,
                "answer_hash": answer_hash,
                "row_version": version,
            },
        )
    return version


def insert_member_positions(
    session: Session, assessment_id: str, question_id: str, positions: dict[str, str]
) -> None:
    """Store a member-positions answer as one row per member, inside the caller's
    `db.write_session()` (search and the memo's authority table read these rows)."""
    session.execute(
        sa.insert(MemberPosition),
        [
            {
                "id": new_id(),
                "assessment_id": assessment_id,
                "question_id": question_id,
                "member_iso": iso,
                "position": position,
            }
            for iso, position in sorted(positions.items())
        ],
    )


def insert_answer(
    session: Session,
    assessment_id: str,
    question_id: str,
    value: Any,
    rationale: str,
    confidence: str | None,
    items: Sequence[EvidenceInput],
    answered_at: datetime,
    answered_by: str,
) -> str:
    """Store one answer and its evidence inside the caller's `db.write_session()`; returns the
    answer's content hash (the one audit entries record).

    The one way an answer row is written, shared by `save_answer` and the case-file import so
    both store exactly the same thing. It checks nothing and writes no audit entry or search
    text: the caller has validated the values (`models.validation`), holds the draft, and
    appends the audit entry in the same transaction.
    """
    answer_id = new_id()
    session.execute(
        sa.insert(Answer).values(
            id=answer_id,
            assessment_id=assessment_id,
            question_id=question_id,
            value=value,
            rationale=rationale,
            confidence=confidence,
            answered_at=answered_at,
            answered_by=answered_by,
        )
    )
    if items:
        session.execute(
            sa.insert(EvidenceItem),
            [
                {"id": new_id(), "answer_id": answer_id, "position": position, **asdict(item)}
                for position, item in enumerate(items, start=1)
            ],
        )
    return content_hash(
        {
            "value": value,
            "rationale": rationale,
            "confidence": confidence,
            "evidence": [asdict(item) for item in items],
        }
    )
