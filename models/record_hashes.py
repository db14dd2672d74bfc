"""The record hashes of many decided assessments at once, recomputed from their rows as they
are now: what models.records.frozen_record_hash gives for each, with every table read once per
BATCH assessments instead of some ten queries per assessment (a bundle import checks each
imported decision's hash before commit: one by one, a fifth of the import's time).

The content is built by the same functions as the single hash (models.records.record_content_of
and frozen_decision_content), from rows read the same way and in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.canonical import content_hash
from models.condition_records import condition_content
from models.option_records import DecisionOptionsRecord, OptionAnswerRecord, OptionRecord
from models.records import (
    AnswerRecord,
    EvidenceRecord,
    frozen_decision_content,
    record_content_of,
)
from models.tables import (
    Answer,
    Assessment,
    CaseOption,
    Decision,
    DecisionCondition,
    DecisionOption,
    EvidenceItem,
    MemberPosition,
    OptionAnswer,
)

BATCH = 500  # assessments per round (bound parameters stay well under every driver's limit)


def _table(model: Any) -> sa.Table:
    return model.__table__  # type: ignore[no-any-return]


def frozen_record_hashes(session: Session, assessment_ids: Sequence[str]) -> dict[str, str | None]:
    """Each assessment's record hash as frozen_record_hash computes it (None: no such
    assessment, or no decision)."""
    session.flush()
    ids = list(dict.fromkeys(assessment_ids))
    hashes: dict[str, str | None] = dict.fromkeys(ids)
    for start in range(0, len(ids), BATCH):
        hashes.update(_hashes(session, ids[start:start + BATCH]))
    return hashes


def _hashes(session: Session, ids: list[str]) -> dict[str, str]:
    a, d = _table(Assessment), _table(Decision)
    assessments = {r.id: r for r in session.execute(sa.select(a).where(a.c.id.in_(ids)))}
    decisions = {r.assessment_id: r for r in session.execute(
        sa.select(d).where(d.c.assessment_id.in_(list(assessments))))}  # fmt: skip
    decided = list(decisions)
    if not decided:
        return {}
    decision_ids = [r.id for r in decisions.values()]
    conditions = _conditions(session, decision_ids)
    decision_options = _decision_options(session, decision_ids)
    answers = _answers(session, decided)
    positions = _positions(session, decided)
    options = _options(session, decided)
    hashes = {}
    for assessment_id, row in decisions.items():
        decision = frozen_decision_content(
            row, conditions.get(row.id, []), decision_options.get(row.id))
        hashes[assessment_id] = content_hash(record_content_of(
            assessments[assessment_id], answers.get(assessment_id, {}),
            positions.get(assessment_id, []), options.get(assessment_id, ()), decision))
    return hashes


def _conditions(session: Session, decision_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for c in session.execute(
        sa.select(DecisionCondition).where(col(DecisionCondition.decision_id).in_(decision_ids))
        .order_by(col(DecisionCondition.decision_id), col(DecisionCondition.position))
    ).scalars():  # fmt: skip
        found.setdefault(c.decision_id, []).append(condition_content(c, c.position))
    return found


def _decision_options(session: Session,
                      decision_ids: list[str]) -> dict[str, DecisionOptionsRecord]:
    t = _table(DecisionOption)
    return {r.decision_id: DecisionOptionsRecord(
        r.chosen_option, r.best_option, r.departs_from_best_option, tuple(r.options))
        for r in session.execute(sa.select(t).where(t.c.decision_id.in_(decision_ids)))}


def _answers(session: Session, ids: list[str]) -> dict[str, dict[str, AnswerRecord]]:
    """By assessment, its answers by question id in question id order (as
    models.records._load_answers reads them)."""
    answer, item = _table(Answer), _table(EvidenceItem)
    rows = session.execute(sa.select(answer).where(answer.c.assessment_id.in_(ids))
                           .order_by(answer.c.assessment_id, answer.c.question_id)).all()
    evidence: dict[str, list[EvidenceRecord]] = {r.id: [] for r in rows}
    for e in session.execute(
        sa.select(item).join(answer, answer.c.id == item.c.answer_id)
        .where(answer.c.assessment_id.in_(ids))
        .order_by(item.c.answer_id, item.c.position)
    ):  # fmt: skip
        evidence[e.answer_id].append(
            EvidenceRecord(e.position, e.summary, e.source, e.reliability, e.credibility))
    found: dict[str, dict[str, AnswerRecord]] = {}
    for r in rows:
        found.setdefault(r.assessment_id, {})[r.question_id] = AnswerRecord(
            question_id=r.question_id, value=r.value, rationale=r.rationale,
            confidence=r.confidence, evidence=tuple(evidence[r.id]),
            answered_at=r.answered_at, answered_by=r.answered_by)
    return found


def _positions(session: Session, ids: list[str]) -> dict[str, list[tuple[Any, ...]]]:
    t = _table(MemberPosition)
    found: dict[str, list[tuple[Any, ...]]] = {}
    for assessment_id, question_id, iso, position in session.execute(
        sa.select(t.c.assessment_id, t.c.question_id, t.c.member_iso, t.c.position)
        .where(t.c.assessment_id.in_(ids))
        .order_by(t.c.assessment_id, t.c.question_id, t.c.member_iso)
    ):  # fmt: skip
        found.setdefault(assessment_id, []).append((question_id, iso, position))
    return found


def _options(session: Session, ids: list[str]) -> dict[str, tuple[OptionRecord, ...]]:
    """By assessment, its options in position order (as models.option_records.load_options)."""
    option, answer = _table(CaseOption), _table(OptionAnswer)
    rows = session.execute(sa.select(option).where(option.c.assessment_id.in_(ids))
                           .order_by(option.c.assessment_id, option.c.position)).all()
    if not rows:
        return {}
    answers: dict[str, dict[str, OptionAnswerRecord]] = {r.id: {} for r in rows}
    for a in session.execute(sa.select(answer).where(answer.c.assessment_id.in_(ids))
                             .order_by(answer.c.option_id, answer.c.question_id)):
        answers[a.option_id][a.question_id] = OptionAnswerRecord(
            a.question_id, a.value, a.rationale, a.confidence, a.answered_at, a.answered_by)
    found: dict[str, list[OptionRecord]] = {}
    for r in rows:
        found.setdefault(r.assessment_id, []).append(
            OptionRecord(r.id, r.position, r.name, r.title, r.description, answers[r.id]))
    return {assessment_id: tuple(options) for assessment_id, options in found.items()}
