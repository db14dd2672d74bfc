"""Authority by routes in the built-in 2.0 playbooks, on the registry the application ships.

Each playbook names its routes as its sources order them: use of force and humanitarian
protection follow ICISS 2001 (paras. 6.14-6.40: the Council first; the Concert when a veto
blocks it; the General Assembly or the region beside the Concert after a rejection), use of
force and the Panel add Article 51 (Nicaragua 1986, para. 200), and the Panel is
Council-centred (2004, paras. 198, 203, 256, 272). All three add the territorial state's
consent (ILC 2001, Art. 20). Under every route the Concert's double majority follows TEU Art.
16(4) (55 % of the members, a blocking minority of four) with Penrose's square-root weights and
the Jagiellonian quota; the properties below check that no single member can block alone, that
adding an endorsing member never lowers authority, that asking the Council never opens fewer
routes than not asking it, and that the authority criterion passes exactly when a route holds.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.evaluate import evaluate
from playbooks.model import Evaluation, Playbook, Verdict
from playbooks.verdict import VERDICT_RANK
from tests.historical.support import FULL, REGISTRY
from tests.playbooks import (
    test_humanitarian_protection_2,
    test_un_high_level_panel_2,
    test_use_of_force_2,
)

# Each playbook with a case whose every substantive gate passes, so the verdict turns on
# authority alone: legitimate when a route holds, "justified in substance; authority short"
# when none does.
CASES = {
    module.PLAYBOOK.id: (module.PLAYBOOK, module.STRONG, module.REASONED)
    for module in (test_use_of_force_2, test_humanitarian_protection_2, test_un_high_level_panel_2)
}
NAMES = sorted(CASES)
WITH_SELF_DEFENCE = ["un-high-level-panel", "use-of-force"]
ICISS_ORDER = ["humanitarian-protection", "use-of-force"]
ALL_ENDORSE = {iso: "endorse" for iso in FULL}
ARTICLE_51 = {
    "armed_attack": "occurred",
    "self_defence_necessary": True,
    "self_defence_proportionate": True,
    "reported_to_council": True,
}
PROPERTY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def judge(name: str, positions: dict[str, str], council: str, **answers) -> Evaluation:
    playbook, strong, qualifiers = CASES[name]
    given_answers = {**strong, "member_positions": positions, "security_council": council}
    given_answers.update(answers)
    return evaluate(playbook, {k: v for k, v in given_answers.items() if v is not None},
                    REGISTRY, qualifiers)


def routes_met(result: Evaluation) -> list[str]:
    assert result.authority is not None
    return [route.id for route in result.authority.routes if route.met]


def authority_criterion(playbook: Playbook, result: Evaluation):
    criterion = next(c for c in playbook.criteria if c.role == "authority")
    return next(c for c in result.criteria if c.criterion_id == criterion.id)


# --- the routes, playbook by playbook -------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_the_three_2_0_playbooks_name_the_penrose_jagiellonian_rule_and_a_floor_of_four(name):
    rule = CASES[name][0].authority
    assert rule is not None and rule.rule == "penrose-jagiellonian"
    assert (rule.state_share, rule.weight_quota, rule.blocking_floor) == (0.55, None, 4)
    assert rule.routes[0].id == "council"  # the Council is the first place to seek authority


@pytest.mark.parametrize("name", NAMES)
def test_a_council_authorisation_suffices_with_no_member_endorsing_iciss_2001_para_6_14(name):
    result = judge(name, {}, "authorised", regional_support=False)
    assert routes_met(result)[0] == "council"
    assert result.authority.met and not result.authority.concert_met
    assert result.verdict is Verdict.LEGITIMATE


@pytest.mark.parametrize("name", NAMES)
def test_not_asking_the_council_opens_no_route_even_with_every_member_iciss_2001_para_6_15(name):
    result = judge(name, ALL_ENDORSE, "not_sought", regional_support=True)
    assert result.authority.concert_met and routes_met(result) == []
    assert result.verdict is Verdict.AUTHORITY_SHORT
    assert "with no route open" in result.deciding_rule
    assert "(answered: not sought)" in result.deciding_rule


@pytest.mark.parametrize("name", NAMES)
def test_relying_on_earlier_resolutions_alone_opens_no_route_iciss_2001_para_6_15(name):
    result = judge(name, ALL_ENDORSE, "relies_on_earlier_resolutions", regional_support=True)
    assert routes_met(result) == []
    assert result.verdict is Verdict.AUTHORITY_SHORT


@pytest.mark.parametrize("name", ICISS_ORDER)
def test_a_veto_cast_or_threatened_leaves_the_concert_as_the_route_iciss_2001_6_36_6_40(name):
    for council in ("blocked_by_veto", "veto_threatened_no_draft"):
        result = judge(name, ALL_ENDORSE, council, regional_support=False)
        assert routes_met(result) == ["concert_council_blocked"], council
        assert result.verdict is Verdict.LEGITIMATE


def test_the_panel_needs_a_draft_put_and_vetoed_before_the_concert_hlp_2004_paras_198_256():
    threatened = judge("un-high-level-panel", ALL_ENDORSE, "veto_threatened_no_draft")
    assert routes_met(threatened) == []
    assert threatened.verdict is Verdict.AUTHORITY_SHORT
    vetoed = judge("un-high-level-panel", ALL_ENDORSE, "blocked_by_veto")
    assert routes_met(vetoed) == ["concert_after_veto"]


@pytest.mark.parametrize("name", ICISS_ORDER)
def test_after_a_rejection_the_region_beside_the_concert_is_a_route_iciss_2001_6_28_6_35(name):
    alone = judge(name, ALL_ENDORSE, "rejected_on_merits", regional_support=False)
    assert routes_met(alone) == []
    with_region = judge(name, ALL_ENDORSE, "rejected_on_merits", regional_support=True)
    assert routes_met(with_region) == ["concert_with_region"]
    without_concert = judge(name, {}, "rejected_on_merits", regional_support=True)
    assert without_concert.verdict is Verdict.AUTHORITY_SHORT


def test_the_region_opens_no_route_for_the_panel_hlp_2004_para_272_charter_art_53():
    result = judge("un-high-level-panel", ALL_ENDORSE, "rejected_on_merits",
                   regional_support=True)
    assert routes_met(result) == []
    assert result.verdict is Verdict.AUTHORITY_SHORT


def test_the_general_assembly_beside_the_concert_is_a_route_after_a_rejection_iciss_6_29_6_30():
    supported = judge("humanitarian-protection", ALL_ENDORSE, "rejected_on_merits",
                      regional_support=False, general_assembly="supported")
    assert routes_met(supported) == ["concert_with_general_assembly"]
    not_asked = judge("humanitarian-protection", ALL_ENDORSE, "rejected_on_merits",
                      regional_support=False, general_assembly="not_asked")
    assert not_asked.verdict is Verdict.AUTHORITY_SHORT


@pytest.mark.parametrize("name", WITH_SELF_DEFENCE)
def test_article_51_needs_no_authorisation_but_every_element_and_the_report_nicaragua_200(name):
    result = judge(name, {}, "not_sought", regional_support=False, **ARTICLE_51)
    assert routes_met(result) == ["self_defence"]
    assert result.verdict is Verdict.LEGITIMATE
    unreported = judge(name, {}, "not_sought", regional_support=False,
                       **{**ARTICLE_51, "reported_to_council": False})
    assert unreported.verdict is Verdict.AUTHORITY_SHORT
    lacking = next(r for r in unreported.authority.routes if r.id == "self_defence")
    assert lacking.missing == "reported to council yes (answered: no)"
    not_imminent = judge(name, {}, "not_sought", **{**ARTICLE_51, "armed_attack": "not_imminent"})
    assert routes_met(not_imminent) == []  # a threat further off is for the Council (HLP 190)


@pytest.mark.parametrize("name", NAMES)
def test_the_territorial_states_consent_beside_the_concert_is_a_route_ilc_2001_art_20(name):
    result = judge(name, ALL_ENDORSE, "not_sought", territorial_consent=True)
    assert routes_met(result) == ["concert_with_consent"]
    assert judge(name, {}, "not_sought", territorial_consent=True).verdict is (
        Verdict.AUTHORITY_SHORT
    )


def test_authority_short_on_a_blocked_council_names_the_concert_shortfall_and_its_route():
    few = dict.fromkeys(("USA", "BRA", "JPN", "DEU", "GBR"), "endorse")
    result = judge("use-of-force", few, "blocked_by_veto")
    assert result.verdict is Verdict.AUTHORITY_SHORT
    assert result.authority.shortfall.startswith("short by ")
    assert result.deciding_rule.startswith(
        "justified in substance; authority " + result.authority.shortfall
        + " on the route “Concert double majority, the Council blocked by a veto”"
    )


# --- properties, on the shipped registry ----------------------------------------------------

POSITIONS_AGAINST = ("oppose", "abstain", "not_consulted")


@st.composite
def positions(draw: st.DrawFn) -> dict[str, str]:
    """Positions near the double majority's edge: a share of the members endorsing drawn
    around 55 %, the rest opposing, abstaining or not consulted."""
    share = draw(st.floats(0.35, 0.8))
    return {
        iso: ("endorse" if draw(st.floats(0, 1)) < share
              else draw(st.sampled_from(POSITIONS_AGAINST)))
        for iso in FULL
    }


@st.composite
def route_answers(draw: st.DrawFn, name: str) -> dict:
    playbook = CASES[name][0]
    answers = {
        "security_council": draw(st.sampled_from(list(
            playbook.question("security_council").status_scores))),
        "regional_support": draw(st.booleans()),
        "territorial_consent": draw(st.sampled_from([None, True, False])),
    }
    if name in WITH_SELF_DEFENCE:
        answers["armed_attack"] = draw(st.sampled_from(["occurred", "imminent", "none"]))
        answers["reported_to_council"] = draw(st.booleans())
        answers["self_defence_necessary"] = answers["self_defence_proportionate"] = True
    if name == "humanitarian-protection":
        answers["general_assembly"] = draw(st.sampled_from([None, "supported", "opposed"]))
    return answers


@PROPERTY
@given(
    name=st.sampled_from(NAMES),
    dissenters=st.dictionaries(st.sampled_from(FULL), st.sampled_from(POSITIONS_AGAINST),
                               max_size=3),
)
def test_no_single_member_can_block_alone_nor_three_together_teu_art_16_4_floor_of_four(
    name, dissenters
):
    # The Concert's route with a Council blocked by a draft vetoed (a route in all three):
    # fewer than four members not endorsing can never block it, whatever their weight.
    result = judge(name, {**ALL_ENDORSE, **dissenters}, "blocked_by_veto")
    assert result.authority.concert_met and result.authority.met
    assert result.verdict is Verdict.LEGITIMATE


@PROPERTY
@given(data=st.data())
def test_adding_an_endorsing_member_never_lowers_authority_nor_the_verdict(data):
    name = data.draw(st.sampled_from(NAMES))
    before_positions = data.draw(positions())
    answers = data.draw(route_answers(name))
    newcomer = data.draw(st.sampled_from(FULL))
    council = answers.pop("security_council")
    before = judge(name, before_positions, council, **answers)
    after = judge(name, {**before_positions, newcomer: "endorse"}, council, **answers)
    assert after.authority.met or not before.authority.met
    assert after.authority.concert_met or not before.authority.concert_met
    assert (after.authority.weight_share or 0) >= (before.authority.weight_share or 0)
    playbook = CASES[name][0]
    assert authority_criterion(playbook, after).score >= authority_criterion(
        playbook, before).score
    assert VERDICT_RANK[after.verdict] >= VERDICT_RANK[before.verdict]


@PROPERTY
@given(data=st.data())
def test_asking_the_council_never_opens_fewer_routes_than_not_asking_iciss_2001_6_14_6_15(data):
    name = data.draw(st.sampled_from(NAMES))
    member_positions = data.draw(positions())
    answers = data.draw(route_answers(name))
    answers.pop("security_council")
    not_asked = judge(name, member_positions, "not_sought", **answers)
    for council in CASES[name][0].question("security_council").status_scores:
        asked = judge(name, member_positions, council, **answers)
        assert asked.authority.met or not not_asked.authority.met, council
        assert VERDICT_RANK[asked.verdict] >= VERDICT_RANK[not_asked.verdict], council


@PROPERTY
@given(data=st.data())
def test_the_authority_criterion_passes_exactly_when_one_of_its_routes_holds(data):
    # The routes decide authority; the Council's status, the region and the Assembly only
    # move the score within the pass or the fail, never across the threshold or into the
    # knife-edge band.
    name = data.draw(st.sampled_from(NAMES))
    member_positions = data.draw(positions())
    answers = data.draw(route_answers(name))
    council = answers.pop("security_council")
    result = judge(name, member_positions, council, **answers)
    judged = authority_criterion(CASES[name][0], result)
    assert (judged.status == "pass") is result.authority.met
    assert not judged.knife_edge
