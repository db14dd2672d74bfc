"""An assessment read from its tables: the statements, and the values models.tables' column
types give, spelt out for the database's own driver.

One way to read a record, used twice:
- models.records (and its companions for conditions, options and memos) runs these statements
  on the session's own connection, inside its transaction (`session_reader`);
- models.assessment_ahead runs them on a plain connection before SQLAlchemy is loaded, so the
  desktop can show an assessment opened while the record is still opening.
So a record read ahead is, field for field, the record models.records gives
(tests/models/test_assessment_ahead.py compares them on every assessment of a record).

Statements name their parameters `:name` (SQLite's style); `Reader` turns them into psycopg's
for PostgreSQL. No SQLAlchemy here: importing it is most of a second at start-up.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from models.errors import NotFound
from models.plain_reader import Reader, utc
from models.record_snapshots import (
    AnswerRecord,
    AssessmentRecord,
    ConditionRecord,
    ConditionReviewRecord,
    DecisionOptionsRecord,
    DecisionRecord,
    DissentRecord,
    EvidenceRecord,
    MemoRecord,
    OptionAnswerRecord,
    OptionRecord,
    RevisionRef,
    SignatureRecord,
)
from playbooks.loader import KeptPlaybook
from playbooks.model import MemberInfo

if TYPE_CHECKING:
    from sqlmodel import Session

ASSESSMENT = (
    "SELECT id, root_id, revision, supersedes_id, superseded_by_id, title, proposed_action, "
    "crisis, classification, playbook_id, playbook_version, playbook_hash, status, created_at, "
    "updated_at, created_by, row_version FROM assessment WHERE id = :assessment_id"
)
REVISIONS = (
    "SELECT id, revision, status, created_at FROM assessment WHERE root_id = :root_id "
    "ORDER BY revision"
)
ANSWERS = (
    "SELECT id, question_id, value, rationale, confidence, answered_at, answered_by "
    "FROM answer WHERE assessment_id = :assessment_id ORDER BY question_id"
)
EVIDENCE = (
    "SELECT e.answer_id, e.position, e.summary, e.source, e.reliability, e.credibility "
    "FROM evidence_item e JOIN answer a ON a.id = e.answer_id "
    "WHERE a.assessment_id = :assessment_id ORDER BY e.answer_id, e.position"
)
DECISION = (
    "SELECT id, decision, decided_by, decided_at, justification, verdict, evaluation, "
    "playbook_hash, record_hash, departs_from_verdict, registry_revision, registry_hash, "
    "decided_by_certificate, decided_by_subject FROM decision "
    "WHERE assessment_id = :assessment_id"
)
DISSENTS = (
    "SELECT id, reviewer, text, recorded_at FROM dissent WHERE decision_id = :decision_id "
    "ORDER BY recorded_at, id"
)
CONDITIONS = (
    "SELECT id, position, requirement, owner, how_checked, review_on, tripwire "
    "FROM decision_condition WHERE decision_id = :decision_id ORDER BY position"
)
REVIEWS = (
    "SELECT r.condition_id, r.id, r.outcome, r.note, r.tripwire_breached, r.next_review_on, "
    "r.reviewed_by, r.reviewed_at, r.revision_id FROM condition_review r "
    "JOIN decision_condition c ON c.id = r.condition_id WHERE c.decision_id = :decision_id "
    "ORDER BY r.reviewed_at, r.id"
)
DECISION_OPTIONS = (
    "SELECT chosen_option, best_option, departs_from_best_option, options "
    "FROM decision_option WHERE decision_id = :decision_id"
)
OPTIONS = (
    "SELECT id, position, name, title, description FROM case_option "
    "WHERE assessment_id = :assessment_id ORDER BY position"
)
OPTION_ANSWERS = (
    "SELECT option_id, question_id, value, rationale, confidence, answered_at, answered_by "
    "FROM option_answer WHERE assessment_id = :assessment_id ORDER BY option_id, question_id"
)
MEMO_COLUMNS = (
    "id, assessment_id, decision_id, reference, stage, sha256, audit_head, created_at, "
    "created_by, supersedes_memo_id"
)
SIGNATURES = (
    "SELECT memo_id, sequence, field, signer, cert_fingerprint, claimed_time "
    "FROM memo_signature WHERE {memo_ids} ORDER BY memo_id, sequence"
)
MEMBERS = "SELECT iso, name, population, standing FROM member_state ORDER BY iso"
KEPT_PLAYBOOKS = (
    "SELECT playbook_id, version, sha256 FROM playbook_file ORDER BY stored_at, sha256"
)


def _utc_or_none(value: datetime | str | None) -> datetime | None:
    return None if value is None else utc(value)


def _date(value: date | str | None) -> date | None:
    """A Date column: SQLite keeps ISO text."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _bool(value: Any) -> bool:
    """A Boolean column: SQLite keeps 0 or 1."""
    return bool(value)


def read_assessment(reader: Reader, assessment_id: str) -> AssessmentRecord:
    """The assessment with everything models.records.AssessmentRecord holds; NotFound when no
    assessment has this id (or the reader may not see it)."""
    found = reader.rows(ASSESSMENT, {"assessment_id": assessment_id})
    if not found:
        raise NotFound(f"no assessment with id {assessment_id}")
    (id_, root_id, revision, supersedes_id, superseded_by_id, title, proposed_action, crisis,
     classification, playbook_id, playbook_version, playbook_hash, status, created_at,
     updated_at, created_by, row_version) = found[0]  # fmt: skip
    revisions = reader.rows(REVISIONS, {"root_id": root_id})
    return AssessmentRecord(
        id=id_,
        root_id=root_id,
        revision=revision,
        supersedes_id=supersedes_id,
        superseded_by_id=superseded_by_id,
        title=title,
        proposed_action=proposed_action,
        crisis=crisis,
        classification=classification,
        playbook_id=playbook_id,
        playbook_version=playbook_version,
        playbook_hash=playbook_hash,
        status=status,
        created_at=utc(created_at),
        updated_at=utc(updated_at),
        created_by=created_by,
        row_version=row_version,
        answers=read_answers(reader, assessment_id),
        decision=read_decision(reader, assessment_id),
        memos=tuple(read_memos(reader, assessment_id=assessment_id)),
        revisions=tuple(RevisionRef(r[0], r[1], r[2], utc(r[3])) for r in revisions),
        options=read_options(reader, assessment_id),
    )


def read_answers(reader: Reader, assessment_id: str) -> dict[str, AnswerRecord]:
    answers = reader.rows(ANSWERS, {"assessment_id": assessment_id})
    evidence: dict[str, list[EvidenceRecord]] = {a[0]: [] for a in answers}
    if answers:
        for answer_id, *item in reader.rows(EVIDENCE, {"assessment_id": assessment_id}):
            evidence[answer_id].append(EvidenceRecord(*item))
    return {
        question_id: AnswerRecord(
            question_id=question_id,
            value=reader.json(value),
            rationale=rationale,
            confidence=confidence,
            evidence=tuple(evidence[answer_id]),
            answered_at=utc(answered_at),
            answered_by=answered_by,
        )
        for (answer_id, question_id, value, rationale, confidence, answered_at, answered_by)
        in answers
    }


def read_decision(reader: Reader, assessment_id: str) -> DecisionRecord | None:
    found = reader.rows(DECISION, {"assessment_id": assessment_id})
    if not found:
        return None
    (id_, decision, decided_by, decided_at, justification, verdict, evaluation, playbook_hash,
     record_hash, departs, registry_revision, registry_hash, certificate,
     subject) = found[0]  # fmt: skip
    dissents = reader.rows(DISSENTS, {"decision_id": id_})
    return DecisionRecord(
        id=id_,
        decision=decision,
        decided_by=decided_by,
        decided_at=utc(decided_at),
        justification=justification,
        verdict=verdict,
        evaluation=reader.json(evaluation),
        playbook_hash=playbook_hash,
        record_hash=record_hash,
        departs_from_verdict=_bool(departs),
        dissents=tuple(DissentRecord(d[0], d[1], d[2], utc(d[3])) for d in dissents),
        registry_revision=registry_revision,
        registry_hash=registry_hash,
        conditions=read_conditions(reader, id_),
        decided_by_certificate=certificate or "",
        decided_by_subject=subject or "",
        options=read_decision_options(reader, id_),
    )


def read_conditions(reader: Reader, decision_id: str) -> tuple[ConditionRecord, ...]:
    conditions = reader.rows(CONDITIONS, {"decision_id": decision_id})
    reviews: dict[str, list[ConditionReviewRecord]] = {c[0]: [] for c in conditions}
    if conditions:
        found = reader.rows(REVIEWS, {"decision_id": decision_id})
        for (condition_id, id_, outcome, note, breached, next_review_on, reviewed_by,
             reviewed_at, revision_id) in found:  # fmt: skip
            reviews[condition_id].append(ConditionReviewRecord(
                id_, outcome, note, _bool(breached), _date(next_review_on), reviewed_by,
                utc(reviewed_at), revision_id,
            ))  # fmt: skip
    records = []
    for id_, position, requirement, owner, how_checked, review_on, tripwire in conditions:
        first_review = _date(review_on)
        assert first_review is not None  # NOT NULL
        records.append(ConditionRecord(id_, position, requirement, owner, how_checked,
                                       first_review, tripwire, tuple(reviews[id_])))
    return tuple(records)


def read_decision_options(reader: Reader, decision_id: str) -> DecisionOptionsRecord | None:
    found = reader.rows(DECISION_OPTIONS, {"decision_id": decision_id})
    if not found:
        return None
    chosen, best, departs, options = found[0]
    return DecisionOptionsRecord(chosen, best, _bool(departs), tuple(reader.json(options)))


def read_options(reader: Reader, assessment_id: str) -> tuple[OptionRecord, ...]:
    options = reader.rows(OPTIONS, {"assessment_id": assessment_id})
    if not options:
        return ()
    answers: dict[str, dict[str, OptionAnswerRecord]] = {o[0]: {} for o in options}
    for (option_id, question_id, value, rationale, confidence, answered_at,
         answered_by) in reader.rows(OPTION_ANSWERS, {"assessment_id": assessment_id}):  # fmt: skip
        answers[option_id][question_id] = OptionAnswerRecord(
            question_id, reader.json(value), rationale, confidence, utc(answered_at), answered_by
        )
    return tuple(OptionRecord(o[0], o[1], o[2], o[3], o[4], answers[o[0]]) for o in options)


def read_memos(
    reader: Reader,
    *,
    assessment_id: str | None = None,
    memo_ids: Sequence[str] = (),
    with_pdf: bool = False,
) -> list[MemoRecord]:
    """Memos of one assessment (oldest first) or the given memo ids."""
    columns = MEMO_COLUMNS + (", pdf" if with_pdf else "")
    if assessment_id is not None:
        where, params = "assessment_id = :assessment_id", {"assessment_id": assessment_id}
    else:
        where, params = _in_list("id", list(memo_ids))
    memos = reader.rows(f"SELECT {columns} FROM memo WHERE {where} ORDER BY created_at, id",
                        params)  # fmt: skip
    signatures: dict[str, list[SignatureRecord]] = {m[0]: [] for m in memos}
    if memos:
        where, params = _in_list("memo_id", list(signatures))
        for memo_id, *signature in reader.rows(SIGNATURES.format(memo_ids=where), params):
            sequence, field, signer, fingerprint, claimed_time = signature
            signatures[memo_id].append(SignatureRecord(sequence, field, signer, fingerprint,
                                                       _utc_or_none(claimed_time)))
    return [
        MemoRecord(
            id=m[0],
            assessment_id=m[1],
            decision_id=m[2],
            reference=m[3],
            stage=m[4],
            sha256=m[5],
            audit_head=m[6],
            created_at=utc(m[7]),
            created_by=m[8],
            supersedes_memo_id=m[9],
            signatures=tuple(signatures[m[0]]),
            pdf=bytes(m[10]) if with_pdf else None,
        )
        for m in memos
    ]


def read_members(reader: Reader) -> list[MemberInfo]:
    """The member registry as evaluation sees it, by ISO code."""
    return [MemberInfo(*row) for row in reader.rows(MEMBERS, {})]


def read_kept_playbooks(reader: Reader) -> list[KeptPlaybook]:
    """The playbook files the record keeps, oldest first (without their bytes)."""
    return [KeptPlaybook(*row) for row in reader.rows(KEPT_PLAYBOOKS, {})]


def _in_list(column: str, values: list[str]) -> tuple[str, dict[str, Any]]:
    """`column IN (:v0, :v1, …)` and its parameters (an empty list matches nothing)."""
    if not values:
        return "1 = 0", {}
    names = [f"v{n}" for n in range(len(values))]
    return (f"{column} IN ({', '.join(':' + n for n in names)})",
            dict(zip(names, values, strict=True)))  # fmt: skip


@contextmanager
def session_reader(session: Session) -> Iterator[Reader]:
    """A Reader on the session's own connection, inside its transaction (what the session
    holds unwritten is flushed first, as its own queries would)."""
    session.flush()
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        yield Reader(cursor, connection.dialect.name)
    finally:
        cursor.close()
