"""Running `main.py` as a real process, the way an official (or a script) runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "desktop" / "help" / "examples"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """The one line a failing command prints (checked to be exactly one)."""
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, f"expected one line on stderr, got: {self.err!r}"
        return lines[0]


Run = Callable[..., Result]


def run_main(*args: str, db_url: str | None = None, env: dict[str, str] | None = None) -> Result:
    command = [sys.executable, str(ROOT / "main.py")]
    if db_url is not None:
        command += ["--db", db_url]
    completed = subprocess.run(
        [*command, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        timeout=120,
        check=False,
    )
    # Whatever happens, a user never sees a traceback.
    assert "Traceback" not in completed.stderr, completed.stderr
    assert "internal error" not in completed.stderr, completed.stderr
    return Result(completed.returncode, completed.stdout, completed.stderr)


@pytest.fixture
def cli(database_url: str) -> Run:
    """`cli("assess", "list")` runs main.py on this test's database."""

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return run_main(*args, db_url=database_url, env=env)

    return run
