"""A standby that takes over (issue 19 item 2), on real servers this test makes itself: a primary
and a streaming standby (pg_basebackup -R) with synchronous commit, so a commit is acknowledged
only once the standby has it on disk.

A client process keeps writing cases through a URL naming both servers
(`HOST1:PORT1,HOST2:PORT2/concert?target_session_attrs=read-write`); the primary is killed
mid-writes (pg_ctl stop -m immediate); a command run while no server accepts writes fails in one
line with nothing written; the standby is promoted (pg_ctl promote); the same client, and the
command line with the same URL, carry on. Then every write acknowledged before the kill is on
the promoted server, none twice, and `audit verify --archive` accepts the record.

While the standby is still a standby, History's query (`assess list --search`) reads from it,
and a write there is refused in one line saying it is a read-only standby.

docs/deployment.md "A standby that takes over" says what this proves and what it does not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from models.opening import open_record
from tests.cli.conftest import ROOT, Result, run_main
from tests.pg_server import (
    Server,
    as_postgres,
    free_port,
    init_server,
    needs_pg_binaries,
    pg_tool,
    server_folder,
)

pytestmark = needs_pg_binaries

STANDBY_NAME = "concert_standby"  # its cluster_name: the walreceiver's application_name
WRITES_BEFORE_KILL = 15
WRITES_AFTER_PROMOTION = 10
WAIT_S = 30  # the longest any step here may take before the test gives up


@dataclass(frozen=True)
class Pair:
    primary: Server
    standby: Server

    def url(self, *servers: Server, options: str = "") -> str:
        hosts = ",".join(f"127.0.0.1:{server.port}" for server in servers)
        return f"postgresql+psycopg://postgres@{hosts}/concert" + (f"?{options}" if options else "")

    @property
    def both(self) -> str:
        """What an official is given: both servers, the one that accepts writes chosen."""
        return self.url(self.primary, self.standby, options="target_session_attrs=read-write")


def _until(condition: object, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def pair() -> Iterator[Pair]:
    # Not pytest's tmp_path: the postgres user cannot enter root's folder of those.
    base = server_folder(Path(tempfile.mkdtemp(prefix="concert-standby-")))
    primary = init_server(base / "primary")
    standby = Server(server_folder(base / "standby"), free_port())
    try:
        primary.start("wal_level=replica", "max_wal_senders=4", "synchronous_commit=on")
        primary.psql("CREATE DATABASE concert")
        # Migrated and seeded before the standby is copied from it.
        open_record(f"postgresql+psycopg://postgres@127.0.0.1:{primary.port}/concert").close()
        # The standby: a base backup whose -R writes primary_conninfo and standby.signal.
        as_postgres(pg_tool("pg_basebackup"), "-h", str(primary.folder), "-p",
                    str(primary.port), "-U", "postgres", "-D", str(standby.data), "-R",
                    "-X", "stream", "-c", "fast")
        standby.start("hot_standby=on", f"cluster_name={STANDBY_NAME}")
        # From now on a commit on the primary waits for the standby to have it on disk.
        primary.psql(f"ALTER SYSTEM SET synchronous_standby_names = '{STANDBY_NAME}'")
        primary.psql("SELECT pg_reload_conf()")
        _until(lambda: primary.psql(
            "SELECT sync_state FROM pg_stat_replication "
            f"WHERE application_name = '{STANDBY_NAME}'") == "sync", "a synchronous standby")
        yield Pair(primary, standby)
    finally:
        standby.stop("immediate")
        primary.stop("immediate")
        shutil.rmtree(base, ignore_errors=True)


def _log(path: Path) -> list[list[str]]:
    if not path.exists():
        return []
    return [line.split(" ", 3) for line in path.read_text(encoding="utf-8").splitlines()]


def _titles(server: Server) -> list[str]:
    rows = server.psql("SELECT title FROM assessment WHERE title LIKE 'takeover-%' "
                       "OR title LIKE 'by-cli-%' ORDER BY title", database="concert")
    return rows.splitlines()


def test_the_standby_takes_over_with_every_acknowledged_write_and_the_client_carries_on(
    pair: Pair, tmp_path: Path
) -> None:
    log, stop = tmp_path / "writer.log", tmp_path / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.standby_writer", pair.both, str(log),
         str(stop)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        _until(lambda: sum(entry[0] == "ok" for entry in _log(log)) >= WRITES_BEFORE_KILL
               or writer.poll() is not None, "the writer's first writes")
        assert writer.poll() is None, writer.stderr.read() if writer.stderr else ""

        pair.primary.stop("immediate")  # a crash, mid-writes
        killed_at = time.time()
        acknowledged_before_kill = [entry[2] for entry in _log(log) if entry[0] == "ok"]

        # No server accepts writes now: a command fails in one line and writes nothing.
        refused = run_main("assess", "new", "--playbook", "sanctions", "--title",
                           "by-cli-while-down", db_url=pair.both)
        assert refused.code == 2
        assert "no server accepts writes" in refused.error_line
        assert f"127.0.0.1:{pair.primary.port}" in refused.error_line

        promoted_at = time.time()
        as_postgres(pg_tool("pg_ctl"), "-D", str(pair.standby.data), "-w", "promote")
        _until(lambda: sum(entry[0] == "ok" and float(entry[1]) > promoted_at
                           for entry in _log(log)) >= WRITES_AFTER_PROMOTION
               or writer.poll() is not None, "writes after the promotion")
        stop.touch()
        assert writer.wait(WAIT_S) == 0, writer.stderr.read() if writer.stderr else ""
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()

    entries = _log(log)
    failures = [entry for entry in entries if entry[0] == "fail"]
    acknowledged = [entry[2] for entry in entries if entry[0] == "ok"]
    first_after = min(float(entry[1]) for entry in entries
                      if entry[0] == "ok" and float(entry[1]) > killed_at)
    print(f"\nstandby takeover: {len(acknowledged_before_kill)} writes acknowledged before the "
          f"kill, {len(failures)} refused while no server accepted writes, "
          f"{len(acknowledged) - len(acknowledged_before_kill)} after; first acknowledged "
          f"write {first_after - killed_at:.2f} s after the kill "
          f"({first_after - promoted_at:.2f} s after promote was asked)")

    # The command line, with the same URL and no change of configuration, carries on.
    done = run_main("assess", "new", "--playbook", "sanctions", "--title", "by-cli-after",
                    db_url=pair.both)
    assert done.code == 0, done.err

    promoted = pair.standby
    assert promoted.psql("SELECT pg_is_in_recovery()") == "f"
    present = _titles(promoted)
    assert len(present) == len(set(present)), "a case was written twice"
    assert set(acknowledged) <= set(present), "an acknowledged write was lost"
    assert "by-cli-after" in present and "by-cli-while-down" not in present
    # Anything else there is a write whose acknowledgement the kill cut off: at most one.
    unacknowledged = set(present) - set(acknowledged) - {"by-cli-after"}
    assert unacknowledged <= {entry[2] for entry in failures} and len(unacknowledged) <= 1
    # Each refusal the writer met was one line naming the database (models.errors).
    assert failures and all(" | " not in entry[3] and entry[3].startswith("database ")
                            for entry in failures), failures

    verified = run_main("audit", "verify", "--archive", db_url=pair.both)
    assert verified.code == 0, verified.out + verified.err


def test_history_reads_from_a_standby_and_a_write_there_is_refused_in_one_line(
    pair: Pair,
) -> None:
    written = run_main("assess", "new", "--playbook", "sanctions", "--title",
                       "takeover-read-on-standby", db_url=pair.url(pair.primary))
    assert written.code == 0, written.err
    on_standby = pair.url(pair.standby)
    # Synchronous commit means the standby has it on disk; applying it may take a moment.
    _until(lambda: "takeover-read-on-standby" in _titles(pair.standby), "the standby's replay")

    listed = run_main("assess", "list", "--search", "read-on-standby", db_url=on_standby)
    assert listed.code == 0, listed.err
    assert "takeover-read-on-standby" in listed.out

    refused: Result = run_main("assess", "new", "--playbook", "sanctions", "--title",
                               "by-cli-on-standby", db_url=on_standby)
    assert refused.code == 2
    assert "read-only standby" in refused.error_line
    assert "by-cli-on-standby" not in _titles(pair.standby)
    assert "by-cli-on-standby" not in _titles(pair.primary)
