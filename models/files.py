"""Writing export files (case files, registries, memo PDFs, identities) so a reader never sees
half a file, and nothing is written over without intent.

The bytes go to a temporary file in the target's own folder (same file system, so the final
rename is atomic), are flushed to disk, and only then take the target's name; the folder is
synced so the rename itself survives a power cut. On failure the target is untouched and the
temporary file is removed.

What may be written over (`check_output_target`, also run by `write_atomically` itself):
- never a file that is not a regular file (a device node such as /dev/zero, a pipe, a socket,
  a folder): replacing one by a renamed file would destroy it, writing into one hangs or fills
  the disk;
- never the open record database or its side files (`-wal`, `-shm`, `-journal`): `protected`;
- never an existing signing identity (PKCS#12): losing a key cannot be undone;
- any other existing file only when the caller says so (`overwrite=True`: the command line's
  `--force`, or a file dialog whose "replace?" question the user answered).
Without `overwrite` the new file is linked into place, which fails if the name was taken in the
meantime, so even a file created between the check and the write is kept.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from playbooks.errors import UserError

# Identity files are recognised by name as well as by content (a damaged .p12 is still a key).
IDENTITY_SUFFIXES = (".p12", ".pfx")
_IDENTITY_SNIFF_BYTES = 64 * 1024


class ExportFailed(UserError):
    """The export file could not be written (missing folder, no permission, disk full…)."""


class OverwriteRefused(ExportFailed):
    """The target exists and may not (or not without --force) be written over."""


def check_output_target(path: str | Path, *, overwrite: bool,
                        protected: Iterable[str | Path] = ()) -> None:
    """Raise OverwriteRefused (one line naming the file) unless `path` may be written; call it
    before any work whose result would go there (so a refused export issues nothing)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportFailed(f"{target}: the folder {folder} does not exist")
    if _is_protected(target, protected):
        raise OverwriteRefused(f"{target}: is the open record database or one of its files; "
                               "refused (choose another file name)")
    try:
        status = os.stat(target)  # follows a symbolic link to what it names
    except FileNotFoundError:
        if os.path.lexists(target):
            raise OverwriteRefused(f"{target}: is a symbolic link to nothing; refused") from None
        return
    except OSError as error:
        raise ExportFailed(f"{target}: cannot be examined: {error.strerror}") from None
    if stat.S_ISDIR(status.st_mode):
        raise OverwriteRefused(f"{target}: is a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        raise OverwriteRefused(f"{target}: is not a regular file (a device, pipe or socket); "
                               "refused")
    if looks_like_identity(target):
        raise OverwriteRefused(f"{target}: holds a signing identity (PKCS#12), which is never "
                               "written over; choose another file name")
    if not overwrite:
        raise OverwriteRefused(f"{target}: exists; give --force to replace it")


def looks_like_identity(path: Path) -> bool:
    """A PKCS#12 file, by its name or by its content."""
    if path.suffix.lower() in IDENTITY_SUFFIXES:
        return True
    try:
        with open(path, "rb") as stream:
            head = stream.read(_IDENTITY_SNIFF_BYTES)
    except OSError:
        return False
    if not head.startswith(b"\x30"):  # DER: a SEQUENCE
        return False
    from asn1crypto import pkcs12

    try:
        pfx = pkcs12.Pfx.load(head)
        return pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except (ValueError, TypeError, KeyError):
        return False


def _is_protected(target: Path, protected: Iterable[str | Path]) -> bool:
    resolved = _resolved(target)
    return any(resolved == _resolved(Path(p)) for p in protected)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop
        return path.absolute()


def write_atomically(path: str | Path, data: bytes, *, overwrite: bool,
                     protected: Iterable[str | Path] = ()) -> None:
    """Write `data` to `path` whole or not at all (see the module's rules on overwriting).
    The file is readable by its owner only (0600, as mkstemp makes it): exports hold
    classified text."""
    target = Path(path)
    protected = tuple(protected)
    check_output_target(target, overwrite=overwrite, protected=protected)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportFailed(f"{target}: cannot write in {folder}: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)  # synced to disk by move_into_place
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportFailed(f"{target}: cannot be written: {error.strerror or error}") from None
    move_into_place(Path(temporary), target, overwrite=overwrite)


def move_into_place(temporary: Path, target: Path, *, overwrite: bool) -> None:
    """Give a finished file, written beside `target` (same folder), the target's name: synced
    to disk first, then renamed (or, without `overwrite`, linked only if the name is still
    free); the temporary file is gone afterwards whatever happens. Call check_output_target
    before writing the temporary file."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        with open(temporary, "rb+") as stream:
            os.fsync(stream.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            _link_into_place(str(temporary), target)
    except FileExistsError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise OverwriteRefused(f"{target}: exists; give --force to replace it") from None
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise ExportFailed(f"{target}: cannot be written: {error.strerror or error}") from None
    _sync_folder(folder)


def _link_into_place(temporary: str, target: Path) -> None:
    """Give the written file its name only if that name is still free (atomic)."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: rename, after one more look
        if os.path.lexists(target):
            raise FileExistsError(str(target)) from None
        os.replace(temporary, target)
        return
    os.unlink(temporary)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; its rename is already durable enough
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
