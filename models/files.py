"""Writing export files (case files, registries, memo PDFs) so a reader never sees half a file.

The bytes go to a temporary file in the target's own folder (same file system, so the final
rename is atomic), are flushed to disk, and only then replace the target; the folder is synced
so the rename itself survives a power cut. On failure the target is untouched and the
temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from playbooks.errors import UserError


class ExportFailed(UserError):
    """The export file could not be written (missing folder, no permission, disk full…)."""


def write_atomically(path: str | Path, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(f"{target}: the folder {folder} does not exist")
    if target.is_dir():
        raise ExportFailed(f"{target}: is a folder, not a file")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportFailed(f"{target}: cannot write in {folder}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportFailed(f"{target}: cannot be written: {error.strerror or error}") from None
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; its rename is already durable enough
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
