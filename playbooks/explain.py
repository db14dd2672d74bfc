"""What a playbook's numbers mean, for the people who write and read it: each criterion's and
each question's share of the score (its weight normalised), and the score every answer gets.

Pure functions of a Playbook; `playbooks show`, the desktop's Playbooks page and the case-file
template all read them, so the numbers an author sees are the ones evaluation uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from playbooks.answers import describe_value, format_number, ordered_values, score_answer
from playbooks.model import Criterion, Playbook, Question, QuestionKind


@dataclass(frozen=True)
class Share:
    """A weight and what it amounts to once normalised (0..1), when every question is answered:
    `of_criterion` for a question within its criterion, `overall` in the overall score."""

    weight: float
    of_criterion: float
    overall: float


def criterion_shares(playbook: Playbook) -> dict[str, float]:
    """Each criterion's share of the overall score (the weighted mean by criterion weight);
    the legal basis is judged apart and has none."""
    total = sum(c.weight for c in playbook.criteria if c.judged)
    return {
        c.id: (c.weight / total if total > 0 and c.judged else 0.0) for c in playbook.criteria
    }


def question_shares(playbook: Playbook) -> dict[str, Share]:
    """Each question's share of its criterion's score and of the overall score. Unscored
    questions (free text, numbers without a scoring band) and weight 0 count for nothing."""
    overall = criterion_shares(playbook)
    shares: dict[str, Share] = {}
    for criterion in playbook.criteria:
        counted = [q for q in criterion.questions if q.scored and q.weight > 0]
        total = sum(q.weight for q in counted)
        counted_ids = {q.id for q in counted}
        for question in criterion.questions:
            part = question.weight / total if question.id in counted_ids and total > 0 else 0.0
            shares[question.id] = Share(question.weight, part, part * overall[criterion.id])
    return shares


def answer_scores(question: Question) -> list[tuple[str, float]]:
    """(answer as read, its score) for every answer of a question whose answers can be listed;
    empty for free text, numbers and member positions (see `scoring_rule`)."""
    rows = []
    for value in ordered_values(question):
        score = score_answer(question, value)
        if score is not None:
            rows.append((describe_value(question, value), score))
    return rows


def scoring_rule(question: Question) -> str:
    """How a question's answer scores, in one sentence."""
    kind = question.kind
    if kind is QuestionKind.TEXT:
        return "recorded, not scored"
    if kind is QuestionKind.NUMBER:
        if question.full_score_at is None or question.zero_score_at is None:
            return "recorded, not scored"
        unit = f" {question.unit}" if question.unit else ""
        return (
            f"0 at {format_number(question.zero_score_at)}{unit}, "
            f"1 at {format_number(question.full_score_at)}{unit}, "
            "in a straight line between (and no further)"
        )
    if kind is QuestionKind.MEMBER_POSITIONS:
        states = question.state_share if question.state_share is not None else 0.0
        if question.population_share is None:  # under the playbook's authority section
            return (
                "1 when one of the playbook's routes to authority is met (its authority "
                f"section); the Concert's double majority needs at least {states:.0%} of the "
                "full members holding the quota of their square-root weight, unless too few "
                "remain to block — else 0"
            )
        people = question.population_share if question.population_share is not None else 0.0
        return (
            f"1 when the double majority is met — at least {states:.0%} of the full members "
            f"endorse and they hold at least {people:.0%} of the full members' population "
            "(abstaining, opposing and not being consulted all count against) — else 0"
        )
    return "; ".join(f"{shown} → {score:.2f}" for shown, score in answer_scores(question))


def passing_answers(criterion: Criterion) -> str:
    """The pass mark of a criterion in words."""
    if not criterion.judged:
        return "the legal basis: judged apart, never part of the verdict"
    gate = "a gate: if it fails, the action is not legitimate; " if criterion.gate else ""
    knockouts = (
        f"; and only if its {len(criterion.knockouts)} knock-out condition"
        f"{'s hold' if len(criterion.knockouts) != 1 else ' holds'}"
        if criterion.knockouts
        else ""
    )
    return f"{gate}passes when its score reaches {criterion.pass_threshold:.2f}{knockouts}"
