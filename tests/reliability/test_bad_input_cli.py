"""The command line, as a real process, on hostile input: one line and exit 2 (1 for a failed
verification), never a traceback or an internal error, and a refused import leaves the whole
database as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.conftest import run_main
from tests.reliability.harness import full_dump, opened

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(8))

HOSTILE_FILES = {
    "binary junk": bytes(range(256)) * 64,
    "alias bomb": BOMB.encode(),
    "NUL bytes": b"format_version: 1\ntitle: \"a\x00b\"\n",
    "deep nesting": b"a: " + b"[" * 5000 + b"]" * 5000 + b"\n",
    "not UTF-8": b"title: \xff\xfe\xfa\n",
}


@pytest.mark.parametrize(("command", "name"), [
    ("assess", "binary junk"), ("assess", "alias bomb"), ("assess", "deep nesting"),
    ("assess", "not UTF-8"), ("members", "NUL bytes"),
])
def test_a_hostile_import_is_one_line_and_changes_nothing(
    database_url: str, tmp_path: Path, name: str, command: str
) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_bytes(HOSTILE_FILES[name])
    with opened(database_url) as db:
        before = full_dump(db)
    result = run_main(command, "import", str(path), db_url=database_url)
    assert result.code == 2, result.err
    assert result.error_line.startswith("concert-desk: ")
    with opened(database_url) as db:
        assert full_dump(db) == before


@pytest.mark.parametrize("text", ['"NEAR( OR \u200f :* & !', "' OR 1=1 -- " + "x" * 100_000])
def test_any_search_text_on_the_command_line(database_url: str, text: str) -> None:
    result = run_main("assess", "list", "--search", text, db_url=database_url)
    assert result.code == 0, result.err


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 100)
    result = run_main("assess", "list", db_url=f"sqlite:///{path}")
    assert result.code == 2
    assert "not a database" in result.error_line


def test_a_damaged_database_is_named_not_an_internal_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    url = f"sqlite:///{path}"
    assert run_main("assess", "new", "--playbook", "use-of-force", "--title", "T",
                    db_url=url).code == 0
    plain = sqlite3.connect(path)
    plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = plain.execute("PRAGMA page_size").fetchone()[0]
    plain.close()
    with open(path, "r+b") as stream:  # the header of a table's page
        stream.seek(4 * page_size)
        stream.write(b"\xde\xad\xbe\xef" * 8)
    result = run_main("assess", "list", db_url=url)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert any("damaged" in line or "integrity" in line for line in lines), result.err


def test_verifying_a_file_that_is_not_a_pdf_fails_in_one_line(database_url: str,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    result = run_main("verify", str(path), db_url=database_url)
    assert result.code == 1
    assert result.error_line.startswith("concert-desk: verification failed")
