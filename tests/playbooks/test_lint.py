"""`playbooks check` as a linter (issue 11, item 2): every error of a file in one run, each with
its file, line and field; "did you mean" for typos; YAML syntax errors in plain words; warnings
for rules no answer can satisfy; the effective weights in %. Loading a playbook for use still
stops at the first error."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given

from playbooks.errors import InputError
from playbooks.lint import effective_weights, lint_playbook_bytes, percents
from playbooks.loader import BUILTIN_FOLDER, load_playbook_bytes
from tests.cli.conftest import run_main
from tests.playbooks.test_loader_fuzz import FUZZ, edited_texts, mutated_documents

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# Five mistakes, one per line marked: a misspelt key, a weight out of range, an unknown kind,
# a knock-out naming a question that does not exist, a pass mark above 1.
FIVE_ERRORS = """\
id: five
version: "1.0"
title: Five errors
criteria:
  - id: cause
    title: Cause
    guidance: Look at the harm.
    pass_treshold: 0.5
    weight: -2
    questions:
      - id: harm
        prompt: How grave is the harm?
        kind: scale
        grades:
          - {value: 1, label: minor}
          - {value: 2, label: grave}
      - id: timing
        prompt: When?
        kind: yes_or_no
    knockouts:
      - question: harms
        at_least: 2
  - id: means
    title: Means
    guidance: Look at the means.
    pass_threshold: 1.5
    questions:
      - id: minimum_scale
        prompt: Is the scale the minimum needed?
        kind: yes_no
"""


def lint(text: str, name: str = "pb.yaml"):
    return lint_playbook_bytes(text.encode("utf-8"), name)


def test_a_file_with_five_errors_reports_all_five_with_their_lines() -> None:
    report = lint(FIVE_ERRORS)
    assert [(e.line, e.field) for e in report.errors] == [
        (8, "criteria[0].pass_treshold"),
        (9, "criteria[0].weight"),
        (19, "criteria[0].questions[1].kind"),
        (21, "criteria[0].knockouts[0].question"),
        (26, "criteria[1].pass_threshold"),
    ]
    assert all(str(e).startswith(f"pb.yaml:{e.line}: ") for e in report.errors)
    assert report.playbook is None and report.warnings == []


def test_loading_for_use_still_raises_the_first_error_only() -> None:
    with pytest.raises(InputError) as caught:
        load_playbook_bytes(FIVE_ERRORS.encode(), "pb.yaml")
    assert str(caught.value) == str(lint(FIVE_ERRORS).errors[0])


def test_did_you_mean_for_keys_kinds_and_references() -> None:
    messages = [e.problem for e in lint(FIVE_ERRORS).errors]
    assert "unknown key `pass_treshold` — did you mean `pass_threshold`?" in messages
    assert "`yes_or_no` is not a question kind — did you mean `yes_no`?" in messages
    assert "`harms` is not a question of this criterion — did you mean `harm`?" in messages


def test_a_misspelt_key_is_read_as_the_key_meant_and_not_also_reported_missing() -> None:
    # pass_treshold stands for the required pass_threshold: not "is missing" as well...
    assert not any(e.field == "criteria[0].pass_threshold" for e in lint(FIVE_ERRORS).errors)
    # ...and its value is checked as the pass mark's.
    report = lint(FIVE_ERRORS.replace("pass_treshold: 0.5", "pass_treshold: 7"))
    assert [str(e) for e in report.errors if e.line == 8] == [
        "pb.yaml:8: criteria[0].pass_treshold: unknown key `pass_treshold` — did you mean "
        "`pass_threshold`? (expected one of: id, title, guidance, role, gate, weight, "
        "pass_threshold, questions, knockouts, bases)",
        "pb.yaml:8: criteria[0].pass_threshold: 7 is out of range (expected a number from 0 "
        "to 1)",
    ]


def test_a_question_that_cannot_be_read_is_not_reported_again_where_it_is_named() -> None:
    text = FIVE_ERRORS.replace("question: harms", "question: timing")
    assert not any(e.field.startswith("criteria[0].knockouts") for e in lint(text).errors)


def test_a_line_indented_too_far_is_explained_in_plain_words() -> None:
    text = FIVE_ERRORS.replace("    weight: -2\n", "      weight: 2\n")
    (error,) = lint(text).errors
    assert error.line == 9
    assert error.problem.startswith(
        "not valid YAML: this line is indented more than the one above it (line 8), which "
        "already has its value"
    )


@pytest.mark.parametrize(
    ("edit", "line", "words"),
    [
        (("    weight: -2\n", "\tweight: 2\n"), 9, "a tab character"),
        (("  - id: means\n", " - id: means\n"), 23, "indented differently"),
        (("    title: Means\n", "   title: Means\n"), 24, "line it up"),
        (("prompt: When?", "prompt: When: now?"), 18, "a `: ` inside the text of a value"),
        (("title: Five errors", 'title: "Five errors'), 3, "never closed"),
    ],
    ids=["tab", "list entry", "between two indents", "colon in text", "open quote"],
)
def test_yaml_syntax_errors_name_the_line_and_what_to_change(
    edit: tuple[str, str], line: int, words: str
) -> None:
    (error,) = lint(FIVE_ERRORS.replace(*edit)).errors  # not YAML: one error, nothing after
    assert error.line == line and words in error.problem
    with pytest.raises(InputError) as caught:  # the loader says the same
        load_playbook_bytes(FIVE_ERRORS.replace(*edit).encode(), "pb.yaml")
    assert str(caught.value) == str(error)


WARNED = """\
id: warned
version: "1.0"
title: Rules no answer can satisfy
settings:
  legitimate_min_score: 0.95
criteria:
  - id: cause
    title: Cause
    guidance: Look at the harm.
    gate: true
    pass_threshold: 0.99
    questions:
      - id: harm
        prompt: How grave is the harm?
        kind: choice
        options:
          - {id: grave, label: Grave, score: 0.98}
          - {id: minor, label: Minor, score: 0.2}
  - id: means
    title: Means
    guidance: Look at the means.
    pass_threshold: 0.5
    questions:
      - id: route
        prompt: Which route?
        kind: choice
        options:
          - {id: land, label: By land, score: 0.5}
          - {id: sea, label: By sea, score: 0.5}
      - id: troops
        prompt: How many troops (thousands)?
        kind: number
        min: 0
        max: 10
        full_score_at: 0
        zero_score_at: 10
      - id: duration
        prompt: How long, in months?
        kind: scale
        grades:
          - {value: 1, label: weeks}
          - {value: 2, label: months}
          - {value: 3, label: years}
        better: lower
    knockouts:
      - question: troops
        at_least: 20
      - question: duration
        at_least: 1
"""


def warnings_of(text: str) -> dict[str, str]:
    report = lint(text)
    assert report.errors == [], report.errors
    return {w.field: w.problem for w in report.warnings}


def test_a_gate_no_answer_can_pass_is_warned_about() -> None:
    # Pass mark 0.99, best answer 0.98: the action could never be judged legitimate.
    problem = warnings_of(WARNED)["criteria[0].pass_threshold"]
    assert problem == (
        "no answers can reach this gate's pass mark: it is 0.99, the best possible score is "
        "0.98, so the action can never be judged legitimate"
    )


def test_options_that_all_score_the_same_are_warned_about() -> None:
    problem = warnings_of(WARNED)["criteria[1].questions[0].options"]
    assert problem.startswith("every answer to `route` scores 0.5: the answer cannot change")


def test_knock_outs_that_every_answer_fails_or_every_answer_meets_are_warned_about() -> None:
    found = warnings_of(WARNED)
    assert found["criteria[1].knockouts[0]"] == (
        "no answer to `troops` meets this knock-out, so `means` can never pass"
    )
    assert found["criteria[1].knockouts[1]"] == (
        "every answer to `duration` meets this knock-out: it never knocks `means` out"
    )


def test_a_legitimate_min_score_no_answers_reach_is_warned_about() -> None:
    assert warnings_of(WARNED)["settings.legitimate_min_score"].startswith(
        "no answers can reach it: it is 0.95, the best possible overall score is 0.91"
    )


def test_an_authority_route_no_answer_meets_is_warned_about() -> None:
    # ICISS 2001 para. 6.14 (the Council first) as a route, and a knock-out refusing the very
    # answer the route needs: the route can only be met where the criterion fails.
    text = (FIXTURES / "concert-routes.yaml").read_text(encoding="utf-8") + (
        "    knockouts:\n      - question: security_council\n        not_in: [authorised]\n"
    )
    found = warnings_of(text)
    assert found == {
        "authority.routes[0].when.security_council": (
            "no answer meets route `council`'s condition: every answer it accepts to "
            "`security_council` knocks `authority` out, so the route is met only where the "
            "criterion fails"
        )
    }


def test_a_sound_playbook_has_no_warnings() -> None:
    assert warnings_of((FIXTURES / "concert-routes.yaml").read_text(encoding="utf-8")) == {}


def test_the_effective_weights_are_shown_in_percent_summing_to_100() -> None:
    playbook = lint(WARNED.replace("legitimate_min_score: 0.95", "legitimate_min_score: 0.5")
                    .replace("    pass_threshold: 0.5\n", "    pass_threshold: 0.5\n    weight: 2\n"
                             )).playbook
    assert playbook is not None
    weights = effective_weights(playbook)
    assert [(w.criterion_id, w.overall) for w in weights] == [("cause", 33.3), ("means", 66.7)]
    assert [(q.question_id, q.of_criterion) for q in weights[1].questions] == [
        ("route", 33.4), ("troops", 33.3), ("duration", 33.3)]
    assert sum(w.overall for w in weights) == pytest.approx(100.0)


def test_percents_always_add_up_to_exactly_100() -> None:
    shares = {str(n): 1 / 7 for n in range(7)}
    assert sum(percents(shares).values()) == pytest.approx(100.0, abs=1e-9)
    assert percents({"a": 0.0, "b": 0.0}) == {"a": 0.0, "b": 0.0}


@pytest.mark.parametrize("path", sorted(BUILTIN_FOLDER.glob("*.yaml")), ids=lambda p: p.name)
def test_every_built_in_playbook_checks_clean(path: Path) -> None:
    report = lint_playbook_bytes(path.read_bytes(), str(path))
    assert report.errors == [] and report.warnings == []
    for criterion in effective_weights(report.playbook):
        counted = [q.of_criterion for q in criterion.questions]
        assert sum(counted) == pytest.approx(100.0), criterion.criterion_id


def test_the_check_command_prints_every_error_and_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "five.yaml"
    broken.write_text(FIVE_ERRORS, encoding="utf-8")
    result = run_main("playbooks", "check", str(broken))
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert [line.split(": ")[0] for line in lines[:5]] == [
        f"{broken}:{n}" for n in (8, 9, 19, 21, 26)
    ]
    assert lines[5] == f"{broken}: 5 errors"


def test_the_check_command_with_warnings_only_prints_them_and_exits_0(tmp_path: Path) -> None:
    warned = tmp_path / "warned.yaml"
    warned.write_text(WARNED, encoding="utf-8")
    result = run_main("playbooks", "check", str(warned))
    assert result.code == 0, result.err
    assert f"{warned}: ok (warned 1.0" in result.out
    assert "cause" in result.out and "50.0%" in result.out  # the weights
    assert f"warning: {warned}:11: criteria[0].pass_threshold: no answers can reach" in result.err
    assert result.err.count("warning: ") == 5


def _lint_agrees_with_the_loader(text: str) -> None:
    content = text.encode("utf-8", "surrogatepass")
    report = lint_playbook_bytes(content, "fuzz.yaml")
    try:
        load_playbook_bytes(content, "fuzz.yaml")
    except InputError as error:
        assert str(error) in [str(e) for e in report.errors]
        return
    assert report.errors == [] and report.playbook is not None


@FUZZ
@given(mutated_documents())
def test_the_linter_finds_the_loaders_error_in_any_mutated_playbook(text: str) -> None:
    _lint_agrees_with_the_loader(text)


@FUZZ
@given(edited_texts())
def test_the_linter_finds_the_loaders_error_in_any_edited_playbook(text: str) -> None:
    _lint_agrees_with_the_loader(text)
