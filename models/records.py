"""Read-side snapshots of the record, and the canonical hash of a frozen record.

Callers never get table rows: they get these frozen dataclasses, loaded in one read transaction,
so what a screen or memo shows cannot change underneath it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.canonical import content_hash, iso_utc
from models.condition_records import decision_conditions_content
from models.db import Database
from models.errors import NotFound
from models.option_records import (
    decision_options_content,
    load_decision_options,
    load_options,
    options_content,
)
from models.record_reads import read_answers, read_assessment, read_memos, session_reader
from models.record_snapshots import AnswerRecord as AnswerRecord
from models.record_snapshots import AssessmentRecord as AssessmentRecord
from models.record_snapshots import DecisionOptionsRecord, OptionRecord
from models.record_snapshots import DecisionRecord as DecisionRecord
from models.record_snapshots import DissentRecord as DissentRecord
from models.record_snapshots import EvidenceInput as EvidenceInput
from models.record_snapshots import EvidenceRecord as EvidenceRecord
from models.record_snapshots import MemoRecord as MemoRecord
from models.record_snapshots import RevisionRef as RevisionRef
from models.record_snapshots import SignatureInput as SignatureInput
from models.record_snapshots import SignatureRecord as SignatureRecord
from models.record_snapshots import answer_qualifiers as answer_qualifiers
from models.record_snapshots import answer_values as answer_values
from models.tables import Assessment, Decision, MemberPosition

# --- loading ----------------------------------------------------------------------------------


def load_assessment(db: Database, assessment_id: str) -> AssessmentRecord:
    with db.session(snapshot=True) as session:
        return load_in_session(session, assessment_id)


def load_in_session(session: Session, assessment_id: str) -> AssessmentRecord:
    with session_reader(session) as reader:
        return read_assessment(reader, assessment_id)


def memo_records(
    session: Session,
    *,
    assessment_id: str | None = None,
    memo_ids: Sequence[str] = (),
    with_pdf: bool = False,
) -> list[MemoRecord]:
    """Memos of one assessment (oldest first) or the given memo ids."""
    with session_reader(session) as reader:
        return read_memos(reader, assessment_id=assessment_id, memo_ids=memo_ids,
                          with_pdf=with_pdf)  # fmt: skip


# --- the frozen record and its hash -----------------------------------------------------------


def decision_content(
    *,
    decision_id: str,
    decision: str,
    decided_by: str,
    decided_at: datetime,
    justification: str,
    verdict: str,
    evaluation: dict[str, Any],
    playbook_hash: str,
    departs_from_verdict: bool,
    registry_revision: int | None = None,
    registry_hash: str | None = None,
    conditions: list[dict[str, Any]] | None = None,
    decided_by_certificate: str | None = None,
    decided_by_subject: str | None = None,
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    content = {
        "id": decision_id,
        "decision": decision,
        "decided_by": decided_by,
        "decided_at": iso_utc(decided_at),
        "justification": justification,
        "verdict": verdict,
        "evaluation": evaluation,
        "playbook_hash": playbook_hash,
        "departs_from_verdict": departs_from_verdict,
    }
    # Only when recorded: a decision from before registry revisions keeps the content, and so
    # the hash, it was frozen with.
    if registry_revision is not None:
        content["registry"] = {"revision": registry_revision, "content_hash": registry_hash}
    # Likewise only when there are any: a decision without structured conditions hashes as
    # it did before they existed.
    if conditions:
        content["conditions"] = conditions
    # And only when the decider was named by certificate (migration 0006).
    if decided_by_certificate:
        content["decided_by_certificate"] = {"sha256": decided_by_certificate,
                                             "subject": decided_by_subject}
    # And the options side only on a case with options.
    if options is not None:
        content["options"] = options
    return content


def record_content(
    session: Session, assessment_id: str, decision: dict[str, Any] | None
) -> dict[str, Any]:
    """Everything a decision freezes, as canonical JSON-ready data.

    Leaves out what legitimately changes after the decision: status, superseded_by_id,
    row_version and updated_at (set by the decision itself).
    """
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    positions = session.execute(
        sa.select(col(MemberPosition.question_id), col(MemberPosition.member_iso),
                  col(MemberPosition.position))
        .where(col(MemberPosition.assessment_id) == assessment_id)
        .order_by(col(MemberPosition.question_id), col(MemberPosition.member_iso))
    ).all()
    with session_reader(session) as reader:
        answers = read_answers(reader, assessment_id)
    return record_content_of(row, answers, positions, load_options(session, assessment_id),
                             decision)  # fmt: skip


def record_content_of(
    row: Any,
    answers: Mapping[str, AnswerRecord],
    positions: Sequence[Sequence[Any]],
    options: tuple[OptionRecord, ...],
    decision: dict[str, Any] | None,
) -> dict[str, Any]:
    """`record_content` from rows already read: the assessment (any object with its columns),
    its answers by question id (in question id order), its member positions as (question id,
    member ISO, position) in that order, and its options (models.record_hashes reads these
    for many cases at once)."""
    content: dict[str, Any] = {
        "assessment": {
            "id": row.id,
            "root_id": row.root_id,
            "revision": row.revision,
            "supersedes_id": row.supersedes_id,
            "title": row.title,
            "proposed_action": row.proposed_action,
            "crisis": row.crisis,
            "classification": row.classification,
            "playbook_id": row.playbook_id,
            "playbook_version": row.playbook_version,
            "playbook_hash": row.playbook_hash,
            "created_at": iso_utc(row.created_at),
            "created_by": row.created_by,
        },
        "answers": [
            {
                "question_id": a.question_id,
                "value": a.value,
                "rationale": a.rationale,
                "confidence": a.confidence,
                "answered_at": iso_utc(a.answered_at),
                "answered_by": a.answered_by,
                "evidence": [
                    {
                        "position": e.position,
                        "summary": e.summary,
                        "source": e.source,
                        "reliability": e.reliability,
                        "credibility": e.credibility,
                    }
                    for e in a.evidence
                ],
            }
            for a in answers.values()
        ],
        "member_positions": [list(p) for p in positions],
        "decision": decision,
    }
    # Only on a case with options: a single-action record hashes as it did before them.
    if options:
        content["options"] = options_content(options)
    return content


def frozen_record_hash(session: Session, assessment_id: str) -> str | None:
    """The record hash recomputed from the rows as they are now (None: no such assessment or
    no decision). Compared with what the decision and its audit entry recorded."""
    if session.get(Assessment, assessment_id) is None:
        return None
    row = session.execute(
        sa.select(Decision).where(col(Decision.assessment_id) == assessment_id)
    ).scalar_one_or_none()
    if row is None:
        return None
    decision = frozen_decision_content(
        row, decision_conditions_content(session, row.id), load_decision_options(session, row.id)
    )
    return content_hash(record_content(session, assessment_id, decision))


def frozen_decision_content(
    row: Any, conditions: list[dict[str, Any]], options: DecisionOptionsRecord | None
) -> dict[str, Any]:
    """A stored decision's content as its record hash covers it, from its row (any object with
    the decision's columns), its conditions' content and its options side."""
    return decision_content(
        decision_id=row.id,
        decision=row.decision,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        justification=row.justification,
        verdict=row.verdict,
        evaluation=row.evaluation,
        playbook_hash=row.playbook_hash,
        departs_from_verdict=row.departs_from_verdict,
        registry_revision=row.registry_revision,
        registry_hash=row.registry_hash,
        conditions=conditions,
        decided_by_certificate=row.decided_by_certificate,
        decided_by_subject=row.decided_by_subject,
        options=decision_options_content(options),
    )
