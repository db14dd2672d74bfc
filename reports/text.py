"""Script-aware text for ReportLab: font runs, right-to-left order, shaping, line breaking.

ReportLab's own paragraphs shape a word with the font of its first fragment, cannot order
right-to-left text without the optional rlbidi package, and leave shaped glyphs (Devanagari
conjuncts, for instance) without a text mapping, so `pdftotext` cannot read them. This module
lays out lines itself:

1. every character gets a face from `fonts.FontChooser` (neutral characters stay with their
   neighbour's face when it covers them, so words are not cut into needless runs);
2. a small subset of the Unicode bidirectional algorithm gives each character a level (0 left to
   right, 1 right to left, 2 numbers inside right-to-left text) in a left-to-right paragraph;
3. lines are broken at spaces (and between CJK characters), measured with the shaped widths;
4. each line becomes runs of one face and level, reordered for display (rule L2) and shaped
   with HarfBuzz (through ReportLab) in their own direction;
5. left-to-right shaped runs are wrapped in a marked-content span with /ActualText, so text
   extraction yields the characters typed, not glyph codes. Right-to-left runs are drawn in
   visual order, as PDF viewers and extractors expect them.

Complex text is kept to what a memo needs: right-to-left text inside left-to-right paragraphs.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
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


def _strong(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    if kind in ("EN", "AN"):
        return "N"  # number
    if kind == "NSM":
        return "M"
    return ""


ISOLATE_OPEN = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI
ISOLATE_CLOSE = "\u2069"  # PDI


def isolate(text: str) -> str:
    """Wrap text from a record (a name, a title) so its direction cannot spill into the words
    around it (first-strong isolate, as the Unicode bidirectional algorithm defines it)."""
    return f"\u2068{text}\u2069" if text else text


def assign_levels(chars: list[_Char]) -> list[_Char]:
    """Levels in a left-to-right paragraph (0 left to right, 1 right to left, 2 numbers or
    left-to-right words inside right-to-left text). Isolated text is resolved on its own, with
    the direction of its first strong letter, and counts as a neutral outside."""
    levels = [0] * len(chars)
    outside: list[int] = []
    i = 0
    while i < len(chars):
        if chars[i].char in ISOLATE_OPEN:
            j = i + 1
            while j < len(chars) and chars[j].char != ISOLATE_CLOSE and chars[j].char != "\n":
                j += 1
            inner = list(range(i + 1, j))
            kinds = [_strong(chars[k].char) for k in inner]
            base = 1 if next((k for k in kinds if k in ("L", "R")), "L") == "R" else 0
            for k, level in zip(inner, _resolve([chars[k] for k in inner], base), strict=True):
                levels[k] = level
            i = j + 1 if j < len(chars) and chars[j].char == ISOLATE_CLOSE else j
            continue
        outside.append(i)
        i += 1
    for k, level in zip(outside, _resolve([chars[k] for k in outside], 0), strict=True):
        levels[k] = level
    return [_Char(c.char, c.face, c.bold, c.italic, level) for c, level in zip(chars, levels,
                                                                                  strict=True)]


def _resolve(chars: list[_Char], base: int) -> list[int]:
    """A subset of the bidirectional algorithm for one paragraph direction (0 LTR, 1 RTL)."""
    kinds = [_strong(c.char) for c in chars]
    levels = [base] * len(chars)
    last_strong = "R" if base else "L"
    for i, kind in enumerate(kinds):
        if kind == "L":
            last_strong = "L"
            levels[i] = 2 if base else 0
        elif kind == "R":
            last_strong = "R"
            levels[i] = 1
        elif kind == "N":
            levels[i] = 2 if (base or last_strong == "R") else 0
        elif kind == "M":
            levels[i] = levels[i - 1] if i else base
    # Neutrals take the direction of the text on both sides when it agrees, else the base.
    context = ["L" if kinds[i] == "L" else "R" if kinds[i] == "R" or (kinds[i] == "N" and
               levels[i] == 2 and not base) or (kinds[i] == "N" and base) else ""
               for i in range(len(chars))]
    edge = "R" if base else "L"
    following = [""] * len(chars)
    upcoming = edge
    for i in range(len(chars) - 1, -1, -1):
        following[i] = upcoming
        if chars[i].char == "\n":
            upcoming = edge
        elif context[i]:
            upcoming = context[i]
    preceding = edge
    for i, kind in enumerate(kinds):
        if chars[i].char == "\n":
            preceding = edge
            continue
        if not kind:
            if preceding == following[i]:
                levels[i] = (1 if preceding == "R" else 0) if not base else \
                    (1 if preceding == "R" else 2)
            else:
                levels[i] = base
        elif context[i]:
            preceding = context[i]
    _bracket_pairs(chars, kinds, levels)
    return levels


_OPENING = {"(": ")", "[": "]", "{": "}"}


def _bracket_pairs(chars: list[_Char], kinds: list[str], levels: list[int]) -> None:
    """Rule N0, simplified: a bracket pair around right-to-left text only is right-to-left."""
    stack: list[tuple[str, int]] = []
    for i, char in enumerate(chars):
        if char.char in _OPENING:
            stack.append((_OPENING[char.char], i))
        elif stack and char.char == stack[-1][0]:
            _, start = stack.pop()
            inside = kinds[start + 1:i]
            if "R" in inside and "L" not in inside:
                levels[start] = levels[i] = 1
        elif char.char == "\n":
            stack.clear()


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
        x_advance = ttf.pdfScale(position.x_advance)
        glyph_chars.append(chr(code))
        shape_data.append(ShapeData(info.cluster, x_advance, ttf.pdfScale(position.y_advance),
                                    ttf.pdfScale(position.x_offset),
                                    ttf.pdfScale(position.y_offset), face.charWidths[code]))
        width += x_advance * size / 1000
    return ShapedStr("".join(glyph_chars), shapeData=shape_data), width


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
           fonts: FontChooser | None = None) -> list[Line]:
    """Lines ready to draw: fonts chosen, broken to `width`, reordered and shaped."""
    chars = assign_levels(assign_faces(spans, fonts or chooser(), where))
    lines = []
    for logical in break_lines(chars, size, width):
        runs = tuple(_runs(logical, size))
        lines.append(Line(runs, sum(r.width for r in runs)))
    return lines


def single_line(spans: Sequence[Span], size: float, where: str = "") -> Line:
    """One line without wrapping (banners, headers, table captions)."""
    chars = assign_levels(assign_faces(spans, chooser(), where))
    runs = tuple(_runs([c for c in chars if c.char != "\n"], size))
    return Line(runs, sum(r.width for r in runs))


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
