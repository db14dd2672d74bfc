"""Hand-worked verdicts for the built-in UN High-level Panel playbook (five criteria + authority).

Weights from playbooks/builtin/un-high-level-panel.yaml (scores as in test_use_of_force):
  seriousness (gate, 2, pass 0.6): threat_type ×2, threat_scale (grades 1–4), threat_confidence
  proper_purpose (1, 0.6): purpose_primary ×2, other_motives (grades 0–3, lower is better)
  last_resort (1, 0.6): non_military_explored ×2 (grades 0–3), grounds_other_fail
  proportional_means (1, 0.6): minimum_scale, planned_duration (3 months scores 1, 36 scores 0,
      linear: (36 − months)/33), civilian_harm (lower)
  balance_of_consequences (gate, 2, 0.5): success_likelihood ×2, worse_than_inaction (lower)
  authority (gate, 2, 0.6): member_positions ×3, security_council, regional_support
  band 0.7; double majority 55% / 65%.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("un-high-level-panel")

STRONG = {
    "threat_type": "atrocity",  # 1
    "threat_scale": 4,  # 1
    "threat_confidence": "high",  # 1
    "purpose_primary": True,
    "other_motives": 1,  # 2/3
    "non_military_explored": 3,  # 1
    "grounds_other_fail": True,
    "minimum_scale": True,
    "planned_duration": 6,  # 30/33 = 0.90909
    "civilian_harm": "unlikely",  # 0.675
    "success_likelihood": "likely",  # 0.675
    "worse_than_inaction": "unlikely",  # 0.675
    "member_positions": ALL_ENDORSE,
    "security_council": "authorised",  # 1
    "regional_support": True,
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_strong_case_is_legitimate_and_its_fragility_is_the_duration():
    result = evaluate(PLAYBOOK, STRONG, MEMBERS)
    # seriousness 1; purpose (2 + 2/3)/3 = 0.88889; last resort 1;
    # proportional means (1 + 0.90909 + 0.675)/3 = 0.86136; balance (1.35 + 0.675)/3 = 0.675;
    # authority 1. overall (2 + 0.88889 + 1 + 0.86136 + 1.35 + 2)/9 = 0.90003
    assert scores(result) == pytest.approx({
        "seriousness": 1.0, "proper_purpose": 0.88889, "last_resort": 1.0,
        "proportional_means": 0.86136, "balance_of_consequences": 0.675, "authority": 1.0,
    }, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE
    # Proportional means fails once (1 + d + 0.675)/3 < 0.6, i.e. d < 0.125: 32 months scores
    # 4/33 = 0.1212 (fails), 31 months 5/33 = 0.1515 (passes). No other one-step change that
    # moves a score by less than 0.79 flips the verdict.
    fragility = result.fragility
    assert (fragility.question_id, fragility.from_value, fragility.to_value) == (
        "planned_duration", 6, 32)
    assert fragility.new_verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    assert "from 6 months to 32 months" in fragility.description


def test_diffuse_threat_fails_seriousness():
    answers = {**STRONG, "threat_type": "instability", "threat_scale": 2,
               "threat_confidence": "moderate"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # seriousness (2·0.2 + 1/3 + 0.5)/4 = 1.23333/4 = 0.30833 < 0.6
    assert scores(result)["seriousness"] == pytest.approx(0.30833, abs=1e-5)
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_long_campaign_gives_conditions():
    answers = {**STRONG, "minimum_scale": False, "planned_duration": 30,
               "civilian_harm": "roughly_even_chance"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # proportional means (0 + 6/33 + 0.5)/3 = 0.22727 < 0.6
    assert scores(result)["proportional_means"] == pytest.approx(0.22727, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS


def test_missing_answers_give_insufficient_information():
    open_questions = ("threat_confidence", "planned_duration")
    answers = {k: v for k, v in STRONG.items() if k not in open_questions}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("threat_confidence", "planned_duration")


def test_double_majority_just_missed_then_just_met():
    missed = endorsing(["AAA", "BBB", "CCC", "HHH", "III", "JJJ"])  # 649: 64.9%
    answers = {**STRONG, "security_council": "not_sought", "member_positions": missed}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # authority (0 + 0.2 + 1)/5 = 0.24 < 0.6
    assert scores(result)["authority"] == pytest.approx(0.24)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    answers["member_positions"] = endorsing(["AAA", "BBB", "CCC", "GGG", "III", "JJJ"])  # 65%
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # authority (3 + 0.2 + 1)/5 = 0.84
    assert scores(result)["authority"] == pytest.approx(0.84)
    assert result.verdict is Verdict.LEGITIMATE
