"""Likelihood draws within the stated ICD 203 ranges: reproducible with a seed, converging on the
exact share where one is computable, consistent with the engine's own scoring, and never
changing the answers they read."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbooks.answers import likelihood_term
from playbooks.evaluate import evaluate
from playbooks.likelihood_draws import draw_verdicts
from playbooks.loader import load_playbook_text
from playbooks.model import LIKELIHOOD_TERMS, Verdict
from playbooks.what_if import Sandbox, Scenario
from tests.playbooks.conftest import MEMBERS, endorsing
from tests.playbooks.test_use_of_force_2 import PLAYBOOK, REASONED, STRONG

ONE_LIKELIHOOD = """
id: one-likelihood
version: "1.0"
title: One likelihood
description: A gate on one likelihood answer, to compare the draws with the exact share.
settings:
  legitimate_min_score: 0
criteria:
  - id: success
    title: Success
    gate: true
    weight: 1
    pass_threshold: {threshold}
    guidance: Will it succeed?
    questions:
      - id: success_likelihood
        prompt: How likely is success?
        guidance: ICD 203.
        kind: likelihood
        better: {better}
"""


def one_likelihood(threshold: float, better: str = "higher"):
    return load_playbook_text(
        ONE_LIKELIHOOD.format(threshold=threshold, better=better), "one-likelihood.yaml"
    )


def test_the_same_seed_gives_the_same_counts_and_another_seed_may_not():
    answers = {**STRONG, "success_likelihood": "roughly_even_chance",
               "escalation_likelihood": "likely"}
    first = draw_verdicts(PLAYBOOK, answers, MEMBERS, REASONED, draws=2000, seed=11)
    again = draw_verdicts(PLAYBOOK, answers, MEMBERS, REASONED, draws=2000, seed=11)
    assert first == again
    assert sum(count for _, count in first.counts) == 2000
    assert first.drawn == ("civilian_harm", "success_likelihood", "escalation_likelihood")
    assert len(first.counts) >= 2  # this case straddles a verdict boundary
    other = draw_verdicts(PLAYBOOK, answers, MEMBERS, REASONED, draws=2000, seed=12)
    assert other.counts != first.counts


def test_a_single_likely_answer_converges_on_the_exact_fraction_of_its_range():
    # "likely" is 55–80 %; the gate passes at 0.60: exactly (80 − 60) / (80 − 55) = 0.8 pass.
    playbook = one_likelihood(0.6)
    shares = draw_verdicts(playbook, {"success_likelihood": "likely"}, [], draws=20_000, seed=1)
    assert shares.share(Verdict.LEGITIMATE) == pytest.approx(0.8, abs=0.015)
    assert shares.share(Verdict.NOT_LEGITIMATE) == pytest.approx(0.2, abs=0.015)
    assert shares.count(Verdict.LEGITIMATE) + shares.count(Verdict.NOT_LEGITIMATE) == 20_000


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from(LIKELIHOOD_TERMS),
    st.floats(0.02, 0.98),
    st.sampled_from(("higher", "lower")),
    st.integers(0, 2**32),
)
def test_the_share_passing_converges_on_the_exact_share_of_the_range(term, where, better, seed):
    # A threshold at p = low + where·(high − low): higher is better, the draws at or above it
    # pass (a share 1 − where of the range); lower is better, the score is 1 − p and the draws
    # at or below it pass (a share `where`).
    low, high = term.low / 100, term.high / 100
    cut = low + where * (high - low)
    threshold = round(cut if better == "higher" else 1 - cut, 9)
    exact = 1 - where if better == "higher" else where
    draws = 4000
    shares = draw_verdicts(
        one_likelihood(threshold, better), {"success_likelihood": term.id}, [],
        draws=draws, seed=seed,
    )
    spread = (exact * (1 - exact) / draws) ** 0.5
    assert abs(shares.share(Verdict.LEGITIMATE) - exact) <= 5 * spread + 0.002


def test_a_draw_at_the_midpoint_scores_as_the_engine_scores_the_term():
    # The engine scores a term at its range's midpoint, the mean of the uniform draw.
    for term in LIKELIHOOD_TERMS:
        midpoint = (term.low + term.high) / 200
        playbook = one_likelihood(round(midpoint, 6))
        assert evaluate(playbook, {"success_likelihood": term.id}, []).verdict is (
            Verdict.LEGITIMATE
        )
        shares = draw_verdicts(playbook, {"success_likelihood": term.id}, [], draws=4000, seed=3)
        assert shares.share(Verdict.LEGITIMATE) == pytest.approx(0.5, abs=0.04)


def test_without_a_likelihood_to_draw_every_draw_gives_the_verdict():
    answers = {**STRONG}
    qualifiers = {}  # format 2: likelihoods without their rationale are not settled
    shares = draw_verdicts(PLAYBOOK, answers, MEMBERS, qualifiers, draws=50, seed=0)
    verdict = evaluate(PLAYBOOK, answers, MEMBERS, qualifiers).verdict
    assert verdict is Verdict.INSUFFICIENT_INFORMATION
    assert shares.counts == ((verdict, 50),)
    assert shares.drawn == ()


def test_draws_give_the_engine_verdict_where_no_range_reaches_a_threshold():
    shares = draw_verdicts(PLAYBOOK, STRONG, MEMBERS, REASONED, draws=500, seed=5)
    assert shares.counts == ((Verdict.LEGITIMATE, 500),)


@settings(max_examples=30, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(("civilian_harm", "success_likelihood", "escalation_likelihood")),
        st.sampled_from([t.id for t in LIKELIHOOD_TERMS]),
    ),
    st.sets(st.sampled_from([m.iso for m in MEMBERS if m.standing == "full"])),
    st.integers(0, 1000),
)
def test_no_draw_changes_the_answers_or_qualifiers_it_reads(likelihoods, isos, seed):
    answers = {**STRONG, **likelihoods, "member_positions": endorsing(isos)}
    kept = copy.deepcopy(answers)
    qualifiers = dict(REASONED)
    kept_qualifiers = dict(qualifiers)
    draw_verdicts(PLAYBOOK, answers, MEMBERS, qualifiers, draws=30, seed=seed)
    sandbox = Sandbox(PLAYBOOK, answers, MEMBERS, qualifiers)
    sandbox.draws(Scenario(answers={"harm_gravity": 3}), draws=30, seed=seed)
    assert answers == kept
    assert qualifiers == kept_qualifiers
    assert sandbox.answers == kept


def test_draws_are_bounded():
    with pytest.raises(ValueError):
        draw_verdicts(PLAYBOOK, STRONG, MEMBERS, REASONED, draws=-1, seed=0)


def test_a_term_drawn_stays_within_its_range():
    import random

    from playbooks.likelihood_draws import draw_score

    rng = random.Random(0)
    term = likelihood_term("likely")
    scores = [draw_score(term.low, term.high, "higher", rng) for _ in range(1000)]
    assert min(scores) >= 0.55 and max(scores) <= 0.80
    lower = [draw_score(term.low, term.high, "lower", rng) for _ in range(1000)]
    assert min(lower) >= 0.20 and max(lower) <= 0.45
