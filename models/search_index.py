"""Writing the search index (models.search queries it): each assessment's search row (the
columns a search filters and sorts on) and its indexed text and terms.

`reindex_assessments` refreshes any number of assessments with a fixed number of statements
per batch of BATCH assessments: every part of their text is read with one query per table for
the whole batch, and the rows are written with one executemany per kind of change. A workflow
change refreshes its one assessment (`reindex_assessment`) through the same code; a bundle
import refreshes thousands at once (one query per table and assessment made indexing 40 % of an
import: bench/bundle_bench.py).

Indexed per assessment, in this order: title, proposed action, crisis, every rationale, every
evidence summary and source, the options (`option_parts`), the names (and ISO codes) of the
members whose positions it records, and what was recorded afterwards (`outcome_parts`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlmodel import Session, col

from models.errors import NotFound
from models.search_text import search_terms
from models.tables import (
    Answer,
    Assessment,
    CaseOption,
    Decision,
    EvidenceItem,
    MemberPosition,
    MemberState,
    OptionAnswer,
    Outcome,
    Retrospective,
    UTCDateTime,
)

BATCH = 500  # assessments read and written per round (bound parameters stay well under limits)

search_table = sa.table(
    "assessment_search",
    sa.column("doc_id", sa.Integer),  # SQLite only: the FTS5 rowid
    sa.column("assessment_id", sa.String),
    sa.column("updated_at", UTCDateTime()),
    sa.column("status", sa.String),
    sa.column("playbook_id", sa.String),
    sa.column("verdict", sa.String),
    sa.column("decision", sa.String),
    sa.column("document", TSVECTOR),  # PostgreSQL only
)
text_sqlite = sa.table(
    "assessment_search_text",
    sa.column("doc_id", sa.Integer),
    sa.column("content", sa.Text),
    sa.column("terms", sa.Text),
)
text_postgresql = sa.table(
    "assessment_search_text",
    sa.column("assessment_id", sa.String),
    sa.column("content", sa.Text),
)

Parts = dict[str, list[str]]  # assessment id -> pieces of its text, in index order


@dataclass(frozen=True)
class _Document:
    assessment_id: str
    fields: dict[str, Any]  # the search row's columns but the id (and doc_id / document)
    content: str  # the text snippets are cut from
    terms: list[str]  # distinct search terms, in order of first appearance


def reindex_assessment(session: Session, assessment_id: str) -> None:
    """Refresh one assessment's search row and text, inside the caller's write transaction
    (called by every workflow change, so the copied columns never lag behind)."""
    reindex_assessments(session, [assessment_id])


def reindex_assessments(session: Session, assessment_ids: Sequence[str]) -> None:
    """Refresh the search rows and text of `assessment_ids` (each must exist), inside the
    caller's write transaction. On SQLite, assessments given a new text-index row get them in
    the order given (see _write_sqlite)."""
    session.flush()  # the workflow's pending changes are what gets indexed
    ids = list(dict.fromkeys(assessment_ids))
    postgresql = session.get_bind().dialect.name == "postgresql"
    for start in range(0, len(ids), BATCH):
        documents = _documents(session, ids[start:start + BATCH])
        if postgresql:
            _write_postgresql(session, documents)
        else:
            _write_sqlite(session, documents)


# --- what is indexed ---------------------------------------------------------------------------


def _grouped(rows: Iterable[Any]) -> Parts:
    """(assessment id, text, ...) rows -> the texts of each assessment, in row order."""
    parts: Parts = {}
    for assessment_id, *texts in rows:
        parts.setdefault(assessment_id, []).extend(texts)
    return parts


def _documents(session: Session, ids: list[str]) -> list[_Document]:
    """The documents of `ids` (in that order), every part read once for all of them."""
    assessments = {r.id: r for r in session.execute(
        sa.select(col(Assessment.id), col(Assessment.title), col(Assessment.proposed_action),
                  col(Assessment.crisis), col(Assessment.updated_at), col(Assessment.status),
                  col(Assessment.playbook_id))
        .where(col(Assessment.id).in_(ids))
    )}  # fmt: skip
    missing = [i for i in ids if i not in assessments]
    if missing:
        raise NotFound(f"no assessment with id {missing[0]}")
    decisions = {r.assessment_id: r for r in session.execute(
        sa.select(col(Decision.assessment_id), col(Decision.verdict), col(Decision.decision))
        .where(col(Decision.assessment_id).in_(ids))
    )}  # fmt: skip
    rationales = _grouped(session.execute(
        sa.select(col(Answer.assessment_id), col(Answer.rationale))
        .where(col(Answer.assessment_id).in_(ids))
        .order_by(col(Answer.assessment_id), col(Answer.question_id))
    ))  # fmt: skip
    evidence = _grouped(session.execute(
        sa.select(col(Answer.assessment_id), col(EvidenceItem.summary), col(EvidenceItem.source))
        .join(Answer, col(Answer.id) == col(EvidenceItem.answer_id))
        .where(col(Answer.assessment_id).in_(ids))
        .order_by(col(Answer.assessment_id), col(Answer.question_id), col(EvidenceItem.position))
    ))  # fmt: skip
    options = option_parts(session, ids)
    members: dict[str, list[str]] = {}
    for assessment_id, iso, name in session.execute(
        sa.select(col(MemberPosition.assessment_id), col(MemberPosition.member_iso),
                  col(MemberState.name))
        .distinct()
        .outerjoin(MemberState, col(MemberState.iso) == col(MemberPosition.member_iso))
        .where(col(MemberPosition.assessment_id).in_(ids))
        .order_by(col(MemberPosition.assessment_id), col(MemberPosition.member_iso))
    ):  # fmt: skip
        members.setdefault(assessment_id, []).append(f"{name or iso} ({iso})")
    outcomes = outcome_parts(session, ids)
    documents = []
    for assessment_id in ids:
        a = assessments[assessment_id]
        parts = [a.title, a.proposed_action, a.crisis, *rationales.get(assessment_id, ()),
                 *evidence.get(assessment_id, ()), *options.get(assessment_id, ())]
        if assessment_id in members:
            parts.append(" · ".join(members[assessment_id]))
        parts += outcomes.get(assessment_id, ())
        content = "\n".join(p.replace("\x00", "") for p in parts if p and p.strip())
        decided = decisions.get(assessment_id)
        documents.append(_Document(
            assessment_id,
            {"updated_at": a.updated_at, "status": a.status, "playbook_id": a.playbook_id,
             "verdict": decided.verdict if decided else None,
             "decision": decided.decision if decided else None},
            content, list(dict.fromkeys(search_terms(content)))))  # fmt: skip
    return documents


def option_parts(session: Session, assessment_ids: Sequence[str]) -> Parts:
    """Each case's options (none on a single proposed action): their titles, descriptions and
    the rationales of their answers (migration 0007)."""
    parts = _grouped(session.execute(
        sa.select(col(CaseOption.assessment_id), col(CaseOption.title),
                  col(CaseOption.description))
        .where(col(CaseOption.assessment_id).in_(assessment_ids))
        .order_by(col(CaseOption.assessment_id), col(CaseOption.position))
    ))  # fmt: skip
    for assessment_id, texts in _grouped(session.execute(
        sa.select(col(OptionAnswer.assessment_id), col(OptionAnswer.rationale))
        .join(CaseOption, col(CaseOption.id) == col(OptionAnswer.option_id))
        .where(col(OptionAnswer.assessment_id).in_(assessment_ids))
        .order_by(col(OptionAnswer.assessment_id), col(CaseOption.position),
                  col(OptionAnswer.question_id))
    )).items():  # fmt: skip
        parts.setdefault(assessment_id, []).extend(texts)
    return parts


def outcome_parts(session: Session, assessment_ids: Sequence[str]) -> Parts:
    """What was recorded afterwards (issue 16): outcome notes and their evidence, and the
    decision's retrospectives, oldest first (none before anything is recorded)."""
    parts: Parts = {}
    for assessment_id, note, evidence in session.execute(
        sa.select(col(Outcome.assessment_id), col(Outcome.note), col(Outcome.evidence))
        .where(col(Outcome.assessment_id).in_(assessment_ids))
        .order_by(col(Outcome.assessment_id), col(Outcome.recorded_at), col(Outcome.id))
    ):  # fmt: skip
        parts.setdefault(assessment_id, []).append(note)
        parts[assessment_id] += [f"{item.get('summary', '')} {item.get('source', '')}"
                                 for item in evidence]
    for assessment_id, texts in _grouped(session.execute(
        sa.select(col(Retrospective.assessment_id), col(Retrospective.wrong),
                  col(Retrospective.again))
        .where(col(Retrospective.assessment_id).in_(assessment_ids))
        .order_by(col(Retrospective.assessment_id), col(Retrospective.recorded_at),
                  col(Retrospective.id))
    )).items():  # fmt: skip
        parts.setdefault(assessment_id, []).extend(texts)
    return parts


# --- writing the rows --------------------------------------------------------------------------


def _write_postgresql(session: Session, documents: list[_Document]) -> None:
    ids = [d.assessment_id for d in documents]
    held = set(session.execute(sa.select(search_table.c.assessment_id)
                               .where(search_table.c.assessment_id.in_(ids))).scalars())
    document = sa.func.array_to_tsvector(sa.cast(sa.bindparam("terms"), ARRAY(sa.Text)))
    _many(session, sa.update(search_table).where(
        search_table.c.assessment_id == sa.bindparam("target")).values(document=document),
        [{**d.fields, "target": d.assessment_id, "terms": d.terms}
         for d in documents if d.assessment_id in held])
    _many(session, sa.insert(search_table).values(document=document),
          [{**d.fields, "assessment_id": d.assessment_id, "terms": d.terms}
           for d in documents if d.assessment_id not in held])
    text_held = set(session.execute(sa.select(text_postgresql.c.assessment_id)
                                    .where(text_postgresql.c.assessment_id.in_(ids))).scalars())
    _many(session, sa.update(text_postgresql)
          .where(text_postgresql.c.assessment_id == sa.bindparam("target")),
          [{"target": d.assessment_id, "content": d.content}
           for d in documents if d.assessment_id in text_held])
    _many(session, sa.insert(text_postgresql),
          [{"assessment_id": d.assessment_id, "content": d.content}
           for d in documents if d.assessment_id not in text_held])


def _write_sqlite(session: Session, documents: list[_Document]) -> None:
    """SQLite keeps doc_id (the text index's rowid) in order of the last change: an assessment
    whose updated_at changed gets a new, highest doc_id (its old rows deleted), so "newest
    first" is the text index's own rowid order, which stops after one page instead of sorting
    every match (bench, 100k records: a common word's first page 50-70 ms sorted, under 1 ms
    in rowid order). One whose updated_at is unchanged keeps its doc_id."""
    ids = [d.assessment_id for d in documents]
    current: dict[str, tuple[int, datetime]] = {
        r.assessment_id: (r.doc_id, r.updated_at) for r in session.execute(
            sa.select(search_table.c.assessment_id, search_table.c.doc_id,
                      search_table.c.updated_at)
            .where(search_table.c.assessment_id.in_(ids)))}  # fmt: skip
    doc_ids = {i: current[i][0] for i in ids if i in current}
    kept = {d.assessment_id for d in documents if d.assessment_id in current
            and current[d.assessment_id][1] == d.fields["updated_at"]}
    renewed = [d for d in documents if d.assessment_id not in kept]
    stale = [{"old": doc_ids.pop(d.assessment_id)} for d in renewed if d.assessment_id in current]
    _many(session, sa.delete(text_sqlite).where(text_sqlite.c.doc_id == sa.bindparam("old")),
          stale)
    _many(session, sa.delete(search_table).where(search_table.c.doc_id == sa.bindparam("old")),
          stale)
    _many(session, sa.update(search_table)
          .where(search_table.c.assessment_id == sa.bindparam("target")),
          [{**d.fields, "target": d.assessment_id} for d in documents
           if d.assessment_id in kept])
    # New rows in the order given: each takes the next, highest doc_id.
    _many(session, sa.insert(search_table),
          [{**d.fields, "assessment_id": d.assessment_id} for d in renewed])
    if renewed:
        doc_ids |= {r.assessment_id: r.doc_id for r in session.execute(
            sa.select(search_table.c.assessment_id, search_table.c.doc_id)
            .where(search_table.c.assessment_id.in_([d.assessment_id for d in renewed])))}
    with_text = set(session.execute(sa.select(text_sqlite.c.doc_id).where(
        text_sqlite.c.doc_id.in_([doc_ids[i] for i in kept]))).scalars()) if kept else set()
    texts = [{"doc_id": doc_ids[d.assessment_id], "content": d.content,
              "terms": " ".join(d.terms)} for d in documents]
    _many(session, sa.update(text_sqlite).where(text_sqlite.c.doc_id == sa.bindparam("target")),
          [{"target": t["doc_id"], "content": t["content"], "terms": t["terms"]}
           for t in texts if t["doc_id"] in with_text])
    _many(session, sa.insert(text_sqlite), [t for t in texts if t["doc_id"] not in with_text])


def _many(session: Session, statement: Any, rows: list[dict[str, Any]]) -> None:
    """Run `statement` once for each of `rows` (one executemany; nothing when there are none)."""
    if rows:
        session.execute(statement, rows)
