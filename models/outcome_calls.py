"""The likelihood calls of decided assessments, with when each is due to be judged and what
happened (issue 16): what `outcomes due` lists and what calibration scores. Reads only.

A call is a likelihood answer of a decided (or since superseded) assessment: a situation answer,
or on a case with options the chosen option's answer (the options not taken never happened).
Which questions are likelihoods is read from the playbook the assessment used (`playbooks`, by
the file's SHA-256: installed, or the record's kept copy); an assessment whose playbook cannot be
had is left out.

When a call resolves: the date set on the draft for it (models.outcomes.set_resolution_date),
else the decision day plus the question's `resolve_after_days`, else the playbook's
`settings.resolve_after_days`, else DEFAULT_RESOLVE_AFTER_DAYS. The decision resolves likewise
(question "" : the playbook's setting, else the default).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.db import Database
from models.tables import (
    Answer,
    Assessment,
    CaseOption,
    Decision,
    DecisionOption,
    OptionAnswer,
    Outcome,
    ResolutionDate,
    Retrospective,
)
from playbooks.model import LIKELIHOOD_TERMS, Playbook, QuestionKind

DEFAULT_RESOLVE_AFTER_DAYS = 365  # a year: most calls of a crisis decision are settled by then
DECISION = ""  # the question id under which the decision's own resolution date is kept

PlaybookLookup = Callable[[str], Playbook | None]  # by SHA-256 (PlaybookCatalog.by_hash)
_TERM_IDS = {term.id for term in LIKELIHOOD_TERMS}


def default_resolve_after_days(playbook: Playbook, question_id: str = DECISION) -> int:
    if question_id != DECISION:
        days = playbook.question(question_id).extra.get("resolve_after_days")
        if isinstance(days, int):
            return days
    days = playbook.settings.get("resolve_after_days")
    return days if isinstance(days, int) else DEFAULT_RESOLVE_AFTER_DAYS


def likelihood_questions(playbook: Playbook) -> list[str]:
    return [q.id for q in playbook.questions() if q.kind is QuestionKind.LIKELIHOOD]


@dataclass(frozen=True)
class OutcomeRecord:
    id: str
    question_id: str
    result: str  # occurred | not_occurred | cannot_tell
    note: str
    evidence: tuple[dict[str, Any], ...]
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class RetrospectiveRecord:
    id: str
    wrong: str
    again: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class LikelihoodCall:
    assessment_id: str
    title: str
    playbook_id: str
    question_id: str
    prompt: str
    term: str  # the ICD 203 term id answered
    rationale: str
    drafter: str  # who answered
    decided_at: datetime
    resolve_on: date
    outcome: OutcomeRecord | None  # the latest recorded, if any


@dataclass(frozen=True)
class DecisionCall:
    assessment_id: str
    title: str
    playbook_id: str
    decision: str
    verdict: str
    decided_at: datetime
    resolve_on: date
    retrospective: RetrospectiveRecord | None  # the latest recorded, if any


@dataclass(frozen=True)
class CaseCalls:
    decision: DecisionCall
    calls: tuple[LikelihoodCall, ...]


def explicit_dates(session: Session, assessment_id: str) -> dict[str, date]:
    """The resolution dates set on the assessment, the latest per call."""
    rows = session.execute(
        sa.select(col(ResolutionDate.question_id), col(ResolutionDate.resolve_on))
        .where(col(ResolutionDate.assessment_id) == assessment_id)
        .order_by(col(ResolutionDate.set_at), col(ResolutionDate.id))
    ).all()
    return {question_id: on for question_id, on in rows}


def latest_outcomes(session: Session, assessment_id: str) -> dict[str, OutcomeRecord]:
    rows = session.execute(
        sa.select(Outcome).where(col(Outcome.assessment_id) == assessment_id)
        .order_by(col(Outcome.recorded_at), col(Outcome.id))
    ).scalars()
    return {r.question_id: OutcomeRecord(r.id, r.question_id, r.result, r.note,
                                         tuple(r.evidence), r.recorded_by, r.recorded_at)
            for r in rows}


def latest_retrospective(session: Session, assessment_id: str) -> RetrospectiveRecord | None:
    row = session.execute(
        sa.select(Retrospective).where(col(Retrospective.assessment_id) == assessment_id)
        .order_by(col(Retrospective.recorded_at).desc(), col(Retrospective.id).desc()).limit(1)
    ).scalar_one_or_none()
    if row is None:
        return None
    return RetrospectiveRecord(row.id, row.wrong, row.again, row.recorded_by, row.recorded_at)


def _answered(session: Session, assessment_id: str, decision_id: str) -> dict[str, Any]:
    """question id -> (value, rationale, answered_by) of the case's calls."""
    rows = session.execute(
        sa.select(col(Answer.question_id), col(Answer.value), col(Answer.rationale),
                  col(Answer.answered_by))
        .where(col(Answer.assessment_id) == assessment_id)
    ).all()
    chosen = session.execute(
        sa.select(col(OptionAnswer.question_id), col(OptionAnswer.value),
                  col(OptionAnswer.rationale), col(OptionAnswer.answered_by))
        .join(CaseOption, col(CaseOption.id) == col(OptionAnswer.option_id))
        .join(DecisionOption, col(DecisionOption.chosen_option) == col(CaseOption.name))
        .where(col(DecisionOption.decision_id) == decision_id)
        .where(col(OptionAnswer.assessment_id) == assessment_id)
    ).all()
    return {qid: (value, rationale, by) for qid, value, rationale, by in [*rows, *chosen]}


def case_calls(session: Session, playbooks: PlaybookLookup, assessment_id: str) -> CaseCalls | None:
    """The decided assessment's calls and its decision, each with its resolution date; None for
    a draft or an assessment whose playbook cannot be had."""
    row = session.execute(
        sa.select(Assessment, Decision)
        .join(Decision, col(Decision.assessment_id) == col(Assessment.id))
        .where(col(Assessment.id) == assessment_id)
    ).one_or_none()
    if row is None:
        return None
    assessment, decision = row
    playbook = playbooks(assessment.playbook_hash)
    if playbook is None:
        return None
    day = decision.decided_at.date()
    dates = explicit_dates(session, assessment_id)
    outcomes = latest_outcomes(session, assessment_id)
    answered = _answered(session, assessment_id, decision.id)
    calls = []
    for question_id in likelihood_questions(playbook):
        value, rationale, by = answered.get(question_id, (None, "", ""))
        if value not in _TERM_IDS:
            continue  # unanswered: no call was made
        on = dates.get(question_id) or day + timedelta(
            days=default_resolve_after_days(playbook, question_id))
        calls.append(LikelihoodCall(
            assessment.id, assessment.title, assessment.playbook_id, question_id,
            playbook.question(question_id).prompt, value, rationale, by, decision.decided_at,
            on, outcomes.get(question_id)))
    decision_on = dates.get(DECISION) or day + timedelta(
        days=default_resolve_after_days(playbook))
    return CaseCalls(
        DecisionCall(assessment.id, assessment.title, assessment.playbook_id, decision.decision,
                     decision.verdict, decision.decided_at, decision_on,
                     latest_retrospective(session, assessment_id)),
        tuple(calls),
    )


def decided_ids(
    session: Session, *, standing_only: bool, start: date | None = None, end: date | None = None,
    playbook_id: str | None = None,
) -> Iterator[str]:
    """Ids of decided assessments (with `standing_only`, not superseded), decided between
    `start` and `end` (days, both included), oldest decision first."""
    query = (sa.select(col(Assessment.id))
             .join(Decision, col(Decision.assessment_id) == col(Assessment.id))
             .order_by(col(Decision.decided_at), col(Assessment.id)))
    if standing_only:
        query = query.where(col(Assessment.status) == "decided")
    if playbook_id is not None:
        query = query.where(col(Assessment.playbook_id) == playbook_id)
    if start is not None:
        query = query.where(col(Decision.decided_at) >= _midnight(start))
    if end is not None:
        query = query.where(col(Decision.decided_at) < _midnight(end + timedelta(days=1)))
    yield from session.execute(query).scalars()


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def decided_cases(
    db: Database, playbooks: PlaybookLookup, *, start: date | None = None,
    end: date | None = None, playbook_id: str | None = None,
) -> list[CaseCalls]:
    """Every decided (or since superseded) assessment decided between `start` and `end`, with
    its calls, their outcomes and its retrospective: what calibration scores."""
    with db.session(snapshot=True) as session:
        cases = (case_calls(session, playbooks, assessment_id)
                 for assessment_id in list(decided_ids(session, standing_only=False, start=start,
                                                       end=end, playbook_id=playbook_id)))
        return [case for case in cases if case is not None]
