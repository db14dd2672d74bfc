"""A row of buttons that wraps onto further rows when the width runs out.

A QHBoxLayout asks for the width of all its buttons side by side as its minimum. Translated,
History's three record actions ("Consigner une opinion divergente…") asked so much that the
detail pane took the splitter's width from the table and squeezed its columns at 1024 pixels.
This layout asks only for its widest button and goes down a row where the next one does not fit,
from the leading edge (right to left in Hebrew).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget
from shiboken6 import isValid


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def _live(self) -> list[QLayoutItem]:
        # Qt may delete an item's C++ side with its widget before telling this Python list
        # (a page torn down while a relayout is pending): forget such items, never touch them.
        self._items = [item for item in self._items if isValid(item)]
        return self._items

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        # Its widest item: asking for the whole row would win the row's width back from a
        # splitter (which shares out its width by the panes' size hints) and undo the wrapping.
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size

    def _visible(self) -> list[QLayoutItem]:
        shown = []
        for item in self._live():
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in rows within `rect` (when `place`); the height they take."""
        x, y, row_height = rect.x(), rect.y(), 0
        spacing = self.spacing()
        for item in self._visible():
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, row_height = rect.x(), y + row_height + spacing, 0
            if place:
                where = QRect(QPoint(x, y), hint)
                item.setGeometry(QStyle.visualRect(self._direction(), rect, where))
            x += hint.width() + spacing
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y()

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
