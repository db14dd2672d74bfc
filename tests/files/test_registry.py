"""The member registry as a file: the default list, strict reading, import and export."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.db import Database
from models.members import (
    INITIAL_REVIEW_REFERENCE,
    default_registry_path,
    export_registry,
    load_registry_file,
    parse_registry,
    registry_entries,
)
from models.registry_import import import_registry
from models.tables import AuditEntry
from playbooks.errors import InputError

NAMED_IN_THE_BRIEF = {
    "USA", "CAN", "JPN", "IND", "BRA", "ARG", "BWA", "ZAF", "FIN",
    "ESP", "DEU", "AUS", "NZL", "CRI", "ISR", "MUS", "PER", "PHL",
}  # fmt: skip

VALID = """\
format_version: 1
registry_version: test-1
members:
  - iso: CAN
    name: Canada
    population: 40098000
    population_year: 2023
    standing: full
    review_reference: review 2026/3
  - iso: IND
    name: India
    population: 1428628000
    population_year: 2023
    standing: suspended
    review_reference: review 2026/4
    note: under review
"""


def write(tmp_path: Path, text: str, name: str = "registry.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def audit_count(db: Database) -> int:
    with db.session() as session:
        return session.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar_one()


# --- the default registry ---------------------------------------------------------------------


def test_default_registry_lists_every_democracy_the_seed_names() -> None:
    registry = load_registry_file(default_registry_path())
    codes = {entry.iso for entry in registry}
    assert codes >= NAMED_IN_THE_BRIEF
    assert {"GBR", "FRA", "ITA", "NLD", "SWE", "KOR", "CHL", "POL"} <= codes
    assert not {"HUN", "TUR"} & codes  # Partly / Not Free and not named: not listed
    assert registry.starting_point is False
    assert all(entry.review_reference != INITIAL_REVIEW_REFERENCE for entry in registry)
    india = next(entry for entry in registry if entry.iso == "IND")
    assert india.population > 1_000_000_000


def test_a_new_database_starts_with_the_default_registry(database: Database) -> None:
    stored = {entry.iso: entry for entry in registry_entries(database)}
    shipped = {entry.iso: entry for entry in load_registry_file(default_registry_path())}
    assert stored == shipped


# --- export and import ------------------------------------------------------------------------


def test_export_reimports_identically_and_exports_the_same_bytes(
    database: Database, tmp_path: Path
) -> None:
    first = export_registry(database)
    before = registry_entries(database)
    entries_before = audit_count(database)
    summary = import_registry(database, write(tmp_path, first), actor="tester")
    assert summary.added == summary.changed == ()
    assert registry_entries(database) == before
    assert export_registry(database) == first
    # Nothing changed, so nothing was audited.
    assert audit_count(database) == entries_before


def test_import_adds_and_updates_in_one_audited_entry(database: Database, tmp_path: Path) -> None:
    entries_before = audit_count(database)
    summary = import_registry(database, write(tmp_path, VALID), actor="registrar")
    assert summary.changed == ("CAN", "IND")
    assert summary.added == ()
    assert "USA" in summary.not_in_file  # kept, not deleted
    stored = {entry.iso: entry for entry in registry_entries(database)}
    assert stored["IND"].standing == "suspended"
    assert stored["IND"].note == "under review"
    assert stored["CAN"].review_reference == "review 2026/3"
    assert "USA" in stored
    assert audit_count(database) == entries_before + 1
    with database.session() as session:
        last = session.execute(
            sa.select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)
        ).scalar_one()
    assert (last.action, last.actor) == ("members.import", "registrar")
    assert verify_chain(database, check_records=False).ok


def test_import_adds_a_new_member(database: Database, tmp_path: Path) -> None:
    text = VALID.replace("iso: CAN", "iso: MEX").replace("name: Canada", "name: Mexico")
    summary = import_registry(database, write(tmp_path, text), actor="registrar")
    assert summary.added == ("MEX",)
    assert "MEX" in {entry.iso for entry in registry_entries(database)}


def test_exported_file_marks_a_registry_with_an_unreviewed_entry_as_a_starting_point(
    database: Database, tmp_path: Path
) -> None:
    assert "starting_point: false" in export_registry(database)  # every entry rests on the rule
    unreviewed = VALID.replace("review_reference: review 2026/3",
                               f"review_reference: {INITIAL_REVIEW_REFERENCE}")  # fmt: skip
    import_registry(database, write(tmp_path, unreviewed), actor="registrar")
    assert "starting_point: true" in export_registry(database)


# --- bad files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("iso: CAN", "iso: XYZ"), "registry.yaml:4: members[0].iso: XYZ is not an ISO"),
        (("iso: CAN", "iso: Can"), "registry.yaml:4: members[0].iso:"),
        (("iso: CAN", "iso: CA"), "registry.yaml:4: members[0].iso:"),
        (("iso: IND", "iso: CAN"), "registry.yaml:10: members[1].iso: CAN is listed twice"),
        (("population: 40098000", "population: -3"), "registry.yaml:6: members[0].population:"),
        (("population: 40098000", "population: 4.5"), "registry.yaml:6: members[0].population:"),
        (("population: 40098000", "population: lots"), "registry.yaml:6: members[0].population:"),
        (("standing: full", "standing: honorary"), "registry.yaml:8: members[0].standing:"),
        (("    standing: full\n", ""), "registry.yaml:4: members[0]: missing `standing`"),
        (("note: under", "notes: under"), "registry.yaml:16: members[1].notes: unknown key"),
        (("format_version: 1", "format_version: 3"), "registry.yaml:1: format_version:"),
        (("registry_version: test-1", "registry_version: ''"), "registry.yaml:2: registry_version"),
        (("name: Canada", "name: Canada\n    name: Kanada"), "registry.yaml:6: members[0].name:"),
        (("name: Canada", 'name: "Can\\0ada"'), "registry.yaml:5: members[0].name: contains"),
    ],
)
def test_a_bad_file_names_file_line_and_field(
    tmp_path: Path, change: tuple[str, str], where: str
) -> None:
    path = write(tmp_path, VALID.replace(*change))
    with pytest.raises(InputError) as caught:
        load_registry_file(path)
    assert str(caught.value).startswith(str(tmp_path / where))


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        load_registry_file(tmp_path / "nowhere.yaml")


def test_a_rejected_import_leaves_the_registry_and_the_audit_chain_unchanged(
    database: Database, tmp_path: Path
) -> None:
    before = registry_entries(database)
    entries_before = audit_count(database)
    # The first member is fine and would change; the second is bad: nothing may change.
    bad = VALID.replace("standing: suspended", "standing: expelled")
    with pytest.raises(InputError, match=r"members\[1\]\.standing"):
        import_registry(database, write(tmp_path, bad), actor="registrar")
    assert registry_entries(database) == before
    assert audit_count(database) == entries_before


def test_parse_accepts_a_file_without_optional_fields() -> None:
    text = VALID.replace("    population_year: 2023\n", "", 1)
    registry = parse_registry(text, "r.yaml")
    assert registry.members[0].population_year is None
    assert registry.starting_point is False
