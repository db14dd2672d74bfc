"""Typed field readers over a strict YAML document, and a writer whose output reads back exactly.

The member registry and case files are both YAML written by people. `playbooks.strict_yaml`
parses them and remembers the line of every value; the readers here check one field at a time
and raise `InputError` naming file, line and dotted field path, so both file formats report
problems the same way. `dump_yaml` writes plain data so that `load_yaml` reads back the same
values (same types, same text) — the basis of "export, import, export gives the same bytes".
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from typing import Any

import yaml

from models.validation import bidi_control
from playbooks.errors import InputError
from playbooks.strict_yaml import Path, YamlDocument, _StrictResolver, format_path, load_yaml

# Characters refused in any text field: NUL (PostgreSQL cannot store it in text) and lone
# surrogates (not encodable as UTF-8). YAML escapes such as "\0" or "\ud800" can produce both.
# Other control characters are kept: the workflow accepts them, and export must re-import.
_FORBIDDEN_TEXT = re.compile(r"[\x00\ud800-\udfff]")
# Line breaks that a YAML reader would turn into "\n" inside block or folded text: text holding
# them is written double-quoted, where every character is escaped exactly.
_ODD_BREAKS = re.compile(r"[\r\x85\u2028\u2029]")


def field_error(
    doc: YamlDocument, path: Path, problem: str, expected: str | None = None
) -> InputError:
    """`doc.error`, with keys from the file shown shortened and on one line in the field path."""
    shown = tuple(shorten(part) if isinstance(part, str) else part for part in path)
    return InputError(doc.file, doc.line(path), format_path(shown), problem, expected)


def read_yaml(content: str | bytes, file: str, *, max_bytes: int) -> YamlDocument:
    """`load_yaml`, with every problem reported on one line.

    PyYAML refuses control characters with a multi-line message: name the line and the
    character instead, and fold any other multi-line problem into one line.
    """
    size = len(content) if isinstance(content, bytes) else len(content.encode("utf-8", "replace"))
    text = None
    if size <= max_bytes:
        try:
            text = content.decode("utf-8") if isinstance(content, bytes) else content
        except UnicodeDecodeError:
            text = None  # load_yaml names the line
    if text is not None:
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        if found:
            line = text[: found.start()].count("\n") + 1
            raise InputError(
                file,
                line,
                "",
                f"contains the control character U+{ord(found.group()):04X}",
                "printable text (write control characters as escapes in double quotes)",
            )
    try:
        return load_yaml(content, file, max_bytes=max_bytes)
    except InputError as error:
        if "\n" not in error.problem:
            raise
        problem = " ".join(error.problem.split())
        raise InputError(error.file, error.line, error.field, problem, error.expected) from None


def expect_mapping(
    doc: YamlDocument,
    path: Path,
    value: Any,
    *,
    required: Collection[str],
    optional: Collection[str] = (),
    what: str = "a mapping",
) -> dict[str, Any]:
    """`value` must be a mapping with all `required` keys and no key outside required+optional."""
    if not isinstance(value, dict):
        raise field_error(doc, path, f"is {describe(value)}", what)
    allowed = list(required) + [key for key in optional if key not in required]
    for key in value:
        if key not in allowed:
            raise field_error(
                doc, (*path, key), f"unknown key `{shorten(key)}`", "one of: " + ", ".join(allowed)
            )
    for key in required:
        if key not in value:
            raise field_error(doc, path, f"missing `{key}`", f"a `{key}` entry")
    return value


def expect_list(doc: YamlDocument, path: Path, value: Any, *, max_items: int) -> list[Any]:
    if not isinstance(value, list):
        raise field_error(doc, path, f"is {describe(value)}", "a list")
    if len(value) > max_items:
        raise field_error(doc, path, f"has {len(value)} items, too many", f"at most {max_items}")
    return value


def expect_text(
    doc: YamlDocument,
    path: Path,
    value: Any,
    *,
    max_length: int,
    single_line: bool = False,
    short: bool = False,
    allow_empty: bool = True,
    pattern: re.Pattern[str] | None = None,
    expected: str = "text",
) -> str:
    if not isinstance(value, str):
        raise field_error(doc, path, f"is {describe(value)}", expected)
    if not allow_empty and not value.strip():
        raise field_error(doc, path, "is empty", expected)
    if len(value) > max_length:
        raise field_error(
            doc,
            path,
            f"is {len(value)} characters long, too long",
            f"at most {max_length} characters",
        )
    bad = _FORBIDDEN_TEXT.search(value)
    if bad:
        raise field_error(
            doc,
            path,
            f"contains the character U+{ord(bad.group()):04X}, which cannot be stored",
            expected,
        )
    if single_line and ("\n" in value or "\r" in value):  # the workflow's own rule for one line
        raise field_error(doc, path, "spans several lines", "one line of text")
    if short and (problem := bidi_control(value)):  # the workflow's rule for short fields
        raise field_error(doc, path, problem, expected)
    if pattern is not None and not pattern.fullmatch(value):
        raise field_error(doc, path, f"`{shorten(value)}` is not valid", expected)
    return value


def expect_int(
    doc: YamlDocument, path: Path, value: Any, *, minimum: int, maximum: int, expected: str
) -> int:
    # bool is a subclass of int in Python; `true` is not a number here.
    if isinstance(value, bool) or not isinstance(value, int):
        raise field_error(doc, path, f"is {describe(value)}", expected)
    if not minimum <= value <= maximum:
        raise field_error(doc, path, f"{value} is out of range", expected)
    return value


def expect_bool(doc: YamlDocument, path: Path, value: Any) -> bool:
    if not isinstance(value, bool):
        raise field_error(doc, path, f"is {describe(value)}", "true or false")
    return value


def expect_choice(
    doc: YamlDocument, path: Path, value: Any, choices: Collection[str], *, what: str = ""
) -> str:
    expected = (what + ": " if what else "one of: ") + ", ".join(choices)
    if not isinstance(value, str):
        raise field_error(doc, path, f"is {describe(value)}", expected)
    if value not in choices:
        raise field_error(doc, path, f"`{shorten(value)}` is not allowed", expected)
    return value


def describe(value: Any) -> str:
    """How a wrong value is named in an error: its type, and the value when short."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return f"`{str(value).lower()}` (true/false)"
    if isinstance(value, int):
        return f"the whole number {value}" if abs(value) < 10**15 else "a very large number"
    if isinstance(value, float):
        return f"the number {value}" if math.isfinite(value) else "not a finite number"
    if isinstance(value, str):
        return f"the text `{shorten(value)}`"
    if isinstance(value, list):
        return f"a list of {len(value)} items"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def shorten(text: str, limit: int = 40) -> str:
    """A printable excerpt of user text for an error message (one line, bounded)."""
    flat = "".join(ch if ch.isprintable() else "?" for ch in text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


# ---------------------------------------------------------------------------------------------
# Writing


class _ExactDumper(yaml.SafeDumper):
    """SafeDumper that keeps key order and quotes every string the strict reader would
    otherwise read as something else (e.g. `1e5`, `-.5`, which YAML 1.1 leaves as text)."""


_STRICT = _StrictResolver()


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if _ODD_BREAKS.search(value):
        style = '"'
    elif "\n" in value:
        style = "|"  # PyYAML falls back to a quoted style when a block cannot hold the text
    # types-PyYAML leaves BaseResolver.resolve unannotated
    elif _STRICT.resolve(  # type: ignore[no-untyped-call]
        yaml.ScalarNode, value, (True, False)
    ) != "tag:yaml.org,2002:str":
        style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ExactDumper.add_representer(str, _represent_text)


def dump_yaml(data: Any, *, header: str = "") -> str:
    """YAML text that `load_yaml` reads back to exactly `data` (checked before returning)."""
    body = yaml.dump(
        data,
        Dumper=_ExactDumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        indent=2,
        default_flow_style=False,
    )
    text = header + body
    again = load_yaml(text, "<export>", max_bytes=len(text.encode("utf-8")) + 1).data
    if again != data or not _same_types(again, data):
        raise AssertionError("YAML export does not read back to the same values")
    return text


def _same_types(left: Any, right: Any) -> bool:
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return all(_same_types(left[key], right[key]) for key in left)
    if isinstance(left, list):
        return all(_same_types(a, b) for a, b in zip(left, right, strict=True))
    return True
