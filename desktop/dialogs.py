"""Every modal question the app asks goes through one small object.

Pages never call QMessageBox or QFileDialog directly: they call these methods, so a test can
replace one (`context.dialogs.open_file = lambda *a, **k: path`) and drive the flow without a
modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from playbooks.errors import UserError

FOLDER_KEY = "dialogs/folder"


def start_folder() -> Path:
    """Where a file dialog opens: the folder of the last file chosen, else the user's Documents,
    else home, never the process's working directory (for a developer's launch, the source
    checkout, where identity files and memos have no business)."""
    remembered = QSettings().value(FOLDER_KEY, "")
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _chosen(name: str) -> Path | None:
    if not name:
        return None
    QSettings().setValue(FOLDER_KEY, str(Path(name).parent))
    return Path(name)


class Dialogs:
    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error_shown(self, parent: QWidget | None, title: str) -> Callable[[BaseException], None]:
        """A task's on_error: an expected failure (UserError) is shown in an error dialog;
        anything else is raised again, for the crash reporter."""

        def show(error: BaseException) -> None:
            if not isinstance(error, UserError):
                raise error
            self.error(parent, title, str(error))

        return show

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def ask_warning(self, parent: QWidget | None, title: str, text: str, action: str) -> bool:
        """A warning that offers one thing to do about it now; False when put off."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        act = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Dialogs", "Later"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(act)
        box.exec()
        return box.clickedButton() is act

    def choose(
        self, parent: QWidget | None, title: str, label: str, items: list[str]
    ) -> int | None:
        """One of `items` picked from a list; its index, or None when cancelled."""
        text, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return items.index(text) if ok and text in items else None

    def open_file(self, parent: QWidget | None, caption: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, caption, str(start_folder()), filters)
        return _chosen(name)

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> Path | None:
        suggested_path = Path(suggested)
        if not suggested_path.is_absolute():  # a bare name ("CD-2026-0001.pdf") goes in the folder
            suggested_path = start_folder() / suggested_path
        name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested_path), filters)
        return _chosen(name)

    def exec_dialog(self, dialog: object) -> bool:
        """Run a custom dialog modally; tests replace this to fill it in and accept it."""
        return bool(dialog.exec())  # type: ignore[attr-defined]
