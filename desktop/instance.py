"""One window per database: a lock file keyed by the database.

Two windows on one SQLite file would each believe their view is current; the lock makes the
second launch say so instead. The lock lives in the user data folder, named by a hash of the
database: for SQLite the file's real path (one file reached by a relative path, a symlink, a
percent-escaped URL or, on Windows and macOS, another letter case is still one database), for
PostgreSQL the URL, which has no file to sit beside. QLockFile notices a lock left by a process
that has died and takes it over.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from models.database_url import sqlite_file


class AlreadyOpen(Exception):
    """Another Concert Desk window holds this database."""


def lock_key(database_url: str) -> str:
    """What identifies the database: a SQLite file's real path, else the URL itself.

    models.database_url reads it without SQLAlchemy: the lock is taken before SQLAlchemy is
    imported (bench: start-up)."""
    path = sqlite_file(database_url)
    if path is None:
        return database_url.strip()
    real = os.path.realpath(path)
    if sys.platform in ("win32", "darwin"):  # case-insensitive file systems by default
        real = real.casefold()
    return "sqlite-file:" + os.path.normcase(real)


class InstanceLock:
    def __init__(self, lock_dir: Path, database_url: str) -> None:
        lock_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(lock_key(database_url).encode("utf-8")).hexdigest()[:20]
        self.path = lock_dir / f"desk-{digest}.lock"
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # never steal a live lock because it is old

    def acquire(self) -> None:
        if not self._lock.tryLock(200):
            info = self._lock.getLockInfo()  # (pid, host, app) in PySide6; falsy when unknown
            translate = QCoreApplication.translate
            holder = (translate("InstanceLock", " (process {pid} on {host})").format(
                pid=info[0], host=info[1]) if info and len(info) >= 2 else "")
            raise AlreadyOpen(translate(
                "InstanceLock", "Concert Desk is already open on this database{holder}. "
                "Switch to that window, or close it first.").format(holder=holder))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
