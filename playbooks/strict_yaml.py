"""A strict, bounded YAML reader that remembers where every value came from.

PyYAML on its own accepts duplicate keys, reads `no` as False, expands aliases without limit
and recurses until Python gives up on deep nesting. Every file this product reads from a user
(playbooks, case files, member registries) goes through `load_yaml` instead, which:

- refuses files larger than `max_bytes` and nesting deeper than `max_depth` (checked on the
  event stream, before anything recursive runs);
- refuses aliases and anchors (no billion-laughs expansion, no shared mutable values);
- refuses duplicate mapping keys and non-string keys;
- reads only `true`/`false` as booleans and leaves dates as text;
- keeps the line of every value, so an error can say `FILE:LINE: dotted.path: problem`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import yaml

from playbooks.errors import InputError
from playbooks.yaml_words import plain_words

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
DEFAULT_MAX_DEPTH = 32

Path = tuple[str | int, ...]
T = TypeVar("T")


class _StrictResolver(yaml.resolver.BaseResolver):
    """YAML 1.2-like implicit typing: no yes/no/on/off booleans, no timestamps."""


_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789")
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)
_StrictResolver.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


class _StrictLoader(
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    yaml.composer.Composer,
    yaml.constructor.SafeConstructor,
    _StrictResolver,
):
    def __init__(self, stream: str) -> None:
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        yaml.constructor.SafeConstructor.__init__(self)
        _StrictResolver.__init__(self)


_EVENT_LOADER: Any = getattr(yaml, "CSafeLoader", None) or _StrictLoader

if yaml.__with_libyaml__:

    class _FastStrictLoader(
        yaml._yaml.CParser,
        yaml.constructor.SafeConstructor,
        _StrictResolver,
    ):
        """The same strict reading with libyaml's parser and composer, which build the nodes
        several times faster than PyYAML's own (a bilingual playbook is twice the text). Only
        documents the event pass found valid reach it; the typing of values is still ours."""

        def __init__(self, stream: str) -> None:
            yaml._yaml.CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            _StrictResolver.__init__(self)

    _NODE_LOADER: Any = _FastStrictLoader
else:  # pragma: no cover - PyYAML without libyaml
    _NODE_LOADER = _StrictLoader


def format_path(path: Path) -> str:
    """('criteria', 2, 'questions', 0, 'kind') -> 'criteria[2].questions[0].kind'."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


@dataclass
class YamlDocument:
    """Plain Python data (dict, list, str, int, float, bool, None) plus the line of each value."""

    file: str
    data: Any
    lines: dict[Path, int] = field(default_factory=dict)

    def line(self, path: Path) -> int | None:
        """The line of the value at `path`, or of its nearest ancestor that exists."""
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]

    def error(self, path: Path, problem: str, expected: str | None = None) -> InputError:
        return InputError(self.file, self.line(path), format_path(path), problem, expected)

    # --- reporting every error (the linter) rather than the first --------------------------
    #
    # By default a problem raises at once, as loading a file for use always has. A linter
    # sets `problems` to a list first: then `report` records a problem and lets the reader
    # go on with a harmless stand-in, and `attempt` records what one part of the file raised
    # and moves on to the next part, so one run names every error it can reach.

    problems: list[InputError] | None = None
    # Ids of questions the linter could not read: references to them are not errors of their own.
    unreadable_ids: set[str] = field(default_factory=set)

    @property
    def collecting(self) -> bool:
        return self.problems is not None

    def report(self, error: InputError) -> None:
        """Raise `error`, or, when collecting, record it (once per field and line)."""
        if self.problems is None:
            raise error
        if not any(
            (known.field, known.line) == (error.field, error.line) for known in self.problems
        ):
            self.problems.append(error)

    def attempt(self, read: Callable[[], T], fallback: T) -> T:
        """`read()`; when collecting, an InputError it raises is recorded and `fallback`
        returned instead (the part of the file it read is then left out)."""
        if self.problems is None:
            return read()
        try:
            return read()
        except InputError as error:
            self.report(error)
            return fallback


def _line_of(event: yaml.Event) -> int:
    """The 1-based line an event starts on (PyYAML's parser always marks its events; 0, the
    "no line" of InputError, only if one ever came without a mark)."""
    return event.start_mark.line + 1 if event.start_mark is not None else 0


def _check_events(loader_text: str, file: str, max_depth: int) -> None:
    depth = 0
    try:
        # The event pass only counts depth and spots aliases: libyaml's C parser does it fast.
        for event in yaml.parse(loader_text, Loader=_EVENT_LOADER):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise InputError(
                    file, _line_of(event), "", "YAML anchors and aliases are not allowed"
                )
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth:
                    raise InputError(
                        file,
                        _line_of(event),
                        "",
                        f"nested deeper than {max_depth} levels",
                        f"at most {max_depth} levels of nesting",
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.MarkedYAMLError as exc:
        line, problem = plain_words(loader_text, exc)
        raise InputError(file, line, "", problem) from None
    except yaml.YAMLError as exc:
        raise InputError(file, None, "", f"not valid YAML: {exc}") from None


def _walk(
    loader: _StrictLoader, node: yaml.Node, path: Path, lines: dict[Path, int], file: str
) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                raise InputError(
                    file,
                    key_node.start_mark.line + 1,
                    format_path(path),
                    "mapping keys must be plain text",
                    "a name such as `title`",
                )
            key = key_node.value
            if key in result:
                raise InputError(
                    file,
                    key_node.start_mark.line + 1,
                    format_path((*path, key)),
                    f"duplicate key `{key}` (first given on line {lines[(*path, key)]})",
                    "each key once",
                )
            result[key] = _walk(loader, value_node, (*path, key), lines, file)
            # Point at the key's line: for a block value that is where the reader looks.
            lines[(*path, key)] = key_node.start_mark.line + 1
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _walk(loader, item, (*path, index), lines, file)
            for index, item in enumerate(node.value)
        ]
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as exc:
        raise InputError(
            file, node.start_mark.line + 1, format_path(path), f"unreadable value: {exc.problem}"
        ) from None
    if not isinstance(value, (str, int, float, bool, type(None))):
        raise InputError(
            file,
            node.start_mark.line + 1,
            format_path(path),
            f"unsupported YAML type {node.tag}",
            "text, a number, true/false, a list or a mapping",
        )
    return value


def load_yaml(
    content: str | bytes,
    file: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> YamlDocument:
    """Parse one YAML document strictly; raise InputError naming file, line and field."""
    size = len(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    if size > max_bytes:
        raise InputError(
            file, None, "", f"file is {size} bytes, too large", f"at most {max_bytes} bytes"
        )
    if isinstance(content, bytes):
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = content[: exc.start].count(b"\n") + 1
            raise InputError(
                file, line, "", "not UTF-8 text", "a UTF-8 encoded YAML file"
            ) from None
    else:
        text = content
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InputError(file, line, "", "contains a NUL character", "plain text")
    _check_events(text, file, max_depth)
    loader = _NODE_LOADER(text)
    try:
        node = loader.get_single_node()
    except yaml.composer.ComposerError as exc:
        mark = exc.problem_mark
        raise InputError(
            file, mark.line + 1 if mark else None, "", f"not valid YAML: {exc.problem}"
        ) from None
    except yaml.YAMLError as exc:
        raise InputError(file, None, "", f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    if node is None:
        raise InputError(file, 1, "", "the file is empty", "a YAML mapping")
    lines: dict[Path, int] = {}
    data = _walk(loader, node, (), lines, file)
    return YamlDocument(file=file, data=data, lines=lines)


def iter_paths(data: Any, path: Path = ()) -> Iterator[Path]:
    """Every path in a loaded document (handy for tests)."""
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from iter_paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from iter_paths(value, (*path, index))
