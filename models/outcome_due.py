"""What is due to be judged (issue 16): the likelihood calls and decisions of standing decided
assessments whose resolution date has come and whose outcome or retrospective is not recorded
yet — `outcomes due`, the Review page's list and History's "overdue" filter.

Read in one SQL query rather than case by case (which read every answer, outcome and date of
every standing case: 24 s at 100k assessments in the bench). The rules are those of
models.outcome_calls, spelled in SQL:
- a call is the situation's answer to a likelihood question of the assessment's playbook, or on
  a case with options the chosen option's answer when that option answered the question; its
  value is an ICD 203 term id;
- it resolves on the latest resolution date set for it (by set_at, then id), else on the
  decision day plus the question's (or the playbook's) default days. The defaults come from the
  playbook files, so the query holds one condition per playbook file in use and number of days:
  "decided before midnight of as_of − days + 1" is "resolves on or before as_of";
- an assessment whose playbook cannot be had is left out.
tests/models/test_outcome_due.py compares it with the case-by-case read on a hand-made record.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import col

from models.db import Database
from models.outcome_calls import (
    DECISION,
    PlaybookLookup,
    default_resolve_after_days,
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
    ResolutionDate,
    Retrospective,
    utc_now,
)
from playbooks.model import LIKELIHOOD_TERMS, Playbook

# A term id's JSON as the answer column holds it ('"likely"'): the SQL keeps only such values.
_TERM_JSON = sorted(json.dumps(term.id) for term in LIKELIHOOD_TERMS)
_TERM_IDS = {term.id for term in LIKELIHOOD_TERMS}


@dataclass(frozen=True)
class DueItem:
    """A call (question_id) or a decision (question_id "") whose outcome is due and unrecorded."""

    assessment_id: str
    title: str
    question_id: str
    what: str  # the question's prompt, or the decision and its verdict
    term: str  # the ICD 203 term of a call; "" for the decision
    due_on: date
    overdue: bool  # due before the day asked about


def _set_date(question: Any) -> Any:
    """The latest resolution date set for (assessment, `question`), NULL when none was."""
    later = aliased(ResolutionDate)
    return (
        sa.select(col(ResolutionDate.resolve_on))
        .where(col(ResolutionDate.assessment_id) == col(Assessment.id),
               col(ResolutionDate.question_id) == question,
               ~sa.exists().where(
                   col(later.assessment_id) == col(ResolutionDate.assessment_id),
                   col(later.question_id) == col(ResolutionDate.question_id),
                   (col(later.set_at) > col(ResolutionDate.set_at))
                   | ((col(later.set_at) == col(ResolutionDate.set_at))
                      & (col(later.id) > col(ResolutionDate.id)))))
        .scalar_subquery()
    )


def _known(question: Any, defaults: dict[str, dict[int, list[str]]]) -> Any:
    """A likelihood question (or DECISION) of the assessment's playbook, whose file can be had
    (`defaults`: playbook file -> days -> questions)."""
    return sa.or_(sa.false(), *[
        (col(Assessment.playbook_hash) == playbook_hash)
        & question.in_(sorted(q for qs in by_days.values() for q in qs))
        for playbook_hash, by_days in defaults.items()])


def _resolved(question: Any, set_on: Any, defaults: dict[str, dict[int, list[str]]],
              as_of: date) -> Any:
    """The (known) call or decision resolves on or before `as_of`: its set date, else its
    default."""
    by_default = []
    for playbook_hash, by_days in defaults.items():
        for days, some in by_days.items():
            cut = midnight(as_of - timedelta(days=days) + timedelta(days=1))
            by_default.append((col(Assessment.playbook_hash) == playbook_hash)
                              & question.in_(sorted(some)) & (col(Decision.decided_at) < cut))
    return sa.case((set_on.is_not(None), set_on <= as_of),
                   else_=sa.or_(sa.false(), *by_default))


def _due_query(defaults: dict[str, dict[int, list[str]]], as_of: date) -> sa.Select[Any]:
    """(assessment, title, playbook file, question, said, decision, verdict, decided_at,
    set date) of every due call and decision, unordered."""
    chosen = sa.and_(col(OptionAnswer.assessment_id) == col(Assessment.id),
                     col(OptionAnswer.option_id) == col(CaseOption.id))
    chosen_option = (  # the chosen option of the assessment's decision, if any
        sa.join(DecisionOption, CaseOption,
                (col(CaseOption.name) == col(DecisionOption.chosen_option))))
    option_answer = aliased(OptionAnswer)
    option_case = aliased(CaseOption)
    option_choice = aliased(DecisionOption)
    # The chosen option's answer to the question of `question_column` (NULL when none).
    def option_said(question_column: Any) -> Any:
        return (
            sa.select(sa.cast(col(option_answer.value), sa.Text))
            .join(option_case, col(option_case.id) == col(option_answer.option_id))
            .join(option_choice, col(option_choice.chosen_option) == col(option_case.name))
            .where(col(option_choice.decision_id) == col(Decision.id),
                   col(option_case.assessment_id) == col(Assessment.id),
                   col(option_answer.question_id) == question_column)
            .scalar_subquery()
        )

    standing = (sa.select().select_from(Assessment)
                .join(Decision, col(Decision.assessment_id) == col(Assessment.id))
                .where(col(Assessment.status) == "decided",
                       col(Assessment.playbook_hash).in_(sorted(defaults))))
    # Situation answers (the chosen option's answer wins where it answered the question).
    # (read only for a decision that chose an option: the subquery is no cost elsewhere)
    choice = aliased(DecisionOption)
    situation_said = sa.cast(col(Answer.value), sa.Text)
    said = sa.case((col(choice.chosen_option).is_(None), situation_said),
                   else_=sa.func.coalesce(option_said(col(Answer.question_id)), situation_said))
    situation_set = _set_date(col(Answer.question_id))
    situation = (
        standing.add_columns(
            col(Assessment.id), col(Assessment.title), col(Assessment.playbook_hash),
            col(Answer.question_id), said.label("said"), sa.null(), sa.null(),
            col(Decision.decided_at), situation_set)
        .join(Answer, col(Answer.assessment_id) == col(Assessment.id))
        .outerjoin(choice, col(choice.decision_id) == col(Decision.id))
        .where(_known(col(Answer.question_id), defaults),
               said.in_(_TERM_JSON),
               ~sa.exists().where(col(Outcome.assessment_id) == col(Assessment.id),
                                  col(Outcome.question_id) == col(Answer.question_id)),
               _resolved(col(Answer.question_id), situation_set, defaults, as_of))
    )
    # Calls only the chosen option answered (no situation answer): cases with options only.
    option_set = _set_date(col(OptionAnswer.question_id))
    only_option = (
        standing.add_columns(
            col(Assessment.id), col(Assessment.title), col(Assessment.playbook_hash),
            col(OptionAnswer.question_id), sa.cast(col(OptionAnswer.value), sa.Text),
            sa.null(), sa.null(), col(Decision.decided_at), option_set)
        .join(chosen_option, col(DecisionOption.decision_id) == col(Decision.id))
        .join(OptionAnswer, chosen)
        .where(_known(col(OptionAnswer.question_id), defaults),
               sa.cast(col(OptionAnswer.value), sa.Text).in_(_TERM_JSON),
               ~sa.exists().where(col(Answer.assessment_id) == col(Assessment.id),
                                  col(Answer.question_id) == col(OptionAnswer.question_id)),
               ~sa.exists().where(col(Outcome.assessment_id) == col(Assessment.id),
                                  col(Outcome.question_id) == col(OptionAnswer.question_id)),
               _resolved(col(OptionAnswer.question_id), option_set, defaults, as_of))
    )
    decision_set = _set_date(sa.literal(DECISION))
    decisions = (
        standing.add_columns(
            col(Assessment.id), col(Assessment.title), col(Assessment.playbook_hash),
            sa.literal_column("''", sa.String), sa.null(), col(Decision.decision),
            col(Decision.verdict), col(Decision.decided_at), decision_set)
        .where(_known(sa.literal(DECISION), defaults),
               ~sa.exists().where(col(Retrospective.assessment_id) == col(Assessment.id)),
               _resolved(sa.literal(DECISION), decision_set, defaults, as_of))
    )
    return sa.union_all(situation, only_option, decisions)  # type: ignore[return-value]


def _defaults(playbooks: dict[str, Playbook]) -> dict[str, dict[int, list[str]]]:
    """Playbook file -> default days -> the questions (and DECISION) resolving after them."""
    found: dict[str, dict[int, list[str]]] = {}
    for playbook_hash, playbook in playbooks.items():
        by_days: dict[int, list[str]] = defaultdict(list)
        for question_id in [DECISION, *likelihood_questions(playbook)]:
            by_days[default_resolve_after_days(playbook, question_id)].append(question_id)
        found[playbook_hash] = dict(by_days)
    return found


def due_outcomes(db: Database, playbooks: PlaybookLookup, as_of: date | None = None
                 ) -> list[DueItem]:
    """Calls and decisions of standing decided assessments resolving on or before `as_of`
    (default today, UTC) with no outcome or retrospective recorded yet, earliest first."""
    as_of = as_of or utc_now().date()
    with db.session(snapshot=True) as session:
        hashes = session.execute(
            sa.select(col(Assessment.playbook_hash)).distinct()
            .where(col(Assessment.status) == "decided")).scalars().all()
        files = {h: p for h in hashes if (p := playbooks(h)) is not None}
        rows = session.execute(_due_query(_defaults(files), as_of)).all() if files else []
    due = [item for row in rows if (item := _item(row, files, as_of)) is not None]
    due.sort(key=lambda item: (item.due_on, item.title, item.assessment_id,
                               item.question_id == DECISION, item.question_id))
    return due


def _item(row: Any, files: dict[str, Playbook], as_of: date) -> DueItem | None:
    assessment_id, title, playbook_hash, question_id, said, decision, verdict, decided_at, \
        set_on = row
    playbook = files[playbook_hash]
    due_on: date = set_on if set_on is not None else decided_at.date() + timedelta(
        days=default_resolve_after_days(playbook, question_id))
    if question_id == DECISION:
        return DueItem(assessment_id, title, DECISION,
                       f"decision: {decision.replace('_', ' ')} (verdict "
                       f"{verdict.replace('_', ' ')})", "", due_on, due_on < as_of)
    term = json.loads(said)
    if term not in _TERM_IDS:  # (the SQL kept term ids only)
        return None
    return DueItem(assessment_id, title, question_id, playbook.question(question_id).prompt,
                   term, due_on, due_on < as_of)
