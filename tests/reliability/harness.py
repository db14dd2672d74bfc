"""What every reliability scenario shares: databases to torment, the checks run after each
blow, sample records and signing identities, and the shape of a result row.

The checks here are independent of the code under test where they can be: SQLite's own
`PRAGMA integrity_check`, PostgreSQL's amcheck, SHA-256 recomputed from stored bytes, signature
fields read back from the PDF with pyHanko's reader, the audit chain recomputed by
`models.audit_check.verify_chain`.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from models.audit_check import verify_chain
from models.db import Database
from models.opening import open_record
from models.tables import MEMO_STAGES, SIGNATURE_FIELDS
from tests.models.sample import add_members, sample_playbook
from tests.support import PostgresDatabases, copy_sqlite

PLAYBOOK = sample_playbook()
PASSPHRASE = "Zugspitze ☃ 7f3a-reliability"  # the suite searches for it everywhere
PG_ENV = "CONCERT_TEST_PG_URL"
# The test CA's key is encrypted at rest; the suite's commands unlock it with this.
os.environ.setdefault("CONCERT_CA_PASSPHRASE", "TEST CA of the reliability suite")


# ---------------------------------------------------------------------------------------------
# Results


@dataclass
class Outcome:
    """One row of the table: a scenario, how often it was tried, how often it failed."""

    scenario: str
    trials: int = 0
    failures: int = 0
    details: list[str] = field(default_factory=list)  # the first few failures, in words
    notes: list[str] = field(default_factory=list)  # what was observed beside pass/fail
    landings: Counter[str] = field(default_factory=Counter)  # where the kills landed

    def fail(self, text: str) -> None:
        self.failures += 1
        if len(self.details) < 10:
            self.details.append(text)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def trial(self, problems: list[str], where: str = "") -> None:
        self.trials += 1
        if problems:
            self.fail((f"{where}: " if where else "") + "; ".join(problems[:3]))

    def assert_ok(self) -> None:
        assert self.trials > 0, f"{self.scenario}: nothing was tried"
        assert self.failures == 0, f"{self.scenario}: {self.failures} of {self.trials} failed: " \
            + " | ".join(self.details)


# ---------------------------------------------------------------------------------------------
# Databases


class Backend:
    """Creates fresh, migrated databases with the sample members: SQLite files in a folder, or
    PostgreSQL databases beside the one CONCERT_TEST_PG_URL names."""

    def __init__(self, kind: str, folder: Path, pg_url: str | None = None) -> None:
        self.kind = kind
        self.folder = folder
        self._pg: PostgresDatabases | None = None
        self._fresh: list[Any] = []
        if kind == "postgresql":
            assert pg_url, "PostgreSQL needs CONCERT_TEST_PG_URL"
            self._pg = PostgresDatabases(pg_url)
            self._pg.create_template()

    @contextmanager
    def database(self, *, migrated: bool = True) -> Iterator[str]:
        """The URL of a new database (migrated with the sample members, or empty); removed after."""
        if self._pg is not None:
            with self._pg.fresh(migrated=migrated) as url:
                if migrated:
                    _seed(url)
                yield url
            return
        path = self.folder / f"r-{uuid.uuid4().hex[:12]}.db"
        url = f"sqlite:///{path}"
        if migrated:
            _seed(url)
        try:
            yield url
        finally:
            for leftover in self.folder.glob(path.name + "*"):
                leftover.unlink(missing_ok=True)

    @contextmanager
    def clone(self, url: str) -> Iterator[str]:
        """A copy of the database at `url` (which must have no open connections)."""
        if self._pg is not None:
            name = f"concert_clone_{uuid.uuid4().hex[:12]}"
            source = sa.engine.make_url(url).database
            self._pg._execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
            try:
                yield self._pg.url_of(name)
            finally:
                self._pg._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        path = self.folder / f"c-{uuid.uuid4().hex[:12]}.db"
        yield copy_sqlite(Path(sa.engine.make_url(url).database or ""), path)
        for leftover in self.folder.glob(path.name + "*"):
            leftover.unlink(missing_ok=True)

    def close(self) -> None:
        if self._pg is not None:
            self._pg.close()


class FixtureBackend(Backend):
    """For pytest: the database the `database_url` fixture made is the one crash and
    concurrency scenarios use; copies and empty databases are made beside it."""

    def __init__(self, url: str, folder: Path) -> None:
        self.kind = "sqlite" if url.startswith("sqlite") else "postgresql"
        self.folder = folder
        self._url = url
        self._seeded = False
        self._fresh = []
        self._pg = PostgresDatabases(os.environ[PG_ENV]) if self.kind == "postgresql" else None

    @contextmanager
    def database(self, *, migrated: bool = True) -> Iterator[str]:
        if migrated and not self._seeded:
            self._seeded = True
            _seed(self._url)
            yield self._url
            return
        if self._pg is not None:
            with self._pg.fresh(migrated=False) as url:
                if migrated:
                    _seed(url)
                yield url
            return
        path = self.folder / f"r-{uuid.uuid4().hex[:12]}.db"
        if migrated:
            _seed(f"sqlite:///{path}")
        yield f"sqlite:///{path}"

    def close(self) -> None:
        if self._pg is not None:
            self._pg._admin.dispose()


def _seed(url: str) -> None:
    db = open_record(url)
    try:
        add_members(db)
    finally:
        db.close()


def backends(folder: Path, *, sqlite: bool = True) -> list[Backend]:
    """SQLite, plus PostgreSQL when CONCERT_TEST_PG_URL is set."""
    found = [Backend("sqlite", folder)] if sqlite else []
    if os.environ.get(PG_ENV):
        found.append(Backend("postgresql", folder, os.environ[PG_ENV]))
    return found


def backend_for_url(url: str, folder: Path) -> Backend | None:
    """For pytest: the backend the `database_url` fixture chose (None for SQLite: use files)."""
    return None if url.startswith("sqlite") else Backend("postgresql", folder, os.environ[PG_ENV])


@contextmanager
def opened(url: str) -> Iterator[Database]:
    db = open_record(url)
    try:
        yield db
    finally:
        db.close()


# ---------------------------------------------------------------------------------------------
# Checks


def integrity_problems(db: Database) -> list[str]:
    """The database engine's own consistency checks.

    SQLite: `PRAGMA integrity_check` (every page, index and constraint) and
    `PRAGMA foreign_key_check`. PostgreSQL: amcheck's `verify_heapam` on every table and
    `bt_index_check(..., heapallindexed => true)` on every B-tree index (each index entry
    matches the heap and every heap tuple is indexed), plus a full read of every row.
    """
    problems: list[str] = []
    # Autocommit: a failed check must not abort the checks after it.
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        if db.dialect == "sqlite":
            rows = [r[0] for r in connection.exec_driver_sql("PRAGMA integrity_check").all()]
            if rows != ["ok"]:
                problems.append("integrity_check: " + "; ".join(map(str, rows[:5])))
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if broken:
                problems.append(f"foreign_key_check: {len(broken)} rows, e.g. {broken[0]}")
            return problems
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS amcheck")
        tables = connection.exec_driver_sql(
            "SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " WHERE n.nspname = 'public' AND c.relkind = 'r'"
        ).all()
        for oid, name in tables:
            corrupt = connection.exec_driver_sql(
                f"SELECT blkno, offnum, msg FROM verify_heapam({oid}::regclass)"
            ).all()
            if corrupt:
                problems.append(f"verify_heapam({name}): {corrupt[0]}")
            connection.exec_driver_sql(f'SELECT md5(t::text) FROM "{name}" t').all()
        indexes = connection.exec_driver_sql(
            "SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            " JOIN pg_am a ON a.oid = c.relam"
            " WHERE n.nspname = 'public' AND c.relkind = 'i' AND a.amname = 'btree'"
        ).all()
        for oid, name in indexes:
            try:
                connection.exec_driver_sql(f"SELECT bt_index_check({oid}::regclass, true)")
            except sa.exc.DBAPIError as error:
                problems.append(f"bt_index_check({name}): {str(error.orig).splitlines()[0]}")
    return problems


def pdf_signature_fields(pdf: bytes) -> tuple[str, ...]:
    """The signature fields filled in the PDF, in signing order (read with pyHanko)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return tuple(s.field_name for s in reader.embedded_signatures)


def memo_problems(db: Database, seen: set[str] | None = None) -> list[str]:
    """No memo stored half-signed or without its hash: for every memo (not yet in `seen`),
    the SHA-256 matches its bytes, its signature rows match its stage, and the PDF carries
    exactly those signatures."""
    problems: list[str] = []
    with db.engine.connect() as connection:
        memos = connection.execute(
            sa.text("SELECT id, reference, stage, sha256 FROM memo")
        ).all()
        for memo_id, reference, stage, digest in memos:
            if seen is not None and memo_id in seen:
                continue
            pdf = connection.execute(
                sa.text("SELECT pdf FROM memo WHERE id = :id"), {"id": memo_id}
            ).scalar_one()
            where = f"memo {reference} ({stage})"
            if not digest or hashlib.sha256(pdf).hexdigest() != digest:
                problems.append(f"{where}: SHA-256 does not match its bytes")
            fields = tuple(
                connection.execute(
                    sa.text("SELECT field FROM memo_signature WHERE memo_id = :id "
                            "ORDER BY sequence"),
                    {"id": memo_id},
                ).scalars()
            )
            expected = SIGNATURE_FIELDS[: MEMO_STAGES.index(stage)]
            if fields != expected:
                problems.append(f"{where}: signature rows {fields}, expected {expected}")
            try:
                in_pdf = pdf_signature_fields(pdf)
            except Exception as error:  # a damaged PDF is exactly what this looks for
                problems.append(f"{where}: PDF unreadable: {error}")
                continue
            if in_pdf != expected:
                problems.append(f"{where}: the PDF carries {in_pdf}, the stage says {expected}")
            if seen is not None and not problems:
                seen.add(memo_id)
    return problems


def record_problems(db: Database) -> list[str]:
    """Decided records are whole: a decided or superseded assessment has its decision, a draft
    has none, and the audit chain verifies (entries, head, record hashes, memo hashes)."""
    problems: list[str] = []
    with db.engine.connect() as connection:
        orphans = connection.execute(
            sa.text(
                "SELECT a.id, a.status FROM assessment a LEFT JOIN decision d "
                "ON d.assessment_id = a.id WHERE (a.status = 'draft') <> (d.id IS NULL)"
            )
        ).all()
    for assessment_id, status in orphans[:3]:
        problems.append(f"assessment {assessment_id} is {status} but its decision row "
                        f"{'exists' if status == 'draft' else 'is missing'}")
    report = verify_chain(db)
    if not report.ok:
        problems.append(f"verify_chain: {report}")
    return problems


@contextmanager
def triggers_off(db: Database) -> Iterator[sa.Connection]:
    """A transaction with every trigger switched off, as a database administrator could have:
    session_replication_role on PostgreSQL, triggers dropped and recreated on SQLite."""
    with db.engine.begin() as connection:
        if db.dialect == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            yield connection
            return
        triggers = connection.execute(
            sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
        for name, _sql in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        yield connection
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)


def full_dump(db: Database) -> list[Any]:
    """Everything in the database, schema included, for before/after comparisons."""
    with db.engine.connect() as connection:
        if db.dialect == "sqlite":
            raw = connection.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return list(raw.iterdump())
        dump: list[Any] = []
        catalog = connection.exec_driver_sql(
            "SELECT 'table', table_name, column_name || ' ' || data_type "
            "FROM information_schema.columns WHERE table_schema = 'public' "
            "UNION ALL SELECT 'index', tablename, indexdef FROM pg_indexes "
            "WHERE schemaname = 'public' "
            "UNION ALL SELECT 'trigger', event_object_table, trigger_name || ' ' || action_timing "
            "|| ' ' || event_manipulation FROM information_schema.triggers "
            "WHERE trigger_schema = 'public' ORDER BY 1, 2, 3"
        ).all()
        dump.extend(catalog)
        tables = connection.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
        ).scalars().all()
        for table in tables:
            rows = connection.exec_driver_sql(f'SELECT t::text FROM "{table}" t').scalars().all()
            dump.append((table, sorted(rows)))
        return dump


def all_problems(db: Database, seen_memos: set[str] | None = None) -> list[str]:
    return integrity_problems(db) + record_problems(db) + memo_problems(db, seen_memos)


# ---------------------------------------------------------------------------------------------
# Sample records and identities


def complete_draft(db: Database, title: str = "Interdiction in the Strait") -> str:
    """A draft of the sample playbook with every required answer (verdict: legitimate)."""
    from models.workflow import EvidenceInput, create_assessment, save_answer

    assessment_id = create_assessment(db, PLAYBOOK, title=title, actor="analyst",
                                      proposed_action="Board flagged vessels")
    evidence = (EvidenceInput("Satellite images", "Imagery cell", "B", 2),)
    for question, value in (("gravity", 2), ("lawful", True), ("summary", "Grave harm"),
                            ("positions", {"CAN": "endorse", "DEU": "endorse",
                                           "JPN": "abstain"})):
        save_answer(db, assessment_id, question, value, rationale=f"why {question}",
                    confidence="high", evidence=evidence, actor="analyst", playbook=PLAYBOOK)
    return assessment_id


def decided_assessment(db: Database, title: str = "Interdiction in the Strait") -> str:
    from models.workflow import add_dissent, decide

    assessment_id = complete_draft(db, title)
    decide(db, assessment_id, decision="approve", by="Mina Minister", playbook=PLAYBOOK)
    add_dissent(db, assessment_id, reviewer="Reviewer", text="The exit plan is thin.")
    return assessment_id


@dataclass(frozen=True)
class Identities:
    folder: Path
    ca_certificate: Path
    ca_key: Path
    drafter: Path
    minister: Path

    @property
    def passphrase(self) -> bytes:
        return PASSPHRASE.encode("utf-8")


def make_identities(folder: Path) -> Identities:
    """A test CA and two TEST identities (drafting official, minister) under PASSPHRASE."""
    from reports.identity import create_test_identity, load_or_create_test_ca

    folder.mkdir(parents=True, exist_ok=True)
    authority = load_or_create_test_ca(folder / "ca")
    drafter, minister = folder / "drafter.p12", folder / "minister.p12"
    secret = PASSPHRASE.encode("utf-8")
    drafter.write_bytes(create_test_identity("Ana Drafter", secret, role="Drafting official",
                                             authority=authority))
    minister.write_bytes(create_test_identity("Mina Minister", secret, role="Minister",
                                              authority=authority))
    return Identities(folder, authority.certificate_path, folder / "ca" / "test-ca-key.pem",
                      drafter, minister)


def trust(db: Database, identities: Identities) -> None:
    from models.workflow import add_trust_root

    add_trust_root(db, identities.ca_certificate.read_bytes(), "security officer")
