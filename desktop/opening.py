"""Opening the record: the database (migrated and checked) and the playbook catalog.

`open_record` is the slow, Qt-free part of starting: it imports SQLAlchemy, opens the database
through models.opening.open_record (the start-up steps: migrate, seed the member registry)
and reads the playbooks.

When History's first page could be read early (models.first_page), the window shows it while
`RecordOpening` runs `open_record` on a thread of its own. Until that is done, the window's
context holds stand-ins for the database and the catalog: whatever reaches for them (a search,
loading a record, a save, the opening checks) waits for the opening to finish, on whichever
thread it runs, and fails with the opening's own error if it failed. So nothing is read through
models or written before models.opening has migrated and seeded the record, and nothing is
ever shown from a database that needs migrating (models.first_page refuses to read one).
Until the database is open, a search typed at the first page need not wait for it either:
`read_ahead` reads it with the plain driver, as the first page was (the record usable sooner:
SQLAlchemy and the models take most of the opening). An assessment opened meanwhile is read
the same way with its built-in playbook (`assessment_ahead`); one that cannot be (its playbook
is the record's copy or a user's file) waits for the database, not for every playbook:
`builtin_playbook` reads the one it was made with.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from playbooks.errors import UserError

if TYPE_CHECKING:
    from models.db import Database
    from models.record_snapshots import AssessmentRecord
    from playbooks.loader import PlaybookCatalog
    from playbooks.model import MemberInfo, Playbook

T = TypeVar("T")

# The desktop's start-up steps that run off the UI thread, by the names the log gives them
# (desktop.app.Startup runs them; models.opening.START_STEPS are OPEN_RECORD's first part).
READ_FIRST_PAGE = "read History's first page"
OPEN_RECORD = "open the record"


class RecordNotOpened(UserError):
    """Work reached for the record, but opening it had failed (the window is closing)."""


def open_record(
    db_url: str, data_dir: Path, database_ready: Callable[[Database], None] | None = None
) -> tuple[Database, PlaybookCatalog]:
    """The database at `db_url` and the catalog of built-in and user playbooks, which also
    finds the copies the record keeps (read only when one is asked for). `database_ready(db)`
    is called as soon as the database is open, migrated and seeded, before the playbooks
    are read (a third of the opening): work that needs only the database can go on."""
    from models import opening
    from models.playbook_store import RecordPlaybooks
    from playbooks.loader import PlaybookCatalog

    db = opening.open_record(db_url)
    try:
        if database_ready is not None:
            database_ready(db)
        catalog = PlaybookCatalog.load(data_dir / "playbooks", record=RecordPlaybooks(db))
        # What the first search and the first record shown will need, loaded now: imported
        # on the database thread later, it held up the event loop while the user typed
        # (bench: a 70-85 ms stall at the first search).
        for module in ("models.search", "models.workflow"):
            importlib.import_module(module)
    except BaseException:
        db.close()
        raise
    return db, catalog


class RecordOpening:
    """`open_record` run once on some thread, with stand-ins that wait for its result."""

    def __init__(self, db_url: str, data_dir: Path) -> None:
        self.db_url = db_url
        self.data_dir = data_dir
        self._done = threading.Event()
        self._database: Database | None = None  # open before the catalog is read
        self._database_ready = threading.Event()
        self._opened: tuple[Database, PlaybookCatalog] | None = None
        self._error: BaseException | None = None
        self.db: Database = _Awaited(self, 0)  # type: ignore[assignment]
        self.catalog: PlaybookCatalog = _Awaited(self, 1)  # type: ignore[assignment]

    def open(self) -> tuple[Database, PlaybookCatalog]:
        """Open the record (call once, off the UI thread); every waiting stand-in goes on."""
        try:
            self._opened = open_record(self.db_url, self.data_dir, self._database_opened)
            return self._opened
        except BaseException as error:
            self._error = error
            raise
        finally:
            self._done.set()
            self._database_ready.set()

    def _database_opened(self, db: Database) -> None:
        self._database = db
        self._database_ready.set()

    def read_ahead(self, read: Callable[[str], T | None]) -> T | None:
        """`read(db_url)`, a read made with the plain driver (models.first_page), while the
        database is not open yet; None once it is (read through it then), or when `read` gives
        None (it could not read that way: the caller waits for the opening as usual)."""
        if self._database_ready.is_set():
            return None
        return read(self.db_url)

    def builtin_playbook(self, content_hash: str) -> Playbook | None:
        """While the playbooks are being read: the built-in playbook with this content hash,
        once the database is open (the catalog's own rule: PlaybookCatalog.builtin_by_hash),
        read alone, so an assessment opened meanwhile need not wait for every playbook.
        None when the catalog is read by now (ask it), or that is not a built-in one."""
        if self._done.is_set():
            return None
        from models.playbook_store import RecordPlaybooks
        from playbooks.loader import PlaybookCatalog

        db = self.database()
        return PlaybookCatalog.builtin_by_hash(content_hash, kept=RecordPlaybooks(db).kept())

    def assessment_ahead(
        self, assessment_id: str
    ) -> tuple[AssessmentRecord, Playbook, list[MemberInfo]] | None:
        """While the database is not open yet: the assessment, its built-in playbook and the
        member registry, read with the plain driver (models.assessment_ahead) and the built-in
        file alone (the catalog's rule, with the files the record keeps), so its step can show
        before SQLAlchemy is loaded. None once the database is open, or when it cannot be read
        so (the record's copy or a user's file of its playbook needs the catalog): read it
        through the opened record then."""
        if self._database_ready.is_set():
            return None
        from models.assessment_ahead import read_assessment_ahead
        from playbooks.loader import PlaybookCatalog

        ahead = read_assessment_ahead(self.db_url, assessment_id)
        if ahead is None:
            return None
        playbook = PlaybookCatalog.builtin_by_hash(ahead.record.playbook_hash,
                                                   kept=ahead.kept_playbooks)  # fmt: skip
        if playbook is None:
            return None
        return ahead.record, playbook, ahead.members

    def is_done(self) -> bool:
        """Whether the opening has finished (opened or failed)."""
        return self._done.is_set()

    def close(self) -> None:
        """Close the database once the opening has finished, if it opened."""
        self._done.wait()
        if self._opened is not None:
            self._opened[0].close()

    def database(self) -> Database:
        """The database, once open (waits until then, not for the playbooks)."""
        self._database_ready.wait()
        if self._database is None or self._error is not None:
            raise RecordNotOpened(_not_opened(self._error))
        return self._database

    def opened(self) -> tuple[Database, PlaybookCatalog]:
        """The database and catalog, once open (waits until then)."""
        self._done.wait()
        if self._opened is None:
            raise RecordNotOpened(_not_opened(self._error))
        return self._opened


def _not_opened(error: BaseException | None) -> str:
    from PySide6.QtCore import QCoreApplication  # loaded by now; this module stays Qt-free

    return QCoreApplication.translate("RecordOpening", "the record could not be opened: {error}"
                                      ).format(error=error)


class _Awaited:
    """Stands in for the database or the catalog while the record opens: any attribute waits."""

    __slots__ = ("_index", "_opening")

    def __init__(self, opening: RecordOpening, index: int) -> None:
        self._opening = opening
        self._index = index

    def __getattr__(self, name: str) -> Any:
        if self._index == 0:
            return getattr(self._opening.database(), name)
        return getattr(self._opening.opened()[1], name)

    def __repr__(self) -> str:
        return f"<{('database', 'playbook catalog')[self._index]} being opened>"
