"""Typed, located readers for values in a YamlDocument.

Each reader either returns a value of the promised type or raises the document's InputError
naming the line and dotted path, so the schema code reads as a list of rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from playbooks.errors import InputError
from playbooks.strict_yaml import Path, YamlDocument

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
        for key in value:
            if key not in allowed:
                raise doc.error(
                    (*path, shown(key)),
                    f"unknown key `{shown(key)}`",
                    "one of: " + ", ".join(allowed),
                )
        for key in required:
            if key not in value or value[key] is None:
                raise doc.error((*path, key), "is missing", f"a value for `{key}`")
        self.data: dict[str, Any] = value

    def has(self, key: str) -> bool:
        return self.data.get(key) is not None

    def at(self, key: str) -> Path:
        return (*self.path, key)

    def error(self, key: str, problem: str, expected: str | None = None) -> InputError:
        return self.doc.error(self.at(key), problem, expected)

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
        if value is None:
            if default is None:
                raise self.error(key, "is missing", expected)
            return default
        if not isinstance(value, str):
            raise self.error(key, f"is {describe(value)}", expected)
        value = value.strip()
        if not value:
            raise self.error(key, "is empty", expected)
        if len(value) > max_length:
            raise self.error(key, f"is {len(value)} characters long", f"at most {max_length}")
        if pattern is not None and not pattern.fullmatch(value):
            raise self.error(key, f"`{shown(value)}` is not allowed here", expected)
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
        if value is None:
            if default is None:
                raise self.error(key, "is missing", expected)
            return default
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(key, f"is {describe(value)}", expected)
        if not math.isfinite(value):
            raise self.error(key, f"is {value}", expected)
        too_low = low is not None and (value <= low if low_open else value < low)
        if too_low or (high is not None and value > high):
            raise self.error(key, f"{value} is out of range", expected)
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
            raise self.error(key, f"is {describe(value)}", expected)
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(key, f"is {describe(value)}", "true or false")
        return value

    def choice(self, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str) or value not in allowed:
            raise self.error(key, f"is {describe(value)}", "one of: " + ", ".join(allowed))
        return value

    def items(self, key: str, *, minimum: int, expected: str) -> list[tuple[Path, Any]]:
        """The entries of a list value with their paths; missing counts as empty."""
        value = self.data.get(key)
        if value is None:
            value = []
        if not isinstance(value, list):
            raise self.error(key, f"is {describe(value)}", expected)
        if len(value) < minimum:
            raise self.error(key, f"has {len(value)} entries" if value else "is empty", expected)
        return [((*self.at(key), index), item) for index, item in enumerate(value)]
