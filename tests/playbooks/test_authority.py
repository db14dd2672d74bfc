"""The double-majority tally on its own: who counts, and how shares are shown."""

from __future__ import annotations

import pytest

from playbooks.authority import describe_tally, tally_positions
from playbooks.evaluate import evaluate
from playbooks.loader import load_playbook_text
from playbooks.model import MemberInfo
from tests.playbooks.conftest import MEMBERS, builtin

QUESTION = builtin("use-of-force").question("member_positions")  # 55% of states, 65% of people


def test_only_full_members_count_and_others_are_named() -> None:
    positions = {"AAA": "endorse", "SUS": "endorse", "CAN": "endorse", "XYZ": "endorse"}
    result = tally_positions(QUESTION, positions, MEMBERS)
    assert result.tally.states_counted == 10
    assert result.tally.states_endorsing == 1
    assert result.tally.population_counted == 1000
    assert result.notes == (
        "positions of states that are not full members were not counted: CAN, SUS, XYZ",)


def test_an_empty_registry_can_never_give_a_majority() -> None:
    result = tally_positions(QUESTION, {"AAA": "endorse"}, [])
    assert not result.tally.met and result.tally.state_share == 0.0
    assert "no full members" in result.notes[-1]


def test_a_share_just_under_the_threshold_is_never_shown_as_reaching_it() -> None:
    members = [MemberInfo("AAA", "A", 6499, "full"), MemberInfo("BBB", "B", 3501, "full")]
    tally = tally_positions(QUESTION, {"AAA": "endorse"}, members).tally
    assert not tally.met
    text = describe_tally(tally)
    assert "64.99% of the members' population (needed 65%)" in text
    assert text.startswith("double majority not met: 1 of 2 members endorse (50%, needed 55%)")


def test_regional_support_from_a_choice_question() -> None:
    text = """\
id: regional
version: "2"
title: Regional
criteria:
  - id: authority
    title: Authority
    guidance: Who supports it.
    pass_threshold: 0.5
    questions:
      - id: positions
        prompt: Positions?
        kind: member_positions
        state_share: 0.5
        population_share: 0.5
      - id: region
        prompt: What did the regional organisation say?
        kind: choice
        regional_support: true
        options:
          - {id: endorsed, label: endorsed it, score: 1}
          - {id: silent, label: said nothing, score: 0.4}
"""
    playbook = load_playbook_text(text)
    result = evaluate(playbook, {"positions": {"AAA": "endorse"}, "region": "endorsed"}, MEMBERS)
    # 1 of 10 states, 350 of 1000 people: not met; thresholds come from the question
    assert result.authority.state_threshold == 0.5
    assert result.authority.regional_support is True
    assert result.authority.security_council is None
    result = evaluate(playbook, {"positions": {"AAA": "endorse"}, "region": "silent"}, MEMBERS)
    assert result.authority.regional_support is False
    # authority (0 + 0.4)/2 = 0.2 < 0.5
    assert result.criteria[0].score == pytest.approx(0.2)
