"""Historical cases since 1990, written as case files (tests/historical/cases/), each asserting
what the sources dictate about the engine's judgement — which gate fails and why, and which
legal basis is made out — never a political verdict. Member positions are counterfactual (see
support.py)."""

from __future__ import annotations

from playbooks.model import Verdict
from reports.context import legal_basis_warning
from tests.historical.support import judge_case


def test_kosovo_1999_substance_passes_but_the_only_legal_basis_is_contested_kosovo_report_2000():
    # The Independent International Commission on Kosovo: "illegal but legitimate".
    case = judge_case("kosovo-1999")
    assert case.failed() == set()
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("contested", "humanitarian")
    assert "contested" in legal_basis_warning(case.evaluation)


def test_libya_2011_resolution_1973_gives_an_established_chapter_vii_basis():
    case = judge_case("libya-2011")
    assert case.evaluation.verdict is Verdict.LEGITIMATE
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "chapter_vii")
    assert legal_basis_warning(case.evaluation) == ""


def test_iraq_2003_just_cause_fails_on_imminence_and_last_resort_fails_chilcot_2016():
    case = judge_case("iraq-2003")
    assert case.evaluation.verdict is Verdict.NOT_LEGITIMATE
    assert {"just_cause", "last_resort"} <= case.failed()
    assert any("speculative" in k for k in case.knockouts("just_cause"))
    assert any("none tried" in k or "at least 2" in k for k in case.knockouts("last_resort"))
    # The decisive WMD answer rested only on withdrawn single-source reporting (Butler 2004).
    assert any("graded E–F or 5–6 (E5)" in flag for flag in case.evaluation.flags)
    assert case.evaluation.legal_basis.status == "none"


def test_rwanda_1994_the_threshold_is_met_and_no_gate_fails_carlsson_inquiry_1999():
    # Inaction here cannot rest on the threshold or the precautionary principles.
    case = judge_case("rwanda-1994")
    assert case.status("threshold") == "pass"
    assert case.failed() == set()
    assert case.evaluation.legal_basis.status == "contested"  # no Council authorisation sought


def test_east_timor_1999_chapter_vii_is_named_first_though_consent_was_given_too():
    case = judge_case("east-timor-1999")
    assert case.evaluation.verdict is Verdict.LEGITIMATE
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "chapter_vii")
    assert any("consent" in r and "every element holds" in r for r in legal.reasons)


def test_mali_2013_rests_on_the_territorial_states_consent_not_on_resolution_2085():
    case = judge_case("mali-2013")
    assert case.failed() == set()
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("established", "consent")


def test_syria_2018_the_veto_does_not_count_against_and_the_basis_is_contested_uk_2018():
    case = judge_case("syria-2018")
    assert case.status("authority") == "pass"
    legal = case.evaluation.legal_basis
    assert (legal.status, legal.basis_id) == ("contested", "humanitarian")


def test_kuwait_1991_both_chapter_vii_and_article_51_are_made_out_resolution_678():
    case = judge_case("kuwait-1991")
    assert case.evaluation.verdict is Verdict.LEGITIMATE
    legal = case.evaluation.legal_basis
    assert legal.basis_id == "chapter_vii"
    assert any(r.startswith("individual or collective self-defence under Article 51: every")
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
