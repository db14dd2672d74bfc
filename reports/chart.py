"""The criteria chart: one horizontal bar per criterion, its pass mark, its result.

Drawn directly on the canvas (not with reportlab.graphics, whose labels could not carry
non-Latin criterion titles): labels go through reports.text like every other string.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from reports.context import MemoContext
from reports.layout import INK, MUTED, NAVY, RULE, TONES
from reports.memo_language import memo_language
from reports.text import Span, draw_line, layout

ROW = 17.0
LABEL_SHARE = 0.34


class CriteriaChart(Flowable):
    def __init__(self, ctx: MemoContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.spaceBefore = 4
        self.spaceAfter = 8

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = ROW * len(self.ctx.criteria) + 34
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        language = memo_language(self.ctx.language, self.ctx.second_language)
        _ = language.gettext
        label_width = self.width * LABEL_SHARE
        left = label_width + 8
        plot_width = self.width - left - 12  # no value labels: the table above gives them
        bottom = 22.0
        top = self.height - 8
        width = self.width
        # A right-to-left memo mirrors the chart: labels on the right, bars growing leftwards.
        rtl = language.rtl

        def at(x: float, span: float = 0.0) -> float:
            """Where something `span` wide that starts at `x` (left to right) is drawn."""
            return width - x - span if rtl else x

        # Axis: 0 to 1 with light grid lines.
        canvas.setLineWidth(0.4)
        for step in range(5):
            value = step / 4
            x = left + plot_width * value
            canvas.setStrokeColor(RULE if step else MUTED)
            canvas.line(at(x), bottom - 3, at(x), top)
            tick = layout([Span(language.score(value))], 7, 40)[0]
            canvas.setFillColor(MUTED)
            draw_line(canvas, tick, at(x) - tick.width / 2, bottom - 12)
        for index, criterion in enumerate(self.ctx.criteria):
            y = top - (index + 1) * ROW + 4
            label = layout([Span(criterion.title + (_(" (gate)") if criterion.gate else ""))], 8,
                           10_000)[0]
            if label.width > label_width:  # keep one line: shrink the label to fit
                label = layout([Span(criterion.title)], 8 * label_width / label.width,
                               10_000)[0]
            canvas.setFillColor(INK)
            draw_line(canvas, label, at(label_width - label.width, label.width), y + 3)
            colour = TONES.get(criterion.status, MUTED)
            if criterion.score is not None:
                canvas.setFillColor(colour)
                bar = max(plot_width * criterion.score, 0.8)
                canvas.rect(at(left, bar), y, bar, ROW - 7, stroke=0, fill=1)
            mark = at(left + plot_width * criterion.pass_threshold)
            canvas.setStrokeColor(NAVY)
            canvas.setLineWidth(1.4)
            canvas.line(mark, y - 2, mark, y + ROW - 5)
        legend = layout([Span(_("Bars: criterion score (0–1). Blue marks: pass mark. "
                                "Colour: green pass, red fail, grey incomplete."))], 7,
                        self.width)[0]
        canvas.setFillColor(MUTED)
        draw_line(canvas, legend, at(left, legend.width), 0)
        canvas.setFillColor(colors.black)


def criteria_chart(ctx: MemoContext, width: float) -> Flowable:
    return CriteriaChart(ctx)
