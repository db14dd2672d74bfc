"""Outcomes of past decisions (issue 16): when each call is to be judged, what happened, and a
retrospective of the decision.

- A resolution date is set on a draft, per likelihood question or for the decision; a later
  one replaces an earlier one until the decision, after which none is added (triggers). Without
  one, the playbook's default applies (models.outcome_calls).
- An outcome says of one likelihood call of a decided assessment: occurred, did not occur or
  cannot tell, with a note and evidence graded as an answer's is (Admiralty). A retrospective
  says what we got wrong and what we would do again.

Each is an audited append (its entry carries the hash of its content, models.audit_check
compares them) and none is part of the decided record: its answers, verdict, decision, hash and
memo are exactly as decided, whatever is recorded here afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import content_hash
from models.condition_terms import parse_date
from models.db import Database
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.outcome_calls import DECISION, case_calls, likelihood_questions

# What is due is read in one SQL query (models.outcome_due); named here as before.
from models.outcome_due import DueItem as DueItem
from models.outcome_due import due_outcomes as due_outcomes
from models.records import EvidenceInput
from models.search import reindex_assessment
from models.tables import (
    OUTCOME_RESULTS,
    Assessment,
    Decision,
    Outcome,
    ResolutionDate,
    Retrospective,
    new_id,
    utc_now,
)
from playbooks.model import Playbook


def normalise_result(result: str) -> str:
    value = str(result).strip().lower().replace("-", "_").replace(" ", "_")
    if value not in OUTCOME_RESULTS:
        choices = ", ".join(r.replace("_", "-") for r in OUTCOME_RESULTS)
        raise InvalidInput(f"result {result!r} is not one of {choices}")
    return value


def _assessment(session: Session, assessment_id: str) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    return assessment


def _likelihood(playbook: Playbook, question_id: str) -> str:
    if question_id not in likelihood_questions(playbook):
        raise InvalidInput(
            f"question {question_id!r} is not a likelihood question of {playbook.id} "
            f"{playbook.version} (its likelihood questions: "
            f"{', '.join(likelihood_questions(playbook)) or 'none'})"
        )
    return question_id


# --- resolution dates -------------------------------------------------------------------------


def resolution_content(row: ResolutionDate) -> dict[str, Any]:
    return {"assessment_id": row.assessment_id, "question_id": row.question_id,
            "resolve_on": row.resolve_on.isoformat(), "set_by": row.set_by}


def set_resolution_date(
    db: Database, assessment_id: str, question_id: str | None, resolve_on: date | str, *,
    actor: str, playbook: Playbook,
) -> str:
    """Set when a draft's likelihood call (`question_id`) or its decision (None) is judged."""
    actor = check.name("set by", actor)
    on = parse_date("resolution date", resolve_on)
    qid = DECISION if question_id in (None, "") else _likelihood(playbook, str(question_id))
    with db.write_session() as session:
        assessment = _assessment(session, assessment_id)
        if assessment.status != "draft":
            raise RecordFrozen(f"assessment {assessment_id} is {assessment.status}: resolution "
                               "dates are set before the decision")
        if assessment.playbook_hash != playbook.content_hash:
            raise InvalidInput(f"assessment {assessment_id} uses another playbook file than "
                               f"{playbook.id} {playbook.version}")
        row = ResolutionDate(id=new_id(), assessment_id=assessment_id, question_id=qid,
                             resolve_on=on, set_by=actor, set_at=utc_now())
        session.execute(sa.insert(ResolutionDate).values(**row.model_dump()))
        append_entry(session, actor=actor, action="resolution.set", entity_type="assessment",
                     entity_id=assessment_id,
                     payload={"assessment_id": assessment_id, "resolution_id": row.id,
                              "content_hash": content_hash(resolution_content(row))})
    return row.id


@dataclass(frozen=True)
class ResolutionDates:
    """When each likelihood call (by question id) and the decision (DECISION) of an assessment
    are judged: `set` holds the dates set on the draft (the latest of each), `days` the
    playbook's default in days after the decision; `resolve_on`, once decided, the dates fixed
    (set, else the decision day plus the default)."""

    set: dict[str, date]
    days: dict[str, int]
    resolve_on: dict[str, date] | None  # None while a draft


def resolution_dates(db: Database, assessment_id: str, playbook: Playbook) -> ResolutionDates:
    from models.outcome_calls import _dates, default_resolve_after_days

    days = {q: default_resolve_after_days(playbook, q)
            for q in [DECISION, *likelihood_questions(playbook)]}
    with db.session(snapshot=True) as session:
        assessment = _assessment(session, assessment_id)
        chosen = {q: on for (_, q), on in _dates(session, [assessment_id]).items()}
        case = (case_calls(session, lambda _hash: playbook, assessment_id)
                if assessment.status != "draft" else None)
    fixed = None
    if case is not None:
        fixed = {c.question_id: c.resolve_on for c in case.calls}
        fixed[DECISION] = case.decision.resolve_on
    return ResolutionDates(chosen, days, fixed)


# --- outcomes and retrospectives --------------------------------------------------------------


def outcome_content(row: Outcome) -> dict[str, Any]:
    return {"assessment_id": row.assessment_id, "question_id": row.question_id,
            "result": row.result, "note": row.note, "evidence": list(row.evidence),
            "recorded_by": row.recorded_by}


def retrospective_content(row: Retrospective) -> dict[str, Any]:
    return {"assessment_id": row.assessment_id, "decision_id": row.decision_id,
            "wrong": row.wrong, "again": row.again, "recorded_by": row.recorded_by}


def _decided(session: Session, assessment_id: str) -> tuple[Assessment, Decision]:
    assessment = _assessment(session, assessment_id)
    decision = session.execute(
        sa.select(Decision).where(col(Decision.assessment_id) == assessment_id)
    ).scalar_one_or_none()
    if decision is None:
        raise InvalidInput(f"assessment {assessment_id} is a draft: outcomes are recorded for "
                           "decided assessments")
    return assessment, decision


def record_outcome(
    db: Database, assessment_id: str, question_id: str, result: str, *, note: str, actor: str,
    playbook: Playbook, evidence: Sequence[EvidenceInput] = (),
) -> str:
    """Record what happened to one likelihood call of a decided assessment; the outcome's id."""
    result = normalise_result(result)
    note = check.text("note", note, required=True).strip()
    actor = check.name("recorded by", actor)
    items = [{"summary": e.summary, "source": e.source, "reliability": e.reliability,
              "credibility": e.credibility} for e in check.evidence(evidence)]
    _likelihood(playbook, question_id)
    with db.write_session() as session:
        assessment, _ = _decided(session, assessment_id)
        if assessment.playbook_hash != playbook.content_hash:
            raise InvalidInput(f"assessment {assessment_id} uses another playbook file than "
                               f"{playbook.id} {playbook.version}")
        calls = case_calls(session, lambda _hash: playbook, assessment_id)
        if calls is None or question_id not in {c.question_id for c in calls.calls}:
            raise InvalidInput(f"assessment {assessment_id} made no call on {question_id} "
                               "(the question was not answered): there is nothing to judge")
        row = Outcome(id=new_id(), assessment_id=assessment_id, question_id=question_id,
                      result=result, note=note, evidence=items, recorded_by=actor,
                      recorded_at=utc_now())
        session.execute(sa.insert(Outcome).values(**row.model_dump()))
        reindex_assessment(session, assessment_id)  # its note and evidence are searchable
        append_entry(session, actor=actor, action="outcome.record", entity_type="assessment",
                     entity_id=assessment_id,
                     payload={"assessment_id": assessment_id, "outcome_id": row.id,
                              "question_id": question_id, "result": result,
                              "content_hash": content_hash(outcome_content(row))})
    return row.id


def record_retrospective(
    db: Database, assessment_id: str, *, wrong: str, again: str, actor: str
) -> str:
    """Record a look back on the decision: what we got wrong, what we would do again."""
    wrong = check.text("what we got wrong", wrong, required=True).strip()
    again = check.text("what we would do again", again, required=True).strip()
    actor = check.name("recorded by", actor)
    with db.write_session() as session:
        _, decision = _decided(session, assessment_id)
        row = Retrospective(id=new_id(), assessment_id=assessment_id, decision_id=decision.id,
                            wrong=wrong, again=again, recorded_by=actor, recorded_at=utc_now())
        session.execute(sa.insert(Retrospective).values(**row.model_dump()))
        reindex_assessment(session, assessment_id)
        append_entry(session, actor=actor, action="retrospective.record",
                     entity_type="assessment", entity_id=assessment_id,
                     payload={"assessment_id": assessment_id, "retrospective_id": row.id,
                              "content_hash": content_hash(retrospective_content(row))})
    return row.id
