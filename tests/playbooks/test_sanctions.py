"""Hand-worked verdicts for the built-in sanctions and economic measures playbook.

Weights from playbooks/builtin/sanctions.yaml:
  grounds (gate, 2, pass 0.6): conduct_severity ×2 (grades 0–3), conduct_confidence, clear_demand
  targeting (1, 0.6): targeting_breadth ×2, humanitarian_exemption, civilian_hardship (lower)
  authority (gate, 2, 0.6): member_positions ×3, security_council (not sought 0.5), regional_support
  effectiveness (1, 0.5): behaviour_change ×2, evasion (lower)
      [, member_cost: 0% of GDP scores 1, 1% scores 0]
  review_and_exit (1, 0.6): review_date, delisting
  band 0.65; double majority 50% of states and 60% of population.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("sanctions")

STRONG = {
    "conduct_severity": 3,  # 1
    "conduct_confidence": "high",  # 1
    "clear_demand": True,
    "targeting_breadth": "individuals",  # 1
    "humanitarian_exemption": True,
    "civilian_hardship": "unlikely",  # 0.675
    "member_positions": ALL_ENDORSE,
    "security_council": "not_sought",  # 0.5
    "regional_support": False,  # 0
    "behaviour_change": "likely",  # 0.675
    "evasion": "roughly_even_chance",  # 0.5
    "review_date": True,
    "delisting": True,
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_targeted_measures_are_legitimate():
    result = evaluate(PLAYBOOK, STRONG, MEMBERS)
    # grounds 1; targeting (2 + 1 + 0.675)/4 = 0.91875; authority (3 + 0.5 + 0)/5 = 0.7;
    # effectiveness (1.35 + 0.5)/3 = 0.61667; review 1
    # overall (2 + 0.91875 + 1.4 + 0.61667 + 1)/7 = 0.84792
    assert scores(result) == pytest.approx({
        "grounds": 1.0, "targeting": 0.91875, "authority": 0.7, "effectiveness": 0.61667,
        "review_and_exit": 1.0}, abs=1e-5)
    assert result.overall_score == pytest.approx(0.84792, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE
    assert result.authority.regional_support is False
    assert result.authority.security_council == "not_sought"


def test_weak_grounds_fail_the_gate():
    answers = {**STRONG, "conduct_severity": 1, "conduct_confidence": "moderate",
               "clear_demand": False}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # grounds (2/3 + 0.5 + 0)/4 = 0.29167 < 0.6
    assert scores(result)["grounds"] == pytest.approx(0.29167, abs=1e-5)
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_no_delisting_procedure_gives_conditions():
    result = evaluate(PLAYBOOK, {**STRONG, "delisting": False}, MEMBERS)
    # review (1 + 0)/2 = 0.5 < 0.6
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    assert "Review and exit failed (0.50, needs 0.60)" in result.deciding_rule


def test_member_cost_counts_when_given():
    result = evaluate(PLAYBOOK, {**STRONG, "member_cost": 0.3}, MEMBERS)
    # effectiveness (1.35 + 0.5 + 0.7)/4 = 0.6375
    assert scores(result)["effectiveness"] == pytest.approx(0.6375)


def test_missing_answers_give_insufficient_information():
    answers = {k: v for k, v in STRONG.items() if k not in ("evasion", "review_date")}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("evasion", "review_date")


def test_state_share_one_member_short_then_met():
    # AAA..DDD: 650 of 1000 people is enough, but 4 of 10 states (40%) is under 50%
    short = endorsing(["AAA", "BBB", "CCC", "DDD"], others="not_consulted")
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": short}, MEMBERS)
    assert not result.authority.met
    # authority (0 + 0.5 + 0)/5 = 0.1 < 0.6
    assert result.verdict is Verdict.NOT_LEGITIMATE
    # Kappaland (24), the smallest member, is the one whose endorsement tips it
    assert result.fragility.member_iso == "JJJ"
    met = endorsing(["AAA", "BBB", "CCC", "DDD", "JJJ"], others="not_consulted")  # 5/10, 674
    assert evaluate(PLAYBOOK, {**STRONG, "member_positions": met}, MEMBERS).verdict is (
        Verdict.LEGITIMATE)
