"""Unexpected failures: log them, tell the user plainly, keep the app (and the work) alive.

Answers are saved as they are typed, so an error in one handler loses nothing already entered;
the hook therefore never quits the application. Each failure is appended to a log file in the
user data folder and shown in a dialog whose "Copy details" button puts the full report on the
clipboard for a support request.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from playbooks.errors import UserError

LOG_NAME = "concert-desk.log"
log = logging.getLogger("concert_desk")


def configure_logging(log_dir: Path) -> Path:
    from models.location import create_private_file, private_folder

    private_folder(log_dir)  # logs can quote titles of classified assessments: 0700, 0600
    path = log_dir / LOG_NAME
    create_private_file(path)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def describe(error: BaseException, tb: TracebackType | None = None) -> str:
    """The full report: versions and the traceback (for support, not for the main message)."""
    lines = traceback.format_exception(type(error), error, tb or error.__traceback__)
    header = (
        f"Concert Desk on Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.platform()}\n"
    )
    return header + "".join(lines)


class CrashReporter:
    """Installed as sys.excepthook while the app runs."""

    def __init__(self, log_path: Path, parent: Callable[[], QWidget | None] = lambda: None):
        self.log_path = log_path
        self.parent_widget = parent
        self._showing = False
        self.reported: list[str] = []  # every report, newest last (tests read this)
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(error, UserError):
            # An expected failure that a handler forgot to catch: one readable line is enough.
            log.warning("user error: %s", error)
            self.reported.append(str(error))
            self.show_user_error(str(error))
            return
        details = describe(error, tb)
        log.error("unexpected error\n%s", details)
        self.reported.append(details)
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self.show_dialog(str(error) or kind.__name__, details)
        finally:
            self._showing = False

    def show_user_error(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget(), "Concert Desk", message)

    def show_dialog(self, summary: str, details: str) -> None:
        """Replaceable in tests. The app carries on after the dialog closes."""
        CrashDialog(summary, details, self.log_path, self.parent_widget()).exec()


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, log_path: Path, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        intro = QLabel(self.tr(
            "Concert Desk hit an unexpected problem. Everything you entered before it has been "
            "saved, and you can carry on working.\n\n"
            "{summary}\n\nA report was written to {log}."
        ).format(summary=summary, log=log_path))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Error details"))
        copy = QPushButton(self.tr("&Copy details"))
        copy.setAccessibleName(self.tr("Copy error details to the clipboard"))
        copy.clicked.connect(self.copy_details)
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addLayout(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
