"""Options in one case: questions about the situation are answered once, questions about the
option per course of action, "no action" is always an option, judged on the consequences of not
acting (High-level Panel 2004, para. 207(e), balance of consequences; ICISS 2001, para. 4.41,
reasonable prospects), and the options are ranked best-judged first."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.errors import InputError
from playbooks.evaluate import evaluate
from playbooks.loader import PlaybookCatalog, load_playbook, load_playbook_text
from playbooks.model import ABOUT_SITUATION, AnswerQualifier, Verdict
from playbooks.options import (
    NO_ACTION,
    InvalidOptions,
    OptionInput,
    evaluate_options,
    option_answers,
    rank_options,
)
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS, builtin

FIXTURE = Path(__file__).parent / "fixtures" / "use-of-force-options.yaml"
PLAYBOOK = load_playbook(FIXTURE)

SITUATION = {
    "harm_gravity": 4,
    "harm_timing": "under_way",
    "collective_support": "broad",
    "non_coercive_options": 2,
    "member_positions": ALL_ENDORSE,
    "security_council": "blocked_by_veto",
    "regional_support": True,
}
STRIKES = {
    "primary_purpose": "protection",
    "limited_means": True,
    "civilian_harm": "unlikely",
    "exit_condition": True,
    "success_likelihood": "likely",
    "escalation_likelihood": "unlikely",
    "partner_commitment": "firm",
}
GROUND = {**STRIKES, "civilian_harm": "likely", "success_likelihood": "roughly_even_chance",
          "partner_commitment": "partial"}
# Standing aside: nothing is used, but nothing halts the harm either.
INACTION = {**STRIKES, "success_likelihood": "very_unlikely", "escalation_likelihood": "unlikely"}
LIKELIHOODS = ("civilian_harm", "success_likelihood", "escalation_likelihood")
REASONED = {q: AnswerQualifier("moderate", "From the planners' estimate and two precedents.")
            for q in LIKELIHOODS}


def option(name: str, answers: dict, title: str = "") -> OptionInput:
    return OptionInput(name, title or name.replace("_", " "), answers, REASONED)


THREE = (
    option(NO_ACTION, INACTION, "No action"),
    option("strikes", STRIKES),
    option("ground", GROUND),
)


# The one built-in version that asks questions per option (issue 15), and 2.1.1, the same in
# English and French (issue 17); every other built-in file, and every version a decided record
# may refer to, asks all its questions once.
PER_OPTION_BUILTINS = {("humanitarian-protection", "2.1"), ("humanitarian-protection", "2.1.1")}


def test_a_question_without_about_is_about_the_situation_so_every_builtin_is_unchanged():
    for playbook in PlaybookCatalog.load(None).all():
        if (playbook.id, playbook.version) in PER_OPTION_BUILTINS:
            continue
        assert not playbook.asks_per_option, playbook.file
        assert {q.about for q in playbook.questions()} == {ABOUT_SITUATION}


def test_humanitarian_protection_2_1_asks_the_means_and_prospects_per_option():
    new = builtin("humanitarian-protection", "2.1")
    old = builtin("humanitarian-protection", "2.0")
    assert {q.id for q in new.option_questions()} == {
        "minimum_scale", "time_limited", "civilian_harm", "ihl_reviewed",
        "halts_suffering", "worse_than_inaction",
    }
    # The same criteria, rules and thresholds: a case without options is judged as under 2.0.
    assert [(c.id, c.gate, c.weight, c.pass_threshold, c.knockouts) for c in new.criteria] == [
        (c.id, c.gate, c.weight, c.pass_threshold, c.knockouts) for c in old.criteria
    ]
    for question in new.option_questions():
        assert "per option" in question.guidance and "no action" in question.guidance


def test_about_option_marks_the_questions_answered_per_option():
    ids = [q.id for q in PLAYBOOK.option_questions()]
    assert "success_likelihood" in ids and "civilian_harm" in ids
    assert "harm_gravity" not in ids and "security_council" not in ids


def test_an_unknown_about_names_file_line_and_field():
    text = FIXTURE.read_text().replace("    about: option", "    about: per_option", 1)
    with pytest.raises(InputError) as raised:
        load_playbook_text(text, "mine.yaml")
    message = str(raised.value)
    assert "mine.yaml:" in message and ".about" in message and "situation, option" in message


def test_each_option_is_judged_on_its_own_answers_with_the_situation_answered_once():
    compared = evaluate_options(PLAYBOOK, SITUATION, THREE, MEMBERS, {})
    strikes = compared.option("strikes").evaluation
    alone = evaluate(PLAYBOOK, {**SITUATION, **STRIKES}, MEMBERS, REASONED)
    assert strikes == alone
    assert strikes.verdict is Verdict.LEGITIMATE


def test_no_action_is_judged_on_the_consequences_of_inaction_hlp_2004_para_207e():
    compared = evaluate_options(PLAYBOOK, SITUATION, THREE, MEMBERS, {})
    inaction = compared.option(NO_ACTION)
    assert inaction.no_action
    # Standing aside very unlikely to halt the harm fails reasonable prospects (ICISS 4.41).
    assert inaction.verdict is Verdict.NOT_LEGITIMATE
    success = next(c for c in inaction.evaluation.criteria if c.criterion_id == "success")
    assert success.status == "fail"


def test_the_best_judged_option_has_the_best_verdict_then_the_higher_score():
    compared = evaluate_options(PLAYBOOK, SITUATION, THREE, MEMBERS, {})
    assert compared.ranking[0] == "strikes"
    assert compared.best.name == "strikes"
    # Both others fail a gate; between them the higher overall score ranks first.
    ground, inaction = compared.option("ground"), compared.option(NO_ACTION)
    assert ground.verdict is inaction.verdict is Verdict.NOT_LEGITIMATE
    assert inaction.evaluation.overall_score > ground.evaluation.overall_score
    assert compared.ranking == ("strikes", NO_ACTION, "ground")


def test_an_exact_tie_goes_to_no_action_acting_must_be_shown_better():
    compared = evaluate_options(
        PLAYBOOK, SITUATION, (option("strikes", STRIKES), option(NO_ACTION, STRIKES)),
        MEMBERS, {},
    )
    assert compared.ranking == (NO_ACTION, "strikes")
    assert rank_options(tuple(reversed(compared.options))) == (NO_ACTION, "strikes")


def test_a_case_answer_to_an_option_question_never_stands_in_for_the_options_own():
    answers = option_answers(PLAYBOOK, {**SITUATION, "success_likelihood": "almost_certain"},
                             option("ground", GROUND))
    assert answers["success_likelihood"] == "roughly_even_chance"
    assert answers["harm_gravity"] == 4


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ((option("strikes", STRIKES),), "2 to 6 options"),
        ((*(option(f"o{i}", STRIKES) for i in range(6)), option(NO_ACTION, {})),
         "2 to 6 options"),
        ((option("strikes", STRIKES), option("ground", GROUND)), "'no_action'"),
        ((option(NO_ACTION, {}), option("strikes", {}), option("strikes", {})), "twice"),
        ((option(NO_ACTION, {}), option("Strikes!", {})), "option name"),
        ((option(NO_ACTION, {"harm_gravity": 1}), option("strikes", {})), "harm_gravity"),
    ],
)
def test_options_a_case_cannot_hold_are_refused_in_words(options, words):
    with pytest.raises(InvalidOptions) as raised:
        evaluate_options(PLAYBOOK, SITUATION, options, MEMBERS)
    assert words in str(raised.value)


def test_a_playbook_asking_nothing_per_option_says_so_when_an_option_answers():
    playbook = builtin("use-of-force", "2.0")
    with pytest.raises(InvalidOptions, match="marks no question `about: option`"):
        evaluate_options(playbook, SITUATION,
                         (option(NO_ACTION, {}), option("strikes", {"limited_means": True})),
                         MEMBERS)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    harm=st.sampled_from([1, 2, 3, 4]),
    council=st.sampled_from(["authorised", "blocked_by_veto", "not_sought"]),
    names=st.lists(st.sampled_from(["strikes", "ground", "blockade", "aid"]), min_size=1,
                   max_size=4, unique=True),
)
def test_without_option_questions_every_option_evaluates_exactly_as_the_single_action(
    harm, council, names
):
    playbook = builtin("use-of-force", "2.0")
    situation = {**SITUATION, **STRIKES, "harm_gravity": harm, "security_council": council}
    single = evaluate(playbook, situation, MEMBERS, REASONED)
    options = (OptionInput(NO_ACTION, "No action"), *(OptionInput(n, n) for n in names))
    compared = evaluate_options(playbook, situation, options, MEMBERS, REASONED)
    assert all(judged.evaluation == single for judged in compared.options)
    assert compared.ranking[0] == NO_ACTION  # all tie: not acting is not shown worse
