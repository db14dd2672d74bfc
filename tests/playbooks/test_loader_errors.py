"""Broken playbook files: each must give one InputError `FILE:LINE: dotted.path: problem
(expected …)` pointing at the exact line and field, and nothing else."""

from __future__ import annotations

import pytest

from playbooks.errors import InputError
from playbooks.loader import (
    MAX_PLAYBOOK_BYTES,
    load_playbook,
    load_playbook_bytes,
    load_playbook_text,
)

MINIMAL = """\
id: mini
version: "1.0"
title: Mini
criteria:
  - id: cause
    title: Cause
    guidance: Look at the harm.
    pass_threshold: 0.5
    questions:
      - id: grave
        prompt: Is the harm grave?
        kind: yes_no
"""


def replace_line(number: int, *new_lines: str, text: str = MINIMAL) -> str:
    """MINIMAL with line `number` (1-based) replaced by `new_lines` (none: deleted)."""
    lines = text.splitlines()
    lines[number - 1 : number] = list(new_lines)
    return "\n".join(lines) + "\n"


def insert_after(number: int, *new_lines: str, text: str = MINIMAL) -> str:
    lines = text.splitlines()
    lines[number:number] = list(new_lines)
    return "\n".join(lines) + "\n"


SECOND_QUESTION = [
    "      - id: grave",
    "        prompt: Again?",
    "        kind: yes_no",
]
SECOND_CRITERION = [
    "  - id: cause",
    "    title: Cause again",
    "    guidance: Look again.",
    "    pass_threshold: 0.5",
    "    questions:",
    "      - id: other",
    "        prompt: Other?",
    "        kind: yes_no",
]

CASES = [
    (
        "unknown top-level key",
        insert_after(3, "colour: red"),
        "pb.yaml:4: colour: unknown key `colour` (expected one of: id, version, format, "
        "title, description, sources, settings, authority, criteria, language, languages, "
        "translations)",
    ),
    (
        "unknown question key",
        insert_after(12, "        hint: try harder"),
        "pb.yaml:13: criteria[0].questions[0].hint: unknown key `hint` (expected one of: id, "
        "prompt, guidance, kind, weight, required, about, better, regional_support)",
    ),
    (
        "duplicate key",
        insert_after(3, "title: Again"),
        "pb.yaml:4: title: duplicate key `title` (first given on line 3) (expected each key once)",
    ),
    (
        "wrong type for a threshold",
        replace_line(8, "    pass_threshold: high"),
        "pb.yaml:8: criteria[0].pass_threshold: is the text `high` (expected a number from 0 "
        "to 1)",
    ),
    (
        "threshold above 1",
        replace_line(8, "    pass_threshold: 1.5"),
        "pb.yaml:8: criteria[0].pass_threshold: 1.5 is out of range (expected a number from 0 "
        "to 1)",
    ),
    (
        "double-majority share of 0",
        insert_after(3, "settings:", "  double_majority:", "    state_share: 0"),
        "pb.yaml:6: settings.double_majority.state_share: 0 is out of range (expected a share "
        "above 0 and at most 1, e.g. 0.55)",
    ),
    (
        "population share above 1 on the question",
        replace_line(12, "        kind: member_positions", "        population_share: 1.2"),
        "pb.yaml:13: criteria[0].questions[0].population_share: 1.2 is out of range (expected "
        "a share above 0 and at most 1, e.g. 0.55)",
    ),
    (
        "bad kind",
        replace_line(12, "        kind: slider"),
        "pb.yaml:12: criteria[0].questions[0].kind: `slider` is not a question kind (expected "
        "one of: scale, yes_no, choice, likelihood, confidence, number, text, "
        "member_positions, security_council)",
    ),
    (
        "missing kind",
        replace_line(12),
        "pb.yaml:10: criteria[0].questions[0].kind: is missing (expected one of: scale, yes_no, "
        "choice, likelihood, confidence, number, text, member_positions, security_council)",
    ),
    (
        "duplicate question id in one criterion",
        insert_after(12, *SECOND_QUESTION),
        "pb.yaml:13: criteria[0].questions[1].id: duplicate question id `grave` (first used on "
        "line 10) (expected each question id once in the playbook)",
    ),
    (
        "duplicate criterion id",
        insert_after(12, *SECOND_CRITERION),
        "pb.yaml:13: criteria[1].id: duplicate criterion id `cause` (first used on line 5) "
        "(expected each criterion id once in the playbook)",
    ),
    (
        "question id reused in another criterion",
        insert_after(12, *[line.replace("id: cause", "id: effect").replace("other", "grave")
                           for line in SECOND_CRITERION]),
        "pb.yaml:18: criteria[1].questions[0].id: duplicate question id `grave` (first used on "
        "line 10) (expected each question id once in the playbook)",
    ),
    (
        "empty criteria",
        "\n".join(MINIMAL.splitlines()[:3]) + "\ncriteria: []\n",
        "pb.yaml:4: criteria: is empty (expected a list of at least one criterion)",
    ),
    (
        "missing title",
        replace_line(3),
        "pb.yaml:1: title: is missing (expected a value for `title`)",
    ),
    (
        "missing prompt",
        replace_line(11),
        "pb.yaml:10: criteria[0].questions[0].prompt: is missing (expected a value for `prompt`)",
    ),
    (
        "unquoted version",
        replace_line(2, "version: 1.0"),
        'pb.yaml:2: version: is the number 1.0, not quoted text (expected a quoted dotted '
        'version such as "1.0" or "2.1.3")',
    ),
    (
        "bad version text",
        replace_line(2, 'version: "one"'),
        'pb.yaml:2: version: `one` is not allowed here (expected a quoted dotted version such as '
        '"1.0" or "2.1.3")',
    ),
    (
        "bad playbook id",
        replace_line(1, "id: Mini Book"),
        "pb.yaml:1: id: `Mini Book` is not allowed here (expected lower-case letters, digits "
        "and `_`, `-`, starting with a letter (at most 64))",
    ),
    (
        "yes is not a boolean",
        insert_after(8, "    gate: yes"),
        "pb.yaml:9: criteria[0].gate: is the text `yes` (expected true or false)",
    ),
    (
        "grades on a yes/no question",
        insert_after(12, "        grades: []"),
        "pb.yaml:13: criteria[0].questions[0].grades: `grades` does not apply to a yes_no "
        "question (expected it only for kind scale)",
    ),
    (
        "scale with one grade",
        replace_line(12, "        kind: scale", "        grades:", "          - value: 1",
                     "            label: only"),
        "pb.yaml:13: criteria[0].questions[0].grades: has 1 entries (expected a list of at "
        "least 2 grades)",
    ),
    (
        "grades out of order",
        replace_line(12, "        kind: scale", "        grades:",
                     "          - {value: 2, label: high}", "          - {value: 1, label: low}"),
        "pb.yaml:15: criteria[0].questions[0].grades[1].value: 1 does not follow 2 (expected "
        "grade values in strictly increasing order)",
    ),
    (
        "security council without a score for every status",
        replace_line(12, "        kind: security_council", "        status_scores:",
                     "          authorised: 1", "          blocked_by_veto: 0.5",
                     "          not_sought: 0.2"),
        "pb.yaml:13: criteria[0].questions[0].status_scores.rejected_on_merits: is missing "
        "(expected a value for `rejected_on_merits`)",
    ),
    (
        "number band with one end",
        replace_line(12, "        kind: number", "        full_score_at: 10"),
        "pb.yaml:10: criteria[0].questions[0].zero_score_at: is missing (expected both "
        "full_score_at and zero_score_at, or neither)",
    ),
    (
        "criterion with nothing to score",
        replace_line(12, "        kind: text"),
        "pb.yaml:9: criteria[0].questions: has no required, scored question with a weight "
        "above 0 (expected at least one such question so the criterion can be judged)",
    ),
    (
        "two member-positions questions",
        replace_line(12, "        kind: member_positions", "      - id: again",
                     "        prompt: Again?", "        kind: member_positions"),
        "pb.yaml:13: criteria[0].questions[1].id: a second member_positions question (`grave` "
        "is the first) (expected at most one member_positions question per playbook)",
    ),
    (
        "option score out of range",
        replace_line(12, "        kind: choice", "        options:",
                     "          - {id: a, label: A, score: 1}",
                     "          - {id: b, label: B, score: -0.5}"),
        "pb.yaml:15: criteria[0].questions[0].options[1].score: -0.5 is out of range (expected "
        "a number from 0 to 1)",
    ),
    (
        "source year as text",
        insert_after(3, "sources:", "  - title: A report", "    year: recent"),
        "pb.yaml:6: sources[0].year: is the text `recent` (expected a year such as 2001)",
    ),
    (
        "criteria not a list",
        "\n".join(MINIMAL.splitlines()[:3]) + "\ncriteria: many\n",
        "pb.yaml:4: criteria: is the text `many` (expected a list of at least one criterion)",
    ),
    (
        "a list instead of a mapping",
        "- id: mini\n- version: 1\n",
        "pb.yaml:1: (document): is a list (expected a playbook mapping with id, version, title, "
        "criteria)",
    ),
    (
        "empty file",
        "",
        "pb.yaml:1: (document): the file is empty (expected a YAML mapping)",
    ),
    (
        "aliases",
        insert_after(3, "description: &text Shared", "x_note: *text"),
        "pb.yaml:4: (document): YAML anchors and aliases are not allowed",
    ),
    (
        "broken YAML syntax",
        replace_line(7, "    guidance: [unclosed"),
        None,  # the parser's wording; the line is checked below
    ),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_playbook_reports_file_line_and_field(text: str, message: str | None) -> None:
    with pytest.raises(InputError) as caught:
        load_playbook_bytes(text.encode("utf-8"), "pb.yaml")
    if message is None:
        assert str(caught.value).startswith("pb.yaml:8: (document): not valid YAML")
    else:
        assert str(caught.value) == message


def test_minimal_playbook_loads() -> None:
    playbook = load_playbook_bytes(MINIMAL.encode(), "pb.yaml")
    assert (playbook.id, playbook.version, playbook.title) == ("mini", "1.0", "Mini")
    assert playbook.questions()[0].required and playbook.criteria[0].weight == 1.0


def test_file_errors_name_the_path(tmp_path) -> None:
    missing = tmp_path / "nowhere.yaml"
    with pytest.raises(InputError, match=r"nowhere\.yaml: \(document\): cannot be read"):
        load_playbook(missing)

    non_utf8 = tmp_path / "latin1.yaml"
    non_utf8.write_bytes(MINIMAL.replace("Mini", "Min\xe9").encode("latin-1"))
    with pytest.raises(InputError) as caught:
        load_playbook(non_utf8)
    assert str(caught.value) == (
        f"{non_utf8}:3: (document): not UTF-8 text (expected a UTF-8 encoded YAML file)")

    huge = tmp_path / "huge.yaml"
    huge.write_bytes(MINIMAL.encode() + b"#" * MAX_PLAYBOOK_BYTES)
    with pytest.raises(InputError, match=r"huge\.yaml: \(document\): file is \d+ bytes, too "
                       r"large \(expected at most 1048576 bytes\)"):
        load_playbook(huge)

    deep = tmp_path / "deep.yaml"
    deep.write_text(MINIMAL + "description: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(InputError) as caught:
        load_playbook(deep)
    assert str(caught.value) == (
        f"{deep}:13: (document): nested deeper than 16 levels (expected at most 16 levels "
        "of nesting)")


def test_text_that_cannot_be_utf8_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        load_playbook_text(MINIMAL + "note: \ud800\n", "pb.yaml")
    assert str(caught.value) == (
        "pb.yaml:13: (document): not encodable as UTF-8 text (expected valid Unicode text)")


def test_control_characters_are_named_with_their_line() -> None:
    with pytest.raises(InputError) as caught:
        load_playbook_bytes(replace_line(6, "    title: Ca\x07use").encode(), "pb.yaml")
    assert str(caught.value) == (
        "pb.yaml:6: (document): contains the control character U+0007 (expected printable text)")


def test_errors_are_one_line_and_never_tracebacks() -> None:
    for _name, text, _message in CASES:
        with pytest.raises(InputError) as caught:
            load_playbook_bytes(text.encode(), "pb.yaml")
        assert "\n" not in str(caught.value)
