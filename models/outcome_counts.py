"""The resolved likelihood calls counted in SQL (issue 16): what the Review page draws first.

The Review page's diagram and scores need only how many calls of each ICD 203 term occurred,
did not occur or could not be told — not the calls themselves. Reading every decided case call
by call (models.outcome_calls.decided_cases) costs tens of times the aggregate at 100k
assessments, so the page asks the database for the counts (one GROUP BY, the same on SQLite and
PostgreSQL) and reads a bin's calls only when someone opens that bin.

The counts are those of the call-by-call read, by construction of the same rules:
- a call is the latest outcome (by recorded_at, then id) of a (assessment, question) of a
  decided (or since superseded) assessment;
- its term is the chosen option's answer on a case with options when that option answered the
  question, else the situation's answer; it counts only if it is an ICD 203 term id and the
  question is a likelihood question of the playbook the assessment used (looked up by the file's
  SHA-256; an assessment whose playbook cannot be had is left out, as the call-by-call read does).

Over the whole record (no period), the counts are the plain aggregate's shape: every outcome
grouped by result, question and the situation's answer (one join per outcome), then the few
calls judged more than once have their earlier outcomes taken back out, and the few cases whose
chosen option answered the call are moved to the option's term. Outcomes are written only for a
likelihood question of their assessment's playbook, so no playbook is looked up per outcome;
the assessments whose playbook file cannot be had are left out by one sub-select. (The latest-
outcome test and the playbook per outcome made the page 3.5-4.2x the plain aggregate at 100k;
bench/calibration_bench.py.) A period joins each outcome with its decision as before.
tests/models/test_outcome_counts.py checks both reads agree on random records.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col

from models.db import Database
from models.outcome_calls import (
    LikelihoodCall,
    PlaybookLookup,
    cases_of,
    likelihood_questions,
    midnight,
)
from models.tables import (
    Answer,
    Assessment,
    CaseOption,
    Decision,
    DecisionOption,
    OptionAnswer,
    Outcome,
)
from playbooks.calibration import Calibration, calibrate_counts
from playbooks.model import LIKELIHOOD_TERMS

_TERM_IDS = {term.id for term in LIKELIHOOD_TERMS}


@dataclass
class CallCounts:
    """term id -> [occurred, did not occur, cannot tell] over the latest outcomes."""

    by_term: dict[str, list[int]] = field(
        default_factory=lambda: {term.id: [0, 0, 0] for term in LIKELIHOOD_TERMS})

    def add(self, term: str, result: str, count: int = 1) -> None:
        index = {"occurred": 0, "not_occurred": 1, "cannot_tell": 2}[result]
        self.by_term[term][index] += count

    @property
    def cannot_tell(self) -> int:
        return sum(counts[2] for counts in self.by_term.values())

    def calibration(self) -> Calibration:
        return calibrate_counts({term: (occurred + not_occurred, occurred)
                                 for term, (occurred, not_occurred, _) in self.by_term.items()})


def _latest_outcome() -> Any:
    """Outcome is the latest of its call: none recorded later (by recorded_at, then id)."""
    later = aliased(Outcome)
    return ~sa.exists().where(
        col(later.assessment_id) == col(Outcome.assessment_id),
        col(later.question_id) == col(Outcome.question_id),
        (col(later.recorded_at) > col(Outcome.recorded_at))
        | ((col(later.recorded_at) == col(Outcome.recorded_at))
           & (col(later.id) > col(Outcome.id))),
    )


def _narrowed(query: Any, start: date | None, end: date | None,
              playbook_id: str | None, *, joined_decision: bool) -> Any:  # a Select
    if playbook_id is not None:
        query = query.where(col(Assessment.playbook_id) == playbook_id)
    if (start is not None or end is not None) and not joined_decision:
        query = query.join(Decision, col(Decision.assessment_id) == col(Outcome.assessment_id))
    if start is not None:
        query = query.where(col(Decision.decided_at) >= midnight(start))
    if end is not None:
        query = query.where(col(Decision.decided_at) < midnight(end + timedelta(days=1)))
    return query


def said_query(start: date | None, end: date | None, playbook_id: str | None,
               *columns: Any) -> sa.Select[Any]:
    """`columns` of each latest outcome of a decided assessment, with the answer it judges
    (its JSON as text, `said`), the assessment's playbook file and the question."""
    said = sa.case((col(OptionAnswer.id).is_not(None), col(OptionAnswer.value)),
                   else_=col(Answer.value))
    query = (
        sa.select(*columns, col(Assessment.playbook_hash), col(Outcome.question_id),
                  sa.cast(said, sa.Text).label("said"))
        .select_from(Outcome)
        .join(Assessment, col(Assessment.id) == col(Outcome.assessment_id))
        .join(Decision, col(Decision.assessment_id) == col(Outcome.assessment_id))
        .outerjoin(Answer, (col(Answer.assessment_id) == col(Outcome.assessment_id))
                   & (col(Answer.question_id) == col(Outcome.question_id)))
        .outerjoin(DecisionOption, col(DecisionOption.decision_id) == col(Decision.id))
        .outerjoin(CaseOption, (col(CaseOption.assessment_id) == col(Outcome.assessment_id))
                   & (col(CaseOption.name) == col(DecisionOption.chosen_option)))
        .outerjoin(OptionAnswer, (col(OptionAnswer.option_id) == col(CaseOption.id))
                   & (col(OptionAnswer.question_id) == col(Outcome.question_id)))
        .where(_latest_outcome())
    )
    narrowed: sa.Select[Any] = _narrowed(query, start, end, playbook_id, joined_decision=True)
    return narrowed


def _situation_counts(start: date | None, end: date | None, playbook_id: str | None
                      ) -> sa.Select[Any]:
    """(result, count, playbook file, question, said) of the latest outcomes judged against the
    situation's answer, grouped: the bulk of the counts, with two joins per outcome."""
    said = sa.cast(col(Answer.value), sa.Text).label("said")
    query = (
        sa.select(col(Outcome.result), sa.func.count(), col(Assessment.playbook_hash),
                  col(Outcome.question_id), said)
        .select_from(Outcome)
        .join(Assessment, col(Assessment.id) == col(Outcome.assessment_id))
        .outerjoin(Answer, (col(Answer.assessment_id) == col(Outcome.assessment_id))
                   & (col(Answer.question_id) == col(Outcome.question_id)))
        .where(_latest_outcome())
        .group_by(col(Outcome.result), col(Assessment.playbook_hash),
                  col(Outcome.question_id), sa.literal_column("said"))
    )
    narrowed: sa.Select[Any] = _narrowed(query, start, end, playbook_id,
                                         joined_decision=False)
    return narrowed


def _chosen_option_calls(start: date | None, end: date | None, playbook_id: str | None
                         ) -> sa.Select[Any]:
    """(result, playbook file, question, situation's said, chosen option's said) of the latest
    outcomes of calls the chosen option answered: these count with the option's answer, not the
    situation's (only cases with options: few rows)."""
    query = (
        sa.select(col(Outcome.result), col(Assessment.playbook_hash), col(Outcome.question_id),
                  sa.cast(col(Answer.value), sa.Text).label("situation"),
                  sa.cast(col(OptionAnswer.value), sa.Text).label("chosen"))
        .select_from(DecisionOption)
        .join(Decision, col(Decision.id) == col(DecisionOption.decision_id))
        .join(CaseOption, (col(CaseOption.assessment_id) == col(Decision.assessment_id))
              & (col(CaseOption.name) == col(DecisionOption.chosen_option)))
        .join(OptionAnswer, col(OptionAnswer.option_id) == col(CaseOption.id))
        .join(Outcome, (col(Outcome.assessment_id) == col(Decision.assessment_id))
              & (col(Outcome.question_id) == col(OptionAnswer.question_id)))
        .join(Assessment, col(Assessment.id) == col(Outcome.assessment_id))
        .outerjoin(Answer, (col(Answer.assessment_id) == col(Outcome.assessment_id))
                   & (col(Answer.question_id) == col(Outcome.question_id)))
        # Spelled out so that the planner starts from the few decisions that chose an option
        # (SQLite otherwise scanned every outcome: 0.3 s at 100k with no option chosen).
        .where(col(Outcome.assessment_id).in_(
            sa.select(col(Decision.assessment_id))
            .join(DecisionOption, col(DecisionOption.decision_id) == col(Decision.id))
            .where(col(DecisionOption.chosen_option).is_not(None))))
        .where(_latest_outcome())
    )
    narrowed: sa.Select[Any] = _narrowed(query, start, end, playbook_id, joined_decision=True)
    return narrowed


class CallTerms:
    """Which (playbook file, question, answer text) make a call, and its term (cached)."""

    def __init__(self, playbooks: PlaybookLookup) -> None:
        self.playbooks = playbooks
        self.questions: dict[str, set[str] | None] = {}

    def playbook(self, playbook_hash: str) -> set[str] | None:
        """The likelihood questions of the playbook file, None when it cannot be had."""
        if playbook_hash not in self.questions:
            playbook = self.playbooks(playbook_hash)
            self.questions[playbook_hash] = (
                None if playbook is None else set(likelihood_questions(playbook)))
        return self.questions[playbook_hash]

    def term(self, playbook_hash: str, question_id: str, said: str | None) -> str | None:
        questions = self.playbook(playbook_hash)
        if questions is None or question_id not in questions:
            return None
        return _term(said)


def _all_outcome_counts(narrow: Any) -> sa.Select[Any]:
    """(result, count, question, said) of EVERY outcome (not only the latest) against the
    situation's answer, grouped: one join per outcome, as the plain aggregate has."""
    said = sa.cast(col(Answer.value), sa.Text).label("said")
    query: sa.Select[Any] = narrow(
        sa.select(col(Outcome.result), sa.func.count(), col(Outcome.question_id), said)
        .select_from(Outcome)
        .outerjoin(Answer, (col(Answer.assessment_id) == col(Outcome.assessment_id))
                   & (col(Answer.question_id) == col(Outcome.question_id)))
        .group_by(col(Outcome.result), col(Outcome.question_id), sa.literal_column("said")))
    return query


def _earlier_outcomes(narrow: Any) -> sa.Select[Any]:
    """(assessment, question, result, recorded_at, id, said) of the outcomes of the calls judged
    more than once (few): all but the latest of each are taken back out of the counts."""
    twice = (sa.select(col(Outcome.assessment_id), col(Outcome.question_id))
             .group_by(col(Outcome.assessment_id), col(Outcome.question_id))
             .having(sa.func.count() > 1).subquery())
    query: sa.Select[Any] = narrow(
        sa.select(col(Outcome.assessment_id), col(Outcome.question_id), col(Outcome.result),
                  col(Outcome.recorded_at), col(Outcome.id),
                  sa.cast(col(Answer.value), sa.Text))
        .select_from(Outcome)
        .join(twice, (twice.c.assessment_id == col(Outcome.assessment_id))
              & (twice.c.question_id == col(Outcome.question_id)))
        .outerjoin(Answer, (col(Answer.assessment_id) == col(Outcome.assessment_id))
                   & (col(Answer.question_id) == col(Outcome.question_id))))
    return query


def _term(said: str | None) -> str | None:
    if said is None:
        return None
    try:
        value = json.loads(said)
    except ValueError:
        return None
    return value if isinstance(value, str) and value in _TERM_IDS else None


def resolved_counts(
    db: Database, playbooks: PlaybookLookup, *, start: date | None = None,
    end: date | None = None, playbook_id: str | None = None,
) -> CallCounts:
    """The latest outcomes of the calls of assessments decided between `start` and `end` (days,
    both included), counted by term and result in the database."""
    if start is not None or end is not None:
        return _counts_joined(db, playbooks, start, end, playbook_id)
    terms, counts = CallTerms(playbooks), CallCounts()
    with db.session(snapshot=True) as session:
        # An outcome is written only for a likelihood question of its assessment's playbook
        # (models.outcomes.record_outcome, and a bundle's from a record that did so), so when
        # the playbook files can be had, which question is a likelihood question needs no
        # look-up per outcome; the assessments whose file cannot be had are left out.
        hashes = session.execute(
            sa.select(col(Assessment.playbook_hash)).distinct()).scalars().all()
        missing = sorted(h for h in hashes if terms.playbook(h) is None)

        def narrow(query: Any) -> Any:
            if missing:
                query = query.where(col(Outcome.assessment_id).not_in(
                    sa.select(col(Assessment.id))
                    .where(col(Assessment.playbook_hash).in_(missing))))
            if playbook_id is not None:
                query = query.where(col(Outcome.assessment_id).in_(
                    sa.select(col(Assessment.id))
                    .where(col(Assessment.playbook_id) == playbook_id)))
            return query

        grouped = session.execute(_all_outcome_counts(narrow)).all()
        earlier = session.execute(_earlier_outcomes(narrow)).all()
        chosen = session.execute(_chosen_option_calls(None, None, playbook_id)).all()
    for result, count, _question_id, said in grouped:
        if (term := _term(said)) is not None:
            counts.add(term, result, count)
    latest: dict[tuple[str, str], tuple[Any, str]] = {}
    for assessment_id, question_id, result, recorded_at, outcome_id, said in earlier:
        key = (assessment_id, question_id)
        if key not in latest or (recorded_at, outcome_id) > latest[key]:
            latest[key] = (recorded_at, outcome_id)
        if (term := _term(said)) is not None:
            counts.add(term, result, -1)  # each taken back out; the latest added again below
    for assessment_id, question_id, result, recorded_at, outcome_id, said in earlier:
        term = _term(said)
        if term is not None and latest[(assessment_id, question_id)] == (recorded_at, outcome_id):
            counts.add(term, result)
    _count_chosen(counts, terms, chosen)
    return counts


def _count_chosen(counts: CallCounts, terms: CallTerms, chosen: Sequence[Any]) -> None:
    for result, playbook_hash, question_id, situation, option in chosen:
        # Counted with the situation's answer; the chosen option's answer is the call.
        if (term := terms.term(playbook_hash, question_id, situation)) is not None:
            counts.add(term, result, -1)
        if (term := terms.term(playbook_hash, question_id, option)) is not None:
            counts.add(term, result)


def _counts_joined(db: Database, playbooks: PlaybookLookup, start: date | None,
                   end: date | None, playbook_id: str | None) -> CallCounts:
    """resolved_counts for a period: each latest outcome joined with its decision's day."""
    terms, counts = CallTerms(playbooks), CallCounts()
    with db.session(snapshot=True) as session:
        grouped = session.execute(_situation_counts(start, end, playbook_id)).all()
        chosen = session.execute(_chosen_option_calls(start, end, playbook_id)).all()
    for result, count, playbook_hash, question_id, said in grouped:
        term = terms.term(playbook_hash, question_id, said)
        if term is not None:
            counts.add(term, result, count)
    _count_chosen(counts, terms, chosen)
    return counts


def bin_calls(
    db: Database, playbooks: PlaybookLookup, term: str, *, start: date | None = None,
    end: date | None = None, playbook_id: str | None = None,
) -> list[LikelihoodCall]:
    """The resolved calls said with `term` (the calls behind one point of the diagram), oldest
    decision first: the assessments are found in SQL, then read call by call."""
    terms = CallTerms(playbooks)
    query = said_query(start, end, playbook_id, col(Outcome.assessment_id),
                       col(Decision.decided_at))
    with db.session(snapshot=True) as session:
        rows = session.execute(query).all()
        wanted = sorted({(decided_at, assessment_id)
                         for assessment_id, decided_at, playbook_hash, question_id, said in rows
                         if terms.term(playbook_hash, question_id, said) == term})
        cases = cases_of(session, playbooks, _unique(a for _, a in wanted))
    return [c for case in cases for c in case.calls if c.term == term and c.outcome is not None]


def _unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(ids))
