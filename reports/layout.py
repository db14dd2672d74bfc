"""From the memo template's XML to ReportLab flowables.

The template (templates/memo.xml.j2) decides what the memo says; this module decides how it
looks: type sizes, spacing, tables, the bottom-line box, signature boxes. All text goes through
`TextBlock`, which draws with reports.text (per-script fonts, right-to-left order, shaping).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from reports.context import MemoContext
from reports.fonts import BASE_FONT
from reports.memo_language import SEPARATOR, is_rtl_language, memo_language
from reports.text import Line, Span, draw_line, layout

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#4a5560")
RULE = colors.HexColor("#9aa5b1")
NAVY = colors.HexColor("#1f3a5f")
TINT = colors.HexColor("#eef2f6")
WARN_TINT = colors.HexColor("#fbf1e3")
WARN = colors.HexColor("#b26a00")
TONES = {
    "pass": colors.HexColor("#1e6b35"),
    "fail": colors.HexColor("#a3201d"),
    "incomplete": colors.HexColor("#6b6b6b"),
    "endorse": colors.HexColor("#1e6b35"),
    "legitimate": colors.HexColor("#1e6b35"),
    "not_legitimate": colors.HexColor("#a3201d"),
    "insufficient_information": colors.HexColor("#6b6b6b"),
    "oppose": colors.HexColor("#a3201d"),
}


@dataclass(frozen=True)
class BlockStyle:
    size: float = 9.5
    leading: float = 13.0
    bold: bool = False
    italic: bool = False
    color: colors.Color = INK
    align: str = "left"  # left | center | right
    left_indent: float = 0.0
    space_before: float = 0.0
    space_after: float = 3.0
    bullet: str | None = None
    rule_below: bool = False
    keep_with_next: bool = False


BODY = BlockStyle()
SMALL = BlockStyle(size=8.5, leading=11.5, color=MUTED)
INDENTED = BlockStyle(left_indent=12)
QUOTE = BlockStyle(left_indent=18, italic=False, color=INK)
TITLE = BlockStyle(size=17, leading=21, bold=True, color=NAVY, space_after=8)
H1 = BlockStyle(size=12, leading=15, bold=True, color=NAVY, space_before=10, space_after=5,
                rule_below=True, keep_with_next=True)
H2 = BlockStyle(size=10.5, leading=14, bold=True, color=NAVY, space_before=8, space_after=3,
                keep_with_next=True)
H3 = BlockStyle(size=9.5, leading=13, bold=True, color=NAVY, space_before=6, space_after=2,
                keep_with_next=True)
BULLET = BlockStyle(left_indent=22, bullet="•", space_after=1.5)
CELL = BlockStyle(size=8.5, leading=11, space_after=0)
HEADER_CELL = BlockStyle(size=8, leading=10.5, bold=True, color=colors.white, space_after=0)
KV_LABEL = BlockStyle(size=9, leading=12.5, bold=True, color=MUTED, space_after=0)
KV_VALUE = BlockStyle(size=9.5, leading=12.5, space_after=0)

PARAGRAPH_CLASSES = {"small": SMALL, "indent": INDENTED, "quote": QUOTE, "": BODY}


class TextBlock(Flowable):
    """A paragraph of any script: wraps to the frame, splits across pages line by line."""

    def __init__(self, spans: list[Span], style: BlockStyle = BODY, where: str = "",
                 lines: list[Line] | None = None, width: float | None = None,
                 default_rtl: bool = False) -> None:
        super().__init__()
        self.spans = spans
        self.default_rtl = default_rtl  # the memo's language runs right to left
        self.style = style
        self.where = where
        self._lines = lines
        self._laid_width = width
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = style.keep_with_next

    def _text_width(self, available: float) -> float:
        return max(available - self.style.left_indent, 10.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        text_width = self._text_width(available_width)
        if self._lines is None or self._laid_width != text_width:
            spans = self.spans
            if self.style.bold or self.style.italic:
                spans = [Span(s.text, s.bold or self.style.bold, s.italic or self.style.italic)
                         for s in spans]
            self._lines = layout(spans, self.style.size, text_width, self.where,
                                 default_rtl=self.default_rtl)
            self._laid_width = text_width
        self.width = available_width
        self.height = len(self._lines) * self.style.leading + (4 if self.style.rule_below else 0)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        assert self._lines is not None
        fits = int(available_height // self.style.leading)
        if fits <= 0:
            return []
        if fits >= len(self._lines):
            return [self]
        if fits < 2 or len(self._lines) - fits < 2:  # no single orphan or widow line
            fits = max(2, fits - 1) if fits >= 3 else 0
            if fits == 0 or fits >= len(self._lines):
                return []
        head = TextBlock(self.spans, replace(self.style, space_after=0), self.where,
                         self._lines[:fits], self._laid_width, self.default_rtl)
        tail = TextBlock(self.spans, replace(self.style, space_before=0, bullet=None), self.where,
                         self._lines[fits:], self._laid_width, self.default_rtl)
        return [head, tail]

    def draw(self) -> None:
        assert self._lines is not None
        style = self.style
        canvas = self.canv
        canvas.setFillColor(style.color)
        text_width = self._laid_width or self.width
        top = self.height - (4 if style.rule_below else 0)
        for index, line in enumerate(self._lines):
            baseline = top - (index + 1) * style.leading + (style.leading - style.size) / 2 \
                + style.size * 0.22
            # A right-to-left paragraph mirrors the page: its start (and indent, and bullet)
            # on the right; "left" and "right" in a style mean start and end.
            x = 0.0 if line.rtl else style.left_indent
            align = style.align
            if line.rtl and align != "center":
                align = "left" if align == "right" else "right"
            if align == "center":
                x += (text_width - line.width) / 2
            elif align == "right":
                x += text_width - line.width
            draw_line(canvas, line, x, baseline)
            if index == 0 and style.bullet:
                canvas.setFont(BASE_FONT, style.size)
                bullet_x = text_width + 4 if line.rtl else style.left_indent - 10
                canvas.drawString(bullet_x, baseline, style.bullet)
        if style.rule_below:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(0, 1.5, self.width, 1.5)


# ---------------------------------------------------------------------------- signature boxes

@dataclass
class SignatureBox:
    field_name: str
    label: str
    page: int = 0  # 0-based
    box: tuple[float, float, float, float] = (0, 0, 0, 0)  # x1, y1, x2, y2 in page space


@dataclass
class LayoutRecord:
    """What the layout learned while drawing (where the signature boxes ended up)."""

    signature_boxes: list[SignatureBox] = field(default_factory=list)


class SignatureBlock(Flowable):
    """Two boxes side by side, each the place of one signature field, labelled below."""

    BOX_HEIGHT = 74.0

    def __init__(self, ctx: MemoContext, record: LayoutRecord) -> None:
        super().__init__()
        self.ctx = ctx
        self.record = record
        self.spaceBefore = 6

    def _below(self) -> float:
        """Room under the boxes for the label and the hint (two hint lines when bilingual)."""
        return 38.5 if self.ctx.second_language else 30.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.BOX_HEIGHT + self._below()
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        gap = 18.0
        language = memo_language(self.ctx.language, self.ctx.second_language)
        _, rtl = language.gettext, language.rtl
        # The drafting official's box at the start of the line: on the right, right to left.
        slots = self.ctx.signature_slots[::-1] if rtl else self.ctx.signature_slots
        box_width = (self.width - gap * (len(slots) - 1)) / len(slots)
        self.record.signature_boxes.clear()
        for index, slot in enumerate(slots):
            x = index * (box_width + gap)
            y = self._below()
            canvas.setStrokeColor(RULE)
            canvas.setFillColor(colors.HexColor("#fafbfc"))
            canvas.setLineWidth(0.7)
            canvas.rect(x, y, box_width, self.BOX_HEIGHT, stroke=1, fill=1)
            canvas.setStrokeColor(INK)
            canvas.line(x, y - 3, x + box_width, y - 3)
            label = layout([Span(_(slot.label), bold=True)], 9.5, box_width,
                           default_rtl=rtl)[0]
            canvas.setFillColor(INK)
            draw_line(canvas, label, x + (box_width - label.width if label.rtl else 0), y - 15)
            # One line per language (each in its own direction) in a bilingual memo.
            hints = layout([Span(_("Digital signature field “{field}”").format(
                field=slot.field_name).replace(SEPARATOR, "\n"))], 7.5, box_width,
                default_rtl=rtl)
            canvas.setFillColor(MUTED)
            for number, hint in enumerate(hints[:2]):
                draw_line(canvas, hint, x + (box_width - hint.width if hint.rtl else 0),
                          y - 25 - 8.5 * number)
            x1, y1 = canvas.absolutePosition(x, y)
            x2, y2 = canvas.absolutePosition(x + box_width, y + self.BOX_HEIGHT)
            self.record.signature_boxes.append(SignatureBox(
                slot.field_name, slot.label, canvas.getPageNumber() - 1,
                (round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2))))
        if rtl:  # recorded in signing order, whatever side each box is on
            self.record.signature_boxes.reverse()


# ---------------------------------------------------------------------------- XML to flowables

_WHITESPACE = re.compile(r"[ \t\r\n]+")  # template layout only: not the no-break spaces


def inline_spans(element: ET.Element, bold: bool = False, italic: bool = False) -> list[Span]:
    """Text of an element with <b>, <i> and <br/>; whitespace runs collapse to one space."""
    spans: list[Span] = []

    def add(text: str | None, b: bool, i: bool) -> None:
        if text:
            spans.append(Span(_WHITESPACE.sub(" ", text), b, i))

    def walk(node: ET.Element, b: bool, i: bool) -> None:
        add(node.text, b, i)
        for child in node:
            if child.tag == "br":
                spans.append(Span("\n", b, i))
            else:
                walk(child, b or child.tag == "b", i or child.tag == "i")
            add(child.tail, b, i)

    walk(element, bold, italic)
    # Spaces at the very start or end of a paragraph come from template indentation.
    while spans and spans[0].text == " ":
        spans.pop(0)
    while spans and spans[-1].text == " ":
        spans.pop()
    if spans:
        spans[0] = replace(spans[0], text=spans[0].text.lstrip(" "))
        spans[-1] = replace(spans[-1], text=spans[-1].text.rstrip(" "))
    return _trim_around_breaks(spans)


def _trim_around_breaks(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for i, span in enumerate(spans):
        text = span.text
        if i > 0 and spans[i - 1].text == "\n":
            text = text.lstrip(" ")
        if i + 1 < len(spans) and spans[i + 1].text == "\n":
            text = text.rstrip(" ")
        if text:
            out.append(replace(span, text=text))
    return out


class Builder:
    """Turns the template's XML into flowables for one memo."""

    def __init__(self, ctx: MemoContext, frame_width: float, record: LayoutRecord,
                 chart: Callable[[MemoContext, float], Flowable]) -> None:
        self.ctx = ctx
        self.frame_width = frame_width
        self.record = record
        self.chart = chart
        self.rtl = is_rtl_language(ctx.language)

    def _text(self, spans: list[Span], style: BlockStyle, where: str = "") -> TextBlock:
        return TextBlock(spans, style, where, default_rtl=self.rtl)

    def build(self, xml_text: str) -> list[Flowable]:
        root = ET.fromstring(xml_text)
        return list(self._blocks(root, self.frame_width))

    def _blocks(self, parent: ET.Element, width: float) -> Iterator[Flowable]:
        for element in parent:
            yield from self._block(element, width)

    def _block(self, element: ET.Element, width: float) -> Iterator[Flowable]:
        tag = element.tag
        where = f"the memo's {tag} element"
        if tag == "title":
            yield self._text([Span(_WHITESPACE.sub(" ", element.text or "").strip().upper())],
                             TITLE, where)
        elif tag in ("h1", "h2", "h3"):
            style = {"h1": H1, "h2": H2, "h3": H3}[tag]
            yield self._text(inline_spans(element), style, where)
        elif tag == "p":
            style = PARAGRAPH_CLASSES.get(element.get("class", ""), BODY)
            yield self._text(inline_spans(element), style, where)
        elif tag == "ul":
            for item in element:
                yield self._text(inline_spans(item), BULLET, where)
            yield Spacer(1, 3)
        elif tag == "kv":
            yield self._key_values(element, width)
        elif tag == "table":
            yield self._table(element, width)
        elif tag == "box":
            yield self._box(element, width)
        elif tag == "keep":
            yield KeepTogether(list(self._blocks(element, width)))
        elif tag == "chart":
            yield self.chart(self.ctx, width)
        elif tag == "signatures":
            yield SignatureBlock(self.ctx, self.record)
        elif tag == "pagebreak":
            yield PageBreak()
        else:
            raise ValueError(f"memo template: unknown element <{tag}>")

    def _in_reading_order(self, cells: list) -> list:
        """A table row's cells from the start of the line: right to left in such a memo."""
        return cells[::-1] if self.rtl else cells

    def _key_values(self, element: ET.Element, width: float) -> Table:
        small = element.get("small") == "1"
        label_style = replace(KV_LABEL, size=8 if small else 9, leading=11 if small else 12.5)
        value_style = replace(KV_VALUE, size=8 if small else 9.5, leading=11 if small else 12.5)
        rows = [self._in_reading_order([self._text([Span(row.get("label", "").upper())],
                                                   label_style),
                                        self._text(inline_spans(row), value_style,
                                                   "the memo header")])
                for row in element]
        label_width = 108.0
        table = Table(rows, colWidths=self._in_reading_order([label_width, width - label_width]))
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]))
        table.spaceAfter = 10
        return table

    def _table(self, element: ET.Element, width: float) -> Table:
        indent = 12.0 if element.get("indent") == "1" else 0.0
        usable = width - indent
        shares = [float(s) for s in element.get("cols", "").split(",") if s.strip()]
        total = sum(shares) or 1.0
        col_widths = [usable * s / total for s in shares]
        header = element.get("header") == "1"
        rows = []
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for r, tr in enumerate(element):
            cells = []
            for c, td in enumerate(tr):
                is_header = header and r == 0
                style = HEADER_CELL if is_header else CELL
                if td.get("align") in ("right", "center"):
                    style = replace(style, align=td.get("align", "left"))
                tone = td.get("tone", "")
                if tone in TONES and not is_header:
                    style = replace(style, color=TONES[tone])
                cells.append(self._text(inline_spans(td), style, "a memo table"))
                del c
            rows.append(self._in_reading_order(cells))
        col_widths = self._in_reading_order(col_widths)
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
        for r in range(1 if header else 0, len(rows)):
            if (r - (1 if header else 0)) % 2 == 1:
                commands.append(("BACKGROUND", (0, r), (-1, r), TINT))
        table = Table(rows, colWidths=col_widths, repeatRows=1 if header else 0,
                      hAlign=("LEFT" if self.rtl else "RIGHT") if indent else
                      ("RIGHT" if self.rtl else "LEFT"))
        table.setStyle(TableStyle(commands))
        table.spaceBefore = 2
        table.spaceAfter = 6
        return table

    def _box(self, element: ET.Element, width: float) -> Table:
        warn = element.get("tone") == "warn"
        inner = list(self._blocks(element, width - 24))
        table = Table([[inner]], colWidths=[width])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), WARN_TINT if warn else TINT),
            ("LINEAFTER" if self.rtl else "LINEBEFORE", (0, 0), (0, -1), 3.5,
             WARN if warn else NAVY),
            ("LEFTPADDING", (0, 0), (-1, -1), 10 if self.rtl else 12),
            ("RIGHTPADDING", (0, 0), (-1, -1), 12 if self.rtl else 10),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        table.spaceAfter = 8
        return table
