"""The built-in public-health-emergency 2.0, re-read against the International Health
Regulations (2005): necessity (Art. 2), the scientific basis (Art. 43(2)), rights and least
restriction (Arts. 42, 43(1); Siracusa), and reporting and review (Art. 43(3), (5), (6)) are
gates with knock-outs on single answers; authority follows the Concert's square-root rule with
the TEU Art. 16(4) blocking floor, and asking the Security Council never scores below not
asking it; the legal basis (the IHR, consent, the Council) is judged apart. Each test names the
rule and its source."""

from __future__ import annotations

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import ALL_ENDORSE, FULL, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("public-health-emergency", "2.0")

STRONG = {
    "threat_severity": 3,
    "who_assessment": "pheic",
    "measure_effect": "likely",
    "evidence_base": "observational",
    "who_advice": "recommended",
    "least_restrictive": True,
    "non_discriminatory": True,
    "provided_by_law": True,
    "safeguards": 2,
    "who_report": "reported_in_48h",
    "duration_days": 30,
    "affected_states_consulted": True,
    "member_positions": ALL_ENDORSE,
    "security_council": "not_sought",
    "regional_support": True,
    "burden_shared": True,
    "access": "partial",
}
REASONED = {"measure_effect": AnswerQualifier("moderate", "Contact tracing data, two outbreaks.")}


def run(qualifiers=None, **changes):
    answers = {k: v for k, v in {**STRONG, **changes}.items() if v is not None}
    return evaluate(PLAYBOOK, answers, MEMBERS, REASONED if qualifiers is None else qualifiers)


def criterion(result, criterion_id):
    return next(c for c in result.criteria if c.criterion_id == criterion_id)


def test_a_measured_response_is_legitimate_and_each_ihr_condition_is_a_gate():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    gates = {c.criterion_id for c in result.criteria if c.gate}
    assert gates == {"necessity", "scientific_basis", "rights", "ihr_procedure", "authority"}
    assert not criterion(result, "equity").gate  # fairness weighs, it does not bar


def test_a_threat_below_a_spreading_serious_outbreak_knocks_out_necessity_ihr_art_2():
    result = run(threat_severity=1)
    assert criterion(result, "necessity").status == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "IHR 2005, Art. 2" in result.deciding_rule


def test_a_measure_without_any_evidence_knocks_out_its_scientific_basis_ihr_art_43_2():
    result = run(evidence_base="none")
    assert criterion(result, "scientific_basis").knockouts_failed
    assert "Art. 43(2)(a)-(b)" in result.deciding_rule


def test_a_measure_less_likely_than_even_to_work_fails_general_comment_27_para_14():
    result = run(measure_effect="unlikely")
    assert criterion(result, "scientific_basis").status == "fail"
    assert "General Comment 27, para. 14" in result.deciding_rule


def test_more_restrictive_than_a_reasonable_alternative_knocks_out_rights_ihr_art_43_1():
    result = run(least_restrictive=False)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Art. 43(1)" in result.deciding_rule


def test_discrimination_by_nationality_knocks_out_rights_ihr_art_42_siracusa_para_9():
    # 1.0 averaged it away whenever the other rights answers were good.
    result = run(non_discriminatory=False, safeguards=3)
    assert criterion(result, "rights").status == "fail"
    assert "Art. 42" in result.deciding_rule


def test_a_limit_not_provided_by_law_knocks_out_rights_siracusa_para_15():
    result = run(provided_by_law=False)
    assert "Siracusa para. 15" in result.deciding_rule


def test_an_interfering_measure_not_reported_to_who_knocks_out_ihr_art_43_3_and_5():
    result = run(who_report="not_reported")
    assert criterion(result, "ihr_procedure").status == "fail"
    assert "within 48 hours" in result.deciding_rule
    # Measures WHO itself recommends need no report.
    assert run(who_report="within_recommendations").verdict is Verdict.LEGITIMATE


def test_a_measure_unreviewed_for_more_than_three_months_knocks_out_ihr_art_43_6():
    assert criterion(run(duration_days=90), "ihr_procedure").status == "pass"  # a tie passes
    result = run(duration_days=91)
    assert criterion(result, "ihr_procedure").status == "fail"
    assert "review within three months" in result.deciding_rule


def test_council_statuses_after_asking_never_score_below_not_asking_iciss_2001_para_6_14():
    scores = PLAYBOOK.question("security_council").status_scores
    assert min(scores.values()) == scores["not_sought"]
    verdicts = {status: run(security_council=status).verdict for status in scores}
    assert set(verdicts.values()) == {Verdict.LEGITIMATE}  # the Council's silence is normal


def test_a_council_decision_under_chapter_vii_carries_authority_alone_un_charter_art_25():
    alone = endorsing(["AAA"])
    assert run(member_positions=alone).verdict is Verdict.AUTHORITY_SHORT
    result = run(member_positions=alone, security_council="authorised")
    assert result.authority.met and not result.authority.concert_met
    assert result.verdict is Verdict.LEGITIMATE


def test_the_concert_rule_is_penrose_jagiellonian_with_the_teu_art_16_4_blocking_floor():
    rule = PLAYBOOK.authority
    assert (rule.rule, rule.state_share, rule.weight_quota, rule.blocking_floor) == (
        "penrose-jagiellonian", 0.55, None, 4)
    # Ten equal-weight members: three opposing cannot block, four can.
    three = run(member_positions=endorsing(FULL[3:]))
    four = run(member_positions=endorsing(FULL[4:]))
    assert three.authority.concert_met and three.verdict is Verdict.LEGITIMATE
    assert not four.authority.concert_met
    assert four.verdict is Verdict.AUTHORITY_SHORT  # every substantive gate passes
    assert four.authority.jagiellonian and four.authority.shortfall


def test_confidence_never_adds_support_icd_203():
    high = run(epidemiology_confidence="high")
    low = run(epidemiology_confidence="low")
    assert PLAYBOOK.question("epidemiology_confidence").weight == 0
    assert criterion(high, "necessity").score == criterion(low, "necessity").score


def test_a_likelihood_answer_without_a_rationale_is_not_judged_icd_203():
    result = run(qualifiers={})
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert criterion(result, "scientific_basis").unsettled


def test_low_confidence_in_a_decisive_answer_gives_insufficient_information_not_a_fail():
    qualifiers = {**REASONED, "least_restrictive": AnswerQualifier("low", "")}
    result = run(qualifiers=qualifiers, least_restrictive=False)
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION


def test_optional_answers_only_add_legal_basis_and_notes_never_move_the_verdict():
    weak = {"access": "not_addressed", "burden_shared": False}  # equity fails: with conditions
    without = run(**weak)
    assert without.verdict is Verdict.LEGITIMATE_WITH_CONDITIONS
    optional = {"within_who_recommendations": False, "art43_reported": False,
                "territorial_consent": False, "equity_notes": "Costs fall on the region."}
    assert run(**weak, **optional).verdict is without.verdict


def test_a_criterion_within_the_band_of_its_threshold_is_knife_edge():
    # scientific basis: (2·s(roughly even) + 0.7 + 0.5) / 4 against a pass mark of 0.5
    result = run(measure_effect="roughly_even_chance", who_advice="not_addressed")
    basis = criterion(result, "scientific_basis")
    assert PLAYBOOK.settings["knife_edge_band"] == 0.05
    assert basis.status == "pass" and basis.knife_edge
    assert "knife-edge" in result.fragility.description


def test_legal_basis_additional_measures_need_every_element_of_ihr_art_43():
    elements = {"art43_scientific_basis": True, "art43_least_restrictive": True,
                "art43_reported": True, "art43_review": True}
    made_out = run(**elements).legal_basis
    assert (made_out.status, made_out.basis_id) == ("established", "ihr_article_43")
    others = {"within_who_recommendations": False, "territorial_consent": False,
              "chapter_vii_decision": False}
    missing = run(**{**elements, **others, "art43_reported": False}).legal_basis
    assert missing.status == "none"
    assert any("IHR Art. 43(3) and (5)" in reason for reason in missing.reasons)


def test_legal_basis_support_teams_abroad_rest_on_the_territorial_states_consent_ilc_art_20():
    result = run(territorial_consent=True)
    assert (result.legal_basis.status, result.legal_basis.basis_id) == ("established", "consent")
