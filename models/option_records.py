"""A case's options as the record reads them: frozen snapshots, the canonical content a
decision's record hash covers, and the options side of a decision.

Kept apart from models.options (which writes) so that models.records can load options with an
assessment without importing the workflow. A case without options has no rows here, and its
content and hash are exactly those of before options existed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.canonical import iso_utc
from models.tables import CaseOption, DecisionOption, OptionAnswer
from playbooks.model import AnswerQualifier
from playbooks.options import OptionInput


@dataclass(frozen=True)
class OptionAnswerRecord:
    question_id: str
    value: Any  # None while only a rationale is written
    rationale: str
    confidence: str | None
    answered_at: datetime
    answered_by: str


@dataclass(frozen=True)
class OptionRecord:
    id: str
    position: int
    name: str
    title: str
    description: str
    answers: Mapping[str, OptionAnswerRecord] = field(default_factory=dict)

    def as_input(self) -> OptionInput:
        """The option as playbooks.options judges it (unanswered questions left out)."""
        return OptionInput(
            name=self.name,
            title=self.title,
            answers={q: a.value for q, a in self.answers.items() if a.value is not None},
            qualifiers={
                q: AnswerQualifier(a.confidence, a.rationale) for q, a in self.answers.items()
            },
        )


@dataclass(frozen=True)
class DecisionOptionsRecord:
    """What a decision on a case with options froze: the option chosen (None: none), the
    best-judged option, whether the choice departs from it, and every option as judged (plain
    JSON: name, title, verdict, evaluation snapshot), in the case's order."""

    chosen_option: str | None
    best_option: str
    departs_from_best_option: bool
    options: tuple[dict[str, Any], ...]


def load_options(session: Session, assessment_id: str) -> tuple[OptionRecord, ...]:
    rows = session.execute(
        sa.select(CaseOption)
        .where(col(CaseOption.assessment_id) == assessment_id)
        .order_by(col(CaseOption.position))
    ).scalars().all()
    if not rows:
        return ()
    answers: dict[str, dict[str, OptionAnswerRecord]] = {r.id: {} for r in rows}
    for a in session.execute(
        sa.select(OptionAnswer)
        .where(col(OptionAnswer.assessment_id) == assessment_id)
        .order_by(col(OptionAnswer.option_id), col(OptionAnswer.question_id))
    ).scalars():
        answers[a.option_id][a.question_id] = OptionAnswerRecord(
            a.question_id, a.value, a.rationale, a.confidence, a.answered_at, a.answered_by
        )
    return tuple(
        OptionRecord(r.id, r.position, r.name, r.title, r.description, answers[r.id])
        for r in rows
    )


def options_content(options: tuple[OptionRecord, ...]) -> list[dict[str, Any]]:
    """The options as a frozen record's canonical content (the record hash covers them)."""
    return [
        {
            "name": o.name,
            "position": o.position,
            "title": o.title,
            "description": o.description,
            "answers": [
                {
                    "question_id": a.question_id,
                    "value": a.value,
                    "rationale": a.rationale,
                    "confidence": a.confidence,
                    "answered_at": iso_utc(a.answered_at),
                    "answered_by": a.answered_by,
                }
                for a in o.answers.values()
            ],
        }
        for o in options
    ]


def load_decision_options(session: Session, decision_id: str) -> DecisionOptionsRecord | None:
    row = session.get(DecisionOption, decision_id)
    if row is None:
        return None
    return DecisionOptionsRecord(
        row.chosen_option, row.best_option, row.departs_from_best_option, tuple(row.options)
    )


def decision_options_content(record: DecisionOptionsRecord | None) -> dict[str, Any] | None:
    """The options side of a decision as its record hash covers it (None: a case without
    options, whose decision content stays as it was before options existed)."""
    if record is None:
        return None
    return {
        "chosen_option": record.chosen_option,
        "best_option": record.best_option,
        "departs_from_best_option": record.departs_from_best_option,
        "options": list(record.options),
    }
