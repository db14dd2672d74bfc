"""Hand-worked verdicts for the built-in counter-proliferation interdiction playbook.

Weights from playbooks/builtin/counter-proliferation-interdiction.yaml:
  threat (gate, 2, pass 0.6): cargo_likelihood ×2, end_user, intelligence_confidence
  legal_basis (gate, 2, 0.6): basis ×2, legal_confidence
  proportionality (1, 0.6): least_intrusive, crew_risk (grades 0–3, lower is better),
      escalation_likelihood (lower)
  authority (gate, 2, 0.6): member_positions ×3, security_council (not sought 0.5), regional_support
  effectiveness (1, 0.5): seizure_likelihood ×2 [, hours_available: 48 h scores 1, 0 h scores 0]
  band 0.65; double majority 50% of states and 60% of population.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("counter-proliferation-interdiction")

STRONG = {
    "cargo_likelihood": "very_likely",  # 0.875
    "end_user": "state_programme",  # 1
    "intelligence_confidence": "moderate",  # 0.5
    "basis": "flag_state_consent",  # 1
    "legal_confidence": "high",  # 1
    "least_intrusive": True,
    "crew_risk": 1,  # 2/3
    "escalation_likelihood": "unlikely",  # 0.675
    "member_positions": ALL_ENDORSE,
    "security_council": "not_sought",  # 0.5
    "regional_support": True,
    "seizure_likelihood": "likely",  # 0.675
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_strong_case_is_legitimate():
    result = evaluate(PLAYBOOK, STRONG, MEMBERS)
    # threat (1.75 + 1 + 0.5)/4 = 0.8125; legal 1; proportionality (1 + 2/3 + 0.675)/3 = 0.78056
    # authority (3 + 0.5 + 1)/5 = 0.9; effectiveness 1.35/2 = 0.675
    # overall (1.625 + 2 + 0.78056 + 1.8 + 0.675)/8 = 0.86007
    assert scores(result) == pytest.approx({
        "threat": 0.8125, "legal_basis": 1.0, "proportionality": 0.78056,
        "authority": 0.9, "effectiveness": 0.675}, abs=1e-5)
    assert result.overall_score == pytest.approx(0.86007, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE


def test_self_defence_claim_alone_fails_the_legal_gate():
    result = evaluate(PLAYBOOK, {**STRONG, "basis": "self_defence", "legal_confidence": "low"},
                      MEMBERS)
    # legal basis (2·0.4 + 0)/3 = 0.26667 < 0.6
    assert scores(result)["legal_basis"] == pytest.approx(0.26667, abs=1e-5)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Legal basis failed" in result.deciding_rule


def test_unlikely_seizure_gives_conditions_and_a_tie_passes():
    result = evaluate(PLAYBOOK, {**STRONG, "seizure_likelihood": "unlikely"}, MEMBERS)
    # effectiveness 2·0.325/2 = 0.325 < 0.5
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    result = evaluate(PLAYBOOK, {**STRONG, "seizure_likelihood": "roughly_even_chance"}, MEMBERS)
    # effectiveness exactly 0.5 = the threshold: a tie passes
    assert scores(result)["effectiveness"] == pytest.approx(0.5)
    assert result.verdict is Verdict.LEGITIMATE


def test_optional_number_counts_when_given():
    result = evaluate(PLAYBOOK, {**STRONG, "hours_available": 12}, MEMBERS)
    # effectiveness (1.35 + 12/48)/3 = 0.53333
    assert scores(result)["effectiveness"] == pytest.approx(0.53333, abs=1e-5)


def test_missing_intelligence_confidence_gives_insufficient_information():
    answers = {k: v for k, v in STRONG.items() if k != "intelligence_confidence"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("intelligence_confidence",)
    # threat with low (0) is (1.75 + 1 + 0)/4 = 0.6875: every answer passes
    assert result.fragility.new_verdict is Verdict.LEGITIMATE


def test_double_majority_just_missed_then_just_met():
    # AAA 350 + BBB 100 + CCC 100 + III 25 + JJJ 24 = 599: 59.9% < 60%; 5 of 10 states = 50%
    missed = endorsing(["AAA", "BBB", "CCC", "III", "JJJ"])
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": missed}, MEMBERS)
    assert result.authority.state_share == pytest.approx(0.5)
    assert result.authority.population_share == pytest.approx(0.599)
    # authority (0 + 0.5 + 1)/5 = 0.3 < 0.6
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "59.9% of the members' population (needed 60%)" in " ".join(result.reasons)
    # AAA + BBB + GGG 51 + HHH 50 + III + JJJ = 600: exactly 60%, six states
    met = endorsing(["AAA", "BBB", "GGG", "HHH", "III", "JJJ"])
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": met}, MEMBERS)
    assert result.authority.met
    assert result.verdict is Verdict.LEGITIMATE
