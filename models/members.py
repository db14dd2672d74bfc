"""The member registry as a file: the default list, strict reading, import and export.

A registry file is YAML (see models/data/members.yaml for the format, documented in its
header). Reading is strict: unknown keys, codes that are not ISO 3166-1 alpha-3, duplicate
codes, populations that are not positive whole numbers and unknown standings are errors that
name file, line and field. Importing is all-or-nothing in one transaction with its audit entry.

Import adds and updates the members listed; a member missing from the file stays as it is.
Members are never deleted: assessments refer to them, and leaving the Concert is a standing
("withdrawn"), recorded by a review, not a disappearance.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa

from models.audit import append_entry
from models.db import Database
from models.tables import MemberState
from models.validation import file_label
from models.yamlfields import (
    dump_yaml,
    expect_bool,
    expect_choice,
    expect_int,
    expect_list,
    expect_mapping,
    expect_text,
    field_error,
    read_yaml,
)
from playbooks.errors import InputError
from playbooks.strict_yaml import YamlDocument

FORMAT_VERSION = 1
STANDINGS: tuple[str, ...] = ("full", "suspended", "candidate", "withdrawn")
# The review reference of every entry of the default list. While any member still rests on it,
# the registry as a whole is a starting point to review (the exported `starting_point` flag).
INITIAL_REVIEW_REFERENCE = "initial registry — to review"

MAX_MEMBERS = 400
MAX_POPULATION = 2_000_000_000  # no state has more; also fits a 32-bit integer column
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_FILE_BYTES = 1024 * 1024

_ISO_PATTERN = re.compile(r"[A-Z]{3}")
_DATA_DIR = Path(__file__).resolve().parent / "data"


def default_registry_path() -> Path:
    """The registry shipped with the application (a starting point to review)."""
    return _DATA_DIR / "members.yaml"


@functools.cache
def iso_alpha3_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-3 codes a member may have."""
    text = (_DATA_DIR / "iso3166_alpha3.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0] for line in text.splitlines())
    return frozenset(code for line in words for code in line.split())


@dataclass(frozen=True)
class RegistryEntry:
    """One member as a registry file and the member_states table hold it."""

    iso: str
    name: str
    population: int
    population_year: int | None  # None: the year of the figure is not known
    standing: str
    review_reference: str
    note: str = ""


@dataclass(frozen=True)
class Registry:
    """A whole registry file: its header and its members, in file order."""

    registry_version: str
    starting_point: bool
    members: tuple[RegistryEntry, ...]

    def __iter__(self) -> Iterator[RegistryEntry]:
        return iter(self.members)

    def __len__(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class ImportSummary:
    """What an import changed (iso codes)."""

    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    not_in_file: tuple[str, ...]  # members kept as they were because the file omits them

    def one_line(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.unchanged)} unchanged, {len(self.not_in_file)} not in the file (kept)"
        )


# ---------------------------------------------------------------------------------------------
# Reading


def load_registry_file(path: str | Path) -> Registry:
    """Read and check a registry file; raise InputError naming file, line and field."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), None, "", f"cannot read the file: {exc.strerror}") from None
    return parse_registry(content, str(path))


def parse_registry(content: str | bytes, file: str) -> Registry:
    doc = read_yaml(content, file, max_bytes=MAX_FILE_BYTES)
    top = expect_mapping(
        doc,
        (),
        doc.data,
        required=("format_version", "registry_version", "members"),
        optional=("starting_point",),
        what="a member registry (a mapping with format_version, registry_version, members)",
    )
    expect_int(
        doc,
        ("format_version",),
        top["format_version"],
        minimum=FORMAT_VERSION,
        maximum=FORMAT_VERSION,
        expected=f"{FORMAT_VERSION} (the registry format this version reads)",
    )
    version = expect_text(
        doc,
        ("registry_version",),
        top["registry_version"],
        max_length=100,
        single_line=True,
        allow_empty=False,
        expected="a label for this list, e.g. 2026-review-1",
    )
    starting_point = (
        expect_bool(doc, ("starting_point",), top["starting_point"])
        if "starting_point" in top
        else False
    )
    items = expect_list(doc, ("members",), top["members"], max_items=MAX_MEMBERS)
    if not items:
        raise field_error(doc, ("members",), "lists no member", "at least one member")
    entries: list[RegistryEntry] = []
    first_line: dict[str, int | None] = {}
    for index, item in enumerate(items):
        entry = _read_entry(doc, ("members", index), item)
        if entry.iso in first_line:
            raise field_error(
                doc,
                ("members", index, "iso"),
                f"{entry.iso} is listed twice (first on line {first_line[entry.iso]})",
                "each member once",
            )
        first_line[entry.iso] = doc.line(("members", index, "iso"))
        entries.append(entry)
    return Registry(version, starting_point, tuple(entries))


def _read_entry(doc: YamlDocument, path: tuple[str | int, ...], item: object) -> RegistryEntry:
    fields = expect_mapping(
        doc,
        path,
        item,
        required=("iso", "name", "population", "standing", "review_reference"),
        optional=("population_year", "note"),
        what="a member (iso, name, population, population_year, standing, review_reference)",
    )
    iso = expect_text(
        doc,
        (*path, "iso"),
        fields["iso"],
        max_length=3,
        pattern=_ISO_PATTERN,
        expected="an ISO 3166-1 alpha-3 code in capitals, e.g. CAN",
    )
    if iso not in iso_alpha3_codes():
        raise field_error(
            doc, (*path, "iso"), f"{iso} is not an ISO 3166-1 alpha-3 code", "e.g. CAN, DEU, IND"
        )
    return RegistryEntry(
        iso=iso,
        name=expect_text(
            doc,
            (*path, "name"),
            fields["name"],
            max_length=200,
            single_line=True,
            allow_empty=False,
            expected="the state's name",
        ),
        population=expect_int(
            doc,
            (*path, "population"),
            fields["population"],
            minimum=1,
            maximum=MAX_POPULATION,
            expected=f"a whole number of people from 1 to {MAX_POPULATION:,}",
        ),
        population_year=None
        if fields.get("population_year") is None
        else expect_int(
            doc,
            (*path, "population_year"),
            fields["population_year"],
            minimum=MIN_YEAR,
            maximum=MAX_YEAR,
            expected=f"the year of the population figure ({MIN_YEAR}–{MAX_YEAR})",
        ),
        standing=expect_choice(doc, (*path, "standing"), fields["standing"], STANDINGS),
        review_reference=expect_text(
            doc,
            (*path, "review_reference"),
            fields["review_reference"],
            max_length=200,
            single_line=True,
            allow_empty=False,
            expected="the review this entry rests on",
        ),
        note=expect_text(
            doc, (*path, "note"), fields.get("note", ""), max_length=2000, expected="text"
        ),
    )


# ---------------------------------------------------------------------------------------------
# Writing


def registry_to_yaml(entries: list[RegistryEntry] | tuple[RegistryEntry, ...]) -> str:
    """The registry file for these entries, sorted by ISO code so an export is stable."""
    ordered = sorted(entries, key=lambda entry: entry.iso)
    members = []
    for entry in ordered:
        row = asdict(entry)
        if not row["note"]:
            del row["note"]
        if row["population_year"] is None:
            del row["population_year"]
        members.append(row)
    data = {
        "format_version": FORMAT_VERSION,
        "registry_version": "export-" + content_digest(ordered)[:12],
        "starting_point": any(e.review_reference == INITIAL_REVIEW_REFERENCE for e in ordered),
        "members": members,
    }
    header = "# Concert Desk member registry (exported). Import with: main.py members import FILE\n"
    return dump_yaml(data, header=header)


def content_digest(entries: list[RegistryEntry] | tuple[RegistryEntry, ...]) -> str:
    """SHA-256 of the members' canonical JSON: the same list always gets the same label."""
    rows = [asdict(entry) for entry in sorted(entries, key=lambda entry: entry.iso)]
    canonical = json.dumps(rows, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------------
# The registry in the database


def import_registry(db: Database, path: str | Path, actor: str) -> ImportSummary:
    """Add and update the members a registry file lists, all or nothing, with one audit entry.

    The file is read and checked completely before the transaction starts, so a bad file
    changes nothing. An import that changes nothing writes no audit entry (two processes
    seeding an empty database at once leave one entry, not two).
    """
    registry = load_registry_file(path)
    with db.write_session() as session:
        existing = {
            row.iso: _entry_of(row) for row in session.execute(sa.select(MemberState)).scalars()
        }
        listed = {entry.iso for entry in registry}
        added = [entry for entry in registry if entry.iso not in existing]
        changed = [
            entry for entry in registry if entry.iso in existing and existing[entry.iso] != entry
        ]
        for entry in added:
            session.add(MemberState(**asdict(entry)))
        for entry in changed:
            values = asdict(entry)
            del values["iso"]
            session.execute(
                sa.update(MemberState).where(MemberState.iso == entry.iso).values(**values)
            )
        summary = ImportSummary(
            added=tuple(entry.iso for entry in added),
            changed=tuple(entry.iso for entry in changed),
            unchanged=tuple(
                entry.iso for entry in registry if entry.iso in existing and entry not in changed
            ),
            not_in_file=tuple(sorted(set(existing) - listed)),
        )
        if added or changed:
            session.flush()
            append_entry(
                session,
                actor=actor,
                action="members.import",
                entity_type="member_registry",
                entity_id=registry.registry_version,
                payload={
                    "file": file_label(path),
                    "registry_version": registry.registry_version,
                    "starting_point": registry.starting_point,
                    "added": [asdict(entry) for entry in added],
                    "changed": [
                        {"before": asdict(existing[entry.iso]), "after": asdict(entry)}
                        for entry in changed
                    ],
                },
            )
    return summary


def registry_entries(db: Database) -> list[RegistryEntry]:
    """Every member in the database, by ISO code."""
    with db.session() as session:
        rows = session.execute(sa.select(MemberState).order_by(MemberState.iso)).scalars()
        return [_entry_of(row) for row in rows]


def export_registry(db: Database) -> str:
    """The database's registry as a file that imports back to the same rows."""
    return registry_to_yaml(registry_entries(db))


def _entry_of(row: MemberState) -> RegistryEntry:
    return RegistryEntry(
        iso=row.iso,
        name=row.name,
        population=row.population,
        population_year=row.population_year,
        standing=row.standing,
        review_reference=row.review_reference,
        note=row.note or "",
    )
