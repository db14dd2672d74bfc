"""The command line as one tool among others: output cut short by a pipe, and arguments in
bytes that the terminal's encoding cannot decode."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from models.db import Database
from models.members import default_registry_path
from models.workflow import create_assessment, save_answer
from playbooks.loader import PlaybookCatalog
from tests.cli.conftest import EXAMPLES, ROOT, Run

PORT_AMSEL = EXAMPLES / "port-amsel-evacuation.yaml"
OUTPUT_CLOSED = 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONIOENCODING": "utf-8"}


def logs(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "user-data" / "logs"  # the test's data folder (tests/conftest.py)
    return sorted(folder.iterdir()) if folder.exists() else []


def into_closed_pipe(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run main.py with its output going into a pipe whose reader is already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the first write (or final flush) fails with EPIPE
    try:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", database_url, *args],
            cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, encoding="utf-8",
            env=environment(), timeout=120, check=False,
        )
    finally:
        os.close(write_end)


def imported(cli: Run) -> str:
    result = cli("assess", "import", str(PORT_AMSEL))
    assert result.code == 0, result.err
    return result.out.strip()


def test_output_into_a_closed_pipe_ends_quietly(cli: Run, database_url: str, tmp_path) -> None:
    assessment_id = imported(cli)
    for args in (
        ("assess", "show", assessment_id),
        ("assess", "export", assessment_id),  # written in one piece, not line by line
        ("members", "list"),
        ("playbooks", "show", "use-of-force"),
    ):
        completed = into_closed_pipe(database_url, *args)
        assert (completed.returncode, completed.stderr) == (OUTPUT_CLOSED, ""), args
    assert logs(tmp_path) == []  # not an internal error: nothing logged


def test_a_write_is_kept_when_only_its_output_is_lost(
    database_url: str, database: Database
) -> None:
    completed = into_closed_pipe(database_url, "assess", "import", str(PORT_AMSEL))
    assert (completed.returncode, completed.stderr) == (OUTPUT_CLOSED, "")
    with database.session() as session:
        assert session.execute(sa.text("SELECT count(*) FROM assessment")).scalar_one() == 1


def long_assessment(database: Database) -> str:
    """A draft whose `assess show` is several times larger than a pipe's buffer (64 KiB)."""
    playbook = PlaybookCatalog.load(None).get("use-of-force")
    assessment_id = create_assessment(database, playbook, title="A long file", actor="analyst")
    paragraph = "The shelling continued through the night near the harbour. " * 1600  # ~96 KB
    for question_id, value in (("cause_summary", paragraph), ("harm_timing", "under_way")):
        save_answer(database, assessment_id, question_id, value, rationale=paragraph,
                    actor="analyst", playbook=playbook)
    return assessment_id


def test_a_reader_that_stops_early_like_head(
    database_url: str, database: Database, tmp_path
) -> None:
    assessment_id = long_assessment(database)
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", database_url, "assess", "show",
         assessment_id],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(),
    )
    assert process.stdout is not None and process.stderr is not None
    first = [process.stdout.readline() for _ in range(5)]  # what `| head -5` reads
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=120) == OUTPUT_CLOSED
    assert first[0].decode("utf-8").strip() == "A long file"
    assert stderr == b""
    assert logs(tmp_path) == []


# --- arguments that are not text in the terminal's encoding ------------------------------------

NOT_UTF8 = "\udcff"  # how Python holds the byte 0xFF of an argument that is not UTF-8


def test_text_arguments_that_are_not_valid_text_are_usage_errors(cli: Run) -> None:
    assessment_id = imported(cli)
    for args, argument in (
        (("assess", "new", "--playbook", "use-of-force", "--title", f"bad {NOT_UTF8}"),
         "--title"),
        (("assess", "show", NOT_UTF8), "id"),
        (("decide", assessment_id, "--decision", "approve", "--by", f"M{NOT_UTF8}"), "--by"),
        (("assess", "list", "--search", NOT_UTF8), "--search"),
    ):
        result = cli(*args)
        assert result.code == 2, (args, result.err)
        assert result.error_line.startswith(
            f"concert-desk: argument {argument}: byte 0xFF at character "
        ), result.err
        assert "is not utf-8 text (check the terminal's encoding)" in result.error_line
    listed = cli("assess", "list")
    assert listed.out.count("\n") == 2 and "decided" not in listed.out  # header and one draft


def test_file_names_in_another_encoding_still_open(
    cli: Run, tmp_path: Path, database: Database
) -> None:
    # "café" in Latin-1 (byte 0xE9): a file name, not text, so it is kept as given.
    case_file = tmp_path / f"caf{chr(0xDCE9)}.yaml"
    case_file.write_bytes(PORT_AMSEL.read_bytes())
    registry = tmp_path / f"registre-{chr(0xDCE9)}.yaml"
    registry.write_bytes(default_registry_path().read_bytes())
    imported = cli("assess", "import", str(case_file))
    assert imported.code == 0, imported.err
    assert cli("members", "import", str(registry)).code == 0
    exported = tmp_path / f"export-{chr(0xDCE9)}.yaml"
    assert cli("assess", "export", imported.out.strip(), "-o", str(exported)).code == 0
    assert exported.read_bytes() == cli("assess", "export", imported.out.strip()).out.encode()
    # The audit entry names the file with the undecodable byte written out.
    with database.session() as session:
        payload = session.execute(
            sa.text("SELECT payload FROM audit_entry WHERE action = 'assessment.import'")
        ).scalar_one()
    assert "caf\\\\xe9.yaml" in payload  # JSON of the label "caf\xe9.yaml"


# --- output encoding ----------------------------------------------------------------------------


def test_output_is_utf8_whatever_the_consoles_code_page(database_url: str) -> None:
    # cp1252 is what Windows gives a redirected stream; Hebrew and Chinese have no place in it.
    title = "Évacuation שלום 撤离"
    narrow = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    command = [sys.executable, str(ROOT / "main.py"), "--db", database_url]
    created = subprocess.run([*command, "assess", "new", "--playbook", "use-of-force",
                              "--title", title], cwd=ROOT, capture_output=True, env=narrow,
                             timeout=120, check=False)
    assert created.returncode == 0, created.stderr
    listed = subprocess.run([*command, "assess", "list"], cwd=ROOT, capture_output=True,
                            env=narrow, timeout=120, check=False)
    assert title in listed.stdout.decode("utf-8")
    missing = subprocess.run([*command, "assess", "show", "שלום"], cwd=ROOT,
                             capture_output=True, env=narrow, timeout=120, check=False)
    assert missing.returncode == 2 and "שלום" in missing.stderr.decode("utf-8")


class _PipeWithReaderGone(io.RawIOBase):
    """A pipe as Windows reports it once its reader has exited: each write fails with EINVAL
    (Linux says EPIPE, which the tests above meet for real)."""

    def __init__(self, error_number: int) -> None:
        self.error_number = error_number

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        raise OSError(self.error_number, os.strerror(self.error_number))


def test_a_closed_pipe_on_windows_ends_quietly_as_on_linux(
    database_url: str, monkeypatch, capsys
) -> None:
    import main

    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(_PipeWithReaderGone(errno.EINVAL)))
    assert main.main(["--db", database_url, "playbooks", "list"]) == OUTPUT_CLOSED
    assert capsys.readouterr().err == ""


def test_another_failed_write_is_not_taken_for_a_closed_pipe(
    database_url: str, monkeypatch, capsys
) -> None:
    import main

    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(_PipeWithReaderGone(errno.ENOSPC)))
    assert main.main(["--db", database_url, "playbooks", "list"]) == 3  # reported, logged
    assert "internal error" in capsys.readouterr().err
