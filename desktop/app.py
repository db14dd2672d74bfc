"""Starting the desktop app: `run(db_url)` is what `python main.py` calls with no command."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QStyleFactory

from desktop.context import DeskContext
from desktop.crash import CrashReporter, configure_logging
from desktop.dialogs import Dialogs
from desktop.instance import AlreadyOpen, InstanceLock
from desktop.tasks import BackgroundRunner, DatabaseRunner
from playbooks.errors import UserError

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


def build_context(db_url: str, data_dir: Path) -> DeskContext:
    from models.db import open_database
    from playbooks.loader import PlaybookCatalog

    db = open_database(db_url)
    user_playbooks = data_dir / "playbooks"
    catalog = PlaybookCatalog.load(user_playbooks)
    return DeskContext(
        db=db,
        catalog=catalog,
        runner=DatabaseRunner(),
        background=BackgroundRunner(),
        dialogs=Dialogs(),
        actor=actor_name(),
        user_playbooks=user_playbooks,
    )


def run(db_url: str) -> int:
    """Open the desktop window on the database at `db_url`; returns the exit code."""
    from models.db import user_data_dir

    app = application()
    data_dir = user_data_dir()
    reporter = CrashReporter(configure_logging(data_dir / "logs"))
    lock = InstanceLock(data_dir / "locks", db_url)
    try:
        lock.acquire()
    except AlreadyOpen as problem:
        show_startup_problem(str(problem))
        return 1
    try:
        try:
            context = build_context(db_url, data_dir)
        except UserError as problem:
            show_startup_problem(str(problem))
            return 2
        from desktop.main_window import MainWindow

        window = MainWindow(context)
        reporter.parent_widget = lambda: window
        reporter.install()
        window.show()
        code = app.exec()
        context.shutdown()
        context.db.close()
        return code
    finally:
        reporter.uninstall()
        lock.release()
