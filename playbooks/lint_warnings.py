"""Warnings about a playbook that loads but cannot work as its author meant: rules no answer can
satisfy, and answers that cannot change anything. They are not errors — such a playbook is
valid, and evaluates — so `playbooks check` prints them and still succeeds.

- a pass mark (a gate's or any criterion's) above the best score any answers can give, and a
  `legitimate_min_score` above the best overall score;
- a question whose answers all score the same (the answer cannot move the score);
- a knock-out that every possible answer fails (the criterion can never pass) or that no
  possible answer fails (it never knocks anything out);
- an authority route whose `when` conditions no answer meets (only answers outside the question's
  answers, or only answers that knock their criterion out).

The best score follows the evaluation rules (playbooks.verdict): a criterion's score is the
weighted mean of its answered, scored questions, optional ones counting only when answered.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from playbooks.answers import number_score, ordered_values, score_answer
from playbooks.model import Condition, Criterion, Playbook, Question, QuestionKind
from playbooks.strict_yaml import Path, YamlDocument, format_path
from playbooks.verdict import TOLERANCE

_ENUMERATED = (
    QuestionKind.SCALE,
    QuestionKind.YES_NO,
    QuestionKind.CHOICE,
    QuestionKind.LIKELIHOOD,
    QuestionKind.CONFIDENCE,
    QuestionKind.SECURITY_COUNCIL,
)


@dataclass(frozen=True)
class LintWarning:
    file: str
    line: int | None
    field: str
    problem: str

    def one_line(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return " ".join(f"{where}: {self.field or '(document)'}: {self.problem}".split())

    def __str__(self) -> str:
        return self.one_line()


class _Warnings:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.found: list[LintWarning] = []

    def add(self, path: Path, problem: str) -> None:
        self.found.append(
            LintWarning(self.doc.file, self.doc.line(path), format_path(path), problem)
        )


def playbook_warnings(playbook: Playbook, doc: YamlDocument) -> list[LintWarning]:
    """Every warning for a playbook read without errors from `doc`."""
    warnings = _Warnings(doc)
    bests: dict[str, float | None] = {}
    for c_index, criterion in enumerate(playbook.criteria):
        at = ("criteria", c_index)
        for q_index, question in enumerate(criterion.questions):
            _same_scores(warnings, (*at, "questions", q_index), question)
        for k_index, knockout in enumerate(criterion.knockouts):
            _knockout(warnings, (*at, "knockouts", k_index), criterion, knockout)
        if not criterion.judged:
            continue
        bests[criterion.id] = _best_criterion_score(playbook, criterion, knockouts=False)
        best = _best_criterion_score(playbook, criterion, knockouts=True)
        if best is not None and best + TOLERANCE < criterion.pass_threshold:
            what = "gate" if criterion.gate else "criterion"
            consequence = (
                "so the action can never be judged legitimate"
                if criterion.gate
                else "so it always fails"
            )
            warnings.add(
                (*at, "pass_threshold"),
                f"no answers can reach this {what}'s pass mark: it is "
                f"{criterion.pass_threshold:g}, the best possible score is {best:.2f}, "
                f"{consequence}",
            )
    _overall(warnings, playbook, bests)
    _routes(warnings, playbook)
    return warnings.found


def _same_scores(warnings: _Warnings, path: Path, question: Question) -> None:
    if question.kind not in (QuestionKind.CHOICE, QuestionKind.SECURITY_COUNCIL):
        return  # the other enumerated kinds score along their order by construction
    if question.weight <= 0:
        return
    scores = {score_answer(question, value) for value in ordered_values(question)}
    if len(scores) == 1:
        (score,) = scores
        what = "options" if question.kind is QuestionKind.CHOICE else "status_scores"
        warnings.add(
            (*path, what),
            f"every answer to `{question.id}` scores {score:g}: the answer cannot change the "
            "score (give the answers different scores, or weight 0 to record it only)",
        )


def _question(criterion: Criterion, question_id: str) -> Question:
    return next(q for q in criterion.questions if q.id == question_id)


def _knockout(warnings: _Warnings, path: Path, criterion: Criterion, knockout: Condition) -> None:
    question = _question(criterion, knockout.question_id)
    holds = _holds_for(question, knockout)
    if holds is None:
        return
    some_pass, some_fail = holds
    if not some_pass:
        warnings.add(
            path,
            f"no answer to `{question.id}` meets this knock-out, so `{criterion.id}` can "
            "never pass",
        )
    elif not some_fail:
        warnings.add(
            path,
            f"every answer to `{question.id}` meets this knock-out: it never knocks "
            f"`{criterion.id}` out",
        )


def _holds_for(question: Question, condition: Condition) -> tuple[bool, bool] | None:
    """(some answer meets the condition, some answer fails it); None when unknown."""
    if question.kind in _ENUMERATED:
        results = [condition.holds(question, value) for value in ordered_values(question)]
        return any(results), not all(results)
    if question.kind is QuestionKind.NUMBER:
        low, high = _number_range(question, ())
        limit = float(condition.value)
        if condition.test == "at_least":
            return high >= limit, low < limit
        return low <= limit, high > limit
    return None


def _number_range(question: Question, conditions: tuple[Condition, ...]) -> tuple[float, float]:
    """The answers a number question accepts (and `conditions` let through), as an interval."""
    low = question.minimum if question.minimum is not None else -math.inf
    high = question.maximum if question.maximum is not None else math.inf
    for condition in conditions:
        if condition.test == "at_least":
            low = max(low, float(condition.value))
        elif condition.test == "at_most":
            high = min(high, float(condition.value))
    return low, high


def _best_question_score(
    playbook: Playbook, criterion: Criterion, question: Question, knockouts: bool
) -> float | None:
    """The best score an answer to `question` can give (that meets the criterion's knock-outs,
    if `knockouts`); None when no answer meets them (warned about as a knock-out)."""
    own = tuple(
        k for k in criterion.knockouts if knockouts and k.question_id == question.id
    )
    if question.kind is QuestionKind.MEMBER_POSITIONS:
        return 1.0 if _any_route_possible(playbook) else 0.0
    if question.kind is QuestionKind.NUMBER:
        low, high = _number_range(question, own)
        if low > high:
            return None
        ends = [
            number_score(question, value) or 0.0
            for value in (low, high)
            if not math.isinf(value)
        ]
        full = question.full_score_at
        if full is not None and low <= full <= high:
            ends.append(1.0)
        return max(ends) if ends else 1.0
    scores = [
        score_answer(question, value)
        for value in ordered_values(question)
        if all(k.holds(question, value) for k in own)
    ]
    known = [score for score in scores if score is not None]
    return max(known) if known else None


def _best_criterion_score(
    playbook: Playbook, criterion: Criterion, *, knockouts: bool
) -> float | None:
    """The highest score any answers give the criterion (with answers that meet its knock-outs,
    if `knockouts`: the score with which it can pass; knock-outs do not change the score
    itself): the weighted mean of the best answers to its required questions, with each
    optional question added while it raises the mean."""
    counted = [q for q in criterion.questions if q.scored and q.weight > 0]
    required: list[tuple[float, float]] = []
    optional: list[tuple[float, float]] = []
    for question in counted:
        best = _best_question_score(playbook, criterion, question, knockouts)
        if best is None:
            return None
        (required if question.required else optional).append((best, question.weight))
    total = sum(weight for _, weight in required)
    points = sum(best * weight for best, weight in required)
    for best, weight in sorted(optional, reverse=True):
        if total == 0 or best > points / total:
            total += weight
            points += best * weight
    return points / total if total > 0 else None


def _overall(warnings: _Warnings, playbook: Playbook, bests: dict[str, float | None]) -> None:
    judged = [c for c in playbook.criteria if c.judged and bests.get(c.id) is not None]
    if len(judged) != sum(1 for c in playbook.criteria if c.judged):
        return
    total = sum(c.weight for c in judged)
    if total <= 0:
        return
    best = sum((bests[c.id] or 0.0) * c.weight for c in judged) / total
    minimum = playbook.settings.get("legitimate_min_score")
    if isinstance(minimum, float) and best + TOLERANCE < minimum:
        warnings.add(
            ("settings", "legitimate_min_score"),
            f"no answers can reach it: it is {minimum:g}, the best possible overall score is "
            f"{best:.2f}, so the verdict can at best be legitimate with conditions",
        )


def _route_answers(playbook: Playbook, question_id: str) -> tuple[Criterion, Question]:
    for criterion in playbook.criteria:
        for question in criterion.questions:
            if question.id == question_id:
                return criterion, question
    raise KeyError(question_id)


def _condition_possible(playbook: Playbook, question_id: str, accepted: tuple[Any, ...]) -> str:
    """'' when some answer meets the route's condition on `question_id`, else why not."""
    criterion, question = _route_answers(playbook, question_id)
    answers = [value for value in ordered_values(question) if value in accepted]
    if not answers:
        return f"none of its answers to `{question_id}` is an answer the question accepts"
    own = [k for k in criterion.knockouts if k.question_id == question_id]
    if own and not any(all(k.holds(question, value) for k in own) for value in answers):
        return (
            f"every answer it accepts to `{question_id}` knocks `{criterion.id}` out, so the "
            "route is met only where the criterion fails"
        )
    return ""


def _any_route_possible(playbook: Playbook) -> bool:
    rule = playbook.authority
    if rule is None:
        return True
    return any(
        all(not _condition_possible(playbook, qid, accepted) for qid, accepted in route.when)
        for route in rule.routes
    )


def _routes(warnings: _Warnings, playbook: Playbook) -> None:
    rule = playbook.authority
    if rule is None:
        return
    for r_index, route in enumerate(rule.routes):
        for question_id, accepted in route.when:
            why = _condition_possible(playbook, question_id, accepted)
            if why:
                warnings.add(
                    ("authority", "routes", r_index, "when", question_id),
                    f"no answer meets route `{route.id}`'s condition: {why}",
                )
