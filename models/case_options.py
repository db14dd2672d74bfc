"""Options in case files: the `options` list, read strictly (file, line and field in every
error), written back in the case's order, and stored on import (docs/case-file-format.md,
"options[]").

    options:                       # optional: 2 to 6, one named no_action
      - name: no_action
        title: No action
        description: …             # optional
        answers:                   # only questions the playbook asks per option
          success_likelihood:
            answer: very_unlikely
            rationale: …           # optional
            confidence: moderate   # optional

A case file without `options` is a single proposed action, read and written as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation
from models.option_records import OptionRecord
from models.options import OptionSpec, insert_option_answer, replace_options
from models.tables import CaseOption
from models.yamlfields import (
    describe,
    expect_choice,
    expect_list,
    expect_mapping,
    expect_text,
    field_error,
    shorten,
)
from playbooks.errors import UserError
from playbooks.model import ABOUT_OPTION, CONFIDENCE_LEVELS, Playbook, Question
from playbooks.options import (
    MAX_OPTIONS,
    MIN_OPTIONS,
    NO_ACTION,
    OPTION_NAME,
    OPTION_NAME_EXPECTED,
)
from playbooks.strict_yaml import YamlDocument

Path_ = tuple[str | int, ...]
# Checks one answer value against its question, raising an InputError at the path (casefile's).
ValueCheck = Callable[[YamlDocument, Path_, Question | None, Any], None]


@dataclass(frozen=True)
class CaseOptionAnswer:
    question_id: str
    value: Any
    rationale: str = ""
    confidence: str | None = None


@dataclass(frozen=True)
class CaseOptionEntry:
    name: str
    title: str
    description: str = ""
    answers: tuple[CaseOptionAnswer, ...] = ()


def read_options(
    doc: YamlDocument,
    value: Any,
    playbook: Playbook | None,
    check_value: ValueCheck,
    max_text: int,
) -> tuple[CaseOptionEntry, ...]:
    """The `options` list of a case file (None or absent: none)."""
    if value is None:
        return ()
    path: Path_ = ("options",)
    items = expect_list(doc, path, value, max_items=MAX_OPTIONS)
    if len(items) < MIN_OPTIONS:
        raise field_error(doc, path, f"has {len(items)} option(s)",
                          f"{MIN_OPTIONS} to {MAX_OPTIONS} options, one named {NO_ACTION}")
    if playbook is not None and not playbook.asks_per_option:
        raise field_error(
            doc, path, f"playbook {playbook.id} {playbook.version} asks no question per option",
            "no options (every option would be judged alike), or a playbook with questions "
            "marked `about: option`",
        )
    options: list[CaseOptionEntry] = []
    for index, item in enumerate(items):
        option = _read_option(doc, (*path, index), item, playbook, check_value, max_text)
        if any(o.name == option.name for o in options):
            raise field_error(doc, (*path, index, "name"), f"`{option.name}` is named twice",
                              "each option name once")
        options.append(option)
    if not any(o.name == NO_ACTION for o in options):
        raise field_error(doc, path, f"has no option named {NO_ACTION}",
                          f"one option named {NO_ACTION}: not acting is always an option")
    return tuple(options)


def _read_option(
    doc: YamlDocument,
    path: Path_,
    item: Any,
    playbook: Playbook | None,
    check_value: ValueCheck,
    max_text: int,
) -> CaseOptionEntry:
    fields = expect_mapping(
        doc, path, item, required=("name", "title"), optional=("description", "answers"),
        what="an option: {name: …, title: …, description: …, answers: {…}}",
    )
    name = expect_text(doc, (*path, "name"), fields["name"], max_length=40, single_line=True,
                       allow_empty=False, pattern=OPTION_NAME, expected=OPTION_NAME_EXPECTED)
    title = expect_text(doc, (*path, "title"), fields["title"], max_length=max_text,
                        allow_empty=False, expected="the option's title")
    answers_data = fields.get("answers") or {}
    if not isinstance(answers_data, dict):
        raise field_error(doc, (*path, "answers"), f"is {describe(answers_data)}",
                          "a mapping by question id")
    answers = tuple(
        _read_option_answer(doc, (*path, "answers", qid), qid, entry, playbook, check_value,
                            max_text)
        for qid, entry in answers_data.items()
    )
    return CaseOptionEntry(
        name=name,
        title=title,
        description=expect_text(doc, (*path, "description"), fields.get("description", ""),
                                max_length=max_text),
        answers=answers,
    )


def _read_option_answer(
    doc: YamlDocument,
    path: Path_,
    question_id: str,
    entry: Any,
    playbook: Playbook | None,
    check_value: ValueCheck,
    max_text: int,
) -> CaseOptionAnswer:
    question = None
    if playbook is not None:
        asked = [q for q in playbook.questions() if q.about == ABOUT_OPTION]
        question = next((q for q in asked if q.id == question_id), None)
        if question is None:
            raise field_error(
                doc, path,
                f"`{shorten(question_id)}` is not a question playbook {playbook.id} "
                f"{playbook.version} asks per option",
                "one of: " + ", ".join(q.id for q in asked),
            )
    fields = expect_mapping(doc, path, entry, required=(),
                            optional=("answer", "rationale", "confidence"),
                            what="an answer: {answer: …, rationale: …, confidence: …}")
    value = fields.get("answer")
    check_value(doc, (*path, "answer"), question, value)
    confidence = fields.get("confidence")
    if confidence is not None:
        confidence = expect_choice(doc, (*path, "confidence"), confidence, CONFIDENCE_LEVELS)
    return CaseOptionAnswer(
        question_id=question_id,
        value=value,
        rationale=expect_text(doc, (*path, "rationale"), fields.get("rationale", ""),
                              max_length=max_text),
        confidence=confidence,
    )


def refuse_situation_answers_to_option_questions(
    doc: YamlDocument, answers: Sequence[Any], playbook: Playbook | None
) -> None:
    """With options, a case-level answer to an option question would stand for no option:
    it is refused, naming where it belongs."""
    if playbook is None:
        return
    asked = {q.id for q in playbook.questions() if q.about == ABOUT_OPTION}
    for answer in answers:
        if answer.question_id in asked:
            raise field_error(
                doc, ("answers", answer.question_id),
                f"`{answer.question_id}` is asked per option in a case with options",
                f"its answer under options[].answers.{answer.question_id}",
            )


def options_data(
    options: Sequence[OptionRecord], playbook: Playbook | None
) -> list[dict[str, Any]]:
    """The record's options as a case file writes them (answers in the playbook's order)."""
    order = {q.id: n for n, q in enumerate(playbook.questions())} if playbook else {}
    result = []
    for option in options:
        answers = sorted(option.answers.values(),
                         key=lambda a: (order.get(a.question_id, len(order)), a.question_id))
        entry: dict[str, Any] = {"name": option.name, "title": option.title,
                                 "description": option.description}
        data: dict[str, Any] = {}
        for a in answers:
            data[a.question_id] = {"answer": a.value, "rationale": a.rationale}
            if a.confidence is not None:
                data[a.question_id]["confidence"] = a.confidence
        entry["answers"] = data
        result.append(entry)
    return result


def store_options(
    session: Session,
    assessment_id: str,
    options: Sequence[CaseOptionEntry],
    playbook: Playbook,
    error: Callable[[Path_, str], Exception],
    answered_at: datetime,
    actor: str,
) -> dict[str, dict[str, str]]:
    """Write a case file's options and their answers on import (inside its transaction, after
    the same checks as the workflow); returns each option's answer hashes for the audit entry."""
    specs = []
    for index, option in enumerate(options):
        try:
            specs.append(OptionSpec(
                option.name,
                validation.text(f"title of option {option.name}", option.title, required=True),
                validation.text(f"description of option {option.name}", option.description),
            ))
        except UserError as problem:
            raise error(("options", index), str(problem)) from None
    replace_options(session, assessment_id, specs)
    rows = session.execute(
        sa.select(col(CaseOption.name), col(CaseOption.id)).where(
            col(CaseOption.assessment_id) == assessment_id
        )
    ).all()
    ids = {name: option_id for name, option_id in rows}
    hashes: dict[str, dict[str, str]] = {}
    for index, option in enumerate(options):
        hashes[option.name] = {}
        for answer in option.answers:
            path: Path_ = ("options", index, "answers", answer.question_id)
            try:
                question = validation.question(playbook, answer.question_id)
                value = validation.answer_value(question, answer.value)
                rationale = validation.text(f"rationale of {answer.question_id}",
                                            answer.rationale)
            except UserError as problem:
                raise error(path, str(problem)) from None
            if value is None and not rationale.strip() and answer.confidence is None:
                continue  # an entry that records nothing
            hashes[option.name][answer.question_id] = insert_option_answer(
                session, assessment_id, ids[option.name], answer.question_id, value, rationale,
                answer.confidence, answered_at, actor,
            )
    return hashes

