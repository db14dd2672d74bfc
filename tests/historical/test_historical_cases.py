"""Historical cases since 1990, written as case files (tests/historical/cases/), each asserting
what the sources dictate about the engine's judgement — which gate fails and why, which legal
basis is made out, which route gives authority and what the Concert's double majority would
need — never a political verdict. Member positions are counterfactual and the registry is the
one the application ships (see support.py)."""

from __future__ import annotations

import math

from playbooks.model import Verdict
from reports.context import legal_basis_warning
from tests.historical.support import FULL, REGISTRY, judge_case

# NATO's nineteen members in March 1999 that the registry holds as full members (Hungary and
# Türkiye are not full members of it).
NATO_1999 = [iso for iso in ("BEL", "CAN", "CZE", "DNK", "FRA", "DEU", "GRC", "HUN", "ISL",
                             "ITA", "LUX", "NLD", "NOR", "POL", "PRT", "ESP", "TUR", "GBR",
                             "USA") if iso in FULL]
MEMBERS_NEEDED = math.ceil(0.55 * len(FULL))  # TEU Art. 16(4): 55 % of the members


def test_kosovo_1999_substance_passes_but_the_only_legal_basis_is_contested_kosovo_report_2000():
    # The Independent International Commission on Kosovo: "illegal but legitimate".
    case = judge_case("kosovo-1999")
    assert case.failed() == set()
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("contested", "humanitarian")
    assert "contested" in legal_basis_warning(case.evaluation)


def test_kosovo_1999_a_threatened_veto_leaves_the_concert_majority_as_the_route_iciss_6_36_6_40():
    # Russia and China announced a veto and no draft was put: the Council is blocked, and the
    # Concert's double majority is the route ICISS leaves open when the Council fails to act.
    case = judge_case("kosovo-1999")
    assert case.routes_met() == ["concert_council_blocked"]
    assert case.evaluation.authority.concert_met


def test_kosovo_1999_the_nato_allies_alone_fall_short_of_the_concert_majority_teu_16_4():
    # An alliance is not the Concert: the 1999 allies in the registry are too few members and
    # too little square-root weight, and no one member more would carry it.
    case = judge_case("kosovo-1999", NATO_1999)
    assert case.evaluation.verdict is Verdict.AUTHORITY_SHORT
    tally = case.evaluation.authority
    assert not tally.met and not tally.concert_met and tally.pivotal == ()
    short = MEMBERS_NEEDED - len(NATO_1999)
    assert tally.shortfall.startswith(f"short by {short} members / ")
    assert (tally.weight_share or 0) < (tally.weight_threshold or 0)
    assert case.evaluation.deciding_rule.startswith(
        f"justified in substance; authority short by {short} members / "
    )
    assert "on the route “Concert double majority, the Council blocked by a veto”" in (
        case.evaluation.deciding_rule
    )


def test_libya_2011_resolution_1973_gives_an_established_chapter_vii_basis():
    case = judge_case("libya-2011")
    assert case.evaluation.verdict is Verdict.LEGITIMATE
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "chapter_vii")
    assert legal_basis_warning(case.evaluation) == ""


def test_libya_2011_the_council_authorisation_is_the_route_and_needs_no_concert_iciss_6_14():
    # Resolution 1973: the Council's authorisation suffices on its own, whatever the tally.
    case = judge_case("libya-2011", endorsing=[])
    assert case.routes_met() == ["council"]
    assert case.evaluation.authority.met and not case.evaluation.authority.concert_met
    assert case.evaluation.verdict is Verdict.LEGITIMATE


def test_iraq_2003_just_cause_fails_on_imminence_and_last_resort_fails_chilcot_2016():
    case = judge_case("iraq-2003")
    assert case.evaluation.verdict is Verdict.NOT_LEGITIMATE
    assert {"just_cause", "last_resort"} <= case.failed()
    assert any("speculative" in k for k in case.knockouts("just_cause"))
    assert any("none tried" in k or "at least 2" in k for k in case.knockouts("last_resort"))
    # The decisive WMD answer rested only on withdrawn single-source reporting (Butler 2004).
    assert any("graded E–F or 5–6 (E5)" in flag for flag in case.evaluation.flags)
    assert case.evaluation.legal_basis.status == "none"


def test_iraq_2003_relying_on_earlier_resolutions_opens_no_route_to_authority_iciss_6_15():
    # No new authorisation was sought for this action (ICISS 6.15: seek it first), no veto
    # blocked one, and the region did not support it: even every member endorsing opens no
    # route, so authority fails beside the substantive gates.
    case = judge_case("iraq-2003")
    assert "authority" in case.failed()
    assert case.routes_met() == []
    assert case.evaluation.authority.concert_met


def test_rwanda_1994_the_threshold_is_met_but_the_council_was_never_asked_iciss_6_15():
    # Inaction here cannot rest on the threshold or the precautionary principles: what is
    # short is authority, because an intervention was never put to the Council (ICISS 6.15),
    # and no Concert majority can stand in for that.
    case = judge_case("rwanda-1994")
    assert case.status("threshold") == "pass"
    assert case.failed() == {"right_authority"}
    assert case.evaluation.verdict is Verdict.AUTHORITY_SHORT
    assert case.evaluation.authority.concert_met and case.routes_met() == []
    assert "with no route open" in case.evaluation.deciding_rule
    assert "(answered: not sought)" in case.evaluation.deciding_rule
    assert case.evaluation.legal_basis.status == "contested"  # no Council authorisation sought


def test_east_timor_1999_chapter_vii_is_named_first_though_consent_was_given_too():
    case = judge_case("east-timor-1999")
    assert case.evaluation.verdict is Verdict.LEGITIMATE
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "chapter_vii")
    assert any("consent" in r and "every element holds" in r for r in legal.reasons)


def test_east_timor_1999_the_council_route_comes_first_and_consent_holds_too_iciss_6_14():
    # Resolution 1264 and Indonesia's acceptance: both routes hold, the Council's is named.
    case = judge_case("east-timor-1999")
    assert case.routes_met() == ["council", "concert_with_consent"]
    assert case.evaluation.authority.route == "Security Council authorisation under Chapter VII"


def test_mali_2013_rests_on_the_territorial_states_consent_not_on_resolution_2085():
    case = judge_case("mali-2013")
    assert case.failed() == set()
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "consent")


def test_mali_2013_authority_comes_by_the_governments_request_beside_the_concert_ilc_art_20():
    # Resolution 2085 authorised another mission, so the Council's route is not open; the
    # request of the government in effective control, with the Concert's majority, is.
    case = judge_case("mali-2013")
    assert case.routes_met() == ["concert_with_consent"]
    without_concert = judge_case("mali-2013", endorsing=[])
    assert without_concert.evaluation.verdict is Verdict.AUTHORITY_SHORT


def test_syria_2018_the_veto_does_not_count_against_and_the_basis_is_contested_uk_2018():
    case = judge_case("syria-2018")
    assert case.status("authority") == "pass"
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("contested", "humanitarian")


def test_syria_2018_one_member_short_after_the_veto_every_member_outside_is_pivotal_teu_16_4():
    # Russia's veto of 10 April 2018 blocked the Council, so the Concert's double majority is
    # the route. With the heaviest members endorsing but one member short of 55 %, the
    # endorsing weight is met and any member still outside would carry it alone.
    heaviest = sorted(REGISTRY, key=lambda m: (-m.population, m.iso))
    endorsing = [m.iso for m in heaviest if m.standing == "full"][: MEMBERS_NEEDED - 1]
    case = judge_case("syria-2018", endorsing)
    tally = case.evaluation.authority
    assert case.evaluation.verdict is Verdict.AUTHORITY_SHORT
    assert tally.shortfall == "short by 1 member"
    assert set(tally.pivotal) == set(FULL) - set(endorsing)
    assert judge_case("syria-2018", [*endorsing, tally.pivotal[0]]).routes_met() == [
        "concert_council_blocked"
    ]


def test_kuwait_1991_both_chapter_vii_and_article_51_are_made_out_resolution_678():
    case = judge_case("kuwait-1991")
    assert case.evaluation.verdict is Verdict.LEGITIMATE
    legal = case.evaluation.legal_basis
    assert legal.basis_id == "chapter_vii"
    assert any(r.startswith("individual or collective self-defence under Article 51: every")
               for r in legal.reasons)


def test_kuwait_1991_the_council_and_article_51_are_each_a_route_needing_no_concert():
    # Resolution 678 authorised force; collective self-defence, affirmed in resolution 661 and
    # reported to the Council, needs no one's authorisation (Nicaragua 1986, para. 200).
    case = judge_case("kuwait-1991", endorsing=[])
    assert case.routes_met() == ["council", "self_defence"]
    assert case.evaluation.verdict is Verdict.LEGITIMATE


def test_ebola_2014_entry_bans_fail_the_ihr_art_43_gates_though_the_emergency_was_real():
    # WHO declared an emergency of international concern and advised against general travel
    # bans; the Review Committee (A69/21, 2016) found the additional measures unreported.
    case = judge_case("ebola-2014-travel-bans")
    assert case.status("necessity") == "pass"  # the threat itself justified measures
    assert case.failed() >= {"scientific_basis", "rights", "ihr_procedure"}
    assert case.status("authority") == "pass"  # counterfactual: every member endorsing
    assert any("General Comment 27" in k for k in case.knockouts("scientific_basis"))
    assert any("Art. 43(1)" in k for k in case.knockouts("rights"))
    procedure = case.knockouts("ihr_procedure")
    assert any("within 48 hours" in k for k in procedure)
    assert any("review within three months" in k for k in procedure)
    legal = case.evaluation.legal_basis
    assert legal.status == "none"
    assert any(r.startswith("additional health measures under IHR Article 43: not made out")
               for r in legal.reasons)


def test_hungary_2019_durability_fails_on_the_risk_of_reversal_not_on_its_years_fiw_2019():
    # Twenty-eight years of democratic government pass the years knock-out; the European
    # Parliament's Art. 7(1) TEU finding makes a reversal more than "very unlikely", so the
    # durability gate fails on that answer alone, whatever its average. The index's downgrade
    # (Freedom in the World 2019: Partly Free) is recorded apart and fails its own criterion.
    case = judge_case("hungary-2019")
    assert case.evaluation.verdict is Verdict.NOT_LEGITIMATE
    assert {c.criterion_id for c in case.evaluation.criteria
            if c.gate and c.status == "fail"} == {"durability"}
    durability = next(c for c in case.evaluation.criteria if c.criterion_id == "durability")
    assert durability.score > durability.pass_threshold  # a gate is never just an average
    assert [k for k in case.knockouts("durability") if "unthinkable" in k]
    assert len(case.knockouts("durability")) == 1
    assert case.status("elections") == "pass"  # significant shortcomings, not seriously flawed
    assert case.status("registry_index") == "fail"
    assert case.evaluation.authority is None and case.evaluation.legal_basis is None


def test_ebola_2014_exit_screening_needs_no_art_43_report_as_a_measure_who_recommended():
    # The same outbreak, the measure WHO's temporary recommendations asked for: the reporting
    # gate passes with no report due, and the legal basis is the recommendation itself.
    case = judge_case("ebola-2014-exit-screening")
    assert case.status("ihr_procedure") == "pass" and case.status("rights") == "pass"
    # How much screening would achieve was held with low confidence (little outbreak data):
    # the decisive answer leaves its gate open rather than passing or failing it (ICD 203).
    assert case.evaluation.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert case.status("scientific_basis") == "incomplete"
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "who_recommended")
    assert any(r.startswith("consent of the state on whose territory the members act: every")
               for r in legal.reasons)


def test_so_san_2002_the_right_of_visit_covers_boarding_a_stateless_ship_not_seizing_its_cargo():
    # UNCLOS Art. 110(1)(d): Spain could board a ship without nationality; no rule forbade the
    # sale and no basis covered seizing the missiles, so the ship was released.
    case = judge_case("so-san-2002")
    assert case.status("threat") == "pass"
    routes = {r.id for r in case.evaluation.authority.routes if r.met}
    assert "no_flag_state" in routes and "council" not in routes
    legal = case.evaluation.legal_basis
    assert legal.basis_id is None
    assert any(r.startswith("the right of visit") and "not made out" in r
               and "stopping, boarding and inspecting only" in r for r in legal.reasons)


def test_kadi_2001_a_council_listing_without_reasons_or_review_fails_due_process_kadi_2008():
    # Authority and the legal basis rest on Chapter VII; fair procedure is a gate of its own.
    case = judge_case("kadi-2001")
    assert case.evaluation.verdict is Verdict.NOT_LEGITIMATE
    assert case.failed() == {"due_process"}
    assert len(case.knockouts("due_process")) == 2
    assert case.status("authority") == "pass"
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "chapter_vii")
