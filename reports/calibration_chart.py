"""The calibration (reliability) diagram of the lessons report: what the calls said (x, each
ICD 203 term at its midpoint, its range shaded) against how often the event happened (y), each
point with its Wilson 95 % interval; the diagonal is perfect calibration.

Drawn on the canvas like the memo's criteria chart (reports.chart), every label through
reports.text, so only the embedded fonts are used. A bin with fewer calls than
playbooks.calibration.MIN_BIN_CALLS is drawn hollow and grey: "too few calls" is in the legend.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from playbooks.calibration import MIN_BIN_CALLS, Calibration
from reports.layout import INK, MUTED, NAVY, RULE, TINT
from reports.text import Span, draw_line, layout

FULL = colors.HexColor("#1f3a5f")
THIN = colors.HexColor("#8a96a3")


class CalibrationDiagram(Flowable):
    def __init__(self, calibration: Calibration, size: float = 260.0) -> None:
        super().__init__()
        self.calibration = calibration
        self.size = size
        self.spaceBefore = 4
        self.spaceAfter = 8

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.size + 60
        return self.width, self.height

    def _label(self, text: str, x: float, y: float, size: float = 7, *, centre: bool = False,
               colour: colors.Color = MUTED) -> None:
        line = layout([Span(text)], size, 10_000)[0]
        self.canv.setFillColor(colour)
        draw_line(self.canv, line, x - (line.width / 2 if centre else 0), y)

    def draw(self) -> None:
        canvas = self.canv
        side = self.size
        left, bottom = 42.0, 40.0
        canvas.setFillColor(TINT)
        canvas.rect(left, bottom, side, side, stroke=0, fill=1)
        canvas.setLineWidth(0.4)
        for step in range(11):
            value = step / 10
            canvas.setStrokeColor(RULE)
            canvas.line(left + side * value, bottom, left + side * value, bottom + side)
            canvas.line(left, bottom + side * value, left + side, bottom + side * value)
            if step % 2 == 0:
                self._label(f"{value:.1f}", left + side * value, bottom - 10, centre=True)
                self._label(f"{value:.1f}", left - 16, bottom + side * value - 2.5)
        canvas.setStrokeColor(MUTED)
        canvas.setDash(3, 2)
        canvas.line(left, bottom, left + side, bottom + side)  # perfect calibration
        canvas.setDash()
        for bin_ in self.calibration.bins:  # the ICD 203 ranges as ticks under the axis
            canvas.setStrokeColor(NAVY)
            canvas.setLineWidth(1.2)
            low, high = bin_.term.low / 100, bin_.term.high / 100
            canvas.line(left + side * low + 0.8, bottom - 3, left + side * high - 0.8, bottom - 3)
        self._label("what the call said (ICD 203 term at its midpoint; its range marked below "
                    "the axis)", left + side / 2, bottom - 24, 7.5, centre=True, colour=INK)
        canvas.saveState()
        canvas.translate(left - 26, bottom + side / 2)
        canvas.rotate(90)
        self._label("how often it happened", 0, 0, 7.5, centre=True, colour=INK)
        canvas.restoreState()
        for bin_ in self.calibration.bins:
            if not bin_.calls or bin_.interval is None or bin_.frequency is None:
                continue
            x = left + side * bin_.forecast
            y = bottom + side * bin_.frequency
            low, high = bin_.interval
            colour = THIN if bin_.too_few else FULL
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(1.0)
            canvas.line(x, bottom + side * low, x, bottom + side * high)
            for end in (low, high):
                canvas.line(x - 3, bottom + side * end, x + 3, bottom + side * end)
            radius = 2.5 + min(bin_.calls, 50) ** 0.5 * 0.6
            canvas.setFillColor(colors.white if bin_.too_few else colour)
            canvas.circle(x, y, radius, stroke=1, fill=1)
            self._label(f"{bin_.occurred}/{bin_.calls}", x + radius + 2, y - 2.5, 6.5)
        legend_x = left + side + 40  # clear of the labels of the points at 1.0
        self._legend(legend_x, bottom + side - 8)

    def _legend(self, x: float, y: float) -> None:
        canvas = self.canv
        canvas.setStrokeColor(FULL)
        canvas.setFillColor(FULL)
        canvas.circle(x + 3, y + 2.5, 3, stroke=1, fill=1)
        self._label(f"a bin of {MIN_BIN_CALLS} calls or more", x + 10, y, 7.5, colour=INK)
        canvas.setStrokeColor(THIN)
        canvas.setFillColor(colors.white)
        canvas.circle(x + 3, y - 11.5, 3, stroke=1, fill=1)
        self._label(f"too few calls (under {MIN_BIN_CALLS}): says little", x + 10, y - 14, 7.5,
                    colour=INK)
        canvas.setStrokeColor(FULL)
        canvas.line(x + 3, y - 30, x + 3, y - 22)
        self._label("Wilson 95 % interval of how often", x + 10, y - 28, 7.5, colour=INK)
        canvas.setStrokeColor(MUTED)
        canvas.setDash(3, 2)
        canvas.line(x, y - 40, x + 7, y - 36)
        canvas.setDash()
        self._label("perfect calibration", x + 10, y - 42, 7.5, colour=INK)
        self._label("n/m: occurred / calls", x + 10, y - 56, 7.5, colour=INK)
