"""Hypothesis strategies that damage valid YAML files the ways people and programs do.

A mutation starts from the data of a valid file and changes one or a few places: a value of
the wrong type, a huge string, deep nesting, NUL bytes, right-to-left marks, lone surrogates,
a deleted or unknown key; or it damages the text itself (cut short, junk inserted, bytes that
are not UTF-8). The loaders must answer every one with an InputError/UserError, nothing else.
"""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import strategies as st

from playbooks.strict_yaml import iter_paths

NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "text with a NUL \x00 inside",
        "\u202eright-to-left override",
        "\u200fשלום\u200f",
        "مرحبا بالعالم",
        "\ud800",  # a lone surrogate
        "line one\nline two",
        "carriage\rreturn",
        "\u2028line separator",
        "tab\tand bell\x07",
        "yes",
        "no",
        "1e5",
        "-.5",
        "0x1F",
        "~",
        "null",
        "2026-01-01",
        "*alias",
        "&anchor",
        "!!python/object:os.system",
        "{}",
        "[]",
        "ISO",
        "XYZ",
        "CAN",
        "endorse",
    ]
)
HUGE_TEXT = st.sampled_from([600, 100_001]).map(lambda size: "x" * size)


def deep(depth: int) -> Any:
    value: Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63, max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    NASTY_TEXT,
    HUGE_TEXT,
    st.text(max_size=40),
)
VALUE = st.one_of(
    LEAF,
    st.lists(LEAF, max_size=4),
    st.dictionaries(st.one_of(NASTY_TEXT, st.text(max_size=10)), LEAF, max_size=4),
    st.integers(min_value=20, max_value=60).map(deep),
)


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    node = data
    for part in path[:-1]:
        node = node[part]
    return node


@st.composite
def mutated_data(draw: st.DrawFn, original: Any) -> Any:
    """`original` with one to three structural changes."""
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = list(iter_paths(data))
        path = draw(st.sampled_from(paths))
        operation = draw(st.sampled_from(["replace", "delete", "add_key", "rename", "wrap"]))
        if not path:
            if operation == "replace":
                data = draw(VALUE)
            continue
        parent = _parent(data, path)
        key = path[-1]
        if operation == "replace":
            parent[key] = draw(VALUE)
        elif operation == "delete":
            del parent[key]
        elif operation == "add_key":
            target = parent[key]
            if isinstance(target, dict):
                target[draw(st.one_of(NASTY_TEXT, st.text(min_size=1, max_size=12)))] = draw(LEAF)
        elif operation == "rename" and isinstance(parent, dict):
            parent[key + draw(st.sampled_from(["_", "s", "\u200f", " "]))] = parent.pop(key)
        elif operation == "wrap":
            parent[key] = draw(st.sampled_from([[parent[key]], {"value": parent[key]}]))
    return data


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


@st.composite
def damaged_text(draw: st.DrawFn, text: str) -> str | bytes:
    """The file's text cut, spliced with junk, or turned into bytes that are not UTF-8."""
    operation = draw(st.sampled_from(["truncate", "insert", "bytes", "duplicate_line"]))
    position = draw(st.integers(min_value=0, max_value=len(text)))
    if operation == "truncate":
        return text[:position]
    if operation == "insert":
        junk = draw(
            st.one_of(
                st.sampled_from(
                    [
                        ":",
                        "- ",
                        "{",
                        "[",
                        "&a ",
                        "*a",
                        "!!binary ",
                        "\t",
                        "\x00",
                        "'",
                        '"',
                        "\n  x: 1",
                    ]
                ),
                st.text(max_size=8),
            )
        )
        return text[:position] + junk + text[position:]
    if operation == "duplicate_line":
        lines = text.splitlines(keepends=True)
        index = draw(st.integers(min_value=0, max_value=max(len(lines) - 1, 0)))
        return "".join(lines[: index + 1] + lines[index:])
    raw = text.encode("utf-8")
    junk = draw(st.binary(min_size=1, max_size=6))
    cut = min(position, len(raw))
    return raw[:cut] + junk + raw[cut:]
