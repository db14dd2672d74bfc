"""Hand-worked verdicts for the built-in use-of-force playbook.

Scores used below (see docs/playbook-format.md): a scale grade scores its position (0 for the
first grade, 1 for the last); yes/no 1 or 0; confidence low 0, moderate 0.5, high 1; a likelihood
the midpoint of its ICD 203 range (likely 0.675, roughly even 0.5, unlikely 0.325), or one minus
that when lower is better. Weights are those in playbooks/builtin/use-of-force.yaml:
  just_cause (gate, weight 2, pass 0.6): harm_gravity ×2, harm_timing, cause_evidence_confidence
  proportionality (weight 1, pass 0.6): non_coercive_options ×2, limited_means, civilian_harm
      (lower is better), exit_condition [, expected_civilian_deaths when given]
  authority (gate, weight 2, pass 0.6): member_positions ×3, security_council, regional_support,
      legal_basis_confidence
  success (weight 1, pass 0.6): success_likelihood ×2, escalation_likelihood (lower),
      partner_commitment
  unconditional verdict needs an overall score of 0.7; double majority 55% of states, 65% of people.
"""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("use-of-force")

STRONG = {
    "harm_gravity": 4,  # 1.0
    "harm_timing": "under_way",  # 1.0
    "cause_evidence_confidence": "high",  # 1.0
    "non_coercive_options": 2,  # 2/3
    "limited_means": True,  # 1
    "civilian_harm": "unlikely",  # 1 - 0.325 = 0.675
    "exit_condition": True,  # 1
    "member_positions": ALL_ENDORSE,  # met: 1.0
    "security_council": "blocked_by_veto",  # 0.6
    "regional_support": True,  # 1
    "legal_basis_confidence": "moderate",  # 0.5
    "success_likelihood": "likely",  # 0.675
    "escalation_likelihood": "unlikely",  # 0.675
    "partner_commitment": "firm",  # 1
}


def scores(evaluation):
    return {c.criterion_id: c.score for c in evaluation.criteria}


def test_strong_case_is_legitimate():
    result = evaluate(PLAYBOOK, STRONG, MEMBERS)
    # just cause (2·1 + 1 + 1)/4 = 1.0
    # proportionality (2·2/3 + 1 + 0.675 + 1)/5 = 4.00833/5 = 0.80167
    # authority (3·1 + 0.6 + 1 + 0.5)/6 = 5.1/6 = 0.85
    # success (2·0.675 + 0.675 + 1)/4 = 3.025/4 = 0.75625
    # overall (2·1 + 0.80167 + 2·0.85 + 0.75625)/6 = 5.25792/6 = 0.87632 ≥ 0.7
    assert scores(result) == pytest.approx(
        {"just_cause": 1.0, "proportionality": 0.80167, "authority": 0.85, "success": 0.75625},
        abs=1e-5,
    )
    assert result.overall_score == pytest.approx(0.87632, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE
    assert result.deciding_rule.startswith("legitimate: every criterion passes")
    assert result.questions["success_likelihood"].note == "likely (55–80%) scores 0.68"


def test_weak_cause_fails_the_gate():
    answers = {**STRONG, "harm_gravity": 1, "harm_timing": "probable_later",
               "cause_evidence_confidence": "moderate"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # just cause (2·0.25 + 0.4 + 0.5)/4 = 1.4/4 = 0.35 < 0.6, and it is a gate
    assert scores(result)["just_cause"] == pytest.approx(0.35)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Just cause failed (0.35, needs 0.60)" in result.deciding_rule
    failing = next(r for r in result.reasons if r.startswith("Just cause"))
    # the answers that pulled it down come first
    assert "fails with 0.35" in failing and "1 – limited or localised harm" in failing


def test_disproportionate_means_give_conditions():
    answers = {**STRONG, "non_coercive_options": 0, "civilian_harm": "likely",
               "exit_condition": False}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # proportionality (2·0 + 1 + (1 - 0.675) + 0)/5 = 1.325/5 = 0.265 < 0.6, not a gate
    assert scores(result)["proportionality"] == pytest.approx(0.265)
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    assert "Proportionality and last resort failed (0.27, needs 0.60)" in result.deciding_rule


def test_every_criterion_passes_but_overall_under_band_gives_conditions():
    answers = {
        **STRONG,
        "harm_gravity": 3, "harm_timing": "imminent", "cause_evidence_confidence": "moderate",
        "exit_condition": False,
        "security_council": "not_sought", "legal_basis_confidence": "low",
        "partner_commitment": "partial",
    }
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # just cause (2·0.75 + 0.8 + 0.5)/4 = 0.7 pass
    # proportionality (2·2/3 + 1 + 0.675 + 0)/5 = 0.60167 pass
    # authority (3 + 0.3 + 1 + 0)/6 = 0.71667 pass
    # success (1.35 + 0.675 + 0.5)/4 = 0.63125 pass
    # overall (1.4 + 0.60167 + 1.43333 + 0.63125)/6 = 0.67771 < 0.7
    assert [c.status for c in result.criteria] == ["pass"] * 4
    assert result.overall_score == pytest.approx(0.67771, abs=1e-5)
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    assert "overall score 0.68 is under the 0.70" in result.deciding_rule


def test_missing_required_answers_give_insufficient_information():
    answers = {k: v for k, v in STRONG.items()
               if k not in ("regional_support", "success_likelihood")}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert result.missing_required == ("regional_support", "success_likelihood")
    assert "regional_support, success_likelihood" in result.deciding_rule
    # Two open questions: no single answer ends it, and an incomplete assessment is never
    # called robust (issue 10: "robust" was printed for insufficient information).
    assert not result.fragility.robust
    assert result.fragility.description.startswith("not judged: the assessment is incomplete")
    assert {c.criterion_id: c.status for c in result.criteria}["authority"] == "incomplete"


def test_double_majority_population_share_just_missed_then_just_met():
    # AAA 350 + BBB 100 + CCC 100 + HHH 50 + III 25 + JJJ 24 = 649 of 1000 people: 64.9% < 65%,
    # while 6 of 10 states (60%) is above 55%. Suspendia (500) endorses but does not count.
    missed = {**endorsing(["AAA", "BBB", "CCC", "HHH", "III", "JJJ"]), "SUS": "endorse"}
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": missed}, MEMBERS)
    tally = result.authority
    assert (tally.states_endorsing, tally.states_counted) == (6, 10)
    assert tally.population_share == pytest.approx(0.649)
    assert not tally.met
    # authority (3·0 + 0.6 + 1 + 0.5)/6 = 0.35 < 0.6: a failed gate
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "64.9% of the members' population (needed 65%)" in " ".join(result.reasons)
    assert any("SUS" in reason and "not counted" in reason for reason in result.reasons)
    # The smallest member that can tip it is Etaland (51): endorsing gives 700 of 1000.
    assert result.fragility.member_iso == "GGG"
    assert result.fragility.new_verdict is Verdict.LEGITIMATE

    # Swap Thetania (50) for Etaland (51): 650 of 1000 = 65% exactly, which meets the threshold.
    met = endorsing(["AAA", "BBB", "CCC", "GGG", "III", "JJJ"])
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": met}, MEMBERS)
    assert result.authority.met and result.authority.population_share == pytest.approx(0.65)
    assert result.verdict is Verdict.LEGITIMATE
    # Now the smallest member, Kappaland (24), withdrawing its endorsement undoes the majority.
    assert result.fragility.member_iso == "JJJ"
    assert (result.fragility.from_value, result.fragility.to_value) == ("endorse", "abstain")
    assert result.fragility.new_verdict is Verdict.NOT_LEGITIMATE
    assert "Kappaland (JJJ)" in result.fragility.description


def test_one_grade_down_on_harm_flips_the_verdict():
    answers = {**STRONG, "harm_gravity": 2, "harm_timing": "imminent"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # just cause (2·0.5 + 0.8 + 1)/4 = 0.7: passes; the verdict is legitimate.
    # One grade down: (2·0.25 + 0.8 + 1)/4 = 0.575 < 0.6: the gate fails. Every one-step change
    # that moves a score by less than 0.25 (likelihood terms move 0.175 or 0.2) leaves it.
    assert result.verdict is Verdict.LEGITIMATE
    fragility = result.fragility
    assert not fragility.robust
    assert (fragility.question_id, fragility.from_value, fragility.to_value) == (
        "harm_gravity", 2, 1)
    assert fragility.steps == 1 and fragility.new_verdict is Verdict.NOT_LEGITIMATE
    assert "(1 step)" in fragility.description


def test_two_failed_gates_are_robust():
    answers = {**STRONG, "harm_gravity": 0, "harm_timing": "speculative",
               "member_positions": endorsing(["JJJ"]), "security_council": "rejected_on_merits"}
    result = evaluate(PLAYBOOK, answers, MEMBERS)
    # just cause (0 + 0 + 1)/4 = 0.25 and authority (0 + 0 + 1 + 0.5)/6 = 0.25 both fail:
    # no single change can mend both gates.
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert result.fragility.robust
    assert result.fragility.description.startswith("robust")


def test_not_consulted_members_count_against_the_majority():
    # Six endorse (AAA..FFF: 850 people, 60% of states); the rest were not asked.
    # Not consulted still counts in both denominators, so the majority stands at 6/10 and 85%.
    positions = {iso: "endorse" for iso in ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]}
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": positions}, MEMBERS)
    assert result.authority.positions == {"endorse": 6, "oppose": 0, "abstain": 0,
                                          "not_consulted": 4}
    assert result.authority.state_share == pytest.approx(0.6)
    # Only five endorse: 5/10 = 50% < 55%, although 750 of 1000 people is enough.
    del positions["FFF"]
    result = evaluate(PLAYBOOK, {**STRONG, "member_positions": positions}, MEMBERS)
    assert not result.authority.met
    assert result.verdict is Verdict.NOT_LEGITIMATE
