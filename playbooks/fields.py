"""Typed, located readers for values in a YamlDocument.

Each reader either returns a value of the promised type or raises the document's InputError
naming the line and dotted path, so the schema code reads as a list of rules.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from typing import Any, TypeVar

from playbooks.errors import InputError
from playbooks.strict_yaml import Path, YamlDocument

V = TypeVar("V")  # the stand-in read on with after a bad value
MAX_TEXT = 20_000


def shown(text: str, limit: int = 40) -> str:
    """User text made safe for a one-line message: control characters escaped, long text cut."""
    text = text if len(text) <= limit else text[: limit - 3] + "..."
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def describe(value: Any) -> str:
    """A plain-words name for what was found, for error messages."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"`{str(value).lower()}` (true/false)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text `{shown(value)}`"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def did_you_mean(word: object, candidates: Iterable[str]) -> str:
    """` — did you mean `x`?` when `word` is close to one of `candidates` (a typo), else ''."""
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" — did you mean `{close[0]}`?" if close else ""


def stand_in(path: Path) -> str:
    """An id for an item whose own id is missing or unreadable, while the linter reads on:
    unique, and never equal to an id a file can use (ids match [a-z][a-z0-9_]*)."""
    return "?" + ".".join(str(part) for part in path)


class Fields:
    """The keys of one mapping in the document, checked against what is allowed."""

    def __init__(
        self,
        doc: YamlDocument,
        path: Path,
        value: Any,
        allowed: Iterable[str],
        required: Iterable[str] = (),
        what: str = "a mapping",
    ) -> None:
        self.doc = doc
        self.path = path
        allowed = tuple(allowed)
        if not isinstance(value, dict):
            raise doc.error(path, f"is {describe(value)}", what)
        respelt: dict[str, Any] = {}
        for key in value:
            if key not in allowed:
                doc.report(doc.error(
                    (*path, shown(key)),
                    f"unknown key `{shown(key)}`" + did_you_mean(key, allowed),
                    "one of: " + ", ".join(allowed),
                ))
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
                if close and close[0] not in value and close[0] not in respelt:
                    respelt[close[0]] = key
        if respelt and doc.collecting:
            # The linter reads a misspelt key as the key meant, so its value is checked too
            # and the key meant is not reported missing as well.
            value = {**value, **{meant: value[key] for meant, key in respelt.items()}}
            for meant, key in respelt.items():
                doc.lines[(*path, meant)] = doc.lines.get((*path, key), doc.line(path) or 0)
        for key in required:
            if key not in value or value[key] is None:
                doc.report(doc.error((*path, key), "is missing", f"a value for `{key}`"))
        self.data: dict[str, Any] = value

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def at(self, key: str) -> Path:
        return (*self.path, key)

    def error(self, key: str, problem: str, expected: str | None = None) -> InputError:
        return self.doc.error(self.at(key), problem, expected)

    def _bad(self, key: str, problem: str, expected: str | None, stand_in_value: V) -> V:
        """Report a bad value; when the linter collects every error, read on with a stand-in."""
        self.doc.report(self.error(key, problem, expected))
        return stand_in_value

    def text(
        self,
        key: str,
        default: str | None = None,
        *,
        pattern: re.Pattern[str] | None = None,
        expected: str = "text",
        max_length: int = MAX_TEXT,
    ) -> str:
        value = self.data.get(key)
        fallback = default if default is not None else stand_in(self.at(key))
        if value is None:
            if default is None:
                return self._bad(key, "is missing", expected, fallback)
            return default
        if not isinstance(value, str):
            return self._bad(key, f"is {describe(value)}", expected, fallback)
        value = value.strip()
        if not value:
            return self._bad(key, "is empty", expected, fallback)
        if len(value) > max_length:
            return self._bad(
                key, f"is {len(value)} characters long", f"at most {max_length}", value
            )
        if pattern is not None and not pattern.fullmatch(value):
            # Read on with the text as written, so references to it still resolve.
            return self._bad(key, f"`{shown(value)}` is not allowed here", expected, value)
        return value

    def number(
        self,
        key: str,
        default: float | None = None,
        *,
        low: float | None = None,
        high: float | None = None,
        low_open: bool = False,
        expected: str = "a number",
    ) -> float:
        value = self.data.get(key)
        fallback = default if default is not None else max(low or 0.0, 0.0)
        if value is None:
            if default is None:
                return self._bad(key, "is missing", expected, fallback)
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return self._bad(key, f"is {describe(value)}", expected, fallback)
        if not math.isfinite(value):
            return self._bad(key, f"is {value}", expected, fallback)
        too_low = low is not None and (value <= low if low_open else value < low)
        if too_low or (high is not None and value > high):
            return self._bad(key, f"{value} is out of range", expected, fallback)
        return float(value)

    def optional_number(self, key: str, **kwargs: Any) -> float | None:
        if not self.has(key):
            return None
        return self.number(key, **kwargs)

    def share(self, key: str, default: float | None = None) -> float:
        """A fraction such as a threshold or score: 0 to 1."""
        return self.number(key, default, low=0.0, high=1.0, expected="a number from 0 to 1")

    def integer(self, key: str, *, low: int, high: int, expected: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return self._bad(key, f"is {describe(value)}", expected, None)
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            return self._bad(key, f"is {describe(value)}", "true or false", default)
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or value not in allowed:
            return self._bad(
                key,
                f"is {describe(value)}" + did_you_mean(value, allowed),
                "one of: " + ", ".join(allowed),
                default,
            )
        return value

    def items(self, key: str, *, minimum: int, expected: str) -> list[tuple[Path, Any]]:
        """The entries of a list value with their paths; missing counts as empty."""
        value = self.data.get(key)
        if value is None:
            value = []
        if not isinstance(value, list):
            return self._bad(key, f"is {describe(value)}", expected, [])
        if len(value) < minimum:  # the linter still reads the entries there are
            self._bad(key, f"has {len(value)} entries" if value else "is empty", expected, None)
        return [((*self.at(key), index), item) for index, item in enumerate(value)]
