"""`backup` and `restore --verify` as real processes on real SQLite files: a backup taken while
another process writes, tampered backups, a backup older than the installation's anchor, and
restores that `audit verify --archive` then accepts."""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.conftest import EXAMPLES, ROOT, Result, run_main
from tests.support import copy_sqlite, make_sqlite_template

PORT_AMSEL = str(EXAMPLES / "port-amsel-evacuation.yaml")


@pytest.fixture(scope="module")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_sqlite_template(tmp_path_factory.mktemp("backup-template"))


@pytest.fixture
def record(_template: Path, tmp_path: Path) -> Iterator[Path]:
    """A SQLite record (always SQLite: these are the SQLite backup's tests)."""
    path = tmp_path / "record" / "concert.db"
    path.parent.mkdir()
    copy_sqlite(_template, path)
    yield path


def cli(record: Path, *args: str) -> Result:
    return run_main(*args, db_url=f"sqlite:///{record}")


def imported(record: Path) -> str:
    result = cli(record, "assess", "import", PORT_AMSEL)
    assert result.code == 0, result.err
    return result.out.strip().splitlines()[-1]


def entries(path: Path) -> tuple[int, int]:
    """(audit entries, the head row's seq) of a SQLite file, read directly."""
    plain = sqlite3.connect(path)
    try:
        count = plain.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        head = plain.execute("SELECT seq FROM audit_head WHERE id = 1").fetchone()[0]
    finally:
        plain.close()
    return count, head


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backed_up(record: Path, target: Path) -> None:
    result = cli(record, "backup", "-o", str(target))
    assert result.code == 0, result.err
    assert f"backup written: {target}" in result.out


def edit_behind_the_triggers(path: Path, statement: str, *params: object) -> None:
    """What someone holding the file could do with sqlite3: drop the triggers, edit, put the
    triggers back."""
    plain = sqlite3.connect(path)
    try:
        triggers = plain.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        kept = triggers.fetchall()
        for name, _ in kept:
            plain.execute(f'DROP TRIGGER "{name}"')
        assert plain.execute(statement, params).rowcount == 1
        for _, sql in kept:
            plain.execute(sql)
        plain.commit()
    finally:
        plain.close()


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from models.casefile import import_case, read_case_file
    from models.location import user_playbook_folder
    from models.opening import open_record
    from models.playbook_store import RecordPlaybooks
    from playbooks.loader import PlaybookCatalog

    url, case_file, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    db = open_record(url)
    catalog = PlaybookCatalog.load(user_playbook_folder(), record=RecordPlaybooks(db))
    case = read_case_file(case_file, catalog)
    written = 0
    while not stop.exists():
        import_case(db, case, actor="Field writer")
        written += 1
    db.close()
    print(written)
""")


def test_a_backup_taken_while_another_process_writes_is_consistent_and_verifies(
    record: Path, tmp_path: Path
) -> None:
    imported(record)
    assert cli(record, "audit", "verify").code == 0  # the installation notes its head: the anchor
    stop = tmp_path / "stop-writing"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, f"sqlite:///{record}", PORT_AMSEL, str(stop)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    backups = [tmp_path / f"during-{n}.db" for n in range(3)]
    try:
        for backup in backups:
            before = entries(record)[0]
            while entries(record)[0] == before:  # the writer has committed since the last one
                assert writer.poll() is None, writer.communicate()
            backed_up(record, backup)
        assert writer.poll() is None  # it was still writing after the last backup
    finally:
        stop.touch()
        out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert int(out) >= 3
    heads = []
    for backup in backups:
        count, head = entries(backup)
        assert count == head  # the head row and the entries come from the same commit
        heads.append(head)
        assert not list(backup.parent.glob(f".{backup.name}.*"))  # no temporary left behind
        assert not Path(f"{backup}-wal").exists()  # one self-contained file
        checked = cli(record, "restore", str(backup), "--verify")
        assert checked.code == 0, checked.err
        assert f"archive intact: {head} audit entries" in checked.out
        assert "anchor: holds the audit head this installation last saw" in checked.out
    assert heads == sorted(heads) and heads[0] < heads[-1] < entries(record)[0]


def test_a_backup_with_an_edited_audit_entry_is_refused_naming_it(
    record: Path, tmp_path: Path
) -> None:
    imported(record)
    backup = tmp_path / "backup.db"
    backed_up(record, backup)
    edit_behind_the_triggers(backup, "UPDATE audit_entry SET actor = 'someone else' WHERE seq = 2")
    tampered, live = digest(backup), digest(record)
    target = tmp_path / "restored.db"
    refused = cli(record, "restore", str(backup), "--verify", "--to", str(target))
    assert refused.code == 1
    assert refused.error_line.startswith(f"concert-desk: {backup}: restore refused: ")
    assert "audit chain broken at entry 2: entry 2 was altered" in refused.error_line
    assert refused.out == ""
    assert not target.exists() and not list(tmp_path.glob(".concert-restore-*"))
    assert digest(backup) == tampered and digest(record) == live
    refused = cli(record, "restore", str(backup), "--verify", "--replace")
    assert refused.code == 1 and "entry 2 was altered" in refused.error_line
    assert digest(record) == live


def test_a_backup_with_an_altered_memo_is_refused_naming_the_memo(
    record: Path, tmp_path: Path
) -> None:
    assessment = imported(record)
    assert cli(record, "decide", assessment, "--decision", "approve", "--by", "Minister").code == 0
    issued = cli(record, "memo", assessment, "-o", str(tmp_path / "memo.pdf"))
    assert issued.code == 0, issued.err
    backup = tmp_path / "backup.db"
    backed_up(record, backup)
    assert cli(record, "restore", str(backup), "--verify").code == 0
    plain = sqlite3.connect(backup)
    memo_id, pdf = plain.execute("SELECT id, pdf FROM memo").fetchone()
    plain.close()
    altered = bytearray(pdf)
    altered[len(altered) // 2] ^= 0x01  # one bit of the stored PDF
    edit_behind_the_triggers(backup, "UPDATE memo SET pdf = ? WHERE id = ?", bytes(altered),
                             memo_id)
    tampered, live = digest(backup), digest(record)
    refused = cli(record, "restore", str(backup), "--verify", "--replace")
    assert refused.code == 1
    assert digest(backup) == tampered and digest(record) == live
    assert refused.error_line.startswith(f"concert-desk: {backup}: restore refused: ")
    assert f"memo {memo_id} recorded in entry" in refused.error_line
    assert "was changed or deleted" in refused.error_line


def test_a_backup_older_than_the_anchor_is_refused_as_a_rollback(
    record: Path, tmp_path: Path
) -> None:
    imported(record)
    backup = tmp_path / "last-week.db"
    backed_up(record, backup)
    old_head = entries(backup)[1]
    imported(record)  # recorded since; the command line notes the new head on closing
    live = digest(record)
    target = tmp_path / "restored.db"
    for where in (("--to", str(target)), ("--replace",), ()):
        refused = cli(record, "restore", str(backup), "--verify", *where)
        assert refused.code == 1
        assert refused.error_line.startswith(
            f"concert-desk: {backup}: restore refused: rolled back: the backup's audit chain "
            f"ends at entry {old_head}, older than entry {entries(record)[1]}")
        assert not target.exists() and digest(record) == live
    # Said explicitly, it may be put somewhere else; the installation still flags it there.
    accepted = cli(record, "restore", str(backup), "--verify", "--replace", "--accept-rollback")
    assert accepted.code == 0, accepted.err
    assert "restored all the same (--accept-rollback)" in accepted.out
    assert entries(record)[1] == old_head
    writing = cli(record, "assess", "import", PORT_AMSEL)
    assert writing.code == 2 and "writes are refused" in writing.err


def test_a_good_backup_restores_and_the_archive_check_accepts_it(
    record: Path, tmp_path: Path
) -> None:
    imported(record)
    backup = tmp_path / "backup.db"
    backed_up(record, backup)
    kept = digest(backup)
    target = tmp_path / "elsewhere" / "restored.db"
    target.parent.mkdir()
    restored = cli(record, "restore", str(backup), "--verify", "--to", str(target))
    assert restored.code == 0, restored.err
    assert f"restored to: {target}" in restored.out
    assert digest(backup) == kept  # the backup itself is never opened
    archive = cli(target, "audit", "verify", "--archive")
    assert archive.code == 0, archive.err
    assert "archive intact" in archive.out
    again = cli(record, "restore", str(backup), "--verify", "--to", str(target))
    assert again.code == 2 and "exists; give --force" in again.error_line

    # The record lost: its header overwritten. --replace puts the checked copy in its place
    # and keeps the damaged file beside it.
    record.write_bytes(b"\0" * 4096)
    replaced = cli(record, "restore", str(backup), "--verify", "--replace")
    assert replaced.code == 0, replaced.err
    assert f"restored in place of the record: {record}" in replaced.out
    assert list(record.parent.glob("concert.db.damaged-*"))
    archive = cli(record, "audit", "verify", "--archive")
    assert archive.code == 0, archive.err
    assert entries(record) == entries(backup)


def test_replace_writes_a_checked_backup_over_a_record_that_was_tampered_with(
    record: Path, tmp_path: Path
) -> None:
    imported(record)
    backup = tmp_path / "backup.db"
    backed_up(record, backup)
    edit_behind_the_triggers(record, "UPDATE audit_entry SET actor = 'someone else' WHERE seq = 2")
    assert cli(record, "audit", "verify").code == 1
    checked_only = cli(record, "restore", str(backup), "--verify")
    assert "nothing was put in place" in checked_only.out
    assert cli(record, "audit", "verify").code == 1  # untouched without --replace
    replaced = cli(record, "restore", str(backup), "--verify", "--replace")
    assert replaced.code == 0, replaced.err
    assert cli(record, "audit", "verify", "--archive").code == 0


def test_bad_requests_are_one_line_and_change_nothing(record: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.db"
    backed_up(record, backup)
    live = digest(record)
    unverified = cli(record, "restore", str(backup))
    assert unverified.code == 2 and "give --verify" in unverified.error_line
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("hello", encoding="utf-8")
    wrong = cli(record, "restore", str(not_sqlite), "--verify")
    assert wrong.code == 2 and "is not a SQLite backup" in wrong.error_line
    missing = cli(record, "restore", str(tmp_path / "nowhere.db"), "--verify")
    assert missing.code == 2 and "no such backup file" in missing.error_line
    onto_record = cli(record, "backup", "-o", str(record))
    assert onto_record.code == 2 and "open record database" in onto_record.error_line
    onto_live = cli(record, "restore", str(backup), "--verify", "--to", str(record))
    assert onto_live.code == 2 and "open record database" in onto_live.error_line
    assert digest(record) == live


def test_postgresql_the_printed_commands_back_up_and_restore_verifies_the_copy(
    database_url: str, tmp_path: Path
) -> None:
    """On the real local server: the commands `backup` prints for a PostgreSQL record, run as
    printed, give a database that `restore URL --verify` accepts; it is refused once the record
    has moved on (rollback), and when an entry of it was edited."""
    if not database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL record (CONCERT_TEST_PG_URL)")
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not installed")
    import sqlalchemy as sa

    url = sa.engine.make_url(database_url)
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}

    def run(*args: str) -> Result:
        return run_main(*args, db_url=database_url)

    assert run("assess", "import", PORT_AMSEL).code == 0
    assert run("audit", "verify").code == 0  # the anchor
    dump = tmp_path / "record.dump"
    printed = run("backup", "-o", str(dump))
    assert printed.code == 2 and "backed up with pg_dump" in printed.error_line
    commands = printed.out.strip().splitlines()
    assert [c.split()[0] for c in commands] == ["pg_dump", "createdb", "pg_restore", "python"]
    restored = f"{url.database}_restored"
    admin = sa.create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        for line in commands[:3]:
            subprocess.run(shlex.split(line), check=True, env=env, capture_output=True,
                           timeout=120)
        assert dump.is_file()
        verify_args = shlex.split(commands[3])[4:]  # after "python main.py --db URL"
        assert verify_args[0] == "restore" and verify_args[-1] == "--verify"
        restored_url = verify_args[1]
        assert restored_url.endswith(f"/{restored}")
        checked = run(*verify_args)
        assert checked.code == 0, checked.err
        assert "archive intact" in checked.out
        assert "anchor: holds the audit head this installation last saw" in checked.out

        assert run("assess", "import", PORT_AMSEL).code == 0  # the record moves on
        behind = run(*verify_args)
        assert behind.code == 1 and "restore refused: rolled back" in behind.error_line

        copy = sa.create_engine(url.set(database=restored))
        with copy.begin() as connection:
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            connection.exec_driver_sql("UPDATE audit_entry SET actor = 'someone' WHERE seq = 2")
        copy.dispose()
        edited = run(*verify_args)
        assert edited.code == 1 and "entry 2 was altered" in edited.error_line
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{restored}" WITH (FORCE)')
        admin.dispose()


def test_a_backup_that_fails_half_way_leaves_no_file_under_any_name(
    record: Path, tmp_path: Path
) -> None:
    # The first page is intact (the copy starts), a later one is not a b-tree page any more.
    data = bytearray(record.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = b"\xff" * (len(data) - page_size)
    record.write_bytes(bytes(data))
    target = tmp_path / "out" / "backup.db"
    target.parent.mkdir()
    failed = cli(record, "backup", "-o", str(target))
    assert failed.code == 2, failed.err
    assert "cannot be copied as a SQLite database" in failed.error_line
    assert list(target.parent.iterdir()) == []
