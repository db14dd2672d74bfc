"""Writing a checked bundle's cases into a record (docs/bundle-format.md), in one transaction.

The caller (reports.bundle) has verified the bundle first: its signature, every member's hash,
the origin's audit chain and every row and memo against the entries that recorded them. Here:

- what the record lacks is found row by row; a row it holds with other content is a conflict
  (the whole import is refused, nothing written); a case it holds whole is left alone, and a case
  whose only differences are dissents or notes the bundle adds gets those;
- the rows are inserted with the origin's ids and times (so each decided case's record hash,
  recomputed here from the inserted rows, must be the origin's: it is checked before commit);
- each case gets one `bundle.case` entry naming what it added (the audit check compares those
  rows with it, models.bundle_check), the bundle one `bundle.import` entry with the origin's
  provenance and the bundle's SHA-256; playbook files the record lacks are kept (`playbook.store`).

Importing the same bundle again finds nothing lacking: nothing is written and the caller says so.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from models.audit import NewEntry, append_entries, append_entry
from models.bundle_rows import ADDABLE, IMPORTED_TABLES, Row, decode, encode, key_of, table_of
from models.canonical import content_hash, sha256_hex
from models.db import Database
from models.errors import InvalidInput
from models.outcomes import outcome_content, resolution_content, retrospective_content
from models.record_hashes import frozen_record_hashes
from models.search_index import reindex_assessments
from models.tables import (
    Outcome,
    PlaybookFile,
    ResolutionDate,
    Retrospective,
    utc_now,
)

CASE_ACTION = "bundle.case"
IMPORT_ACTION = "bundle.import"

# progress(step, done, total), called from the worker doing the work; it may raise
# models.errors.Cancelled to stop before commit (nothing is then written).
Progress = Callable[[str, int, int], None]


def no_progress(step: str, done: int, total: int) -> None:
    pass


# Rows sealed by a content hash (models.outcomes): what a check calls one, its table, the origin's
# action and payload key of its id, and the key under which a `bundle.case` entry seals them.
SEALED_CONTENT: tuple[tuple[str, str, str, str, str], ...] = (
    ("resolution date", "resolution_date", "resolution.set", "resolution_id", "resolutions"),
    ("outcome", "outcome", "outcome.record", "outcome_id", "outcomes"),
    ("retrospective", "retrospective", "retrospective.record", "retrospective_id",
     "retrospectives"),
)
_CONTENT_OF: dict[str, tuple[type[Any], Any]] = {
    "resolution_date": (ResolutionDate, resolution_content),
    "outcome": (Outcome, outcome_content),
    "retrospective": (Retrospective, retrospective_content),
}


def sealed_content_hash(name: str, row: Row) -> str:
    """The content hash the origin's entry sealed for a carried row of table `name` (one of
    SEALED_CONTENT's), recomputed from the row as a bundle carries it."""
    model, content = _CONTENT_OF[name]
    return content_hash(content(model(**decode(name, row))))


@dataclass(frozen=True)
class KeptPlaybook:
    sha256: str
    playbook_id: str
    version: str
    content: bytes


@dataclass
class ImportPlan:
    rows: dict[str, dict[str, list[Row]]] = field(default_factory=dict)  # case -> table -> rows
    held: list[str] = field(default_factory=list)  # cases the record holds whole already

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class ImportOutcome:
    imported: tuple[str, ...]  # cases with rows written
    held: tuple[str, ...]
    rows: int
    playbooks: int


def plan_import(session: Session, cases: Mapping[str, Mapping[str, Sequence[Row]]]) -> ImportPlan:
    """What the record lacks of `cases` (id -> table -> rows); InvalidInput on a conflict."""
    plan = ImportPlan()
    held = {str(model.__tablename__): _held_rows(session, str(model.__tablename__), cases)
            for model in IMPORTED_TABLES}
    for case_id, tables in cases.items():
        present = case_id in held["assessment"]
        missing: dict[str, list[Row]] = {}
        for model in IMPORTED_TABLES:
            name = str(model.__tablename__)
            table = table_of(name)
            for row in tables.get(name, ()):
                here = held[name].get(key_of(name, row))
                if here is None:
                    missing.setdefault(name, []).append(row)
                elif here != _comparable(table, row):
                    what = "" if name == "assessment" else (
                        f"{name.replace('_', ' ')} {key_of(name, row)} of ")
                    raise InvalidInput(f"conflict: {what}assessment {case_id} is held here with "
                                       "other content; nothing was imported")
        if present and set(missing) - ADDABLE:
            raise InvalidInput(
                f"conflict: assessment {case_id} is held here in another state (it lacks the "
                f"bundle's {', '.join(sorted(set(missing) - ADDABLE))}); nothing was imported")
        if missing:
            plan.rows[case_id] = missing
        else:
            plan.held.append(case_id)
    return plan


LOOKUP_BATCH = 500


def _held_rows(session: Session, name: str,
               cases: Mapping[str, Mapping[str, Sequence[Row]]]) -> dict[str, Row]:
    """The rows of table `name` the record holds with the keys the bundle's rows have (looked
    up in batches, encoded as a bundle writes them)."""
    table = table_of(name)
    (pk,) = table.primary_key.columns
    keys = [key_of(name, row) for tables in cases.values() for row in tables.get(name, ())]
    columns = [c for c in table.columns if not isinstance(c.type, sa.LargeBinary)]
    found: dict[str, Row] = {}
    for start in range(0, len(keys), LOOKUP_BATCH):
        for held in session.execute(sa.select(*columns).where(
                pk.in_(keys[start:start + LOOKUP_BATCH]))):
            row = encode(table, dict(held._mapping))
            found[key_of(name, row)] = row
    return found


def _comparable(table: sa.Table, row: Row) -> Row:
    """A bundle row as `encode` gives it from the database (its text round-tripped)."""
    return {c.name: row.get(c.name) for c in table.columns if c.name in row}


def import_cases(db: Database, cases: Mapping[str, Mapping[str, Sequence[Row]]],
                 playbooks: Sequence[KeptPlaybook], memo_pdfs: Mapping[str, bytes], *,
                 actor: str, provenance: Mapping[str, Any],
                 progress: Progress = no_progress) -> ImportOutcome:
    with db.write_session() as session:
        progress("Comparing with this record", 0, 1)
        plan = plan_import(session, cases)
        if plan.empty:
            return ImportOutcome((), tuple(plan.held), 0, 0)
        kept = sum(_keep_playbook(session, p, actor) for p in playbooks)
        count = 0
        finals: dict[str, Row] = {}
        steps = len(IMPORTED_TABLES) + len(plan.rows)
        # A revision names the one it supersedes: oldest revision first (a bundle lists its
        # cases by id, and a revision's id may sort before its predecessor's).
        order = sorted(plan.rows, key=lambda case: _lineage_place(plan.rows[case]))
        for step, model in enumerate(IMPORTED_TABLES):  # table by table, in foreign-key order
            progress("Writing the cases", step, steps)
            name = str(model.__tablename__)
            batch = []
            for case_id in order:
                tables = plan.rows[case_id]
                for row in tables.get(name, ()):
                    values = decode(name, row)
                    if name == "assessment":  # written as a draft, its rows under it, then
                        finals[case_id] = values  # given its state (the freeze triggers)
                        values = {**values, "status": "draft", "superseded_by_id": None}
                    if name == "memo":  # the stored bytes, checked against the row's SHA-256
                        values["pdf"] = memo_pdfs[values["id"]]
                    batch.append(values)
            if batch:
                session.execute(sa.insert(table_of(name)), batch)
                count += len(batch)
        _set_states(session, finals, {c for c, t in plan.rows.items() if t.get("decision")})
        # Each decided case's record hash, recomputed from the rows just inserted, all at once.
        recomputed = frozen_record_hashes(session, [c for c, t in plan.rows.items()
                                                    if t.get("decision")])
        entries = []
        for number, (case_id, tables) in enumerate(plan.rows.items()):
            if number % 500 == 0:
                progress("Writing the cases", len(IMPORTED_TABLES) + number, steps)
            entries.append(NewEntry(CASE_ACTION, "assessment", case_id,
                                    _case_payload(case_id, tables, provenance, recomputed)))
        entries.append(NewEntry(IMPORT_ACTION, "bundle", str(provenance["bundle_sha256"]),
                                {**provenance, "imported": sorted(plan.rows),
                                 "held": sorted(plan.held), "rows": count}))
        progress("Indexing the cases for search", steps - 1, steps)
        # All in one pass, oldest change first: on SQLite the text index's order is that of
        # the last change (models.search_index), so "newest first" lists them as the origin.
        reindex_assessments(session, sorted(plan.rows, key=lambda case: _changed(finals, case)))
        append_entries(session, actor=actor, entries=entries)
        progress("Committing", steps, steps)  # the last moment a cancel leaves nothing written
    return ImportOutcome(tuple(plan.rows), tuple(plan.held), count, kept)


def _changed(finals: Mapping[str, Row], case_id: str) -> tuple[str, str]:
    """A case's last change as sortable text (a held case adding rows: first, unchanged)."""
    values = finals.get(case_id)
    return (values["updated_at"].isoformat() if values else "", case_id)


def _lineage_place(tables: Mapping[str, Sequence[Row]]) -> tuple[str, int]:
    """Where a case's rows go in the insert order: by lineage, oldest revision first (a case
    whose assessment row is held already adds only rows under it: anywhere will do)."""
    rows = tables.get("assessment", ())
    return (str(rows[0]["root_id"]), int(rows[0]["revision"])) if rows else ("", 0)


def _set_states(session: Session, finals: Mapping[str, Row], decided: set[str]) -> None:
    """Each inserted case gets its origin's status the way the workflow moves it: decided ones
    from draft to decided, then superseded ones linked to their successor (one executemany per
    kind of change: the freeze triggers still see each row's own UPDATE)."""
    first = [{"target": case_id, "status": "decided" if case_id in decided else v["status"]}
             for case_id, v in finals.items() if v["status"] != "draft"]
    superseded = [{"target": case_id, "status": "superseded",
                   "superseded_by_id": v["superseded_by_id"]} for case_id, v in finals.items()
                  if v["status"] == "superseded" and case_id in decided]
    linked = [{"target": case_id, "superseded_by_id": v["superseded_by_id"]}
              for case_id, v in finals.items() if v["superseded_by_id"]
              and not (v["status"] == "superseded" and case_id in decided)]
    table = table_of("assessment")
    by_id = sa.update(table).where(table.c.id == sa.bindparam("target"))
    for changes in (first, superseded, linked):
        if changes:
            session.execute(by_id, changes)


def _case_payload(case_id: str, tables: Mapping[str, Sequence[Row]],
                  provenance: Mapping[str, Any],
                  recomputed: Mapping[str, str | None]) -> dict[str, Any]:
    """What the case's entry seals: the rows it added, with the content hashes the audit check
    compares them with (the decision by its record hash, `recomputed` from the rows)."""
    payload: dict[str, Any] = {"assessment_id": case_id,
                               "bundle_sha256": provenance["bundle_sha256"],
                               "origin_record": provenance["origin"]["record_id"]}
    for decision in tables.get("decision", ()):
        if recomputed.get(case_id) != decision["record_hash"]:
            raise InvalidInput(f"assessment {case_id}: its rows do not give the record hash its "
                               "decision recorded; nothing was imported")
        payload["decision_id"] = decision["id"]
        payload["record_hash"] = decision["record_hash"]
    dissents = tables.get("dissent", ())
    if dissents:
        payload["dissents"] = {d["id"]: {"decision_id": d["decision_id"], "reviewer": d["reviewer"],
                                         "text_sha256": sha256_hex(d["text"])} for d in dissents}
    notes = tables.get("case_note", ())
    if notes:
        payload["notes"] = {n["id"]: {"author": n["author"], "text_sha256": sha256_hex(n["text"])}
                            for n in notes}
    signatures = tables.get("memo_signature", ())
    memos = tables.get("memo", ())
    if memos:
        payload["memos"] = {m["id"]: {
            **{key: m[key] for key in ("reference", "stage", "sha256", "audit_head")},
            "signers": [s["cert_fingerprint"] for s in sorted(
                (s for s in signatures if s["memo_id"] == m["id"]), key=lambda s: s["sequence"])],
        } for m in memos}
    for _, name, _, _, sealed_as in SEALED_CONTENT:
        if tables.get(name):
            payload[sealed_as] = {row["id"]: sealed_content_hash(name, row)
                                  for row in tables[name]}
    if tables.get("assessment"):
        payload["rows"] = {name: len(rows) for name, rows in tables.items()}
    return payload


def _keep_playbook(session: Session, playbook: KeptPlaybook, actor: str) -> bool:
    if session.get(PlaybookFile, playbook.sha256) is not None:
        return False
    clash = session.execute(
        sa.select(PlaybookFile.sha256).where(  # type: ignore[call-overload]
            PlaybookFile.playbook_id == playbook.playbook_id,
            PlaybookFile.version == playbook.version)).first()
    if clash is not None:
        raise InvalidInput(f"conflict: playbook {playbook.playbook_id} {playbook.version} is kept "
                           "here with other bytes; nothing was imported")
    session.execute(sa.insert(PlaybookFile).values(
        sha256=playbook.sha256, playbook_id=playbook.playbook_id, version=playbook.version,
        content=playbook.content, stored_at=utc_now(), stored_by=actor))
    append_entry(session, actor=actor, action="playbook.store", entity_type="playbook",
                 entity_id=playbook.sha256,
                 payload={"sha256": playbook.sha256, "playbook_id": playbook.playbook_id,
                          "version": playbook.version, "bytes": len(playbook.content)})
    return True
