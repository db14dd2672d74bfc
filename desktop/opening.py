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
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from playbooks.errors import UserError

if TYPE_CHECKING:
    from models.db import Database
    from playbooks.loader import PlaybookCatalog


class RecordNotOpened(UserError):
    """Work reached for the record, but opening it had failed (the window is closing)."""


def open_record(db_url: str, data_dir: Path) -> tuple[Database, PlaybookCatalog]:
    """The database at `db_url` and the catalog of built-in and user playbooks, which also
    finds the copies the record keeps (read only when one is asked for)."""
    from models import opening
    from models.playbook_store import RecordPlaybooks
    from playbooks.loader import PlaybookCatalog

    db = opening.open_record(db_url)
    try:
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
        self._opened: tuple[Database, PlaybookCatalog] | None = None
        self._error: BaseException | None = None
        self.db: Database = _Awaited(self, 0)  # type: ignore[assignment]
        self.catalog: PlaybookCatalog = _Awaited(self, 1)  # type: ignore[assignment]

    def open(self) -> tuple[Database, PlaybookCatalog]:
        """Open the record (call once, off the UI thread); every waiting stand-in goes on."""
        try:
            self._opened = open_record(self.db_url, self.data_dir)
            return self._opened
        except BaseException as error:
            self._error = error
            raise
        finally:
            self._done.set()

    def is_done(self) -> bool:
        """Whether the opening has finished (opened or failed)."""
        return self._done.is_set()

    def close(self) -> None:
        """Close the database once the opening has finished, if it opened."""
        self._done.wait()
        if self._opened is not None:
            self._opened[0].close()

    def opened(self) -> tuple[Database, PlaybookCatalog]:
        """The database and catalog, once open (waits until then)."""
        self._done.wait()
        if self._opened is None:
            raise RecordNotOpened(f"the record could not be opened: {self._error}")
        return self._opened


class _Awaited:
    """Stands in for the database or the catalog while the record opens: any attribute waits."""

    __slots__ = ("_index", "_opening")

    def __init__(self, opening: RecordOpening, index: int) -> None:
        self._opening = opening
        self._index = index

    def __getattr__(self, name: str) -> Any:
        return getattr(self._opening.opened()[self._index], name)

    def __repr__(self) -> str:
        return f"<{('database', 'playbook catalog')[self._index]} being opened>"
