"""The built-in humanitarian-protection 2.0: the ICISS 2001 threshold and its four
precautionary principles are gates with knock-outs on single answers, the UK 2018 conditions
(no practicable alternative; strictly limited in time and scope) knock out, asking the Council
never scores below not asking it, and the legal basis is judged apart."""

from __future__ import annotations

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("humanitarian-protection", "2.0")

STRONG = {
    "threshold_harm": "loss_of_life",
    "state_role": "perpetrator",
    "protection_primary": True,
    "collective_operation": True,
    "victims_view": "ask_for_it",
    "alternatives_explored": 2,
    "lesser_measures_fail": True,
    "minimum_scale": True,
    "time_limited": True,
    "civilian_harm": "unlikely",
    "ihl_reviewed": True,
    "halts_suffering": "likely",
    "worse_than_inaction": "unlikely",
    "member_positions": ALL_ENDORSE,
    "security_council": "blocked_by_veto",
    "regional_support": True,
}
REASONED = {q: AnswerQualifier("moderate", "Force assessment and precedents.")
            for q in ("civilian_harm", "halts_suffering", "worse_than_inaction")}


def run(**changes):
    return evaluate(PLAYBOOK, {**STRONG, **changes}, MEMBERS, REASONED)


def test_strong_case_is_legitimate_and_every_principle_is_a_gate_iciss_2001_synopsis():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    assert all(c.gate for c in result.criteria)


def test_a_state_protecting_its_people_knocks_out_the_threshold_iciss_2001_principle_1b():
    result = run(state_role="protecting")
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "basic principle (1)B" in result.deciding_rule


def test_harm_below_the_threshold_knocks_it_out_iciss_2001_para_4_19():
    result = run(threshold_harm="below_threshold")
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_no_practicable_alternative_is_a_knockout_uk_2018_condition_ii():
    result = run(lesser_measures_fail=False)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "condition (ii)" in result.deciding_rule


def test_force_unlimited_in_time_knocks_out_proportional_means_uk_2018_condition_iii():
    result = run(time_limited=False)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "strictly limited in time and scope" in result.deciding_rule


def test_acting_likely_worse_than_inaction_knocks_out_prospects_iciss_2001_para_4_41():
    result = run(worse_than_inaction="likely")
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_council_rejection_or_veto_never_scores_below_not_asking_iciss_2001_para_6_14():
    scores = PLAYBOOK.question("security_council").status_scores
    assert min(scores.values()) == scores["not_sought"]


def test_answering_the_general_assembly_not_asked_never_lowers_the_verdict():
    # In 1.0 this optional answer could turn legitimate into not legitimate (issue 10).
    few = endorsing(["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"])
    without = run(member_positions=few)
    with_it = run(member_positions=few, general_assembly="not_asked")
    assert with_it.verdict is without.verdict


def test_a_protection_mission_short_only_of_concert_authority_reads_authority_short():
    result = run(member_positions=endorsing(["BBB", "CCC", "DDD"]), regional_support=False)
    assert result.verdict is Verdict.AUTHORITY_SHORT


def test_legal_basis_consent_of_a_willing_but_unable_state_ilc_2001_art_20():
    result = run(state_role="unable", territorial_consent=True)
    assert result.legal_basis.basis_id == "consent"
    assert result.legal_basis.status == "established"
