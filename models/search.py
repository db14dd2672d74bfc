"""Finding assessments: full-text search with filters, the same on SQLite and PostgreSQL.

Indexed per assessment: title, proposed action, crisis, every rationale, every evidence summary
and source, and the names (and ISO codes) of the members whose positions it records.

Both databases match the same tokens, because the tokens are made here, in Python:
`search_terms` folds case and accents and splits on anything that is not a letter, digit or
mark. The index stores those tokens verbatim (FTS5 'ascii' tokenizer / array_to_tsvector) and a
query is built only from quoted tokens of the same function, so no user text is ever parsed as
query syntax: quotes, AND/OR/NOT, NEAR(, `*`, `-`, `:` and control characters are just text.
The last word of the query matches as a prefix (search as you type).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY, TSQUERY, TSVECTOR
from sqlmodel import Session

from models.db import Database
from models.errors import InvalidInput
from models.search_rows import AssessmentRow, SearchPage
from models.tables import (
    Answer,
    Assessment,
    Decision,
    EvidenceItem,
    MemberPosition,
    MemberState,
    UTCDateTime,
)

MAX_TOKEN_CHARS = 60  # longer tokens are cut (both when indexing and when querying)
MAX_QUERY_TOKENS = 16
# Only the first 16 words count, so longer text is cut before it is read: a pasted 10 MB text
# otherwise took seconds to tokenize and fold before matching the same 16 words.
MAX_QUERY_CHARS = 2_000
SNIPPET_CHARS = 160
ORDERS = ("newest", "oldest", "title", "relevance")


_ASCII_TOKEN = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    if text.isascii():  # the same result, without the per-character walk
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _is_token_char(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] in "LN" or category == "Mc"


def search_terms(text: str) -> list[str]:
    """The tokens of `text`, in order (duplicates kept): the single definition of a word."""
    if text.isascii():
        # ASCII letters and digits are its only token characters (categories L and N): the
        # same tokens as the walk below, found by the regex engine (bench: snippets spent most
        # of a search's time here).
        return [token[:MAX_TOKEN_CHARS] for token in _ASCII_TOKEN.findall(text.lower())]
    tokens: list[str] = []
    current: list[str] = []
    for character in _fold(text):
        if _is_token_char(character):
            current.append(character)
        elif current:
            tokens.append("".join(current)[:MAX_TOKEN_CHARS])
            current = []
    if current:
        tokens.append("".join(current)[:MAX_TOKEN_CHARS])
    return tokens


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
_fts = sa.table("assessment_fts", sa.column("rowid", sa.Integer), sa.column("rank"))


def _document(session: Session, assessment: Assessment) -> tuple[str, list[str]]:
    """(content for snippets, distinct search terms) of one assessment."""
    parts = [assessment.title, assessment.proposed_action, assessment.crisis]
    parts += session.execute(
        sa.select(Answer.rationale)
        .where(Answer.assessment_id == assessment.id)
        .order_by(Answer.question_id)
    ).scalars()
    for summary, source in session.execute(
        sa.select(EvidenceItem.summary, EvidenceItem.source)
        .join(Answer, Answer.id == EvidenceItem.answer_id)
        .where(Answer.assessment_id == assessment.id)
        .order_by(Answer.question_id, EvidenceItem.position)
    ):
        parts += [summary, source]
    members = session.execute(
        sa.select(MemberPosition.member_iso, MemberState.name)
        .distinct()
        .outerjoin(MemberState, MemberState.iso == MemberPosition.member_iso)
        .where(MemberPosition.assessment_id == assessment.id)
        .order_by(MemberPosition.member_iso)
    ).all()
    if members:
        parts.append(" · ".join(f"{name or iso} ({iso})" for iso, name in members))
    content = "\n".join(p.replace("\x00", "") for p in parts if p and p.strip())
    return content, list(dict.fromkeys(search_terms(content)))


def reindex_assessment(session: Session, assessment_id: str) -> None:
    """Refresh one assessment's search row and text, inside the caller's write transaction
    (called by every workflow change, so the copied columns never lag behind)."""
    session.flush()
    assessment = session.execute(
        sa.select(Assessment)
        .where(Assessment.id == assessment_id)
        .execution_options(populate_existing=True)
    ).scalar_one()
    verdict, decision = session.execute(
        sa.select(Decision.verdict, Decision.decision).where(
            Decision.assessment_id == assessment_id
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
        if session.execute(sa.update(_search).where(by_id).values(**fields)).rowcount == 0:
            session.execute(sa.insert(_search).values(assessment_id=assessment_id, **fields))
        text_row = _text_postgresql.c.assessment_id == assessment_id
        if (
            session.execute(
                sa.update(_text_postgresql).where(text_row).values(content=content)
            ).rowcount
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
        session.execute(
            sa.update(_text_sqlite).where(text_row).values(content=content, terms=joined)
        ).rowcount
        == 0
    ):
        session.execute(
            sa.insert(_text_sqlite).values(doc_id=doc_id, content=content, terms=joined)
        )


# --- querying ---------------------------------------------------------------------------------


def _query_tokens(text: str) -> tuple[list[str], bool]:
    """The tokens to match and whether the last one is a prefix (the user is still typing)."""
    text = text[:MAX_QUERY_CHARS]
    tokens = search_terms(text.replace("\x00", ""))[:MAX_QUERY_TOKENS]
    typing = bool(tokens) and bool(text) and _is_token_char(_fold(text.rstrip("\x00"))[-1:] or " ")
    return tokens, typing


def _fts5_query(tokens: list[str], prefix: bool) -> str:
    # Tokens hold only letters, digits and marks, so quoting them needs no escaping.
    quoted = [f'"{token}"' for token in tokens]
    if prefix:
        quoted[-1] += "*"
    return " AND ".join(quoted)


def _tsquery(tokens: list[str], prefix: bool) -> str:
    quoted = [f"'{token}'" for token in tokens]
    if prefix:
        quoted[-1] += ":*"
    return " & ".join(quoted)


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
) -> SearchPage:
    """One page of assessments matching `text` (any text) and the filters, and the total count.

    Filters take one value or several. Dates filter on the last change (updated_at): a `date`
    means the whole day (UTC); `date_to` is inclusive. `order`: newest, oldest, title or
    relevance (relevance without text means newest).

    `count_limit`: count at most that many matches (the total is then "more than", see
    SearchPage.total_exact). Searching as one types wants the first page at once; an exact
    count of 90,000 matches costs more than the page (bench, 100k records: 20-50 ms on SQLite,
    about 200 ms on PostgreSQL).
    """
    if order not in ORDERS:
        raise InvalidInput(f"unknown order {order!r} (expected one of {', '.join(ORDERS)})")
    if limit < 0 or offset < 0:
        raise InvalidInput("limit and offset cannot be negative")
    tokens, prefix = _query_tokens(text or "")
    s = _search
    source: Any = s
    conditions: list[Any] = []
    rank: Any = None
    if tokens and db.dialect == "sqlite":
        source = source.join(_fts, _fts.c.rowid == s.c.doc_id)
        match = sa.bindparam("fts_query", _fts5_query(tokens, prefix), type_=sa.Text)
        conditions.append(sa.literal_column("assessment_fts").op("MATCH")(match))
        rank = _fts.c.rank  # bm25: lower is better
    elif tokens:
        # A cast, not to_tsquery(): the lexemes are taken verbatim, as they were indexed.
        query = sa.cast(sa.bindparam("ts_query", _tsquery(tokens, prefix), type_=sa.Text), TSQUERY)
        conditions.append(s.c.document.op("@@")(query))
        rank = -sa.func.ts_rank(s.c.document, query)
    if playbook_id is not None:
        conditions.append(s.c.playbook_id == playbook_id)
    for column, wanted in ((s.c.status, status), (s.c.verdict, verdict), (s.c.decision, decision)):
        values = _as_list(wanted)
        if values is not None:
            conditions.append(column.in_(values))
    if date_from is not None:
        conditions.append(s.c.updated_at >= _moment(date_from))
    if date_to is not None:
        if isinstance(date_to, datetime):
            conditions.append(s.c.updated_at <= _moment(date_to))
        else:
            conditions.append(s.c.updated_at < _moment(date_to) + timedelta(days=1))
    newest = [s.c.updated_at.desc(), s.c.assessment_id]
    if tokens and db.dialect == "sqlite":
        newest = [_fts.c.rowid.desc()]  # the order of the last change (see reindex_assessment)
    if order == "title":
        a = Assessment.__table__
        source = source.join(a, a.c.id == s.c.assessment_id)
        ordering = [sa.func.lower(a.c.title), s.c.assessment_id]
    elif order == "oldest" and tokens and db.dialect == "sqlite":
        ordering = [_fts.c.rowid.asc()]
    elif order == "oldest":
        ordering = [s.c.updated_at.asc(), s.c.assessment_id]
    elif order == "relevance" and rank is not None:
        ordering = [rank, *newest]
    else:
        ordering = newest
    page_query = (
        sa.select(s.c.assessment_id)
        .select_from(source)
        .where(*conditions)
        .order_by(*ordering)
        .limit(limit)
        .offset(offset)
    )
    count_query = sa.select(sa.func.count()).select_from(source).where(*conditions)
    if count_limit is not None:
        matches = sa.select(sa.literal(1)).select_from(source).where(*conditions)
        count_query = sa.select(sa.func.count()).select_from(
            matches.limit(count_limit + 1).subquery()
        )
    with db.session(snapshot=True) as session:
        total = session.execute(count_query).scalar_one()
        ids = list(session.execute(page_query).scalars()) if limit else []
        rows = _rows(session, ids)
        snippets = _snippets(session, db.dialect, ids, tokens, prefix)
    return SearchPage(
        rows=[replace(rows[i], snippet=snippets.get(i, "")) for i in ids if i in rows],
        total=min(total, count_limit) if count_limit is not None else total,
        total_exact=count_limit is None or total <= count_limit,
    )


def _rows(session: Session, ids: list[str]) -> dict[str, AssessmentRow]:
    if not ids:
        return {}
    a = Assessment.__table__
    d = Decision.__table__
    found = session.execute(
        sa.select(
            a.c.id, a.c.title, a.c.playbook_id, a.c.status, d.c.verdict, d.c.decision,
            a.c.updated_at, a.c.revision, a.c.root_id,
        )
        .select_from(a.outerjoin(d, d.c.assessment_id == a.c.id))
        .where(a.c.id.in_(ids))
    ).all()  # fmt: skip
    return {
        r.id: AssessmentRow(
            id=r.id, title=r.title, playbook_id=r.playbook_id, status=r.status,
            verdict=r.verdict, decision=r.decision, updated_at=r.updated_at, snippet="",
            revision=r.revision, root_id=r.root_id,
        )
        for r in found
    }  # fmt: skip


def _moment(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def _as_list(value: str | tuple[str, ...] | list[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def _snippets(
    session: Session, dialect: str, ids: list[str], tokens: list[str], prefix: bool
) -> dict[str, str]:
    if not ids or not tokens:
        return {}
    if dialect == "sqlite":
        query = (
            sa.select(_search.c.assessment_id, _text_sqlite.c.content)
            .join(_text_sqlite, _text_sqlite.c.doc_id == _search.c.doc_id)
            .where(_search.c.assessment_id.in_(ids))
        )
    else:
        query = sa.select(_text_postgresql.c.assessment_id, _text_postgresql.c.content).where(
            _text_postgresql.c.assessment_id.in_(ids)
        )
    return {i: make_snippet(content, tokens, prefix) for i, content in session.execute(query)}


def make_snippet(content: str, tokens: list[str], prefix: bool) -> str:
    """The first line of `content` holding a searched word, cut around it."""
    wanted = set(tokens[:-1] if prefix else tokens)
    last = tokens[-1] if prefix else None
    for line in content.splitlines():
        # An ASCII line folds to its lower case, so it can only hold a searched word if the word
        # is in it as text: skip the per-character tokenizer for the lines that cannot match
        # (bench: snippets were 3/4 of a search's time at 100k records).
        if line.isascii() and not any(token in line.lower() for token in tokens):
            continue
        words = search_terms(line)
        hit = next(
            (w for w in words if w in wanted or (last is not None and w.startswith(last))), None
        )
        if hit is None:
            continue
        if len(line) <= SNIPPET_CHARS:
            return line
        where = _fold(line).find(hit)
        start = max(0, min(where - SNIPPET_CHARS // 3, len(line) - SNIPPET_CHARS))
        text = line[start : start + SNIPPET_CHARS]
        return ("…" if start else "") + text + ("…" if start + SNIPPET_CHARS < len(line) else "")
    return ""
