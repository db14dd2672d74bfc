"""Read-side snapshots of the record, and the canonical hash of a frozen record.

Callers never get table rows: they get these frozen dataclasses, loaded in one read transaction,
so what a screen or memo shows cannot change underneath it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.canonical import content_hash, iso_utc
from models.condition_records import ConditionRecord, decision_conditions_content, load_conditions
from models.db import Database
from models.errors import NotFound
from models.option_records import (
    DecisionOptionsRecord,
    OptionRecord,
    decision_options_content,
    load_decision_options,
    load_options,
    options_content,
)
from models.tables import (
    Answer,
    Assessment,
    Decision,
    Dissent,
    EvidenceItem,
    MemberPosition,
    Memo,
    MemoSignature,
)
from playbooks.model import AnswerQualifier

# --- inputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceInput:
    """One evidence item as an official enters it (Admiralty grade: reliability A–F,
    credibility 1–6; F and 6 mean "cannot be judged")."""

    summary: str
    source: str = ""
    reliability: str = "F"
    credibility: int = 6


@dataclass(frozen=True)
class SignatureInput:
    field: str  # "drafting_official" | "minister"
    signer: str
    cert_fingerprint: str  # SHA-256 hex of the signer's certificate
    claimed_time: datetime | None = None


# --- snapshots --------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceRecord:
    position: int
    summary: str
    source: str
    reliability: str
    credibility: int


@dataclass(frozen=True)
class AnswerRecord:
    question_id: str
    value: Any  # None while only a rationale or evidence is written
    rationale: str
    confidence: str | None
    evidence: tuple[EvidenceRecord, ...]
    answered_at: datetime
    answered_by: str


@dataclass(frozen=True)
class DissentRecord:
    id: str
    reviewer: str
    text: str
    recorded_at: datetime


@dataclass(frozen=True)
class DecisionRecord:
    id: str
    decision: str
    decided_by: str
    decided_at: datetime
    justification: str
    verdict: str
    evaluation: dict[str, Any]  # snapshot of playbooks.model.Evaluation as JSON
    playbook_hash: str
    record_hash: str
    departs_from_verdict: bool
    dissents: tuple[DissentRecord, ...] = ()
    # The member registry revision it was judged against (None: decided before revisions).
    registry_revision: int | None = None
    registry_hash: str | None = None
    # Structured conditions of an approval, with their reviews (none before migration 0004).
    conditions: tuple[ConditionRecord, ...] = ()
    # SHA-256 of the decider's certificate ("" : named by name only, as before migration 0006).
    decided_by_certificate: str = ""
    decided_by_subject: str = ""  # that certificate's subject (RFC 4514)
    # On a case with options: the option chosen, the best-judged one, every option as judged.
    options: DecisionOptionsRecord | None = None


@dataclass(frozen=True)
class SignatureRecord:
    sequence: int
    field: str
    signer: str
    cert_fingerprint: str
    claimed_time: datetime | None


@dataclass(frozen=True)
class MemoRecord:
    id: str
    assessment_id: str
    decision_id: str
    reference: str
    stage: str
    sha256: str
    audit_head: str
    created_at: datetime
    created_by: str
    supersedes_memo_id: str | None
    signatures: tuple[SignatureRecord, ...]
    pdf: bytes | None = field(default=None, repr=False)  # only from get_memo

    @property
    def stored_pdf(self) -> bytes:
        """The PDF of a memo read with it (get_memo, memos_with_reference)."""
        if self.pdf is None:
            raise AssertionError(f"memo {self.reference} was read without its PDF")
        return self.pdf


@dataclass(frozen=True)
class RevisionRef:
    id: str
    revision: int
    status: str
    created_at: datetime


@dataclass(frozen=True)
class AssessmentRecord:
    id: str
    root_id: str
    revision: int
    supersedes_id: str | None
    superseded_by_id: str | None
    title: str
    proposed_action: str
    crisis: str
    classification: str
    playbook_id: str
    playbook_version: str
    playbook_hash: str
    status: str
    created_at: datetime
    updated_at: datetime
    created_by: str
    row_version: int
    answers: Mapping[str, AnswerRecord]
    decision: DecisionRecord | None
    memos: tuple[MemoRecord, ...]
    revisions: tuple[RevisionRef, ...]  # every revision of this assessment, oldest first
    # The courses of action it compares (none: a single proposed action; see models.options).
    options: tuple[OptionRecord, ...] = ()

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


def answer_values(record: AssessmentRecord) -> dict[str, Any]:
    """The answers as playbooks.evaluate.evaluate takes them (unanswered questions left out)."""
    return {qid: a.value for qid, a in record.answers.items() if a.value is not None}


def answer_qualifiers(record: AssessmentRecord) -> dict[str, AnswerQualifier]:
    """What qualifies each answer (confidence, rationale, evidence grades), for evaluation."""
    return {
        qid: AnswerQualifier(
            a.confidence, a.rationale, tuple((e.reliability, e.credibility) for e in a.evidence)
        )
        for qid, a in record.answers.items()
    }


# --- loading ----------------------------------------------------------------------------------


def load_assessment(db: Database, assessment_id: str) -> AssessmentRecord:
    with db.session(snapshot=True) as session:
        return load_in_session(session, assessment_id)


def load_in_session(session: Session, assessment_id: str) -> AssessmentRecord:
    row = session.get(Assessment, assessment_id)
    if row is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    revisions = session.execute(
        sa.select(col(Assessment.id), col(Assessment.revision), col(Assessment.status),
                  col(Assessment.created_at))
        .where(col(Assessment.root_id) == row.root_id)
        .order_by(col(Assessment.revision))
    ).all()
    return AssessmentRecord(
        id=row.id,
        root_id=row.root_id,
        revision=row.revision,
        supersedes_id=row.supersedes_id,
        superseded_by_id=row.superseded_by_id,
        title=row.title,
        proposed_action=row.proposed_action,
        crisis=row.crisis,
        classification=row.classification,
        playbook_id=row.playbook_id,
        playbook_version=row.playbook_version,
        playbook_hash=row.playbook_hash,
        status=row.status,
        created_at=row.created_at,
        updated_at=row.updated_at,
        created_by=row.created_by,
        row_version=row.row_version,
        answers=_load_answers(session, assessment_id),
        decision=_load_decision(session, assessment_id),
        memos=tuple(memo_records(session, assessment_id=assessment_id)),
        revisions=tuple(RevisionRef(*r) for r in revisions),
        options=load_options(session, assessment_id),
    )


def _load_answers(session: Session, assessment_id: str) -> dict[str, AnswerRecord]:
    answers = (
        session.execute(
            sa.select(Answer)
            .where(col(Answer.assessment_id) == assessment_id)
            .order_by(col(Answer.question_id))
        )
        .scalars()
        .all()
    )
    evidence: dict[str, list[EvidenceRecord]] = {a.id: [] for a in answers}
    if answers:
        rows = session.execute(
            sa.select(EvidenceItem)
            .join(Answer, col(Answer.id) == col(EvidenceItem.answer_id))
            .where(col(Answer.assessment_id) == assessment_id)
            .order_by(col(EvidenceItem.answer_id), col(EvidenceItem.position))
        ).scalars()
        for item in rows:
            evidence[item.answer_id].append(
                EvidenceRecord(
                    item.position, item.summary, item.source, item.reliability, item.credibility
                )
            )
    return {
        a.question_id: AnswerRecord(
            question_id=a.question_id,
            value=a.value,
            rationale=a.rationale,
            confidence=a.confidence,
            evidence=tuple(evidence[a.id]),
            answered_at=a.answered_at,
            answered_by=a.answered_by,
        )
        for a in answers
    }


def _load_decision(session: Session, assessment_id: str) -> DecisionRecord | None:
    row = session.execute(
        sa.select(Decision).where(col(Decision.assessment_id) == assessment_id)
    ).scalar_one_or_none()
    if row is None:
        return None
    dissents = session.execute(
        sa.select(Dissent)
        .where(col(Dissent.decision_id) == row.id)
        .order_by(col(Dissent.recorded_at), col(Dissent.id))
    ).scalars()
    return DecisionRecord(
        id=row.id,
        decision=row.decision,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        justification=row.justification,
        verdict=row.verdict,
        evaluation=row.evaluation,
        playbook_hash=row.playbook_hash,
        record_hash=row.record_hash,
        departs_from_verdict=row.departs_from_verdict,
        dissents=tuple(DissentRecord(d.id, d.reviewer, d.text, d.recorded_at) for d in dissents),
        registry_revision=row.registry_revision,
        registry_hash=row.registry_hash,
        conditions=load_conditions(session, row.id),
        decided_by_certificate=row.decided_by_certificate or "",
        decided_by_subject=row.decided_by_subject or "",
        options=load_decision_options(session, row.id),
    )


def memo_records(
    session: Session,
    *,
    assessment_id: str | None = None,
    memo_ids: Sequence[str] = (),
    with_pdf: bool = False,
) -> list[MemoRecord]:
    """Memos of one assessment (oldest first) or the given memo ids."""
    table = sa.inspect(Memo).local_table  # the mapped table (SQLModel gives no typed __table__)
    columns = [c for c in table.columns if with_pdf or c.name != "pdf"]
    query = sa.select(*columns).order_by(col(Memo.created_at), col(Memo.id))
    if assessment_id is not None:
        query = query.where(col(Memo.assessment_id) == assessment_id)
    else:
        query = query.where(col(Memo.id).in_(list(memo_ids)))
    memos = session.execute(query).mappings().all()
    signatures: dict[str, list[SignatureRecord]] = {m["id"]: [] for m in memos}
    if memos:
        rows = session.execute(
            sa.select(MemoSignature)
            .where(col(MemoSignature.memo_id).in_(list(signatures)))
            .order_by(col(MemoSignature.memo_id), col(MemoSignature.sequence))
        ).scalars()
        for s in rows:
            signatures[s.memo_id].append(
                SignatureRecord(s.sequence, s.field, s.signer, s.cert_fingerprint, s.claimed_time)
            )
    return [
        MemoRecord(
            id=m["id"],
            assessment_id=m["assessment_id"],
            decision_id=m["decision_id"],
            reference=m["reference"],
            stage=m["stage"],
            sha256=m["sha256"],
            audit_head=m["audit_head"],
            created_at=m["created_at"],
            created_by=m["created_by"],
            supersedes_memo_id=m["supersedes_memo_id"],
            signatures=tuple(signatures[m["id"]]),
            pdf=m["pdf"] if with_pdf else None,
        )
        for m in memos
    ]


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
    return record_content_of(row, _load_answers(session, assessment_id), positions,
                             load_options(session, assessment_id), decision)


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
