"""The member registry as a file: the default list, strict reading and export (importing a
file, which makes a registry revision, is models.registry_import).

A registry file is YAML (see models/data/members.yaml for the format, documented in its
header). Reading is strict: unknown keys, codes that are not ISO 3166-1 alpha-3, duplicate
codes, populations that are not positive whole numbers and unknown standings are errors that
name file, line and field.

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
from typing import Any

import sqlalchemy as sa

from models.db import Database
from models.tables import MemberState
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
from playbooks.input_files import read_input_file
from playbooks.strict_yaml import YamlDocument

FORMAT_VERSION = 2  # 2 adds the basis of each standing; files of format 1 still read
READABLE_FORMATS = (1, 2)
STANDINGS: tuple[str, ...] = ("full", "suspended", "candidate", "withdrawn")
# The review reference of every entry of the default list. While any member still rests on it,
# the registry as a whole is a starting point to review (the exported `starting_point` flag).
INITIAL_REVIEW_REFERENCE = "initial registry — to review"

MAX_MEMBERS = 400
MAX_POPULATION = 2_000_000_000  # no state has more; also fits a 32-bit integer column
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_FILE_BYTES = 1024 * 1024

_ISO_PATTERN = re.compile(r"[A-Z]{3}")
_DATE_PATTERN = re.compile(r"(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
INDEX_STATUSES = ("free", "partly_free", "not_free")
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
    # The basis of the standing (format 2; empty or None in a format-1 file): the date of the
    # last review, whether it is a borderline case (the note says why), the index figures the
    # standing rests on (models/registry_rule.py) and where the population figure comes from.
    reviewed_on: str = ""  # YYYY-MM-DD
    borderline: bool = False
    index_status: str = ""  # free | partly_free | not_free
    index_score: int | None = None  # aggregate score 0–100
    free_editions: int | None = None  # consecutive "Free" editions up to the index's own
    population_source: str = ""


@dataclass(frozen=True)
class Registry:
    """A whole registry file: its header and its members, in file order."""

    registry_version: str
    starting_point: bool
    members: tuple[RegistryEntry, ...]
    index_source: str = ""  # the index the standings rest on, e.g. Freedom in the World 2024

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
    content = read_input_file(path, MAX_FILE_BYTES, what="registry file")
    return parse_registry(content, str(path))


def parse_registry(content: str | bytes, file: str) -> Registry:
    doc = read_yaml(content, file, max_bytes=MAX_FILE_BYTES)
    top = expect_mapping(
        doc,
        (),
        doc.data,
        required=("format_version", "registry_version", "members"),
        optional=("starting_point", "index_source", "population_source"),
        what="a member registry (a mapping with format_version, registry_version, members)",
    )
    file_format = expect_int(
        doc,
        ("format_version",),
        top["format_version"],
        minimum=READABLE_FORMATS[0],
        maximum=READABLE_FORMATS[-1],
        expected=f"one of {', '.join(map(str, READABLE_FORMATS))} (the formats this version reads)",
    )
    if file_format < 2:
        for key in ("index_source", "population_source"):
            if key in top:
                raise field_error(doc, (key,), "unknown key in format 1", "format_version: 2")
    index_source, default_population_source = (
        expect_text(
            doc,
            (key,),
            top.get(key, ""),
            max_length=200,
            single_line=True,
            expected="a source with its year, e.g. Freedom House, Freedom in the World 2024",
        )
        for key in ("index_source", "population_source")
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
        entry = _read_entry(doc, ("members", index), item, file_format, default_population_source)
        if entry.iso in first_line:
            raise field_error(
                doc,
                ("members", index, "iso"),
                f"{entry.iso} is listed twice (first on line {first_line[entry.iso]})",
                "each member once",
            )
        first_line[entry.iso] = doc.line(("members", index, "iso"))
        entries.append(entry)
    return Registry(version, starting_point, tuple(entries), index_source)


_BASIS_KEYS = (
    "reviewed_on", "borderline", "index_status", "index_score", "free_editions",
    "population_source",
)  # fmt: skip


def _read_entry(
    doc: YamlDocument,
    path: tuple[str | int, ...],
    item: object,
    file_format: int = FORMAT_VERSION,
    default_population_source: str = "",
) -> RegistryEntry:
    fields = expect_mapping(
        doc,
        path,
        item,
        required=("iso", "name", "population", "standing", "review_reference"),
        optional=("population_year", "note") + (_BASIS_KEYS if file_format >= 2 else ()),
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
        **_read_basis(doc, path, fields, default_population_source),
    )


def _read_basis(
    doc: YamlDocument, path: tuple[str | int, ...], fields: dict[str, Any], population_source: str
) -> dict[str, Any]:
    """The format-2 keys: the basis of the standing."""
    basis: dict[str, Any] = {}
    if "reviewed_on" in fields:
        basis["reviewed_on"] = expect_text(
            doc,
            (*path, "reviewed_on"),
            fields["reviewed_on"],
            max_length=10,
            pattern=_DATE_PATTERN,
            expected="the date of the last review, YYYY-MM-DD",
        )
    if "borderline" in fields:
        basis["borderline"] = expect_bool(doc, (*path, "borderline"), fields["borderline"])
        if basis["borderline"] and not str(fields.get("note", "")).strip():
            raise field_error(
                doc, (*path, "borderline"), "a borderline entry has no note", "a note saying why"
            )
    if "index_status" in fields:
        basis["index_status"] = expect_choice(
            doc, (*path, "index_status"), fields["index_status"], INDEX_STATUSES
        )
    if "index_score" in fields:
        basis["index_score"] = expect_int(
            doc, (*path, "index_score"), fields["index_score"], minimum=-10, maximum=100,
            expected="the index's aggregate score (at most 100)",
        )  # fmt: skip
    if "free_editions" in fields:
        basis["free_editions"] = expect_int(
            doc, (*path, "free_editions"), fields["free_editions"], minimum=0, maximum=100,
            expected="the number of consecutive Free editions up to the index's own",
        )  # fmt: skip
    basis["population_source"] = expect_text(
        doc,
        (*path, "population_source"),
        fields.get("population_source", population_source),
        max_length=200,
        single_line=True,
        expected="where the population figure comes from",
    )
    return basis


# ---------------------------------------------------------------------------------------------
# Writing


def registry_to_yaml(entries: list[RegistryEntry] | tuple[RegistryEntry, ...]) -> str:
    """The registry file for these entries, sorted by ISO code so an export is stable."""
    ordered = sorted(entries, key=lambda entry: entry.iso)
    members = []
    for entry in ordered:
        row = asdict(entry)
        for key in ("note", "population_year", *_BASIS_KEYS):
            if row[key] is None or row[key] is False or row[key] == "":  # 0 is a value
                del row[key]
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
# The registry in the database (an import, which makes a revision: models.registry_import)


def registry_entries(db: Database) -> list[RegistryEntry]:
    """Every member in the database, by ISO code."""
    with db.session() as session:
        rows = session.execute(sa.select(MemberState).order_by(MemberState.iso)).scalars()
        return [entry_of(row) for row in rows]


def export_registry(db: Database) -> str:
    """The database's registry as a file that imports back to the same rows."""
    return registry_to_yaml(registry_entries(db))


def entry_of(row: MemberState) -> RegistryEntry:
    """The registry entry a member_state row holds."""
    return RegistryEntry(
        iso=row.iso,
        name=row.name,
        population=row.population,
        population_year=row.population_year,
        standing=row.standing,
        review_reference=row.review_reference,
        note=row.note or "",
        reviewed_on=row.reviewed_on or "",
        borderline=bool(row.borderline),
        index_status=row.index_status or "",
        index_score=row.index_score,
        free_editions=row.free_editions,
        population_source=row.population_source or "",
    )
