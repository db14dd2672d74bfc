"""The built-in counter-proliferation-interdiction 2.0, re-read against its sources: the
threat (PSI 2003, principle 1; reasonable grounds, UNCLOS Art. 110(1), SUA 2005 Art. 8bis(5))
and proportional means (SUA 2005 Art. 8bis(9)-(10)) are gates with knock-outs; the flag
state's consent is a route to authority of its own; the right of visit covers boarding a ship
without nationality, not seizing its cargo. Each test names the rule and its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from playbooks.evaluate import evaluate
from playbooks.loader import load_playbook_text
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin, endorsing

PLAYBOOK = builtin("counter-proliferation-interdiction", "2.0")

STRONG = {
    "cargo_likelihood": "likely",
    "cargo_kind": "related_materials",
    "parties_of_concern": "prohibited_transfer",
    "least_intrusive": True,
    "force_limited": True,
    "crew_risk": 1,
    "escalation_likelihood": "unlikely",
    "member_positions": ALL_ENDORSE,
    "security_council": "relies_on_earlier_resolutions",
    "regional_support": True,
    "seizure_likelihood": "likely",
}
REASONED = {q: AnswerQualifier("moderate", "Two independent sources on this network.")
            for q in ("cargo_likelihood", "escalation_likelihood", "seizure_likelihood")}
NO_ROUTE = {"member_positions": endorsing([]), "security_council": "not_sought"}


def run(**changes):
    answers = {k: v for k, v in {**STRONG, **changes}.items() if v is not None}
    return evaluate(PLAYBOOK, answers, MEMBERS, REASONED)


def status(result, criterion_id):
    return next(c.status for c in result.criteria if c.criterion_id == criterion_id)


def test_strong_case_is_legitimate_and_threat_means_authority_are_gates():
    result = run()
    assert result.verdict is Verdict.LEGITIMATE
    assert {c.criterion_id for c in result.criteria if c.gate} == {
        "threat", "proportionality", "authority"}


def test_suspicion_below_reasonable_grounds_knocks_out_the_threat_unclos_110_sua_8bis_5():
    result = run(cargo_likelihood="very_unlikely")
    assert status(result, "threat") == "fail"
    assert "Art. 8bis(5)" in result.deciding_rule


def test_a_trade_with_no_party_of_concern_knocks_out_the_threat_psi_2003_principle_1():
    result = run(parties_of_concern="none_of_concern")
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "principle 1" in result.deciding_rule


def test_dual_use_goods_without_an_indicator_knock_out_the_threat_unscr_1540():
    assert run(cargo_kind="dual_use_no_indicator").verdict is Verdict.NOT_LEGITIMATE


@pytest.mark.parametrize(
    ("changes", "source"),
    [({"least_intrusive": False}, "principle 4"),
     ({"force_limited": False}, "Saiga"),
     ({"escalation_likelihood": "very_likely"}, "8bis(10)(a)")],
    ids=["least intrusive", "minimum force", "confrontation"],
)
def test_means_beyond_the_minimum_knock_out_proportionality_sua_2005_art_8bis_9_10(
        changes, source):
    result = run(**changes)
    assert status(result, "proportionality") == "fail"
    assert source in result.deciding_rule


def test_without_any_route_authority_is_short():
    assert run(**NO_ROUTE).verdict is Verdict.AUTHORITY_SHORT


@pytest.mark.parametrize(
    ("route_answer", "route_id"),
    [({"flag_state": "consented"}, "flag_state"),
     ({"flag_state": "boarding_agreement"}, "flag_state"),
     ({"flag_state": "no_nationality"}, "no_flag_state"),
     ({"location": "own_port"}, "port_state"),
     ({"security_council": "authorised"}, "council")],
    ids=["flag consent", "boarding agreement", "stateless", "own port", "council"],
)
def test_flag_state_consent_is_a_route_of_its_own_psi_principle_4c_sua_8bis_5(
        route_answer, route_id):
    result = run(**{**NO_ROUTE, **route_answer})
    assert status(result, "authority") == "pass"
    met = {r.id for r in result.authority.routes if r.met}
    assert route_id in met and "concert" not in met


def test_a_refusing_flag_state_opens_no_route_and_the_concert_needs_a_blocked_council():
    assert run(**NO_ROUTE, flag_state="refused").verdict is Verdict.AUTHORITY_SHORT
    blocked = run(security_council="veto_threatened_no_draft")
    assert {r.id for r in blocked.authority.routes if r.met} == {"concert"}


def test_asking_the_council_never_scores_below_not_asking_iciss_2001_paras_6_14_6_15():
    scores = PLAYBOOK.question("security_council").status_scores
    assert min(scores.values()) == scores["not_sought"]


def test_the_right_of_visit_covers_boarding_a_stateless_ship_not_seizure_unclos_art_110():
    visit = run(flag_state="no_nationality", action_scope="board_and_inspect").legal_basis
    assert (visit.status, visit.basis_id) == ("established", "right_of_visit")
    seize = run(flag_state="no_nationality", action_scope="seize_cargo").legal_basis
    assert seize.basis_id is None  # the other bases stay open until answered
    assert any(r.startswith("the right of visit") and "not made out" in r for r in seize.reasons)


def test_stopping_a_ship_in_the_territorial_sea_is_a_contested_basis_unclos_arts_17_19():
    legal = run(location="own_territorial_sea").legal_basis
    assert (legal.status, legal.basis_id) == ("contested", "territorial_sea")


def test_a_format_2_route_may_name_the_two_new_council_statuses():
    loaded = load_playbook_text(Path(PLAYBOOK.file).read_text("utf-8"), "cpi.yaml")
    concert = next(r for r in loaded.authority.routes if r.id == "concert")
    assert ("security_council", ("blocked_by_veto", "veto_threatened_no_draft",
                                 "relies_on_earlier_resolutions")) in concert.when
