"""A scenario as typed on the command line: `--set QUESTION=VALUE`, `--endorse ISO`,
`--position ISO=POSITION`, read into a playbooks.what_if.Scenario, each mistake named in one
line (the option, the question or member, the value and what was expected)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from playbooks.answers import InvalidAnswerValue, check_answer_value, expected_value
from playbooks.model import POSITIONS, Playbook, Question, QuestionKind
from playbooks.what_if import InvalidScenario, Scenario

_YES = frozenset({"yes", "true", "y"})
_NO = frozenset({"no", "false", "n"})


def answer_from_text(question: Question, text: str) -> Any:
    """The answer value `text` stands for under its question's kind (empty: unanswered);
    raises InvalidAnswerValue when it is not one."""
    text = text.strip()
    if not text:
        return None
    kind = question.kind
    value: Any = text
    if kind is QuestionKind.YES_NO:
        lowered = text.lower()
        value = True if lowered in _YES else False if lowered in _NO else text
    elif kind is QuestionKind.SCALE:
        value = _number(text, integer=True)
    elif kind is QuestionKind.NUMBER:
        value = _number(text, integer=False)
    elif kind is QuestionKind.MEMBER_POSITIONS:
        raise InvalidAnswerValue(
            question.id, "member positions changed with --endorse ISO or --position ISO=POSITION",
            text,
        )
    check_answer_value(question, value)
    return value


def _number(text: str, *, integer: bool) -> Any:
    cleaned = text.replace(",", "").replace("_", "")
    try:
        number = float(cleaned) if len(cleaned) <= 40 else math.nan
    except ValueError:
        return text
    if not math.isfinite(number):
        return text
    if number == int(number) and ("." not in cleaned or integer):
        return int(number)
    return number


def parse_scenario(
    playbook: Playbook,
    sets: Sequence[str] = (),
    endorse: Sequence[str] = (),
    positions: Sequence[str] = (),
) -> Scenario:
    """The scenario of the command line's options (a later option on the same question or
    member wins, as it would if typed one after the other)."""
    answers: dict[str, Any] = {}
    for given in sets:
        question_id, equals, text = given.partition("=")
        question_id = question_id.strip()
        if not equals or not question_id:
            raise InvalidScenario(f"--set {given!r}: expected QUESTION=VALUE")
        try:
            question = playbook.question(question_id)
        except KeyError:
            raise InvalidScenario(
                f"--set {question_id}: not a question of playbook {playbook.id} "
                f"{playbook.version}"
            ) from None
        try:
            answers[question_id] = answer_from_text(question, text)
        except InvalidAnswerValue:
            raise InvalidScenario(
                f"--set {question_id}={text.strip()}: not a valid answer (expected "
                f"{expected_value(question)}; empty for unanswered)"
            ) from None
    changes: dict[str, str] = {}
    for iso in endorse:
        changes[iso.strip().upper()] = "endorse"
    for given in positions:
        iso, equals, position = given.partition("=")
        position = position.strip().lower().replace("-", "_").replace(" ", "_")
        if not equals or not iso.strip():
            raise InvalidScenario(f"--position {given!r}: expected ISO=POSITION")
        if position not in POSITIONS:
            raise InvalidScenario(
                f"--position {given.strip()}: {position!r} is not one of " + ", ".join(POSITIONS)
            )
        changes[iso.strip().upper()] = position
    return Scenario(answers=answers, positions=changes)
