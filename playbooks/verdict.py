"""The verdict rules, applied to per-question scores (pure and cheap, so fragility can re-run
them for every alternative answer).

1. Any required question unanswered            -> insufficient information
2. Any gate criterion fails                     -> not legitimate
3. Any other criterion fails, or the overall
   score is under settings.legitimate_min_score -> legitimate with conditions
4. Otherwise                                    -> legitimate

A criterion's score is the weighted mean of the scores of its answered, scored questions; it
passes when the score reaches its pass_threshold (a tie passes) and is incomplete while one of
its required questions is unanswered. The overall score is the weighted mean of the criterion
scores, by criterion weight.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from playbooks.model import Criterion, Playbook, Verdict

# Weighted means of decimal weights are not exact: 0.6 may come out as 0.5999999999999999.
TOLERANCE = 1e-9

PASS, FAIL, INCOMPLETE = "pass", "fail", "incomplete"
VERDICT_RANK = {
    Verdict.NOT_LEGITIMATE: 0,
    Verdict.LEGITIMATE_WITH_CONDITIONS: 1,
    Verdict.LEGITIMATE: 2,
    Verdict.INSUFFICIENT_INFORMATION: -1,
}


@dataclass(frozen=True)
class CriterionJudgement:
    criterion: Criterion
    score: float | None
    status: str
    missing_required: tuple[str, ...]


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    criteria: tuple[CriterionJudgement, ...]
    overall: float | None
    missing_required: tuple[str, ...]
    failed_gates: tuple[CriterionJudgement, ...]
    failed_others: tuple[CriterionJudgement, ...]
    legitimate_min_score: float

    @property
    def below_band(self) -> bool:
        return self.overall is not None and (self.overall + TOLERANCE < self.legitimate_min_score)


def judge_criterion(
    criterion: Criterion, scores: Mapping[str, float | None], answered: set[str] | frozenset[str]
) -> CriterionJudgement:
    missing = tuple(q.id for q in criterion.questions if q.required and q.id not in answered)
    total = weight = 0.0
    for question in criterion.questions:
        score = scores.get(question.id)
        if question.id in answered and score is not None:
            total += question.weight * score
            weight += question.weight
    score = total / weight if weight > 0 else None
    if missing or score is None:
        status = INCOMPLETE
    elif score + TOLERANCE >= criterion.pass_threshold:
        status = PASS
    else:
        status = FAIL
    return CriterionJudgement(criterion, score, status, missing)


def judge(
    playbook: Playbook, scores: Mapping[str, float | None], answered: set[str] | frozenset[str]
) -> Judgement:
    criteria = tuple(judge_criterion(c, scores, answered) for c in playbook.criteria)
    missing = tuple(q for judged in criteria for q in judged.missing_required)
    failed_gates = tuple(j for j in criteria if j.criterion.gate and j.status == FAIL)
    failed_others = tuple(j for j in criteria if not j.criterion.gate and j.status == FAIL)
    if all(j.score is not None for j in criteria):
        weights = sum(j.criterion.weight for j in criteria)
        overall: float | None = (
            sum(j.criterion.weight * (j.score or 0.0) for j in criteria) / weights
        )
    else:
        overall = None
    band = float(playbook.settings.get("legitimate_min_score", 0.0))
    below_band = overall is not None and overall + TOLERANCE < band
    if missing:
        verdict = Verdict.INSUFFICIENT_INFORMATION
    elif failed_gates:
        verdict = Verdict.NOT_LEGITIMATE
    elif failed_others or below_band:
        verdict = Verdict.LEGITIMATE_WITH_CONDITIONS
    else:
        verdict = Verdict.LEGITIMATE
    return Judgement(
        verdict=verdict,
        criteria=criteria,
        overall=overall,
        missing_required=missing,
        failed_gates=failed_gates,
        failed_others=failed_others,
        legitimate_min_score=band,
    )
