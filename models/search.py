"""Finding assessments: full-text search with filters, the same on SQLite and PostgreSQL.

Indexing (`reindex_assessment`, run inside every workflow change) and querying
(`search_assessments`, one statement for the page and its count). Indexed per assessment: title,
proposed action, crisis, every rationale, every evidence summary and source, and the names (and
ISO codes) of the members whose positions it records.

Both databases match the same tokens, because the tokens are made in Python, by
models.search_text (what a word is, the query's words, snippets). The index stores those tokens
verbatim (FTS5 'ascii' tokenizer / array_to_tsvector) and a query is built only from quoted
tokens of the same function, so no user text is ever parsed as query syntax: quotes,
AND/OR/NOT, NEAR(, `*`, `-`, `:` and control characters are just text. The last word of the
query matches as a prefix (search as you type).
"""

from __future__ import annotations

import functools
from collections.abc import Collection
from datetime import date, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlmodel import Session, col

from models.db import Database, translate_errors
from models.search_rows import SearchPage
from models.search_sql import MOMENT_PARAMETERS, search_page, search_statement
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

# --- indexing ---------------------------------------------------------------------------------

_search = sa.table(
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
_text_sqlite = sa.table(
    "assessment_search_text",
    sa.column("doc_id", sa.Integer),
    sa.column("content", sa.Text),
    sa.column("terms", sa.Text),
)
_text_postgresql = sa.table(
    "assessment_search_text",
    sa.column("assessment_id", sa.String),
    sa.column("content", sa.Text),
)



def _updated(session: Session, statement: sa.Update) -> int:
    """How many rows an UPDATE changed."""
    result = session.execute(statement)
    return int(cast("sa.CursorResult[Any]", result).rowcount)

def _document(session: Session, assessment: Assessment) -> tuple[str, list[str]]:
    """(content for snippets, distinct search terms) of one assessment."""
    parts = [assessment.title, assessment.proposed_action, assessment.crisis]
    parts += session.execute(
        sa.select(col(Answer.rationale))
        .where(col(Answer.assessment_id) == assessment.id)
        .order_by(Answer.question_id)
    ).scalars()
    for summary, source in session.execute(
        sa.select(col(EvidenceItem.summary), col(EvidenceItem.source))
        .join(Answer, col(Answer.id) == col(EvidenceItem.answer_id))
        .where(col(Answer.assessment_id) == assessment.id)
        .order_by(col(Answer.question_id), col(EvidenceItem.position))
    ):
        parts += [summary, source]
    parts += option_parts(session, assessment.id)
    members = session.execute(
        sa.select(col(MemberPosition.member_iso), col(MemberState.name))
        .distinct()
        .outerjoin(MemberState, col(MemberState.iso) == col(MemberPosition.member_iso))
        .where(col(MemberPosition.assessment_id) == assessment.id)
        .order_by(MemberPosition.member_iso)
    ).all()
    if members:
        parts.append(" · ".join(f"{name or iso} ({iso})" for iso, name in members))
    parts += outcome_parts(session, assessment.id)
    content = "\n".join(p.replace("\x00", "") for p in parts if p and p.strip())
    return content, list(dict.fromkeys(search_terms(content)))


def outcome_parts(session: Session, assessment_id: str) -> list[str]:
    """What was recorded afterwards (issue 16): outcome notes and their evidence, and the
    decision's retrospectives, oldest first (none before anything is recorded)."""
    parts: list[str] = []
    for note, evidence in session.execute(
        sa.select(col(Outcome.note), col(Outcome.evidence))
        .where(col(Outcome.assessment_id) == assessment_id)
        .order_by(col(Outcome.recorded_at), col(Outcome.id))
    ):
        parts.append(note)
        parts += [f"{item.get('summary', '')} {item.get('source', '')}" for item in evidence]
    for wrong, again in session.execute(
        sa.select(col(Retrospective.wrong), col(Retrospective.again))
        .where(col(Retrospective.assessment_id) == assessment_id)
        .order_by(col(Retrospective.recorded_at), col(Retrospective.id))
    ):
        parts += [wrong, again]
    return parts


def option_parts(session: Session, assessment_id: str) -> list[str]:
    """A case's options (none on a single proposed action): their titles, descriptions and
    the rationales of their answers (migration 0007)."""
    parts: list[str] = []
    for title, description in session.execute(
        sa.select(col(CaseOption.title), col(CaseOption.description))
        .where(col(CaseOption.assessment_id) == assessment_id)
        .order_by(col(CaseOption.position))
    ):
        parts += [title, description]
    parts += session.execute(
        sa.select(col(OptionAnswer.rationale))
        .join(CaseOption, col(CaseOption.id) == col(OptionAnswer.option_id))
        .where(col(OptionAnswer.assessment_id) == assessment_id)
        .order_by(col(CaseOption.position), col(OptionAnswer.question_id))
    ).scalars()
    return parts


def reindex_assessment(session: Session, assessment_id: str) -> None:
    """Refresh one assessment's search row and text, inside the caller's write transaction
    (called by every workflow change, so the copied columns never lag behind)."""
    session.flush()
    assessment = session.execute(
        sa.select(Assessment)
        .where(col(Assessment.id) == assessment_id)
        .execution_options(populate_existing=True)
    ).scalar_one()
    verdict, decision = session.execute(
        sa.select(col(Decision.verdict), col(Decision.decision)).where(
            col(Decision.assessment_id) == assessment_id
        )
    ).one_or_none() or (None, None)
    content, terms = _document(session, assessment)
    fields = {
        "updated_at": assessment.updated_at,
        "status": assessment.status,
        "playbook_id": assessment.playbook_id,
        "verdict": verdict,
        "decision": decision,
    }
    by_id = _search.c.assessment_id == assessment_id
    if session.get_bind().dialect.name == "postgresql":
        fields["document"] = sa.func.array_to_tsvector(sa.cast(terms, ARRAY(sa.Text)))
        if _updated(session, sa.update(_search).where(by_id).values(**fields)) == 0:
            session.execute(sa.insert(_search).values(assessment_id=assessment_id, **fields))
        text_row = _text_postgresql.c.assessment_id == assessment_id
        if (
            _updated(session, sa.update(_text_postgresql).where(text_row).values(content=content))
            == 0
        ):
            session.execute(
                sa.insert(_text_postgresql).values(assessment_id=assessment_id, content=content)
            )
        return
    # SQLite keeps doc_id (the text index's rowid) in order of the last change: a changed
    # assessment gets a new, highest doc_id, so "newest first" is the text index's own rowid
    # order, which stops after one page instead of sorting every match (bench, 100k records:
    # a common word's first page 50-70 ms sorted, under 1 ms in rowid order).
    current = session.execute(
        sa.select(_search.c.doc_id, _search.c.updated_at).where(by_id)
    ).one_or_none()
    doc_id = None
    if current is not None and current.updated_at == assessment.updated_at:
        doc_id = session.execute(
            sa.update(_search).where(by_id).values(**fields).returning(_search.c.doc_id)
        ).scalar_one()
    elif current is not None:
        session.execute(sa.delete(_text_sqlite).where(_text_sqlite.c.doc_id == current.doc_id))
        session.execute(sa.delete(_search).where(by_id))
    if doc_id is None:
        doc_id = session.execute(
            sa.insert(_search)
            .values(assessment_id=assessment_id, **fields)
            .returning(_search.c.doc_id)
        ).scalar_one()
    joined = " ".join(terms)
    text_row = _text_sqlite.c.doc_id == doc_id
    if (
        _updated(session, sa.update(_text_sqlite).where(text_row).values(content=content,
                                                                        terms=joined))
        == 0
    ):
        session.execute(
            sa.insert(_text_sqlite).values(doc_id=doc_id, content=content, terms=joined)
        )


# --- querying ---------------------------------------------------------------------------------


def search_assessments(
    db: Database,
    text: str = "",
    *,
    playbook_id: str | None = None,
    status: str | tuple[str, ...] | list[str] | None = None,
    verdict: str | tuple[str, ...] | list[str] | None = None,
    decision: str | tuple[str, ...] | list[str] | None = None,
    date_from: date | datetime | None = None,
    date_to: date | datetime | None = None,
    order: str = "newest",
    limit: int = 50,
    offset: int = 0,
    count_limit: int | None = None,
    ids: Collection[str] | None = None,
) -> SearchPage:
    """One page of assessments matching `text` (any text) and the filters, and the total count.

    `ids`: only these assessments (e.g. those with a missed call, models.outcome_filters); sent
    as one JSON parameter, however many there are.

    Filters take one value or several. Dates filter on the last change (updated_at): a `date`
    means the whole day (UTC); `date_to` is inclusive. `order`: newest, oldest, title or
    relevance (relevance without text means newest).

    `count_limit`: count at most that many matches (the total is then "more than", see
    SearchPage.total_exact). Searching as one types wants the first page at once; an exact
    count of 90,000 matches costs more than the page (bench, 100k records: 20-50 ms on SQLite,
    about 200 ms on PostgreSQL).
    """
    statement = search_statement(
        db.dialect, text, playbook_id=playbook_id, status=status, verdict=verdict,
        decision=decision, date_from=date_from, date_to=date_to, order=order, limit=limit,
        offset=offset, count_limit=count_limit, ids=ids,
    )
    return search_page(statement, _fetch(db, _statement(statement.sql), statement.params))


def _fetch(db: Database, statement: sa.TextualSelect, params: dict[str, Any]) -> list[Any]:
    """The rows of one read-only statement (it sees one snapshot by itself)."""
    with translate_errors(db), db.engine.connect() as connection:
        if db.dialect != "postgresql":
            return list(connection.execute(statement, params).all())
        # No transaction to begin and end around a single statement.
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        # psycopg prepares a statement once it has run five times, and PostgreSQL may then plan
        # it once for all words: a plan made without knowing how common the words are walks the
        # wrong index (bench, 100k records: p50 16 -> 64 ms). Planning it takes about 0.4 ms.
        driver = connection.connection.driver_connection
        assert driver is not None  # an open connection has its driver's
        threshold = driver.prepare_threshold
        driver.prepare_threshold = None
        try:
            return list(connection.execute(statement, params).all())
        finally:
            driver.prepare_threshold = threshold


@functools.lru_cache(maxsize=256)
def _statement(sql: str) -> sa.TextualSelect:
    """The statement for `sql`, built once: its parameters and column types are known."""
    return (
        sa.text(sql)
        .bindparams(
            *(
                sa.bindparam(name, type_=UTCDateTime())
                for name in MOMENT_PARAMETERS
                if f":{name}" in sql
            )
        )
        .columns(updated_at=UTCDateTime())
    )
