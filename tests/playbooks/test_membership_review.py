"""Hand-worked verdicts for the built-in Concert membership review playbook.

Weights from playbooks/builtin/membership-review.yaml (no member positions: not a joint action):
  elections (gate, 2, pass 0.6): last_elections ×2 (grades 0–4), peaceful_transfer,
      observer_confidence
  political_rights (gate, 1, 0.6): political_rights_level ×2 (grades 0–3), opposition_free
  civil_rights (gate, 1, 0.6): speech_, assembly_, religion_guaranteed, enforcement ×2 (0–3)
  rule_of_law (gate, 1, 0.6): judicial_independence ×2 (0–3), executive_complies, corruption
  durability (1, 0.6): years_democratic (30 years scores 1, 5 scores 0: (years − 5)/25),
      reversal_likelihood ×2 (lower is better), military_subordinate
  band 0.75.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import MEMBERS, builtin

PLAYBOOK = builtin("membership-review")

ESTABLISHED = {
    "last_elections": 4,
    "peaceful_transfer": True,
    "observer_confidence": "high",
    "political_rights_level": 3,
    "opposition_free": True,
    "speech_guaranteed": True,
    "assembly_guaranteed": True,
    "religion_guaranteed": True,
    "enforcement": 3,
    "judicial_independence": 3,
    "executive_complies": True,
    "corruption": "rare",
    "years_democratic": 70,  # capped at 1
    "reversal_likelihood": "almost_no_chance",  # 1 − 0.03 = 0.97
    "military_subordinate": True,
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_established_democracy_qualifies():
    result = evaluate(PLAYBOOK, ESTABLISHED, MEMBERS)
    # four gates 1.0; durability (1 + 2·0.97 + 1)/4 = 0.985; overall (2+1+1+1+0.985)/6 = 0.9975
    assert scores(result)["durability"] == pytest.approx(0.985)
    assert result.overall_score == pytest.approx(0.9975)
    assert result.verdict is Verdict.LEGITIMATE
    assert result.authority is None


def test_captured_courts_fail_the_rule_of_law_gate():
    answers = {**ESTABLISHED, "judicial_independence": 1, "executive_complies": False,
               "corruption": "common"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # rule of law (2/3 + 0 + 0.2)/4 = 0.21667 < 0.6
    assert scores(result)["rule_of_law"] == pytest.approx(0.21667, abs=1e-5)
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_young_democracy_qualifies_with_conditions():
    answers = {**ESTABLISHED, "years_democratic": 10, "reversal_likelihood": "roughly_even_chance"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # durability ((10 − 5)/25 + 2·0.5 + 1)/4 = 2.2/4 = 0.55 < 0.6, not a gate
    assert scores(result)["durability"] == pytest.approx(0.55)
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS


def test_passing_everything_narrowly_stays_under_the_band():
    answers = {
        **ESTABLISHED,
        "last_elections": 3, "observer_confidence": "low",
        "political_rights_level": 2, "enforcement": 2,
        "judicial_independence": 2, "corruption": "occasional",
        "years_democratic": 20, "reversal_likelihood": "unlikely",
    }
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # elections (1.5 + 1 + 0)/4 = 0.625; political (4/3 + 1)/3 = 0.77778;
    # civil (3 + 4/3)/5 = 0.86667; rule of law (4/3 + 1 + 0.6)/4 = 0.73333;
    # durability (0.6 + 1.35 + 1)/4 = 0.7375
    # overall (1.25 + 0.77778 + 0.86667 + 0.73333 + 0.7375)/6 = 0.72755 < 0.75
    assert [c.status for c in result.criteria] == ["pass"] * 5
    assert result.overall_score == pytest.approx(0.72755, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    # Fragility: one step on the elections scale moves its score by 0.25. Down (3 -> 2) gives
    # elections (1 + 1 + 0)/4 = 0.5, a failed gate; up (3 -> 4) gives 0.75 and an overall of
    # 0.76921, legitimate. Both are one step of the same size on the same question, so the
    # grade listed first wins the tie. (Smaller one-step moves, such as a likelihood term at
    # 0.175–0.2, change no verdict: reversal "very unlikely" still leaves 0.74421 overall.)
    fragility = result.fragility
    assert (fragility.question_id, fragility.from_value, fragility.to_value) == (
        "last_elections", 3, 2)
    assert fragility.new_verdict is Verdict.NOT_LEGITIMATE


def test_missing_answers_give_insufficient_information():
    answers = {k: v for k, v in ESTABLISHED.items()
               if k not in ("years_democratic", "speech_guaranteed")}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("speech_guaranteed", "years_democratic")
