"""Options in one case: the situation answered once, each course of action answered on its own,
each option judged by the unchanged `evaluate`, and the options ranked (pure, no database).

A playbook marks each question `about: situation` (the default) or `about: option`
(playbooks.model.QUESTION_ABOUTS). An option's answers are the case's answers to the situation
questions with the option's own answers to the option questions; nothing else differs, so an
option is judged exactly as a single proposed action with those answers would be. "No action"
is always one of the options: its option answers describe the consequences of not acting (the
High-level Panel's balance of consequences, 2004, para. 207(e); ICISS 2001, para. 4.41), so
acting is compared with standing aside on the same criteria. docs/method.md, "Options in one
case", gives the sources and the ranking rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from playbooks.errors import UserError
from playbooks.evaluate import evaluate
from playbooks.model import (
    ABOUT_OPTION,
    ROLE_LEGAL_BASIS,
    AnswerQualifier,
    Evaluation,
    MemberInfo,
    Playbook,
    Verdict,
)
from playbooks.verdict import VERDICT_RANK

V = TypeVar("V")  # an answer value or its qualifier

NO_ACTION = "no_action"
NO_ACTION_TITLE = "No action"
MIN_OPTIONS = 2
MAX_OPTIONS = 6
OPTION_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
OPTION_NAME_EXPECTED = "lower-case letters, digits and `_`, starting with a letter, at most 40"

class InvalidOptions(UserError):
    """Options a case cannot hold: too few or too many, no "no action", a name twice, or an
    option answering a question that is not about the option."""


@dataclass(frozen=True)
class OptionInput:
    """One course of action as the case states it: its answers to the option questions
    (question id -> value, as `evaluate` takes them) and their qualifiers."""

    name: str
    title: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    qualifiers: Mapping[str, AnswerQualifier] = field(default_factory=dict)

    @property
    def no_action(self) -> bool:
        return self.name == NO_ACTION


@dataclass(frozen=True)
class OptionJudgement:
    """One option judged: its evaluation (verdict, per-criterion scores and margins,
    fragility), as `evaluate` gives it for the option's answers."""

    name: str
    title: str
    no_action: bool
    evaluation: Evaluation

    @property
    def verdict(self) -> Verdict:
        return self.evaluation.verdict

    @property
    def weakest_margin(self) -> float | None:
        """The smallest margin of a judged criterion to its threshold (None: none scored)."""
        margins = [
            c.margin
            for c in self.evaluation.criteria
            if c.margin is not None and c.role != ROLE_LEGAL_BASIS
        ]
        return min(margins) if margins else None


@dataclass(frozen=True)
class OptionsComparison:
    """Every option judged, in the case's order, and the ranking, best-judged first."""

    options: tuple[OptionJudgement, ...]
    ranking: tuple[str, ...]

    @property
    def best(self) -> OptionJudgement:
        return self.option(self.ranking[0])

    def option(self, name: str) -> OptionJudgement:
        for judged in self.options:
            if judged.name == name:
                return judged
        raise KeyError(name)


def check_options(playbook: Playbook, options: Sequence[OptionInput]) -> None:
    """Refuse options a case cannot hold (raises InvalidOptions naming the first problem)."""
    if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
        raise InvalidOptions(
            f"a case holds {MIN_OPTIONS} to {MAX_OPTIONS} options, including "
            f"{NO_ACTION!r}; {len(options)} given"
        )
    names = [o.name for o in options]
    for name in names:
        if not isinstance(name, str) or not OPTION_NAME.fullmatch(name):
            raise InvalidOptions(f"option name {name!r}: expected {OPTION_NAME_EXPECTED}")
        if names.count(name) > 1:
            raise InvalidOptions(f"option {name!r} is named twice: each option once")
    if NO_ACTION not in names:
        raise InvalidOptions(f"the options must include {NO_ACTION!r} (not acting)")
    option_ids = {q.id for q in playbook.option_questions()}
    for option in options:
        for question_id in option.answers:
            if question_id not in option_ids:
                raise InvalidOptions(
                    f"option {option.name!r} answers {question_id!r}, which playbook "
                    f"{playbook.id} {playbook.version} does not ask per option"
                    + ("" if option_ids else " (it marks no question `about: option`)")
                )


def option_answers(
    playbook: Playbook, situation: Mapping[str, Any], option: OptionInput
) -> dict[str, Any]:
    """The answers an option is judged on: the case's answers to the situation questions
    with the option's answers to the option questions (a case's answer to an option question
    never stands in for an option's own)."""
    return _merged(playbook, situation, option.answers)


def option_qualifiers(
    playbook: Playbook,
    situation: Mapping[str, AnswerQualifier],
    option: OptionInput,
) -> dict[str, AnswerQualifier]:
    """The qualifiers (confidence, rationale) that go with `option_answers`, by the same rule."""
    return _merged(playbook, situation, option.qualifiers)


def _merged(playbook: Playbook, situation: Mapping[str, V], own: Mapping[str, V]) -> dict[str, V]:
    """The case's entries for the situation questions with the option's own for the option
    questions: neither side stands in for the other."""
    option_ids = {q.id for q in playbook.questions() if q.about == ABOUT_OPTION}
    merged = {qid: value for qid, value in situation.items() if qid not in option_ids}
    merged.update({qid: value for qid, value in own.items() if qid in option_ids})
    return merged


def evaluate_options(
    playbook: Playbook,
    situation: Mapping[str, Any],
    options: Sequence[OptionInput],
    members: Sequence[MemberInfo],
    qualifiers: Mapping[str, AnswerQualifier] | None = None,
) -> OptionsComparison:
    """Each option's evaluation (one `evaluate` per option) and their ranking."""
    check_options(playbook, options)
    judged = tuple(
        OptionJudgement(
            name=option.name,
            title=option.title,
            no_action=option.no_action,
            evaluation=evaluate(
                playbook,
                option_answers(playbook, situation, option),
                members,
                option_qualifiers(playbook, qualifiers or {}, option),
            ),
        )
        for option in options
    )
    return OptionsComparison(judged, rank_options(judged))


def departs_from_best(comparison: OptionsComparison, chosen: str | None) -> bool:
    """Whether choosing `chosen` (None: no option) departs from the best-judged option, which
    a decision must then justify in writing, as it justifies departing from a verdict."""
    return chosen is not None and chosen != comparison.best.name


def rank_options(options: Sequence[OptionJudgement]) -> tuple[str, ...]:
    """The options' names, best-judged first: by verdict (playbooks.verdict.VERDICT_RANK:
    legitimate, with conditions, authority short, not legitimate, then an incomplete file),
    then the higher overall score, then the larger weakest margin (the less fragile); an exact
    tie goes to "no action" (acting must be shown better than not acting), then to the case's
    order."""

    def key(item: tuple[int, OptionJudgement]) -> tuple[int, float, float, int, int]:
        order, judged = item
        evaluation = judged.evaluation
        score = evaluation.overall_score
        margin = judged.weakest_margin
        return (
            -VERDICT_RANK[evaluation.verdict],
            -(score if score is not None else -2.0),
            -(margin if margin is not None else -2.0),
            0 if judged.no_action else 1,
            order,
        )

    return tuple(judged.name for _, judged in sorted(enumerate(options), key=key))


__all__ = [
    "MAX_OPTIONS",
    "MIN_OPTIONS",
    "NO_ACTION",
    "NO_ACTION_TITLE",
    "InvalidOptions",
    "OptionInput",
    "OptionJudgement",
    "OptionsComparison",
    "check_options",
    "departs_from_best",
    "evaluate_options",
    "option_answers",
    "option_qualifiers",
    "rank_options",
]
