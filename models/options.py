"""Options in one case, on the record: setting a draft's options, saving an option's answers,
judging them (playbooks.options) and the plain rows the memo and the views print.

Each write is one transaction with its audit entry and search refresh, on a draft only (the
database's triggers refuse changes to options of a decided record, as they do for answers).
A case with no options is a single proposed action: nothing here changes how it is judged,
stored or hashed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import content_hash
from models.db import Database
from models.drafts import draft_for_change, touch
from models.errors import InvalidInput, NotFound
from models.judgement import require_playbook
from models.option_records import OptionRecord, load_options
from models.records import AssessmentRecord, load_in_session
from models.row_rewrites import drop_answer, drop_option, drop_option_answers, place_option
from models.search import reindex_assessment
from models.tables import CaseOption, OptionAnswer, new_id, utc_now
from playbooks.errors import UserError
from playbooks.model import ABOUT_OPTION, Playbook
from playbooks.options import (
    NO_ACTION,
    NO_ACTION_TITLE,
    OptionInput,
    check_options,
)


@dataclass(frozen=True)
class OptionSpec:
    """One course of action as an official names it."""

    name: str  # e.g. "air_strikes"; "no_action" is not acting
    title: str
    description: str = ""


def set_options(
    db: Database,
    assessment_id: str,
    options: Sequence[OptionSpec],
    *,
    actor: str,
    playbook: Playbook,
    expected_row_version: int | None = None,
) -> int:
    """Make `options` the draft's options, in this order (none: a single proposed action
    again). An option kept by name keeps its answers; a dropped one loses them. Returns the
    assessment's new row_version."""
    actor = check.name("actor", actor)
    specs = [_checked_spec(spec) for spec in options]
    if specs:
        check_playbook_asks_options(playbook)
        try:
            check_options(playbook, [OptionInput(s.name, s.title) for s in specs])
        except UserError as error:
            raise InvalidInput(str(error)) from None
    with db.write_session() as session:
        row = draft_for_change(session, assessment_id, expected_row_version)
        require_playbook(row, playbook)
        replace_options(session, assessment_id, specs)
        version = touch(session, row, utc_now())
        reindex_assessment(session, assessment_id)
        append_entry(
            session,
            actor=actor,
            action="options.set",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "options": [s.name for s in specs],
                "content": content_hash([[s.name, s.title, s.description] for s in specs]),
                "row_version": version,
            },
        )
    return version


def begin_options(
    db: Database,
    assessment_id: str,
    proposed: OptionSpec,
    *,
    actor: str,
    playbook: Playbook,
    expected_row_version: int | None = None,
) -> int:
    """Turn a single proposed action into a case with two options, "no action" and
    `proposed`, in one transaction. The case's answers to the questions now asked per option
    become the proposed option's (a case with options answers them only per option, and its
    case file would refuse them at case level); an answer's evidence items, which an option
    answer does not keep, are added to its rationale in words so nothing is lost. Returns the
    assessment's new row_version."""
    actor = check.name("actor", actor)
    check_playbook_asks_options(playbook)
    specs = [OptionSpec(NO_ACTION, NO_ACTION_TITLE), _checked_spec(proposed)]
    try:
        check_options(playbook, [OptionInput(s.name, s.title) for s in specs])
    except UserError as error:
        raise InvalidInput(str(error)) from None
    asked = {q.id for q in playbook.option_questions()}
    with db.write_session() as session:
        row = draft_for_change(session, assessment_id, expected_row_version)
        require_playbook(row, playbook)
        if session.execute(sa.select(col(CaseOption.id)).where(
                col(CaseOption.assessment_id) == assessment_id)).first() is not None:
            raise InvalidInput(f"assessment {assessment_id} already compares options")
        record = load_in_session(session, assessment_id)
        replace_options(session, assessment_id, specs)
        proposed_id = session.execute(sa.select(col(CaseOption.id)).where(
            col(CaseOption.assessment_id) == assessment_id,
            col(CaseOption.name) == specs[1].name)).scalar_one()
        now = utc_now()
        moved = {}
        for question_id, answer in sorted(record.answers.items()):
            if question_id not in asked:
                continue
            rationale = "\n".join([answer.rationale, *(
                f"Evidence [{e.reliability}{e.credibility}]: {e.summary}"
                + (f" ({e.source})" if e.source else "") for e in answer.evidence)]).strip()
            moved[question_id] = insert_option_answer(
                session, assessment_id, proposed_id, question_id, answer.value,
                check.text(f"rationale of {question_id}", rationale), answer.confidence,
                now, actor)
            drop_answer(session, assessment_id, question_id)  # officials hold no DELETE on PG
        version = touch(session, row, now)
        reindex_assessment(session, assessment_id)
        append_entry(
            session,
            actor=actor,
            action="options.begin",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "options": [s.name for s in specs],
                "content": content_hash([[s.name, s.title, s.description] for s in specs]),
                "moved_answers": moved,
                "row_version": version,
            },
        )
    return version


def check_playbook_asks_options(playbook: Playbook) -> None:
    if not playbook.asks_per_option:
        raise InvalidInput(
            f"playbook {playbook.id} {playbook.version} asks no question per option "
            "(`about: option`): every option would be judged alike; assess one action"
        )


def _checked_spec(spec: OptionSpec) -> OptionSpec:
    return OptionSpec(
        name=str(spec.name),
        title=check.text(f"title of option {spec.name}", spec.title, required=True).strip(),
        description=check.text(f"description of option {spec.name}", spec.description),
    )


def replace_options(session: Session, assessment_id: str, specs: Sequence[OptionSpec]) -> None:
    """Write `specs` as the draft's options inside the caller's write transaction, keeping the
    answers of options kept by name (checked by the caller)."""
    old = {
        r.name: r
        for r in session.execute(
            sa.select(CaseOption).where(col(CaseOption.assessment_id) == assessment_id)
        ).scalars()
    }
    wanted = {s.name for s in specs}
    for name, row in old.items():
        if name not in wanted:
            drop_option(session, row.id)
    # Positions are unique per case: move the kept ones out of the way first.
    for offset, row in enumerate(r for n, r in old.items() if n in wanted):
        place_option(session, row.id, -1 - offset)
    for position, spec in enumerate(specs, start=1):
        values = {"position": position, "title": spec.title, "description": spec.description}
        if spec.name in old:
            place_option(session, old[spec.name].id, position, spec.title, spec.description)
        else:
            session.execute(
                sa.insert(CaseOption).values(
                    id=new_id(), assessment_id=assessment_id, name=spec.name, **values
                )
            )


def save_option_answer(
    db: Database,
    assessment_id: str,
    option: str,
    question_id: str,
    value: Any,
    *,
    rationale: str = "",
    confidence: str | None = None,
    actor: str,
    playbook: Playbook,
    expected_row_version: int | None = None,
) -> int:
    """Save one option's answer to a question the playbook asks per option (value None with
    no rationale or confidence clears it). Returns the assessment's new row_version."""
    question = check.question(playbook, question_id)
    if question.about != ABOUT_OPTION:
        raise InvalidInput(
            f"question {question_id} is about the situation: answer it once for the case"
        )
    value = check.answer_value(question, value)
    rationale = check.text(f"rationale of {question_id} for option {option}", rationale)
    confidence = check.confidence(confidence)
    actor = check.name("actor", actor)
    clearing = value is None and not rationale.strip() and confidence is None
    with db.write_session() as session:
        row = draft_for_change(session, assessment_id, expected_row_version)
        require_playbook(row, playbook)
        option_id = session.execute(
            sa.select(col(CaseOption.id)).where(
                col(CaseOption.assessment_id) == assessment_id, col(CaseOption.name) == option
            )
        ).scalar_one_or_none()
        if option_id is None:
            raise NotFound(f"assessment {assessment_id} has no option {option!r}")
        now = utc_now()
        drop_option_answers(session, option_id, question_id)
        answer_hash = None
        if not clearing:
            answer_hash = insert_option_answer(
                session, assessment_id, option_id, question_id, value, rationale, confidence,
                now, actor,
            )
        version = touch(session, row, now)
        reindex_assessment(session, assessment_id)
        append_entry(
            session,
            actor=actor,
            action="option_answer.clear" if clearing else "option_answer.save",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "option": option,
                "question_id": question_id,
                "answer_hash": answer_hash,
                "row_version": version,
            },
        )
    return version


def insert_option_answer(
    session: Session,
    assessment_id: str,
    option_id: str,
    question_id: str,
    value: Any,
    rationale: str,
    confidence: str | None,
    answered_at: Any,
    answered_by: str,
) -> str:
    """Store one option answer inside the caller's write transaction (values checked by the
    caller, who also appends the audit entry); returns its content hash."""
    session.execute(
        sa.insert(OptionAnswer).values(
            id=new_id(),
            assessment_id=assessment_id,
            option_id=option_id,
            question_id=question_id,
            value=value,
            rationale=rationale,
            confidence=confidence,
            answered_at=answered_at,
            answered_by=answered_by,
        )
    )
    return content_hash({"value": value, "rationale": rationale, "confidence": confidence})


def copy_options(session: Session, from_id: str, to_id: str) -> None:
    """A new revision's copy of the options and their answers (inside `open_revision`)."""
    _insert_options(session, to_id, load_options(session, from_id), None)


def carry_options(
    session: Session, options: Sequence[OptionRecord], to_id: str, playbook: Playbook
) -> int:
    """The options of an assessment moved to another version of its playbook
    (models.version_move), with the answers that version still asks per option: an answer
    to a question it no longer asks per option stays behind, one whose value it no longer
    accepts keeps its rationale and waits to be answered again. Returns how many answers
    were carried with their value. Refused, before anything is written, when the version asks
    no question per option: every option would be judged alike."""
    if not options:
        return 0
    check_playbook_asks_options(playbook)
    return _insert_options(session, to_id, options, playbook)


def _insert_options(
    session: Session, to_id: str, options: Sequence[OptionRecord], playbook: Playbook | None
) -> int:
    """Insert `options` under `to_id`; with `playbook`, their answers follow its questions
    (`carry_options`), else they are copied as they are. Returns the answers with a value."""
    asked = {q.id for q in playbook.option_questions()} if playbook is not None else None
    with_value = 0
    for option in options:
        option_id = new_id()
        session.execute(
            sa.insert(CaseOption).values(
                id=option_id, assessment_id=to_id, position=option.position, name=option.name,
                title=option.title, description=option.description,
            )
        )
        for a in option.answers.values():
            value = a.value
            if asked is not None and playbook is not None:
                if a.question_id not in asked:
                    continue
                value = _still_accepted(playbook, a.question_id, value)
                if value is None and not a.rationale.strip() and a.confidence is None:
                    continue
            insert_option_answer(
                session, to_id, option_id, a.question_id, value, a.rationale, a.confidence,
                a.answered_at, a.answered_by,
            )
            with_value += value is not None
    return with_value


def _still_accepted(playbook: Playbook, question_id: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        check.answer_value(playbook.question(question_id), value)
    except UserError:
        return None
    return value


def record_option(record: AssessmentRecord, name: str) -> OptionRecord:
    for option in record.options:
        if option.name == name:
            return option
    names = ", ".join(o.name for o in record.options) or "none"
    raise InvalidInput(f"assessment {record.id} has no option {name!r} (its options: {names})")


__all__ = [
    "NO_ACTION",
    "OptionSpec",
    "begin_options",
    "carry_options",
    "check_playbook_asks_options",
    "copy_options",
    "insert_option_answer",
    "record_option",
    "replace_options",
    "save_option_answer",
    "set_options",
]
