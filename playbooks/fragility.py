"""Fragility: the smallest change to a single answer that would change the verdict.

Candidates are alternative values of each answered, scored question:
- scale grades, likelihood terms and confidence levels: every other value, its distance counted
  in steps along the scale (the adjacent grade or term is 1 step);
- yes/no, single choice, Security Council status: every other value, 1 step;
- number: the nearest value, in the question's `step` increments, that changes the verdict in
  each direction (found by bisection: the verdict only moves one way as a score rises), 1 step;
- member positions: one full member changing its position (to "endorse" if it did not endorse,
  to "abstain" if it did), 1 step.
The smallest change is the first candidate that changes the verdict in this order:
fewest steps, then the smallest change of that question's score, then the question's place in
the playbook, then the value's place in the question's own order (members: smallest population
first, then ISO code).

When the verdict is "insufficient information", no change of an answered question can end it:
only answering the missing required questions (or settling the unsettled ones) can. With exactly
one missing, the fragility names it and the verdicts its possible answers lead to; otherwise it
says so. An incomplete assessment is never called robust: nothing about it is settled yet.
Unanswered optional questions are not considered.

Beside the flip search, each criterion's margin to its threshold is looked at: a criterion that
passes or fails within the playbook's knife-edge band (settings.knife_edge_band) is named, and a
verdict resting on one is not robust even when no single answer flips it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from playbooks.answers import describe_value, is_ordinal, ordered_values, score_answer
from playbooks.authority import authority_met, counted_members, tally_positions
from playbooks.model import Fragility, MemberInfo, Playbook, Question, QuestionKind, Verdict
from playbooks.phrases import Figure, joined, phrase, phrase_plural, word
from playbooks.scoring import Scored
from playbooks.verdict import FAIL, PASS, TOLERANCE, Judgement, judge

VerdictFor = Callable[..., Verdict]  # (question id, score, value=…, linked=…) -> verdict
Linked = tuple[tuple[str, float], ...]  # knock-on scores: (question id, its new score)


@dataclass(frozen=True)
class _Change:
    question: Question
    order: int  # the question's place in the playbook
    rank: int  # the value's place in the question's order
    steps: int
    new_value: Any
    new_score: float | None
    old_score: float | None
    member: MemberInfo | None = None
    from_position: str | None = None
    # A route condition (e.g. the Security Council's status) also moves the member-positions
    # score, which is 1 when any of the playbook's routes to authority is met.
    linked: Linked = ()

    @property
    def key(self) -> tuple[int, float, int, int]:
        delta = abs((self.new_score or 0.0) - (self.old_score or 0.0))
        return (self.steps, round(delta, 9), self.order, self.rank)


def find_fragility(
    playbook: Playbook, scored: Scored, judgement: Judgement, members: Sequence[MemberInfo]
) -> Fragility:
    def verdict_for(
        question_id: str, score: float | None, value: Any = None, linked: Linked = ()
    ) -> Verdict:
        scores = {**scored.scores, **dict(linked), question_id: score}
        values = {**scored.answers, question_id: value}
        answered = scored.answered | {question_id}
        return judge(playbook, scores, answered, values, scored.unsettled).verdict

    if judgement.verdict is Verdict.INSUFFICIENT_INFORMATION:
        return _open_question(playbook, judgement, members, verdict_for)
    edges = knife_edges(playbook, judgement)
    flip = _flip(playbook, scored, judgement, members, verdict_for)
    if flip is None:
        if not edges:
            return Fragility(robust=True, description=phrase(
                "robust: no change to a single answer changes the verdict"))
        return Fragility(
            robust=False,
            description=phrase(
                "fragile: no single answer flips the verdict, but knife-edge: {edges}",
                edges=joined("; ", edges)),
            knife_edge=tuple(edges),
        )
    if edges:
        return replace(
            flip, description=phrase("{fragility}; knife-edge: {edges}",
                                     fragility=flip.description, edges=joined("; ", edges)),
            knife_edge=tuple(edges),
        )
    return flip


def knife_edges(playbook: Playbook, judgement: Judgement) -> list[Any]:
    """The criteria that pass or fail within the knife-edge band, in words."""
    band = float(playbook.settings.get("knife_edge_band", 0.0))
    found = []
    for judged in judgement.criteria:
        margin = judged.margin
        if margin is None or judged.status not in (PASS, FAIL) or judged.knockouts_failed:
            continue
        if abs(margin) <= band + TOLERANCE:
            score, needed = judged.score or 0.0, judged.criterion.pass_threshold
            fields = {"criterion": judged.criterion.title,
                      "score": Figure(f"{score:.2f}", score),
                      "needed": Figure(f"{needed:.2f}", needed),
                      "margin": Figure(f"{margin:+.2f}", margin, "signed"),
                      "band": Figure(f"{band:.2f}", band)}
            found.append(phrase(
                "{criterion} passes at {score} against its {needed} (margin {margin}, band "
                "±{band})", **fields) if judged.status == PASS else phrase(
                "{criterion} fails at {score} against its {needed} (margin {margin}, band "
                "±{band})", **fields))
    return found


def _flip(
    playbook: Playbook,
    scored: Scored,
    judgement: Judgement,
    members: Sequence[MemberInfo],
    verdict_for: VerdictFor,
) -> Fragility | None:
    changes: list[_Change] = []
    for order, question in enumerate(playbook.questions()):
        if question.id in scored.answers and question.scored:
            found = _changes(question, order, scored, members, verdict_for, judgement.verdict)
            changes.extend(_with_linked(playbook, change, scored, members) for change in found)
    for change in sorted(changes, key=lambda c: c.key):
        knockout = change.question.id in _knockout_questions(playbook)
        if change.new_score == change.old_score and not change.linked and not knockout:
            continue  # same score, same verdict
        new_verdict = verdict_for(
            change.question.id, change.new_score, change.new_value, linked=change.linked
        )
        if new_verdict is not judgement.verdict:
            return _describe(change, scored, new_verdict)
    return None


def _knockout_questions(playbook: Playbook) -> frozenset[str]:
    return frozenset(k.question_id for c in playbook.criteria for k in c.knockouts)


def _changes(
    question: Question,
    order: int,
    scored: Scored,
    members: Sequence[MemberInfo],
    verdict_for: VerdictFor,
    current: Verdict,
) -> Iterator[_Change]:
    value = scored.answers[question.id]
    old = scored.scores[question.id]
    if question.kind is QuestionKind.MEMBER_POSITIONS:
        yield from _member_changes(question, order, value, old, members, scored)
        return
    if question.kind is QuestionKind.NUMBER:
        for rank, new_value in enumerate(_number_flips(question, value, verdict_for, current)):
            yield _Change(
                question, order, rank, 1, new_value, score_answer(question, new_value), old
            )
        return
    values = ordered_values(question)
    here = values.index(value)
    for rank, new_value in enumerate(values):
        if rank != here:
            steps = abs(rank - here) if is_ordinal(question) else 1
            yield _Change(
                question, order, rank, steps, new_value, score_answer(question, new_value), old
            )


def _member_changes(
    question: Question,
    order: int,
    positions: dict[str, str],
    old: float | None,
    members: Sequence[MemberInfo],
    scored: Scored,
) -> Iterator[_Change]:
    counted = sorted(counted_members(members), key=lambda m: (m.population, m.iso))
    for rank, member in enumerate(counted):
        before = positions.get(member.iso, "not_consulted")
        after = "abstain" if before == "endorse" else "endorse"
        changed = {**positions, member.iso: after}
        met = (
            authority_met(scored.playbook, question, changed, members, scored.answers)
            if scored.playbook is not None
            else tally_positions(question, changed, members).tally.met
        )
        yield _Change(
            question,
            order,
            rank,
            1,
            changed,
            1.0 if met else 0.0,
            old,
            member=member,
            from_position=before,
        )


def _with_linked(
    playbook: Playbook, change: _Change, scored: Scored, members: Sequence[MemberInfo]
) -> _Change:
    """The change with its knock-on score on the member-positions answer, when the changed
    question is a condition of one of the playbook's routes to authority."""
    rule = playbook.authority
    if rule is None or change.question.id not in rule.condition_questions():
        return change
    positions = next(
        (q for q in playbook.questions() if q.kind is QuestionKind.MEMBER_POSITIONS), None
    )
    if positions is None or positions.id not in scored.answers:
        return change
    answers = {**scored.answers, change.question.id: change.new_value}
    met = authority_met(playbook, positions, scored.answers[positions.id], members, answers)
    score = 1.0 if met else 0.0
    if score == scored.scores[positions.id]:
        return change
    return replace(change, linked=((positions.id, score),))


def _number_flips(
    question: Question, value: float, verdict_for: VerdictFor, current: Verdict
) -> list[float]:
    """The nearest value in each direction (in `step` increments, within the question's
    min/max and scoring band) whose score changes the verdict."""
    full, zero = question.full_score_at, question.zero_score_at
    assert full is not None and zero is not None  # only scored numbers get here
    found: list[float] = []
    for direction in (-1, 1):
        edge = max(full, zero) if direction > 0 else min(full, zero)
        limit = question.maximum if direction > 0 else question.minimum
        if limit is not None:
            edge = min(edge, limit) if direction > 0 else max(edge, limit)
        distance = (edge - value) * direction
        if distance <= 0:
            continue  # already at or past the band's edge: the score cannot move this way

        def flips(k: int, direction: int = direction, edge: float = edge) -> bool:
            candidate = _at(value, direction, k, question.step, edge)
            new_score = score_answer(question, candidate)
            return verdict_for(question.id, new_score, candidate) is not current

        most = math.ceil(distance / question.step - 1e-9)
        if not flips(most):
            continue
        low, high = 1, most  # the verdict only moves one way, so bisect on the step count
        while low < high:
            middle = (low + high) // 2
            if flips(middle):
                high = middle
            else:
                low = middle + 1
        found.append(_at(value, direction, low, question.step, edge))
    return found


def _at(value: float, direction: int, k: int, step: float, edge: float) -> float:
    moved = value + direction * k * step
    moved = min(moved, edge) if direction > 0 else max(moved, edge)
    moved = round(moved, 9)
    return int(moved) if moved == int(moved) and isinstance(value, int) else moved


def _describe(change: _Change, scored: Scored, new_verdict: Verdict) -> Fragility:
    question = change.question
    if change.member is not None:
        member = change.member
        after = change.new_value[member.iso]
        text = phrase(
            "fragile: if {member} ({iso}) moved from {before} to {after}, the verdict would "
            "become {verdict}", member=member.name, iso=member.iso,
            before=word(change.from_position.replace("_", " ")) if change.from_position
            else "?", after=word(after), verdict=word(new_verdict.label))
        return Fragility(
            False,
            question.id,
            change.from_position,
            after,
            new_verdict,
            text,
            member_iso=member.iso,
            steps=1,
        )
    old_value = scored.answers[question.id]
    fields = {"question": question.prompt, "before": describe_value(question, old_value),
              "after": describe_value(question, change.new_value),
              "verdict": word(new_verdict.label)}
    text = phrase_plural(
        "fragile: changing “{question}” from {before} to {after} ({steps} step) would make "
        "the verdict {verdict}",
        "fragile: changing “{question}” from {before} to {after} ({steps} steps) would make "
        "the verdict {verdict}", change.steps,
        steps=Figure(str(change.steps), change.steps, "count"), **fields,
    ) if is_ordinal(question) else phrase(
        "fragile: changing “{question}” from {before} to {after} would make the verdict "
        "{verdict}", **fields)
    return Fragility(
        False, question.id, old_value, change.new_value, new_verdict, text, steps=change.steps
    )


def _open_question(
    playbook: Playbook,
    judgement: Judgement,
    members: Sequence[MemberInfo],
    verdict_for: VerdictFor,
) -> Fragility:
    missing = judgement.missing_required
    if len(missing) != 1 or judgement.unsettled:
        open_count = len(missing) + len(judgement.unsettled)
        return Fragility(
            False,
            description=phrase_plural(
                "not judged: the assessment is incomplete ({count} required answer missing or "
                "not settled), so no single answer changes the verdict from insufficient "
                "information; it is not robust either, since nothing is settled yet",
                "not judged: the assessment is incomplete ({count} required answers missing "
                "or not settled), so no single answer changes the verdict from insufficient "
                "information; it is not robust either, since nothing is settled yet",
                open_count, count=Figure(str(open_count), open_count, "count")),
        )
    question = playbook.question(missing[0])
    outcomes = sorted(
        {verdict_for(question.id, s, v) for v, s in _possible_answers(question)},
        key=lambda v: v.value,
    )
    labels = _or([word(v.label) for v in outcomes])
    return Fragility(
        False,
        question.id,
        None,
        None,
        outcomes[0] if len(outcomes) == 1 else None,
        phrase("fragile: answering the one open required question “{question}” would settle "
               "the verdict: {verdicts}, depending on the answer", question=question.prompt,
               verdicts=labels),
    )


def _possible_answers(question: Question) -> list[tuple[Any, float | None]]:
    """(value, score) of each answer that can make a difference."""
    if question.kind is QuestionKind.MEMBER_POSITIONS:
        return [({}, 0.0), ({}, 1.0)]  # the double majority either is or is not met
    if question.kind is QuestionKind.NUMBER:
        if not question.scored:
            return [(question.minimum or 0, None)]
        ends = (question.zero_score_at, question.full_score_at)
        return [(v, score_answer(question, v)) for v in ends]
    if question.kind is QuestionKind.TEXT:
        return [("text", None)]
    return [(value, score_answer(question, value)) for value in ordered_values(question)]


def _or(labels: list[Any]) -> Any:
    """Verdicts as alternatives ("legitimate or not legitimate"), in the reader's language."""
    if len(labels) == 2:
        return phrase("{first} or {second}", first=labels[0], second=labels[1])
    return joined(" or ", labels)
