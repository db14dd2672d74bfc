"""Search as you type: the application's search against hand-written SQL on the same database.

Three ways to get the first page (100 rows, newest first) for the same typed text:
- the application: models.search.search_assessments(db, text, limit=100, count=False,
  snippet_text=False), the page History shows while one types: what the keystroke waits for.
  History then asks, each on its own, for the count (up to 1,000; models.search.count_matches,
  when the page is full) and for the rows' indexed text (models.search.snippet_texts: the
  snippets of the rows' tooltips). "Count shown" is the page and both of these, one after the
  other, measured too so that nothing is hidden;
- raw full-text SQL: the same words through FTS5 MATCH / tsvector @@ with the same prefix rule,
  joined to the assessment and decision for the columns shown, ordered and limited in SQL;
- a plain LIKE '%word%' scan over the same indexed text (ILIKE on PostgreSQL), one condition
  per word, the way search is written without a full-text index.

Queries are what people type: one to three consecutive words from a title, a rationale, a
crisis or a member's name in the record, the last one cut short (still being typed).

The same measure runs on queries typed in French, Japanese, Hebrew, Arabic and Hindi
(bench.search_languages).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

PAGE = 100  # rows the History page asks for at once (desktop.history.model.PAGE_SIZE)
COUNT_LIMIT = 1000  # matches History counts at most (desktop.history.model.COUNT_LIMIT)


@dataclass(frozen=True)
class SearchFigures:
    queries: int
    app_p95: float  # seconds
    app_p50: float
    raw_p95: float
    raw_p50: float
    like_p95: float
    like_queries: int
    app_p95_like_subset: float  # the application's p95 over the queries LIKE also ran
    first_page: float  # median: the History page's first page without search text
    examples: tuple[tuple[str, float, int], ...]  # slowest application queries: text, s, total
    found_nothing: int = 0  # queries whose search found no assessment
    shown_p95: float = 0.0  # the page, then its count and its rows' snippet text
    shown_p50: float = 0.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


# --- the queries -------------------------------------------------------------------------------


def _typed(rng: random.Random, words: list[str]) -> str | None:
    words = [w for w in words if any(c.isalnum() for c in w)]
    if not words:
        return None
    count = min(len(words), rng.choices((1, 2, 3), (4, 4, 2))[0])
    start = rng.randrange(len(words) - count + 1)
    chosen = [w.strip(".,:;()—·") for w in words[start : start + count]]
    chosen = [w for w in chosen if w]
    if not chosen:
        return None
    last = chosen[-1]
    if len(last) > 2:
        chosen[-1] = last[: rng.randint(2, len(last))]  # still typing
    return " ".join(chosen)


def realistic_queries(db: Any, count: int = 200, seed: int = 11) -> list[str]:
    """`count` typed queries drawn from the record's own titles, crises, rationales and
    member names."""
    from models.tables import Answer, Assessment, MemberState

    rng = random.Random(seed)
    with db.session() as session:
        total = session.execute(sa.select(sa.func.count()).select_from(Assessment)).scalar_one()
        offsets = sorted(rng.sample(range(total), min(total, count)))
        texts: list[str] = []
        for offset in offsets:
            title, crisis = session.execute(
                sa.select(Assessment.title, Assessment.crisis)
                .order_by(Assessment.id).offset(offset).limit(1)
            ).one()  # fmt: skip
            texts += [title, crisis]
        rationales = session.execute(
            sa.select(Answer.rationale).where(Answer.rationale != "").limit(count * 5)
        ).scalars().all()  # fmt: skip
        members = session.execute(sa.select(MemberState.name)).scalars().all()
    sources = [(texts, 5), (list(rationales), 3), (list(members), 2)]
    queries: list[str] = []
    while len(queries) < count:
        pool = rng.choices([s for s, _ in sources], [w for _, w in sources])[0]
        if not pool:
            continue
        query = _typed(rng, rng.choice(pool).split())
        if query:
            queries.append(query)
    return queries


# --- the three ways ----------------------------------------------------------------------------


def _tokens(text: str) -> tuple[list[str], bool]:
    """The tokens the application matches for `text`, and whether the last is a prefix (for
    English, the words and "still typing"; a Japanese run, its neighbouring pairs)."""
    from models.search_text import query_tokens

    return query_tokens(text)


def _fts5(tokens: list[str], prefix: bool) -> str:
    quoted = [f'"{t}"' for t in tokens]
    if prefix:
        quoted[-1] += "*"
    return " AND ".join(quoted)


def _tsquery(tokens: list[str], prefix: bool) -> str:
    quoted = [f"'{t}'" for t in tokens]
    if prefix:
        quoted[-1] += ":*"
    return " & ".join(quoted)


_COLUMNS = ("a.id, a.title, a.playbook_id, a.status, d.verdict, d.decision, a.updated_at, "
            "a.revision, a.root_id")  # fmt: skip


def _text_source(db: Any) -> tuple[str, str]:
    """(FROM clause giving `a`, `d` and the indexed text as `txt.content`, join condition)."""
    inspector = sa.inspect(db.engine)
    tables = {t: [c["name"] for c in inspector.get_columns(t)]
              for t in inspector.get_table_names() if t.startswith("assessment_search")}
    holder = next(t for t, cs in sorted(tables.items()) if "content" in cs)
    if "assessment_id" in tables[holder]:
        return holder, "txt.assessment_id = a.id"
    return holder, ("txt.doc_id = (SELECT doc_id FROM assessment_search "
                    "WHERE assessment_id = a.id)")


def _ordered_by(db: Any) -> str:
    """Where "newest" lives: the slim search table's copy of updated_at when it has one."""
    columns = [c["name"] for c in sa.inspect(db.engine).get_columns("assessment_search")]
    return "s.updated_at" if "updated_at" in columns else "a.updated_at"


def raw_query(db: Any, text: str, newest: str = "a.updated_at") -> Callable[[Any], list[Any]]:
    """Matching ids newest first, limited in SQL, then the shown columns for those 100."""
    tokens, prefix = _tokens(text)
    if db.dialect == "sqlite":
        # models.search keeps doc_id (the FTS rowid) in order of the last change: the fastest
        # SQL for "newest first" walks the index in rowid order and stops after a page.
        newest = "f.rowid"
    join_a = "JOIN assessment a ON a.id = s.assessment_id" if newest.startswith("a.") else ""
    tie = "" if newest == "f.rowid" else ", s.assessment_id"
    if db.dialect == "sqlite":
        match = ("FROM assessment_fts f JOIN assessment_search s ON s.doc_id = f.rowid "
                 f"{join_a} WHERE assessment_fts MATCH :q")
        params = {"q": _fts5(tokens, prefix)}
    else:
        match = f"FROM assessment_search s {join_a} WHERE s.document @@ CAST(:q AS tsquery)"
        params = {"q": _tsquery(tokens, prefix)}
    sql = sa.text(
        f"SELECT {_COLUMNS} FROM (SELECT s.assessment_id AS id, {newest} AS newest {match} "
        f"ORDER BY {newest} DESC{tie} LIMIT {PAGE}) p "
        "JOIN assessment a ON a.id = p.id LEFT JOIN decision d ON d.assessment_id = a.id "
        "ORDER BY p.newest DESC, p.id"
    )
    return lambda connection: connection.execute(sql, params).all()


def like_query(db: Any, text: str, source: tuple[str, str]) -> Callable[[Any], list[Any]]:
    tokens, _prefix = _tokens(text)
    holder, join = source
    operator = "LIKE" if db.dialect == "sqlite" else "ILIKE"
    conditions = " AND ".join(f"txt.content {operator} :w{i}" for i in range(len(tokens)))
    sql = sa.text(
        f"SELECT {_COLUMNS} FROM assessment a JOIN {holder} txt ON {join} "
        f"LEFT JOIN decision d ON d.assessment_id = a.id WHERE {conditions} "
        f"ORDER BY a.updated_at DESC, a.id LIMIT {PAGE}"
    )
    params = {f"w{i}": f"%{t}%" for i, t in enumerate(tokens)}
    return lambda connection: connection.execute(sql, params).all()


def _timed(action: Callable[[], Any]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def measure(db: Any, queries: list[str], *, like_every: int = 1,
            repeat_first_page: int = 15) -> SearchFigures:
    """Each way once per query after a warm-up pass (a record in use sits in the page cache);
    the three are interleaved query by query so that noise hits them alike."""
    from models.search import count_matches, search_assessments, snippet_texts

    def page_then_count(text: str) -> tuple[Any, float, int]:
        """The page as History reads it (seconds until it is there), then its count when the
        page does not say it and its rows' snippet text (the count: all History reads)."""
        start = time.perf_counter()
        page = search_assessments(db, text, limit=PAGE, count_limit=COUNT_LIMIT, count=False,
                                  snippet_text=False)  # fmt: skip
        seen = time.perf_counter() - start
        total = page.total
        if not page.counted:
            total = count_matches(db, text, count_limit=COUNT_LIMIT).total
        if not page.snippet_text:
            snippet_texts(db, [row.id for row in page.rows])
        return page, seen, total

    source = _text_source(db)
    newest = _ordered_by(db)
    app_times: list[float] = []
    shown_times: list[float] = []
    raw_times: list[float] = []
    like_times: list[float] = []
    app_like_subset: list[float] = []
    slow: list[tuple[str, float, int]] = []
    found_nothing = 0
    with db.engine.connect() as connection:
        for text in queries[:20]:  # warm-up
            page_then_count(text)
            raw_query(db, text, newest)(connection)
        for number, text in enumerate(queries):
            start = time.perf_counter()
            _page, elapsed, total = page_then_count(text)
            shown_times.append(time.perf_counter() - start)
            app_times.append(elapsed)
            slow.append((text, elapsed, total))
            found_nothing += total == 0
            raw = raw_query(db, text, newest)
            raw_times.append(_timed(lambda raw=raw: raw(connection)))
            if number % like_every == 0:
                like = like_query(db, text, source)
                like_times.append(_timed(lambda like=like: like(connection)))
                app_like_subset.append(elapsed)
            connection.rollback()  # end the read transaction: the next query sees new data
    first = [_timed(lambda: search_assessments(db, "", limit=PAGE, count_limit=COUNT_LIMIT))
             for _ in range(repeat_first_page)]
    slow.sort(key=lambda item: -item[1])
    return SearchFigures(
        queries=len(queries),
        app_p95=percentile(app_times, 0.95),
        app_p50=statistics.median(app_times),
        raw_p95=percentile(raw_times, 0.95),
        raw_p50=statistics.median(raw_times),
        like_p95=percentile(like_times, 0.95),
        like_queries=len(like_times),
        app_p95_like_subset=percentile(app_like_subset, 0.95),
        first_page=statistics.median(first),
        examples=tuple(slow[:5]),
        found_nothing=found_nothing,
        shown_p95=percentile(shown_times, 0.95),
        shown_p50=statistics.median(shown_times),
    )
