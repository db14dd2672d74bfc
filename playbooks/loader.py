"""Reading playbook files, and the catalog of built-in and user playbooks.

A playbook is identified by id + version + content hash (SHA-256 of the file's bytes): an
assessment records all three, so a decision can be re-evaluated against exactly the rules it
was made under, and a silently edited file is noticed. The record keeps the exact bytes of
every playbook file its assessments used (models.playbook_store); a catalog given that record
finds those copies by hash, so a decided record reads and re-evaluates in words whatever files
are installed later.

Two files with the same id and version but different bytes never both count: the record's copy
wins over any file, a built-in file over a user file, and two user files that disagree are both
refused, whatever their names. A user file may add versions under a built-in playbook's id, but
new assessments keep starting from the built-in one unless that version is chosen by name.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import yaml

from playbooks.errors import IncompleteInstallation, InputError, UserError
from playbooks.input_files import read_input_file
from playbooks.model import Playbook
from playbooks.schema import parse_playbook
from playbooks.strict_yaml import YamlDocument, load_yaml

BUILTIN_FOLDER = Path(__file__).resolve().parent / "builtin"
MAX_PLAYBOOK_BYTES = 1024 * 1024
MAX_PLAYBOOK_DEPTH = 16


class UnknownPlaybook(UserError):
    """No playbook with that id (and version) is in the catalog."""


def load_playbook_bytes(content: bytes, file: str) -> Playbook:
    """Parse one playbook from the exact bytes of its file."""
    return playbook_from_document(read_playbook_document(content, file), content)


def read_playbook_document(content: bytes, file: str) -> YamlDocument:
    """The file read as YAML (strictly, with every value's line), not yet as a playbook."""
    _refuse_control_characters(content, file)
    return load_yaml(content, file, max_bytes=MAX_PLAYBOOK_BYTES, max_depth=MAX_PLAYBOOK_DEPTH)


def playbook_from_document(doc: YamlDocument, content: bytes) -> Playbook:
    """The playbook a document describes (`content`: the file's bytes). Raises the first error,
    unless `doc.problems` collects them (the linter), which then holds every error found."""
    playbook = parse_playbook(doc, hashlib.sha256(content).hexdigest())
    if not doc.problems:
        _remember_source(playbook.content_hash, content, doc.line(("version",)))
    return playbook


# The bytes of the playbooks loaded lately, by SHA-256, so the record can keep the exact file
# an assessment uses without every caller carrying the bytes beside the Playbook. Content-
# addressed, so an entry can never be wrong, only missing (then the file is read again).
_SOURCES: OrderedDict[str, tuple[bytes, int | None]] = OrderedDict()
_SOURCES_KEPT = 256
_SOURCES_LOCK = threading.Lock()  # the desktop loads and keeps playbooks on several threads


def _remember_source(content_hash: str, content: bytes, version_line: int | None) -> None:
    with _SOURCES_LOCK:
        _SOURCES[content_hash] = (content, version_line)
        _SOURCES.move_to_end(content_hash)
        while len(_SOURCES) > _SOURCES_KEPT:
            _SOURCES.popitem(last=False)


def _remembered(content_hash: str) -> tuple[bytes, int | None] | None:
    with _SOURCES_LOCK:
        return _SOURCES.get(content_hash)


def playbook_source(playbook: Playbook) -> bytes:
    """The exact bytes `playbook` was loaded from (checked against its hash)."""
    remembered = _remembered(playbook.content_hash)
    if remembered is not None:
        return remembered[0]
    try:
        content = Path(playbook.file).read_bytes()
    except OSError:
        content = b""
    if hashlib.sha256(content).hexdigest() != playbook.content_hash:
        raise UserError(
            f"the file of playbook {playbook.id} {playbook.version} "
            f"(hash {playbook.content_hash[:12]}…) is no longer at {playbook.file}: "
            "reload the playbooks and try again"
        )
    return content


def _version_line(playbook: Playbook) -> int | None:
    """The line of `version:` in the playbook's file (where a clash of versions is reported)."""
    remembered = _remembered(playbook.content_hash)
    return remembered[1] if remembered is not None else None


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
    content = read_input_file(path, MAX_PLAYBOOK_BYTES, what="playbook file")
    return load_playbook_bytes(content, str(path))


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' sorts after '1.9'; '1.0' and '1' are the same version."""
    parts = [int(part) for part in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _same_version(a: str, b: str) -> bool:
    try:
        return version_key(a) == version_key(b)
    except ValueError:
        return a == b


BUILT_IN, USER, RECORD = "built-in", "user", "record"


@dataclass(frozen=True)
class KeptPlaybook:
    """A playbook file the record keeps: which one it is (its bytes are read when needed)."""

    playbook_id: str
    version: str
    sha256: str


class PlaybookRecord(Protocol):
    """The playbook files a record keeps (models.playbook_store.RecordPlaybooks)."""

    def kept(self) -> list[KeptPlaybook]:
        """Every kept file's id, version and hash, oldest first (no bytes: cheap to ask)."""
        ...

    def content(self, sha256: str) -> bytes | None:
        """The exact bytes kept under this hash, if any."""
        ...


def record_copy_label(playbook_id: str, version: str, sha256: str) -> str:
    """What a playbook read from the record names as its file."""
    return f"the record's copy of {playbook_id} {version} (hash {sha256[:12]}…)"


class PlaybookCatalog:
    """The built-in playbooks, those in a user folder (`*.yaml`, `*.yml`), and — given the
    record — the copies the record keeps of every playbook file its assessments used.

    A user file that fails to load, or clashes with another version's content (see the module
    doc), is kept in `errors` instead of stopping the app; a user file under a built-in
    playbook's id is named in `warnings`. Copies in the record are parsed only when asked for.
    """

    def __init__(
        self,
        playbooks: Iterable[Playbook] = (),
        errors: Iterable[InputError] = (),
        *,
        record: PlaybookRecord | None = None,
    ):
        self._playbooks: list[Playbook] = []
        self._origins: dict[str, str] = {}  # content hash -> BUILT_IN | USER
        self._from_record: dict[str, Playbook] = {}
        self.errors: list[InputError] = list(errors)
        self.warnings: list[str] = []
        self.record = record
        for playbook in playbooks:
            self.add(playbook)

    @classmethod
    def load(
        cls,
        user_folder: Path | None = None,
        *,
        builtin_folder: Path = BUILTIN_FOLDER,
        record: PlaybookRecord | None = None,
    ) -> PlaybookCatalog:
        catalog = cls(record=record)
        builtin_files = _playbook_files(builtin_folder)
        if not builtin_files:  # a build that left its package data behind must not look empty
            raise IncompleteInstallation(
                f"no built-in playbooks in {builtin_folder}: this installation of Concert Desk "
                "is incomplete; reinstall it"
            )
        # Built-in playbooks ship with the app: a broken one is a bug, so it raises.
        found = [(load_playbook(path), BUILT_IN) for path in builtin_files]
        if user_folder is not None:
            for path in _playbook_files(Path(user_folder)):
                try:
                    found.append((load_playbook(path), USER))
                except InputError as error:
                    catalog.errors.append(error)
        kept = record.kept() if record is not None else []
        for playbook, origin in found:
            clash = _clash(playbook, origin, found, kept)
            if clash is None:
                catalog._accept(playbook, origin)
            else:
                catalog.errors.append(clash)
        catalog.warnings = [
            catalog._builtin_id_warning(p)
            for p in catalog._playbooks
            if catalog._origins[p.content_hash] == USER and catalog.is_builtin_id(p.id)
        ]
        catalog.warnings += [
            translation_gaps_warning(p) for p in catalog._playbooks if p.translation_gaps
        ]
        return catalog

    @staticmethod
    def builtin_by_hash(content_hash: str, *, builtin_folder: Path = BUILTIN_FOLDER,
                        kept: Sequence[KeptPlaybook] = ()) -> Playbook | None:
        """The built-in playbook whose file has exactly this SHA-256, the same as `load`
        gives (parsed from the same file, and refused by the same rule: a record that keeps
        other content under its id and version), without parsing the other files: for the
        first assessment shown while the catalog is still loading; `kept` is what the
        record keeps (PlaybookRecord.kept). None when no built-in file has this hash, or `load`
        would not accept it."""
        content_hash = content_hash.lower()
        for path in _playbook_files(builtin_folder):
            content = read_input_file(path, MAX_PLAYBOOK_BYTES, what="playbook file")
            if hashlib.sha256(content).hexdigest() != content_hash:
                continue
            playbook = load_playbook_bytes(content, str(path))
            # Two built-in files never share an id and version: only the record's copies can
            # refuse one (as `load` would, with every file found).
            return playbook if _clash(playbook, BUILT_IN, [], list(kept)) is None else None
        return None

    def add(self, playbook: Playbook, origin: str | None = None) -> None:
        """Install one more playbook (e.g. a file just added to the user folder). The same
        file twice is ignored; a clash (see `refusal`) raises its InputError."""
        if playbook.content_hash in self._origins:
            return
        origin = origin or _origin_of(playbook.file)
        clash = self.refusal(playbook, origin)
        if clash is not None:
            raise clash
        self._accept(playbook, origin)
        if origin == USER and self.is_builtin_id(playbook.id):
            self.warnings.append(self._builtin_id_warning(playbook))
        if playbook.translation_gaps:
            self.warnings.append(translation_gaps_warning(playbook))

    def refusal(
        self, playbook: Playbook, origin: str | None = None, alongside: Iterable[Playbook] = ()
    ) -> InputError | None:
        """Why `playbook` cannot join this catalog (and the other files `alongside` it), if
        an installed file, one of those files or the record's copy has its id and version with
        other content: one line naming both. None when it can."""
        if playbook.content_hash in self._origins:
            return None
        origin = origin or _origin_of(playbook.file)
        files = [(p, self._origins[p.content_hash]) for p in self._playbooks]
        files += [(p, _origin_of(p.file)) for p in alongside]
        kept = self.record.kept() if self.record is not None else []
        return _clash(playbook, origin, files, kept, installing=True)

    def _accept(self, playbook: Playbook, origin: str) -> None:
        if playbook.content_hash not in self._origins:  # the same bytes in two files: once
            self._origins[playbook.content_hash] = origin
            self._playbooks.append(playbook)

    def _builtin_id_warning(self, playbook: Playbook) -> str:
        default = self.get(playbook.id)
        return (
            f"{playbook.file}: playbook `{playbook.id}` version {playbook.version} uses the id "
            f"of a built-in playbook: new assessments still start from the built-in version "
            f"{default.version} unless version {playbook.version} is chosen by name"
        )

    # --- what is installed --------------------------------------------------------------

    def all(self) -> list[Playbook]:
        """Every installed playbook, by id, newest version first."""
        newest_first = sorted(self._playbooks, key=lambda p: version_key(p.version), reverse=True)
        return sorted(newest_first, key=lambda p: p.id)  # a stable sort keeps versions in order

    def latest(self) -> list[Playbook]:
        """The default version of each installed playbook id (what a new assessment uses)."""
        return [self.get(playbook_id) for playbook_id in sorted({p.id for p in self._playbooks})]

    def origin(self, playbook: Playbook) -> str:
        """BUILT_IN, USER, or RECORD (a copy kept only in the record)."""
        return self._origins.get(playbook.content_hash, RECORD)

    def is_builtin_id(self, playbook_id: str) -> bool:
        return any(
            p.id == playbook_id and self._origins[p.content_hash] == BUILT_IN
            for p in self._playbooks
        )

    def kept_only(self) -> list[KeptPlaybook]:
        """The playbook files the record keeps that no installed file provides."""
        if self.record is None:
            return []
        return [k for k in self.record.kept() if k.sha256 not in self._origins]

    def versions(self, playbook_id: str) -> list[tuple[str, str]]:
        """(version, origin) of every version of a playbook, installed or kept in the record,
        newest first."""
        found = {
            p.version: self._origins[p.content_hash] for p in self.all() if p.id == playbook_id
        }
        for kept in self.kept_only():
            if kept.playbook_id == playbook_id and not any(
                _same_version(kept.version, v) for v in found
            ):
                found[kept.version] = RECORD
        return sorted(found.items(), key=lambda item: version_key(item[0]), reverse=True)

    # --- finding one ----------------------------------------------------------------------

    def get(self, playbook_id: str, version: str | None = None) -> Playbook:
        """The playbook with this id: the given version (installed, else the record's copy),
        or the default — the newest built-in version for a built-in id, else the newest."""
        candidates = [p for p in self._playbooks if p.id == playbook_id]
        if version is None:
            if self.is_builtin_id(playbook_id):
                candidates = [p for p in candidates if self._origins[p.content_hash] == BUILT_IN]
        else:
            candidates = [p for p in candidates if _same_version(p.version, version)]
            if not candidates:
                kept = [
                    k
                    for k in self.kept_only()
                    if k.playbook_id == playbook_id and _same_version(k.version, version)
                ]
                found = self.by_hash(kept[-1].sha256) if kept else None
                candidates = [found] if found is not None else []
        if not candidates:
            known = {p.id for p in self._playbooks} | {k.playbook_id for k in self.kept_only()}
            what = f"`{playbook_id}`" + (f" version {version}" if version is not None else "")
            raise UnknownPlaybook(
                f"no playbook {what} (known playbooks: {', '.join(sorted(known)) or 'none'})"
            )
        return max(candidates, key=lambda p: version_key(p.version))

    def content(self, playbook: Playbook) -> bytes:
        """The exact bytes of a playbook's file: the installed file's, or the record's copy."""
        if playbook.content_hash not in self._origins and self.record is not None:
            kept = self.record.content(playbook.content_hash)
            if kept is not None:
                return kept
        return playbook_source(playbook)

    def by_hash(self, content_hash: str) -> Playbook | None:
        """The playbook whose file had exactly this SHA-256: installed, or the record's copy."""
        content_hash = content_hash.lower()
        for playbook in self._playbooks:
            if playbook.content_hash == content_hash:
                return playbook
        if content_hash in self._from_record:
            return self._from_record[content_hash]
        content = self.record.content(content_hash) if self.record is not None else None
        if content is None:
            return None
        kept = next((k for k in self.record.kept() if k.sha256 == content_hash), None)  # type: ignore[union-attr]
        label = record_copy_label(
            kept.playbook_id if kept else "playbook", kept.version if kept else "", content_hash
        )
        playbook = load_playbook_bytes(content, label)
        self._from_record[content_hash] = playbook
        return playbook


def translation_gaps_warning(playbook: Playbook) -> str:
    """One line for a playbook lacking translations: how many, and the first (the file's
    check names each)."""
    first = playbook.translation_gaps[0]
    count = len(playbook.translation_gaps)
    return (
        f"{playbook.file}: playbook `{playbook.id}` version {playbook.version}: {count} "
        f"{'text lacks a translation' if count == 1 else 'texts lack a translation'} into a "
        f"language it declares, shown in its base language instead (first: {first.one_line()}); "
        "`playbooks check` names each"
    )


def _origin_of(file: str) -> str:
    try:
        return BUILT_IN if Path(file).resolve().parent == BUILTIN_FOLDER else USER
    except OSError:
        return USER


def _clash(
    playbook: Playbook,
    origin: str,
    files: list[tuple[Playbook, str]],
    kept: list[KeptPlaybook],
    *,
    installing: bool = False,
) -> InputError | None:
    """Why `playbook` may not be loaded beside `files` and the record's `kept` copies, if
    its id and version are taken with other content; the same answer whatever the names."""
    hash_ = playbook.content_hash

    def same(other_id: str, other_version: str) -> bool:
        return other_id == playbook.id and _same_version(other_version, playbook.version)

    record_copies = [k for k in kept if same(k.playbook_id, k.version)]
    if record_copies:
        if hash_ in {k.sha256 for k in record_copies}:
            return None
        return _clash_error(
            playbook,
            f"differs from the copy the record keeps (hash {record_copies[0].sha256[:12]}…), "
            "which its assessments were made with: "
            + ("it cannot be installed" if installing else "this file is not loaded"),
        )
    others = [(p, o) for p, o in files if same(p.id, p.version) and p.content_hash != hash_]
    if not others:
        return None
    builtin_hashes = {p.content_hash for p, o in files if same(p.id, p.version) and o == BUILT_IN}
    if origin == BUILT_IN:
        builtin_hashes.add(hash_)
    if builtin_hashes == {hash_}:
        return None  # the built-in content wins over user files (and a user copy of it loads)
    by_content: dict[str, str] = {}  # one file per other content, built-in ones first
    for other, _ in sorted(others, key=lambda item: item[1] != BUILT_IN):
        by_content.setdefault(other.content_hash, other.file)
    named = ", ".join(sorted(by_content.values()))
    if installing:
        outcome = "it cannot be installed beside it"
    elif any(o == BUILT_IN for _, o in others):
        outcome = "the built-in file is kept, this one is not loaded"
    else:
        outcome = "neither file is loaded"
    return _clash_error(playbook, f"differs from {named} (same id and version): {outcome}")


def _clash_error(playbook: Playbook, problem: str) -> InputError:
    return InputError(
        playbook.file,
        _version_line(playbook),
        "version",
        f"playbook `{playbook.id}` version {playbook.version} {problem}",
        "a new version number for a changed playbook",
    )


def _playbook_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
