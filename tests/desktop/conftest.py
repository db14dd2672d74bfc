"""Desktop test setup: offscreen Qt, settings in a temporary folder, a window factory on a
fresh database, and a guard that fails any test leaving threads or timers running."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from desktop.app import configure
from desktop.context import DeskContext
from desktop.dialogs import Dialogs
from desktop.tasks import BackgroundRunner, DatabaseRunner
from playbooks.loader import PlaybookCatalog


class RecordingDialogs(Dialogs):
    """Dialogs that never block: errors and notices are recorded, questions answered yes, and
    file pickers return what a test queued."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[tuple[str, str]] = []
        self.warnings: list[tuple[str, str]] = []
        self.files: list[Path | None] = []
        self.confirm_answer = True
        self.act_on_warning = False  # a warning's "do it now" button, or "Later"
        self.choices: list[tuple[str, list[str]]] = []
        self.choice: int | None = 0  # the item a list question picks (None: cancelled)

    def error(self, parent, title, text) -> None:
        self.errors.append((title, text))

    def info(self, parent, title, text) -> None:
        self.infos.append((title, text))

    def confirm(self, parent, title, text) -> bool:
        self.confirms.append((title, text))
        return self.confirm_answer

    def ask_warning(self, parent, title, text, action) -> bool:
        self.warnings.append((title, text))
        return self.act_on_warning

    def choose(self, parent, title, label, items):
        self.choices.append((label, list(items)))
        return self.choice

    def open_file(self, parent, caption, filters):
        return self.files.pop(0) if self.files else None

    def save_file(self, parent, caption, suggested, filters):
        return self.files.pop(0) if self.files else None

    def exec_dialog(self, dialog) -> bool:
        raise AssertionError("a test must replace exec_dialog before a dialog opens")


@pytest.fixture(autouse=True)
def _isolated_settings(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    configure(qapp)
    # The window in English with US formats, whatever this machine's locale (desktop.
    # locale_format writes numbers and dates as the default locale does).
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield
    QSettings().clear()


@pytest.fixture
def contexts() -> Iterator[list[DeskContext]]:
    """Every DeskContext a test made; at the end their threads must be idle and stopped."""
    made: list[DeskContext] = []
    yield made
    for context in made:
        context.shutdown()


@pytest.fixture(autouse=True)
def _no_leftover_work(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    # Windows are closed by the fixtures that made them before this check runs.
    qapp.processEvents()
    problems = []
    if not QThreadPool.globalInstance().waitForDone(5000):
        problems.append("the global thread pool still has running threads")
    for widget in qapp.topLevelWidgets():
        if widget.isVisible():
            problems.append(f"a window is still open: {widget!r}")
        for timer in widget.findChildren(QTimer):
            if timer.isActive() and timer.objectName() != "qt_internal":
                problems.append(f"a timer is still running: {timer!r} in {widget!r}")
    for context in getattr(request.node, "_desk_contexts", []):
        if context.runner.active_threads() or context.background.active_threads():
            problems.append("a desk runner still has running threads")
        if not context.runner.is_idle():
            problems.append("database work is still pending")
    for widget in qapp.topLevelWidgets():
        widget.deleteLater()
    qapp.processEvents()
    if problems:
        pytest.fail("; ".join(problems))


@pytest.fixture
def catalog(database) -> PlaybookCatalog:
    from models.playbook_store import RecordPlaybooks

    return PlaybookCatalog.load(None, record=RecordPlaybooks(database))


@pytest.fixture
def make_context(database, catalog, tmp_path: Path, request: pytest.FixtureRequest,
                 contexts) -> Callable[[], DeskContext]:
    """A DeskContext on the test's fresh database (SQLite or PostgreSQL), or on `db`."""

    def make(db=None) -> DeskContext:
        context = DeskContext(
            db=db or database,
            catalog=catalog,
            runner=DatabaseRunner(),
            background=BackgroundRunner(),
            dialogs=RecordingDialogs(),
            actor="test official",
            user_playbooks=tmp_path / "user-playbooks",
        )
        contexts.append(context)
        request.node._desk_contexts = [*getattr(request.node, "_desk_contexts", []), context]
        return context

    return make


@pytest.fixture
def make_window(make_context, qtbot) -> Iterator[Callable[..., object]]:
    """Open a main window (closing it, and so flushing its work, at the end of the test)."""
    from desktop.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(context: DeskContext | None = None, **options) -> MainWindow:
        window = MainWindow(context or make_context(), **options)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        qtbot.waitUntil(lambda: window.context.runner.is_idle()
                        and window.context.background.is_idle())
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
