"""The verdict rules, applied to per-question scores and answers (pure and cheap, so fragility
can re-run them for every alternative answer).

1. Any required question unanswered, or a decisive
   answer not settled (format 2: low confidence,
   a likelihood without its rationale)          -> insufficient information
2. Any gate criterion fails                     -> not legitimate, except:
   only the authority criterion fails and every
   other criterion passes                       -> justified in substance; authority short
3. Any other criterion fails, or the overall
   score is under settings.legitimate_min_score -> legitimate with conditions
4. Otherwise                                    -> legitimate

A criterion's score is the weighted mean of the scores of its answered, scored questions; it
passes when the score reaches its pass_threshold (a tie passes) and every one of its knock-out
conditions holds, and is incomplete while one of its required questions is unanswered or
unsettled. In format 2 an optional answer counts only where it raises the score (the mean is
the highest over the optional answers given), so answering an optional question can never
lower a verdict: anything that may tell against an action must be asked every time, i.e. be
required. The overall score is the weighted mean of the criterion scores, by criterion weight.
The legal basis (role legal_basis) takes no part: it is judged apart (legal_basis.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from playbooks.model import ROLE_AUTHORITY, Condition, Criterion, Playbook, Question, Verdict

# Weighted means of decimal weights are not exact: 0.6 may come out as 0.5999999999999999.
TOLERANCE = 1e-9

PASS, FAIL, INCOMPLETE = "pass", "fail", "incomplete"
VERDICT_RANK = {
    Verdict.NOT_LEGITIMATE: 0,
    Verdict.AUTHORITY_SHORT: 1,
    Verdict.LEGITIMATE_WITH_CONDITIONS: 2,
    Verdict.LEGITIMATE: 3,
    Verdict.INSUFFICIENT_INFORMATION: -1,
}


@dataclass(frozen=True)
class CriterionJudgement:
    criterion: Criterion
    score: float | None
    status: str
    missing_required: tuple[str, ...]
    knockouts_failed: tuple[Condition, ...] = ()
    unsettled: tuple[str, ...] = ()  # question ids

    @property
    def margin(self) -> float | None:
        return None if self.score is None else self.score - self.criterion.pass_threshold


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    criteria: tuple[CriterionJudgement, ...]
    overall: float | None
    missing_required: tuple[str, ...]
    failed_gates: tuple[CriterionJudgement, ...]
    failed_others: tuple[CriterionJudgement, ...]
    legitimate_min_score: float
    unsettled: tuple[str, ...] = ()

    @property
    def below_band(self) -> bool:
        return self.overall is not None and (self.overall + TOLERANCE < self.legitimate_min_score)


def judge_criterion(
    criterion: Criterion,
    scores: Mapping[str, float | None],
    answered: set[str] | frozenset[str],
    values: Mapping[str, Any] | None = None,
    unsettled: Mapping[str, str] | None = None,
    *,
    optional_only_raise: bool = False,
) -> CriterionJudgement:
    missing = tuple(q.id for q in criterion.questions if q.required and q.id not in answered)
    unsure = tuple(q.id for q in criterion.questions if unsettled and q.id in unsettled)
    score = _criterion_score(criterion, scores, answered, optional_only_raise)
    values = values or {}
    failed = tuple(
        k
        for k in criterion.knockouts
        if values.get(k.question_id) is not None
        and not k.holds(_question(criterion, k.question_id), values[k.question_id])
    )
    status = _status(criterion, score, bool(missing or unsure), bool(failed))
    return CriterionJudgement(criterion, score, status, missing, failed, unsure)


def rescore(
    judged: CriterionJudgement,
    scores: Mapping[str, float | None],
    answered: set[str] | frozenset[str],
    *,
    optional_only_raise: bool = False,
) -> CriterionJudgement:
    """`judged` again with new scores for the same answer values (what a likelihood draw
    changes): the unanswered, unsettled and knock-out findings read the values, so they stand."""
    criterion = judged.criterion
    score = _criterion_score(criterion, scores, answered, optional_only_raise)
    status = _status(
        criterion, score, bool(judged.missing_required or judged.unsettled),
        bool(judged.knockouts_failed),
    )
    return CriterionJudgement(
        criterion, score, status, judged.missing_required, judged.knockouts_failed,
        judged.unsettled,
    )


def _status(criterion: Criterion, score: float | None, open_: bool, knocked_out: bool) -> str:
    if open_ or score is None:
        return INCOMPLETE
    if not knocked_out and score + TOLERANCE >= criterion.pass_threshold:
        return PASS
    return FAIL


def _question(criterion: Criterion, question_id: str) -> Question:
    return next(q for q in criterion.questions if q.id == question_id)


def _criterion_score(
    criterion: Criterion,
    scores: Mapping[str, float | None],
    answered: set[str] | frozenset[str],
    optional_only_raise: bool,
) -> float | None:
    base: list[tuple[float, float]] = []  # (weight, score)
    extra: list[tuple[float, float]] = []
    for question in criterion.questions:
        score = scores.get(question.id)
        if question.id in answered and score is not None and question.weight > 0:
            counted = extra if (optional_only_raise and not question.required) else base
            counted.append((question.weight, score))
    total = sum(w * s for w, s in base)
    weight = sum(w for w, _ in base)
    # The best mean over subsets of the optional answers is reached by adding them highest
    # first while each is at least the mean so far (one that is lower would pull it down).
    for w, s in sorted(extra, key=lambda item: -item[1]):
        if weight > 0 and s + TOLERANCE < total / weight:
            break
        total += w * s
        weight += w
    return total / weight if weight > 0 else None


def judge(
    playbook: Playbook,
    scores: Mapping[str, float | None],
    answered: set[str] | frozenset[str],
    values: Mapping[str, Any] | None = None,
    unsettled: Mapping[str, str] | None = None,
) -> Judgement:
    only_raise = playbook.format >= 2
    criteria = tuple(
        judge_criterion(c, scores, answered, values, unsettled, optional_only_raise=only_raise)
        for c in playbook.criteria
        if c.judged
    )
    return combine(playbook, criteria)


def combine(playbook: Playbook, criteria: tuple[CriterionJudgement, ...]) -> Judgement:
    """The verdict from the judged criteria (what `judge` does once each is judged; the
    likelihood draws re-judge only the criteria a draw changes, then call this)."""
    missing = tuple(q for judged in criteria for q in judged.missing_required)
    unsure = tuple(q for judged in criteria for q in judged.unsettled)
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
    failed = failed_gates + failed_others
    if missing or unsure:
        verdict = Verdict.INSUFFICIENT_INFORMATION
    elif failed_gates and all(j.criterion.role == ROLE_AUTHORITY for j in failed):
        verdict = Verdict.AUTHORITY_SHORT
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
        unsettled=unsure,
    )
