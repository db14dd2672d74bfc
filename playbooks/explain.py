"""What a playbook's numbers mean, for the people who write and read it: each criterion's and
each question's share of the score (its weight normalised), and the score every answer gets.

Pure functions of a Playbook; `playbooks show`, the desktop's Playbooks page and the case-file
template all read them, so the numbers an author sees are the ones evaluation uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from playbooks.answers import describe_value, format_number, ordered_values, score_answer
from playbooks.model import Criterion, Playbook, Question, QuestionKind
from playbooks.phrases import Figure, joined, phrase, phrase_plural


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
    """How a question's answer scores, in one sentence (an engine sentence: playbooks.phrases,
    said in the reader's language; its English is what `playbooks show` prints)."""
    kind = question.kind
    if kind is QuestionKind.TEXT:
        return phrase("recorded, not scored")
    if kind is QuestionKind.NUMBER:
        if question.full_score_at is None or question.zero_score_at is None:
            return phrase("recorded, not scored")
        zero, full = _number(question.zero_score_at), _number(question.full_score_at)
        if question.unit:
            return phrase("0 at {zero} {unit}, 1 at {full} {unit}, in a straight line between "
                          "(and no further)", zero=zero, full=full, unit=question.unit)
        return phrase("0 at {zero}, 1 at {full}, in a straight line between (and no further)",
                      zero=zero, full=full)
    if kind is QuestionKind.MEMBER_POSITIONS:
        states = question.state_share if question.state_share is not None else 0.0
        if question.population_share is None:  # under the playbook's authority section
            return phrase(
                "1 when one of the playbook's routes to authority is met (its authority "
                "section); the Concert's double majority needs at least {states} of the "
                "full members holding the quota of their square-root weight, unless too few "
                "remain to block — else 0", states=_share(states))
        people = question.population_share if question.population_share is not None else 0.0
        return phrase(
            "1 when the double majority is met — at least {states} of the full members "
            "endorse and they hold at least {people} of the full members' population "
            "(abstaining, opposing and not being consulted all count against) — else 0",
            states=_share(states), people=_share(people))
    return joined("; ", (phrase("{answer} → {score}", answer=shown,
                                score=Figure(f"{score:.2f}", score))
                         for shown, score in answer_scores(question)))


def _number(value: float) -> Figure | str:
    """A scoring band's end: a whole number in the reader's grouping, else as written."""
    text = format_number(value)
    return Figure(text, value, "count") if float(value).is_integer() else text


def _share(value: float) -> Figure:
    """A share as the engine writes it here: a whole percentage ("55%")."""
    return Figure(f"{value:.0%}", round(value * 100), "percent")


def passing_answers(criterion: Criterion) -> str:
    """The pass mark of a criterion in words."""
    if not criterion.judged:
        return phrase("the legal basis: judged apart, never part of the verdict")
    needed = Figure(f"{criterion.pass_threshold:.2f}", criterion.pass_threshold)
    count = len(criterion.knockouts)
    if criterion.gate and count:
        return phrase_plural(
            "a gate: if it fails, the action is not legitimate; passes when its score reaches "
            "{needed}; and only if its {count} knock-out condition holds",
            "a gate: if it fails, the action is not legitimate; passes when its score reaches "
            "{needed}; and only if its {count} knock-out conditions hold",
            count, needed=needed, count=Figure(str(count), count, "count"))
    if criterion.gate:
        return phrase("a gate: if it fails, the action is not legitimate; passes when its "
                      "score reaches {needed}", needed=needed)
    if count:
        return phrase_plural(
            "passes when its score reaches {needed}; and only if its {count} knock-out "
            "condition holds",
            "passes when its score reaches {needed}; and only if its {count} knock-out "
            "conditions hold", count, needed=needed, count=Figure(str(count), count, "count"))
    return phrase("passes when its score reaches {needed}", needed=needed)
