"""What-if: the record's answers with some answers or member positions replaced, evaluated
beside the record's own evaluation, without touching either (pure, no database).

A `Sandbox` holds one record's answers, qualifiers, playbook and members, copied on entry, and
evaluates the record once; each scenario then costs one evaluation (the scenario's) and a
comparison, so a panel can re-run it on every edit. A scenario's answers are judged exactly as
the record's would be if they were saved: with the record's qualifiers (confidence, rationale,
evidence) of each question, so a likelihood set in a scenario where the record has no
rationale for it is "not settled" in format 2, as it would be in the record.

What else it answers: what it would take (playbooks.endorsements) and how often each verdict
results over draws of the likelihood answers (playbooks.likelihood_draws), both for the
scenario's answers.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from playbooks.answers import UnknownQuestion, check_answer_value
from playbooks.endorsements import EndorsementsNeeded, endorsements_needed, positions_question
from playbooks.errors import UserError
from playbooks.evaluate import evaluate
from playbooks.likelihood_draws import DrawShares, draw_scored
from playbooks.model import (
    POSITIONS,
    AnswerQualifier,
    CriterionResult,
    Evaluation,
    MemberInfo,
    Playbook,
    Verdict,
)
from playbooks.scoring import score_all
from playbooks.verdict import TOLERANCE


class InvalidScenario(UserError):
    """A scenario change that names no question or member, or gives a value it cannot take."""


@dataclass(frozen=True)
class Scenario:
    """Changes to the record's answers: `answers` replaces whole answers (None: unanswered);
    `positions` replaces single members' positions on the member-positions answer."""

    answers: Mapping[str, Any] = field(default_factory=dict)
    positions: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CriterionChange:
    """One criterion in the record and in the scenario."""

    criterion_id: str
    title: str
    status_before: str
    status_after: str
    score_before: float | None
    score_after: float | None
    margin_before: float | None
    margin_after: float | None

    @property
    def changed(self) -> bool:
        if self.status_before != self.status_after:
            return True
        before, after = self.score_before, self.score_after
        if (before is None) != (after is None):
            return True
        return before is not None and after is not None and abs(after - before) > TOLERANCE


@dataclass(frozen=True)
class ScenarioResult:
    record: Evaluation
    scenario: Evaluation
    answers: dict[str, Any]  # the scenario's answers (a copy)
    changed_answers: tuple[str, ...]  # question ids whose value differs from the record's
    criteria: tuple[CriterionChange, ...]  # every judged criterion, in playbook order

    @property
    def verdict_changed(self) -> bool:
        return self.record.verdict is not self.scenario.verdict

    @property
    def changes(self) -> tuple[CriterionChange, ...]:
        return tuple(c for c in self.criteria if c.changed)


class Sandbox:
    """One record's answers, to try scenarios on; the record's evaluation is computed once."""

    def __init__(
        self,
        playbook: Playbook,
        answers: Mapping[str, Any],
        members: Sequence[MemberInfo],
        qualifiers: Mapping[str, AnswerQualifier] | None = None,
    ) -> None:
        self.playbook = playbook
        self.answers: dict[str, Any] = copy.deepcopy(dict(answers))
        self.members: tuple[MemberInfo, ...] = tuple(members)
        self.qualifiers: dict[str, AnswerQualifier] = dict(qualifiers or {})
        self.record = evaluate(playbook, self.answers, self.members, self.qualifiers)

    def answers_of(self, scenario: Scenario) -> dict[str, Any]:
        """The record's answers with the scenario's changes (a new dict; checked)."""
        return apply_scenario(self.playbook, self.answers, self.members, scenario)

    def run(self, scenario: Scenario) -> ScenarioResult:
        answers = self.answers_of(scenario)
        evaluation = evaluate(self.playbook, answers, self.members, self.qualifiers)
        return compare(self.record, evaluation, self.answers, answers)

    def flips(self, scenario: Scenario, result: ScenarioResult | None = None) -> tuple[str, ...]:
        """The scenario's single changes that, each tried alone on the record, change its
        verdict: question ids, and "ISO" for a member's position (one evaluation each; none
        when the scenario is one change and its `result` is given: that is the change alone)."""
        changes = [*scenario.answers, *scenario.positions]
        if result is not None and len(changes) == 1:
            return tuple(changes) if result.verdict_changed else ()
        singles = [(qid, Scenario(answers={qid: value}))
                   for qid, value in scenario.answers.items()]
        singles += [(iso, Scenario(positions={iso: position}))
                    for iso, position in scenario.positions.items()]
        return tuple(name for name, single in singles if self.run(single).verdict_changed)

    def endorsements(self, scenario: Scenario | None = None) -> EndorsementsNeeded | None:
        answers = self.answers_of(scenario or Scenario())
        return endorsements_needed(self.playbook, answers, self.members)

    def draws(self, scenario: Scenario | None, *, draws: int, seed: int) -> DrawShares:
        answers = self.answers_of(scenario or Scenario())
        scored = score_all(self.playbook, answers, self.members, self.qualifiers)
        return draw_scored(self.playbook, scored, draws=draws, seed=seed)


def apply_scenario(
    playbook: Playbook,
    answers: Mapping[str, Any],
    members: Sequence[MemberInfo],
    scenario: Scenario,
) -> dict[str, Any]:
    """A new dict of answers: `answers` (never changed) with the scenario's changes, each
    checked against its question (raises InvalidScenario naming the bad one)."""
    result = copy.deepcopy(dict(answers))
    for question_id, value in scenario.answers.items():
        try:
            question = playbook.question(question_id)
        except KeyError:
            raise InvalidScenario(str(UnknownQuestion(question_id, playbook))) from None
        try:
            check_answer_value(question, value)
        except UserError as error:
            raise InvalidScenario(str(error)) from None
        if value is None:
            result.pop(question_id, None)
        else:
            result[question_id] = copy.deepcopy(value)
    if scenario.positions:
        positions = positions_question(playbook)
        if positions is None:
            raise InvalidScenario(
                f"playbook {playbook.id} {playbook.version} asks no member positions"
            )
        known = {m.iso for m in members}
        for iso, position in scenario.positions.items():
            if iso not in known:
                raise InvalidScenario(f"member {iso}: not in the member registry")
            if position not in POSITIONS:
                raise InvalidScenario(
                    f"position of {iso}: {position!r} is not one of " + ", ".join(POSITIONS)
                )
        result[positions.id] = {**(result.get(positions.id) or {}), **scenario.positions}
    return result


def compare(
    record: Evaluation,
    scenario: Evaluation,
    record_answers: Mapping[str, Any],
    scenario_answers: Mapping[str, Any],
) -> ScenarioResult:
    """The scenario beside the record: the answers that differ and every criterion before and
    after (the legal basis, judged apart, is not a criterion of the verdict)."""
    after = {c.criterion_id: c for c in scenario.criteria}
    criteria = tuple(
        _criterion_change(c, after[c.criterion_id])
        for c in record.criteria
        if c.criterion_id in after
    )
    changed = tuple(
        qid
        for qid in scenario.questions
        if record_answers.get(qid) != scenario_answers.get(qid)
    )
    return ScenarioResult(record, scenario, dict(scenario_answers), changed, criteria)


def _criterion_change(before: CriterionResult, after: CriterionResult) -> CriterionChange:
    return CriterionChange(
        criterion_id=before.criterion_id,
        title=before.title,
        status_before=before.status,
        status_after=after.status,
        score_before=before.score,
        score_after=after.score,
        margin_before=before.margin,
        margin_after=after.margin,
    )


__all__ = [
    "CriterionChange",
    "InvalidScenario",
    "Sandbox",
    "Scenario",
    "ScenarioResult",
    "Verdict",
    "apply_scenario",
    "compare",
]
