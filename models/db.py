"""The record's database: URL handling, connection settings, transactions.

(Migrating and seeding a database when it is opened are start-up steps: models.opening.)

SQLite (the default, one file in the user data folder) and PostgreSQL (a ministry-wide database,
by URL) run the same code. Every write goes through `Database.write_session()`, which serialises
writers before anything is read, so the audit chain can never fork:
- SQLite: `BEGIN IMMEDIATE` takes the database's write lock at the start of the transaction;
- PostgreSQL: the one row of `write_lock` locked FOR UPDATE, released by COMMIT or ROLLBACK.
  Locking it needs UPDATE on that table, which only the writing roles hold (models.roles), so a
  login that may only read cannot hold the writers up (an advisory lock, which this was before
  schema 0008, any login could take).
A writer waits for another's at most the lock timeout (models.lock_wait), then fails with one
line naming what it waited for.

On PostgreSQL a write that appended audit entries also tells other officials' desktops what it
changed (models.change_notice: a NOTIFY sent inside the transaction, delivered at commit).
"""

from __future__ import annotations

import logging
import re
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, Engine
from sqlmodel import Session

from models import change_notice
from models.database_url import NotADatabaseUrl, read_database_url
from models.errors import (
    DatabaseUnavailable,
    MissingRight,
    NoWriteRight,
    ReadOnlyServer,
    RecordFrozen,
    WriterBusy,
    WritesRefused,
)

# Re-exported: these need no database libraries and live apart so the desktop can use them
# before SQLAlchemy is loaded.
from models.location import APP_NAME as APP_NAME
from models.location import create_private_file
from models.location import default_database_url as default_database_url
from models.location import user_data_dir as user_data_dir
from models.lock_wait import busy_message, is_lock_timeout, lock_timeout_s, writers_lock_holder
from models.revision import script_head_revision as script_head_revision
from models.rights import is_missing_right, missing_right_message

PG_CONNECT_TIMEOUT_S = 5
# Advisory lock keys (any constants, fixed forever): writes before schema 0008 (now the
# write_lock row), and migrations.
PG_WRITE_LOCK_KEY = 0x436F6E63  # "Conc"
PG_MIGRATE_LOCK_KEY = 0x4D696772  # "Migr"
# Where a write session keeps the server's session_user (PostgreSQL), read with the lock.
SESSION_USER_KEY = "concert_session_user"
# Every refusal raised by the immutability triggers starts with this marker.
FROZEN_MARKER = "frozen:"

_URL_HELP = "use sqlite:///PATH/TO/FILE.db or postgresql+psycopg://USER@HOST:PORT/DBNAME"


def parse_database_url(url: str) -> URL:
    """The SQLAlchemy URL for `url`, or DatabaseUnavailable saying what is wrong with it."""
    try:
        parts = read_database_url(url)
    except NotADatabaseUrl:
        raise DatabaseUnavailable(f"not a database URL: {url!r} ({_URL_HELP})") from None
    query = parts.query_dict()
    if parts.hosts:
        if "host" in query or "port" in query or parts.backend != "postgresql":
            raise DatabaseUnavailable(
                f"a database URL names several servers only as postgresql+psycopg://"
                f"USER@HOST1:PORT1,HOST2:PORT2/DBNAME, without host= or port= options: {url!r}"
            )
        # libpq's lists, which SQLAlchemy's PostgreSQL dialect hands to the driver as they are.
        query["host"] = ",".join(host for host, _ in parts.hosts)
        if any(port is not None for _, port in parts.hosts):
            query["port"] = ",".join("" if port is None else str(port) for _, port in parts.hosts)
    parsed = URL.create(
        parts.drivername, parts.username, parts.password, parts.host, parts.port,
        parts.database, query,
    )  # fmt: skip
    backend = parsed.get_backend_name()
    if backend == "postgres":  # the short spelling other tools accept; SQLAlchemy does not
        raise DatabaseUnavailable(
            f"{parsed.drivername}:// is not a database URL this app reads: write "
            f"postgresql+psycopg://USER@HOST:PORT/DBNAME for {_safe(parsed)}"
        )
    if backend == "postgresql":
        if parsed.drivername not in ("postgresql", "postgresql+psycopg"):
            raise DatabaseUnavailable(
                f"unsupported PostgreSQL driver {parsed.drivername!r}; use postgresql+psycopg://"
            )
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if parsed.drivername != "sqlite":
            raise DatabaseUnavailable(
                f"unsupported SQLite driver {parsed.drivername!r}; {_URL_HELP}"
            )
        if (
            not parsed.database
            or parsed.database == ":memory:"
            or parsed.database.startswith("file:")
        ):
            raise DatabaseUnavailable(f"SQLite URL needs a file path: {url!r} ({_URL_HELP})")
        return parsed
    raise DatabaseUnavailable(f"unsupported database {backend!r} in {_safe(parsed)} ({_URL_HELP})")


# The files SQLite keeps beside a database: none of them may be written over by an export.
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def database_files(url: str) -> tuple[Path, ...]:
    """The files that make up the SQLite record at `url` (the database and its side files);
    none for PostgreSQL or a URL that is not one (opening it will say why)."""
    try:
        parsed = parse_database_url(url)
    except DatabaseUnavailable:
        return ()
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return ()
    path = Path(parsed.database)
    return (path, *(path.with_name(path.name + suffix) for suffix in SQLITE_SIDE_SUFFIXES))


def server_names(url: URL) -> tuple[str, ...]:
    """HOST:PORT of each server a URL naming several lists (host= and port= lists, as
    parse_database_url writes them); empty for a URL naming one server."""
    hosts, ports = url.query.get("host"), url.query.get("port")
    if not isinstance(hosts, str) or "," not in hosts:
        return ()
    port_list = ports.split(",") if isinstance(ports, str) else []
    names = []
    for index, host in enumerate(hosts.split(",")):
        port = port_list[index] if index < len(port_list) else ""
        shown = f"[{host}]" if ":" in host else host
        names.append(f"{shown}:{port}" if port else shown)
    return tuple(names)


def _safe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


# libpq's words for a TLS connection refused, and what an official (or their administrator)
# should check: the URL's sslrootcert, sslcert and sslkey (docs/deployment.md).
_TLS_HINTS = (
    ("alert unknown ca", "the server does not trust the client certificate (sslcert): it was "
     "not issued by an authority the server accepts"),
    ("certificate verify failed", "the server's certificate is not from the authority in "
     "sslrootcert"),
    ("does not match host name", "the server's certificate is for another host name than the "
     "URL's"),
)


# The driver's report when a URL names several servers and none would do, one line a server
# after it (psycopg 3): "- host: 'H', port: 'P', hostaddr: ...: connection failed: ... failed:
# CAUSE". libpq's cause for a server that is up but may not write.
_ATTEMPTS_MARKER = "Multiple connection attempts failed"
_ATTEMPT = re.compile(r"^- host: '([^']*)', port: '([^']*)'.* failed: (.*)$")
_READ_ONLY_SESSION = "session is read-only"


def _attempts_line(lines: list[str]) -> str | None:
    """For a URL naming several servers none of which would do: one line with each server's
    cause; None for any other error."""
    if not any(line.startswith(_ATTEMPTS_MARKER) for line in lines):
        return None
    causes = []
    for line in lines:
        if attempt := _ATTEMPT.match(line):
            host, port, cause = attempt.groups()
            if cause.strip() == _READ_ONLY_SESSION:
                cause = "read-only (a standby)"
            shown = f"[{host}]" if ":" in host else host
            causes.append(f"{shown}:{port}: {cause.strip()}" if port else f"{shown}: {cause}")
    if not causes:
        return None
    read_only = any(cause.endswith("read-only (a standby)") for cause in causes)
    what = "no server accepts writes" if read_only else "no server could be reached"
    return f"{what} ({'; '.join(causes)})"


def first_error_line(error: BaseException) -> str:
    """The first non-empty line of a database error (the driver's, when it has one), with what
    to check when a TLS connection was refused; for a URL naming several servers none of which
    would do, each server's cause."""
    original = getattr(error, "orig", None) or error
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    if several := _attempts_line(lines):
        return several
    if not lines:
        return type(original).__name__
    hint = next((hint for words, hint in _TLS_HINTS if words in lines[0].lower()), "")
    return f"{lines[0]} ({hint})" if hint else lines[0]


class Database:
    """An opened record database: an engine plus the sessions the workflow uses."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self._url = url
        self.engine = engine
        # Set by models.startup.check_on_open when the chain ends before what this installation
        # saw; every write is refused with it until acknowledge_audit_head clears it.
        self.writes_refused: str | None = None
        # How long a write waits for another session's (CONCERT_LOCK_TIMEOUT_S, else 10 s).
        self.lock_timeout_s = lock_timeout_s()
        # Names this Database's writes in the notices they send (models.change_notice), so a
        # window listening for other officials' changes can leave out its own.
        self.origin = secrets.token_hex(8)
        self._can_notify: bool | None = None  # asked at the first write (PostgreSQL)
        # The same connection pool; writers begin with the lock already taken (see module doc).
        self._write_engine = engine.execution_options(concert_write=True)
        # Readers that run several queries see one consistent state. SQLite's read transaction
        # already is a snapshot; PostgreSQL needs REPEATABLE READ for that.
        self._snapshot_engine = (
            engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            if engine.dialect.name == "postgresql"
            else engine
        )

    @property
    def url(self) -> str:
        """The URL with any password masked ("***"): safe to show, log or put in an error."""
        return _safe(self._url)

    def connection_url(self) -> str:
        """The URL with its password, to open another connection to this same database (the
        memo helper process gets it through its pipe). Never show or log it."""
        return self._url.render_as_string(hide_password=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def display_name(self) -> str:
        """Where the record lives, for the status bar (never the password)."""
        if self.dialect == "sqlite":
            return str(Path(self._url.database or "").resolve())
        servers = server_names(self._url)
        if len(servers) > 1:
            return f"{self._url.database} on {' or '.join(servers)}"
        host = self._url.host or "localhost"
        port = f":{self._url.port}" if self._url.port else ""
        return f"{self._url.database} on {host}{port}"

    @property
    def files(self) -> tuple[Path, ...]:
        """The files of this record on disk (SQLite: the database and its side files), which
        no export may replace; none for PostgreSQL."""
        return database_files(self.connection_url())

    @contextmanager
    def session(self, *, snapshot: bool = False) -> Iterator[Session]:
        """A session for reading (writes belong in `write_session()`). With `snapshot`, every
        query in it sees the same committed state, even while others write."""
        engine = self._snapshot_engine if snapshot else self.engine
        with translate_errors(self), Session(engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """One write transaction, serialised against every other writer; commits on success.

        Append the audit entry (models.audit.append_entry) inside it, before it ends.
        """
        if self.writes_refused is not None:
            raise WritesRefused(self.writes_refused)
        with (
            translate_errors(self),
            Session(self._write_engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            if self.dialect == "postgresql":
                # Every lock this transaction waits for, the writers' lock first: never forever.
                session.execute(sa.text(
                    f"SET LOCAL lock_timeout = {round(self.lock_timeout_s * 1000)}"))
                take_write_lock(session, self._url.username)
            yield session
            change = change_notice.noted_change(session.info)
            if self.dialect == "postgresql" and change is not None and self._may_notify(session):
                # Delivered to listeners when (and only if) this transaction commits.
                session.execute(sa.select(sa.func.pg_notify(
                    change_notice.CHANNEL, change_notice.encode(change, self.origin))))

    def _may_notify(self, session: Session) -> bool:
        """Whether this login may send notices (everyone may, unless the server's hardening
        revoked pg_notify from PUBLIC): asked once. Without it writes still succeed; other
        officials' windows then learn of them only when they read again."""
        if self._can_notify is None:
            self._can_notify = bool(session.execute(sa.text(
                "SELECT has_function_privilege('pg_catalog.pg_notify(text, text)', 'EXECUTE')"
            )).scalar_one())
            if not self._can_notify:
                logging.getLogger("concert_desk").warning(
                    "this login may not run pg_notify: other officials' windows will not hear "
                    "its changes as they are made (docs/deployment.md)")
        return self._can_notify

    def busy_message(self) -> str:
        """Why a write gave up waiting: the holder of the writers' lock, where the server
        can tell (PostgreSQL; SQLite cannot say which process holds its file)."""
        holder = (writers_lock_holder(self.engine)
                  if self.dialect == "postgresql" else None)
        return busy_message(self.lock_timeout_s, holder)

    def close(self) -> None:
        self.engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.display_name!r})"


def take_write_lock(session: Session, login: str | None) -> None:
    """Wait for the writers' turn (PostgreSQL): lock the one row of write_lock until the
    transaction ends, and keep the server's session_user for the audit entry (models.audit).
    A login without a writing role is refused at once (NoWriteRight), before any write."""
    try:
        session.info[SESSION_USER_KEY] = session.execute(
            sa.text("SELECT session_user FROM write_lock WHERE id = 1 FOR UPDATE")
        ).scalar_one()
    except sa.exc.ProgrammingError as error:
        if getattr(getattr(error, "orig", None), "sqlstate", None) != "42501":
            raise
        who = f"the database login {login}" if login else "this database login"
        raise NoWriteRight(
            f"{who} may only read this record: writing needs the drafter, reviewer or "
            "minister role (main.py admin grant)"
        ) from None


@contextmanager
def translate_errors(db: Database | None = None) -> Iterator[None]:
    """Turn database failures into the errors a user can act on."""
    try:
        yield
    except sa.exc.DBAPIError as error:
        message = str(getattr(error, "orig", error))
        # Neither of these keeps the driver's error as its cause: that carries the statement
        # and its values (the case's text), which no message, log or crash file may show.
        if is_lock_timeout(error):
            raise WriterBusy(db.busy_message() if db is not None else
                             busy_message(lock_timeout_s(), None)) from None
        if is_missing_right(error):
            raise MissingRight(missing_right_message(db.engine if db else None, error)) from None
        if _sqlstate(error) == READ_ONLY_SQLSTATE:
            raise ReadOnlyServer(read_only_message(db)) from None
        if FROZEN_MARKER in message:
            text = message[message.index(FROZEN_MARKER) + len(FROZEN_MARKER) :].splitlines()[0]
            raise RecordFrozen(text.strip()) from error
        where = db.display_name if db is not None else "the database"
        if isinstance(error, sa.exc.OperationalError) or error.connection_invalidated:
            raise DatabaseUnavailable(f"database {where}: {first_error_line(error)}") from error
        if any(marker in message for marker in _DAMAGED_MARKERS):
            # A damaged SQLite file: one clear line, not an internal error.
            raise DatabaseUnavailable(
                f"database {where} is damaged ({first_error_line(error)}): restore it from a backup"
            ) from error
        raise


# PostgreSQL's read_only_sql_transaction: "cannot execute ... in a read-only transaction", what a
# hot standby answers every write with.
READ_ONLY_SQLSTATE = "25006"


def _sqlstate(error: sa.exc.DBAPIError) -> str | None:
    return getattr(getattr(error, "orig", None), "sqlstate", None)


def read_only_message(db: Database | None) -> str:
    """Why a write was refused as read-only: a standby, when the server says it is one."""
    where = db.display_name if db is not None else "the database"
    standby = False
    if db is not None and db.dialect == "postgresql":
        try:
            with db.engine.connect() as connection:
                standby = bool(connection.exec_driver_sql("SELECT pg_is_in_recovery()").scalar())
        except sa.exc.DBAPIError:
            standby = False
    if standby:
        return (f"database {where} is a read-only standby: nothing was written; write to the "
                "primary (a URL naming both servers with target_session_attrs=read-write finds "
                "it, docs/deployment.md)")
    return f"database {where} accepts no writes (a read-only transaction): nothing was written"


# What SQLite says when its file is damaged (found by the reliability suite: these arrived as
# internal errors).
_DAMAGED_MARKERS = ("database disk image is malformed", "file is not a database")


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN; pysqlite's own would be deferred.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            f"PRAGMA busy_timeout = {busy_timeout_ms}",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA foreign_keys = ON",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: sa.Connection) -> None:
        writing = connection.get_execution_options().get("concert_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or "")
        if not path.parent.is_dir():
            raise DatabaseUnavailable(f"database folder does not exist: {path.parent}")
        try:
            create_private_file(path)  # 0600: SQLite would make it (and its WAL) world-readable
        except OSError as error:
            raise DatabaseUnavailable(f"database {path}: cannot be created: "
                                      f"{error.strerror}") from None
        busy_timeout_s = lock_timeout_s()
        engine = sa.create_engine(url, connect_args={"timeout": busy_timeout_s})
        _configure_sqlite(engine, round(busy_timeout_s * 1000))
        return engine
    engine = sa.create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": APP_NAME},
    )
    _configure_postgresql(engine)
    return engine


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # No JIT compilation: every statement of the app reads or writes a few rows, and
        # PostgreSQL compiles one whose plan merely looks costly. An official's search (row
        # security) is planned with a branch that walks every row, run only when a word is
        # common: compiling it took 80 ms of a 130 ms search (bench, 10k records).
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET jit = off")
        dbapi_connection.commit()


def connect_database(url: str | None = None) -> Database:
    """Connect to the database at `url` (default: see `default_database_url`), nothing more:
    bringing its schema up to date and seeding it are start-up steps (models.opening). Raises
    DatabaseUnavailable with one line when the database cannot be reached."""
    parsed = parse_database_url(url if url is not None else default_database_url())
    engine = make_engine(parsed)
    db = Database(parsed, engine)
    try:
        with translate_errors(db), engine.connect() as connection:
            # Connecting first gives "unreachable" its own clear message.
            connection.exec_driver_sql("SELECT 1")
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except sa.exc.DBAPIError as error:
        engine.dispose()
        where = db.display_name
        raise DatabaseUnavailable(f"database {where}: {first_error_line(error)}") from error
    return db


def stored_revision(db: Database) -> str | None:
    """The single schema revision recorded in alembic_version, or None (no table, none,
    several): compared with the scripts' head to know whether migrations have work to do."""
    with db.engine.connect() as connection:
        if not sa.inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None
