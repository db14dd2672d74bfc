"""YAML syntax errors in plain words.

The YAML parser says "mapping values are not allowed here" or "did not find expected key",
which tells a playbook author nothing about what to change. Most such errors are a line
indented one step too far or too short, a tab, or a `: ` inside unquoted text; this module
looks at the lines around the parser's mark and says which, naming the lines to compare.
Anything it does not recognise keeps the parser's own words.
"""

from __future__ import annotations

import yaml


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> str:
    return line.strip()


def _line_above(lines: list[str], index: int) -> int | None:
    """The index of the nearest line above `index` that holds something besides a comment."""
    for above in range(index - 1, -1, -1):
        text = _content(lines[above])
        if text and not text.startswith("#"):
            return above
    return None


def _entry_above(lines: list[str], index: int) -> int | None:
    """The nearest list entry above `index` that this line's `-` may have been meant to line
    up with (at most two columns further in: deeper entries belong to nested lists)."""
    for above in range(index - 1, -1, -1):
        text = _content(lines[above])
        if text.startswith("-") and _indent(lines[above]) <= _indent(lines[index]) + 2:
            return above
    return None


def _has_inline_value(line: str) -> bool:
    """`key: value` (the value on the line itself), as opposed to `key:` opening a block."""
    text = _content(line)
    if text.startswith("- "):
        text = text[2:].strip()
    key, colon, rest = text.partition(": ")
    rest = rest.split(" #", 1)[0].strip()
    return bool(colon and key and rest and rest not in ("|", ">", "|-", ">-"))


def plain_words(text: str, error: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The line to point at and the problem in words, for a parser or scanner error."""
    mark = error.problem_mark or error.context_mark
    if mark is None:
        return None, f"not valid YAML: {error.problem or error.context}"
    lines = text.splitlines() or [""]
    index = min(mark.line, len(lines) - 1)
    line = lines[index]
    problem = (error.problem or "").lower()
    context = (error.context or "").lower()
    context_line = error.context_mark.line if error.context_mark is not None else None
    words = _explain(lines, index, line, mark.column, problem, context, context_line)
    if words is None:
        return mark.line + 1, f"not valid YAML: {error.problem or error.context}"
    at, sentence = words
    return at + 1, f"not valid YAML: {sentence}"


def _explain(
    lines: list[str],
    index: int,
    line: str,
    column: int,
    problem: str,
    context: str,
    context_line: int | None,
) -> tuple[int, str] | None:
    above = _line_above(lines, index)
    if "cannot start any token" in problem:
        if column < len(line) and line[column] == "\t":
            return index, (
                "a tab character at the start of this line: YAML indents with spaces only, "
                "so replace the tab with spaces"
            )
        char = line[column] if column < len(line) else "?"
        return index, (
            f"a value cannot start with `{char}`: put the whole value in quotes, "
            f'e.g. "{_content(line[column:])[:30]}"'
        )
    if "quoted scalar" in context and context_line is not None:
        return context_line, (
            "a quote opened on this line is never closed: add the closing quote (inside a "
            "value quoted with ', write a ' as '')"
        )
    if "flow sequence" in context or "flow mapping" in context:
        bracket = "]" if "sequence" in context else "}"
        start = context_line if context_line is not None else index
        return index, (
            f"the `{'[' if bracket == ']' else '{'}` opened on line {start + 1} is not closed "
            f"with `{bracket}` before this line: close it, or quote the text if the bracket "
            "belongs to it"
        )
    if "mapping values are not allowed" in problem:
        first_colon = line.find(":", _indent(line))
        if above is not None and _indent(line) > _indent(lines[above]) and _has_inline_value(
            lines[above]
        ) and column == first_colon:
            return index, (
                f"this line is indented more than the one above it (line {above + 1}), which "
                "already has its value, so YAML cannot read it as a key of its own: indent it "
                f"like line {above + 1}, or nest it under a key that ends with `:`"
            )
        return index, (
            "a `: ` inside the text of a value: YAML reads it as a new key; put the whole "
            'value in quotes, e.g. prompt: "Is it so: yes or no?"'
        )
    block_mapping = "block mapping" in context
    block_list = "block collection" in context or "block sequence" in context
    if not (block_mapping or block_list) or context_line is None:
        return None
    opening = lines[context_line] if context_line < len(lines) else ""
    if column > _indent(line):  # the complaint is mid-line: not an indentation problem
        return index, (
            "this line goes on after a complete value (a stray quote, or text after a "
            "quoted value?): quote the whole value once, e.g. 'it''s' or \"it's\""
        )
    sibling = _entry_above(lines, index) if _content(line).startswith("-") else None
    if sibling is not None and _indent(lines[sibling]) != _indent(line):
        return index, (
            f"this list entry is indented differently from the entry above it (line "
            f"{sibling + 1}): line up its `-` with that one's"
        )
    if block_list:
        entries = _indent(opening)
        if _content(line).startswith("-"):
            return index, (
                f"this list entry is indented differently from the entries of its list (line "
                f"{context_line + 1}): line up its `-` with theirs"
            )
        if _indent(line) == entries and not _content(line).startswith("-"):
            return index, (
                f"this line is as far in as the `-` of the list entries above it (line "
                f"{context_line + 1}) but does not start with `- `: start a new entry with "
                "`- `, or indent it to line up with the keys of the entry above"
            )
        if _indent(line) > entries:
            return index, (
                f"this line is indented more than the `-` of the list entry above it (line "
                f"{context_line + 1}) but less than that entry's keys: line it up with them"
            )
        return index, (
            f"this line is indented less than the list entries above it (line "
            f"{context_line + 1}) but more than the key the list belongs to: line it up "
            "with one or the other"
        )
    keys = _indent(opening)
    if _content(line).startswith("-"):
        return index, (
            f"a list entry (`- `) where YAML expects a key like the one on line "
            f"{context_line + 1}: put the list under a key that ends with `:`, indented "
            "further than that key"
        )
    if above is not None and keys < _indent(line) < _indent(lines[above]):
        return index, (
            f"this line is indented less than the one above it (line {above + 1}) but more "
            f"than line {context_line + 1}: line it up with one or the other"
        )
    if _indent(line) < keys:
        return index, (
            f"this line is indented less than the keys it follows (line {context_line + 1}) "
            "but more than the key they belong to: line it up with one or the other"
        )
    return index, (
        f"this line is indented more than the keys it follows (line {context_line + 1}): "
        "line it up with them, or nest it under a key that ends with `:`"
    )
