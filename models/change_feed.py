"""Hearing other officials' changes as they commit (PostgreSQL LISTEN), with no Qt.

A ChangeFeed keeps its own connection (autocommit, so it holds no transaction open and no
snapshot back), LISTENs on models.change_notice.CHANNEL and yields each change heard as a
models.changes.RecordChange marked `elsewhere`, leaving out the writes of the Database it was
made for (their origin). It waits with a timeout on its socket and on a wake-up socket of its
own, so `stop()` from another thread ends it at once. When the connection is lost (server
restarted, connection killed, network gone: TCP keepalives notice a silent loss in about a
minute) it connects again with growing pauses, and after connecting again yields one
`RecordChange.full_refresh()`: notices sent meanwhile are gone.

SQLite is one official's file: there is nobody else to hear, and `for_database` gives None.

Used by the desktop (desktop.live_refresh runs `changes()` on a thread of its own).
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from sqlalchemy.engine import URL

from models.change_notice import CHANNEL, decode
from models.changes import RecordChange
from models.db import PG_CONNECT_TIMEOUT_S, Database, first_error_line, parse_database_url
from models.location import APP_NAME

log = logging.getLogger("concert_desk")

# Pauses before each attempt to connect again (the last one repeats).
RETRY_DELAYS_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)
# How long one wait lasts before the loop looks again (stop() wakes it sooner).
WAIT_S = 30.0
# A silent network loss is noticed by TCP keepalives: ~30 s idle, then 3 probes 10 s apart.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
              "keepalives_count": 3}
# What a database administrator sees in pg_stat_activity for this connection.
FEED_APPLICATION_NAME = f"{APP_NAME} live refresh"


class ChangeFeed:
    """Other officials' changes to one PostgreSQL record, as they commit."""

    def __init__(
        self,
        url: str,
        *,
        ignore_origin: str | None = None,
        retry_delays_s: Sequence[float] = RETRY_DELAYS_S,
        wait_s: float = WAIT_S,
        catch_up: bool = False,
    ) -> None:
        """`catch_up`: yield a full refresh once the first LISTEN is in place too, for a
        reader that read the record before it listened (what changed in between is not
        missed)."""
        self._options = _connect_options(parse_database_url(url))
        self._ignore_origin = ignore_origin
        self._retry_delays_s = tuple(retry_delays_s)
        self._wait_s = wait_s
        self._catch_up = catch_up
        self._stopping = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._connection: psycopg.Connection[Any] | None = None
        # Set while LISTEN is in place (tests wait for it before writing).
        self.listening = threading.Event()
        self.connections = 0  # how many times it has connected (and listened)
        self.backend_pid: int | None = None  # the server process of the current connection

    @classmethod
    def for_database(cls, db: Database, **options: Any) -> ChangeFeed | None:
        """The feed of `db`'s record leaving out `db`'s own writes; None on SQLite."""
        if db.dialect != "postgresql":
            return None
        return cls(db.connection_url(), ignore_origin=db.origin, **options)

    def stop(self) -> None:
        """End `changes()` (from any thread): it returns within moments, closing its
        connection."""
        self._stopping.set()
        with contextlib.suppress(OSError):  # already closed: changes() has ended
            self._wake_write.send(b"x")

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()

    def changes(self) -> Iterator[RecordChange]:
        """Each change other processes commit, until `stop()`. The notices that arrived
        together come as one change (a burst of saves is read once)."""
        failures = 0
        try:
            while not self._stopping.is_set():
                try:
                    self._connect()
                except psycopg.Error as error:
                    failures += 1
                    self._pause(failures, error)
                    continue
                if self.connections > 1 or self._catch_up:
                    yield RecordChange.full_refresh()  # notices sent while away are lost
                failures = 0
                try:
                    yield from self._listen()
                except psycopg.Error as error:
                    failures += 1
                    self._pause(failures, error)
                finally:
                    self._disconnect()
        finally:
            self._disconnect()
            self._wake_read.close()
            self._wake_write.close()

    # connecting -------------------------------------------------------------------------------
    def _connect(self) -> None:
        connection = psycopg.connect(autocommit=True, **self._options)
        try:
            connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        self.backend_pid = connection.info.backend_pid
        self.connections += 1
        self.listening.set()

    def _disconnect(self) -> None:
        self.listening.clear()
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()

    def _pause(self, failures: int, error: psycopg.Error) -> None:
        delay = self._retry_delays_s[min(failures, len(self._retry_delays_s)) - 1]
        if failures == 1:  # once per outage, not once per attempt
            log.warning("live refresh: no connection to the database (%s); trying again",
                        first_error_line(error))
        self._wait_for([], delay)

    # listening --------------------------------------------------------------------------------
    def _listen(self) -> Iterator[RecordChange]:
        connection = self._connection
        assert connection is not None
        while not self._stopping.is_set():
            if not self._wait_for([connection.fileno()], self._wait_s):
                continue
            change = None
            for notice in connection.notifies(timeout=0):  # what has arrived; raises if lost
                origin, heard = decode(notice.payload)
                if origin is not None and origin == self._ignore_origin:
                    continue
                change = heard if change is None else change | heard
            if change is not None and not self._stopping.is_set():
                yield change

    def _wait_for(self, sockets: list[int], timeout_s: float) -> bool:
        """Wait until one of `sockets` can be read, stop() is called or `timeout_s` passes;
        whether one of `sockets` can be read (and no stop was asked)."""
        wake = self._wake_read.fileno()
        readable, _, _ = select.select([*sockets, wake], [], [], timeout_s)
        return bool(readable) and wake not in readable


def _connect_options(url: URL) -> dict[str, Any]:
    """libpq's connection settings for `url`, its own (sslmode, certificates…) included."""
    options: dict[str, Any] = {
        **KEEPALIVES,
        "dbname": url.database, "user": url.username, "password": url.password,
        "host": url.host, "port": url.port,
        "connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": FEED_APPLICATION_NAME,
    }
    for key, value in url.query.items():
        options[key] = value if isinstance(value, str) else value[-1]
    return {key: value for key, value in options.items() if value is not None}
