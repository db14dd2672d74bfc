"""The rows a bundle carries (docs/bundle-format.md): reading them from a record as JSON-ready
mappings, and turning such mappings back into rows another record can insert.

A row is written as its columns by name, timestamps as ISO 8601 text with their microseconds
(so a record hash recomputed from the rows on the receiving side is the origin's), dates as
YYYY-MM-DD and JSON columns as they are. Memo PDFs and playbook files travel as files of their
own; their rows here carry everything else.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
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
    for column in table_of(name).columns:
        if column.name not in row:
            continue
        value = row[column.name]
        if value is not None and isinstance(column.type, UTCDateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, sa.Date):
            value = date.fromisoformat(value)
        values[column.name] = value
    return values


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

    def select(name: str, where: Any) -> list[Row]:
        table = table_of(name)
        columns = [c for c in table.columns if not isinstance(c.type, sa.LargeBinary)]
        order = [table.c.created_at] if name == "memo" else []  # a later stage names its
        order += list(table.primary_key.columns)  # predecessor (supersedes_memo_id)
        return [encode(table, dict(r._mapping))
                for r in session.execute(sa.select(*columns).where(where).order_by(*order))]

    t = {name: table_of(name).c for name in TABLE_NAMES}
    decision_ids = sa.select(t["decision"].id).where(t["decision"].assessment_id == assessment_id)
    answer_ids = sa.select(t["answer"].id).where(t["answer"].assessment_id == assessment_id)
    memo_ids = sa.select(t["memo"].id).where(t["memo"].assessment_id == assessment_id)
    condition_ids = sa.select(t["decision_condition"].id).where(
        t["decision_condition"].decision_id.in_(decision_ids))
    return {
        "assessment": select("assessment", t["assessment"].id == assessment_id),
        "answer": select("answer", t["answer"].assessment_id == assessment_id),
        "evidence_item": select("evidence_item", t["evidence_item"].answer_id.in_(answer_ids)),
        "member_position": select("member_position",
                                  t["member_position"].assessment_id == assessment_id),
        "case_option": select("case_option", t["case_option"].assessment_id == assessment_id),
        "option_answer": select("option_answer",
                                t["option_answer"].assessment_id == assessment_id),
        "decision": select("decision", t["decision"].assessment_id == assessment_id),
        "decision_option": select("decision_option",
                                  t["decision_option"].decision_id.in_(decision_ids)),
        "decision_condition": select("decision_condition",
                                     t["decision_condition"].decision_id.in_(decision_ids)),
        "dissent": select("dissent", t["dissent"].decision_id.in_(decision_ids)),
        "case_note": select("case_note", t["case_note"].assessment_id == assessment_id),
        "routing_step": select("routing_step", t["routing_step"].assessment_id == assessment_id),
        "condition_review": select("condition_review",
                                   t["condition_review"].condition_id.in_(condition_ids)),
        "memo": select("memo", t["memo"].assessment_id == assessment_id),
        "memo_signature": select("memo_signature", t["memo_signature"].memo_id.in_(memo_ids)),
        **{name: select(name, t[name].assessment_id == assessment_id)
           for name in ("resolution_date", "outcome", "retrospective")},
    }


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
        cases = {case_id: case_rows(session, case_id) for case_id in ids}
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
