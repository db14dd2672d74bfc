"""Starting the desktop app: `run(db_url)` is what `python main.py` calls with no command.

Start-up in the order a user sees it (bench/: figures against a bare PySide6 window):
1. an opening window, where the main window was last, as soon as Qt is loaded: this module
   imports nothing else at its top;
2. the main window with History's first page: the page is read with the plain database driver
   (models.first_page) while the window's modules load, so neither waits for SQLAlchemy;
3. the record opened properly (desktop.opening: migrations, seeding, playbooks) on a thread once
   that window has painted; the pages that need it, and the opening checks, follow.
When the first page cannot be read early (a new database, one that needs migrating, an unusual
URL), the opening window stays until the record is open, as it always did, and problems opening
it are shown from there.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStyleFactory

if TYPE_CHECKING:
    from desktop.context import DeskContext
    from desktop.main_window import MainWindow
    from models.db import Database
    from playbooks.loader import PlaybookCatalog

T = TypeVar("T")

ORGANISATION = "ConcertDesk"
APPLICATION = "Concert Desk"
# How long the opening window waits for History's early first page before opening the record
# the normal way (a read takes milliseconds; PostgreSQL adds importing its driver, ~0.2 s; a
# server that does not answer is left to the normal opening's own timeout and message).
FIRST_PAGE_WAIT_S = 2.0
PAINT_WAIT_S = 2.0  # the record opens after the window painted, or after this at the latest
EXIT_ALREADY_OPEN, EXIT_CANNOT_OPEN, EXIT_INTERNAL = 1, 2, 3
# The memo helper starts this long after the record opened: by then the opening checks and
# History's first searches are done, and it is warm long before anyone issues a memo.
WARM_MEMO_HELPER_AFTER_MS = 3000


def application() -> QApplication:
    """The QApplication, created once with names (QSettings keys), high-DPI and styling."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        configure(existing)
        return existing
    # Fractional scale factors (125 %, 150 %) render crisply instead of being rounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    configure(app)
    return app


def configure(app: QApplication) -> None:
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    # Windows and macOS styles follow the system's light/dark scheme themselves; elsewhere
    # Fusion does (Qt 6.5+ reads the scheme from the platform theme).
    if sys.platform.startswith("linux") and "Fusion" in list(QStyleFactory.keys()):
        app.setStyle("Fusion")


def actor_name() -> str:
    """Who the audit chain records for changes made in this window: the official's profile
    (desktop.profile, `user/…` in the settings) as "Name (Role, Unit)", or the operating
    system's user name until one is set."""
    from desktop.profile import load_profile, os_user

    profile = load_profile()
    return profile.actor if profile is not None else os_user()


def show_startup_problem(text: str) -> None:
    """Replaceable in tests: a problem that stops the app before its window opens."""
    QMessageBox.warning(None, APPLICATION, text)


def build_context(db: Database, catalog: PlaybookCatalog, data_dir: Path) -> DeskContext:
    from desktop.context import DeskContext
    from desktop.dialogs import Dialogs
    from desktop.profile import load_profile
    from desktop.tasks import BackgroundRunner, DatabaseRunner

    return DeskContext(
        db=db,
        catalog=catalog,
        runner=DatabaseRunner(),
        background=BackgroundRunner(),
        dialogs=Dialogs(),
        actor=actor_name(),
        user_playbooks=data_dir / "playbooks",
        warm_memo_helper_after_ms=WARM_MEMO_HELPER_AFTER_MS,
        profile=load_profile(),
    )


def opening_window() -> QMainWindow:
    """Shown at once, where the main window was last, while the record is being opened
    (bench: opening takes several times as long as showing a window). Empty: its text is
    added by `say_opening` once it is on screen (bench, 2 cores: the window appears about
    30 ms sooner that way, 1.25x a bare window's time instead of 1.5x, and its text is
    painted about 10 ms after it, sooner than when the first frame carried it)."""
    window = QMainWindow()
    window.setWindowTitle(APPLICATION)
    window.resize(1280, 820)
    geometry = QSettings().value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    return window


def say_opening(window: QMainWindow) -> None:
    label = QLabel("Opening the record…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName("Opening the record")
    window.setCentralWidget(label)
    label.show()  # now, not when the event loop next runs (a child added to a shown window)


def _paint_now(app: QApplication, window: QMainWindow, wait_s: float = 0.5) -> None:
    """Let the window system expose `window` and paint it before slow work follows."""
    deadline = time.monotonic() + wait_s
    handle = window.windowHandle()
    while handle is not None and not handle.isExposed() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    window.repaint()
    app.processEvents()


def _off_the_ui_thread(app: QApplication, work: Callable[[], T]) -> T:
    """Run `work` in a thread while the event loop keeps painting; its result or exception."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # handed back to the UI thread below
            outcome["error"] = error

    thread = threading.Thread(target=target, name="open-record", daemon=True)
    thread.start()
    while thread.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        thread.join(0.01)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


class _FirstPageRead:
    """History's first page read on a thread (models.first_page) while the UI thread imports
    the window's modules; `result` is None when it could not be read early."""

    def __init__(self, db_url: str) -> None:
        from desktop.history.model import read_opening_page

        self._page: Any = None
        self._thread = threading.Thread(
            target=lambda: setattr(self, "_page", read_opening_page(db_url)),
            name="first-page", daemon=True,
        )  # fmt: skip
        self._thread.start()

    def result(self, app: QApplication, wait_s: float) -> Any:
        deadline = time.monotonic() + wait_s
        while self._thread.is_alive() and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            self._thread.join(0.005)
        return None if self._thread.is_alive() else self._page


def run(db_url: str | None = None) -> int:
    """Open the desktop window on the database at `db_url` (None: the default database);
    returns the exit code."""
    # Each time Qt calls into Python on the UI thread (a paint asking the History model for a
    # cell, a timer, a widget destroyed) it must take the interpreter lock; while a Python
    # thread is busy (the record opening, a search, the archive check) that wait lasts up to
    # one switch interval. At Python's default 5 ms, a History repaint took 90 ms instead of 10
    # with one busy thread; at 1 ms, 35 ms. (Signing runs in its own process for this reason.)
    sys.setswitchinterval(0.001)
    app = application()
    opening = opening_window()
    opening.show()
    _paint_now(app, opening)
    say_opening(opening)
    _paint_now(app, opening)
    from desktop.crash import CrashReporter, configure_logging
    from desktop.instance import AlreadyOpen, InstanceLock
    from models.location import default_database_url, user_data_dir
    from playbooks.errors import UserError

    db_url = db_url or default_database_url()
    data_dir = user_data_dir()
    reporter = CrashReporter(configure_logging(data_dir / "logs"))
    lock = InstanceLock(data_dir / "locks", db_url)
    try:
        lock.acquire()
    except AlreadyOpen as problem:
        opening.close()
        show_startup_problem(str(problem))
        return EXIT_ALREADY_OPEN
    try:
        first_page = _FirstPageRead(db_url)
        from desktop.main_window import MainWindow  # loads while the page is read

        page = first_page.result(app, FIRST_PAGE_WAIT_S)
        if page is not None:
            window, context, close_record = _show_while_opening(app, opening, page, db_url,
                                                                data_dir)
        else:
            try:
                db, catalog = _off_the_ui_thread(app, lambda: _open(db_url, data_dir))
            except UserError as problem:
                opening.close()
                show_startup_problem(str(problem))
                return EXIT_CANNOT_OPEN
            context = build_context(db, catalog, data_dir)
            window = MainWindow(context, first_run_profile=True)
            window.show()
            opening.close()
            opening.deleteLater()
            close_record = db.close
        reporter.parent_widget = lambda: window
        reporter.install()
        # Closed already (while it painted, before the event loop ran): exec() would not
        # notice that the last window went and would never return.
        code = app.exec() if window.isVisible() else 0
        context.shutdown()
        close_record()
        return code
    finally:
        reporter.uninstall()
        lock.release()


def _open(db_url: str, data_dir: Path) -> tuple[Database, PlaybookCatalog]:
    from desktop.opening import open_record

    return open_record(db_url, data_dir)


def _show_while_opening(
    app: QApplication, opening: QMainWindow, page: Any, db_url: str, data_dir: Path
) -> tuple[MainWindow, DeskContext, Callable[[], None]]:
    """The main window with History's first page at once; the record opens behind it.
    Returns the window, its context and what closes the record at the end."""
    from desktop.crash import describe, log
    from desktop.main_window import MainWindow
    from desktop.opening import RecordOpening
    from playbooks.errors import UserError

    record = RecordOpening(db_url, data_dir)
    context = build_context(record.db, record.catalog, data_dir)
    painted = threading.Event()

    def open_once_painted() -> tuple[Database, PlaybookCatalog]:
        # The window first: both are mostly Python, which runs one thread at a time, so
        # opening the record meanwhile would delay the window by as much.
        painted.wait(PAINT_WAIT_S)
        return record.open()

    def done(result: tuple[Database, PlaybookCatalog]) -> None:
        context.db, context.catalog = result
        window.record_opened()

    def failed(error: BaseException) -> None:
        window.hide()  # not close(): there is nothing of this session to save
        if isinstance(error, UserError):
            show_startup_problem(str(error))
            app.exit(EXIT_CANNOT_OPEN)
            return
        log.error("the record could not be opened\n%s", describe(error))
        show_startup_problem(f"The record could not be opened: {type(error).__name__}: "
                             f"{error}")
        app.exit(EXIT_INTERNAL)

    # Queued before anything else can reach for the record: work that does waits for it, and
    # the opening must not wait for a thread such work holds. (As the background runner's
    # task, it also keeps that runner busy, as it is, until the record is open.)
    context.background.submit(open_once_painted, done, failed, label="open the record")
    window = MainWindow(context, first_page=page, record_open=False, first_run_profile=True)
    window.show()
    opening.close()
    opening.deleteLater()
    _paint_now(app, window)
    painted.set()
    return window, context, record.close
