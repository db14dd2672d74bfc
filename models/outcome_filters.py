"""Which assessments History's outcome filters keep (issue 16 item 3): "resolved", "overdue"
and "missed". Each gives the ids of the assessments it keeps; History's search narrows to them
(models.search.search_assessments, `ids`).

- resolved: an outcome is recorded for at least one of its calls, or a retrospective of its
  decision;
- overdue: a call or the decision of a standing decided assessment whose resolution date has
  passed (before today, UTC) with no outcome or retrospective recorded (the due list's
  "overdue", models.outcomes.due_outcomes);
- missed: a confident call the outcome contradicted (docs/method.md, "Missed calls"): said with
  a term whose ICD 203 range starts at 80 % or more (very likely, almost certain) and did not
  occur, or with one whose range ends at 20 % or less (almost no chance, very unlikely) and
  occurred. The latest outcome of a call counts; "cannot tell" is no miss.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlmodel import col

from models.db import Database
from models.outcome_calls import PlaybookLookup
from models.outcome_counts import CallTerms, said_query
from models.tables import Outcome, Retrospective
from playbooks.model import LIKELIHOOD_TERMS

OUTCOME_FILTERS = ("resolved", "overdue", "missed")
CONFIDENT_YES = frozenset(t.id for t in LIKELIHOOD_TERMS if t.low >= 80)  # missed if not so
CONFIDENT_NO = frozenset(t.id for t in LIKELIHOOD_TERMS if t.high <= 20)  # missed if so


def is_miss(term: str, result: str) -> bool:
    return ((term in CONFIDENT_YES and result == "not_occurred")
            or (term in CONFIDENT_NO and result == "occurred"))


def resolved_ids(db: Database) -> set[str]:
    with db.session(snapshot=True) as session:
        return set(session.execute(
            sa.union(sa.select(col(Outcome.assessment_id)),
                     sa.select(col(Retrospective.assessment_id)))).scalars())


def missed_ids(db: Database, playbooks: PlaybookLookup) -> set[str]:
    terms = CallTerms(playbooks)
    query = said_query(None, None, None, col(Outcome.assessment_id), col(Outcome.result))
    with db.session(snapshot=True) as session:
        rows = session.execute(query).all()
    return {assessment_id for assessment_id, result, playbook_hash, question_id, said in rows
            if (term := terms.term(playbook_hash, question_id, said)) is not None
            and is_miss(term, result)}


def overdue_ids(db: Database, playbooks: PlaybookLookup, as_of: date | None = None) -> set[str]:
    from models.outcomes import due_outcomes

    return {item.assessment_id for item in due_outcomes(db, playbooks, as_of) if item.overdue}


def outcome_filter_ids(db: Database, playbooks: PlaybookLookup, which: str,
                       as_of: date | None = None) -> set[str]:
    """The ids of the assessments the filter `which` (one of OUTCOME_FILTERS) keeps."""
    if which == "resolved":
        return resolved_ids(db)
    if which == "overdue":
        return overdue_ids(db, playbooks, as_of)
    if which == "missed":
        return missed_ids(db, playbooks)
    raise ValueError(f"unknown outcome filter {which!r} (expected one of "
                     f"{', '.join(OUTCOME_FILTERS)})")
