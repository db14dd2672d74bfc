"""Hand-worked verdicts for the built-in humanitarian-protection playbook (ICISS 2001).

Weights from playbooks/builtin/humanitarian-protection.yaml (scores as in test_use_of_force):
  threshold (gate, 2, pass 0.6): threshold_harm ×2, state_role, threshold_evidence_confidence
  right_intention (1, 0.6): protection_primary ×2, collective_operation, victims_view
  last_resort (1, 0.6): alternatives_explored ×2 (grades 0–3), lesser_measures_fail
  proportional_means (1, 0.6): minimum_scale, civilian_harm (lower), ihl_confidence
  reasonable_prospects (gate, 1, pass 0.5): halts_suffering ×2, worse_than_inaction (lower)
  right_authority (gate, 2, 0.6): member_positions ×3, security_council, regional_support
      [, general_assembly when given]
  band 0.7; double majority 55% / 65%.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("humanitarian-protection")

STRONG = {
    "threshold_harm": "loss_of_life",  # 1
    "state_role": "perpetrator",  # 1
    "threshold_evidence_confidence": "high",  # 1
    "protection_primary": True,
    "collective_operation": True,
    "victims_view": "ask_for_it",  # 1
    "alternatives_explored": 2,  # 2/3
    "lesser_measures_fail": True,
    "minimum_scale": True,
    "civilian_harm": "unlikely",  # 0.675
    "ihl_confidence": "high",
    "halts_suffering": "likely",  # 0.675
    "worse_than_inaction": "unlikely",  # 0.675
    "member_positions": ALL_ENDORSE,
    "security_council": "blocked_by_veto",  # 0.6
    "regional_support": True,
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_strong_case_is_legitimate():
    result = evaluate(PLAYBOOK, STRONG, MEMBERS)
    # threshold 4/4 = 1; right intention 4/4 = 1; last resort (4/3 + 1)/3 = 0.77778;
    # proportional means (1 + 0.675 + 1)/3 = 0.89167; prospects (1.35 + 0.675)/3 = 0.675;
    # authority (3 + 0.6 + 1)/5 = 0.92
    # overall (2 + 1 + 0.77778 + 0.89167 + 0.675 + 1.84)/8 = 7.18444/8 = 0.89806
    assert scores(result) == pytest.approx({
        "threshold": 1.0, "right_intention": 1.0, "last_resort": 0.77778,
        "proportional_means": 0.89167, "reasonable_prospects": 0.675, "right_authority": 0.92,
    }, abs=1e-5)
    assert result.overall_score == pytest.approx(0.89806, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE


def test_optional_general_assembly_counts_when_answered():
    result = evaluate(PLAYBOOK, {**STRONG, "general_assembly": "supported"}, MEMBERS)
    # authority (3 + 0.6 + 1 + 1)/6 = 0.93333
    assert scores(result)["right_authority"] == pytest.approx(0.93333, abs=1e-5)


def test_poor_prospects_fail_their_gate():
    answers = {**STRONG, "halts_suffering": "unlikely",
               "worse_than_inaction": "roughly_even_chance"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # prospects (2·0.325 + 0.5)/3 = 1.15/3 = 0.38333 < 0.5, a gate
    assert scores(result)["reasonable_prospects"] == pytest.approx(0.38333, abs=1e-5)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Reasonable prospects failed" in result.deciding_rule


def test_unexplored_alternatives_give_conditions():
    answers = {**STRONG, "alternatives_explored": 1, "lesser_measures_fail": False}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # last resort (2·1/3 + 0)/3 = 0.22222 < 0.6, not a gate
    assert scores(result)["last_resort"] == pytest.approx(0.22222, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    assert "Last resort failed" in result.deciding_rule


def test_one_open_question_settles_the_verdict_either_way():
    answers = {k: v for k, v in STRONG.items() if k != "state_role"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("state_role",)
    # Even the worst answer ("protecting", 0) leaves the threshold at (2 + 0 + 1)/4 = 0.75,
    # so answering it can only give "legitimate".
    assert not result.fragility.robust
    assert result.fragility.question_id == "state_role"
    assert result.fragility.new_verdict is Verdict.LEGITIMATE
    assert "would settle the verdict: legitimate" in result.fragility.description


def test_double_majority_just_missed_then_just_met():
    # 649 of 1000 people (64.9% < 65%) though 6 of 10 states (60% ≥ 55%)
    missed = endorsing(["AAA", "BBB", "CCC", "HHH", "III", "JJJ"], others="abstain")
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": missed}, MEMBERS)
    # authority (0 + 0.6 + 1)/5 = 0.32 < 0.6, a gate
    assert scores(result)["right_authority"] == pytest.approx(0.32)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    met = endorsing(["AAA", "BBB", "CCC", "GGG", "III", "JJJ"], others="abstain")  # 650: 65%
    assert evaluate(PLAYBOOK, {**STRONG, "member_positions": met}, MEMBERS).verdict is (
        Verdict.LEGITIMATE)
