"""The doors issue 12 found open, tried as an attacker or a careless script would, through the
command line as a real process (one scenario per door; each was shown failing before its fix):

- files: an export or identity written over the open database, its WAL, an identity, a pipe or
  an existing file without --force; the record, logs and test CA created readable by others;
  the test CA's key unencrypted.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from tests.reliability.harness import Outcome

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "port-amsel-evacuation.yaml"
PASSPHRASE = "a passphrase for the doors"


class Cli:
    """main.py as a real process, in its own user data folder and database."""

    def __init__(self, folder: Path, db_url: str) -> None:
        self.folder = folder
        self.data_dir = folder / "user-data"
        self.db_url = db_url

    def __call__(self, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", self.db_url, *args],
            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=300,
            check=False,
            env={**os.environ, "CONCERT_DATA_DIR": str(self.data_dir),
                 "CONCERT_PASSPHRASE": PASSPHRASE, "PYTHONIOENCODING": "utf-8", **env},
        )


def refused(result: subprocess.CompletedProcess[str], *words: str) -> list[str]:
    """Exit 2 with one line on stderr that holds `words`, and no traceback."""
    lines = result.stderr.strip().splitlines()
    problems = []
    if result.returncode != 2:
        problems.append(f"exit {result.returncode}, expected 2 ({result.stderr.strip()[:160]})")
    if len(lines) != 1:
        problems.append(f"{len(lines)} lines on stderr: {result.stderr[:200]!r}")
    if "Traceback" in result.stderr or "internal error" in result.stderr:
        problems.append("a traceback or internal error")
    missing = [w for w in words if lines and w not in lines[-1]]
    if missing:
        problems.append(f"the line does not say {missing}: {lines[-1][:160] if lines else ''}")
    return problems


def _imported(cli: Cli) -> str:
    result = cli("assess", "import", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1].split()[-1]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def files(folder: Path) -> Outcome:
    """Nothing written over without intent; owner-only files; the test CA key encrypted."""
    outcome = Outcome("files: nothing written over without intent, owner-only, keys encrypted")
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "record.db"
    cli = Cli(folder, f"sqlite:///{db_path}")
    assessment = _imported(cli)
    identity = folder / "drafter.p12"
    made = cli("identity", "new", "--name", "Ana Drafter", "-o", str(identity))
    outcome.trial([] if made.returncode == 0 else [f"identity new: {made.stderr.strip()}"],
                  "a first identity")

    def kept(path: Path, check: Callable[[], list[str]], label: str, *words: str,
             args: tuple[str, ...] = ()) -> None:
        before = path.read_bytes() if path.is_file() else None
        problems = check()
        if before is not None and (not path.is_file() or path.read_bytes() != before):
            problems.append(f"{path.name} was written over")
        outcome.trial(problems, label)

    def export_to(target: Path, *extra: str) -> subprocess.CompletedProcess[str]:
        return cli("assess", "export", assessment, "-o", str(target), *extra)

    kept(db_path, lambda: refused(export_to(db_path, "--force"), "open record database"),
         "assess export -o the open database (--force)")
    wal = db_path.with_name(db_path.name + "-wal")
    kept(wal, lambda: refused(export_to(wal, "--force"), "open record database"),
         "assess export -o the database's WAL")
    kept(identity, lambda: refused(cli("identity", "new", "--name", "Eve", "-o", str(identity),
                                       "--force"), "signing identity"),
         "identity new -o an existing identity (--force)")
    renamed = folder / "key-backup.bin"
    renamed.write_bytes(identity.read_bytes())
    kept(renamed, lambda: refused(export_to(renamed, "--force"), "signing identity"),
         "assess export -o an identity under another name")
    pipe = folder / "a-pipe"
    os.mkfifo(pipe)
    link = folder / "link-to-pipe"
    link.symlink_to(pipe)
    for target in (pipe, link):
        problems = refused(export_to(target, "--force"), "not a regular file")
        if not stat.S_ISFIFO(os.stat(target).st_mode):
            problems.append("the pipe was replaced by a file")
        outcome.trial(problems, f"assess export -o {target.name}")
    existing = folder / "notes.yaml"
    existing.write_text("someone's notes\n")
    kept(existing, lambda: refused(export_to(existing), "--force"),
         "assess export -o an existing file without --force")
    forced = export_to(existing, "--force")
    outcome.trial([] if forced.returncode == 0 and existing.read_text() != "someone's notes\n"
                  else [f"--force did not replace it: {forced.stderr.strip()}"],
                  "assess export -o an existing file with --force")
    decided = cli("decide", assessment, "--decision", "approve", "--by", "Minister")
    memo_file = folder / "memo.pdf"
    memo_file.write_bytes(b"an older file\n")
    kept(memo_file, lambda: refused(cli("memo", assessment, "-o", str(memo_file)), "--force")
         + _memo_count_problems(cli.db_url, 0) if decided.returncode == 0
         else [f"decide: {decided.stderr.strip()}"],
         "memo -o an existing file: refused before anything is issued")
    # Owner-only: the user folder, the record and its side files, the test CA, logs.
    problems = []
    for path in (cli.data_dir, cli.data_dir / "test-ca"):
        if _mode(path) & 0o077:
            problems.append(f"{path.name} is {oct(_mode(path))}")
    for path in (db_path, wal, cli.data_dir / "test-ca" / "test-ca-key.pem", existing):
        if path.exists() and _mode(path) & 0o077:
            problems.append(f"{path.name} is {oct(_mode(path))}")
    outcome.trial(problems, "owner-only folders and files")
    key = (cli.data_dir / "test-ca" / "test-ca-key.pem").read_bytes()
    outcome.trial([] if b"ENCRYPTED PRIVATE KEY" in key else ["the test CA key is not encrypted"],
                  "the test CA's key encrypted at rest")
    return outcome


def _memo_count_problems(url: str, expected: int) -> list[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            count = connection.execute(sa.text("SELECT count(*) FROM memo")).scalar_one()
    finally:
        engine.dispose()
    return [] if count == expected else [f"{count} memos stored, expected {expected}"]
