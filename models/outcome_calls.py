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

from collections.abc import Callable, Iterator, Sequence
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


CHUNK = 500  # assessments read per round of queries (bounded IN lists)


def _in(column: Any, ids: Sequence[str]) -> Any:
    return col(column).in_(list(ids))


def _dates(session: Session, ids: Sequence[str]) -> dict[tuple[str, str], date]:
    """(assessment, question or DECISION) -> the latest resolution date set."""
    rows = session.execute(
        sa.select(col(ResolutionDate.assessment_id), col(ResolutionDate.question_id),
                  col(ResolutionDate.resolve_on))
        .where(_in(ResolutionDate.assessment_id, ids))
        .order_by(col(ResolutionDate.set_at), col(ResolutionDate.id))
    ).all()
    return {(a, q): on for a, q, on in rows}


def _outcomes(session: Session, ids: Sequence[str]) -> dict[tuple[str, str], OutcomeRecord]:
    """(assessment, question) -> the latest outcome recorded."""
    rows = session.execute(
        sa.select(col(Outcome.assessment_id), col(Outcome.id), col(Outcome.question_id),
                  col(Outcome.result), col(Outcome.note), col(Outcome.evidence),
                  col(Outcome.recorded_by), col(Outcome.recorded_at))
        .where(_in(Outcome.assessment_id, ids))
        .order_by(col(Outcome.recorded_at), col(Outcome.id))
    ).all()
    return {(a, q): OutcomeRecord(i, q, result, note, tuple(evidence), by, at)
            for a, i, q, result, note, evidence, by, at in rows}


def latest_outcomes(session: Session, assessment_id: str) -> dict[str, OutcomeRecord]:
    """The latest outcome of each of the assessment's calls."""
    return {q: o for (_, q), o in _outcomes(session, [assessment_id]).items()}


def _retrospectives(session: Session, ids: Sequence[str]) -> dict[str, RetrospectiveRecord]:
    rows = session.execute(
        sa.select(col(Retrospective.assessment_id), col(Retrospective.id),
                  col(Retrospective.wrong), col(Retrospective.again),
                  col(Retrospective.recorded_by), col(Retrospective.recorded_at))
        .where(_in(Retrospective.assessment_id, ids))
        .order_by(col(Retrospective.recorded_at), col(Retrospective.id))
    ).all()
    return {a: RetrospectiveRecord(*rest) for a, *rest in rows}


def _answered(session: Session, ids: Sequence[str], questions: set[str]
              ) -> dict[tuple[str, str], tuple[Any, str, str]]:
    """(assessment, question) -> (value, rationale, answered_by) of the likelihood answers: the
    situation's, and on a case with options the chosen option's."""
    if not questions:
        return {}
    fields = (col(Answer.assessment_id), col(Answer.question_id), col(Answer.value),
              col(Answer.rationale), col(Answer.answered_by))
    rows = session.execute(
        sa.select(*fields).where(_in(Answer.assessment_id, ids))
        .where(col(Answer.question_id).in_(sorted(questions)))
    ).all()
    chosen = session.execute(
        sa.select(col(OptionAnswer.assessment_id), col(OptionAnswer.question_id),
                  col(OptionAnswer.value), col(OptionAnswer.rationale),
                  col(OptionAnswer.answered_by))
        .join(CaseOption, col(CaseOption.id) == col(OptionAnswer.option_id))
        .join(Decision, col(Decision.assessment_id) == col(OptionAnswer.assessment_id))
        .join(DecisionOption, (col(DecisionOption.decision_id) == col(Decision.id))
              & (col(DecisionOption.chosen_option) == col(CaseOption.name)))
        .where(_in(OptionAnswer.assessment_id, ids))
        .where(col(OptionAnswer.question_id).in_(sorted(questions)))
    ).all()
    return {(a, q): (value, rationale, by) for a, q, value, rationale, by in [*rows, *chosen]}


@dataclass(frozen=True)
class _Decided:
    id: str
    title: str
    playbook_id: str
    playbook_hash: str
    decision: str
    verdict: str
    decided_at: datetime


def cases_of(session: Session, playbooks: PlaybookLookup, ids: Sequence[str]
             ) -> list[CaseCalls]:
    """The calls of the decided assessments `ids` (in that order), read a chunk at a time; an
    assessment not decided, or whose playbook cannot be had, is left out."""
    found: dict[str, Playbook | None] = {}
    cases: list[CaseCalls] = []
    for first in range(0, len(ids), CHUNK):
        chunk = ids[first:first + CHUNK]
        rows = {row[0]: _Decided(*row) for row in session.execute(
            sa.select(col(Assessment.id), col(Assessment.title), col(Assessment.playbook_id),
                      col(Assessment.playbook_hash), col(Decision.decision),
                      col(Decision.verdict), col(Decision.decided_at))
            .join(Decision, col(Decision.assessment_id) == col(Assessment.id))
            .where(_in(Assessment.id, chunk))
        ).all()}
        for decided in rows.values():
            if decided.playbook_hash not in found:
                found[decided.playbook_hash] = playbooks(decided.playbook_hash)
        questions = {q for d in rows.values() if (p := found[d.playbook_hash]) is not None
                     for q in likelihood_questions(p)}
        dates, outcomes = _dates(session, chunk), _outcomes(session, chunk)
        answered = _answered(session, chunk, questions)
        retrospectives = _retrospectives(session, chunk)
        for assessment_id in chunk:
            one = rows.get(assessment_id)
            playbook = found[one.playbook_hash] if one is not None else None
            if one is not None and playbook is not None:
                cases.append(_case(one, playbook, dates, outcomes, answered,
                                   retrospectives.get(assessment_id)))
    return cases


_LIKELIHOODS: dict[str, tuple[tuple[str, str, int], ...]] = {}  # by the file's SHA-256


def _likelihoods(playbook: Playbook) -> tuple[tuple[str, str, int], ...]:
    """(question id, prompt, default days) of each likelihood question, in playbook order
    (worked out once per playbook file: the same bytes, the same questions)."""
    found = _LIKELIHOODS.get(playbook.content_hash)
    if found is None:
        found = tuple((q, playbook.question(q).prompt, default_resolve_after_days(playbook, q))
                      for q in likelihood_questions(playbook))
        _LIKELIHOODS[playbook.content_hash] = found
    return found


def _case(decided: _Decided, playbook: Playbook,
          dates: dict[tuple[str, str], date], outcomes: dict[tuple[str, str], OutcomeRecord],
          answered: dict[tuple[str, str], tuple[Any, str, str]],
          retrospective: RetrospectiveRecord | None) -> CaseCalls:
    day = decided.decided_at.date()
    calls = []
    for question_id, prompt, days in _likelihoods(playbook):
        key = (decided.id, question_id)
        value, rationale, by = answered.get(key, (None, "", ""))
        if value not in _TERM_IDS:
            continue  # unanswered: no call was made
        on = dates.get(key) or day + timedelta(days=days)
        calls.append(LikelihoodCall(
            decided.id, decided.title, decided.playbook_id, question_id, prompt, value,
            rationale, by, decided.decided_at, on, outcomes.get(key)))
    decision_on = dates.get((decided.id, DECISION)) or day + timedelta(
        days=default_resolve_after_days(playbook))
    return CaseCalls(
        DecisionCall(decided.id, decided.title, decided.playbook_id, decided.decision,
                     decided.verdict, decided.decided_at, decision_on, retrospective),
        tuple(calls),
    )


def case_calls(session: Session, playbooks: PlaybookLookup, assessment_id: str) -> CaseCalls | None:
    """The decided assessment's calls and its decision, each with its resolution date; None for
    a draft or an assessment whose playbook cannot be had."""
    cases = cases_of(session, playbooks, [assessment_id])
    return cases[0] if cases else None


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
        query = query.where(col(Decision.decided_at) >= midnight(start))
    if end is not None:
        query = query.where(col(Decision.decided_at) < midnight(end + timedelta(days=1)))
    yield from session.execute(query).scalars()


def midnight(day: date) -> datetime:
    """The start of `day` in UTC (dates of calls and periods are UTC days)."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def decided_cases(
    db: Database, playbooks: PlaybookLookup, *, start: date | None = None,
    end: date | None = None, playbook_id: str | None = None,
) -> list[CaseCalls]:
    """Every decided (or since superseded) assessment decided between `start` and `end`, with
    its calls, their outcomes and its retrospective: what calibration scores."""
    with db.session(snapshot=True) as session:
        ids = list(decided_ids(session, standing_only=False, start=start, end=end,
                               playbook_id=playbook_id))
        return cases_of(session, playbooks, ids)
