"""Starting the desktop app: `run(db_url)` is what `python main.py` calls with no command."""

from __future__ import annotations

import getpass
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QEventLoop, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStyleFactory

from desktop.context import DeskContext
from desktop.crash import CrashReporter, configure_logging
from desktop.dialogs import Dialogs
from desktop.instance import AlreadyOpen, InstanceLock
from desktop.tasks import BackgroundRunner, DatabaseRunner
from playbooks.errors import UserError

T = TypeVar("T")

ORGANISATION = "ConcertDesk"
APPLICATION = "Concert Desk"


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
    """Who the audit chain records for changes made in this window."""
    configured = QSettings().value("user/name", "")
    if isinstance(configured, str) and configured.strip():
        return configured.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "desktop user"


def show_startup_problem(text: str) -> None:
    """Replaceable in tests: a problem that stops the app before its window opens."""
    QMessageBox.warning(None, APPLICATION, text)


def open_record(db_url: str, data_dir: Path) -> tuple[Any, Any]:
    """The database and playbook catalog: the slow, Qt-free part of starting (imports
    SQLAlchemy, opens and checks the database, reads the playbooks), run off the UI thread."""
    from models.db import open_database
    from playbooks.loader import PlaybookCatalog

    db = open_database(db_url)
    try:
        catalog = PlaybookCatalog.load(data_dir / "playbooks")
        import desktop.main_window  # noqa: F401  (its imports too, while the window paints)
    except BaseException:
        db.close()
        raise
    return db, catalog


def build_context(db_url: str, data_dir: Path, opened: tuple[Any, Any] | None = None,
                  ) -> DeskContext:
    db, catalog = opened or open_record(db_url, data_dir)
    return DeskContext(
        db=db,
        catalog=catalog,
        runner=DatabaseRunner(),
        background=BackgroundRunner(),
        dialogs=Dialogs(),
        actor=actor_name(),
        user_playbooks=data_dir / "playbooks",
    )


def opening_window() -> QMainWindow:
    """Shown at once, where the main window was last, while the record is being opened
    (bench: opening takes several times as long as showing a window)."""
    window = QMainWindow()
    window.setWindowTitle(APPLICATION)
    label = QLabel("Opening the record…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName("Opening the record")
    window.setCentralWidget(label)
    window.resize(1280, 820)
    geometry = QSettings().value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    return window


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


def run(db_url: str | None = None) -> int:
    """Open the desktop window on the database at `db_url` (None: the default database);
    returns the exit code."""
    app = application()
    opening = opening_window()
    opening.show()
    _paint_now(app, opening)
    from models.db import default_database_url, user_data_dir

    db_url = db_url or default_database_url()
    data_dir = user_data_dir()
    reporter = CrashReporter(configure_logging(data_dir / "logs"))
    lock = InstanceLock(data_dir / "locks", db_url)
    try:
        lock.acquire()
    except AlreadyOpen as problem:
        opening.close()
        show_startup_problem(str(problem))
        return 1
    try:
        try:
            opened = _off_the_ui_thread(app, lambda: open_record(db_url, data_dir))
        except UserError as problem:
            opening.close()
            show_startup_problem(str(problem))
            return 2
        context = build_context(db_url, data_dir, opened)
        from desktop.main_window import MainWindow

        window = MainWindow(context)
        reporter.parent_widget = lambda: window
        reporter.install()
        window.show()
        opening.close()
        opening.deleteLater()
        code = app.exec()
        context.shutdown()
        context.db.close()
        return code
    finally:
        reporter.uninstall()
        lock.release()
