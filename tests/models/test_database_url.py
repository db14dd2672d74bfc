"""One reading of a database URL for the whole app (models.database_url).

The lock, the early first page and the normal opening all read URLs through it; SQLAlchemy
receives the parts. These tests hold it to SQLAlchemy's own reading of the same text, so a URL
that works with other SQLAlchemy tools names the same database here.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from models.database_url import NotADatabaseUrl, read_database_url, sqlite_file
from models.db import parse_database_url
from models.first_page import plain_url
from models.location import sqlite_url


def _same_as_sqlalchemy(text: str) -> None:
    ours = read_database_url(text)
    theirs = make_url(text)
    assert (ours.drivername, ours.username, ours.password, ours.host, ours.port, ours.database) == (
        theirs.drivername, theirs.username, theirs.password, theirs.host, theirs.port,
        theirs.database,
    )  # fmt: skip
    assert ours.query_dict() == dict(theirs.query)


@pytest.mark.parametrize(
    "text",
    [
        "sqlite:///relative/concert.db",
        "sqlite:////absolute/path/concert.db",
        "sqlite:////with%20space/and%25percent/concert.db",
        "postgresql+psycopg://desk@db.ministry.example/concert",
        "postgresql+psycopg://desk:p%40ss%3Aword@db.ministry.example:5433/concert",
        "postgresql+psycopg://desk@[::1]:5432/concert",
        "postgresql+psycopg://desk@127.0.0.1/concert?sslmode=require&application_name=cd",
        "postgresql+psycopg://desk@h/concert?options=a&options=b",
        "postgresql+psycopg:///concert",
        "mysql://user@host/db",
    ],
)
def test_the_parts_are_the_ones_sqlalchemy_reads(text: str) -> None:
    _same_as_sqlalchemy(text)


_words = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)


@given(
    user=_words, password=_words, database=_words,
    host=st.from_regex(r"[a-z][a-z0-9-]{0,10}(\.[a-z]{2,5})?", fullmatch=True),
    port=st.none() | st.integers(1, 65535),
)  # fmt: skip
def test_any_quoted_postgresql_url_reads_as_sqlalchemy_reads_it(
    user: str, password: str, database: str, host: str, port: int | None
) -> None:
    at_port = f":{port}" if port is not None else ""
    text = (
        f"postgresql+psycopg://{quote(user, safe='')}:{quote(password, safe='')}@{host}"
        f"{at_port}/{quote(database, safe='')}"
    )
    _same_as_sqlalchemy(text)


@given(path=st.lists(_words.filter(lambda w: w not in (".", "..")), min_size=1, max_size=4))
def test_the_sqlite_urls_the_app_writes_name_their_file(path: list[str]) -> None:
    """models.location writes SQLite URLs; every reader must get the same file back."""
    from pathlib import Path

    # The app writes URLs for its files (concert.db in a folder of any name); reading a URL
    # strips surrounding whitespace, as the opening always has, so a name ends the path.
    file = Path("/", *[part.replace("/", "_").replace("\x00", "_") for part in path], "concert.db")
    url = sqlite_url(file)
    assert sqlite_file(url) == str(file)
    assert make_url(url).database == str(file)
    target = plain_url(url)
    assert target is not None and target.database == str(file)


@pytest.mark.parametrize("text", ["not a url at all", "://nothing", "concert.db", "sqlite:/x.db",
                                  "postgresql+psycopg://u@h:port/db"])  # fmt: skip
def test_what_is_not_a_url_is_refused_by_name(text: str) -> None:
    with pytest.raises(NotADatabaseUrl):
        read_database_url(text)


def test_sqlite_file_is_only_for_sqlite_files() -> None:
    assert sqlite_file("sqlite:////srv/concert.db") == "/srv/concert.db"
    assert sqlite_file("sqlite://") is None
    assert sqlite_file("sqlite:///:memory:") is None
    assert sqlite_file("postgresql+psycopg://desk@h/concert") is None
    assert sqlite_file("no url") is None


def test_the_opening_hands_sqlalchemy_the_same_url() -> None:
    text = "postgresql+psycopg://desk:p%40ss@db.ministry.example:5433/concert?sslmode=require"
    assert parse_database_url(text) == make_url(text)
