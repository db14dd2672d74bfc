"""A radio button whose label wraps onto more lines instead of widening the page.

QRadioButton lays its text out on one line and asks for that whole width as its minimum, so
one long grade label ("4 — mass killing, atrocity crimes or use of weapons of mass
destruction") forced the question column wider than a 1024-pixel window and hid the rest
behind a horizontal scrollbar. This one keeps the button's text (screen readers, focus,
mnemonics, `text()`), draws it word-wrapped in whatever width the layout gives, asks for the
height that takes, and takes a click anywhere on its lines. Right to left (Hebrew) the indicator
stands at the right and the lines start there.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
)

TEXT_FLAGS = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
NARROWEST_TEXT = 120  # pixels of text the button accepts before it asks for more width


class WrappingRadioButton(QRadioButton):
    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Layouts ask the height for each width many times while a step is first laid out
        # (a dozen times a button); measuring wrapped text is the costly part. Keyed by text
        # too, and emptied when the font, style or direction change.
        self._heights: dict[tuple[int, str], int] = {}

    def _indicator_width(self) -> int:
        style = self.style()
        return (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
                + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self))

    def _flags(self) -> int:
        """TEXT_FLAGS as laid out in this direction (AlignAbsolute: nothing mirrors it again)."""
        if self.isRightToLeft():
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                       | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        return int(TEXT_FLAGS)

    def _text_rect(self, width: int) -> QRect:
        left = self._indicator_width() + 2
        available = QRect(left, 1, max(1, width - left - 2), 10_000)
        if self.isRightToLeft():  # the same room, measured from the right edge
            available.moveLeft(2)
        return self.fontMetrics().boundingRect(available, self._flags(), self.text())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        key = (width, self.text())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= 64:  # a window dragged wider and narrower: start again
                self._heights.clear()
            indicator = self.style().pixelMetric(
                QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self)
            height = self._heights[key] = max(indicator, self._text_rect(width).height()) + 4
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.LayoutDirectionChange):
            self._heights.clear()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        one_line = self._indicator_width() + self.fontMetrics().horizontalAdvance(self.text()) + 6
        return QSize(one_line, self.heightForWidth(one_line))

    def minimumSizeHint(self) -> QSize:
        width = self._indicator_width() + NARROWEST_TEXT
        return QSize(width, self.heightForWidth(width))

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        style = self.style()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = QStyleOptionButton(option)
        size = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        line = self.fontMetrics().height()
        indicator.rect = QStyle.visualRect(self.layoutDirection(), self.rect(),
                                           QRect(0, max(0, 2 + (line - size) // 2), size, size))
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, indicator,
                            painter, self)
        text = self._text_rect(self.width())
        style.drawItemText(painter, text, self._flags(), option.palette, self.isEnabled(),
                           self.text(), self.foregroundRole())
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = text.adjusted(-2, -1, 2, 1)
            focus.backgroundColor = option.palette.window().color()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, self)
