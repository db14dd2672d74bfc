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

What the official asks for as the window first shows (a case opened, a search typed) is
read ahead and shown before the opening begins, not beside it: both are mostly Python, which
runs one thread at a time, so side by side each took longer (bench/README.md, "holds"). The
page or the search `hold`s the opening until what it read has painted; `open_behind` waits
for that at most HOLD_LIMIT_S.
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
# The longest the opening waits for what holds it (a case being read ahead and shown): a hold
# lasts tens of milliseconds; one never released (a page closed meanwhile) costs no more.
HOLD_LIMIT_S = 1.0


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
        self._begun = threading.Event()
        self._holds = 0
        self._unheld = threading.Condition()
        self.db: Database = _Awaited(self, 0)  # type: ignore[assignment]
        self.catalog: PlaybookCatalog = _Awaited(self, 1)  # type: ignore[assignment]

    def hold(self) -> Callable[[], None]:
        """Ask `open_behind` not to begin the opening yet (it waits at most HOLD_LIMIT_S for
        every hold to be released); returns the release, which may be called more than once,
        on any thread. A hold taken once the opening has begun changes nothing."""
        with self._unheld:
            self._holds += 1
        released = threading.Event()

        def release() -> None:
            with self._unheld:
                if released.is_set():
                    return
                released.set()
                self._holds -= 1
                self._unheld.notify_all()

        return release

    def open_behind(self, painted: threading.Event, paint_wait_s: float
                    ) -> tuple[Database, PlaybookCatalog]:
        """`open` behind the window: once it has painted (`painted`, or `paint_wait_s` gone by)
        and nothing holds the opening (or HOLD_LIMIT_S gone by). Both are mostly Python, which
        runs one thread at a time: opening beside them would delay each by as much."""
        painted.wait(paint_wait_s)
        with self._unheld:
            self._unheld.wait_for(lambda: self._holds == 0, HOLD_LIMIT_S)
        return self.open()

    def has_begun(self) -> bool:
        """Whether `open` has been called."""
        return self._begun.is_set()

    def open(self) -> tuple[Database, PlaybookCatalog]:
        """Open the record (call once, off the UI thread); every waiting stand-in goes on."""
        self._begun.set()
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


class OpeningHold:
    """One read's hold on the record's opening (RecordOpening.hold), `take`n as the read is
    queued and `release`d once what it read is shown (on any thread; more than once is
    harmless). Take it only when the read begins at once: one queued behind work that waits
    for the opening would hold the opening up until HOLD_LIMIT_S. Released first, it is never
    taken."""

    def __init__(self, opening: RecordOpening | None) -> None:
        self._opening = opening
        self._lock = threading.Lock()
        self._release: Callable[[], None] | None = None
        self._over = opening is None

    def take(self) -> None:
        with self._lock:
            if not self._over and self._release is None and self._opening is not None:
                self._release = self._opening.hold()

    def release(self) -> None:
        with self._lock:
            self._over = True
            release, self._release = self._release, None
        if release is not None:
            release()


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
