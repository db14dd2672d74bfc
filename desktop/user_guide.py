"""Help > User guide (F1): the guide shipped with the app, shown offline in a window of its own.

The guide is `desktop/help/user-guide.md`, package data like the memo templates, so an installed
app has it without a checkout or a network. It opens beside the main window (not modal), so it
can stay open while the official works; a second F1 brings the same window forward.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

GUIDE = Path(__file__).with_name("help") / "user-guide.md"


class UserGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Concert Desk user guide"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("User guide"))
        self.text.setOpenLinks(False)  # nothing in it leaves the app
        self.text.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.text.setFocus()  # PgDown scrolls at once


def show_user_guide(parent: QWidget) -> UserGuide:
    """Show the guide, reusing the window already open for `parent`."""
    guide = parent.findChild(UserGuide)
    if guide is None:
        guide = UserGuide(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.text.setFocus()
    return guide
