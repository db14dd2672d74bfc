"""Options in case files (docs/case-file-format.md, "options[]"): read strictly, each error
naming file, line and field; written back in the case's order; export -> import -> export gives
the same bytes; a file without options reads and writes as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.casefile import export_case_file, import_case_file, parse_case_file
from models.db import Database
from models.workflow import load_assessment
from playbooks.errors import InputError
from playbooks.loader import PlaybookCatalog
from playbooks.options import NO_ACTION
from tests.models.sample import add_members, options_playbook, sample_playbook

PLAYBOOK = options_playbook()


def catalog() -> PlaybookCatalog:
    found = PlaybookCatalog.load(None)
    found.add(PLAYBOOK)
    found.add(sample_playbook())
    return found


CASE = """format_version: 1
title: Northern Strait, three options
playbook:
  id: test-options
  version: "1.0"
answers:
  gravity:
    answer: 2
    rationale: Documented
  lawful:
    answer: true
options:
  - name: no_action
    title: No action
    description: Keep monitoring
    answers:
      halts_harm:
        answer: 0
        rationale: The shelling goes on
  - name: air_strikes
    title: Air strikes
    answers:
      halts_harm:
        answer: 2
        confidence: moderate
  - name: blockade
    title: Naval blockade
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_case_file_carries_its_options_into_a_new_draft(
    database: Database, tmp_path: Path
) -> None:
    add_members(database)
    assessment_id = import_case_file(database, write(tmp_path, CASE), catalog(), "analyst")
    record = load_assessment(database, assessment_id)
    assert [o.name for o in record.options] == [NO_ACTION, "air_strikes", "blockade"]
    assert record.options[1].answers["halts_harm"].confidence == "moderate"
    assert record.options[2].answers == {}


def test_export_import_export_gives_the_same_bytes_with_options(
    database: Database, tmp_path: Path
) -> None:
    add_members(database)
    first = import_case_file(database, write(tmp_path, CASE), catalog(), "analyst")
    text = export_case_file(database, first, catalog())
    assert "options:" in text and "Naval blockade" in text
    second = import_case_file(database, write(tmp_path, text), catalog(), "analyst")
    assert export_case_file(database, second, catalog()) == text


def test_a_file_without_options_exports_without_the_key(
    database: Database, tmp_path: Path
) -> None:
    add_members(database)
    single = CASE[: CASE.index("options:")]
    assessment_id = import_case_file(database, write(tmp_path, single), catalog(), "analyst")
    assert "\noptions:" not in export_case_file(database, assessment_id, catalog())


@pytest.mark.parametrize(
    ("change", "line", "field", "words"),
    [
        (lambda t: t.replace("  - name: blockade\n    title: Naval blockade\n", "")
         .replace("  - name: air_strikes", "  - name: no_action_2").replace(
             "  - name: no_action\n", "  - name: wait\n"),
         None, "options", "no option named no_action"),
        (lambda t: t.replace("name: blockade", "name: air_strikes"), 26,
         "options[2].name", "named twice"),
        (lambda t: t.replace("name: blockade", "name: Blockade!"), 26,
         "options[2].name", "lower-case letters"),
        (lambda t: t.replace("        answer: 2\n        confidence", "        answer: 7\n"
                             "        confidence"), 24,
         "options[1].answers.halts_harm.answer", "grades"),
        (lambda t: t.replace("      halts_harm:\n        answer: 0",
                             "      gravity:\n        answer: 0"), 17,
         "options[0].answers.gravity", "asks per option"),
        (lambda t: t.replace("    title: Naval blockade\n", "    title: Naval blockade\n"
                             "    cost: high\n"), None, "options[2].cost", "unknown"),
        (lambda t: t.replace("  lawful:\n", "  halts_harm:\n    answer: 1\n  lawful:\n"), 10,
         "answers.halts_harm", "asked per option"),
    ],
)
def test_a_bad_option_names_file_line_and_field(change, line, field, words) -> None:
    with pytest.raises(InputError) as raised:
        parse_case_file(change(CASE), "case.yaml", catalog())
    message = str(raised.value)
    assert message.startswith("case.yaml:" + (f"{line}:" if line else ""))
    assert f" {field}" in message and words in message


def test_options_on_a_playbook_asking_nothing_per_option_are_refused() -> None:
    text = CASE.replace("id: test-options", "id: test-joint-action").replace(
        "options:\n", "options:\n", 1)
    text = text.replace("      halts_harm:\n        answer: 0\n        rationale: The shelling "
                        "goes on\n", "      {}\n").replace(
        "      halts_harm:\n        answer: 2\n        confidence: moderate\n", "      {}\n")
    with pytest.raises(InputError, match="asks no question per option"):
        parse_case_file(text, "case.yaml", catalog())
