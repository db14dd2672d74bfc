"""Bad input the other property tests do not generate: hostile search text (query syntax,
quotes, NUL, bidi marks, lone surrogates, up to 10 MB), hostile and 10 MB values in case files,
registries and playbooks — only one-line user errors, and a refused import leaves the whole
database (a full dump) as it was."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.db import Database
from tests.reliability import badinput

FEW = settings(max_examples=15, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])
WITH_DATABASE = settings(max_examples=25, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large])


@WITH_DATABASE
@given(text=badinput.hostile_text(sizes=(5_000, 100_000)))  # 10 MB: in the long run
def test_any_search_text_gives_results_or_one_line(database: Database, text: str) -> None:
    assert badinput.search_problems(database, text) == []


@FEW
@given(value=badinput.SMALL_HOSTILE, field=st.sampled_from(badinput.CASE_FIELDS))
def test_hostile_case_file_values_are_stored_or_refused_without_a_trace(
    database: Database, tmp_path: Path, value: str, field: str
) -> None:
    content = yaml.safe_dump(badinput.case_file_with(value, field), allow_unicode=True)
    assert badinput.case_file_problems(database, content.encode("utf-8", "surrogatepass"),
                                       tmp_path) == []


@FEW
@given(value=badinput.SMALL_HOSTILE, field=st.sampled_from(badinput.REGISTRY_FIELDS))
def test_hostile_registry_values_are_stored_or_refused_without_a_trace(
    database: Database, tmp_path: Path, value: str, field: str
) -> None:
    assert badinput.registry_problems(database, badinput.registry_with(value, field),
                                      tmp_path) == []


@settings(max_examples=25, deadline=None)
@given(value=badinput.SMALL_HOSTILE, field=st.sampled_from(badinput.PLAYBOOK_FIELDS))
def test_hostile_playbook_values_load_or_give_one_line(value: str, field: str) -> None:
    assert badinput.playbook_problems(badinput.playbook_with(value, field)) == []


def test_ten_megabyte_strings_are_refused_without_a_trace(database: Database,
                                                          tmp_path: Path) -> None:
    """(A 10 MB case file takes PyYAML seconds to read: the long run tries that one.)"""
    for _label, (kind, content) in badinput.ten_megabyte_inputs(tmp_path).items():
        if kind == "case":
            continue
        if kind == "registry":
            assert badinput.registry_problems(database, content, tmp_path) == []
        else:
            assert badinput.playbook_problems(content) == []
