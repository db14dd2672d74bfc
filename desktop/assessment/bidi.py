"""Data inside a sentence of the official's language, for a right-to-left window.

A line's direction follows its first strong letter, so in a Hebrew window a line that starts
with an English criterion title or option name ("No action: incomplete") ran left to right,
its Hebrew words in the wrong order and the line at the wrong edge. A right-to-left mark
before the title gives the line the window's direction (a selectable label lays its text out
as a document, which does not look past isolates for it), and first-strong isolates
(U+2068 … U+2069) keep the title's own words and punctuation together where the text engine
honours them. A left-to-right window gets the text unchanged."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

RIGHT_TO_LEFT_MARK = "\u200f"
FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """`text` (a title, a name, a prompt: data, not the window's words) kept as one unit."""
    if not text or not QGuiApplication.isRightToLeft():
        return text
    return f"{RIGHT_TO_LEFT_MARK}{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
