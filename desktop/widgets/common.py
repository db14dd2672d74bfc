"""Small widgets shared by several pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QWheelEvent
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QWidget


class QuietComboBox(QComboBox):
    """A combo box that ignores the mouse wheel unless it has focus, so scrolling a long page
    never changes an answer by accident."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Long item texts ("F — reliability cannot be judged") must not force the page wider
        # than the window; the drop-down list still shows them in full.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(8)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def set_locked(self, locked: bool) -> None:
        """A decided record's value: it cannot be changed, yet reads in full contrast."""
        self.setEnabled(not locked)
        if locked:
            legible_when_disabled(self)


def legible_when_disabled(widget: QWidget) -> None:
    """Draw `widget`'s disabled text in its normal colours. A decided record disables what can
    no longer change, and the style's greyed text was barely visible, in dark mode above all;
    what was decided must read as clearly as it did when it was written."""
    palette = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role,
                         palette.color(QPalette.ColorGroup.Active, role))
    widget.setPalette(palette)


def heading(text: str, level: int = 1) -> QLabel:
    """A bold heading sized relative to the system font (so it follows high-DPI and the
    user's font settings)."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * {1: 1.45, 2: 1.2, 3: 1.0}[level])
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(text: str) -> QLabel:
    """Secondary text (guidance, hints) in the palette's placeholder colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(label.foregroundRole())
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.placeholderText().color())
    label.setPalette(palette)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
