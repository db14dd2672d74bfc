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

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlmodel import Session

from models.db import Database
from models.errors import InvalidInput
from models.tables import Answer, Assessment, Decision, EvidenceItem, MemberPosition, MemberState

MAX_TOKEN_CHARS = 60  # longer tokens are cut (both when indexing and when querying)
MAX_QUERY_TOKENS = 16
SNIPPET_CHARS = 160
ORDERS = ("newest", "oldest", "title", "relevance")

_search_table = sa.table(
    "assessment_search",
    sa.column("assessment_id", sa.String),
    sa.column("content", sa.Text),
    sa.column("terms", sa.Text),
)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _is_token_char(character: str) -> bool:
    category = unicodedata.category(character)
    return category[0] in "LN" or category == "Mc"


def search_terms(text: str) -> list[str]:
    """The tokens of `text`, in order (duplicates kept): the single definition of a word."""
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


def _document(session: Session, assessment_id: str) -> tuple[str, str]:
    """(content for snippets, space-separated distinct terms) of one assessment."""
    assessment = session.get(Assessment, assessment_id)
    assert assessment is not None
    parts = [assessment.title, assessment.proposed_action, assessment.crisis]
    parts += session.execute(
        sa.select(Answer.rationale).where(Answer.assessment_id == assessment_id)
    ).scalars()
    for summary, source in session.execute(
        sa.select(EvidenceItem.summary, EvidenceItem.source)
        .join(Answer, Answer.id == EvidenceItem.answer_id)
        .where(Answer.assessment_id == assessment_id)
        .order_by(Answer.question_id, EvidenceItem.position)
    ):
        parts += [summary, source]
    members = session.execute(
        sa.select(MemberPosition.member_iso, MemberState.name)
        .distinct()
        .outerjoin(MemberState, MemberState.iso == MemberPosition.member_iso)
        .where(MemberPosition.assessment_id == assessment_id)
        .order_by(MemberPosition.member_iso)
    ).all()
    if members:
        parts.append(" · ".join(f"{name or iso} ({iso})" for iso, name in members))
    content = "\n".join(p.replace("\x00", "") for p in parts if p and p.strip())
    terms = " ".join(dict.fromkeys(search_terms(content)))
    return content, terms


def reindex_assessment(session: Session, assessment_id: str) -> None:
    """Refresh one assessment's search entry, inside the caller's write transaction."""
    content, terms = _document(session, assessment_id)
    updated = session.execute(
        sa.update(_search_table)
        .where(_search_table.c.assessment_id == assessment_id)
        .values(content=content, terms=terms)
    )
    if updated.rowcount == 0:
        session.execute(
            sa.insert(_search_table).values(
                assessment_id=assessment_id, content=content, terms=terms
            )
        )


# --- querying ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class AssessmentRow:
    id: str
    title: str
    playbook_id: str
    status: str
    verdict: str | None  # of the decision, when decided
    decision: str | None
    updated_at: datetime
    snippet: str  # where the search text was found (empty without search text)
    revision: int = 1
    root_id: str = ""


@dataclass(frozen=True)
class SearchPage:
    rows: list[AssessmentRow]
    total: int


def _query_tokens(text: str) -> tuple[list[str], bool]:
    """The tokens to match and whether the last one is a prefix (the user is still typing)."""
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


def _day_start(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def _as_set(value: str | tuple[str, ...] | list[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


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
) -> SearchPage:
    """One page of assessments matching `text` (any text) and the filters, and the total count.

    Filters take one value or several. Dates filter on the last change (updated_at): a `date`
    means the whole day (UTC); `date_to` is inclusive for dates. `order`: newest, oldest,
    title or relevance (relevance without text means newest).
    """
    if order not in ORDERS:
        raise InvalidInput(f"unknown order {order!r} (expected one of {', '.join(ORDERS)})")
    if limit < 0 or offset < 0:
        raise InvalidInput("limit and offset cannot be negative")
    tokens, prefix = _query_tokens(text or "")
    a = Assessment.__table__
    d = Decision.__table__
    conditions: list[Any] = []
    source: Any = a.outerjoin(d, d.c.assessment_id == a.c.id)
    rank: Any = None
    if tokens:
        if db.dialect == "sqlite":
            fts = sa.table("assessment_fts", sa.column("rowid"), sa.column("rank"))
            doc = sa.table("assessment_search", sa.column("doc_id"), sa.column("assessment_id"))
            source = source.join(doc, doc.c.assessment_id == a.c.id).join(
                fts, fts.c.rowid == doc.c.doc_id
            )
            match = sa.bindparam("fts_query", _fts5_query(tokens, prefix), type_=sa.Text)
            conditions.append(sa.literal_column("assessment_fts").op("MATCH")(match))
            rank = fts.c.rank  # bm25: lower is better
        else:
            pg = sa.table(
                "assessment_search",
                sa.column("assessment_id"),
                sa.column("document", TSVECTOR),
            )
            # A cast, not to_tsquery(): the lexemes are taken verbatim, as they were indexed.
            query = sa.cast(
                sa.bindparam("ts_query", _tsquery(tokens, prefix), type_=sa.Text), TSQUERY
            )
            source = source.join(pg, pg.c.assessment_id == a.c.id)
            conditions.append(pg.c.document.op("@@")(query))
            rank = -sa.func.ts_rank(pg.c.document, query)
    if playbook_id is not None:
        conditions.append(a.c.playbook_id == playbook_id)
    for column, wanted in ((a.c.status, status), (d.c.verdict, verdict), (d.c.decision, decision)):
        values = _as_set(wanted)
        if values is not None:
            conditions.append(column.in_(values))
    if date_from is not None:
        conditions.append(a.c.updated_at >= _day_start(date_from))
    if date_to is not None:
        end = date_to if isinstance(date_to, datetime) else _day_start(date_to) + timedelta(days=1)
        end = end if end.tzinfo else end.replace(tzinfo=UTC)
        conditions.append(
            a.c.updated_at <= end if isinstance(date_to, datetime) else a.c.updated_at < end
        )
    ordering = {
        "newest": [a.c.updated_at.desc(), a.c.id],
        "oldest": [a.c.updated_at.asc(), a.c.id],
        "title": [sa.func.lower(a.c.title), a.c.id],
        "relevance": [rank, a.c.updated_at.desc(), a.c.id]
        if rank is not None
        else [a.c.updated_at.desc(), a.c.id],
    }[order]
    page_query = (
        sa.select(
            a.c.id,
            a.c.title,
            a.c.playbook_id,
            a.c.status,
            d.c.verdict,
            d.c.decision,
            a.c.updated_at,
            a.c.revision,
            a.c.root_id,
        )
        .select_from(source)
        .where(*conditions)
        .order_by(*ordering)
        .limit(limit)
        .offset(offset)
    )
    count_query = sa.select(sa.func.count()).select_from(source).where(*conditions)
    with db.session() as session:
        total = session.execute(count_query).scalar_one()
        rows = session.execute(page_query).all() if limit else []
        snippets = _snippets(session, [r.id for r in rows], tokens, prefix)
    return SearchPage(
        rows=[
            AssessmentRow(
                id=r.id,
                title=r.title,
                playbook_id=r.playbook_id,
                status=r.status,
                verdict=r.verdict,
                decision=r.decision,
                updated_at=_aware(r.updated_at),
                snippet=snippets.get(r.id, ""),
                revision=r.revision,
                root_id=r.root_id,
            )
            for r in rows
        ],
        total=total,
    )


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _snippets(session: Session, ids: list[str], tokens: list[str], prefix: bool) -> dict[str, str]:
    if not ids or not tokens:
        return {}
    contents = session.execute(
        sa.select(_search_table.c.assessment_id, _search_table.c.content).where(
            _search_table.c.assessment_id.in_(ids)
        )
    ).all()
    return {
        assessment_id: make_snippet(content, tokens, prefix) for assessment_id, content in contents
    }


def make_snippet(content: str, tokens: list[str], prefix: bool) -> str:
    """The first line of `content` holding a searched word, cut around it."""
    wanted = set(tokens[:-1] if prefix else tokens)
    last = tokens[-1] if prefix else None
    for line in content.splitlines():
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
