"""A case's options as the record reads them: frozen snapshots, the canonical content a
decision's record hash covers, and the options side of a decision.

Kept apart from models.options (which writes) so that models.records can load options with an
assessment without importing the workflow. A case without options has no rows here, and its
content and hash are exactly those of before options existed.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from models.canonical import iso_utc
from models.record_reads import read_decision_options, read_options, session_reader
from models.record_snapshots import DecisionOptionsRecord as DecisionOptionsRecord
from models.record_snapshots import OptionAnswerRecord as OptionAnswerRecord
from models.record_snapshots import OptionRecord as OptionRecord


def load_options(session: Session, assessment_id: str) -> tuple[OptionRecord, ...]:
    with session_reader(session) as reader:
        return read_options(reader, assessment_id)


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
    with session_reader(session) as reader:
        return read_decision_options(reader, decision_id)


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
