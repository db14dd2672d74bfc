"""Synthetic records on disk (SQLite) or on a server (PostgreSQL), built once and cached.

A record is created as the application creates one (models.opening.open_record: migrations, member
registry; the trust root and the kept playbook files through the workflow), then filled in ONE
transaction by bulk inserts: `executemany` on SQLite, `COPY` on PostgreSQL. While it loads,
row triggers and secondary indexes are set aside the way a restore does it, and put back at the
end (the loader writes a chain the triggers would accept: each entry links to the one before
and the head is advanced to the last); the full-text index is built once. The rows are generated
in a second process while the first one writes, so both cores work.

Cache: bench/.cache/<key>/ where the key names the schema revision, the generator version and
the built-in playbooks. A SQLite record is a file there; a PostgreSQL record is a database named
after the key, marked complete only once its load committed.
"""

from __future__ import annotations

import fcntl
import functools
import gc
import hashlib
import multiprocessing
import shutil
import sqlite3
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from bench.dataset import COLUMNS, GENERATOR_VERSION, ChainState, Generator, RenderedMemo

BENCH_DIR = Path(__file__).resolve().parent
P = ParamSpec("P")
R = TypeVar("R")
CACHE_ROOT = BENCH_DIR / ".cache"
TIME_COLUMNS = {"created_at", "updated_at", "answered_at", "decided_at", "recorded_at",
                "claimed_time", "at"}  # fmt: skip
Log = Callable[[str], None]


def cache_key() -> str:
    from models.migrations.runner import head_revision
    from playbooks.loader import PlaybookCatalog

    hashes = sorted(p.content_hash for p in PlaybookCatalog.load(None).all())
    playbooks = hashlib.sha256(" ".join(hashes).encode()).hexdigest()[:8]
    # The schema's own text too: a revision's DDL may still change while it is unreleased.
    migrations = Path(__file__).resolve().parents[1] / "models" / "migrations"
    schema = hashlib.sha256(b"".join(
        path.read_bytes() for path in sorted(migrations.rglob("*.py"))
    )).hexdigest()[:8]  # fmt: skip
    return f"schema{head_revision()}-{schema}-gen{GENERATOR_VERSION}-pb{playbooks}"


def cache_dir() -> Path:
    folder = CACHE_ROOT / cache_key()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- what to generate --------------------------------------------------------------------------


@dataclass
class Plan:
    size: int
    dialect: str
    playbooks: list[Any]
    members: list[Any]
    memos: list[RenderedMemo]
    chain: ChainState
    search: dict[str, tuple[str, ...]]  # search table -> its columns, read from the database
    languages: tuple[str, ...] = ()  # cases written in these languages too (bench.dataset)

    def columns(self, table: str) -> tuple[str, ...]:
        return self.search.get(table) or COLUMNS[table]


def _prepare(url: str, size: int) -> Plan:
    """Create the schema, member registry and trust root; what the generator needs."""
    from bench.memos import identities, rendered_memos
    from models.opening import open_record
    from models.playbook_store import keep_playbook
    from models.tables import AuditHead
    from models.workflow import add_trust_root, member_infos
    from playbooks.loader import PlaybookCatalog

    playbooks = PlaybookCatalog.load(None).all()
    folder = cache_dir()
    memos = rendered_memos(folder / "memos", playbooks)
    certificate = identities(folder / "memos").ca_certificate.read_bytes()
    db = open_record(url)
    try:
        add_trust_root(db, certificate, actor="bench loader")
        with db.write_session() as session:  # what the first assessment of each would keep
            for playbook in playbooks:
                keep_playbook(session, playbook, "bench loader")
        members = member_infos(db)
        with db.session() as session:
            head = session.get(AuditHead, 1)
            assert head is not None
            chain = ChainState(head.seq, head.entry_hash)
    finally:
        db.close()
    return Plan(size, db.dialect, playbooks, members, memos, chain, {})


def _column(values: dict[str, Any], table: str, column: str) -> Any:
    try:
        return values[column]
    except KeyError:
        raise RuntimeError(
            f"the benchmark does not know how to fill {table}.{column}: the search layout "
            "changed (models.search); teach bench.dataset.SearchDocument.values() about it"
        ) from None


def _sqlite_time(value: datetime | None) -> str | None:
    # As models.tables.UTCDateTime stores it: naive UTC text, always with microseconds.
    if value is None:
        return None
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_rows(rows: list[tuple[Any, ...]], columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Timestamps as text (SQLite's booleans are ints already: True == 1)."""
    at = [i for i, name in enumerate(columns) if name in TIME_COLUMNS]
    if not at:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for i in at:
            values[i] = _sqlite_time(values[i])
        converted.append(tuple(values))
    return converted


_waited = [0.0]  # seconds the writer spent waiting for rows (reported in the build log)
Item = tuple[dict[str, list[tuple[Any, ...]]], int, ChainState]  # rows by table, made, chain


def _generate(plan: Plan) -> Iterator[Item]:
    gc.disable()  # millions of small tuples: the cyclic collector only slows this down
    generator = Generator(plan.playbooks, plan.members, plan.memos, plan.chain, plan.size,
                          languages=plan.languages)
    for batch in generator.batches():
        rows = dict(batch.rows)
        documents = [document.values() for document in batch.search]
        for table, columns in plan.search.items():
            rows[table] = [tuple(_column(v, table, c) for c in columns) for v in documents]
        if plan.dialect == "sqlite":
            rows = {table: _sqlite_rows(r, plan.columns(table)) for table, r in rows.items()}
        yield rows, generator.made, generator.chain


def _child(plan: Plan, queue: Any) -> None:
    try:
        for item in _generate(plan):
            queue.put(("rows", item))
        queue.put(("done", None))
    except BaseException:
        queue.put(("error", traceback.format_exc()))


def _in_second_process(plan: Plan) -> Iterator[Item]:
    """The rows of `plan`, generated by a forked process (one batch ahead of the writer)."""
    context = multiprocessing.get_context("fork")
    queue = context.Queue(maxsize=2)
    process = context.Process(target=_child, args=(plan, queue), daemon=True)
    process.start()
    try:
        while True:
            waiting = time.perf_counter()
            kind, payload = queue.get()
            _waited[0] += time.perf_counter() - waiting
            if kind == "rows":
                yield payload
            elif kind == "done":
                return
            else:
                raise RuntimeError(f"generating the synthetic record failed:\n{payload}")
    finally:
        process.join(timeout=5)
        if process.is_alive():
            process.terminate()


# --- SQLite ------------------------------------------------------------------------------------


def _sqlite_search_layout(connection: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'assessment_search%' "
        "ORDER BY name"
    )]  # fmt: skip
    return {
        table: tuple(row[1] for row in connection.execute(f"PRAGMA table_xinfo({table})")
                     if row[6] == 0)  # hidden 0: a stored, ordinary column
        for table in tables
    }


def _languages_part(languages: tuple[str, ...]) -> str:
    """What a record with cases in other languages adds to its name ("" for English alone)."""
    return "".join(f"-{code}" for code in languages)


def _one_builder_at_a_time(build: Callable[P, R]) -> Callable[P, R]:
    """Builds of the cache wait for each other, across processes: two test workers (or a test
    and a bench) building the same record at once deleted each other's partial file, and each
    made a test CA of its own, so one's memos did not chain to the other's trust root."""

    @functools.wraps(build)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with open(cache_dir() / ".build.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released as the file closes
            return build(*args, **kwargs)

    return locked


@_one_builder_at_a_time
def sqlite_record(size: int, log: Log, languages: tuple[str, ...] = ()) -> Path:
    """The cached SQLite file holding `size` synthetic assessments (built when missing), with
    cases in `languages` besides English when given (a record of its own)."""
    target = cache_dir() / f"records-{size}{_languages_part(languages)}.sqlite"
    if target.exists():
        return target
    partial = target.with_name(target.name + ".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    plan = _prepare(f"sqlite:///{partial}", size)
    plan.languages = languages
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        # Written once into a file nobody else has open: no journal; WAL again at the end.
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -524288")
        plan.search = _sqlite_search_layout(connection)
        set_aside = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger' "
            "OR (type = 'index' AND sql IS NOT NULL)"
        ).fetchall()
        connection.execute("BEGIN IMMEDIATE")
        for kind, name, _sql in set_aside:
            connection.execute(f'DROP {kind.upper()} "{name}"')
        statements = {
            table: f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
            for table, columns in {**COLUMNS, **plan.search}.items()
        }
        chain = plan.chain
        for rows, made, chain in _in_second_process(plan):  # noqa: B007 (the last is kept)
            for table, values in rows.items():
                if values:
                    connection.executemany(statements[table], values)
            log(f"  sqlite {size:,}: {made:,} assessments ({time.perf_counter() - started:.0f} s, "
                f"{_waited[0]:.0f} s waiting for rows)")
        connection.execute("UPDATE audit_head SET seq = ?, entry_hash = ? WHERE id = 1",
                           (chain.seq, chain.head))
        connection.execute("INSERT INTO assessment_fts (assessment_fts) VALUES ('rebuild')")
        for _kind, _name, sql in sorted(set_aside, key=lambda item: item[0] != "index"):
            connection.execute(sql)
        connection.execute("COMMIT")
        connection.execute("PRAGMA journal_mode = WAL")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(target)
    elapsed = time.perf_counter() - started
    log(f"  sqlite {size:,}: built in {elapsed:.1f} s")
    _write_build_time(target, elapsed)
    return target


def working_copy(source: Path, folder: Path) -> Path:
    """A copy to change (issuing memos) without touching the cached record."""
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


# --- PostgreSQL --------------------------------------------------------------------------------


def _pg_conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_database_url(server_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _pg_admin(server_url: str) -> Any:  # psycopg.Connection
    import psycopg

    return psycopg.connect(_pg_conninfo(server_url), autocommit=True)


def _pg_search_layout(connection: Any) -> dict[str, tuple[str, ...]]:
    rows = connection.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name LIKE 'assessment_search%' "
        "AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position"
    ).fetchall()
    layout: dict[str, list[str]] = {}
    for table, column in rows:
        layout.setdefault(table, []).append(column)
    return {table: tuple(columns) for table, columns in sorted(layout.items())}


@_one_builder_at_a_time
def postgres_record(server_url: str, size: int, log: Log,
                    languages: tuple[str, ...] = ()) -> str:
    """The URL of the cached PostgreSQL database holding `size` assessments on the server at
    `server_url` (built when missing), with cases in `languages` too when given."""
    import psycopg

    # PostgreSQL cuts names at 63 bytes, which would drop the key's last parts (the schema and
    # playbook hashes) once revision ids grow: name the database by a digest of the whole key.
    key = hashlib.sha256(cache_key().encode()).hexdigest()[:16]
    name = f"concert_bench_{size}{_languages_part(languages).replace('-', '_')}_{key}"
    # The record's trust root is the test CA of this checkout's bench/.cache: a database built
    # from another checkout's cache (another CA) is rebuilt, or its memos would not verify.
    from bench.memos import identities

    ca = identities(cache_dir() / "memos").ca_certificate.read_bytes()
    complete = (f"concert bench record complete: {size}{_languages_part(languages)}, "
                f"CA {hashlib.sha256(ca).hexdigest()[:16]}")
    with _pg_admin(server_url) as admin:
        row = admin.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,),
        ).fetchone()
        if row is not None and row[0] == complete:
            return postgres_database_url(server_url, name)
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = postgres_database_url(server_url, name)
    started = time.perf_counter()
    plan = _prepare(url, size)
    plan.languages = languages
    with psycopg.connect(_pg_conninfo(url)) as connection:
        # A restore's way: no user or foreign-key triggers while this one transaction loads.
        connection.execute("SET LOCAL session_replication_role = replica")
        plan.search = _pg_search_layout(connection)
        indexes = connection.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = "
            "current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)"
        ).fetchall()
        for index_name, _definition in indexes:
            connection.execute(f'DROP INDEX "{index_name}"')
        chain = plan.chain
        with connection.cursor() as cursor:
            for rows, made, chain in _in_second_process(plan):  # noqa: B007 (the last is kept)
                for table, values in rows.items():
                    if not values:
                        continue
                    columns = ", ".join(plan.columns(table))
                    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for value in values:
                            copy.write_row(value)
                log(f"  postgresql {size:,}: {made:,} assessments "
                    f"({time.perf_counter() - started:.0f} s)")
        connection.execute("UPDATE audit_head SET seq = %s, entry_hash = %s WHERE id = 1",
                           (chain.seq, chain.head))
        for _index_name, definition in indexes:
            connection.execute(definition)
        connection.commit()
    with _pg_admin(url) as admin:
        admin.execute("VACUUM ANALYZE")
        admin.execute(f"COMMENT ON DATABASE \"{name}\" IS '{complete}'")
    elapsed = time.perf_counter() - started
    log(f"  postgresql {size:,}: built in {elapsed:.1f} s")
    _write_build_time(cache_dir() / f"postgres-{size}{_languages_part(languages)}", elapsed)
    return url


# --- build times (reported with the results) ---------------------------------------------------


def _write_build_time(target: Path, seconds: float) -> None:
    target.with_name(target.name + ".build-seconds").write_text(f"{seconds:.1f}\n")


def recorded_build_time(kind: str, size: int) -> float | None:
    name = f"records-{size}.sqlite" if kind == "sqlite" else f"postgres-{size}"
    try:
        return float((cache_dir() / (name + ".build-seconds")).read_text())
    except (OSError, ValueError):
        return None
