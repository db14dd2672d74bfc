"""Backups of a SQLite record (`main.py backup -o FILE`), and the copy a restore works on.

A backup is taken with SQLite's online backup API, in one step: the copy is read inside one
read transaction, so it is the record as of one commit even while other processes write (in
WAL mode writers go on meanwhile; they are not stopped). It is written to a temporary file in
the destination's folder, switched to a plain rollback journal (one self-contained file, no
`-wal` beside it), synced, and only then given its name: a half-written backup never carries
the final name.

A restore never opens the backup file itself, nor the record: it copies the backup into a
private staging folder, and the copy is what is checked (reports.restore) and, once it passed,
put in place.

PostgreSQL records are backed up with PostgreSQL's own tools (pg_dump, pg_basebackup):
`pg_commands` gives the exact commands docs/deployment.md documents.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import URL

from models.db import server_names
from models.errors import DatabaseUnavailable
from models.files import ExportFailed, check_output_target, move_into_place
from models.lock_wait import lock_timeout_s

SQLITE_MAGIC = b"SQLite format 3\x00"


class NotABackup(DatabaseUnavailable):
    """The file given to restore is not a SQLite record (missing, unreadable, another kind)."""


@dataclass(frozen=True)
class BackupTaken:
    path: Path
    head_seq: int  # the audit chain's last entry in the copy (-1: no chain)
    head_hash: str
    size: int


def backup_sqlite(source: Path, target: Path, *, overwrite: bool,
                  protected: Iterable[str | Path] = ()) -> BackupTaken:
    """Copy the SQLite record `source` to `target` (see the module's notes)."""
    check_output_target(target, overwrite=overwrite, protected=protected)
    if not source.is_file():
        raise DatabaseUnavailable(f"{source}: there is no record database to back up")
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as error:
        raise ExportFailed(f"{target}: cannot write in {folder}: {error.strerror}") from None
    os.close(handle)
    temporary = Path(name)
    try:
        copy_sqlite(source, temporary)
        head_seq, head_hash = chain_head(temporary)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    size = temporary.stat().st_size
    move_into_place(temporary, target, overwrite=overwrite)
    return BackupTaken(target, head_seq, head_hash, size)


def copy_sqlite(source: Path, target: Path, *, single_file: bool = True) -> None:
    """Copy the database `source` into the file `target` (new, or a database that other
    processes may have open) with the backup API in one step. `single_file`: then switch
    `target` to a rollback journal, so it is one self-contained file (a backup; never a record
    in use, whose WAL the application keeps)."""
    try:
        reader = sqlite3.connect(source, timeout=lock_timeout_s())
    except sqlite3.Error as error:
        raise NotABackup(f"{source}: cannot be opened as a SQLite database ({error})") from None
    try:
        writer = sqlite3.connect(target, timeout=lock_timeout_s())
        try:
            reader.backup(writer)  # pages=-1: everything in one step, one read transaction
            if single_file:
                writer.execute("PRAGMA journal_mode = DELETE")
            writer.commit()
        finally:
            writer.close()
    except sqlite3.DatabaseError as error:
        raise NotABackup(f"{source}: cannot be copied as a SQLite database ({error})") from None
    finally:
        reader.close()


def stage_backup(backup: Path, folder: Path) -> Path:
    """Copy the backup file (with a -wal or -journal beside it, if any: a copy made by other
    means) into `folder` byte for byte, so that SQLite opens only the copy: even a read-only
    connection would leave side files beside the backup."""
    staged = folder / "record.db"
    try:
        shutil.copyfile(backup, staged)
        for suffix in ("-wal", "-journal"):
            side = backup.with_name(backup.name + suffix)
            if side.is_file():
                shutil.copyfile(side, staged.with_name(staged.name + suffix))
    except OSError as error:
        raise ExportFailed(f"{backup}: cannot be copied to {folder}: {error.strerror}") from None
    return staged


def chain_head(path: Path) -> tuple[int, str]:
    """(entry number, hash) of the audit head row in the SQLite file `path`; (-1, "") when it
    has none."""
    plain = sqlite3.connect(f"file:{quote(str(path.absolute()))}?mode=ro", uri=True)
    try:
        row = plain.execute("SELECT seq, entry_hash FROM audit_head WHERE id = 1").fetchone()
    except sqlite3.Error:
        row = None
    finally:
        plain.close()
    return (int(row[0]), str(row[1])) if row else (-1, "")


def looks_like_sqlite(path: Path) -> None:
    """Raise NotABackup (one line) unless `path` is a readable file that starts as a SQLite
    database does."""
    try:
        with open(path, "rb") as stream:
            start = stream.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise NotABackup(f"{path}: no such backup file") from None
    except IsADirectoryError:
        raise NotABackup(f"{path}: is a folder, not a backup file") from None
    except OSError as error:
        raise NotABackup(f"{path}: cannot be read: {error.strerror}") from None
    if start != SQLITE_MAGIC:
        raise NotABackup(f"{path}: is not a SQLite backup of a record (a PostgreSQL dump is "
                         "restored with pg_restore: see docs/deployment.md)")


@contextlib.contextmanager
def staging_folder(beside: Path) -> Iterator[Path]:
    """A private folder in `beside` (removed afterwards, whatever happens) to copy a backup
    into: on the same file system as where the copy may go, so putting it there is a rename."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=".concert-restore-", dir=beside))
    except OSError as error:
        raise ExportFailed(f"{beside}: cannot stage a restore there: {error.strerror}") from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def pg_commands(url: URL, file: str) -> tuple[str, ...]:
    """The PostgreSQL commands to back up the record at `url` into `file` (custom format) and
    to restore it into a new database to verify (never the password: libpq asks for it, or
    reads ~/.pgpass)."""
    user = f"{url.username}@" if url.username else ""
    servers = server_names(url)  # a primary and its standby: the one that accepts writes
    hosts = ",".join(servers) if servers else (
        (url.host or "localhost") + (f":{url.port}" if url.port else ""))
    writable = "?target_session_attrs=read-write" if servers else ""
    server = f"postgresql://{user}{hosts}"
    database = url.database or "concert"
    restored = f"{database}_restored"
    dump = shlex.quote(file)
    return (
        f"pg_dump --format=custom --file={dump} --dbname={server}/{database}{writable}",
        f"createdb --maintenance-db={server}/postgres{writable} {restored}",
        f"pg_restore --exit-on-error --dbname={server}/{restored}{writable} {dump}",
        f"python main.py --db postgresql+psycopg://{user}{hosts}/{database}{writable} restore "
        f"postgresql+psycopg://{user}{hosts}/{restored}{writable} --verify",
    )
