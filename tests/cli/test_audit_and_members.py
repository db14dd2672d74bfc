"""`audit verify` against a tampered database, and `members list | import | export`."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from models.db import Database
from models.opening import open_record
from tests.cli.conftest import EXAMPLES, Run


def edit_audit_entry_behind_the_triggers(db: Database, seq: int) -> None:
    """What someone with database access could do: switch the protection off, edit, switch on."""
    update = sa.text("UPDATE audit_entry SET actor = 'someone else' WHERE seq = :seq")
    with db.engine.begin() as connection:
        if db.dialect == "postgresql":
            connection.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL")
            assert connection.execute(update, {"seq": seq}).rowcount == 1
            connection.exec_driver_sql("ALTER TABLE audit_entry ENABLE TRIGGER ALL")
            return
        name, trigger_sql = connection.execute(
            sa.text(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'trigger' AND tbl_name = 'audit_entry' AND sql LIKE '%UPDATE%'"
            )
        ).one()
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        assert connection.execute(update, {"seq": seq}).rowcount == 1
        connection.exec_driver_sql(trigger_sql)


def test_audit_verify_passes_then_names_the_edited_entry(cli: Run, database_url: str) -> None:
    imported = cli("assess", "import", str(EXAMPLES / "port-amsel-evacuation.yaml"))
    assert imported.code == 0, imported.err
    assessment_id = imported.out.strip()
    assert cli("decide", assessment_id, "--decision", "approve", "--by", "Minister").code == 0
    intact = cli("audit", "verify")
    assert intact.code == 0, intact.err
    assert "audit chain intact" in intact.out
    db = open_record(database_url)
    try:
        with db.session() as session:
            entries = session.execute(sa.text("SELECT count(*) FROM audit_entry")).scalar_one()
            # The triggers still refuse a plain edit.
            refused = False
            try:
                with db.engine.begin() as connection:
                    connection.execute(sa.text("UPDATE audit_entry SET actor = 'x' WHERE seq = 2"))
            except sa.exc.DBAPIError:
                refused = True
            assert refused
        assert entries >= 3
        edit_audit_entry_behind_the_triggers(db, seq=2)
    finally:
        db.close()
    broken = cli("audit", "verify")
    assert broken.code == 1
    assert broken.error_line.startswith("concert-desk: audit chain broken at entry 2:")
    assert broken.out == ""


def test_members_list_shows_the_default_registry(cli: Run) -> None:
    result = cli("members", "list")
    assert result.code == 0, result.err
    assert "IND  India" in result.out
    assert "83 members, 77 in full standing" in result.out


def test_members_export_import_round_trip_and_a_bad_file(cli: Run, tmp_path: Path) -> None:
    exported = tmp_path / "registry.yaml"
    assert cli("members", "export", "-o", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    changed = tmp_path / "changed.yaml"
    changed.write_text(
        text.replace("name: Botswana", "name: Republic of Botswana"), encoding="utf-8"
    )
    result = cli("members", "import", str(changed), "--by", "registrar")
    assert result.code == 0, result.err
    assert "0 added, 1 changed, 82 unchanged" in result.out
    assert "Republic of Botswana" in cli("members", "list").out
    before_bad_import = cli("members", "export").out
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        text.replace("name: Canada", "name: Dominion of Canada").replace(
            "population: 5212000", "population: -1"
        ),
        encoding="utf-8",
    )
    line = next(
        number
        for number, content in enumerate(text.splitlines(), start=1)
        if content.strip() == "population: 5212000"
    )
    refused = cli("members", "import", str(bad))
    assert refused.code == 2
    assert refused.error_line.startswith(f"concert-desk: {bad}:{line}: members[")
    assert "population" in refused.error_line
    listed = cli("members", "list").out
    assert "Dominion of Canada" not in listed  # the good change before the bad one: not applied
    assert cli("members", "export").out == before_bad_import


def test_members_list_prints_the_registry_version_and_hash(cli: Run) -> None:
    result = cli("members", "list")
    assert result.code == 0, result.err
    first = result.out.splitlines()[0]
    assert first.startswith("member registry 2026-12-fiw2024 r1, SHA-256 ")
    assert len(first.rsplit(" ", 1)[1]) == 64


def test_members_show_names_the_basis_of_a_standing_and_its_history(cli: Run) -> None:
    result = cli("members", "show", "ind")
    assert result.code == 0, result.err
    assert "standing      candidate  (borderline)" in result.out
    assert "partly free, score 66/100" in result.out
    assert "World Bank, World Development Indicators, SP.POP.TOTL, 2023" in result.out
    assert "r1" in result.out and "added as candidate" in result.out
    unknown = cli("members", "show", "XYZ")
    assert unknown.code == 2 and "XYZ is not in the member registry" in unknown.error_line


def test_members_apply_review_changes_a_standing_and_shows_in_the_history(
    cli: Run, database_url: str
) -> None:
    from models.opening import open_record
    from playbooks.loader import PlaybookCatalog
    from tests.models.test_registry_revisions import decided_review

    db = open_record(database_url)
    try:
        review = decided_review(db, PlaybookCatalog.load(None).get("membership-review", "1.0"),
                                "Admission of the Philippines", "approve")  # fmt: skip
    finally:
        db.close()
    applied = cli("members", "apply-review", review, "--by", "Registrar")
    assert applied.code == 0, applied.err
    assert applied.out.startswith("PHL Philippines: candidate → full (registry revision r2")
    history = cli("members", "history").out
    assert "r2" in history and "members.review" in history and "Registrar" in history
    again = cli("members", "apply-review", review)
    assert again.code == 2 and "already applied" in again.error_line
    assert cli("audit", "verify", "--archive").code == 0
