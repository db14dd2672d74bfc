"""Opening databases: URLs, settings, migrations and the errors a user sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from models.db import Database, default_database_url, user_data_dir
from models.errors import DatabaseUnavailable
from models.migrations import runner
from models.opening import open_database, open_record


def test_default_database_lives_in_the_user_data_folder(tmp_path: Path) -> None:
    assert user_data_dir() == tmp_path / "user-data"
    assert user_data_dir().is_dir()
    assert default_database_url() == f"sqlite:///{tmp_path / 'user-data' / 'concert.db'}"


def test_environment_url_overrides_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCERT_DB_URL", "postgresql+psycopg://someone@db.example/concert")
    assert default_database_url() == "postgresql+psycopg://someone@db.example/concert"


def test_open_default_creates_and_migrates_a_new_file(tmp_path: Path) -> None:
    db = open_record()
    try:
        assert Path(db.display_name) == tmp_path / "user-data" / "concert.db"
        with db.engine.connect() as connection:
            assert runner.current_revisions(connection) == (runner.head_revision(),)
    finally:
        db.close()


def test_sqlite_connections_use_wal_full_sync_and_foreign_keys(database: Database) -> None:
    if database.dialect != "sqlite":
        pytest.skip("SQLite settings")
    with database.session() as session:
        pragma = lambda name: session.execute(sa.text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("mysql://user@host/db", "unsupported database 'mysql'"),
        ("not a url at all", "not a database URL"),
        ("sqlite://", "needs a file path"),
        ("sqlite:////no/such/folder/concert.db", "folder does not exist"),
        ("postgresql+asyncpg://u@h/db", "unsupported PostgreSQL driver"),
        # Nothing listens on port 9 of this machine: refused at once.
        (
            "postgresql+psycopg://nobody:secret@127.0.0.1:9/concert",
            "database concert on 127.0.0.1:9",
        ),
    ],
)
def test_bad_urls_give_one_line(url: str, fragment: str) -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        open_record(url)
    message = str(caught.value)
    assert fragment in message
    assert "\n" not in message
    assert "secret" not in message


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are notes, not a database\n" * 200)
    with pytest.raises(DatabaseUnavailable, match="not a database"):
        open_record(f"sqlite:///{path}")
    assert path.read_text().startswith("these are notes")


def test_unmigrated_database_is_refused_when_migration_is_off(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match="not migrated"):
        open_database(f"sqlite:///{tmp_path / 'new.db'}", migrate=False)


def test_database_from_a_newer_version_is_refused(database_url: str) -> None:
    db = open_record(database_url)
    with db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    db.close()
    with pytest.raises(DatabaseUnavailable, match="newer Concert Desk"):
        open_record(database_url)


def test_migrations_match_the_tables(database_url: str) -> None:
    """What CI runs: alembic check (autogenerate finds no difference)."""
    result = subprocess.run(
        [sys.executable, "-m", "models.migrations", "check", database_url],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "no drift" in result.stdout


@pytest.mark.db
def test_migrations_apply_to_an_empty_database(empty_database_url: str) -> None:
    db = open_record(empty_database_url)
    try:
        names = set(sa.inspect(db.engine).get_table_names())
    finally:
        db.close()
    assert {
        "assessment",
        "answer",
        "evidence_item",
        "decision",
        "dissent",
        "audit_entry",
        "audit_head",
        "memo",
        "memo_signature",
        "trust_root",
        "member_state",
        "member_position",
        "assessment_search",
    } <= names


def test_the_database_never_shows_its_password(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from models.db import make_engine, parse_database_url

    url = "postgresql+psycopg://ana:hunter2-pw@db.ministry.example:5432/record"
    parsed = parse_database_url(url)
    db = Database(parsed, make_engine(parsed))  # no connection is made
    try:
        logging.getLogger("concert_desk").warning("opened %s (%r) at %s", db, db, db.url)
        shown = [db.url, repr(db), str(db), f"{db}", db.display_name, caplog.text,
                 repr(db.engine), str(db.engine.url)]
        assert not [text for text in shown if "hunter2-pw" in text], shown
        assert db.url == "postgresql+psycopg://ana:***@db.ministry.example:5432/record"
        assert db.display_name == "record on db.ministry.example:5432"
        # Only the explicit call made to connect elsewhere (the memo helper) carries it.
        assert parse_database_url(db.connection_url()) == parsed
        assert "hunter2-pw" in db.connection_url()
    finally:
        db.close()
