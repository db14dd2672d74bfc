"""What changed between two playbook versions, and what a playbook's numbers amount to."""

from __future__ import annotations

from dataclasses import replace

import pytest

from playbooks.diff import ADDED, CHANGED, REMOVED, diff_playbooks, question_changes
from playbooks.explain import answer_scores, criterion_shares, question_shares, scoring_rule
from playbooks.loader import BUILTIN_FOLDER, load_playbook, load_playbook_text

BASE = """
id: port-inspection
version: "1.0"
title: Joint port inspection
settings:
  legitimate_min_score: 0.65
criteria:
  - id: threat
    title: Threat
    gate: true
    weight: 3
    pass_threshold: 0.6
    guidance: What is suspected?
    questions:
      - id: cargo
        prompt: How likely is the cargo proliferation-relevant?
        kind: likelihood
        weight: 3
      - id: source
        prompt: Where does the tip come from?
        kind: choice
        options:
          - {id: ally, label: An allied service, score: 1}
          - {id: press, label: The press, score: 0.3}
      - id: notes
        prompt: Notes
        kind: text
        required: false
  - id: authority
    title: Authority
    pass_threshold: 0.5
    guidance: Who agrees?
    questions:
      - id: positions
        prompt: Member positions
        kind: member_positions
        state_share: 0.5
        population_share: 0.6
"""


def _version(text: str) -> object:
    return load_playbook_text(text, "pb.yaml")


def test_every_kind_of_change_is_named() -> None:
    old = _version(BASE)
    new = _version(
        BASE.replace('version: "1.0"', 'version: "2.0"')
        .replace("legitimate_min_score: 0.65", "legitimate_min_score: 0.7")
        .replace("    gate: true\n    weight: 3\n", "    weight: 2\n")
        .replace("pass_threshold: 0.6\n    guidance: What is suspected?",
                 "pass_threshold: 0.65\n    guidance: What is suspected?")
        .replace("{id: press, label: The press, score: 0.3}",
                 "{id: press, label: The press, score: 0.2}\n"
                 "          - {id: rumour, label: A rumour, score: 0}")
        .replace("      - id: notes\n        prompt: Notes\n        kind: text\n"
                 "        required: false\n", "")
        .replace("prompt: Member positions", "prompt: What did each member say?")
        + "      - id: council\n        prompt: Security Council?\n        kind: security_council\n"
        "        status_scores: {authorised: 1, blocked_by_veto: 0.5, not_sought: 0.5, "
        "rejected_on_merits: 0}\n"
    )
    diff = diff_playbooks(old, new)
    found = {(c.kind, c.subject): c.details for c in diff.changes}
    assert found[(CHANGED, "playbook")] == ("settings legitimate_min_score 0.65 → 0.7",)
    assert found[(CHANGED, "criterion `threat` (Threat)")] == (
        "no longer a gate", "weight 3 → 2", "passes at 0.6 → 0.65")
    assert found[(CHANGED, "question `source`")] == (
        "option `rumour` added (“A rumour”, scores 0)", "option `press` scores 0.3 → 0.2")
    assert found[(REMOVED, "question `notes`")] == ("was in Threat",)
    assert found[(ADDED, "question `council`")] == (
        "security_council, in Authority: “Security Council?”",)
    assert found[(CHANGED, "question `positions`")] == (
        "prompt reworded: “Member positions” → “What did each member say?”",)
    assert len(diff.changes) == 6
    assert not diff_playbooks(old, _version(BASE + "# a comment\n")).changes


def test_a_moved_question_and_fields_the_diff_does_not_name() -> None:
    old = _version(BASE)
    moved = _version(BASE.replace(
        "      - id: notes\n        prompt: Notes\n        kind: text\n        required: false\n",
        "").replace("        population_share: 0.6\n", "        population_share: 0.6\n"
                    "      - id: notes\n        prompt: Notes\n        kind: text\n"
                    "        required: false\n"))
    (change,) = diff_playbooks(old, moved).changes
    assert change.details == ("moved from Threat to Authority",)
    # A field added to the model later is still compared, shown old → new.
    cargo = old.question("cargo")
    assert question_changes(cargo, replace(cargo, step=0.5)) == ["step 1 → 0.5"]
    assert question_changes(cargo, replace(cargo, extra={"knockout_below": 0.2})) == [
        "extra knockout_below added: 0.2"]


def test_weights_are_normalised_as_evaluation_uses_them() -> None:
    playbook = _version(BASE)
    assert criterion_shares(playbook) == {"threat": 0.75, "authority": 0.25}
    shares = question_shares(playbook)
    assert shares["cargo"].of_criterion == pytest.approx(0.75)
    assert shares["cargo"].overall == pytest.approx(0.5625)
    assert shares["source"].of_criterion == pytest.approx(0.25)
    assert (shares["notes"].of_criterion, shares["notes"].overall) == (0.0, 0.0)  # free text
    assert shares["positions"].overall == pytest.approx(0.25)


def test_every_answer_is_listed_with_its_score() -> None:
    playbook = _version(BASE)
    assert answer_scores(playbook.question("source")) == [("An allied service", 1.0),
                                                          ("The press", 0.3)]
    cargo = dict(answer_scores(playbook.question("cargo")))
    assert cargo["likely (55–80%)"] == pytest.approx(0.675)
    assert scoring_rule(playbook.question("notes")) == "recorded, not scored"
    assert scoring_rule(playbook.question("positions")) == (
        "1 when the double majority is met — at least 50% of the full members endorse and they "
        "hold at least 60% of the full members' population (abstaining, opposing and not being "
        "consulted all count against) — else 0")


def test_the_builtins_weights_add_up() -> None:
    for path in sorted(BUILTIN_FOLDER.glob("*.yaml")):
        playbook = load_playbook(path)
        assert sum(criterion_shares(playbook).values()) == pytest.approx(1.0)
        for criterion in playbook.criteria:
            total = sum(question_shares(playbook)[q.id].of_criterion for q in criterion.questions)
            assert total == pytest.approx(1.0), (path.name, criterion.id)


def test_a_source_whose_note_changed_is_changed_not_removed_and_added() -> None:
    with_sources = BASE.replace(
        "settings:\n",
        "sources:\n  - {title: The Responsibility to Protect, author: ICISS, year: 2001,"
        " note: Synopsis}\n  - {title: Old report, year: 1999}\nsettings:\n", 1)
    later = with_sources.replace('version: "1.0"', 'version: "2.0"').replace(
        "note: Synopsis}", "note: \"Synopsis; paras 6.14-6.15\"}").replace(
        "{title: Old report, year: 1999}", "{title: New report, year: 2004}")
    (change,) = diff_playbooks(_version(with_sources), _version(later)).changes
    assert change.details == (
        "source added: New report",
        "source removed: Old report",
        "source changed: The Responsibility to Protect (note “Synopsis” → “Synopsis; paras "
        "6.14-6.15”)",
    )
