"""The built-in sanctions 2.0, re-read against its sources: the grounds, the humanitarian
safeguards (UNSCR 2664 (2022)) and fair procedure for those listed (Kadi 2008; Watson Institute
2006) are gates with knock-outs; authority follows routes (a Chapter VII decision alone, the
Concert when the Council is blocked); asking the Council never scores below not asking it; the
legal basis is judged apart. Each test names the rule and its source."""

from __future__ import annotations

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("sanctions", "2.0")

STRONG = {
    "conduct_severity": 3,
    "clear_demand": True,
    "targeting_breadth": "individuals",
    "humanitarian_exemption": True,
    "civilian_hardship": "unlikely",
    "statement_of_reasons": "specific_reasons",
    "listing_review": "independent_review",
    "review_date": True,
    "member_positions": ALL_ENDORSE,
    "security_council": "blocked_by_veto",
    "regional_support": True,
    "purpose_achieved": "likely",
    "evasion": "unlikely",
}
REASONED = {q: AnswerQualifier("moderate", "Agencies on the ground and two precedents.")
            for q in ("civilian_hardship", "purpose_achieved", "evasion")}


def run(**changes):
    answers = {k: v for k, v in {**STRONG, **changes}.items() if v is not None}
    return evaluate(PLAYBOOK, answers, MEMBERS, REASONED)


def status(result, criterion_id):
    return next(c.status for c in result.criteria if c.criterion_id == criterion_id)


def test_strong_case_is_legitimate_and_grounds_humanitarian_due_process_are_gates():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    gates = {c.criterion_id for c in result.criteria if c.gate}
    assert gates == {"grounds", "humanitarian", "due_process", "authority"}


def test_conduct_below_serious_violations_knocks_out_grounds_un_charter_art_39():
    result = run(conduct_severity=1)
    assert status(result, "grounds") == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Art. 39" in result.deciding_rule


def test_no_demand_the_target_can_meet_knocks_out_grounds_biersteker_2016():
    result = run(clear_demand=False)
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "Biersteker" in result.deciding_rule


def test_no_humanitarian_exemption_knocks_out_safeguards_unscr_2664_para_1():
    result = run(humanitarian_exemption=False)
    assert status(result, "humanitarian") == "fail"
    assert "Resolution 2664 (2022), para. 1" in result.deciding_rule


def test_serious_hardship_very_likely_knocks_out_safeguards_cescr_general_comment_8():
    result = run(civilian_hardship="very_likely")
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "General Comment No. 8" in result.deciding_rule


def test_listing_without_reasons_or_review_fails_due_process_kadi_2008():
    result = run(statement_of_reasons="none")
    assert status(result, "due_process") == "fail"
    assert "Kadi (CJEU 2008)" in result.deciding_rule
    result = run(listing_review="none")
    assert status(result, "due_process") == "fail"


def test_a_council_decision_does_not_cure_a_listing_without_review_kadi_2008_para_326():
    result = run(security_council="authorised", listing_review="none",
                 member_positions=endorsing([]))
    assert status(result, "authority") == "pass"
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_measures_that_list_no_one_pass_the_listing_questions():
    result = run(targeting_breadth="sectoral", statement_of_reasons="no_listings",
                 listing_review="no_listings")
    assert status(result, "due_process") == "pass"


def test_a_chapter_vii_decision_suffices_on_its_own_whatever_the_concert_iciss_6_14():
    result = run(security_council="authorised", member_positions=endorsing([]),
                 regional_support=False)
    assert status(result, "authority") == "pass"
    assert result.authority is not None and result.authority.route.startswith("Security Council")


def test_the_concert_route_opens_only_when_the_council_is_blocked_or_relied_on():
    for council in ("blocked_by_veto", "veto_threatened_no_draft",
                    "relies_on_earlier_resolutions"):
        assert run(security_council=council).verdict is Verdict.LEGITIMATE, council
    for council in ("not_sought", "rejected_on_merits"):
        assert run(security_council=council).verdict is Verdict.AUTHORITY_SHORT, council


def test_asking_the_council_never_scores_below_not_asking_iciss_2001_paras_6_14_6_15():
    scores = PLAYBOOK.question("security_council").status_scores
    assert min(scores.values()) == scores["not_sought"]
    not_asked = run(security_council="not_sought")
    for council in scores:
        assert run(security_council=council).overall_score >= not_asked.overall_score - 1e-9


def test_confidence_never_adds_support_and_a_likelihood_needs_its_rationale_icd_203():
    assert PLAYBOOK.question("conduct_confidence").weight == 0
    result = evaluate(PLAYBOOK, STRONG, MEMBERS, {})
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION


def test_the_concert_blocking_floor_is_four_members_teu_art_16_4():
    assert PLAYBOOK.authority is not None
    assert PLAYBOOK.authority.blocking_floor == 4
    assert PLAYBOOK.authority.rule == "penrose-jagiellonian"


def test_legal_basis_retorsion_countermeasures_and_the_contested_article_54():
    assert run(breaches_no_obligation=True).legal_basis.basis_id == "retorsion"
    elements = {"countermeasures_proportionate": True, "called_to_comply": True,
                "respects_article_50": True}
    injured = run(prior_wrongful_act="against_member", **elements).legal_basis
    assert (injured.status, injured.basis_id) == ("established", "countermeasures")
    third = run(prior_wrongful_act="erga_omnes", **elements).legal_basis
    assert (third.status, third.basis_id) == ("contested", "collective_countermeasures")
    assert run(prior_wrongful_act="erga_omnes", **elements).verdict is Verdict.LEGITIMATE
