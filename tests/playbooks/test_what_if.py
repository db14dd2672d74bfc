"""What-if scenarios (pure): the scenario's evaluation beside the record's, the changes named,
the inputs never touched, each bad change named; and the draws' shortcut (re-judging only the
criteria a draw moves) agreeing with the full verdict rules."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbooks.evaluate import evaluate
from playbooks.model import LIKELIHOOD_TERMS, Verdict
from playbooks.scenario_input import parse_scenario
from playbooks.scoring import score_all
from playbooks.verdict import combine, judge, rescore
from playbooks.what_if import InvalidScenario, Sandbox, Scenario
from tests.playbooks.conftest import FULL, MEMBERS, endorsing
from tests.playbooks.test_use_of_force_2 import PLAYBOOK, REASONED, STRONG

SHORT = {**STRONG, "member_positions": endorsing(["BBB", "CCC", "III"])}


def test_a_scenario_is_evaluated_beside_the_record_and_names_what_changed():
    sandbox = Sandbox(PLAYBOOK, SHORT, MEMBERS, REASONED)
    assert sandbox.record.verdict is Verdict.AUTHORITY_SHORT
    result = sandbox.run(Scenario(positions=dict.fromkeys(["AAA", "DDD", "EEE", "FFF"], "endorse")))
    assert result.record is sandbox.record
    assert result.scenario.verdict is Verdict.LEGITIMATE
    assert result.verdict_changed
    assert result.changed_answers == ("member_positions",)
    [authority] = result.changes
    assert authority.criterion_id == "authority"
    assert (authority.status_before, authority.status_after) == ("fail", "pass")
    assert authority.margin_before < 0 < authority.margin_after
    assert [c.criterion_id for c in result.criteria] == [
        c.criterion_id for c in sandbox.record.criteria
    ]


def test_the_scenario_evaluation_is_the_engine_evaluation_of_the_changed_answers():
    sandbox = Sandbox(PLAYBOOK, STRONG, MEMBERS, REASONED)
    result = sandbox.run(Scenario(answers={"harm_gravity": 2, "success_likelihood": "unlikely"}))
    expected = evaluate(
        PLAYBOOK, {**STRONG, "harm_gravity": 2, "success_likelihood": "unlikely"}, MEMBERS,
        REASONED,
    )
    assert result.scenario == expected
    assert set(result.changed_answers) == {"harm_gravity", "success_likelihood"}


def test_no_change_changes_nothing():
    sandbox = Sandbox(PLAYBOOK, STRONG, MEMBERS, REASONED)
    result = sandbox.run(Scenario())
    assert not result.verdict_changed and result.changes == () and result.changed_answers == ()


def test_an_answer_set_to_none_is_tried_unanswered():
    sandbox = Sandbox(PLAYBOOK, STRONG, MEMBERS, REASONED)
    result = sandbox.run(Scenario(answers={"harm_gravity": None}))
    assert result.scenario.verdict is Verdict.INSUFFICIENT_INFORMATION
    assert "harm_gravity" not in result.answers


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(("civilian_harm", "success_likelihood", "escalation_likelihood")),
        st.sampled_from([t.id for t in LIKELIHOOD_TERMS]),
    ),
    st.dictionaries(
        st.sampled_from(FULL), st.sampled_from(("endorse", "oppose", "abstain", "not_consulted"))
    ),
)
def test_no_scenario_changes_the_inputs_or_the_record_evaluation(changes, positions):
    answers = copy.deepcopy(SHORT)
    kept = copy.deepcopy(answers)
    sandbox = Sandbox(PLAYBOOK, answers, MEMBERS, REASONED)
    record = sandbox.record
    scenario = Scenario(answers=changes, positions=positions)
    sandbox.run(scenario)
    sandbox.endorsements(scenario)
    assert answers == kept
    assert sandbox.answers == kept
    assert sandbox.record is record
    assert evaluate(PLAYBOOK, kept, MEMBERS, REASONED) == record


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        (Scenario(answers={"no_such_question": 1}), "`no_such_question` is not a question"),
        (Scenario(answers={"harm_gravity": 9}), "answer to `harm_gravity`: 9 is not valid"),
        (Scenario(positions={"XXX": "endorse"}), "member XXX: not in the member registry"),
        (Scenario(positions={"AAA": "cheer"}), "position of AAA: 'cheer' is not one of"),
    ],
)
def test_a_bad_change_is_named(scenario, words):
    sandbox = Sandbox(PLAYBOOK, STRONG, MEMBERS, REASONED)
    with pytest.raises(InvalidScenario) as raised:
        sandbox.run(scenario)
    assert words in str(raised.value)


def test_command_line_changes_are_read_by_kind():
    scenario = parse_scenario(
        PLAYBOOK,
        ["harm_gravity=3", "limited_means=no", "success_likelihood=very_likely",
         "regional_support=", "security_council=authorised"],
        ["aaa"],
        ["BBB=abstain", "CCC=not-consulted"],
    )
    assert scenario.answers == {
        "harm_gravity": 3, "limited_means": False, "success_likelihood": "very_likely",
        "regional_support": None, "security_council": "authorised",
    }
    assert scenario.positions == {"AAA": "endorse", "BBB": "abstain", "CCC": "not_consulted"}


@pytest.mark.parametrize(
    ("sets", "positions", "words"),
    [
        (["harm_gravity"], [], "--set 'harm_gravity': expected QUESTION=VALUE"),
        (["gravity=3"], [], "--set gravity: not a question of playbook use-of-force 2.0"),
        (["harm_gravity=lots"], [], "--set harm_gravity=lots: not a valid answer (expected one "
                                    "of the grades"),
        (["success_likelihood=probable"], [], "expected an ICD 203 term"),
        (["member_positions=x"], [], "--set member_positions=x: not a valid answer"),
        ([], ["AAA"], "--position 'AAA': expected ISO=POSITION"),
        ([], ["AAA=cheer"], "--position AAA=cheer: 'cheer' is not one of"),
    ],
)
def test_a_bad_command_line_change_is_named(sets, positions, words):
    with pytest.raises(InvalidScenario) as raised:
        parse_scenario(PLAYBOOK, sets, [], positions)
    assert words in str(raised.value)


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(("civilian_harm", "success_likelihood", "escalation_likelihood")),
        st.floats(0.0, 1.0),
        min_size=1,
    ),
    st.sets(st.sampled_from(FULL)),
)
def test_rejudging_only_the_moved_criteria_agrees_with_the_full_rules(scores, isos):
    answers = {**STRONG, "member_positions": endorsing(isos)}
    scored = score_all(PLAYBOOK, answers, MEMBERS, REASONED)
    base = judge(PLAYBOOK, scored.scores, scored.answered, scored.answers, scored.unsettled)
    changed = {**scored.scores, **scores}
    full = judge(PLAYBOOK, changed, scored.answered, scored.answers, scored.unsettled)
    quick = combine(
        PLAYBOOK,
        tuple(rescore(j, changed, scored.answered, optional_only_raise=True) for j in
              base.criteria),
    )
    assert quick == full


def test_flips_names_the_changes_that_alone_change_the_verdict():
    sandbox = Sandbox(PLAYBOOK, STRONG, MEMBERS, REASONED)
    scenario = Scenario(answers={"harm_gravity": None, "partner_commitment": "firm"})
    assert sandbox.flips(scenario) == ("harm_gravity",)
    alone = Scenario(answers={"harm_gravity": None})
    assert sandbox.flips(alone, sandbox.run(alone)) == sandbox.flips(alone) == ("harm_gravity",)
