"""The built-in membership-review 2.0, re-read against the seed's membership criteria: free and
fair elections, political and civil rights in law, the rule of law and durability are each a
gate, with knock-outs on the single answers that decide them ("elections seriously flawed" and
"rights enforced not at all" no longer qualify a state); agreement with the member registry's
index (Freedom House 2024, ten editions Free; docs/method.md, "Member registry") is checked
apart, so a review departing from it qualifies only with conditions. Each test names the rule
and its source."""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import MEMBERS, builtin

PLAYBOOK = builtin("membership-review", "2.0")
LEGACY = builtin("membership-review", "1.0")

ESTABLISHED = {
    "last_elections": 4,
    "peaceful_transfer": True,
    "political_rights_level": 3,
    "opposition_free": True,
    "speech_guaranteed": True,
    "assembly_guaranteed": True,
    "religion_guaranteed": True,
    "enforcement": 3,
    "judicial_independence": 3,
    "executive_complies": True,
    "corruption": "rare",
    "years_democratic": 70,
    "reversal_likelihood": "almost_no_chance",
    "military_subordinate": True,
    "index_status": "free",
    "free_editions": 30,
}
# The same state answered on the 1.0 file, whose confidence question was required and scored.
LEGACY_ANSWERS = {**{k: v for k, v in ESTABLISHED.items()
                     if k not in ("index_status", "free_editions")},
                  "observer_confidence": "high"}
REASONED = {"reversal_likelihood": AnswerQualifier("high", "Seventy years, three turnovers.")}


def run(qualifiers=None, **changes):
    answers = {k: v for k, v in {**ESTABLISHED, **changes}.items() if v is not None}
    return evaluate(PLAYBOOK, answers, MEMBERS, REASONED if qualifiers is None else qualifiers)


def criterion(result, criterion_id):
    return next(c for c in result.criteria if c.criterion_id == criterion_id)


def test_an_established_democracy_qualifies_and_each_seed_criterion_is_a_gate():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    gates = {c.criterion_id for c in result.criteria if c.gate}
    assert gates == {"elections", "political_rights", "civil_rights", "rule_of_law",
                     "durability"}


def test_no_authority_and_no_legal_basis_membership_is_open_to_any_state_meeting_the_criteria():
    # The seed: membership is open, not voted; admitting a state restricts no one's rights.
    result = run()
    assert result.authority is None and result.legal_basis is None
    assert PLAYBOOK.authority is None


def test_seriously_flawed_elections_never_qualify_a_state_iccpr_art_25_b():
    result = run(last_elections=1, observer_confidence="high")
    elections = criterion(result, "elections")
    assert elections.status == "fail" and elections.knockouts_failed
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "ICCPR Art. 25(b)" in result.deciding_rule


def test_rights_enforced_not_at_all_no_longer_qualify_a_state_which_1_0_allowed():
    legacy = evaluate(LEGACY, {**LEGACY_ANSWERS, "enforcement": 0}, MEMBERS)
    assert criterion(legacy, "civil_rights").status == "pass"  # 3/5 = 0.6, the issue-10 flaw
    result = run(enforcement=0)
    assert criterion(result, "civil_rights").status == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert run(enforcement=1).verdict is Verdict.NOT_LEGITIMATE  # "poorly" does not either


@pytest.mark.parametrize(("question", "article"), [
    ("speech_guaranteed", "ICCPR Art. 19"),
    ("assembly_guaranteed", "ICCPR Art. 21"),
    ("religion_guaranteed", "ICCPR Art. 18"),
])
def test_each_civil_right_missing_from_the_law_knocks_out_the_gate_iccpr(question, article):
    result = run(**{question: False})
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert article in result.deciding_rule


def test_heavily_restricted_political_rights_or_a_harassed_opposition_knock_out_iccpr_art_25():
    assert "ICCPR Art. 25" in run(political_rights_level=1).deciding_rule
    assert "Freedom House checklist B1-B2" in run(opposition_free=False).deciding_rule


def test_courts_under_pressure_or_rulings_ignored_knock_out_the_rule_of_law_freedom_house_f1():
    assert "Freedom House F1" in run(judicial_independence=1).deciding_rule
    ignored = run(executive_complies=False)
    assert criterion(ignored, "rule_of_law").status == "fail"
    # 1.0 averaged a defied court away: (2 + 0 + 1) / 4 = 0.75 passed.
    assert criterion(ignored, "rule_of_law").score == pytest.approx(0.75)


def test_durability_is_a_gate_a_democracy_under_ten_years_does_not_qualify_registry_rule():
    # 1.0 made durability a weighted criterion: eight years qualified a state outright.
    legacy = evaluate(LEGACY, {**LEGACY_ANSWERS, "years_democratic": 8}, MEMBERS)
    assert legacy.verdict is Verdict.LEGITIMATE
    result = run(years_democratic=8, free_editions=8)
    assert criterion(result, "durability").status == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "ten consecutive editions rated Free" in result.deciding_rule
    assert criterion(run(years_democratic=10, free_editions=10), "durability").status == "pass"


def test_a_reversal_more_than_very_unlikely_is_not_unthinkable_the_seeds_durability():
    qualifiers = {"reversal_likelihood": AnswerQualifier("moderate", "Courts and media captured.")}
    result = run(qualifiers=qualifiers, reversal_likelihood="unlikely")
    assert criterion(result, "durability").status == "fail"
    assert "unthinkable" in result.deciding_rule
    assert run(qualifiers=qualifiers, reversal_likelihood="very_unlikely").verdict is (
        Verdict.LEGITIMATE)


def test_a_military_outside_civilian_control_knocks_out_durability_freedom_house_b3():
    assert "Freedom House checklist B3" in run(military_subordinate=False).deciding_rule


def test_departing_from_the_registrys_index_qualifies_only_with_conditions_method_md_rule_4():
    # A state the reviewers find meets every criterion, rated Partly Free by the index.
    result = run(index_status="partly_free", free_editions=0)
    index = criterion(result, "registry_index")
    assert not index.gate and index.status == "fail"
    assert len(index.knockouts_failed) == 2
    assert result.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    # Free, but for fewer than ten editions: the registry lists such a state as a candidate.
    assert run(free_editions=9).verdict is Verdict.LEGITIMATE_WITH_CONDITIONS


def test_confidence_never_adds_support_icd_203():
    assert PLAYBOOK.question("observer_confidence").weight == 0
    high, low = run(observer_confidence="high"), run(observer_confidence="low")
    assert criterion(high, "elections").score == criterion(low, "elections").score


def test_a_likelihood_answer_without_a_rationale_is_not_judged_icd_203():
    result = run(qualifiers={})
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert criterion(result, "durability").unsettled


def test_low_confidence_in_a_decisive_answer_gives_insufficient_information_not_a_fail():
    qualifiers = {**REASONED, "last_elections": AnswerQualifier("low", "One observer mission.")}
    result = run(qualifiers=qualifiers, last_elections=1)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION


def test_free_elections_without_a_turnover_pass_as_the_seeds_botswana_and_south_africa():
    # elections (weight 3 of 4 on the grade): minor shortcomings, no turnover ever
    # 3 · 0.75 / 4 = 0.5625 passes 0.5; significant shortcomings, no turnover 1.5 / 4 fails.
    assert criterion(run(last_elections=3, peaceful_transfer=False), "elections").score == (
        pytest.approx(0.5625))
    assert run(last_elections=3, peaceful_transfer=False).verdict is Verdict.LEGITIMATE
    assert criterion(run(last_elections=2, peaceful_transfer=False), "elections").status == (
        "fail")
    assert criterion(run(last_elections=2), "elections").status == "pass"


def test_a_gate_passing_within_the_band_of_its_threshold_is_knife_edge():
    # rule of law: courts largely independent, corruption common:
    # (2 · 2/3 + 1 + 0.2) / 4 = 0.6333, a pass 0.0333 above its mark, inside the 0.05 band.
    assert PLAYBOOK.settings["knife_edge_band"] == 0.05
    result = run(judicial_independence=2, corruption="common")
    rule_of_law = criterion(result, "rule_of_law")
    assert rule_of_law.status == "pass"
    assert rule_of_law.margin == pytest.approx(0.03333, abs=1e-5)
    assert rule_of_law.knife_edge
    assert "knife-edge" in result.fragility.description
