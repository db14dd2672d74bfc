"""Reading a file the user names (a playbook, case file, registry, certificate, identity, memo
to verify): a regular file only, and never more than a stated number of bytes.

`Path.read_bytes()` on /dev/zero never returns and fills memory; on a named pipe it waits for a
writer forever; on a 2 GB file it reads 2 GB before any check can say "too large". Here the file
is opened without waiting (O_NONBLOCK, so a pipe opens at once), judged by what it is, and read
only up to the bound (one byte more tells that it is larger), so each of those is one line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from playbooks.errors import InputError


def read_input_file(path: str | Path, max_bytes: int, *, what: str = "file") -> bytes:
    """The bytes of the regular file at `path`, at most `max_bytes` of them; InputError (one
    line naming the file) for anything else."""
    name = str(path)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(name, None, "", f"cannot be read: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(stream.fileno())
        mode = status.st_mode
        if stat.S_ISDIR(mode):
            raise InputError(name, None, "", f"is a folder, not a {what}")
        if not stat.S_ISREG(mode):
            raise InputError(name, None, "", f"is not a regular file (a device, pipe or socket), "
                             f"so it cannot be a {what}")
        if status.st_size > max_bytes:  # said before anything is read
            raise InputError(name, None, "", f"file is {status.st_size} bytes, too large",
                             f"at most {max_bytes} bytes")
        try:
            data = stream.read(max_bytes + 1)
        except OSError as error:
            raise InputError(name, None, "", f"cannot be read: {error.strerror or error}"
                             ) from None
    if len(data) > max_bytes:  # it grew while being read
        raise InputError(name, None, "", f"file is more than {max_bytes} bytes, too large",
                         f"at most {max_bytes} bytes")
    return data
