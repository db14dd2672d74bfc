"""Script-aware text for ReportLab: font runs, right-to-left order, shaping, line breaking.

ReportLab's own paragraphs shape a word with the font of its first fragment, cannot order
right-to-left text without the optional rlbidi package, and leave shaped glyphs (Devanagari
conjuncts, for instance) without a text mapping, so `pdftotext` cannot read them. This module
lays out lines itself:

1. every character gets a face from `fonts.FontChooser` (neutral characters stay with their
   neighbour's face when it covers them, so words are not cut into needless runs);
2. each paragraph takes its direction from its first strong letter, and the Unicode
   bidirectional algorithm (python-bidi) gives each character its level;
3. lines are broken at spaces (and between CJK characters), measured with the shaped widths;
4. each line becomes runs of one face and level, reordered for display (rule L2) and shaped
   with HarfBuzz (through ReportLab) in their own direction;
5. left-to-right shaped runs are wrapped in a marked-content span with /ActualText, so text
   extraction yields the characters typed, not glyph codes. Right-to-left runs are drawn in
   visual order, as PDF viewers and extractors expect them, with no /ActualText (extractors
   reorder a right-to-left run themselves and would turn a logical /ActualText around); their
   glyphs are read through the font's ToUnicode map, which `_to_unicode_cmap` makes give the
   letters typed: a joined Arabic form (U+FEDF) reads as its letter (U+0644), a glyph without
   a character of its own as the characters it was shaped from.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from bidi import get_display
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

from reports.fonts import Face, FontChooser, MissingGlyphs, chooser, needs_glyph

# Standard ligatures and kerning; no discretionary ligatures (they change what the reader sees,
# e.g. a whole Arabic name drawn as one ornamental glyph).
_FEATURES = {"kern": True, "liga": True, "calt": True}

_ZERO_WIDTH_KEPT = {"\u200c", "\u200d"}  # ZWNJ/ZWJ steer shaping in Arabic and Indic scripts


@dataclass(frozen=True)
class Span:
    """A piece of text with one weight and slant."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class _Char:
    char: str
    face: Face
    bold: bool
    italic: bool
    level: int = 0


@dataclass(frozen=True)
class Run:
    """One drawable piece of a line: a font, the (shaped) text, its width and extraction text."""

    font: str
    size: float
    text: str  # a ReportLab ShapedStr when shaped
    width: float
    actual_text: str | None  # set for shaped left-to-right runs


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float
    rtl: bool = False  # of a right-to-left paragraph: aligned to the right edge


def normalise(text: str) -> str:
    """NFC, one kind of line break, no tabs, no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", " ").replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(c for c in text if c == "\n" or unicodedata.category(c) != "Cc")


def spans_text(spans: Iterable[Span]) -> str:
    return "".join(s.text for s in spans)


# ---------------------------------------------------------------------------- faces and levels

def _is_neutral(char: str) -> bool:
    return unicodedata.category(char)[0] not in "LM"


def assign_faces(spans: Sequence[Span], fonts: FontChooser, where: str = "") -> list[_Char]:
    """Characters with their face; raises MissingGlyphs naming every character nobody covers."""
    chars: list[_Char] = []
    missing: list[str] = []
    base = fonts.base_face()
    previous: Face | None = None
    for span in spans:
        for char in normalise(span.text):
            if char == "\n":
                chars.append(_Char(char, previous or base, span.bold, span.italic))
                continue
            if char in ISOLATE_OPEN or char == ISOLATE_CLOSE:
                chars.append(_Char(char, previous or base, span.bold, span.italic))
                continue
            if not needs_glyph(char):
                if char in _ZERO_WIDTH_KEPT and previous is not None and previous.covers(char):
                    chars.append(_Char(char, previous, span.bold, span.italic))
                continue  # bidi marks, soft hyphens and the like are not drawn
            category = unicodedata.category(char)
            if category.startswith("M") and previous is not None and previous.covers(char):
                face: Face | None = previous
            elif _is_neutral(char) and previous is not None and previous.covers(char):
                face = previous
            elif _is_neutral(char) and base.covers(char):
                face = base
            else:
                face = fonts.face_for(char)
            if face is None:
                missing.append(char)
                continue
            chars.append(_Char(char, face, span.bold, span.italic))
            previous = face
    if missing:
        raise MissingGlyphs(missing, where)
    return chars


ISOLATE_OPEN = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI
ISOLATE_CLOSE = "\u2069"  # PDI

_STRONG_RTL = {"R", "AL"}
# Classes that can give a character of a left-to-right paragraph an odd level (or a number a
# level of its own): without any of them, every level is 0 and the algorithm need not run.
_NEEDS_BIDI = {"R", "AL", "AN", "RLE", "RLO", "RLI", "FSI"}
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def isolate(text: str) -> str:
    """Wrap text from a record (a name, a title) so its direction cannot spill into the words
    around it (first-strong isolate, as the Unicode bidirectional algorithm defines it)."""
    return f"\u2068{text}\u2069" if text else text


def paragraph_is_rtl(text: str, default_rtl: bool = False) -> bool:
    """The paragraph direction by rules P2–P3 of the bidirectional algorithm (the first strong
    letter outside isolates). A paragraph that is all isolated text (a writer's line, which the
    memo isolates) takes the direction of its first letter; one without letters (a number, a
    date) takes the memo's."""
    inside = [unicodedata.bidirectional(c) for c in text]
    first = next((k for k in inside if k in ("L", "R", "AL")), "")
    depth = 0
    for char in text:
        if char in ISOLATE_OPEN:
            depth += 1
        elif char == ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind == "L":
                return False
            if kind in _STRONG_RTL:
                return True
    return first in _STRONG_RTL if first else default_rtl


def bidi_levels(text: str, rtl: bool) -> list[int]:
    """Embedding levels of each character of a paragraph whose direction is given, by the full
    Unicode bidirectional algorithm (python-bidi, a binding of the unicode-bidi crate, which
    follows the current standard, isolates and bracket pairs included).

    python-bidi returns levels only in its debug report (one per byte of UTF-8, in the crate's
    own notation); tests/reports/test_bidi.py pins what is read from it."""
    if not text:
        return []
    if not rtl and not any(unicodedata.bidirectional(c) in _NEEDS_BIDI for c in text):
        return [0] * len(text)
    report = str(get_display(text, base_dir="R" if rtl else "L", debug=True))
    by_byte = [int(level) for level in
               _LEVEL.findall(report.split("levels:", 1)[1].split("paragraphs:", 1)[0])]
    levels = []
    offset = 0
    for char in text:
        levels.append(by_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels


def assign_levels(chars: list[_Char], rtl: bool = False) -> list[_Char]:
    """Each character with its bidirectional level in a paragraph of the given direction."""
    levels = bidi_levels("".join(c.char for c in chars), rtl)
    return [_Char(c.char, c.face, c.bold, c.italic, level)
            for c, level in zip(chars, levels, strict=True)]


# ---------------------------------------------------------------------------- shaping

_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


@lru_cache(maxsize=8192)
def _shape(text: str, font: str, size: float, rtl: bool, complex_face: bool) -> tuple[str, float]:
    """The drawable text (shaped when needed) and its width in points.

    Right-to-left runs come back in visual order with mirrored brackets; runs of complex scripts
    come back as ReportLab ShapedStr (glyph positions from HarfBuzz)."""
    needs_shaping = complex_face or any(unicodedata.category(c).startswith("M") for c in text)
    if not needs_shaping:
        if rtl:
            text = "".join(_MIRRORED.get(c, c) for c in reversed(text))
        return text, pdfmetrics.stringWidth(text, font, size)
    return _harfbuzz(text, font, size, rtl)


def _harfbuzz(text: str, font: str, size: float, rtl: bool) -> tuple[str, float]:
    """Shape with the direction given (HarfBuzz would guess it from the first letter, which
    turns Arabic-Indic digits around) and build the ShapedStr ReportLab draws glyph by glyph."""
    ttf = pdfmetrics.getFont(font)
    hb_font = ttf.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, _FEATURES)
    clusters = sorted({info.cluster for info in buffer.glyph_infos})
    glyph_chars: list[str] = []
    shape_data: list[ShapeData] = []
    width = 0.0
    face = ttf.face
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        try:
            code = face.glyphToChar[glyph][0]
        except (KeyError, IndexError):
            # A glyph no character maps to (a conjunct, a joined form): ReportLab gives it a
            # private-use code; /ActualText (LTR) or the visual order (RTL) keeps text readable.
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
            from_text = _cluster_text(text, clusters, info.cluster)
            # Extractors turn a right-to-left run around character by character, a glyph's
            # several characters too: they are filed in visual order.
            _shaped_from.setdefault((bytes(ttf.face.name), code),
                                    from_text[::-1] if rtl else from_text)
        x_advance = ttf.pdfScale(position.x_advance)
        glyph_chars.append(chr(code))
        shape_data.append(ShapeData(info.cluster, x_advance, ttf.pdfScale(position.y_advance),
                                    ttf.pdfScale(position.x_offset),
                                    ttf.pdfScale(position.y_offset), face.charWidths[code]))
        width += x_advance * size / 1000
    return ShapedStr("".join(glyph_chars), shapeData=shape_data), width


def _cluster_text(text: str, clusters: list[int], start: int) -> str:
    """The characters a cluster was shaped from (up to the next cluster's first character)."""
    later = [c for c in clusters if c > start]
    return text[start:min(later)] if later else text[start:]


# (font face name, private-use code) -> the characters its glyph was first shaped from.
_shaped_from: dict[tuple[bytes, int], str] = {}


def _text_of_code(face_name: bytes, code: int) -> str:
    """What a glyph code of a font subset reads as in extracted text."""
    if 0xE000 <= code <= 0xF8FF and (face_name, code) in _shaped_from:
        return _shaped_from[face_name, code]
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:  # Arabic presentation forms
        # A ligature's letters (lam-alef) in visual order, as extractors expect them in a
        # right-to-left run (see `_harfbuzz`).
        return unicodedata.normalize("NFKC", chr(code)).replace(" ", "")[::-1] or chr(code)
    return chr(code)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap for a font subset, each code mapped to the letters typed
    (see `_text_of_code`) rather than to the character the glyph happens to be filed under."""
    face_name = fontname.split("+", 1)[-1].encode("latin-1", "replace")
    entries = []
    for index, code in enumerate(subset):
        text = _text_of_code(face_name, code)
        entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


# ReportLab builds each subset's ToUnicode map with this module-level function and offers no
# other hook; it is replaced for the whole process (only memos and reports use ReportLab).
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _font_name(char: _Char) -> str:
    return char.face.font_name(bold=char.bold, italic=char.italic)


def measure(chars: Sequence[_Char], size: float) -> float:
    return sum(run.width for run in _runs(chars, size, reorder=False))


def _runs(chars: Sequence[_Char], size: float, reorder: bool = True) -> list[Run]:
    """Runs of one font and level; in display order when `reorder`."""
    groups: list[tuple[str, int, bool, str]] = []
    for char in chars:
        if char.char in ISOLATE_OPEN or char.char == ISOLATE_CLOSE:
            continue
        font = _font_name(char)
        if groups and groups[-1][0] == font and groups[-1][1] == char.level:
            f, level, cplx, text = groups[-1]
            groups[-1] = (f, level, cplx, text + char.char)
        else:
            groups.append((font, char.level, char.face.complex, char.char))
    if reorder and groups:
        highest = max(g[1] for g in groups)
        for level in range(highest, 0, -1):
            i = 0
            while i < len(groups):
                if groups[i][1] >= level:
                    j = i
                    while j < len(groups) and groups[j][1] >= level:
                        j += 1
                    groups[i:j] = reversed(groups[i:j])
                    i = j
                else:
                    i += 1
    runs = []
    for font, level, cplx, text in groups:
        rtl = level % 2 == 1
        drawn, width = _shape(text, font, size, rtl, cplx)
        actual = text if (isinstance(drawn, ShapedStr) and not rtl) else None
        runs.append(Run(font, size, drawn, width, actual))
    return runs


# ---------------------------------------------------------------------------- line breaking

def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
            or 0xFF00 <= code <= 0xFF60 or 0x20000 <= code <= 0x3FFFF)


_NO_BREAK_BEFORE = set("、。，．！？）」』】〕》〉：；・ー,.!?:;)]}")
_NO_BREAK_AFTER = set("（「『【〔《〈([{")


def _segments(chars: Sequence[_Char]) -> list[list[_Char]]:
    """Pieces between break opportunities; each piece keeps its trailing spaces."""
    pieces: list[list[_Char]] = []
    current: list[_Char] = []
    for char in chars:
        if current:
            prev = current[-1].char
            space_end = prev == " " and char.char != " "
            cjk = (_is_cjk(prev) or _is_cjk(char.char)) and prev != " " and char.char != " " \
                and char.char not in _NO_BREAK_BEFORE and prev not in _NO_BREAK_AFTER \
                and not unicodedata.category(char.char).startswith("M")
            if space_end or cjk or prev == "\n":
                pieces.append(current)
                current = []
        current.append(char)
    if current:
        pieces.append(current)
    return pieces


def _strip_spaces(chars: list[_Char]) -> list[_Char]:
    start, end = 0, len(chars)
    while start < end and chars[start].char in " \n":
        start += 1
    while end > start and chars[end - 1].char in " \n":
        end -= 1
    return chars[start:end]


def _split_long(piece: list[_Char], size: float, width: float) -> list[list[_Char]]:
    """Cut a piece wider than the line between characters (never before a combining mark)."""
    parts: list[list[_Char]] = []
    current: list[_Char] = []
    for char in piece:
        is_mark = unicodedata.category(char.char).startswith("M")
        if current and not is_mark and measure([*current, char], size) > width:
            parts.append(current)
            current = []
        current.append(char)
    if current:
        parts.append(current)
    return parts


def break_lines(chars: Sequence[_Char], size: float, width: float) -> list[list[_Char]]:
    """Greedy line filling in logical order (RTL lines are reordered later, per line)."""
    lines: list[list[_Char]] = []
    current: list[_Char] = []
    for piece in _segments(chars):
        hard_break = piece[-1].char == "\n"
        candidate = current + piece
        if current and measure(_strip_spaces(candidate), size) > width:
            lines.append(current)
            current = []
            candidate = list(piece)
        stripped = _strip_spaces(candidate)
        if stripped and measure(stripped, size) > width:
            parts = _split_long(stripped, size, width)
            lines.extend(parts[:-1])
            candidate = parts[-1]
        current = candidate
        if hard_break:
            lines.append(current)
            current = []
    if current:
        lines.append(current)
    return [_strip_spaces(line) for line in lines] or [[]]


def layout(spans: Sequence[Span], size: float, width: float, where: str = "",
           fonts: FontChooser | None = None, default_rtl: bool = False) -> list[Line]:
    """Lines ready to draw: fonts chosen, broken to `width`, reordered and shaped. The paragraph
    runs right to left when its first strong letter is right-to-left (or, having none, when
    `default_rtl`: the memo's language is)."""
    lines = []
    for paragraph in _paragraphs(assign_faces(spans, fonts or chooser(), where)):
        rtl = paragraph_is_rtl("".join(c.char for c in paragraph), default_rtl)
        for logical in break_lines(assign_levels(paragraph, rtl), size, width):
            runs = tuple(_runs(logical, size))
            lines.append(Line(runs, sum(r.width for r in runs), rtl))
    return lines


def _paragraphs(chars: list[_Char]) -> list[list[_Char]]:
    """Split at line breaks: each line a writer typed is a paragraph of its own for the
    bidirectional algorithm (a line break is a paragraph separator there), with its own
    direction."""
    paragraphs: list[list[_Char]] = [[]]
    for char in chars:
        if char.char == "\n":
            paragraphs.append([])
        else:
            paragraphs[-1].append(char)
    return paragraphs


def single_line(spans: Sequence[Span], size: float, where: str = "",
                default_rtl: bool = False) -> Line:
    """One line without wrapping (banners, headers, table captions)."""
    chars = [c for c in assign_faces(spans, chooser(), where) if c.char != "\n"]
    rtl = paragraph_is_rtl("".join(c.char for c in chars), default_rtl)
    runs = tuple(_runs(assign_levels(chars, rtl), size))
    return Line(runs, sum(r.width for r in runs), rtl)


# ---------------------------------------------------------------------------- drawing

def _actual_text_operator(text: str) -> str:
    hex_text = (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper()
    return f"/Span <</ActualText <{hex_text}>>> BDC"


def draw_line(canvas, line: Line, x: float, y: float) -> None:  # canvas: ReportLab Canvas
    """Draw a laid-out line with its left end at x and its baseline at y."""
    for run in line.runs:
        if run.actual_text is not None:
            canvas._code.append(_actual_text_operator(run.actual_text))
        canvas.setFont(run.font, run.size)
        canvas.drawString(x, y, run.text)
        if run.actual_text is not None:
            canvas._code.append("EMC")
        x += run.width
