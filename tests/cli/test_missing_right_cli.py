"""A login without the right to write or read: one line naming the login and what it lacks,
with no SQL statement and none of the case's text on screen or in any log file (issue 18: it
was an internal error quoting the INSERT and its values, with a crash log). PostgreSQL only:
SQLite has no roles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.conftest import run_main
from tests.sessions import login_role, official_login

CASE_TEXT = "Quiet Harbour 7731"  # the case's own words: never in an error or a log


def test_a_reader_saving_gets_one_line_naming_the_roles_that_write(database_url: str,
                                                                tmp_path: Path) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    case = tmp_path / "case.yaml"
    made = run_main("assess", "new", "--playbook", "use-of-force", "--title", CASE_TEXT,
                    db_url=database_url)
    assert run_main("assess", "export", made.out.strip(), "-o", str(case),
                    db_url=database_url).code == 0
    data = tmp_path / "official-data"
    with official_login(database_url, "reader") as (role, url):
        created = run_main("assess", "new", "--playbook", "use-of-force", "--title", CASE_TEXT,
                           db_url=url, env={"CONCERT_DATA_DIR": str(data)})
        imported = run_main("assess", "import", str(case), db_url=url,
                            env={"CONCERT_DATA_DIR": str(data)})
    for result in (created, imported):
        assert result.code == 2, result.err
        assert result.error_line == (
            f"concert-desk: the database login {role} may only read this record: writing needs "
            "the drafter, reviewer or minister role (main.py admin grant)"), result.err
        assert CASE_TEXT not in result.err + result.out
    written = [p for p in data.rglob("*") if p.is_file()] if data.exists() else []
    for path in written:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert CASE_TEXT not in text and "INSERT INTO" not in text, path
    assert not [p for p in written if "log" in p.name], written
    assert os.environ.get("CONCERT_TEST_PG_URL")


def test_a_role_with_no_grants_is_told_which_read_it_lacks(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    with login_role(database_url) as (role, url):
        result = run_main("assess", "list", db_url=url)
    assert result.code == 2
    assert result.error_line == (f"concert-desk: your database role {role} lacks SELECT on "
                                 f"table alembic_version; ask the database administrator")
