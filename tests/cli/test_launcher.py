"""main.py opens the desktop before building its command line only for the plainest forms:
no arguments, or only --db URL; everything else goes through the full parser."""

from __future__ import annotations

import pytest

from desktop.launcher import database_option, opens_desktop


@pytest.mark.parametrize(
    ("argv", "url"),
    [([], None), (["--db", "sqlite:///x.db"], "sqlite:///x.db"),
     (["--db=postgresql+psycopg://u@h/db"], "postgresql+psycopg://u@h/db"),
     (["--db", ""], ""), (["--db="], "")],
)  # fmt: skip
def test_no_command_opens_the_desktop_on_the_url_given(argv, url) -> None:
    assert opens_desktop(argv)
    assert database_option(argv) == url


def test_without_db_the_environment_names_the_database(monkeypatch) -> None:
    monkeypatch.setenv("CONCERT_DB_URL", "sqlite:///from-env.db")
    assert database_option([]) == "sqlite:///from-env.db"
    monkeypatch.setenv("CONCERT_DB_URL", "")
    assert database_option([]) is None  # the default database


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["-h"], ["members", "list"], ["--db", "x.db", "members", "list"], ["--db"],
     ["--d", "sqlite:///x.db"], ["--db", "--help"], ["--db", "sqlite:///caf\udcc3.db"],
     ["--database", "x"]],
)  # fmt: skip
def test_anything_else_goes_to_the_parser(argv) -> None:
    assert not opens_desktop(argv)
