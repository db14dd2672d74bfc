"""Evaluation: a pure, deterministic function of (playbook, answers, member registry).

The same inputs always give the same Evaluation, so a stored decision can be re-checked years
later. The rules themselves are in verdict.py, the double majority in authority.py and the
search for the smallest decisive change in fragility.py; this module ties them together and
writes the reasons in plain words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from playbooks.answers import InvalidAnswerValue, UnknownQuestion, check_answer_value
from playbooks.authority import describe_tally
from playbooks.fragility import find_fragility
from playbooks.model import (
    AuthorityTally,
    CriterionResult,
    Evaluation,
    MemberInfo,
    Playbook,
    Question,
    QuestionResult,
    Verdict,
)
from playbooks.scoring import Scored, score_all
from playbooks.verdict import FAIL, PASS, CriterionJudgement, Judgement, judge

__all__ = ["InvalidAnswerValue", "UnknownQuestion", "check_answer_value", "evaluate"]


def evaluate(
    playbook: Playbook, answers: Mapping[str, Any], members: Sequence[MemberInfo]
) -> Evaluation:
    """Per-question and per-criterion results, the verdict, its reasons and its fragility."""
    scored = score_all(playbook, answers, members)
    judgement = judge(playbook, scored.scores, scored.answered)
    return Evaluation(
        verdict=judgement.verdict,
        deciding_rule=deciding_rule(judgement),
        reasons=tuple(_reasons(playbook, scored, judgement)),
        criteria=tuple(_criterion_result(playbook, scored, j) for j in judgement.criteria),
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
    )


def deciding_rule(judgement: Judgement) -> str:
    verdict = judgement.verdict
    if verdict is Verdict.INSUFFICIENT_INFORMATION:
        count = len(judgement.missing_required)
        return (
            f"insufficient information: {count} required question"
            f"{'s are' if count != 1 else ' is'} unanswered: "
            + ", ".join(judgement.missing_required)
        )
    if verdict is Verdict.NOT_LEGITIMATE:
        return (
            "not legitimate: gate criterion "
            + _list_failures(judgement.failed_gates)
            + (" — a gate is a necessary condition")
        )
    if verdict is Verdict.LEGITIMATE_WITH_CONDITIONS:
        parts = []
        if judgement.failed_others:
            parts.append("criterion " + _list_failures(judgement.failed_others))
        if judgement.below_band:
            parts.append(
                f"the overall score {judgement.overall:.2f} is under the "
                f"{judgement.legitimate_min_score:.2f} needed for an unconditional verdict"
            )
        return "legitimate with conditions: every gate passes, but " + " and ".join(parts)
    return (
        f"legitimate: every criterion passes and the overall score {judgement.overall:.2f} "
        f"reaches {judgement.legitimate_min_score:.2f}"
    )


def _list_failures(failures: tuple[CriterionJudgement, ...]) -> str:
    return ", ".join(
        f"{j.criterion.title} failed ({j.score:.2f}, needs {j.criterion.pass_threshold:.2f})"
        for j in failures
    )


def _reasons(playbook: Playbook, scored: Scored, judgement: Judgement) -> list[str]:
    reasons = [_criterion_sentence(scored, j) for j in judgement.criteria]
    if scored.tally is not None:
        reasons.append("Authority: " + describe_tally(scored.tally) + _context(scored.tally))
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
            reasons.append(
                f"On the answers given so far, gate criterion {j.criterion.title} "
                f"scores {j.score:.2f}, under its {j.criterion.pass_threshold:.2f}."
            )
    return reasons


def _context(tally: AuthorityTally) -> str:
    parts = []
    if tally.security_council is not None:
        parts.append("Security Council: " + tally.security_council.replace("_", " "))
    if tally.regional_support is not None:
        parts.append("regional support: " + ("yes" if tally.regional_support else "no"))
    return ("; " + "; ".join(parts)) if parts else ""


def _criterion_sentence(scored: Scored, judged: CriterionJudgement) -> str:
    criterion = judged.criterion
    name = criterion.title + (" (gate)" if criterion.gate else "")
    if judged.missing_required:
        return f"{name} is incomplete: unanswered " + ", ".join(judged.missing_required) + "."
    verb = "passes" if judged.status == PASS else "fails"
    drivers = _drivers(scored, criterion.questions, lowest_first=judged.status == FAIL)
    return (
        f"{name} {verb} with {judged.score:.2f} (needs {criterion.pass_threshold:.2f})"
        + (": " + "; ".join(drivers) if drivers else "")
        + "."
    )


def _drivers(scored: Scored, questions: Sequence[Question], *, lowest_first: bool) -> list[str]:
    """The answers that weigh most toward the criterion's result: the lowest-scoring ones for
    a failure, the highest for a pass (weighted; ties in playbook order), at most three."""
    ranked = []
    for order, question in enumerate(questions):
        score = scored.scores.get(question.id)
        if question.id not in scored.answers or score is None or question.weight <= 0:
            continue
        pull = (1.0 - score) if lowest_first else score
        ranked.append((-pull * question.weight, order, question))
    ranked.sort(key=lambda item: (item[0], item[1]))
    return [f"“{_short(q.prompt)}” – {scored.notes[q.id]}" for _, _, q in ranked[:3]]


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _criterion_result(
    playbook: Playbook, scored: Scored, judged: CriterionJudgement
) -> CriterionResult:
    criterion = judged.criterion
    return CriterionResult(
        criterion_id=criterion.id,
        title=criterion.title,
        gate=criterion.gate,
        score=judged.score,
        pass_threshold=criterion.pass_threshold,
        status=judged.status,
        reasons=(_criterion_sentence(scored, judged),),
        missing_required=judged.missing_required,
    )
