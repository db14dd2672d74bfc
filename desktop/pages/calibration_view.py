"""The calibration (reliability) diagram on screen: what the calls said (x, each ICD 203 term at
its midpoint, its range marked under the axis) against how often the event happened (y), each
point with its Wilson 95 % interval, the diagonal for perfect calibration. A bin with too few
calls is drawn hollow and grey. Clicking a point (or choosing its row in the table beside it,
for the keyboard) selects the term: `term_chosen` says which.

Painted with Qt (QPainter) rather than a plotting library: seven points and their bars need no
new dependency, it draws the same picture as the lessons PDF (reports.calibration_chart), and a
click maps back to a point without a library's event layer.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.locale_format import number
from playbooks.calibration import Calibration

FULL = QColor("#1f3a5f")
THIN = QColor("#8a96a3")
GRID = QColor("#c9d1d9")
TINT = QColor("#eef2f6")
SELECTED = QColor("#b26a00")
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_RIGHT = 46.0, 44.0, 12.0, 16.0


class CalibrationView(QWidget):
    term_chosen = Signal(str)  # an ICD 203 term id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Calibration diagram: how often what was called happened"))
        self.setMinimumSize(220, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.calibration: Calibration | None = None
        self.selected: str | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def show_calibration(self, calibration: Calibration | None) -> None:
        self.calibration = calibration
        self.update()

    def select(self, term: str | None) -> None:
        self.selected = term
        self.update()

    def plot_rect(self) -> QRectF:
        side = min(self.width() - MARGIN_LEFT - MARGIN_RIGHT,
                   self.height() - MARGIN_BOTTOM - MARGIN_TOP)
        return QRectF(MARGIN_LEFT, MARGIN_TOP, max(side, 10.0), max(side, 10.0))

    def points(self) -> dict[str, QPointF]:
        """Where each term with calls has its point, at the widget's present size."""
        if self.calibration is None:
            return {}
        plot = self.plot_rect()
        return {b.term.id: QPointF(plot.left() + plot.width() * b.forecast,
                                   plot.bottom() - plot.height() * b.frequency)
                for b in self.calibration.bins if b.calls and b.frequency is not None}

    def point_of(self, term: str) -> QPointF | None:
        """Where a term's point is drawn (None: no calls in it)."""
        return self.points().get(term)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        painter.fillRect(plot, TINT)
        painter.setPen(QPen(GRID, 1))
        for step in range(11):
            x = plot.left() + plot.width() * step / 10
            y = plot.bottom() - plot.height() * step / 10
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(self.palette().text().color())
        for step in range(0, 11, 2):
            x = plot.left() + plot.width() * step / 10
            y = plot.bottom() - plot.height() * step / 10
            painter.drawText(QRectF(x - 20, plot.bottom() + 6, 40, 14),
                             Qt.AlignmentFlag.AlignCenter, number(step / 10, 1))
            # Absolute: flush against the axis in a right-to-left window too, where a plain
            # AlignRight is mirrored to the left and runs the labels into the axis title.
            painter.drawText(QRectF(plot.left() - 40, y - 7, 34, 14),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                             | Qt.AlignmentFlag.AlignVCenter, number(step / 10, 1))
        painter.drawText(QRectF(plot.left(), plot.bottom() + 22, plot.width(), 16),
                         Qt.AlignmentFlag.AlignCenter, self.tr("what the call said"))
        painter.save()
        painter.translate(12, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16),
                         Qt.AlignmentFlag.AlignCenter, self.tr("how often it happened"))
        painter.restore()
        painter.setPen(QPen(THIN, 1, Qt.PenStyle.DashLine))
        painter.drawLine(plot.bottomLeft(), plot.topRight())
        if self.calibration is None:
            return
        for b in self.calibration.bins:
            painter.setPen(QPen(FULL, 2))
            low, high = b.term.low / 100, b.term.high / 100
            painter.drawLine(QPointF(plot.left() + plot.width() * low + 1, plot.bottom() + 3),
                             QPointF(plot.left() + plot.width() * high - 1, plot.bottom() + 3))
            if not b.calls or b.interval is None or b.frequency is None:
                continue
            x = plot.left() + plot.width() * b.forecast
            y = plot.bottom() - plot.height() * b.frequency
            colour = THIN if b.too_few else FULL
            painter.setPen(QPen(colour, 1.5))
            top = plot.bottom() - plot.height() * b.interval[1]
            bottom = plot.bottom() - plot.height() * b.interval[0]
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.drawLine(QPointF(x - 4, top), QPointF(x + 4, top))
            painter.drawLine(QPointF(x - 4, bottom), QPointF(x + 4, bottom))
            radius = 4 + min(b.calls, 50) ** 0.5 * 0.8
            if b.term.id == self.selected:
                painter.setPen(QPen(SELECTED, 3))
            painter.setBrush(QColor("white") if b.too_few else colour)
            painter.drawEllipse(QPointF(x, y), radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + radius + 3, y + 4),
                             f"{number(b.occurred)}/{number(b.calls)}")

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        nearest = min(self.points().items(),
                      key=lambda item: (item[1] - position).manhattanLength(), default=None)
        if nearest is not None and (nearest[1] - position).manhattanLength() <= 16:
            self.select(nearest[0])
            self.term_chosen.emit(nearest[0])
        super().mousePressEvent(event)
