"""How long a writer waits for another session's write, and what it says when it gives up.

Writers are serialised (models.db): on PostgreSQL by the one row of write_lock, on SQLite by the
database's write lock. A writer that finds it taken waits at most the lock timeout — 10 s, or
CONCERT_LOCK_TIMEOUT_S — and then fails with one line naming what it waited for, and on
PostgreSQL who holds it (the server's pg_locks and pg_stat_activity tell the holder's role and
application to every role), instead of waiting silently for as long as the holder likes.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from models.errors import InvalidInput

LOCK_TIMEOUT_ENV = "CONCERT_LOCK_TIMEOUT_S"
DEFAULT_LOCK_TIMEOUT_S = 10.0
_LONGEST_S = 3600.0
# PostgreSQL's SQLSTATE for lock_timeout expiring (lock_not_available).
_LOCK_NOT_AVAILABLE = "55P03"
# What SQLite says when its busy timeout expires.
_SQLITE_BUSY = ("database is locked", "database table is locked")


def lock_timeout_s() -> float:
    """The seconds a write waits for another session's write: CONCERT_LOCK_TIMEOUT_S, else 10."""
    raw = os.environ.get(LOCK_TIMEOUT_ENV, "").strip()
    if not raw:
        return DEFAULT_LOCK_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.1 <= value <= _LONGEST_S:
        raise InvalidInput(f"{LOCK_TIMEOUT_ENV}={raw!r}: expected the seconds a write may wait "
                           f"for another session's write, a number from 0.1 to {_LONGEST_S:g}")
    return value


def is_lock_timeout(error: sa.exc.DBAPIError) -> bool:
    """True when the database gave up waiting for a lock (our timeout expired)."""
    original = getattr(error, "orig", None)
    if getattr(original, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
        return True
    return isinstance(original, sqlite3.OperationalError) and any(
        marker in str(original) for marker in _SQLITE_BUSY)


@dataclass(frozen=True)
class LockHolder:
    """The session holding the writers' lock, as the server reports it."""

    role: str
    application: str
    pid: int
    held_for: timedelta | None  # its transaction, or its idle session, so far


def writers_lock_holder(engine: Engine) -> LockHolder | None:
    """Who holds the writers' lock in this database now (None: nobody, or unknown).

    A writer locks the one row of write_lock FOR UPDATE (models.db), which stamps the row's
    xmax with its transaction id; the session holding that transaction id's lock is the
    holder (once it ends, the stale xmax matches no lock)."""
    try:
        with engine.connect() as connection:
            row = connection.execute(sa.text(
                "SELECT a.usename, a.application_name, a.pid, "
                "now() - COALESCE(a.xact_start, a.state_change) "
                "FROM write_lock w "
                "JOIN pg_locks l ON l.locktype = 'transactionid' AND l.granted "
                "AND l.mode = 'ExclusiveLock' AND l.transactionid = w.xmax "
                "JOIN pg_stat_activity a ON a.pid = l.pid WHERE w.id = 1 LIMIT 1"
            )).first()
    except sa.exc.DBAPIError:
        return None  # the message still says what was waited for
    if row is None:
        return None
    return LockHolder(row[0] or "?", row[1] or "", int(row[2]), row[3])


def _duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"


def busy_message(waited_s: float, holder: LockHolder | None) -> str:
    """One line: what the write waited for, how long, who holds it (when known), what to do."""
    who = ""
    if holder is not None:
        application = f", {holder.application}" if holder.application else ""
        since = (f", holding it for {_duration(holder.held_for)}"
                 if holder.held_for is not None else "")
        who = f" (database role {holder.role}{application}, server process {holder.pid}{since})"
    return (f"the record is being written by another session{who}; waited {waited_s:g} s for "
            f"it, nothing was saved: try again (if it persists, ask the database administrator; "
            f"the wait is set by {LOCK_TIMEOUT_ENV})")

