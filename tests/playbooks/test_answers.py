"""Answer values: what each kind accepts, how it is shown and how it scores."""

from __future__ import annotations

import math

import pytest

from playbooks.answers import (
    InvalidAnswerValue,
    UnknownQuestion,
    check_answer_value,
    describe_value,
    likelihood_term,
    score_answer,
)
from playbooks.errors import UserError
from playbooks.evaluate import evaluate
from playbooks.model import LIKELIHOOD_TERMS
from tests.playbooks.conftest import MEMBERS, builtin

FORCE = builtin("use-of-force")
HEALTH = builtin("public-health-emergency")


def test_likelihood_is_shown_with_its_range() -> None:
    assert likelihood_term("likely").display == "likely (55–80%)"
    question = FORCE.question("success_likelihood")
    assert describe_value(question, "almost_certain") == "almost certain (95–99%)"
    assert [t.display for t in LIKELIHOOD_TERMS][:2] == [
        "almost no chance (1–5%)", "very unlikely (5–20%)"]


def test_likelihood_scores_follow_the_question_direction() -> None:
    success = FORCE.question("success_likelihood")  # higher is better
    escalation = FORCE.question("escalation_likelihood")  # lower is better
    assert score_answer(success, "likely") == pytest.approx(0.675)
    assert score_answer(escalation, "likely") == pytest.approx(0.325)
    scores = [score_answer(success, t.id) for t in LIKELIHOOD_TERMS]
    assert scores == sorted(scores)


def test_scale_yes_no_confidence_choice_council_scores() -> None:
    assert score_answer(FORCE.question("harm_gravity"), 3) == 0.75
    assert score_answer(FORCE.question("limited_means"), False) == 0.0
    assert score_answer(FORCE.question("cause_evidence_confidence"), "moderate") == 0.5
    assert score_answer(FORCE.question("harm_timing"), "imminent") == 0.8
    assert score_answer(FORCE.question("security_council"), "blocked_by_veto") == 0.6
    other_motives = builtin("un-high-level-panel").question("other_motives")  # lower is better
    assert score_answer(other_motives, 0) == 1.0 and score_answer(other_motives, 3) == 0.0


def test_number_scores_linearly_inside_its_band_and_clamps_outside() -> None:
    days = HEALTH.question("duration_days")  # 30 days scores 1, 180 scores 0
    assert score_answer(days, 30) == 1.0
    assert score_answer(days, 105) == pytest.approx(0.5)
    assert score_answer(days, 1) == 1.0
    assert score_answer(days, 3650) == 0.0
    assert describe_value(days, 14) == "14 days"


GOOD = [
    ("harm_gravity", 0), ("limited_means", True), ("harm_timing", "speculative"),
    ("success_likelihood", "very_unlikely"), ("cause_evidence_confidence", "high"),
    ("expected_civilian_deaths", 12.5), ("cause_summary", "Shelling of the city."),
    ("member_positions", {"CAN": "endorse", "DEU": "not_consulted"}),
    ("member_positions", {}), ("security_council", "not_sought"),
]
BAD = [
    ("harm_gravity", 5, "one of the grades 0, 1, 2, 3, 4"),
    ("harm_gravity", True, "one of the grades 0, 1, 2, 3, 4"),
    ("harm_gravity", "4", "one of the grades 0, 1, 2, 3, 4"),
    ("limited_means", "yes", "true or false"),
    ("limited_means", 1, "true or false"),
    ("harm_timing", "soon", "one of the options under_way, imminent, probable_later, speculative"),
    ("success_likelihood", "probable", "an ICD 203 term"),
    ("success_likelihood", "Likely", "an ICD 203 term"),
    ("cause_evidence_confidence", "certain", "one of low, moderate, high"),
    ("expected_civilian_deaths", -1, "a number from 0"),
    ("expected_civilian_deaths", math.nan, "a number from 0"),
    ("expected_civilian_deaths", math.inf, "a number from 0"),
    ("expected_civilian_deaths", "ten", "a number from 0"),
    ("cause_summary", "   ", "text"),
    ("cause_summary", 7, "text"),
    ("member_positions", {"can": "endorse"}, "ISO 3166-1 alpha-3"),
    ("member_positions", {"CAN": "support"}, "ISO 3166-1 alpha-3"),
    ("member_positions", ["CAN"], "ISO 3166-1 alpha-3"),
    ("security_council", "vetoed", "one of authorised, blocked_by_veto"),
]


@pytest.mark.parametrize(("question_id", "value"), GOOD)
def test_valid_values_pass(question_id: str, value: object) -> None:
    check_answer_value(FORCE.question(question_id), value)
    check_answer_value(FORCE.question(question_id), None)  # unanswered is always allowed


@pytest.mark.parametrize(("question_id", "value", "expected"), BAD)
def test_wrong_values_name_the_question_and_what_was_expected(
    question_id: str, value: object, expected: str
) -> None:
    with pytest.raises(InvalidAnswerValue) as caught:
        check_answer_value(FORCE.question(question_id), value)
    error = caught.value
    assert isinstance(error, UserError)
    assert error.question_id == question_id and expected in error.expected
    assert str(error).startswith(f"answer to `{question_id}`: ")


def test_evaluate_rejects_unknown_questions_and_wrong_values() -> None:
    with pytest.raises(UnknownQuestion, match="`colour` is not a question of playbook use-of"):
        evaluate(FORCE, {"colour": "red"}, MEMBERS)
    with pytest.raises(InvalidAnswerValue, match="harm_gravity"):
        evaluate(FORCE, {"harm_gravity": 9}, MEMBERS)


def test_evaluation_is_deterministic_and_does_not_touch_its_inputs() -> None:
    answers = {"harm_gravity": 3, "member_positions": {"AAA": "endorse"}}
    frozen = {"harm_gravity": 3, "member_positions": {"AAA": "endorse"}}
    first = evaluate(FORCE, answers, MEMBERS)
    second = evaluate(FORCE, answers, MEMBERS)
    assert first == second
    assert answers == frozen


def test_nothing_answered_lists_every_required_question() -> None:
    result = evaluate(FORCE, {}, [])
    required = [q.id for q in FORCE.questions() if q.required]
    assert list(result.missing_required) == required
    assert result.authority is None and result.overall_score is None


def test_numbers_are_shown_in_full_with_thousands_grouped() -> None:
    deaths = FORCE.question("expected_civilian_deaths")
    assert describe_value(deaths, 1_000_000) == "1,000,000 deaths"
    assert describe_value(deaths, 2.5) == "2.5 deaths"
    # %g printed these as 2.5e+06 and 1.23457e+06 (issue 13)
    assert describe_value(deaths, 2_500_000.5) == "2,500,000.5 deaths"
    assert describe_value(deaths, 1_234_567.0) == "1,234,567 deaths"
