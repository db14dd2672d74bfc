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

import importlib
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyleFactory,
    QWidget,
)

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
# Work that follows a window's first paint begins after this at the latest, should no paint come.
PAINT_WAIT_MS = 2000
EXIT_ALREADY_OPEN, EXIT_CANNOT_OPEN, EXIT_INTERNAL = 1, 2, 3
# The memo helper starts this long after the record opened: by then the opening checks and
# History's first searches are done, and it is warm long before anyone issues a memo.
WARM_MEMO_HELPER_AFTER_MS = 3000
# Hearing other officials' changes (PostgreSQL) starts this long after the record opened: its
# connection is made on a thread of its own, after History's first page and the opening checks.
LIVE_REFRESH_AFTER_MS = 2000


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
    # Only once: setting it again repolishes every widget alive (tests configure per test).
    if (sys.platform.startswith("linux") and "Fusion" in list(QStyleFactory.keys())
            and app.style().name().lower() != "fusion"):
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
        live_refresh_after_ms=LIVE_REFRESH_AFTER_MS,
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


def say_opening(window: QMainWindow) -> QLabel:
    label = QLabel(QCoreApplication.translate("Startup", "Opening the record…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(QCoreApplication.translate("Startup", "Opening the record"))
    window.setCentralWidget(label)
    label.show()  # now, not when the event loop next runs (a child added to a shown window)
    return label


def after_first_paint(widget: QWidget, then: Callable[[], None], wait_ms: int) -> None:
    """Call `then` once the event loop has painted `widget` for the first time (or after
    `wait_ms` at the latest, should no paint come): slow work that follows a window it
    cannot delay. Driven by the event loop's own paint event, nothing pumps it."""
    _FirstPaint(widget, then, wait_ms)


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None], wait_ms: int) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(wait_ms, self, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._go)  # once this paint has reached the screen
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        if self._widget is not None:
            self._widget.removeEventFilter(self)
            self._widget = None
        then()


class _StepRelay(QObject):
    finished = Signal(object, object)  # result, exception or None


def run_step(name: str, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None], owner: QObject) -> None:
    """Run the start-up step `work` on a thread of its own (a daemon: a server that never
    answers must not keep the app from ending); `done(result)` or `failed(error)` follow on
    the UI thread. The step's time goes to the log, so a slow start can be explained."""
    relay = _StepRelay(owner)

    def deliver(result: object, error: object) -> None:
        relay.deleteLater()
        if isinstance(error, BaseException):
            failed(error)
        else:
            done(result)

    relay.finished.connect(deliver)

    def target() -> None:
        started = time.monotonic()
        try:
            result = work()
        except BaseException as error:  # handed to `failed` on the UI thread
            relay.finished.emit(None, error)
        else:
            relay.finished.emit(result, None)
        from desktop.crash import log

        log.info("start-up: %s took %.0f ms", name, 1000 * (time.monotonic() - started))

    threading.Thread(target=target, name=name, daemon=True).start()


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
    # Until the main window shows, the opening window coming and going must not end the app.
    app.setQuitOnLastWindowClosed(False)
    opening = opening_window()
    start = Startup(app, opening, db_url)
    after_first_paint(opening, start.begin, PAINT_WAIT_MS)
    opening.show()
    try:
        return app.exec()
    finally:
        start.finish()
        app.setQuitOnLastWindowClosed(True)


class Startup(QObject):
    """The desktop's start-up as named steps, each begun by the event loop when the one before
    has finished (desktop.opening's STEP_ names; docs/desktop.md, "Start-up"):

    1. the opening window has painted: the language (desktop.i18n), then say "Opening the
       record…";
    2. that is on screen: take the instance lock; READ_FIRST_PAGE on a thread while this
       thread imports the main window's modules;
    3. the page read (or FIRST_PAGE_WAIT_S gone by): the main window with that page, with
       OPEN_RECORD queued first on its background runner, to begin once the window painted;
       or, without a page, OPEN_RECORD on a thread and the main window once it is done.
    A step that fails ends the app with its one-line message and exit code."""

    def __init__(self, app: QApplication, opening: QMainWindow, db_url: str | None) -> None:
        super().__init__()
        self.app = app
        self.opening = opening
        self.db_url = db_url
        self.data_dir: Path | None = None
        self.window: MainWindow | None = None
        self.context: DeskContext | None = None
        self.close_record: Callable[[], None] | None = None
        self._lock: Any = None
        self._reporter: Any = None
        self._page_decided = False

    def begin(self) -> None:
        # The language before any text: strings are translated as they are built, and a
        # right-to-left language mirrors the layout (desktop.i18n). Not before the opening
        # window, which is empty until now: reading the profile loads platformdirs, which the
        # next step needs anyway, so the window appears as soon as it did.
        from desktop import i18n

        if self.db_url is not None:  # a server's driver loads while this thread works on
            _load_driver_beside(self.db_url)
        i18n.install_chosen()
        label = say_opening(self.opening)
        after_first_paint(label, self._read_first_page, PAINT_WAIT_MS)

    def _read_first_page(self) -> None:
        from desktop.crash import CrashReporter, configure_logging
        from desktop.history.model import read_opening_page
        from desktop.instance import AlreadyOpen, InstanceLock
        from desktop.opening import READ_FIRST_PAGE
        from models.location import default_database_url, user_data_dir

        db_url = self.db_url = self.db_url or default_database_url()
        data_dir = self.data_dir = user_data_dir()
        self._reporter = CrashReporter(configure_logging(data_dir / "logs"))
        self._reporter.parent_widget = lambda: self.window or self.opening
        self._reporter.install()
        lock = InstanceLock(data_dir / "locks", db_url)
        try:
            lock.acquire()
        except AlreadyOpen as problem:
            self._stop(EXIT_ALREADY_OPEN, str(problem))
            return
        self._lock = lock
        run_step(READ_FIRST_PAGE, lambda: read_opening_page(db_url), self._page_read,
                 lambda _error: self._page_read(None), self)
        importlib.import_module("desktop.main_window")  # loads while the page is read

        QTimer.singleShot(int(FIRST_PAGE_WAIT_S * 1000), self, lambda: self._page_read(None))

    def _page_read(self, page: Any) -> None:
        if self._page_decided:
            return
        self._page_decided = True
        if page is not None:
            self._show_while_opening(page)
        else:
            self._open_then_show()

    def _open_then_show(self) -> None:
        from desktop.opening import OPEN_RECORD

        db_url, data_dir = self._where()
        run_step(OPEN_RECORD, lambda: _open(db_url, data_dir), self._show_opened,
                 self._could_not_open, self)

    def _show_opened(self, result: tuple[Database, PlaybookCatalog]) -> None:
        from desktop.main_window import MainWindow

        db, catalog = result
        self.close_record = db.close
        self.context = build_context(db, catalog, self._where()[1])
        self._replace_opening(MainWindow(self.context, first_run_profile=True))

    def _show_while_opening(self, page: Any) -> None:
        """The main window with History's first page at once; the record opens behind it."""
        from desktop.main_window import MainWindow
        from desktop.opening import OPEN_RECORD, RecordOpening

        db_url, data_dir = self._where()
        record = RecordOpening(db_url, data_dir)
        context = self.context = build_context(record.db, record.catalog, data_dir)
        context.opening = record  # searches typed meanwhile are read ahead of the opening
        self.close_record = record.close
        painted = threading.Event()

        def open_once_painted() -> tuple[Database, PlaybookCatalog]:
            # The window first, and what the official asks for as it shows (desktop.opening).
            return record.open_behind(painted, PAINT_WAIT_MS / 1000)

        def done(result: tuple[Database, PlaybookCatalog]) -> None:
            context.record_now_open(*result)
            window.record_opened()

        def failed(error: BaseException) -> None:
            window.hide()  # not close(): there is nothing of this session to save
            self._could_not_open(error)

        # Queued before anything else can reach for the record: work that does waits for it,
        # and the opening must not wait for a thread such work holds. (As the background
        # runner's task, it also keeps that runner busy, as it is, until the record is open.)
        context.background.submit(open_once_painted, done, failed, label=OPEN_RECORD)
        window = MainWindow(context, first_page=page, record_open=False, first_run_profile=True)
        after_first_paint(window, painted.set, PAINT_WAIT_MS)
        self._replace_opening(window)

    def _replace_opening(self, window: MainWindow) -> None:
        self.window = window
        window.show()
        self.opening.close()
        self.opening.deleteLater()
        self.app.setQuitOnLastWindowClosed(True)  # from now on, closing the window ends the app

    def _could_not_open(self, error: BaseException) -> None:
        from desktop.crash import describe, log
        from playbooks.errors import UserError

        if isinstance(error, UserError):
            self._stop(EXIT_CANNOT_OPEN, str(error))
            return
        log.error("the record could not be opened\n%s", describe(error))
        self._stop(EXIT_INTERNAL, self.tr("The record could not be opened: {error}").format(
            error=f"{type(error).__name__}: {error}"))

    def _stop(self, code: int, problem: str) -> None:
        show_startup_problem(problem)
        self.app.exit(code)

    def _where(self) -> tuple[str, Path]:
        assert self.db_url is not None and self.data_dir is not None  # set by step 2
        return self.db_url, self.data_dir

    def finish(self) -> None:
        """After the event loop: let queued work finish, close the record, release the lock."""
        if self.window is None:
            self.opening.close()  # a step failed before the main window replaced it
        if self.context is not None:
            self.context.shutdown()
        if self.close_record is not None:
            self.close_record()
        if self._reporter is not None:
            self._reporter.uninstall()
        if self._lock is not None:
            self._lock.release()


def _load_driver_beside(db_url: str) -> None:
    """Begin importing the database driver History's first page will be read with (PostgreSQL:
    psycopg) on a daemon thread now, so that the read (step 2) does not wait for it."""
    from models.first_page import load_driver

    threading.Thread(target=load_driver, args=(db_url,), name="load the database driver",
                     daemon=True).start()


def _open(db_url: str, data_dir: Path) -> tuple[Database, PlaybookCatalog]:
    from desktop.opening import open_record

    return open_record(db_url, data_dir)
