"""Evaluation: a pure, deterministic function of (playbook, answers, member registry).

The same inputs always give the same Evaluation, so a stored decision can be re-checked years
later. The rules themselves are in verdict.py, the double majority in authority.py and the
search for the smallest decisive change in fragility.py; this module ties them together and
writes the reasons in plain words.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from playbooks import figures
from playbooks.answers import InvalidAnswerValue, UnknownQuestion, check_answer_value
from playbooks.authority import describe_tally, route_shortfall
from playbooks.conditions import condition_with_reason
from playbooks.fragility import find_fragility
from playbooks.legal_basis import judge_legal_basis
from playbooks.model import (
    AnswerQualifier,
    AuthorityTally,
    Criterion,
    CriterionResult,
    Evaluation,
    MemberInfo,
    Playbook,
    Question,
    QuestionResult,
    Verdict,
)
from playbooks.phrases import Figure, Phrase, concat, joined, phrase, phrase_plural
from playbooks.scoring import Scored, score_all
from playbooks.verdict import FAIL, PASS, TOLERANCE, CriterionJudgement, Judgement, judge

__all__ = ["InvalidAnswerValue", "UnknownQuestion", "check_answer_value", "evaluate"]


def evaluate(
    playbook: Playbook,
    answers: Mapping[str, Any],
    members: Sequence[MemberInfo],
    qualifiers: Mapping[str, AnswerQualifier] | None = None,
) -> Evaluation:
    """Per-question and per-criterion results, the verdict, its reasons and its fragility.
    `qualifiers` (confidence, rationale, evidence grades per answer) matter in format 2."""
    scored = score_all(playbook, answers, members, qualifiers)
    judgement = judge(playbook, scored.scores, scored.answered, scored.answers, scored.unsettled)
    band = float(playbook.settings.get("knife_edge_band", 0.0))
    return Evaluation(
        verdict=judgement.verdict,
        deciding_rule=deciding_rule(judgement, scored),
        reasons=tuple(_reasons(playbook, scored, judgement)),
        criteria=tuple(_criterion_result(scored, j, band) for j in judgement.criteria),
        questions={
            q.id: QuestionResult(
                q.id, q.id in scored.answers, scored.scores[q.id], scored.notes[q.id]
            )
            for q in playbook.questions()
        },
        overall_score=judgement.overall,
        fragility=find_fragility(playbook, scored, judgement, members),
        authority=scored.tally,
        missing_required=judgement.missing_required,
        legal_basis=judge_legal_basis(playbook, scored.answers, scored.unsettled),
        flags=scored.flags,
    )


def deciding_rule(judgement: Judgement, scored: Scored | None = None) -> str:
    verdict = judgement.verdict
    if verdict is Verdict.INSUFFICIENT_INFORMATION:
        parts: list[Phrase] = []
        count = len(judgement.missing_required)
        if count:
            parts.append(phrase_plural(
                "{count} required question is unanswered: {questions}",
                "{count} required questions are unanswered: {questions}", count,
                count=Figure(str(count), count, "count"),
                questions=", ".join(judgement.missing_required)))
        if judgement.unsettled and scored is not None:
            parts.append(phrase("not settled: {what}", what=joined(
                "; ", (scored.unsettled[q] for q in judgement.unsettled))))
        return phrase("insufficient information: {why}", why=_and(parts))
    if verdict is Verdict.AUTHORITY_SHORT:
        return phrase(
            "justified in substance; authority short {shortfall}: every substantive criterion "
            "passes and only the authority criterion fails",
            shortfall=_shortfall(judgement, scored))
    if verdict is Verdict.NOT_LEGITIMATE:
        return phrase(
            "not legitimate: gate criterion {failures} — a gate is a necessary condition",
            failures=_list_failures(judgement.failed_gates))
    if verdict is Verdict.LEGITIMATE_WITH_CONDITIONS:
        parts = []
        if judgement.failed_others:
            parts.append(phrase("criterion {failures}",
                                failures=_list_failures(judgement.failed_others)))
        if judgement.below_band and judgement.overall is not None:  # below_band implies a score
            parts.append(phrase(
                "the overall score {overall} is under the {needed} needed for an unconditional "
                "verdict",
                overall=_figure(judgement.overall, judgement.legitimate_min_score),
                needed=_figure(judgement.legitimate_min_score)))
        return phrase("legitimate with conditions: every gate passes, but {why}",
                      why=_and(parts))
    if judgement.overall is None:
        raise ValueError("a legitimate verdict without an overall score (a criterion unscored)")
    return phrase(
        "legitimate: every criterion passes and the overall score {overall} reaches {needed}",
        overall=_figure(judgement.overall), needed=_figure(judgement.legitimate_min_score))


def _and(parts: list[Phrase]) -> Phrase | str:
    """Two clauses joined by "and" (in the reader's language); one as it is."""
    if len(parts) == 2:
        return phrase("{first} and {second}", first=parts[0], second=parts[1])
    return joined(" and ", parts)


def _figure(value: float, threshold: float | None = None) -> Figure:
    """A score as the engine writes it (playbooks.figures), its value kept for a language."""
    return Figure(figures.score(value, threshold), value, "score")


def _list_failures(failures: tuple[CriterionJudgement, ...]) -> Phrase | str:
    return joined(", ", (_failure(j) for j in failures))


def _failure(judged: CriterionJudgement) -> Phrase:
    criterion = judged.criterion
    if judged.knockouts_failed:
        return phrase("{criterion} failed on a knock-out condition: {conditions}",
                      criterion=criterion.title, conditions=_knockouts(judged))
    return phrase("{criterion} failed ({score}, needs {needed})", criterion=criterion.title,
                  score=_score_of(judged), needed=_figure(criterion.pass_threshold))


def _knockouts(judged: CriterionJudgement) -> str:
    return joined("; ", (_knockout_words(judged, k) for k in judged.knockouts_failed))


def _score_of(judged: CriterionJudgement) -> Figure:
    """The criterion's score as text, never shown as its pass mark when short of it."""
    return _figure(judged.score or 0.0, judged.criterion.pass_threshold)


def _knockout_words(judged: CriterionJudgement, condition: Any) -> str:
    question = next(q for q in judged.criterion.questions if q.id == condition.question_id)
    return condition_with_reason(condition, question)


def _shortfall(judgement: Judgement, scored: Scored | None) -> Phrase | str:
    """How far authority falls short: under the playbook's routes, the Concert's shortfall or
    the route that is not open; under the 1.0 rule, members and population share from the
    tally when the tally is what fails; else the criterion's score against its threshold."""
    tally = scored.tally if scored is not None else None
    rule = scored.playbook.authority if scored is not None and scored.playbook else None
    if tally is not None and not tally.met and rule is not None and scored is not None:
        return route_shortfall(rule, tally, scored.answers)
    if tally is not None and not tally.met and tally.states_counted:
        parts: list[Phrase] = []
        needed = math.ceil(tally.state_threshold * tally.states_counted - TOLERANCE)
        if tally.states_endorsing < needed:
            count = needed - tally.states_endorsing
            parts.append(phrase_plural("{count} member", "{count} members", count,
                                       count=Figure(str(count), count, "count")))
        if tally.population_share + TOLERANCE < tally.population_threshold:
            gap = (tally.population_threshold - tally.population_share) * 100
            parts.append(phrase("{gap} points of the members' population share",
                                gap=Figure(f"{gap:.1f}", round(gap, 1), "points")))
        if parts:
            return phrase("by {shortfall}", shortfall=_and(parts))
    failed = judgement.failed_gates[0]
    if failed.knockouts_failed:
        return phrase("on a knock-out condition: {condition}",
                      condition=_knockout_words(failed, failed.knockouts_failed[0]))
    gap = failed.criterion.pass_threshold - (failed.score or 0.0)
    return phrase(
        "by {gap} of score ({criterion} {score}, needs {needed})",
        gap=Figure(f"{gap:.2f}", gap), criterion=failed.criterion.title,
        score=_score_of(failed), needed=_figure(failed.criterion.pass_threshold))


def _reasons(playbook: Playbook, scored: Scored, judgement: Judgement) -> list[str]:
    reasons = [_criterion_sentence(scored, j) for j in judgement.criteria]
    if scored.tally is not None:
        reasons.append(phrase("Authority: {tally}",
                              tally=concat(describe_tally(scored.tally), _context(scored.tally))))
    reasons.extend(scored.authority_notes)
    if judgement.verdict is Verdict.INSUFFICIENT_INFORMATION:
        # Say what is already settled, so officials know where the open questions matter.
        failing = [
            j
            for j in judgement.criteria
            if j.criterion.gate
            and j.score is not None
            and j.status != PASS
            and j.score < j.criterion.pass_threshold
        ]
        for j in failing:
            reasons.append(phrase(
                "On the answers given so far, gate criterion {criterion} scores {score}, "
                "under its {needed}.", criterion=j.criterion.title, score=_score_of(j),
                needed=_figure(j.criterion.pass_threshold)))
        for j in judgement.criteria:
            if j.criterion.gate and j.knockouts_failed:
                reasons.append(phrase(
                    "On the answers given so far, gate criterion {criterion} already fails a "
                    "knock-out condition: {conditions}.", criterion=j.criterion.title,
                    conditions=_knockouts(j)))
    return reasons


def _context(tally: AuthorityTally) -> Phrase | str:
    parts = []
    if tally.security_council is not None:
        parts.append(phrase("Security Council: {position}",
                            position=tally.security_council.replace("_", " ")))
    if tally.regional_support is not None:
        parts.append(phrase("regional support: yes") if tally.regional_support
                     else phrase("regional support: no"))
    return concat("; ", joined("; ", parts)) if parts else ""


def _criterion_sentence(scored: Scored, judged: CriterionJudgement) -> str:
    criterion = judged.criterion
    name = phrase("{criterion} (gate)", criterion=criterion.title) if criterion.gate \
        else criterion.title
    if judged.missing_required:
        return phrase("{criterion} is incomplete: unanswered {questions}.", criterion=name,
                      questions=", ".join(judged.missing_required))
    if judged.unsettled:
        return phrase("{criterion} is incomplete: {why}.", criterion=name,
                      why=joined("; ", (scored.unsettled[q] for q in judged.unsettled)))
    if judged.knockouts_failed:
        score = judged.score or 0.0
        return phrase(
            "{criterion} fails on a knock-out condition: {conditions} (score {score} is not "
            "averaged past it).", criterion=name, conditions=_knockouts(judged),
            score=Figure(f"{score:.2f}", score))
    drivers = _drivers(scored, criterion.questions, lowest_first=judged.status == FAIL)
    if judged.status == PASS:
        drivers = _carrying_and_weakest(scored, criterion)
    fields = {"criterion": name, "score": _score_of(judged),
              "needed": _figure(criterion.pass_threshold)}
    if judged.status == PASS:
        if drivers:
            return phrase("{criterion} passes with {score} (needs {needed}): {drivers}.",
                          drivers=joined("; ", drivers), **fields)
        return phrase("{criterion} passes with {score} (needs {needed}).", **fields)
    if drivers:
        return phrase("{criterion} fails with {score} (needs {needed}): {drivers}.",
                      drivers=joined("; ", drivers), **fields)
    return phrase("{criterion} fails with {score} (needs {needed}).", **fields)


def _drivers(scored: Scored, questions: Sequence[Question], *, lowest_first: bool) -> list[Any]:
    """The answers that weigh most toward the criterion's result: the lowest-scoring ones for
    a failure, the highest for a pass (weighted; ties in playbook order), at most three."""
    ranked = _ranked_questions(scored, questions, lowest_first=lowest_first)
    return [_driver_words(scored, q) for q in ranked[:3]]


def _ranked_questions(
    scored: Scored, questions: Sequence[Question], *, lowest_first: bool = True
) -> list[Question]:
    """The answered, weighted questions, the heaviest pull (down, or up) first."""
    ranked = []
    for order, question in enumerate(questions):
        score = scored.scores.get(question.id)
        if question.id not in scored.answers or score is None or question.weight <= 0:
            continue
        pull = (1.0 - score) if lowest_first else score
        ranked.append((-pull * question.weight, order, question))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [question for _, _, question in ranked]


def _carrying_and_weakest(scored: Scored, criterion: Criterion) -> list[Any]:
    """For a pass: the (at most two) answers that carry it, and its weakest answer when that
    scores under the pass mark. A pass carried by strong answers can hide one a reader should
    weigh (issue 14 item 5: explanations name the weakest answers too)."""
    threshold = criterion.pass_threshold
    ranked = _ranked_questions(scored, criterion.questions, lowest_first=False)
    carrying = [q for q in ranked if (scored.scores.get(q.id) or 0.0) >= threshold][:2]
    words: list[Any] = [_driver_words(scored, q) for q in carrying]
    pulling_down = _ranked_questions(scored, criterion.questions, lowest_first=True)
    weak = [q for q in pulling_down if (scored.scores.get(q.id) or 0.0) < threshold]
    if weak:
        words.append(phrase("weakest {answer}", answer=_driver_words(scored, weak[0])))
    return words


def _driver_words(scored: Scored, question: Question) -> Phrase:
    return phrase("“{question}” – {note}", question=short_prompt(question.prompt),
                  note=scored.notes[question.id])


def short_prompt(text: str, limit: int = 70) -> str:
    """A prompt as a reason quotes it: on one line, cut at `limit` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _criterion_result(scored: Scored, judged: CriterionJudgement, band: float) -> CriterionResult:
    criterion = judged.criterion
    margin = judged.margin
    knife_edge = (
        margin is not None
        and judged.status in (PASS, FAIL)
        and not judged.knockouts_failed
        and abs(margin) <= band + TOLERANCE
    )
    return CriterionResult(
        criterion_id=criterion.id,
        title=criterion.title,
        gate=criterion.gate,
        score=judged.score,
        pass_threshold=criterion.pass_threshold,
        status=judged.status,
        reasons=(_criterion_sentence(scored, judged),),
        missing_required=judged.missing_required,
        margin=None if margin is None else round(margin, 9),
        knife_edge=knife_edge,
        knockouts_failed=tuple(_knockout_words(judged, k) for k in judged.knockouts_failed),
        unsettled=tuple(scored.unsettled[q] for q in judged.unsettled),
        role=criterion.role,
    )
