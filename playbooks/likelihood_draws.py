"""Likelihood draws: how often each verdict results when every likelihood answer is read as a
probability drawn within its stated ICD 203 range (seeded, reproducible, pure).

The draw rule (docs/method.md, "What-if", gives the sources). An ICD 203 term states a range,
not a point: "likely" is 55–80 %. Each draw takes, for every likelihood answer, a probability
p uniformly within its term's range and scores it p (or 1 − p where lower is better). This is
the engine's own scoring extended inside the range: the engine scores a term at its range's
midpoint (playbooks.answers.score_answer), and the mean of a uniform draw over the range is
that midpoint, so the draws centre on the record's score; interpolating linearly between the
neighbouring terms' scores (each term's score at its midpoint) is the identity on p, so both
readings the issue offers agree. The term itself never changes (a draw stays within the
stated range), so knock-out conditions, legal-basis elements and routes to authority, which
read the term, read it as answered. Nothing else is drawn: a draw changes only the scores of
the likelihood answers, and the verdict rules (playbooks.verdict.judge) run on them as they run
on the record's scores.

One random.Random(seed) makes every draw, in playbook order of the questions, so the same
answers, draws and seed give the same counts on every machine and Python version that keeps
`random.Random`'s documented sequence (Python 3.2 on).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from playbooks.answers import likelihood_term
from playbooks.model import (
    AnswerQualifier,
    MemberInfo,
    Playbook,
    QuestionKind,
    Verdict,
)
from playbooks.scoring import Scored, score_all
from playbooks.verdict import combine, judge, rescore

DRAWS_MAX = 1_000_000


@dataclass(frozen=True)
class DrawShares:
    """How many of `draws` draws gave each verdict."""

    draws: int
    seed: int
    counts: tuple[tuple[Verdict, int], ...]  # in the order of Verdict, zero counts left out
    drawn: tuple[str, ...]  # the likelihood answers drawn (question ids, playbook order)

    def count(self, verdict: Verdict) -> int:
        return dict(self.counts).get(verdict, 0)

    def share(self, verdict: Verdict) -> float:
        return self.count(verdict) / self.draws if self.draws else 0.0


def draw_score(low: int, high: int, better: str, rng: random.Random) -> float:
    """One draw's score for a term with range low–high percent."""
    probability = rng.uniform(low, high) / 100
    return probability if better != "lower" else 1.0 - probability


def draw_verdicts(
    playbook: Playbook,
    answers: Mapping[str, Any],
    members: Sequence[MemberInfo],
    qualifiers: Mapping[str, AnswerQualifier] | None = None,
    *,
    draws: int,
    seed: int,
) -> DrawShares:
    """The verdicts of `draws` draws of the likelihood answers (see the module's docstring).
    The answers are only read; an answer the engine does not count or judge on (format 2: a
    likelihood without its rationale) is not drawn."""
    if not 0 <= draws <= DRAWS_MAX:
        raise ValueError(f"draws must be from 0 to {DRAWS_MAX:,}")
    scored = score_all(playbook, answers, members, qualifiers)
    return draw_scored(playbook, scored, draws=draws, seed=seed)


def draw_scored(playbook: Playbook, scored: Scored, *, draws: int, seed: int) -> DrawShares:
    """draw_verdicts on answers already scored (the sandbox scores once per scenario)."""
    drawn = [
        (q.id, likelihood_term(scored.answers[q.id]), q.better)
        for q in playbook.questions()
        if q.kind is QuestionKind.LIKELIHOOD
        and q.id in scored.answers
        and scored.scores.get(q.id) is not None
        and q.id not in scored.unsettled
    ]
    rng = random.Random(seed)
    counts: Counter[Verdict] = Counter()
    answered, values, unsettled = scored.answered, scored.answers, scored.unsettled
    judgement = judge(playbook, scored.scores, answered, values, unsettled)
    if not drawn:
        if draws:
            counts[judgement.verdict] = draws
    else:
        # Only the criteria asking a drawn question change from draw to draw: the others keep
        # their judgement, and the verdict is combined from both as `judge` combines them.
        drawn_ids = {question_id for question_id, _, _ in drawn}
        judged = [c for c in playbook.criteria if c.judged]
        moving = [
            i for i, c in enumerate(judged) if any(q.id in drawn_ids for q in c.questions)
        ]
        base = judgement.criteria
        criteria = list(base)
        only_raise = playbook.format >= 2
        scores = dict(scored.scores)
        for _ in range(draws):
            for question_id, term, better in drawn:
                scores[question_id] = draw_score(term.low, term.high, better, rng)
            for i in moving:
                criteria[i] = rescore(base[i], scores, answered, optional_only_raise=only_raise)
            counts[combine(playbook, tuple(criteria)).verdict] += 1
    return DrawShares(
        draws=draws,
        seed=seed,
        counts=tuple((v, counts[v]) for v in Verdict if counts[v]),
        drawn=tuple(question_id for question_id, _, _ in drawn),
    )
