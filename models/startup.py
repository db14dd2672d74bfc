"""Checks made when the record is opened (the desktop's status bar, the command line's warnings).

Two quick questions, answered in well under a second on a normal record:
- Is the database sound? SQLite: `PRAGMA quick_check` (every page and index structure, without
  the slower index-content comparison of `integrity_check`); both databases: the audit head row
  agrees with the last audit entry.
- Is the audit chain still the one this installation saw last time? The head (entry number and
  hash) is remembered per database in the user data folder. A chain that is now shorter, or whose
  entry at that number has a different hash, was cut back or rewritten (or an older copy of the
  database was restored) — something `audit verify` alone cannot see, since a rewritten chain is
  consistent with itself.

A failed check keeps the record readable so it can be examined. A chain that ends before what
this installation saw (cut back, rewritten, or an older copy put back) also refuses every write
(`Database.writes_refused`): what is written on top of it would bury the evidence, and a memo
issued on it could repeat one issued before. The remembered head is only moved forward when the
chain still contains it, so the warning and the refusal repeat on every open until someone has
looked into it and calls `acknowledge_audit_head` (`audit verify --accept-head`, the desktop's
dialog).

The notes themselves are an anchor an attacker would delete: a ledger beside their folder lists
every record this installation has noted, so a note that is gone while the ledger still lists
its record is reported, and refuses writes, like a rollback.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from models.db import Database, user_data_dir
from models.files import write_atomically
from models.location import private_folder

SEEN_FOLDER = "seen-audit-heads"
SEEN_LEDGER = "seen-audit-heads.ledger.json"  # beside the folder: deleting it is reported too
ACCEPT_HINT = ("writes are refused until someone has looked into it and accepted the record "
               "as it is now (main.py audit verify --accept-head, or the desktop's dialog)")


@dataclass(frozen=True)
class SeenHead:
    seq: int
    entry_hash: str
    seen_at: str  # ISO 8601 UTC


@dataclass(frozen=True)
class StartupReport:
    database: str
    integrity: str  # "ok", or the first problem the quick check found
    head_seq: int
    head_hash: str
    last_seen: SeenHead | None
    problems: tuple[str, ...]
    writes_refused: bool = False  # the chain ends before what this installation saw

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def status_text(self) -> str:
        """One line for a status bar."""
        if self.ok:
            return f"Record checked on opening: sound; audit chain at entry {self.head_seq}"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"Warning: {self.problems[0]}{more} — run “audit verify --archive”"


def check_on_open(db: Database, *, remember: bool = True, integrity: bool = True) -> StartupReport:
    """Run the opening checks; with `remember`, note the head as seen when all is well.

    `integrity=False` skips the page check, whose cost grows with the file (about 25 s for a
    100k-assessment SQLite record): each command-line run compares only the audit head, and
    `audit verify` runs the page check itself. The desktop runs both, in the background."""
    problems: list[str] = []
    integrity_result = quick_integrity_check(db) if integrity else "not checked"
    if integrity_result not in ("ok", "not checked"):
        problems.append(f"the database failed its quick integrity check: {integrity_result}")
    try:
        head_seq, head_hash, last_entry = _head(db)
    except sa.exc.DBAPIError as error:
        problems.append(f"the audit chain cannot be read: {str(error.orig).splitlines()[0]}")
        return StartupReport(db.display_name, integrity_result, -1, "", None, tuple(problems))
    if last_entry != (head_seq, head_hash):
        problems.append(
            f"the audit head (entry {head_seq}) does not match the last audit entry "
            f"({last_entry[0]}): entries were added or removed behind the application's back"
        )
    last_seen = _read_seen(db)
    rollback = _rollback(db, last_seen, head_seq)
    if rollback:
        problems.append(rollback)
        db.writes_refused = f"{rollback}; {ACCEPT_HINT}"
    if remember and not problems:
        _write_seen(db, head_seq, head_hash)
    return StartupReport(db.display_name, integrity_result, head_seq, head_hash, last_seen,
                         tuple(problems), bool(rollback))


def _rollback(db: Database, last_seen: SeenHead | None, head_seq: int) -> str:
    """Why the chain is not the one this installation saw (or its note is gone), or ""."""
    if last_seen is not None:
        return _compare_with_seen(db, last_seen, head_seq)
    noted = _ledger().get(_seen_key(db))
    if noted is None:
        return ""  # never seen here
    since = str(noted.get("first_seen", "?"))[:10]
    return (f"the note of the audit head this installation last saw of this record (noted "
            f"since {since}, {_seen_path(db)}) is missing: it was deleted, so an older copy "
            "of the record could have been put back unseen")


def acknowledge_audit_head(db: Database) -> None:
    """After a warning was looked into: accept the chain as it is now as the one last seen, and
    allow writes again."""
    head_seq, head_hash, _ = _head(db)
    _write_seen(db, head_seq, head_hash, required=True)
    db.writes_refused = None


def guard_writes(db: Database) -> None:
    """Refuse (or allow again) writes on `db` as the note of the head seen says now: for a
    second process of the same installation, such as the desktop's memo helper, before it
    stores a memo (the window may have accepted the record meanwhile)."""
    head_seq, _, _ = _head(db)
    rollback = _rollback(db, _read_seen(db), head_seq)
    db.writes_refused = f"{rollback}; {ACCEPT_HINT}" if rollback else None


def remember_audit_head(db: Database) -> None:
    """Note the current head as seen if the chain still extends the one seen before (e.g. when
    closing, so the next opening compares with what this session wrote); never over a rollback
    nobody has accepted, nor in place of a note that was deleted."""
    if db.writes_refused is not None:
        return
    head_seq, head_hash, _ = _head(db)
    if not _rollback(db, _read_seen(db), head_seq):
        _write_seen(db, head_seq, head_hash)


def anchor_problem(copy: Database, dialect: str, display_name: str) -> str | None:
    """Why `copy` (a backup about to be restored) is not a record this installation may put in
    place of the record `dialect`/`display_name` (the `Database.display_name` it has when
    open): "" when its chain contains the head this installation last saw of that record (the
    anchor), None when there is no anchor (a record never opened here). Reads only the note
    and `copy`, so it works when the record itself is lost or damaged."""
    key = _key(dialect, display_name)
    seen = _read_note(_note_path(key))
    if seen is None:
        noted = _ledger().get(key)
        if noted is None:
            return None
        return (f"the note of the audit head this installation last saw of {display_name} "
                f"({_note_path(key)}) is missing, so the backup cannot be compared with it")
    head_seq, _, _ = _head(copy)
    when = seen.seen_at[:16].replace("T", " ")
    mismatch = _seen_mismatch(copy, seen, head_seq)
    if mismatch == SHORTER:
        return (f"rolled back: the backup's audit chain ends at entry {head_seq}, older than "
                f"entry {seen.seq}, which this installation saw of the record on {when} UTC "
                "(restoring it would lose what was recorded since)")
    if mismatch == REWRITTEN:
        return (f"the backup's audit entry {seen.seq} is not the one this installation saw of "
                f"the record on {when} UTC: a rewritten chain, or a backup of another record")
    return ""


def quick_integrity_check(db: Database) -> str:
    """"ok", or the first problems SQLite's page check found (PostgreSQL: always "ok")."""
    if db.dialect != "sqlite":
        return "ok"  # PostgreSQL checks its pages itself (checksums, WAL); see docs/guarantees.md
    try:
        with db.engine.connect() as connection:
            rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA quick_check").all()]
    except sa.exc.DBAPIError as error:  # damage bad enough to stop the check itself
        return " ".join(str(error.orig).split())
    return "ok" if rows == ["ok"] else " ".join("; ".join(rows[:3]).split())


def _head(db: Database) -> tuple[int, str, tuple[int, str]]:
    with db.engine.connect() as connection:
        head = connection.execute(
            sa.text("SELECT seq, entry_hash FROM audit_head WHERE id = 1")
        ).one_or_none()
        last = connection.execute(
            sa.text("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1")
        ).one_or_none()
    head_seq, head_hash = (int(head[0]), str(head[1])) if head else (-1, "")
    last_entry = (int(last[0]), str(last[1])) if last else (0, "0" * 64)
    return head_seq, head_hash, last_entry


SHORTER, REWRITTEN = "shorter", "rewritten"


def _seen_mismatch(db: Database, seen: SeenHead, head_seq: int) -> str:
    """How `db`'s chain (ending at `head_seq`) departs from the head this installation saw:
    SHORTER, REWRITTEN (the entry seen has another hash), or "" (it still holds it)."""
    if head_seq < seen.seq:
        return SHORTER
    if seen.seq == 0:
        return ""
    with db.engine.connect() as connection:
        found = connection.execute(
            sa.text("SELECT entry_hash FROM audit_entry WHERE seq = :seq"), {"seq": seen.seq}
        ).scalar_one_or_none()
    return REWRITTEN if found != seen.entry_hash else ""


def _compare_with_seen(db: Database, seen: SeenHead, head_seq: int) -> str:
    when = seen.seen_at[:16].replace("T", " ")
    mismatch = _seen_mismatch(db, seen, head_seq)
    if mismatch == SHORTER:
        return (
            f"the audit chain ends at entry {head_seq}, but this installation saw entry "
            f"{seen.seq} on {when} UTC: entries were removed, or an older copy of the database "
            "was put back"
        )
    if mismatch == REWRITTEN:
        return (
            f"audit entry {seen.seq} is not the one this installation saw on {when} UTC: the "
            "audit chain was rewritten"
        )
    return ""


def _seen_key(db: Database) -> str:
    return _key(db.dialect, db.display_name)


def _key(dialect: str, display_name: str) -> str:
    return hashlib.sha256(f"{dialect}:{display_name}".encode()).hexdigest()[:32]


def _seen_path(db: Database) -> Path:
    return _note_path(_seen_key(db))


def _note_path(key: str) -> Path:
    return user_data_dir() / SEEN_FOLDER / f"{key}.json"


def _ledger() -> dict[str, dict[str, object]]:
    try:
        data = json.loads((user_data_dir() / SEEN_LEDGER).read_text(encoding="utf-8"))
        records = data["records"]
        return records if isinstance(records, dict) else {}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _read_seen(db: Database) -> SeenHead | None:
    return _read_note(_seen_path(db))


def _read_note(path: Path) -> SeenHead | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return SeenHead(int(data["seq"]), str(data["entry_hash"]), str(data["seen_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # never seen (or the note is unreadable): nothing to compare with


def _write_seen(db: Database, seq: int, entry_hash: str, *, required: bool = False) -> None:
    """Note the head (and the record in the ledger). A read-only user folder must not stop
    the record from opening; but an acknowledgement that cannot be noted (`required`) fails."""
    path = _seen_path(db)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    note = {"database": db.display_name, "seq": seq, "entry_hash": entry_hash, "seen_at": now}
    try:
        private_folder(path.parent)
        write_atomically(path, json.dumps(note, indent=2).encode("utf-8"), overwrite=True)
        ledger = _ledger()
        if _seen_key(db) not in ledger:
            ledger[_seen_key(db)] = {"database": db.display_name, "first_seen": now}
            write_atomically(user_data_dir() / SEEN_LEDGER,
                             json.dumps({"records": ledger}, indent=2).encode("utf-8"),
                             overwrite=True)
    except Exception:
        if required:
            raise
