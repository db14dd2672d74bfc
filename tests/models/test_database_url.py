"""One reading of a database URL for the whole app (models.database_url).

The lock, the early first page and the normal opening all read URLs through it; SQLAlchemy
receives the parts. These tests hold it to SQLAlchemy's own reading of the same text, so a URL
that works with other SQLAlchemy tools names the same database here.
"""

from __future__ import annotations

import socket
from urllib.parse import quote

import psycopg
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from models.backup import pg_commands
from models.database_url import NotADatabaseUrl, read_database_url, sqlite_file
from models.db import first_error_line, parse_database_url, server_names
from models.errors import DatabaseUnavailable
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


# A primary and its standby in one URL, libpq's way (docs/deployment.md "A standby that takes
# over"). SQLAlchemy's reading does not take HOST1:PORT1,HOST2:PORT2; its PostgreSQL dialect
# takes the same servers as host= options, which is what the opening hands it.
TWO_SERVERS = ("postgresql+psycopg://desk@db1.ministry.example:5432,DB2.ministry.example:5433/"
               "concert?target_session_attrs=read-write&sslmode=require")
SAME_AS_OPTIONS = ("postgresql+psycopg://desk@/concert?host=db1.ministry.example:5432"
                   "&host=db2.ministry.example:5433&target_session_attrs=read-write"
                   "&sslmode=require")


def test_a_url_naming_two_servers_reads_as_each_server_in_order() -> None:
    url = read_database_url(TWO_SERVERS)
    assert url.hosts == (("db1.ministry.example", 5432), ("db2.ministry.example", 5433))
    assert (url.host, url.port, url.username, url.database) == (None, None, "desk", "concert")
    assert url.query_dict() == {"target_session_attrs": "read-write", "sslmode": "require"}
    assert read_database_url("postgresql+psycopg://desk@[::1]:5432,h2/concert").hosts == (
        ("::1", 5432), ("h2", None))
    assert read_database_url("postgresql+psycopg://desk@h1:5432/concert").hosts == ()
    # History's early first page reads only plain URLs: several servers go the normal way.
    assert plain_url("postgresql+psycopg://desk@h1:5432,h2:5433/concert") is None


def test_the_driver_gets_the_servers_sqlalchemy_gives_it_for_host_options() -> None:
    ours = parse_database_url(TWO_SERVERS)
    theirs = make_url(SAME_AS_OPTIONS)
    assert ours.get_dialect()().create_connect_args(ours) == (
        theirs.get_dialect()().create_connect_args(theirs))
    args = ours.get_dialect()().create_connect_args(ours)[1]
    assert (args["host"], args["port"]) == ("db1.ministry.example,db2.ministry.example",
                                            "5432,5433")
    assert server_names(ours) == ("db1.ministry.example:5432", "db2.ministry.example:5433")
    # The URL the app hands on (the memo helper) names the same servers when read again.
    again = parse_database_url(ours.render_as_string(hide_password=False))
    assert again.get_dialect()().create_connect_args(again) == (
        ours.get_dialect()().create_connect_args(ours))


@pytest.mark.parametrize("text", [
    "postgresql+psycopg://u@h1:x,h2/db", "postgresql+psycopg://u@,h2/db",
    "postgresql+psycopg://u@h1:70000,h2/db", "postgresql+psycopg://u@[::1,h2/db",
    "postgresql+psycopg://u@h1:5432:1,h2/db",
])  # fmt: skip
def test_a_bad_server_in_a_list_is_refused(text: str) -> None:
    with pytest.raises(NotADatabaseUrl):
        read_database_url(text)


@pytest.mark.parametrize("text", [
    "postgresql+psycopg://u@h1,h2/db?host=h3", "postgresql+psycopg://u@h1,h2/db?port=1,2",
    "sqlite://h1,h2/db.db",
])  # fmt: skip
def test_servers_given_twice_or_for_sqlite_are_refused_in_one_line(text: str) -> None:
    with pytest.raises(DatabaseUnavailable, match="names several servers only as"):
        parse_database_url(text)


def test_when_no_server_in_the_list_answers_each_one_is_named_in_one_line() -> None:
    """The driver's own report (psycopg, two ports nobody listens on), as a user sees it."""
    closed = [_closed_port(), _closed_port()]
    with pytest.raises(psycopg.OperationalError) as failed:
        psycopg.connect(f"host=127.0.0.1,127.0.0.1 port={closed[0]},{closed[1]} dbname=concert "
                        "connect_timeout=5 target_session_attrs=read-write")
    line = first_error_line(failed.value)
    assert "\n" not in line
    assert line.startswith("no server could be reached")
    assert f"127.0.0.1:{closed[0]}: Connection refused" in line
    assert f"127.0.0.1:{closed[1]}: Connection refused" in line


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the probe is


def test_the_postgresql_backup_commands_name_both_servers_and_write_to_the_primary() -> None:
    commands = pg_commands(parse_database_url(TWO_SERVERS), "/backups/concert.dump")
    both = "db1.ministry.example:5432,db2.ministry.example:5433"
    assert all(both in command for command in commands), commands
    assert all("target_session_attrs=read-write" in command for command in commands)
    assert "localhost" not in " ".join(commands)
