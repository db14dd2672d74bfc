"""A throwaway PostgreSQL server that a test starts itself, from this machine's PostgreSQL
binaries (the ones .ci/install brings): its own data folder, socket folder and free port.

Used where the test needs the server itself, not only a database on the shared test server:
TLS settings (tests/models/test_tls_connection.py), a primary with a streaming standby that a
test kills and promotes (tests/reliability/test_standby_takeover.py). The server refuses to
run as root, so as root every command runs as the postgres user, as .ci/run does.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)), None)

needs_pg_binaries = pytest.mark.skipif(
    PG_BIN is None, reason="PostgreSQL server binaries not installed under /usr/lib/postgresql "
    "(.ci/install brings them)")


def as_postgres(*command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a server command, as the postgres user when this process is root."""
    if os.geteuid() == 0:  # the server refuses to run as root
        command = ("runuser", "-u", "postgres", "--", *command)
    return subprocess.run(command, capture_output=True, text=True, check=check, timeout=60)


def pg_tool(name: str) -> str:
    assert PG_BIN is not None
    return str(PG_BIN / name)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def server_folder(folder: Path) -> Path:
    """`folder`, made and owned by the user the server runs as."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        for path in folder.iterdir():
            shutil.chown(path, "postgres")
    return folder


@dataclass(frozen=True)
class Server:
    """One server: `data` its cluster, `folder` its socket and log, on 127.0.0.1:`port`."""

    folder: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def start(self, *settings: str) -> None:
        """Start it (pg_ctl -w: back once it accepts connections); `settings` as `-c` options."""
        options = " ".join([f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1",
                            *(f"-c {setting}" for setting in settings)])
        as_postgres(pg_tool("pg_ctl"), "-D", str(self.data), "-o", options,
                    "-l", str(self.log), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        """pg_ctl stop; `immediate` is a crash: no checkpoint, clients cut off."""
        as_postgres(pg_tool("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop",
                    check=False)

    def psql(self, sql: str, database: str = "postgres") -> str:
        """One statement as the postgres superuser over the socket; its rows, unaligned."""
        return as_postgres(pg_tool("psql"), "-h", str(self.folder), "-p", str(self.port),
                           "-U", "postgres", "-d", database, "-XAtc", sql).stdout.strip()


def init_server(folder: Path) -> Server:
    """A new cluster in `folder`/data (trust logins, superuser postgres), not started."""
    server = Server(server_folder(folder), free_port())
    # --no-sync: only initdb's own flush at the end is skipped (a throwaway cluster); the
    # server itself keeps fsync on.
    as_postgres(pg_tool("initdb"), "-D", str(server.data), "-A", "trust", "-U", "postgres",
                "--no-sync")
    return server
