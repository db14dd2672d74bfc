"""Database URLs, read in one place for the whole app.

Three parts of the app need to know what a URL names before (or without) SQLAlchemy: the
desktop's one-window lock (taken before SQLAlchemy is imported), the early first page of History
(read with the plain driver while SQLAlchemy loads) and the normal opening (models.db, which
hands the parts to SQLAlchemy's `URL.create`). Reading the URL once, here, means they can never
disagree about which database a URL names.

The grammar is the usual one, `DRIVER://USER:PASSWORD@HOST:PORT/DATABASE?KEY=VALUE`, with the user,
password and database percent-decoded. For SQLite the database is the file's path:
`sqlite:///relative.db`, `sqlite:////absolute/path.db`. Only the standard library is used, so
importing this module costs nothing at start-up.

A PostgreSQL URL may name several servers, libpq's way: `USER@HOST1:PORT1,HOST2:PORT2/DATABASE`
(a primary and its standby, docs/deployment.md "A standby that takes over"). SQLAlchemy's own
reading does not take that form; here it gives `hosts`, which models.db hands to the driver as
the `host=`/`port=` lists libpq reads, so `target_session_attrs=read-write` picks the server
that accepts writes.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit


class NotADatabaseUrl(ValueError):
    """The text is not shaped like a database URL at all."""


@dataclass(frozen=True)
class DatabaseUrl:
    drivername: str  # "sqlite", "postgresql+psycopg", ...
    username: str | None = None
    password: str | None = None
    host: str | None = None
    port: int | None = None
    database: str | None = None  # SQLite: the file's path; PostgreSQL: the database name
    query: tuple[tuple[str, str], ...] = ()
    # Several servers (HOST1:PORT1,HOST2:PORT2): every one, in order; `host` and `port` are
    # then None. Empty for a URL naming one server (or none).
    hosts: tuple[tuple[str, int | None], ...] = ()

    @property
    def backend(self) -> str:
        """The database family without the driver: "sqlite", "postgresql", ..."""
        return self.drivername.split("+", 1)[0]

    def query_dict(self) -> dict[str, str | tuple[str, ...]]:
        """The query options, a key given more than once keeping all its values in order."""
        options: dict[str, list[str]] = {}
        for key, value in self.query:
            options.setdefault(key, []).append(value)
        return {key: values[0] if len(values) == 1 else tuple(values)
                for key, values in options.items()}  # fmt: skip


def read_database_url(text: str) -> DatabaseUrl:
    """The parts of the database URL `text`; NotADatabaseUrl when it is not shaped like one."""
    text = text.strip()
    scheme, separator, _ = text.partition("://")
    if not separator or not scheme or not all(c.isalnum() or c in "+_" for c in scheme):
        raise NotADatabaseUrl(text)
    try:
        parts = urlsplit(text, allow_fragments=False)
    except ValueError:
        raise NotADatabaseUrl(text) from None
    userinfo, at, servers = parts.netloc.rpartition("@")
    hosts = _several_hosts(servers, text) if "," in servers else ()
    try:
        port = None if hosts else parts.port  # not a number, or out of range: raises here
    except ValueError:
        raise NotADatabaseUrl(text) from None
    username = password = None
    if at:
        name, colon, secret = userinfo.partition(":")
        username = unquote(name)
        password = unquote(secret) if colon else None
    path = parts.path.removeprefix("/")
    return DatabaseUrl(
        drivername=scheme,
        username=username,
        password=password,
        host=parts.hostname if servers and not hosts else None,
        port=port,
        database=unquote(path) if path else None,
        query=tuple(parse_qsl(parts.query)),
        hosts=hosts,
    )


def _several_hosts(servers: str, text: str) -> tuple[tuple[str, int | None], ...]:
    """`HOST1:PORT1,HOST2,[::1]:PORT3`: each server's host (lower case, as urlsplit gives
    one) and port; NotADatabaseUrl for an empty host or a port that is not one."""
    hosts: list[tuple[str, int | None]] = []
    for server in servers.split(","):
        if server.startswith("["):
            host, bracket, rest = server[1:].partition("]")
            if not bracket or (rest and not rest.startswith(":")):
                raise NotADatabaseUrl(text)
            port_text = rest[1:] if rest else ""
        else:
            host, _, port_text = server.partition(":")
        if not host or (port_text and not (port_text.isascii() and port_text.isdigit())):
            raise NotADatabaseUrl(text)
        port = int(port_text) if port_text else None
        if port is not None and not 0 < port < 65536:
            raise NotADatabaseUrl(text)
        hosts.append((unquote(host).lower(), port))
    return tuple(hosts)


def sqlite_file(text: str) -> str | None:
    """The file path a `sqlite://` URL names, or None for any other URL or none at all."""
    try:
        url = read_database_url(text)
    except NotADatabaseUrl:
        return None
    if url.drivername != "sqlite" or url.host or not url.database or url.database == ":memory:":
        return None
    return url.database
