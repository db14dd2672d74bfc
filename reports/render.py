"""Render a memo: MemoContext → Jinja2 (autoescaped XML) → ReportLab PDF → empty signature fields.

The result is the unsigned memo: every page carries the classification banner at top and bottom,
the reference, the date and "Page x of y"; the last section holds the two signature fields,
created here so that neither signature is later invalidated by adding a field. The same context
gives the same bytes (ReportLab's invariant mode, dates taken from the context). The memo is
PDF/A-2b (reports.pdfa: XMP packet and sRGB output intent, added as the document is saved).
"""

from __future__ import annotations

import io
import threading
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from playbooks.phrases import Phrase
from reports.chart import criteria_chart
from reports.context import MemoContext
from reports.fonts import chooser
from reports.layout import MUTED, Builder, LayoutRecord, SignatureBox
from reports.memo_language import SEPARATOR, MemoLanguage, is_sentence, memo_language
from reports.pdfa import ArchiveMetadata, mark_archival
from reports.sigfields import add_signature_fields
from reports.text import Line, Span, draw_line, isolate, single_line

TEMPLATES = Path(__file__).parent / "templates"
PRODUCER = "Concert Desk (ReportLab, pyHanko)"
REFERENCE_INFO_KEY = "ConcertReference"  # custom key of the PDF Info dictionary
# Also in the Info dictionary (so inside the signed bytes): the audit chain head and the record
# hash printed on the page, which the archive check compares with the chain it finds.
AUDIT_HEAD_INFO_KEY = "ConcertAuditHead"
RECORD_HASH_INFO_KEY = "ConcertRecordHash"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
BANNER_HEIGHT = 15.0
TOP_MARGIN = 26 * mm
BOTTOM_MARGIN = 24 * mm

COMPACTEST = 2  # MemoContext.compact's last level
_render_lock = threading.Lock()  # ReportLab's font registry and shaping caches are global


@dataclass(frozen=True)
class RenderedMemo:
    pdf: bytes  # with both signature fields, unsigned
    pages: int
    signature_boxes: tuple[SignatureBox, ...]


# ---------------------------------------------------------------------------- Jinja2

def _br(value: str) -> Markup:
    """Escape, keeping the writer's line breaks (each line isolated for direction)."""
    lines = str(value).splitlines() or [""]
    return Markup("<br/>").join(escape(_isolated(line)) for line in lines)


_RTL_CLASSES = {"R", "AL"}


def _isolated(value: object) -> object:
    """Record text holding right-to-left letters is isolated, so a Hebrew name followed by
    "(13 March 2026)" does not pull the date into its own direction."""
    if isinstance(value, str) and not isinstance(value, Markup) and any(
            unicodedata.bidirectional(c) in _RTL_CLASSES for c in value):
        return isolate(value)
    return value


class _Word(str):
    """A word the memo translates (a decision, a verdict: the `word` filter), printed in the
    memo's language(s); inside a bilingual sentence, each line takes it in its own language."""

    source: str

    @classmethod
    def of(cls, source: str, language: MemoLanguage) -> _Word:
        word = cls(language.gettext(source))
        word.source = source
        return word


def _wording(language: MemoLanguage) -> tuple[object, object]:
    """The template's `_` and `ngettext`: the catalog's wording (trusted markup: <b>, <i>),
    each value given to it escaped and, when it holds right-to-left letters, isolated. In a
    bilingual memo, each language's wording gets its own line (a sentence) or half of a
    "first / second" label, with the words given to it in that language."""
    singles = [MemoLanguage(language.code)] + ([MemoLanguage(language.second)]
                                               if language.second else [])

    def values(params: dict[str, object], single: MemoLanguage) -> dict[str, object]:
        return {key: _isolated(single.gettext(value.source) if isinstance(value, _Word)
                               else single.say(value) if isinstance(value, Phrase)
                               else value) for key, value in params.items()}

    def both(parts: list[Markup]) -> Markup:
        if len(parts) == 1 or parts[0] == parts[1]:
            return parts[0]
        return Markup("<br/>" if is_sentence(parts[0]) else SEPARATOR).join(parts)

    def translate(message: str, **params: object) -> Markup:
        return both([Markup(single.gettext(message)) % values(params, single) if params
                     else Markup(single.gettext(message)) for single in singles])

    def translate_plural(singular: str, plural: str, count: int, **params: object) -> Markup:
        return both([Markup(single.ngettext(singular, plural, count)) % {
            "num": count, **values(params, single)} for single in singles])

    return translate, translate_plural


def _said(sentence: Phrase, language: MemoLanguage) -> object:
    """An engine sentence in the memo's language; in a bilingual memo, each language's on
    its own line (as the template's own sentences are printed)."""
    if not language.second:
        return _isolated(language.say(sentence))
    parts = [escape(_isolated(MemoLanguage(code).say(sentence)))
             for code in (language.code, language.second)]
    if parts[0] == parts[1]:
        return parts[0]
    return Markup("<br/>" if is_sentence(str(parts[0])) else SEPARATOR).join(parts)


@cache
def _environment(code: str, second: str = "") -> jinja2.Environment:
    language = MemoLanguage(code, second)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every value from the record is text, never markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        # the engine's sentences (playbooks.phrases) said in the memo's language(s)
        finalize=lambda value: _said(value, language) if isinstance(value, Phrase)
        else _isolated(value),
    )
    translate, translate_plural = _wording(language)
    env.globals.update(_=translate, ngettext=translate_plural)
    env.filters.update(
        date=language.date, datetime=language.datetime, score=language.score,
        pct=language.percent, thousands=language.number, br=_br,
        # words the context holds in English (reports.memo_words): translated when printed
        word=lambda text: _Word.of(str(text), language),
        words=lambda text: "; ".join(language.gettext(part) for part in str(text).split("; ")),
    )
    return env


def memo_xml(ctx: MemoContext) -> str:
    language = memo_language(ctx.language, ctx.second_language)
    return _environment(language.code, language.second).get_template("memo.xml.j2").render(
        ctx=ctx)


# ---------------------------------------------------------------------------- page furniture

BANNER_COLOURS = {
    "UNCLASSIFIED": ("#007a33", colors.white),
    "OFFICIAL": ("#007a33", colors.white),
    "RESTRICTED": ("#0033a0", colors.white),
    "CONFIDENTIAL": ("#0033a0", colors.white),
    "OFFICIAL-SENSITIVE": ("#0033a0", colors.white),
    "SECRET": ("#c8102e", colors.white),
    "TOP SECRET": ("#ff8c00", colors.black),
}


def banner_colours(classification: str) -> tuple[colors.Color, colors.Color]:
    key = classification.strip().upper()
    for name in sorted(BANNER_COLOURS, key=len, reverse=True):
        if key.startswith(name):
            fill, ink = BANNER_COLOURS[name]
            return colors.HexColor(fill), ink
    return colors.HexColor("#1f3a5f"), colors.white


class _MemoInfo(PDFInfo):
    """The Info dictionary with the memo's own dates and its reference under a custom key."""

    def __init__(self, reference: str, issued_at: datetime, audit_head: str = "",
                 record_hash: str = "") -> None:
        super().__init__()
        self.reference = reference
        self.anchors = {AUDIT_HEAD_INFO_KEY: audit_head, RECORD_HASH_INFO_KEY: record_hash}
        self.issued_at = issued_at
        stamp = issued_at.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")
        self._dateFormatter = lambda *_: stamp

    def archive(self) -> ArchiveMetadata:
        """The values the Info dictionary and the XMP packet both say (reports.pdfa)."""
        return ArchiveMetadata.of(title=self.title, author=self.author, subject=self.subject,
                                  keywords=self.keywords, creator=self.creator,
                                  producer=PRODUCER, created=self.issued_at,
                                  modified=self.issued_at)

    def format(self, document: object) -> bytes:
        # No Trapped entry: it says nothing about a memo, and PDF/A would want it in XMP too.
        metadata = self.archive()
        date = PDFDate(dateFormatter=self._dateFormatter)
        entries = {
            "Title": PDFString(metadata.title),
            "Author": PDFString(metadata.author),
            "Subject": PDFString(metadata.subject),
            "Keywords": PDFString(metadata.keywords),
            "Creator": PDFString(metadata.creator),
            "Producer": PDFString(metadata.producer),
            "CreationDate": date,
            "ModDate": date,
            REFERENCE_INFO_KEY: PDFString(self.reference),
            **{key: PDFString(value) for key, value in self.anchors.items() if value},
        }
        return PDFDictionary(entries).format(document)


def _canvas_class(ctx: MemoContext, decorate_total: list[int]) -> type[Canvas]:
    language = memo_language(ctx.language, ctx.second_language)
    rtl = language.rtl
    _ = language.gettext
    banner_fill, banner_ink = banner_colours(ctx.classification)
    banner_line = single_line([Span(ctx.classification.upper(), bold=True)], 9.5,
                              "the classification marking")
    # The header's start (the product and document) and end (reference and date), the footer's
    # start (the record) and end (the page): mirrored in a right-to-left memo.
    header_end = single_line([Span(f"{ctx.reference}  ·  {language.date(ctx.issued_at)}")], 8,
                             default_rtl=rtl)
    header_start = single_line([Span(_("Concert Desk  ·  Decision memo"), bold=True)], 8,
                               default_rtl=rtl)
    record_line = single_line([Span(_("Record {hash}…").format(hash=ctx.record_hash[:16]))],
                              7.5, default_rtl=rtl)

    def at_start(line: Line) -> float:
        return PAGE_WIDTH - MARGIN_X - line.width if rtl else MARGIN_X

    def at_end(line: Line) -> float:
        return MARGIN_X if rtl else PAGE_WIDTH - MARGIN_X - line.width

    def banner(canvas: Canvas, y: float, line: Line) -> None:
        canvas.setFillColor(banner_fill)
        canvas.rect(0, y, PAGE_WIDTH, BANNER_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(banner_ink)
        draw_line(canvas, line, (PAGE_WIDTH - line.width) / 2, y + 4.5)

    class MemoCanvas(Canvas):
        """Keeps every page until the end, so each can say "Page x of y"."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._doc.info = _MemoInfo(ctx.reference, ctx.issued_at, ctx.audit_head,
                                       ctx.record_hash)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            decorate_total.append(total)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                Canvas.showPage(self)
            mark_archival(self._doc, self._doc.info.archive())  # PDF/A-2b (reports.pdfa)
            Canvas.save(self)

        def _furniture(self, number: int, total: int) -> None:
            self.saveState()
            banner(self, PAGE_HEIGHT - BANNER_HEIGHT, banner_line)
            banner(self, 0, banner_line)
            y_header = PAGE_HEIGHT - BANNER_HEIGHT - 14
            self.setFillColor(MUTED)
            draw_line(self, header_start, at_start(header_start), y_header)
            draw_line(self, header_end, at_end(header_end), y_header)
            self.setStrokeColor(colors.HexColor("#9aa5b1"))
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y_header - 5, PAGE_WIDTH - MARGIN_X, y_header - 5)
            y_footer = BANNER_HEIGHT + 12
            self.line(MARGIN_X, y_footer + 10, PAGE_WIDTH - MARGIN_X, y_footer + 10)
            page = single_line([Span(_("Page {number} of {total}").format(
                number=language.number(number), total=language.number(total)))], 8,
                default_rtl=rtl)
            draw_line(self, page, at_end(page), y_footer)
            draw_line(self, record_line, at_start(record_line), y_footer)
            self.restoreState()

    return MemoCanvas


# ---------------------------------------------------------------------------- the document

def render_pdf(ctx: MemoContext) -> tuple[bytes, int, tuple[SignatureBox, ...]]:
    """The memo as ReportLab draws it (no form fields yet)."""
    fonts = chooser()
    fonts.check(ctx.all_text(), f"memo {ctx.reference}")
    record = LayoutRecord()
    frame_width = PAGE_WIDTH - 2 * MARGIN_X
    flowables = Builder(ctx, frame_width, record, criteria_chart).build(memo_xml(ctx))
    buffer = io.BytesIO()
    totals: list[int] = []
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=memo_language(ctx.language, ctx.second_language).gettext(
            "Decision memo {reference}: {title}").format(
            reference=ctx.reference, title=ctx.title),
        author=ctx.issued_by,
        subject=f"Decision: {ctx.decision}. Verdict: {ctx.verdict}. Classification: "
                f"{ctx.classification}.",
        keywords=f"Concert Desk; decision memo; {ctx.reference}; {ctx.playbook_id}",
        creator="Concert Desk",
        lang=ctx.language,
        invariant=1,
        pageCompression=1,
    )
    frame = Frame(MARGIN_X, BOTTOM_MARGIN, frame_width, PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    document.addPageTemplates([PageTemplate(id="memo", frames=[frame])])
    document.build(flowables, canvasmaker=_canvas_class(ctx, totals))
    return buffer.getvalue(), totals[-1], tuple(record.signature_boxes)


def render_memo(ctx: MemoContext) -> RenderedMemo:
    """Render the unsigned memo with both signature fields in place.

    Page 1 is the submission and carries the signatures: when they do not fit on it (long
    texts, many conditions), the memo is laid out again more compactly (MemoContext.compact),
    moving the option's text and the conditions' details, then the conditions, to the annex.

    Raises MissingGlyphs (a UserError) when some character has no installed font."""
    with _render_lock:
        pdf, pages, boxes = render_pdf(ctx)
        while ctx.compact < COMPACTEST and any(box.page != 0 for box in boxes):
            ctx = replace(ctx, compact=ctx.compact + 1)
            pdf, pages, boxes = render_pdf(ctx)
    if len(boxes) != len(ctx.signature_slots):
        raise RuntimeError("memo template lost its signature block")
    return RenderedMemo(add_signature_fields(pdf, boxes), pages, boxes)
