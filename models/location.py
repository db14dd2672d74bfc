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
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
