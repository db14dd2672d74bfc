"""The default database's URL is written as SQLAlchemy writes it: the desktop resolves it
before SQLAlchemy is loaded, and names its one-window lock after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from models.location import sqlite_url


@pytest.mark.parametrize(
    "path",
    ["/home/someone/.local/share/ConcertDesk/concert.db", "/home/a b/c+d.db", "/x/ü/ç.db",
     "/x/%41/c.db", "/x/a?b#c/d.db", "/x/a@b:c/d.db", "relative/concert.db"],
)  # fmt: skip
def test_sqlite_urls_are_written_as_sqlalchemy_writes_them(path: str) -> None:
    url = sqlite_url(Path(path))
    assert url == URL.create("sqlite", database=str(Path(path))).render_as_string()
    assert make_url(url).database == str(Path(path))
