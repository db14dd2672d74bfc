"""Restoring a backup only once it has proved itself (`main.py restore FILE --verify`).

The backup file is never opened for writing and the record is never touched until the end:
1. the backup file is copied into a private staging folder (SQLite opens only the copy);
2. the copy is opened (and, if it is from an older version, its schema brought up to date: the
   copy, never the backup) and checked: SQLite's page check, then the archive check of
   `audit verify --archive` (every chain entry and link, every decided record, dissent and memo
   against its entry, every memo's bytes and signatures);
3. its chain is compared with the anchor, the head this installation last saw of the record
   (models.startup): a chain that ends before it is a rollback, one that holds another entry
   at its number was rewritten or is another record's;
4. only then, and only when asked (`--to PATH`: a new file; `--replace`: the record itself),
   the checked copy is put in place. Replacing a SQLite record that is in use goes through the
   backup API, so other processes see the old record or the new one, never half of each.

A PostgreSQL record is restored with pg_restore into a new database (docs/deployment.md); this
then checks that database the same way (steps 2 and 3) before anyone switches to it.

Any failure refuses with one line naming what failed; nothing is put in place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from models.backup import (
    SQLITE_MAGIC,
    copy_sqlite,
    looks_like_sqlite,
    stage_backup,
    staging_folder,
)
from models.db import SQLITE_SIDE_SUFFIXES, Database, parse_database_url, server_names
from models.files import ExportFailed, check_output_target, move_into_place
from models.location import sqlite_url
from models.opening import open_database
from models.startup import anchor_problem, quick_integrity_check
from playbooks.errors import UserError


class RestoreRefused(UserError):
    """The backup did not prove itself: nothing was restored (exit 1, as a failed verify)."""

    exit_code = 1


@dataclass(frozen=True)
class RestoreOutcome:
    checked: str  # what the archive check found ("archive intact: …")
    anchor: str  # how the chain compares with the installation's anchor
    placed: Path | None  # where the checked copy was put, if anywhere
    kept_damaged: Path | None = None  # a damaged record file moved aside by --replace


@dataclass(frozen=True)
class Record:
    """The record a backup stands for: where it lives (its URL), what the anchor is keyed by."""

    url: str

    @property
    def dialect(self) -> str:
        return parse_database_url(self.url).get_backend_name()

    @property
    def display_name(self) -> str:
        parsed = parse_database_url(self.url)
        if self.dialect == "sqlite":
            return str(Path(parsed.database or "").resolve())
        if servers := server_names(parsed):
            return f"{parsed.database} on {' or '.join(servers)}"
        port = f":{parsed.port}" if parsed.port else ""
        return f"{parsed.database} on {parsed.host or 'localhost'}{port}"

    @property
    def path(self) -> Path | None:
        parsed = parse_database_url(self.url)
        return Path(parsed.database or "") if self.dialect == "sqlite" else None


def check_copy(copy: Database, record: Record, *, accept_rollback: bool = False,
               where: str) -> tuple[str, str]:
    """(archive summary, anchor summary) for `copy`; RestoreRefused naming the first failure."""
    from reports.archive import verify_archive

    integrity = quick_integrity_check(copy)
    if integrity != "ok":
        raise RestoreRefused(f"{where}: restore refused: the database failed its integrity "
                             f"check: {integrity}; nothing was restored")
    archive = verify_archive(copy)
    if not archive.ok:
        raise RestoreRefused(f"{where}: restore refused: {archive}; nothing was restored")
    problem = anchor_problem(copy, record.dialect, record.display_name)
    if problem is None:
        anchor = (f"not compared: this installation holds no anchor (audit head seen) of "
                  f"{record.display_name}")
    elif problem and not (accept_rollback and problem.startswith("rolled back")):
        raise RestoreRefused(f"{where}: restore refused: {problem}; nothing was restored")
    elif problem:
        anchor = (f"{problem}; restored all the same (--accept-rollback): writes stay refused "
                  "until the record is accepted (audit verify --archive --accept-head)")
    else:
        anchor = "holds the audit head this installation last saw of the record"
    return str(archive), anchor


def verify_database(url: str, record: Record) -> RestoreOutcome:
    """A PostgreSQL database pg_restore filled, checked before anyone switches to it."""
    copy = open_database(url, migrate=False)
    try:
        checked, anchor = check_copy(copy, record, where=copy.display_name)
    finally:
        copy.close()
    return RestoreOutcome(checked, anchor, None)


def restore_sqlite(backup: Path, record: Record, *, to: Path | None = None,
                   replace: bool = False, force: bool = False,
                   accept_rollback: bool = False) -> RestoreOutcome:
    """Check the SQLite backup `backup`; then put the checked copy at `to`, or in place of the
    record (`replace`), or nowhere (a check alone)."""
    looks_like_sqlite(backup)
    live = record.path
    protected = _files_of(live)
    if replace and live is None:
        raise UserError("--replace puts a SQLite backup in place of a SQLite record; this record "
                        f"is {record.display_name} (PostgreSQL: pg_restore into a new database, "
                        "then restore --verify it; see docs/deployment.md)")
    if to is not None:
        check_output_target(to, overwrite=force, protected=protected)
    destination = live if replace else to
    beside = _folder(destination) if destination is not None else Path(tempfile.gettempdir())
    with staging_folder(beside) as folder:
        staged = stage_backup(backup, folder)
        copy = open_database(sqlite_url(staged))  # an older backup's schema is brought up to date
        try:
            checked, anchor = check_copy(copy, record, accept_rollback=accept_rollback,
                                         where=str(backup))
        finally:
            copy.close()
        if to is not None:
            move_into_place(staged, to, overwrite=force)
            return RestoreOutcome(checked, anchor, to)
        if replace and live is not None:
            kept = _replace_record(staged, live)
            return RestoreOutcome(checked, anchor, live, kept)
    return RestoreOutcome(checked, anchor, None)


def _replace_record(staged: Path, live: Path) -> Path | None:
    """Put the checked copy in place of the record at `live`; returns where a damaged record
    file was moved aside, if one was."""
    if not live.exists():
        move_into_place(staged, live, overwrite=False)
        return None
    if _is_sqlite(live):
        # Through the backup API: it takes the record's write lock, and a process that has the
        # record open sees the old record or the restored one, never a mix.
        copy_sqlite(staged, live, single_file=False)
        return None
    # Not a database any more (its header is gone): nothing can have it open as one. Keep it,
    # and its side files, for whoever looks into the damage; a stale -wal must not be replayed
    # onto the restored file.
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = live.with_name(f"{live.name}.damaged-{stamp}")
    for suffix in ("", *SQLITE_SIDE_SUFFIXES):
        side = live.with_name(live.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    move_into_place(staged, live, overwrite=False)
    return kept


def _is_sqlite(path: Path) -> bool:
    with contextlib.suppress(OSError), open(path, "rb") as stream:
        return stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    return False


def _files_of(live: Path | None) -> tuple[Path, ...]:
    if live is None:
        return ()
    return (live, *(live.with_name(live.name + suffix) for suffix in SQLITE_SIDE_SUFFIXES))


def _folder(path: Path) -> Path:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(f"{path}: the folder {folder} does not exist")
    return folder
