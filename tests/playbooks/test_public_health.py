"""Hand-worked verdicts for the built-in joint public-health emergency measures playbook.

Weights from playbooks/builtin/public-health-emergency.yaml:
  necessity (gate, 2, pass 0.6): threat_severity ×2 (grades 0–4), who_assessment,
      epidemiology_confidence
  effectiveness (1, 0.5): measure_effect ×2, evidence_base
  rights (gate, 1, 0.6): least_restrictive, non_discriminatory, duration_days (30 days scores 1,
      180 scores 0: (180 − days)/150), safeguards (grades 0–3)
  authority (gate, 2, 0.6): member_positions ×3, security_council (not sought 0.7), regional_support
  equity (1, 0.5): burden_shared, access
  band 0.65; double majority 50% of states and 60% of population.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("public-health-emergency")

STRONG = {
    "threat_severity": 3,  # 0.75
    "who_assessment": "pheic",  # 1
    "epidemiology_confidence": "moderate",  # 0.5
    "measure_effect": "likely",  # 0.675
    "evidence_base": "observational",  # 0.7
    "least_restrictive": True,
    "non_discriminatory": True,
    "duration_days": 30,  # 1
    "safeguards": 2,  # 2/3
    "member_positions": ALL_ENDORSE,
    "security_council": "not_sought",  # 0.7
    "regional_support": True,
    "burden_shared": True,
    "access": "partial",  # 0.5
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_measured_response_is_legitimate():
    result = evaluate(PLAYBOOK, STRONG, MEMBERS)
    # necessity (1.5 + 1 + 0.5)/4 = 0.75; effectiveness (1.35 + 0.7)/3 = 0.68333;
    # rights (1 + 1 + 1 + 2/3)/4 = 0.91667; authority (3 + 0.7 + 1)/5 = 0.94; equity 0.75
    # overall (1.5 + 0.68333 + 0.91667 + 1.88 + 0.75)/7 = 5.73/7 = 0.81857
    assert scores(result) == pytest.approx({
        "necessity": 0.75, "effectiveness": 0.68333, "rights": 0.91667, "authority": 0.94,
        "equity": 0.75}, abs=1e-5)
    assert result.overall_score == pytest.approx(0.81857, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE


def test_discriminatory_open_ended_measures_fail_the_rights_gate():
    answers = {**STRONG, "least_restrictive": False, "non_discriminatory": False,
               "duration_days": 90, "safeguards": 1}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # rights (0 + 0 + 90/150 + 1/3)/4 = 0.23333 < 0.6
    assert scores(result)["rights"] == pytest.approx(0.23333, abs=1e-5)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Rights and proportionality failed" in result.deciding_rule


def test_unshared_burden_gives_conditions():
    result = evaluate(PLAYBOOK, {**STRONG, "burden_shared": False, "access": "not_addressed"},
                      MEMBERS)
    assert scores(result)["equity"] == 0.0
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS


def test_open_duration_question_gives_insufficient_information():
    answers = {k: v for k, v in STRONG.items() if k != "duration_days"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("duration_days",)
    # even 180 days (score 0) leaves rights at (1 + 1 + 0 + 2/3)/4 = 0.66667: a pass
    assert result.fragility.question_id == "duration_days"
    assert result.fragility.new_verdict is Verdict.LEGITIMATE


def test_double_majority_just_missed_then_just_met():
    missed = endorsing(["AAA", "BBB", "CCC", "III", "JJJ"])  # 599 of 1000, 5 of 10
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": missed}, MEMBERS)
    # authority (0 + 0.7 + 1)/5 = 0.34 < 0.6
    assert scores(result)["authority"] == pytest.approx(0.34)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    met = endorsing(["AAA", "BBB", "GGG", "HHH", "III", "JJJ"])  # 600 of 1000, 6 of 10
    assert evaluate(PLAYBOOK, {**STRONG, "member_positions": met}, MEMBERS).verdict is (
        Verdict.LEGITIMATE)
