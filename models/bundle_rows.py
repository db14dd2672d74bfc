"""The rows a bundle carries (docs/bundle-format.md): reading them from a record as JSON-ready
mappings, and turning such mappings back into rows another record can insert.

A row is written as its columns by name, timestamps as ISO 8601 text with their microseconds
(so a record hash recomputed from the rows on the receiving side is the origin's), dates as
YYYY-MM-DD and JSON columns as they are. Memo PDFs and playbook files travel as files of their
own; their rows here carry everything else.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, SQLModel, col

from models.db import Database
from models.errors import InvalidInput
from models.tables import (
    Answer,
    Assessment,
    AuditEntry,
    CaseNote,
    CaseOption,
    ConditionReview,
    Decision,
    DecisionCondition,
    DecisionOption,
    Dissent,
    EvidenceItem,
    MemberPosition,
    Memo,
    MemoSignature,
    OptionAnswer,
    Outcome,
    PlaybookFile,
    ResolutionDate,
    Retrospective,
    RoutingStep,
    UTCDateTime,
)

Row = dict[str, Any]

# The tables a receiving record inserts, in an order their foreign keys allow (resolution
# dates while the case is still inserted as a draft: triggers refuse them on a decided one).
IMPORTED_TABLES: tuple[type[SQLModel], ...] = (
    Assessment, Answer, EvidenceItem, MemberPosition, CaseOption, OptionAnswer, ResolutionDate,
    Decision, DecisionOption, DecisionCondition, Dissent, CaseNote, Memo, MemoSignature,
    Outcome, Retrospective,
)  # fmt: skip
# Carried and checked against the origin's audit entries, not inserted (docs/bundle-format.md).
CARRIED_TABLES: tuple[type[SQLModel], ...] = (RoutingStep, ConditionReview)
ALL_TABLES = IMPORTED_TABLES + CARRIED_TABLES
TABLE_NAMES = tuple(str(t.__tablename__) for t in ALL_TABLES)
BY_NAME: dict[str, type[SQLModel]] = {str(t.__tablename__): t for t in ALL_TABLES}
# Added to a case the receiver already holds, when only these differ (new dissents, notes,
# memo stages, and outcomes or retrospectives recorded at the origin since an earlier import).
ADDABLE = frozenset({"dissent", "case_note", "memo", "memo_signature", "outcome",
                     "retrospective"})
# What a bundle of format version 1 (before outcomes were carried) holds no rows of.
NOT_IN_VERSION_1 = frozenset({"resolution_date", "outcome", "retrospective"})


def table_of(name: str) -> sa.Table:
    return BY_NAME[name].__table__  # type: ignore[attr-defined, no-any-return]


def columns_of(name: str) -> set[str]:
    """The columns a bundle writes for a row of table `name` (all but PDF bytes)."""
    table = AuditEntry.__table__ if name == "audit_entry" else table_of(name)  # type: ignore[attr-defined]
    return {c.name for c in table.columns if not isinstance(c.type, sa.LargeBinary)}


def key_of(name: str, row: Row) -> str:
    """The row's primary key as text (decision_option's is its decision's id)."""
    (column,) = table_of(name).primary_key.columns
    return str(row[column.name])


def encode(table: sa.Table, values: Any) -> Row:
    row: Row = {}
    for column in table.columns:
        if isinstance(column.type, sa.LargeBinary):
            continue  # memo PDFs travel as files of their own
        value = values[column.name] if isinstance(values, dict) else getattr(values, column.name)
        if isinstance(value, (datetime, date)):
            value = value.isoformat()
        row[column.name] = value
    return row


def decode(name: str, row: Row) -> Row:
    """The row's values as the table's columns take them (timestamps and dates parsed)."""
    values: Row = {}
    for column, parse in _parsers(name):
        if column not in row:
            continue
        value = row[column]
        values[column] = parse(value) if parse is not None and value is not None else value
    return values


@functools.cache
def _parsers(name: str) -> tuple[tuple[str, Callable[[str], Any] | None], ...]:
    """Each column of table `name` with what turns its bundle text back into a value (found
    once per table: a 10k-case import decodes some million values)."""
    parsers: list[tuple[str, Callable[[str], Any] | None]] = []
    for column in table_of(name).columns:
        if isinstance(column.type, UTCDateTime):
            parsers.append((column.name, datetime.fromisoformat))
        elif isinstance(column.type, sa.Date):
            parsers.append((column.name, date.fromisoformat))
        else:
            parsers.append((column.name, None))
    return tuple(parsers)


def lineages(session: Session, assessment_ids: Iterable[str] | None) -> list[str]:
    """The ids to carry: every revision of each given case (None: every case), oldest first."""
    query = sa.select(Assessment.id, Assessment.root_id, Assessment.revision)  # type: ignore[call-overload]
    rows = session.execute(query).all()
    if assessment_ids is None:
        chosen = rows
    else:
        roots = {root for id_, root, _ in rows if id_ in set(assessment_ids)}
        chosen = [r for r in rows if r.root_id in roots]
    return [r.id for r in sorted(chosen, key=lambda r: (r.root_id, r.revision))]


def case_rows(session: Session, assessment_id: str) -> dict[str, list[Row]]:
    """Every carried row of one assessment, by table name, in a stable order."""
    return cases_rows(session, [assessment_id])[assessment_id]


CHUNK = 500  # cases read per query (bound parameters stay well under every driver's limit)


def cases_rows(session: Session, assessment_ids: Sequence[str]) -> dict[str, dict[str, list[Row]]]:
    """Every carried row of each assessment, by table name, in a stable order: each table read
    once per CHUNK cases (one query per case and table made an export of 10k cases slow)."""
    t = {name: table_of(name).c for name in TABLE_NAMES}
    # Which case a row belongs to, for the tables that name it only through another row.
    owner: dict[str, tuple[Any, list[tuple[sa.Table, Any]]]] = {
        "assessment": (t["assessment"].id, []),
        "evidence_item": (t["answer"].assessment_id,
                          [(table_of("answer"), t["answer"].id == t["evidence_item"].answer_id)]),
        **{name: (t["decision"].assessment_id,
                  [(table_of("decision"), t["decision"].id == t[name].decision_id)])
           for name in ("decision_option", "decision_condition", "dissent")},
        "condition_review": (t["decision"].assessment_id, [
            (table_of("decision_condition"),
             t["decision_condition"].id == t["condition_review"].condition_id),
            (table_of("decision"), t["decision"].id == t["decision_condition"].decision_id)]),
        "memo_signature": (t["memo"].assessment_id,
                           [(table_of("memo"), t["memo"].id == t["memo_signature"].memo_id)]),
    }
    result: dict[str, dict[str, list[Row]]] = {
        case_id: {name: [] for name in TABLE_NAMES} for case_id in assessment_ids}
    for start in range(0, len(assessment_ids), CHUNK):
        chunk = list(assessment_ids[start:start + CHUNK])
        for name in TABLE_NAMES:
            table = table_of(name)
            case_column, joins = owner[name] if name in owner else (t[name].assessment_id, [])
            columns = [c for c in table.columns if not isinstance(c.type, sa.LargeBinary)]
            source: Any = table
            for other, on in joins:
                source = source.join(other, on)
            order = [table.c.created_at] if name == "memo" else []  # a later stage names its
            order += list(table.primary_key.columns)  # predecessor (supersedes_memo_id)
            query = (sa.select(case_column.label("_case"), *columns).select_from(source)
                     .where(case_column.in_(chunk)).order_by(*order))
            for row in session.execute(query):
                values = dict(row._mapping)
                result[values.pop("_case")][name].append(encode(table, values))
    return result


@dataclass(frozen=True)
class Extract:
    """What a bundle carries of a record, read in one snapshot."""

    cases: dict[str, dict[str, list[Row]]]  # id -> table -> rows, oldest revision first
    entries: list[Row]  # the whole audit chain
    playbooks: list[tuple[Row, bytes]]  # kept playbook files the cases use
    memo_pdfs: dict[str, bytes]  # by memo id


def extract(db: Database, assessment_ids: Sequence[str] | None) -> Extract:
    with db.session(snapshot=True) as session:
        ids = lineages(session, assessment_ids)
        unknown = sorted(set(assessment_ids or ()) - set(ids))
        if unknown:
            raise InvalidInput(f"not exported: no assessment {unknown[0]} in this record")
        cases = cases_rows(session, ids)
        audit = AuditEntry.__table__  # type: ignore[attr-defined]
        entries = [encode(audit, dict(row._mapping))
                   for row in session.execute(sa.select(audit).order_by(audit.c.seq))]
        hashes = sorted({row["playbook_hash"] for rows in cases.values()
                         for row in rows["assessment"]})
        kept = session.execute(sa.select(PlaybookFile).where(
            col(PlaybookFile.sha256).in_(hashes))).scalars()
        playbooks = [({"sha256": k.sha256, "playbook_id": k.playbook_id, "version": k.version},
                      k.content) for k in kept]
        memo_ids = [memo["id"] for rows in cases.values() for memo in rows["memo"]]
        memo_table = Memo.__table__  # type: ignore[attr-defined]
        pdfs = {row.id: row.pdf for row in session.execute(
            sa.select(memo_table.c.id, memo_table.c.pdf).where(memo_table.c.id.in_(memo_ids)))}
    return Extract(cases, entries, playbooks, pdfs)
