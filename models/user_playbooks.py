"""Installing a playbook file in the user playbook folder (`playbooks add FILE`, the desktop's
"Add playbook file…").

The file is checked first — it must load, and its id and version must not be taken, with other
content, by an installed file or by the copy the record keeps — and only then copied, byte for
byte and atomically, to `<id>-<version>.yaml` in the folder, so the folder never holds a file
that the catalog would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.files import write_atomically
from playbooks.loader import USER, PlaybookCatalog, load_playbook, playbook_source
from playbooks.model import Playbook


@dataclass(frozen=True)
class Installed:
    playbook: Playbook  # as loaded from its place in the folder
    path: Path
    already: bool  # the same bytes were installed already: nothing was written
    warning: str | None = None  # e.g. it takes a built-in playbook's id


def checked_playbook_file(path: str | Path, catalog: PlaybookCatalog) -> Playbook:
    """Load a playbook file and refuse it (InputError naming file, line and field) if it cannot
    be installed beside the catalog."""
    playbook = load_playbook(path)
    clash = catalog.refusal(playbook, USER)
    if clash is not None:
        raise clash
    return playbook


def install_playbook(playbook: Playbook, catalog: PlaybookCatalog, folder: Path) -> Installed:
    """Copy a checked playbook's file into `folder` and add it to the catalog."""
    installed = catalog.by_hash(playbook.content_hash)
    if installed is not None and catalog.origin(installed) != "record":
        return Installed(installed, Path(installed.file), already=True)
    content = playbook_source(playbook)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{playbook.id}-{playbook.version}", content)
    write_atomically(target, content, overwrite=True)  # a free name, or the same bytes
    placed = load_playbook(target)
    warnings_before = len(catalog.warnings)
    catalog.add(placed, USER)
    warning = catalog.warnings[-1] if len(catalog.warnings) > warnings_before else None
    return Installed(placed, target, already=False, warning=warning)


def add_playbook_file(path: str | Path, catalog: PlaybookCatalog, folder: Path) -> Installed:
    return install_playbook(checked_playbook_file(path, catalog), catalog, folder)


def _free_name(folder: Path, stem: str, content: bytes) -> Path:
    """`<stem>.yaml`, unless a different file (one that failed to load) already has that name."""
    for number in range(1, 1000):
        target = folder / (f"{stem}.yaml" if number == 1 else f"{stem}-{number}.yaml")
        if not target.exists() or target.read_bytes() == content:
            return target
    raise FileExistsError(folder / f"{stem}.yaml")
