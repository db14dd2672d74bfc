"""The engine's format-2 rules: knock-out conditions inside gates, estimative discipline,
margins and knife-edges, the authority-short verdict and the legal basis judged apart.
Each test names the rule and the published source it follows."""

from __future__ import annotations

import pytest

from playbooks.errors import InputError
from playbooks.evaluate import evaluate
from playbooks.loader import load_playbook_text
from playbooks.model import AnswerQualifier, Verdict
from tests.playbooks.conftest import MEMBERS, endorsing
from tests.playbooks.format2 import GOOD, PLAYBOOK, RATIONALES, TEXT


def qualifiers(**extra: AnswerQualifier) -> dict[str, AnswerQualifier]:
    base = {qid: AnswerQualifier("moderate", text) for qid, text in RATIONALES.items()}
    return {**base, **extra}


def run(answers=None, quals=None, **changes):
    given = {**GOOD, **(answers or {}), **changes}
    given = {k: v for k, v in given.items() if v is not None}
    return evaluate(PLAYBOOK, given, MEMBERS, qualifiers() if quals is None else quals)


def criterion(result, criterion_id):
    return next(c for c in result.criteria if c.criterion_id == criterion_id)


def test_all_good_answers_are_legitimate_and_the_legal_basis_is_shown_apart():
    result = run(chapter_vii=True)
    assert result.verdict is Verdict.LEGITIMATE
    assert [c.criterion_id for c in result.criteria] == ["cause", "means", "authority"]
    assert result.legal_basis is not None
    assert result.legal_basis.summary == "established: authorisation under Chapter VII"


# --- knock-out conditions (issue 10 item 2) -------------------------------------------------


def test_knockout_limited_harm_fails_just_cause_whatever_the_average_iciss_2001_para_4_19():
    # harm 1 of 4 (0.25) with timing and role at 1.0 averages 0.75, over the 0.5 threshold:
    # an average would pass it; ICISS's threshold is large-scale loss of life, a necessary
    # condition, so the gate fails and the reason names the condition.
    result = run(harm=1)
    cause = criterion(result, "cause")
    assert cause.score == pytest.approx(0.75)
    assert cause.status == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert cause.knockouts_failed == (
        "“How grave is the harm?” must be at least 3 – grave (ICISS 2001, para. 4.19)",
    )
    assert "knock-out condition" in result.deciding_rule
    assert "must be at least 3 – grave" in result.deciding_rule


def test_knockout_speculative_harm_fails_just_cause_no_preventive_war_hlp_2004_para_207a():
    result = run(timing="speculative")
    assert criterion(result, "cause").status == "fail"
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "must be not: speculative" in result.deciding_rule


def test_knockout_state_protecting_its_people_fails_the_threshold_iciss_2001_synopsis_1b():
    result = run(role="protecting")
    assert result.verdict is Verdict.NOT_LEGITIMATE
    assert "must be not: protecting its people" in result.deciding_rule


def test_a_knockout_that_decides_is_found_by_the_flip_search():
    result = run(harm=3)
    assert result.verdict is Verdict.LEGITIMATE
    assert not result.fragility.robust
    assert result.fragility.question_id == "harm"
    assert result.fragility.to_value == 2


# --- the loader checks conditions line by line ------------------------------------------


def _broken(old: str, new: str) -> str:
    assert old in TEXT
    return TEXT.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "      - question: harm\n        at_least: 3",
            "      - question: harms\n        at_least: 3",
            "gates-test.yaml:18: criteria[0].knockouts[0].question: `harms` is not a question "
            "of this criterion — did you mean `harm`? (expected one of: harm, timing, role, "
            "cause_confidence)",
        ),
        (
            "        at_least: 3",
            "        at_least: 7",
            "gates-test.yaml:19: criteria[0].knockouts[0].at_least: is the number 7 "
            "(expected one of the grades 0, 1, 2, 3, 4)",
        ),
        (
            "        not_in: [speculative]",
            "        at_least: speculative",
            "gates-test.yaml:22: criteria[0].knockouts[1].at_least: `at_least` does not suit a "
            "choice question (expected exactly one of: in, not_in)",
        ),
        (
            "        not_in: [speculative]",
            "        not_in: [maybe]",
            "gates-test.yaml:22: criteria[0].knockouts[1].not_in[0]: the text `maybe` is not an "
            "answer of `timing` (expected one of: under_way, imminent, speculative)",
        ),
    ],
    ids=["unknown question", "grade not on the scale", "test unfit for kind", "unknown option"],
)
def test_loader_checks_knockout_conditions_with_file_line_and_field(old, new, message):
    with pytest.raises(InputError) as caught:
        load_playbook_text(_broken(old, new), "gates-test.yaml")
    assert str(caught.value) == message


def test_loader_refuses_a_knockout_on_an_optional_question_in_format_2():
    # Answering an optional question must never lower the verdict, so it cannot knock out.
    text = _broken("    title: Proportionality\n", "    title: Proportionality\n"
                   "    knockouts:\n      - question: extra\n        at_least: likely\n")
    with pytest.raises(InputError) as caught:
        load_playbook_text(text, "gates-test.yaml")
    assert str(caught.value).startswith(
        "gates-test.yaml:57: criteria[1].knockouts[0].question: `extra` is optional")


def test_loader_refuses_a_scored_confidence_question_in_format_2_icd_203():
    text = _broken("        kind: confidence\n        weight: 0", "        kind: confidence\n"
                   "        weight: 1")
    with pytest.raises(InputError) as caught:
        load_playbook_text(text, "gates-test.yaml")
    assert str(caught.value).startswith(
        "gates-test.yaml:52: criteria[0].questions[3].weight: is 1 on a confidence question")


def test_loader_refuses_a_council_scale_where_asking_scores_below_not_asking_iciss_6_14():
    text = _broken("          rejected_on_merits: 0.3", "          rejected_on_merits: 0.1")
    with pytest.raises(InputError) as caught:
        load_playbook_text(text, "gates-test.yaml")
    assert str(caught.value) == (
        "gates-test.yaml:89: criteria[2].questions[1].status_scores.rejected_on_merits: 0.1 "
        "is below not_sought (0.2) (expected every status that followed asking the Council "
        "scored at least as not_sought)"
    )


def test_format_1_files_know_only_the_four_council_statuses():
    text = TEXT.replace("format: 2\n", "").replace(
        "          veto_threatened_no_draft: 0.5\n", "")
    with pytest.raises(InputError) as caught:
        load_playbook_text(text, "gates-test.yaml")
    assert "unknown key `relies_on_earlier_resolutions`" in str(caught.value)


# --- estimative discipline (issue 10 item 5) -------------------------------------------------


def test_low_confidence_in_a_decisive_answer_gives_insufficient_information_icd_203():
    result = run(quals=qualifiers(harm=AnswerQualifier("low", "one source")))
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert criterion(result, "cause").status == "incomplete"
    assert "low confidence" in result.deciding_rule
    assert not result.fragility.robust


def test_low_confidence_never_turns_a_failing_decisive_answer_into_a_pass_or_a_fail():
    # A negative finding held with low confidence is not "does not qualify": it is unsettled.
    result = run(harm=1, quals=qualifiers(harm=AnswerQualifier("low", "")))
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION


def test_confidence_never_adds_support_in_format_2():
    low = run(cause_confidence="low")
    high = run(cause_confidence="high")
    assert criterion(low, "cause").score == criterion(high, "cause").score


def test_a_decisive_answer_resting_only_on_evidence_graded_e_f_or_5_6_is_flagged():
    weak = AnswerQualifier("moderate", "", (("E", 3), ("B", 5)))
    result = run(quals=qualifiers(harm=weak))
    assert result.flags == (
        "“How grave is the harm?”: a decisive answer resting only on evidence graded E–F or "
        "5–6 (E3, B5)",
    )
    mixed = AnswerQualifier("moderate", "", (("E", 3), ("B", 2)))
    assert run(quals=qualifiers(harm=mixed)).flags == ()


def test_a_required_likelihood_without_its_rationale_leaves_the_criterion_unsettled():
    result = run(quals={})
    assert result.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert "a likelihood needs its rationale" in result.deciding_rule


def test_an_optional_likelihood_without_its_rationale_is_not_counted_and_is_flagged():
    result = run(extra="almost_no_chance")
    assert result.questions["extra"].answered is False
    assert any("not counted" in flag for flag in result.flags)
    assert result.verdict is Verdict.LEGITIMATE


def test_an_optional_answer_counts_only_where_it_raises_the_score():
    quals = qualifiers(extra=AnswerQualifier("moderate", "reasons"))
    base = criterion(run(harm_likely="roughly_even_chance"), "means").score
    lower = run(harm_likely="roughly_even_chance", extra="almost_no_chance", quals=quals)
    higher = run(harm_likely="roughly_even_chance", extra="almost_certain", quals=quals)
    assert criterion(lower, "means").score == pytest.approx(base)
    assert criterion(higher, "means").score > base


# --- margins and knife-edges (issue 10 item 6) ------------------------------------------------


def test_each_criterion_carries_its_margin_and_a_knife_edge_pass_is_named_not_robust():
    # means: yes (1.0) and civilian harm "almost certain" (0.03) average 0.515: margin +0.015
    result = run(harm_likely="almost_certain")
    means = criterion(result, "means")
    assert means.status == "pass"
    assert means.margin == pytest.approx(0.015)
    assert means.knife_edge
    assert not result.fragility.robust
    assert "knife-edge: Proportionality passes at 0.52 against its 0.50" in (
        result.fragility.description)


def test_a_clear_pass_has_its_margin_and_no_knife_edge():
    result = run(chapter_vii=True)
    assert all(not c.knife_edge for c in result.criteria)
    assert criterion(result, "cause").margin == pytest.approx(0.5)


# --- justified in substance; authority short (issue 10 item 7) ---------------------------------


def test_only_authority_failing_is_justified_in_substance_authority_short_not_not_legitimate():
    positions = endorsing(["BBB", "CCC", "DDD", "EEE", "FFF"])  # 5 of 10, 500 of 1000 people
    result = run(positions=positions, council="blocked_by_veto")
    assert result.verdict is Verdict.AUTHORITY_SHORT
    assert result.verdict.label == "justified in substance; authority short"
    assert result.deciding_rule.startswith(
        "justified in substance; authority short by 1 member and 15.0 points of the members' "
        "population share: every substantive criterion passes"
    )


def test_authority_and_a_substantive_gate_failing_is_not_legitimate():
    positions = endorsing(["BBB"])
    result = run(positions=positions, council="not_sought", harm=1)
    assert result.verdict is Verdict.NOT_LEGITIMATE


# --- the legal basis, apart from legitimacy (issue 10 item 4) --------------------------------


def test_legal_basis_none_established_never_changes_the_legitimacy_verdict():
    result = run(chapter_vii=False, consent=False, extreme_distress=False)
    assert result.verdict is Verdict.LEGITIMATE
    assert result.legal_basis.status == "none"
    assert result.legal_basis.summary == "no legal basis established"


def test_legal_basis_contested_doctrine_is_labelled_contested():
    result = run(chapter_vii=False, consent=False, extreme_distress=True)
    assert result.legal_basis.status == "contested"
    assert "disputed" in result.legal_basis.summary


def test_legal_basis_open_questions_leave_it_not_yet_assessed():
    result = run()
    assert result.legal_basis.status == "incomplete"
    assert result.verdict is Verdict.LEGITIMATE


# --- explanations name the weak answers too (issue 14 item 5) --------------------------------


def test_a_pass_carried_by_strong_answers_still_names_its_weakest_answer():
    # Proportionality passes on the average (limited means 1.0, civilian harm "likely" scores
    # low); a reader weighing the pass must see the answer that pulls it down, not only the
    # ones that carry it.
    result = run(harm_likely="likely")
    means = criterion(result, "means")
    assert means.status == "pass"
    sentence = next(r for r in result.reasons if r.startswith("Proportionality passes"))
    assert "weakest “How likely is civilian harm?”" in sentence
    assert "“Are the means limited?”" in sentence


def test_a_pass_with_no_weak_answer_names_none():
    result = run()
    sentence = next(r for r in result.reasons if r.startswith("Proportionality passes"))
    assert "weakest" not in sentence
