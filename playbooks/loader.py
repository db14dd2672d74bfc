"""Reading playbook files, and the catalog of built-in and user playbooks.

A playbook is identified by id + version + content hash (SHA-256 of the file's bytes): an
assessment records all three, so a decision can be re-evaluated against exactly the rules it
was made under, and a silently edited file is noticed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

import yaml

from playbooks.errors import InputError, UserError
from playbooks.model import Playbook
from playbooks.schema import parse_playbook
from playbooks.strict_yaml import load_yaml

BUILTIN_FOLDER = Path(__file__).resolve().parent / "builtin"
MAX_PLAYBOOK_BYTES = 1024 * 1024
MAX_PLAYBOOK_DEPTH = 16


class UnknownPlaybook(UserError):
    """No playbook with that id (and version) is in the catalog."""


def load_playbook_bytes(content: bytes, file: str) -> Playbook:
    """Parse one playbook from the exact bytes of its file."""
    _refuse_control_characters(content, file)
    doc = load_yaml(content, file, max_bytes=MAX_PLAYBOOK_BYTES, max_depth=MAX_PLAYBOOK_DEPTH)
    return parse_playbook(doc, hashlib.sha256(content).hexdigest())


def _refuse_control_characters(content: bytes, file: str) -> None:
    """YAML forbids most control characters; name the line and character here rather than
    pass on the parser's multi-line complaint."""
    if len(content) > MAX_PLAYBOOK_BYTES:
        return  # load_yaml reports the size
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return  # load_yaml reports the line
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if found:
        line = text[: found.start()].count("\n") + 1
        raise InputError(
            file,
            line,
            "",
            f"contains the control character U+{ord(found.group()):04X}",
            "printable text",
        )


def load_playbook_text(text: str, file: str = "<text>") -> Playbook:
    """Parse one playbook from text; the hash is of its UTF-8 encoding."""
    try:
        content = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text[: exc.start].count("\n") + 1
        raise InputError(
            file, line, "", "not encodable as UTF-8 text", "valid Unicode text"
        ) from None
    return load_playbook_bytes(content, file)


def load_playbook(path: str | Path) -> Playbook:
    """Read and parse one playbook file; every failure is an InputError naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PLAYBOOK_BYTES:
            raise InputError(
                str(path),
                None,
                "",
                f"file is {size} bytes, too large",
                f"at most {MAX_PLAYBOOK_BYTES} bytes",
            )
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, "", f"cannot be read: {exc.strerror or exc}") from None
    return load_playbook_bytes(content, str(path))


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' sorts after '1.9'; '1.0' and '1' are the same version."""
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


class PlaybookCatalog:
    """The built-in playbooks plus those in a user folder (`*.yaml`, `*.yml`).

    A user file that fails to load is kept in `errors` instead of stopping the app; so is a user
    file that reuses the id and version of another playbook with different content.
    """

    def __init__(self, playbooks: Iterable[Playbook] = (), errors: Iterable[InputError] = ()):
        self._playbooks: list[Playbook] = []
        self.errors: list[InputError] = list(errors)
        for playbook in playbooks:
            self.add(playbook)

    @classmethod
    def load(
        cls, user_folder: Path | None = None, *, builtin_folder: Path = BUILTIN_FOLDER
    ) -> PlaybookCatalog:
        catalog = cls()
        # Built-in playbooks ship with the app: a broken one is a bug, so it raises.
        for path in _playbook_files(builtin_folder):
            catalog.add(load_playbook(path))
        if user_folder is not None and Path(user_folder).is_dir():
            for path in _playbook_files(Path(user_folder)):
                try:
                    catalog.add(load_playbook(path))
                except InputError as error:
                    catalog.errors.append(error)
        return catalog

    def add(self, playbook: Playbook) -> None:
        """Add a playbook; the same file twice is ignored, a clash of id+version is an error."""
        for existing in self._playbooks:
            if (existing.id, version_key(existing.version)) != (
                playbook.id,
                version_key(playbook.version),
            ):
                continue
            if existing.content_hash == playbook.content_hash:
                return
            raise InputError(
                playbook.file,
                1,
                "version",
                f"playbook `{playbook.id}` version {playbook.version} already comes from "
                f"{existing.file} with different content",
                "a new version number for a changed playbook",
            )
        self._playbooks.append(playbook)

    def all(self) -> list[Playbook]:
        """Every playbook, by id, newest version first."""
        newest_first = sorted(self._playbooks, key=lambda p: version_key(p.version), reverse=True)
        return sorted(newest_first, key=lambda p: p.id)  # a stable sort keeps versions in order

    def latest(self) -> list[Playbook]:
        """The newest version of each playbook id."""
        newest: dict[str, Playbook] = {}
        for playbook in self.all():
            newest.setdefault(playbook.id, playbook)
        return list(newest.values())

    def get(self, playbook_id: str, version: str | None = None) -> Playbook:
        candidates = [p for p in self._playbooks if p.id == playbook_id]
        if version is not None:
            try:
                wanted = version_key(version)
            except ValueError:
                wanted = ()
            candidates = [p for p in candidates if version_key(p.version) == wanted]
        if not candidates:
            known = ", ".join(sorted({p.id for p in self._playbooks})) or "none"
            what = f"`{playbook_id}`" + (f" version {version}" if version is not None else "")
            raise UnknownPlaybook(f"no playbook {what} (known playbooks: {known})")
        return max(candidates, key=lambda p: version_key(p.version))

    def by_hash(self, content_hash: str) -> Playbook | None:
        """The playbook whose file had exactly this SHA-256, if it is still in the catalog."""
        for playbook in self._playbooks:
            if playbook.content_hash == content_hash.lower():
                return playbook
        return None


def _playbook_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
