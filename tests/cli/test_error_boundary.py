"""The command line's last line of defence: a bug is one line on screen and a log on disk."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

import main


@pytest.fixture
def failing_command() -> Iterator[None]:
    """A sub-command with a bug in it, registered the way every command is."""

    @main.command("selftest", "explode", help="a command with a bug")
    def explode(ctx: main.Context, ns: argparse.Namespace) -> int:
        return 1 // 0

    try:
        yield
    finally:
        main.COMMANDS[:] = [c for c in main.COMMANDS if c.words != ("selftest", "explode")]


def test_an_unexpected_error_is_one_line_exit_3_with_the_traceback_in_a_log(
    failing_command: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code = main.main(["selftest", "explode"])
    captured = capsys.readouterr()
    assert code == main.EXIT_INTERNAL == 3
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("concert-desk: internal error: ZeroDivisionError")
    assert "Traceback" not in captured.err
    log = Path(lines[0].rsplit("(details in ", 1)[1].rstrip(")"))
    assert log.parent == tmp_path / "user-data" / "logs"
    assert "ZeroDivisionError" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_a_user_error_keeps_its_own_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    code = main.main(["--db", "mysql://nobody@nowhere/db", "members", "list"])
    assert code == 2
    assert capsys.readouterr().err.startswith("concert-desk: unsupported database 'mysql'")
