"""The built-in use-of-force 2.0, re-read against its sources: each necessary condition is a
gate or a knock-out (ICISS 2001, High-level Panel 2004, UK 2018), asking the Security Council
never scores below not asking it, only authority short reads in its own words, and the legal
basis (Chapter VII, Article 51 with its elements, consent, the contested humanitarian doctrine)
is judged apart. Each test names the rule and its source."""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier, Verdict
from playbooks.verdict import VERDICT_RANK
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("use-of-force", "2.0")

STRONG = {
    "harm_gravity": 4,
    "harm_timing": "under_way",
    "primary_purpose": "protection",
    "collective_support": "broad",
    "non_coercive_options": 2,
    "limited_means": True,
    "civilian_harm": "unlikely",
    "exit_condition": True,
    "success_likelihood": "likely",
    "escalation_likelihood": "unlikely",
    "partner_commitment": "firm",
    "member_positions": ALL_ENDORSE,
    "security_council": "blocked_by_veto",
    "regional_support": True,
}
LIKELIHOODS = ("civilian_harm", "success_likelihood", "escalation_likelihood")
REASONED = {q: AnswerQualifier("moderate", "From the planners' estimate and two precedents.")
            for q in LIKELIHOODS}


def run(**changes):
    answers = {k: v for k, v in {**STRONG, **changes}.items() if v is not None}
    return evaluate(PLAYBOOK, answers, MEMBERS, REASONED)


def status(result, criterion_id):
    return next(c.status for c in result.criteria if c.criterion_id == criterion_id)


def test_strong_case_is_legitimate_and_every_icis_precautionary_principle_is_a_gate():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    gates = {c.criterion_id for c in result.criteria if c.gate}
    assert gates == {"just_cause", "right_intention", "last_resort", "proportionality",
                     "success", "authority"}


def test_limited_harm_knocks_out_just_cause_iciss_2001_para_4_19():
    result = run(harm_gravity=1)
    assert status(result, "just_cause") == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "ICISS 2001, para. 4.19" in result.deciding_rule


def test_speculative_harm_knocks_out_just_cause_no_preventive_war_hlp_2004_paras_188_190():
    result = run(harm_timing="speculative")
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "paras. 188-190" in result.deciding_rule


def test_other_aims_knock_out_right_intention_iciss_2001_para_4_33():
    result = run(primary_purpose="other_aims")
    assert status(result, "right_intention") == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_nothing_tried_unlimited_no_exit_certain_civilian_harm_is_not_legitimate_iciss_4_37_4_39():
    # The case: 1.0 still ended "legitimate with conditions" here.
    result = run(non_coercive_options=0, limited_means=False, exit_condition=False,
                 civilian_harm="almost_certain")
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert status(result, "last_resort") == "fail"
    assert status(result, "proportionality") == "fail"


def test_force_not_strictly_limited_in_time_fails_proportional_means_uk_2018_condition_iii():
    result = run(exit_condition=False)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "UK 2018 position, condition (iii)" in result.deciding_rule


def test_a_wider_war_very_likely_fails_reasonable_prospects_hlp_2004_para_207e():
    result = run(escalation_likelihood="very_likely")
    assert status(result, "success") == "fail"


def test_asking_the_council_never_scores_below_not_asking_iciss_2001_paras_6_14_6_15():
    council = PLAYBOOK.question("security_council")
    not_sought = council.status_scores["not_sought"]
    assert set(council.status_scores) >= {"veto_threatened_no_draft",
                                          "relies_on_earlier_resolutions"}
    assert all(score >= not_sought for score in council.status_scores.values())
    # Not asking opens no route to authority; whatever the Council then did, asking it never
    # gives a lower verdict (here the region's support opens route 4 after a rejection).
    not_asked = run(security_council="not_sought").verdict
    assert not_asked is Verdict.AUTHORITY_SHORT
    for status_ in council.status_scores:
        assert VERDICT_RANK[run(security_council=status_).verdict] >= VERDICT_RANK[not_asked]
    assert run(security_council="rejected_on_merits").verdict is Verdict.LEGITIMATE


def test_only_authority_failing_reads_justified_in_substance_authority_short():
    few = endorsing(["BBB", "CCC"])
    result = run(member_positions=few, security_council="blocked_by_veto",
                 regional_support=False)
    assert result.verdict is Verdict.AUTHORITY_SHORT
    assert result.deciding_rule.startswith("justified in substance; authority short by 4 members")


def test_low_confidence_in_the_harm_leaves_the_assessment_open_icd_203():
    quals = {**REASONED, "harm_gravity": AnswerQualifier("low", "single source")}
    result = evaluate(PLAYBOOK, STRONG, MEMBERS, quals)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION


@pytest.mark.parametrize(
    ("answers", "status_", "basis"),
    [
        ({"chapter_vii_authorisation": True}, "established", "chapter_vii"),
        ({"armed_attack": "imminent", "self_defence_necessary": True,
          "self_defence_proportionate": True, "reported_to_council": True},
         "established", "self_defence"),
        ({"territorial_consent": True}, "established", "consent"),
        ({"extreme_distress": True, "no_practicable_alternative": True,
          "strictly_limited": True}, "contested", "humanitarian"),
    ],
    ids=["chapter VII", "article 51", "consent", "humanitarian doctrine"],
)
def test_each_legal_basis_is_made_out_by_all_its_elements(answers, status_, basis):
    result = run(**answers)
    assert result.legal_basis.status == status_
    assert result.legal_basis.basis_id == basis
    assert result.verdict is Verdict.LEGITIMATE  # the legal basis never changes the verdict


def test_article_51_needs_every_element_not_reported_means_not_made_out_nicaragua_para_200():
    result = run(armed_attack="occurred", self_defence_necessary=True,
                 self_defence_proportionate=True, reported_to_council=False,
                 chapter_vii_authorisation=False, territorial_consent=False,
                 extreme_distress=False, no_practicable_alternative=False,
                 strictly_limited=False)
    assert result.legal_basis.status == "none"
    assert any("reported to the Security Council" in r for r in result.legal_basis.reasons)


def test_a_threat_not_imminent_gives_no_article_51_basis_caroline_1842_hlp_para_188():
    result = run(armed_attack="not_imminent", self_defence_necessary=True,
                 self_defence_proportionate=True, reported_to_council=True)
    assert result.legal_basis.basis_id != "self_defence"
