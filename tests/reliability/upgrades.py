"""Upgrades: a database written at each schema revision, with data, opened by the current code
(migrated to the newest revision) keeps every record verifiable; a migration that fails leaves
the database as it was.

Records written by an older revision come from snapshots: `snapshots/<revision>.sqlite.gz`, a
SQLite database that the code of that revision wrote (decided records with dissent and a
revision, memos in every stage, trust roots, drafts). Make the snapshot of a new revision
with the code of that revision, before the next schema change:

    .venv/bin/python -m tests.reliability.upgrades freeze

PostgreSQL gets the same rows: a database is migrated to that revision, then the snapshot's
rows are copied in (triggers off, as a restore would).
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from models.migrations import runner
from models.opening import open_record
from tests.reliability.harness import (
    PASSPHRASE,
    PLAYBOOK,
    Backend,
    Outcome,
    opened,
    triggers_off,
)

if TYPE_CHECKING:
    from models.db import Database

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"


def revisions() -> list[str]:
    """Every schema revision, oldest first."""
    script = ScriptDirectory.from_config(runner.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def snapshot_path(revision: str) -> Path:
    return SNAPSHOTS / f"{revision}.sqlite.gz"


# ---------------------------------------------------------------------------------------------
# Writing a snapshot with the current code


def write_sample_record(url: str, folder: Path) -> None:
    """Everything the record holds, written through the current code: decided records (one
    with a countersigned memo and a dissent, one deferred with an unsigned memo and revised into
    a draft, one approved with conditions, one of them reviewed), a plain draft, a trust root.
    Identities valid for ten years, so the memos stay verifiable as long as the test CA."""
    from models.condition_records import ConditionInput
    from models.conditions import review_condition
    from models.workflow import (
        add_dissent,
        add_trust_root,
        decide,
        load_assessment,
        revise,
        save_answer,
    )
    from reports.identity import create_test_identity, load_or_create_test_ca
    from reports.issue import issue_memo, unlock
    from tests.reliability.harness import complete_draft

    authority = load_or_create_test_ca(folder / "ca")
    secret = PASSPHRASE.encode("utf-8")
    until = datetime.now(UTC) + timedelta(days=3650)
    paths = []
    for name, role in (("Ana Drafter", "Drafting official"), ("Mina Minister", "Minister")):
        path = folder / f"{name.split()[0].lower()}.p12"
        path.write_bytes(create_test_identity(name, secret, role=role, authority=authority,
                                              not_after=until))
        paths.append(path)
    signers = [unlock(path, secret) for path in paths]
    with opened(url) as db:
        add_trust_root(db, authority.certificate_path.read_bytes(), "security officer")
        first = complete_draft(db, "Interdiction in the Strait")
        # Named by certificate since 0006_decider_certificate (the others by name only).
        decide(db, first, decision="approve", by="Mina Minister", playbook=PLAYBOOK,
               decided_by_certificate=signers[1].fingerprint,
               decided_by_subject=signers[1].subject)
        add_dissent(db, first, reviewer="Reviewer", text="The exit plan is thin.")
        from models.outcomes import record_retrospective  # since 0012_outcomes

        record_retrospective(db, first, wrong="The partners' time to deploy",
                             again="Ask the legal adviser first", actor="Head of analysis")
        issue_memo(db, first, PLAYBOOK, actor="officer", identities=signers)
        second = complete_draft(db, "Sanctions on the junta")
        decide(db, second, decision="defer", by="Mina Minister", justification="Wait for the vote",
               playbook=PLAYBOOK)
        issue_memo(db, second, PLAYBOOK, actor="officer")
        draft = revise(db, second, actor="analyst")
        save_answer(db, draft, "summary", "Revised after the vote", actor="analyst",
                    playbook=PLAYBOOK)
        routed = complete_draft(db, "A draft never decided")
        from models.routing import route  # since 0010_routing

        route(db, routed, "submit", actor="analyst")
        route(db, routed, "return", actor="Reviewer", comment="Add the partners' positions")
        third = complete_draft(db, "Evacuation corridor")
        review_on = datetime.now(UTC).date() + timedelta(days=30)
        decide(db, third, decision="approve_with_conditions", by="Mina Minister",
               justification="On the conditions below", playbook=PLAYBOOK, conditions=[
                   ConditionInput("The corridor stays open to the agencies", "Head of mission",
                                  "Daily report of the agencies", review_on,
                                  "The corridor is shelled"),
                   ConditionInput("Partners share the costs", "Finance director",
                                  "Quarterly accounts", review_on + timedelta(days=60))])
        issue_memo(db, third, PLAYBOOK, actor="officer", identities=signers)
        condition = load_assessment(db, third).decision.conditions[0]  # type: ignore[union-attr]
        review_condition(db, condition.id, outcome="met", note="Open every day",
                         by="Head of mission", next_review_on=review_on + timedelta(days=30))
        from models.notes import add_note  # since 0005_scenario_notes

        add_note(db, third, "What-if: with two more endorsements the verdict holds.",
                 kind="scenario", actor="analyst")
        _write_options_case(db, signers)


def _write_options_case(db: Database, signers: Sequence[Any]) -> None:
    """Since 0007_options: a case comparing three options, decided on another option than the
    best-judged one (with its justification), its memo countersigned."""
    from models.options import OptionSpec, save_option_answer, set_options
    from models.workflow import create_assessment, decide, save_answer
    from reports.issue import issue_memo
    from tests.models.sample import options_playbook

    playbook = options_playbook()
    case = create_assessment(db, playbook, title="Northern Strait: three options",
                             actor="analyst")
    save_answer(db, case, "gravity", 2, rationale="Documented", actor="analyst",
                playbook=playbook)
    save_answer(db, case, "lawful", True, actor="analyst", playbook=playbook)
    options = [OptionSpec("no_action", "No action", "Keep monitoring"),
               OptionSpec("air_strikes", "Air strikes"), OptionSpec("blockade", "Naval blockade")]
    set_options(db, case, options, actor="analyst", playbook=playbook)
    for name, value in (("no_action", 0), ("air_strikes", 2), ("blockade", 1)):
        save_option_answer(db, case, name, "halts_harm", value, rationale="Planners",
                           actor="analyst", playbook=playbook)
    decide(db, case, decision="approve", by="Mina Minister", option="blockade",
           justification="Partners will not fly", playbook=playbook)
    issue_memo(db, case, playbook, actor="officer", identities=signers)


def freeze(folder: Path) -> Path:
    """Write the snapshot of the newest revision (run with the code of that revision)."""
    head = runner.head_revision()
    path = folder / "snapshot.db"
    url = f"sqlite:///{path}"
    from tests.models.sample import add_members

    with opened(url) as db:
        add_members(db)
    write_sample_record(url, folder)
    plain = sqlite3.connect(path)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode = DELETE")
        plain.execute("VACUUM")
    finally:
        plain.close()
    SNAPSHOTS.mkdir(exist_ok=True)
    target = snapshot_path(head)
    with open(path, "rb") as source, gzip.open(target, "wb", compresslevel=9) as gz:
        shutil.copyfileobj(source, gz)
    return target


# ---------------------------------------------------------------------------------------------
# Databases at an older revision


def sqlite_from_snapshot(revision: str, target: Path) -> str:
    with gzip.open(snapshot_path(revision), "rb") as gz, open(target, "wb") as out:
        shutil.copyfileobj(gz, out)
    return f"sqlite:///{target}"


def upgrade_to(url: str, revision: str) -> None:
    """Migrate an empty database to exactly `revision` (not to the newest)."""
    from models.db import make_engine, parse_database_url

    engine = make_engine(parse_database_url(url))
    try:
        with engine.begin() as connection:
            command.upgrade(runner.alembic_config(connection), revision)
    finally:
        engine.dispose()


def postgres_from_snapshot(revision: str, url: str, folder: Path) -> None:
    """Put the snapshot's rows into the empty PostgreSQL database `url`, at `revision`."""
    from models.db import Database, make_engine, parse_database_url

    upgrade_to(url, revision)
    source_url = sqlite_from_snapshot(revision, folder / f"source-{revision}.db")
    source = sa.create_engine(source_url)
    parsed = parse_database_url(url)
    target = Database(parsed, make_engine(parsed))
    try:
        source_tables = set(sa.inspect(source).get_table_names())
        target_meta = sa.MetaData()
        target_meta.reflect(target.engine)
        # The search tables differ per database: they are rebuilt from the rows afterwards.
        copied = [t for t in target_meta.sorted_tables if t.name in source_tables
                  and t.name != "alembic_version"
                  and not t.name.startswith(runner.SEARCH_TABLE_PREFIXES)]
        with triggers_off(target) as connection, source.connect() as reader:
            for table in reversed(copied):  # rows the migration seeded (the audit head)
                connection.execute(sa.delete(table))
            for table in copied:
                source_columns = {c["name"] for c in sa.inspect(source).get_columns(table.name)}
                columns = [c for c in table.columns
                           if c.name in source_columns and c.computed is None]
                names = ", ".join(f'"{c.name}"' for c in columns)
                rows = reader.exec_driver_sql(f'SELECT {names} FROM "{table.name}"').all()
                if rows:
                    connection.execute(
                        sa.insert(table),
                        [_typed(dict(zip([c.name for c in columns], row, strict=True)), columns)
                         for row in rows],
                    )
        from models import search_index

        # The search text as that revision's code wrote it: before 0007 there were no
        # options, before 0012 no outcomes.
        tables = set(sa.inspect(target.engine).get_table_names())
        # A plain transaction: this revision may predate the writers' lock row (0008), and
        # nobody else writes to this database yet.
        from sqlmodel import Session

        with (Session(target.engine) as session, session.begin(),
              _indexed_as_at(search_index, tables)):  # fmt: skip
            for assessment_id in session.execute(sa.text("SELECT id FROM assessment")).scalars():
                search_index.reindex_assessment(session, assessment_id)
    finally:
        source.dispose()
        target.close()


@contextmanager
def _indexed_as_at(search_index: Any, tables: set[str]) -> Iterator[None]:
    """Index without the parts whose tables the database predates (0007_options' options,
    0012_outcomes' outcomes and retrospectives)."""
    missing = [name for name, table in (("option_parts", "case_option"),
                                        ("outcome_parts", "outcome")) if table not in tables]
    kept = {name: getattr(search_index, name) for name in missing}
    for name in missing:
        setattr(search_index, name, lambda session, assessment_ids: {})
    try:
        yield
    finally:
        for name, function in kept.items():
            setattr(search_index, name, function)


def _typed(values: dict[str, object], columns: list[sa.Column]) -> dict[str, object]:
    """SQLite gives timestamps, booleans and JSON back as text or numbers: convert them."""
    import json

    for column in columns:
        value = values[column.name]
        if value is None:
            continue
        kind = column.type
        if isinstance(kind, sa.DateTime) and isinstance(value, str):
            moment = datetime.fromisoformat(value)
            values[column.name] = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        elif isinstance(kind, sa.Boolean):
            values[column.name] = bool(value)
        elif isinstance(kind, sa.JSON) and isinstance(value, str):
            values[column.name] = json.loads(value)
    return values


# ---------------------------------------------------------------------------------------------
# Checks after the upgrade


def verifiable_problems(url: str) -> list[str]:
    """Open with the current code (migrating), then: the chain, every memo (archive check),
    and every assessment loads and its decided evaluation is still recomputable."""
    from models.workflow import load_assessment
    from reports.archive import verify_archive

    problems = []
    db = open_record(url)
    try:
        current = runner.current_revisions(db.engine.connect())
        if current != (runner.head_revision(),):
            problems.append(f"schema at {current} after opening, not the newest")
        archive = verify_archive(db)
        problems += list(archive.problems)
        if archive.memos_checked == 0:
            problems.append("no memo was checked")
        with db.engine.connect() as connection:
            ids = connection.exec_driver_sql("SELECT id FROM assessment").scalars().all()
        for assessment_id in ids:
            record = load_assessment(db, assessment_id)
            if record.status != "draft" and record.decision is None:
                problems.append(f"assessment {assessment_id} lost its decision")
    finally:
        db.close()
    return problems


# ---------------------------------------------------------------------------------------------
# A migration that fails


FAILING_REVISION = '''"""A deliberately failing migration (reliability suite).

Revision ID: {revision}
Revises: {down}
"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Rebuilds a table (SQLite batch mode copies, drops and renames), changes data, adds a
    # table, then fails half-way: nothing of this may stay.
    with op.batch_alter_table("member_state", recreate="always") as batch:
        batch.add_column(sa.Column("doomed", sa.Text(), nullable=True))
    {commit}
    op.execute("UPDATE member_state SET note = 'touched by a failed migration'")
    op.create_table("doomed_table", sa.Column("id", sa.Integer(), primary_key=True))
    raise RuntimeError("deliberate failure half-way through migration {revision}")


def downgrade() -> None:
    pass
'''


FAILURES = {
    "fails inside its transaction": "",
    # A step that ends the transaction (as some SQLite statements do): only the backup helps.
    "commits half-way, then fails": 'op.execute("COMMIT")',
}


@contextmanager
def failing_migration(how: str = "fails inside its transaction") -> Iterator[str]:
    """Make the current code see one more revision, after the newest, that fails half-way."""
    folder = Path(tempfile.mkdtemp(prefix="concert-failing-migration-"))
    down = runner.head_revision()
    revision = "9999fail"
    (folder / f"{revision}_fails.py").write_text(
        FAILING_REVISION.format(revision=revision, down=down, commit=FAILURES[how]),
        encoding="utf-8")
    original = runner.alembic_config
    versions = runner.MIGRATIONS_DIR / "versions"

    def with_failing(connection: sa.Connection | None = None) -> object:
        config = original(connection)
        config.set_main_option("version_locations", f"{versions}{_separator()}{folder}")
        return config

    import models.opening

    head_from_scripts = models.opening.script_head_revision  # the quick look that skips alembic
    runner.alembic_config = with_failing  # type: ignore[assignment]
    models.opening.script_head_revision = lambda: revision  # type: ignore[assignment]
    try:
        yield revision
    finally:
        runner.alembic_config = original  # type: ignore[assignment]
        models.opening.script_head_revision = head_from_scripts  # type: ignore[assignment]
        shutil.rmtree(folder, ignore_errors=True)


def _separator() -> str:
    return os.pathsep


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.upgrades",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("freeze",))
    parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["CONCERT_DATA_DIR"] = str(Path(folder) / "user-data")
        target = freeze(Path(folder))
    print(f"written: {target} ({target.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


# ---------------------------------------------------------------------------------------------
# The scenarios


def upgrade_outcomes(backend: Backend, folder: Path) -> list[Outcome]:
    """Every revision's snapshot opened (and migrated) by the current code; a record written
    now and reopened; a failing migration on top of each snapshot."""
    upgraded = Outcome(f"database of every schema revision opened by this version "
                       f"({backend.kind})")
    for revision in revisions():
        if not snapshot_path(revision).exists():
            upgraded.trial([f"no snapshot of revision {revision}: run "
                            "`python -m tests.reliability.upgrades freeze` with its code"])
            continue
        with database_at(backend, revision, folder) as url:
            upgraded.trial(verifiable_problems(url), f"from {revision}")
        upgraded.note(f"revision {revision}: snapshot of {snapshot_path(revision).stat().st_size:,}"
                      " bytes (gzip) migrated to the newest and verified (chain, memos, records)")
    with backend.database() as url:
        write_sample_record(url, folder / f"now-{backend.kind}")
        upgraded.trial(verifiable_problems(url), "written now, reopened")
    failed = Outcome(f"failed migration leaves the database as it was ({backend.kind})")
    for how in FAILURES:
        if backend.kind == "postgresql" and "commits" in how:
            continue  # a migration that commits by itself defeats PostgreSQL's transaction
        with database_at(backend, revisions()[-1], folder) as url:
            failed.trial(_failed_migration_problems(url, how), how)
            failed.note(f"{how}: database unchanged"
                        + (", copy kept as <db>.pre-<revision>.bak" if backend.kind == "sqlite"
                           else " (one transaction, rolled back)"))
    return [upgraded, failed]


@contextmanager
def database_at(backend: Backend, revision: str, folder: Path) -> Iterator[str]:
    if backend.kind == "sqlite":
        path = folder / f"snapshot-{revision}-{os.urandom(4).hex()}.db"
        yield sqlite_from_snapshot(revision, path)
        for leftover in folder.glob(path.name + "*"):
            leftover.unlink(missing_ok=True)
        return
    with backend.database(migrated=False) as url:
        postgres_from_snapshot(revision, url, folder)
        yield url


def _failed_migration_problems(url: str, how: str) -> list[str]:
    from models.db import Database, make_engine, parse_database_url
    from models.errors import DatabaseUnavailable
    from tests.reliability.harness import full_dump

    def dump() -> list[object]:
        parsed = parse_database_url(url)
        plain = Database(parsed, make_engine(parsed))  # no migration on the way in
        try:
            return full_dump(plain)
        finally:
            plain.close()

    before = dump()
    problems = []
    with failing_migration(how):
        try:
            open_record(url).close()
            problems.append("the failing migration was reported as a success")
        except DatabaseUnavailable as error:
            if "\n" in str(error) or "left as it was" not in str(error):
                problems.append(f"unclear message: {error}")
        except Exception as error:
            problems.append(f"raised {type(error).__name__} instead of DatabaseUnavailable")
    if dump() != before:
        problems.append("the database changed")
    if url.startswith("sqlite"):
        path = Path(sa.engine.make_url(url).database or "")
        if not path.with_name(f"{path.name}.pre-{revisions()[-1]}.bak").exists():
            problems.append("no backup copy was kept")
    return problems
