"""File dialogs open where the official keeps files, not in the app's working directory.

Issue 14: every open and save dialog started in the current directory, which for the README's
launch is the source checkout; identity files and memos landed there."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from desktop.dialogs import FOLDER_KEY, Dialogs, start_folder


def _shown_folder_then_chosen(qtbot, choose: Path | None) -> list[str]:
    """Read the directory the real (Qt, non-native) file dialog opens in, then pick `choose`
    or cancel."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.directory().absolutePath())
        seen.append(dialog.selectedFiles()[0] if dialog.selectedFiles() else "")
        if choose is None:
            dialog.reject()
        else:
            # Typed as an official would, into the dialog's own name field; then done(), not
            # accept(), which waits for the folder's listing (read asynchronously).
            dialog.setDirectory(str(choose.parent))
            name = dialog.findChild(QLineEdit, "fileNameEdit")
            name.setText(str(choose))
            QDialog.done(dialog, QDialog.DialogCode.Accepted)

    QTimer.singleShot(20, answer)
    return seen


def test_open_and_save_start_in_documents_then_in_the_last_folder_used(qtbot, tmp_path,
                                                                       monkeypatch):
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(documents))
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    monkeypatch.chdir(checkout)
    QSettings().remove(FOLDER_KEY)
    dialogs = Dialogs()

    seen = _shown_folder_then_chosen(qtbot, None)
    assert dialogs.open_file(None, "Import a case file", "Cases (*.yaml)") is None
    # Documents when Qt finds it for this HOME (it may keep what it found earlier), else home;
    # never the working directory.
    assert Path(seen[0]) == start_folder() and start_folder() != checkout

    cases = tmp_path / "cases"
    cases.mkdir()
    case = cases / "strait.yaml"
    case.write_text("title: x\n", encoding="utf-8")
    seen = _shown_folder_then_chosen(qtbot, case)
    assert dialogs.open_file(None, "Import a case file", "Cases (*.yaml)") == case

    seen = _shown_folder_then_chosen(qtbot, None)
    assert dialogs.save_file(None, "Export memo", "CD-2026-0001.pdf", "PDF (*.pdf)") is None
    assert Path(seen[0]) == cases  # the folder of the last file chosen
    assert Path(seen[1]) == cases / "CD-2026-0001.pdf"  # the suggested name, in that folder
    assert not any(os.scandir(checkout))
