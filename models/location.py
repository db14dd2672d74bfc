"""Where the record lives by default, without the database libraries.

The desktop resolves the default database and its user folder before SQLAlchemy is imported
(bench: importing it takes most of a second, longer than showing the window), so these live
here; models.db re-exports them for everyone else.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import platformdirs

APP_NAME = "ConcertDesk"
DATA_DIR_VARIABLE = "CONCERT_DATA_DIR"
DATABASE_URL_VARIABLE = "CONCERT_DB_URL"


def user_data_dir() -> Path:
    """The folder for the default database and user playbooks (created on demand).

    The environment variable CONCERT_DATA_DIR replaces it (tests point it at a temporary folder).
    """
    override = os.environ.get(DATA_DIR_VARIABLE)
    folder = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    return private_folder(folder)


def private_folder(folder: Path) -> Path:
    """`folder`, created if needed, readable by its owner only (0700): the record, its logs and
    the test CA live there, and other users of the machine have no business reading them. A
    folder made by an older version with wider permissions is narrowed (when it is ours)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        try:
            status = folder.stat()
            if status.st_uid == os.getuid() and status.st_mode & 0o077:
                folder.chmod(status.st_mode & 0o700 | 0o700)
        except OSError:  # a folder we may use but not change: leave it as it is
            pass
    return folder


def create_private_file(path: Path) -> None:
    """Create `path` empty and readable by its owner only (0600) if it does not exist yet, so a
    library that then opens it (SQLite, logging) never creates it world-readable. SQLite gives
    its -wal and -shm files the database file's permissions."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)


def user_playbook_folder() -> Path:
    """Where the user's playbook files are installed: `playbooks` in the user data folder (the
    folder itself is made when the first file is added)."""
    return user_data_dir() / "playbooks"


def default_database_url() -> str:
    """CONCERT_DB_URL when set, else the SQLite file concert.db in the user data folder."""
    override = os.environ.get(DATABASE_URL_VARIABLE)
    if override:
        return override
    return sqlite_url(user_data_dir() / "concert.db")


def sqlite_url(path: Path) -> str:
    """The URL of the SQLite file at `path`, written as SQLAlchemy writes it (URL.create(...)
    .render_as_string(); tests/models/test_location.py compares the two), so the URL, and the
    instance lock named after it, are the same whichever code resolved it."""
    return "sqlite:///" + quote(str(path), safe=" +/")
