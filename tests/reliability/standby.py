"""A standby that takes over (issue 19 item 2), on real servers made here: a primary and a
streaming standby (pg_basebackup -R) with synchronous commit, so a commit is acknowledged only
once the standby has it on disk. Run by tests/reliability/test_standby_takeover.py and, with its
counts, by the long run (tests.reliability.run).

`takeover`: a client process (tests.reliability.standby_writer) keeps writing cases through a
URL naming both servers (`HOST1:PORT1,HOST2:PORT2/concert?target_session_attrs=read-write`); the
primary is killed mid-writes (pg_ctl stop -m immediate); a command run while no server accepts
writes must fail in one line with nothing written; the standby is promoted (pg_ctl promote); the
same client, and the command line with the same URL, must carry on. Then every write
acknowledged before the kill must be on the promoted server, none twice, and `audit verify
--archive` must accept the record.

`read_only_standby`: while the standby is one, History's query (`assess list --search`) reads
from it, and a write there is refused in one line saying it is a read-only standby.

docs/deployment.md "A standby that takes over" says what this proves and what it does not.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from models.opening import open_record
from tests.cli.conftest import ROOT, Result, run_main
from tests.pg_server import (
    Server,
    as_postgres,
    free_port,
    init_server,
    pg_tool,
    server_folder,
)
from tests.reliability.harness import Outcome

STANDBY_NAME = "concert_standby"  # its cluster_name: the walreceiver's application_name
WRITES_BEFORE_KILL = 15
WRITES_AFTER_PROMOTION = 10
WAIT_S = 30  # the longest any step here may take before the scenario gives up


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


def until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


@contextmanager
def standby_pair() -> Iterator[Pair]:
    """A primary with a migrated, seeded record `concert` and its synchronous hot standby, both
    running; stopped and removed afterwards."""
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
                    "-X", "stream", "-c", "fast", "--no-sync")  # a copy made only to run
        standby.start("hot_standby=on", f"cluster_name={STANDBY_NAME}")
        # From now on a commit on the primary waits for the standby to have it on disk.
        primary.psql(f"ALTER SYSTEM SET synchronous_standby_names = '{STANDBY_NAME}'")
        primary.psql("SELECT pg_reload_conf()")
        until(lambda: primary.psql(
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


def _acknowledged(path: Path, after: float = 0.0) -> list[str]:
    return [entry[2] for entry in _log(path) if entry[0] == "ok" and float(entry[1]) > after]


def titles(server: Server) -> list[str]:
    rows = server.psql("SELECT title FROM assessment WHERE title LIKE 'takeover-%' "
                       "OR title LIKE 'by-cli-%' ORDER BY title", database="concert")
    return rows.splitlines()


def _new_case(url: str, title: str) -> Result:
    return run_main("assess", "new", "--playbook", "sanctions", "--title", title, db_url=url)


def takeover(pair: Pair, work: Path) -> Outcome:
    """One kill-and-promote on `pair` (its primary is gone afterwards); `work` for the logs."""
    outcome = Outcome("standby takeover postgresql")
    log, stop = work / "writer.log", work / "stop"
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.standby_writer", pair.both, str(log),
         str(stop)], cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        until(lambda: len(_acknowledged(log)) >= WRITES_BEFORE_KILL or writer.poll() is not None,
              "the writer's first writes")
        if writer.poll() is not None:
            outcome.fail(f"the writer ended before the kill: {writer.stderr.read()}"
                         if writer.stderr else "the writer ended before the kill")
            return outcome
        pair.primary.stop("immediate")  # a crash, mid-writes
        killed_at = time.time()
        before_kill = _acknowledged(log)

        # No server accepts writes now: a command fails in one line and writes nothing.
        refused = _new_case(pair.both, "by-cli-while-down")
        line = refused.err.strip()
        outcome.trial([] if refused.code == 2 and "\n" not in line
                      and "no server accepts writes" in line
                      and f"127.0.0.1:{pair.primary.port}" in line
                      else [f"a write with no primary: exit {refused.code}, {line!r}"])

        promoted_at = time.time()
        as_postgres(pg_tool("pg_ctl"), "-D", str(pair.standby.data), "-w", "promote")
        until(lambda: len(_acknowledged(log, promoted_at)) >= WRITES_AFTER_PROMOTION
              or writer.poll() is not None, "writes after the promotion")
        stop.touch()
        code = writer.wait(WAIT_S)
        outcome.trial([] if code == 0 else [
            f"the writer ended with {code}: {writer.stderr.read() if writer.stderr else ''}"])
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()

    entries = _log(log)
    failures = [entry for entry in entries if entry[0] == "fail"]
    acknowledged = _acknowledged(log)
    after_kill = [float(entry[1]) for entry in entries
                  if entry[0] == "ok" and float(entry[1]) > killed_at]
    if after_kill:
        outcome.note(f"{len(before_kill)} writes acknowledged before the kill, {len(failures)} "
                     f"refused while no server accepted writes, {len(after_kill)} after; the "
                     f"first {min(after_kill) - killed_at:.2f} s after the kill "
                     f"({min(after_kill) - promoted_at:.2f} s after promote was asked)")

    # The command line, with the same URL and no change of configuration, carries on.
    done = _new_case(pair.both, "by-cli-after")
    outcome.trial([] if done.code == 0 else [f"the command line after promotion: {done.err}"])

    promoted = pair.standby
    outcome.trial([] if promoted.psql("SELECT pg_is_in_recovery()") == "f"
                  else ["the standby was not promoted"])
    present = titles(promoted)
    outcome.trial([] if len(present) == len(set(present)) else ["a case was written twice"])
    for title in acknowledged:  # one trial per acknowledged write
        outcome.trial([] if title in present else [f"acknowledged {title} was lost"])
    outcome.trial([] if "by-cli-after" in present and "by-cli-while-down" not in present
                  else ["the command line's writes: the refused one is there, or the later "
                        "one is missing"])
    # Anything else there is a write whose acknowledgement the kill cut off: at most one.
    unacknowledged = {title for title in present if title.startswith("takeover-")} - set(
        acknowledged)
    outcome.trial([] if unacknowledged <= {entry[2] for entry in failures}
                  and len(unacknowledged) <= 1 else [f"never acknowledged: {unacknowledged}"])
    # Each refusal the writer met was one line naming the database (models.errors).
    unclear = [entry[3] for entry in failures
               if " | " in entry[3] or not entry[3].startswith("database ")]
    outcome.trial(([] if failures else ["the writer met no refusal: was the primary killed?"])
                  + [f"refused unclearly: {text}" for text in unclear[:3]])

    verified = run_main("audit", "verify", "--archive", db_url=pair.both)
    outcome.trial([] if verified.code == 0 else [
        f"audit verify --archive: {(verified.out + verified.err).strip()[-300:]}"])
    return outcome


def read_only_standby(pair: Pair) -> Outcome:
    """History's query against the standby, and a write there refused in one line."""
    outcome = Outcome("standby read-only postgresql")
    written = _new_case(pair.url(pair.primary), "by-cli-read-on-standby")
    outcome.trial([] if written.code == 0 else [f"writing to the primary: {written.err}"])
    on_standby = pair.url(pair.standby)
    # Synchronous commit means the standby has it on disk; applying it may take a moment.
    until(lambda: "by-cli-read-on-standby" in titles(pair.standby), "the standby's replay")

    listed = run_main("assess", "list", "--search", "read-on-standby", db_url=on_standby)
    outcome.trial([] if listed.code == 0 and "by-cli-read-on-standby" in listed.out
                  else [f"assess list --search on the standby: {listed.err or listed.out}"])

    refused = _new_case(on_standby, "by-cli-on-standby")
    line = refused.err.strip()
    outcome.trial([] if refused.code == 2 and "\n" not in line and "read-only standby" in line
                  else [f"a write on the standby: exit {refused.code}, {line!r}"])
    outcome.trial([] if "by-cli-on-standby" not in titles(pair.standby) + titles(pair.primary)
                  else ["the write refused on the standby is in the record"])
    return outcome


def rounds(count: int) -> list[Outcome]:
    """The long run's scenario: `count` kill-and-promote rounds, each on a new pair, and the
    read-only checks on the first; nothing (and a note) where the server binaries are absent."""
    from tests.pg_server import PG_BIN

    if PG_BIN is None:
        skipped = Outcome("standby takeover postgresql")
        skipped.note("skipped: PostgreSQL server binaries not installed")
        return [skipped]
    takeovers, read_only = Outcome("standby takeover postgresql"), None
    for round_number in range(count):
        with standby_pair() as pair, tempfile.TemporaryDirectory() as work:
            if read_only is None:
                read_only = read_only_standby(pair)
            one = takeover(pair, Path(work))
        takeovers.trials += one.trials
        takeovers.failures += one.failures
        takeovers.details += [f"round {round_number + 1}: {text}" for text in one.details]
        for text in one.notes:
            takeovers.note(text)
    return [takeovers, *([read_only] if read_only else [])]
