"""One window per database: a lock file keyed by the database URL.

Two windows on one SQLite file would each believe their view is current; the lock makes the
second launch say so instead. The lock lives in the user data folder, named by a hash of the
URL (so it also works for PostgreSQL URLs, which have no file to sit beside). QLockFile notices
a lock left by a process that has died and takes it over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile


class AlreadyOpen(Exception):
    """Another Concert Desk window holds this database."""


class InstanceLock:
    def __init__(self, lock_dir: Path, database_url: str) -> None:
        lock_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:20]
        self.path = lock_dir / f"desk-{digest}.lock"
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # never steal a live lock because it is old

    def acquire(self) -> None:
        if not self._lock.tryLock(200):
            info = self._lock.getLockInfo()  # (pid, host, app) in PySide6; falsy when unknown
            holder = f" (process {info[0]} on {info[1]})" if info and len(info) >= 2 else ""
            raise AlreadyOpen(
                f"Concert Desk is already open on this database{holder}. "
                "Switch to that window, or close it first."
            )

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
