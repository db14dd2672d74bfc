"""The built-in un-high-level-panel 2.0: each of the five criteria of para. 207 is a gate with
knock-outs on its decisive answers, seriousness includes imminence (paras. 188-190), asking the
Council never scores below not asking it, and the legal basis is judged apart."""

from __future__ import annotations

import pytest

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("un-high-level-panel", "2.0")

STRONG = {
    "threat_type": "atrocity",
    "threat_scale": 4,
    "threat_imminence": "actual",
    "purpose_primary": True,
    "other_motives": 0,
    "non_military_explored": 2,
    "grounds_other_fail": True,
    "minimum_scale": True,
    "planned_duration": 3,
    "civilian_harm": "unlikely",
    "success_likelihood": "likely",
    "worse_than_inaction": "unlikely",
    "member_positions": ALL_ENDORSE,
    "security_council": "blocked_by_veto",
    "regional_support": True,
}
REASONED = {q: AnswerQualifier("moderate", "Force assessment and precedents.")
            for q in ("civilian_harm", "success_likelihood", "worse_than_inaction")}


def run(**changes):
    return evaluate(PLAYBOOK, {**STRONG, **changes}, MEMBERS, REASONED)


def test_strong_case_is_legitimate_and_all_five_criteria_are_gates_hlp_2004_para_207():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    assert all(c.gate for c in result.criteria)


@pytest.mark.parametrize(
    ("change", "criterion"),
    [
        ({"threat_type": "instability"}, "seriousness"),
        ({"threat_scale": 2}, "seriousness"),
        ({"threat_imminence": "speculative"}, "seriousness"),
        ({"purpose_primary": False}, "proper_purpose"),
        ({"other_motives": 3}, "proper_purpose"),
        ({"non_military_explored": 1}, "last_resort"),
        ({"grounds_other_fail": False}, "last_resort"),
        ({"minimum_scale": False}, "proportional_means"),
        ({"civilian_harm": "very_likely"}, "proportional_means"),
        ({"success_likelihood": "unlikely"}, "balance_of_consequences"),
        ({"worse_than_inaction": "likely"}, "balance_of_consequences"),
    ],
    ids=["207a kind", "207a scale", "188-190 imminence", "207b purpose", "207b motives",
         "207c explored", "207c grounds", "207d minimum", "207d civilians", "207e success",
         "207e worse"],
)
def test_each_para_207_criterion_is_knocked_out_by_its_decisive_answer(change, criterion):
    result = run(**change)
    judged = next(c for c in result.criteria if c.criterion_id == criterion)
    assert judged.status == "fail"
    assert judged.knockouts_failed
    assert result.verdict is Verdict.NOT_LEGITIMATE


def test_a_threat_further_off_passes_seriousness_only_on_its_other_answers_hlp_para_190():
    result = run(threat_imminence="not_imminent")
    assert next(c for c in result.criteria if c.criterion_id == "seriousness").status == "pass"


def test_council_statuses_never_score_below_not_sought_hlp_2004_paras_193_198():
    scores = PLAYBOOK.question("security_council").status_scores
    assert min(scores.values()) == scores["not_sought"]


def test_only_authority_short_is_justified_in_substance():
    result = run(member_positions=endorsing(["BBB", "CCC"]), regional_support=False)
    assert result.verdict is Verdict.AUTHORITY_SHORT


def test_self_defence_basis_needs_every_article_51_element_hlp_para_188():
    result = run(armed_attack="imminent", self_defence_necessary=True,
                 self_defence_proportionate=True, reported_to_council=True)
    assert result.legal_basis.basis_id == "self_defence"
    partial = run(armed_attack="imminent", self_defence_necessary=True,
                  self_defence_proportionate=False, reported_to_council=True)
    assert partial.legal_basis.basis_id is None
