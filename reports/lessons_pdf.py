"""The lessons report as a PDF (issue 16 item 4): the calibration diagram, the scores overall and
per slice, and the largest misses with their rationale and the decision's retrospective.

Drawn with the memo's own parts (reports.layout's text blocks and styles, the embedded fonts of
reports.fonts: every font in the file is embedded, as in a memo) and ReportLab's invariant mode,
so the same report gives the same bytes. It is not signed: it is a working paper, not a record.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from playbooks.calibration import MIN_BIN_CALLS, MIN_CALLS
from playbooks.model import LIKELIHOOD_TERMS
from reports.calibration_chart import CalibrationDiagram
from reports.fonts import chooser
from reports.layout import (
    BODY,
    BULLET,
    CELL,
    H1,
    H2,
    HEADER_CELL,
    NAVY,
    RULE,
    SMALL,
    TINT,
    TITLE,
    BlockStyle,
    TextBlock,
)
from reports.lessons import LessonsReport, Slice, lessons_text, period_words
from reports.text import Span

_DISPLAY = {term.id: term.display for term in LIKELIHOOD_TERMS}
MARGIN = 18 * mm


def _p(text: str, style: BlockStyle = BODY) -> TextBlock:
    return TextBlock([Span(text)], style, "the lessons report")


def _n(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _table(header: Sequence[str], rows: list[list[str]], shares: Sequence[float],
           width: float) -> Table:
    cells = [[TextBlock([Span(h)], HEADER_CELL) for h in header]]
    cells += [[TextBlock([Span(c)], CELL, "the lessons report") for c in row] for row in rows]
    total = sum(shares)
    table = Table(cells, colWidths=[width * s / total for s in shares], repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(2, len(cells), 2)]
    table.setStyle(TableStyle(commands))
    table.spaceBefore, table.spaceAfter = 2, 6
    return table


def _score_rows(slices: Sequence[Slice]) -> list[list[str]]:
    rows = []
    for s in slices:
        c = s.calibration
        rows.append([s.shown, str(c.calls), str(s.cannot_tell), _n(c.brier), _n(c.reliability),
                     _n(c.resolution), _n(c.uncertainty), "too few calls" if c.too_few else ""])
    return rows


SCORE_HEADER = ("slice", "calls", "cannot tell", "Brier", "reliability", "resolution",
                "uncertainty", "")
SCORE_SHARES = (3.0, 0.7, 0.9, 0.8, 1.0, 1.0, 1.15, 1.1)


def _flowables(report: LessonsReport, width: float) -> list[Flowable]:
    overall = report.overall.calibration
    story: list[Flowable] = [
        _p("Lessons from past decisions: calibration", TITLE),
        _p(f"{period_words(report).capitalize()}. {report.decisions} decisions, "
           f"{report.retrospectives} with a retrospective; {overall.calls} resolved calls, "
           f"{report.overall.cannot_tell} that cannot be told, {report.unresolved} without an "
           "outcome yet.", BODY),
    ]
    if overall.too_few:
        story.append(_p(f"Too few calls to say much: fewer than {MIN_CALLS} resolved calls. The "
                        "numbers are shown, not to be trusted.", BODY))
    story += [
        _p("The calibration diagram", H1),
        CalibrationDiagram(overall),
        _p("Each likelihood call is scored at the midpoint of its ICD 203 range; the bars are "
           f"Wilson 95 % intervals; a bin of fewer than {MIN_BIN_CALLS} calls says little. Brier "
           "score = reliability − resolution + uncertainty (Murphy 1973): lower reliability "
           "and higher resolution are better. Method and sources: docs/method.md, \"Outcomes "
           "and calibration\".", SMALL),
        _p("Scores", H1),
        _table(SCORE_HEADER, _score_rows([report.overall]), SCORE_SHARES, width),
    ]
    bins = [[b.term.display, f"{b.forecast:.3f}", str(b.calls), str(b.occurred),
             _n(b.frequency),
             f"{b.interval[0]:.3f}–{b.interval[1]:.3f}" if b.interval else "–",
             "too few calls" if b.too_few and b.calls else ("" if b.calls else "no calls")]
            for b in overall.bins]
    story.append(_table(("term", "said", "calls", "occurred", "how often", "Wilson 95 %", ""),
                        bins, (2.6, 0.8, 0.8, 0.9, 1.0, 1.4, 1.4), width))
    for name, slices in report.slices.items():
        if slices:
            story += [_p(f"By {name}", H2),
                      _table(SCORE_HEADER, _score_rows(slices), SCORE_SHARES, width)]
    story.append(_p("Largest misses", H1))
    if not report.misses:
        story.append(_p("No resolved call yet.", BODY))
    for m in report.misses:
        c = m.call
        happened = "it occurred" if c.outcome and c.outcome.result == "occurred" \
            else "it did not occur"
        story.append(_p(f"{c.title}: {c.prompt}", H2))
        story.append(_p(f"Said {_DISPLAY[c.term]}; {happened} (squared error "
                        f"{m.squared_error:.3f}). Decided {c.decided_at.date().isoformat()}, "
                        f"answered by {c.drafter}; assessment {c.assessment_id}.", SMALL))
        lines = [f"Rationale: {c.rationale or '(none given)'}"]
        if c.outcome is not None:
            lines.append(f"What happened: {c.outcome.note}")
        if m.retrospective is not None:
            lines += [f"What we got wrong: {m.retrospective.wrong}",
                      f"What we would do again: {m.retrospective.again}"]
        else:
            lines.append("No retrospective of the decision yet.")
        story += [_p(line, BULLET) for line in lines]
    return story


def lessons_pdf(report: LessonsReport) -> bytes:
    """The lessons report's PDF bytes."""
    story_width = A4[0] - 2 * MARGIN
    story = _flowables(report, story_width)
    chooser().check(lessons_text(report), "the lessons report")  # every glyph, before drawing
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title="Lessons from past decisions: calibration",
        subject=period_words(report), creator="Concert Desk", invariant=1, pageCompression=1,
    )
    document.build(story)
    return buffer.getvalue()
