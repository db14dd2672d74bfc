"""Search as you type in French, Japanese, Hebrew, Arabic and Hindi (issue 17 item 5: search
in every language), measured as bench/search_bench.py measures English.

The record is a synthetic one whose cases are written in French, Japanese, Hebrew, Arabic and
Hindi as well as English, one case in six in each (bench.corpus_languages; a record of its own
in the cache, beside the English one). Queries are typed from that language's cases: French
words with their accents or without them (an official's keyboard may have none), Japanese words
cut out of sentences written without spaces, Hebrew words, Arabic words as written (the article
"ال" joined: the search keeps it in the word), half of them with hamza seats typed bare (أ as
ا), Hindi words in Devanagari; the last word of a query is often cut short (still being typed).
For each language the application's search (the page History shows while one types, without
its count and snippet text) is compared with the raw full-text query for the same tokens and
with a LIKE scan, in the same run, query by query, and the time until the count is shown too
(the page, then the count up to 1,000 and the rows' snippet text, each on its own, as History
asks for them) is given beside it; and
the queries that found nothing are counted (each was taken from a case that holds it, so none
should).

    .venv/bin/python -m bench.search_languages --size 1000 --queries 100     # SQLite
    CONCERT_TEST_PG_URL=… .venv/bin/python -m bench.search_languages --postgres
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
import unicodedata
from typing import Any

import sqlalchemy as sa

from bench.corpus_languages import LANGUAGES
from bench.search_bench import SearchFigures, _typed, measure, realistic_queries
from models.search_text import has_unspaced

_HEBREW = re.compile("[\u0590-\u05ff]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_DEVANAGARI = re.compile("[\u0900-\u097f]")
_SENTENCE_MARKS = re.compile("[،؛؟।॥]")  # Arabic comma, semicolon, question mark; dandas
_UNSPACED_RUN = re.compile(
    "[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")
_FRENCH = re.compile(r"[àâçéèêëîïôûùüÿœ’]|\b(?:le|la|les|des|pour|tandis|depuis)\b",
                     re.IGNORECASE)


def written_in(text: str) -> str:
    """The language a synthetic case's text is written in (its script, or French words)."""
    if has_unspaced(text):
        return "ja"
    if _HEBREW.search(text):
        return "he"
    if _ARABIC.search(text):
        return "ar"
    if _DEVANAGARI.search(text):
        return "hi"
    return "fr" if _FRENCH.search(text) else "en"


def without_accents(text: str) -> str:
    """What an official types on a keyboard without accents: "sécurité" as "securite", and
    Arabic without its hamza seats: "أمن" as "امن"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def _typed_japanese(rng: random.Random, text: str) -> str | None:
    """Two to five characters out of a run written without spaces: a word, or the start of
    one still being typed."""
    runs = _UNSPACED_RUN.findall(text)
    if not runs:
        return None
    run = rng.choice(runs)
    length = min(len(run), rng.choice((2, 2, 3, 3, 4, 5)))
    start = rng.randrange(len(run) - length + 1)
    return run[start : start + length]


def _texts(db: Any, seed: int, cases: int) -> list[str]:
    """Titles, crises and rationales of `cases` assessments spread over the record."""
    from models.tables import Answer, Assessment

    rng = random.Random(seed)
    with db.session() as session:
        total = session.execute(sa.select(sa.func.count()).select_from(Assessment)).scalar_one()
        texts: list[str] = []
        for offset in sorted(rng.sample(range(total), min(total, cases))):
            title, crisis = session.execute(
                sa.select(Assessment.title, Assessment.crisis)
                .order_by(Assessment.id).offset(offset).limit(1)
            ).one()  # fmt: skip
            texts += [title, crisis]
        texts += session.execute(
            sa.select(Answer.rationale).where(Answer.rationale != "").limit(cases * 5)
        ).scalars().all()  # fmt: skip
    return texts


def language_queries(db: Any, code: str, count: int = 100, seed: int = 17) -> list[str]:
    """`count` queries typed in language `code` from the record's cases in it."""
    rng = random.Random(f"{seed}-{code}")
    pool = [t for t in _texts(db, seed, max(200, count * 4)) if written_in(t) == code]
    if not pool:
        raise RuntimeError(f"the record holds no case written in {code!r}: build it with "
                           "bench.records' languages")
    queries: list[str] = []
    while len(queries) < count:
        text = rng.choice(pool)
        if code == "ja":
            query = _typed_japanese(rng, text)
        else:
            query = _typed(rng, _SENTENCE_MARKS.sub(" ", text).split())
        if query and code in ("fr", "ar") and rng.random() < 0.5:
            query = without_accents(query)
        if query:
            queries.append(query)
    return queries


def language_figures(url: str, queries: int, like_every: int = 1) -> dict[str, SearchFigures]:
    """Each language's figures on the record at `url`, English's too (the same record)."""
    from models.opening import open_record

    db = open_record(url)
    try:
        typed = {"en": realistic_queries(db, queries)}
        typed.update({code: language_queries(db, code, queries) for code in LANGUAGES})
        return {code: measure(db, texts, like_every=like_every) for code, texts in typed.items()}
    finally:
        db.close()


def table(figures: dict[str, SearchFigures], label: str) -> str:
    rows = [f"| {label} | queries | application p95 | raw p95 | ratio (goal ≤ 2x) | "
            "application p50 | raw p50 | count shown p95 (ratio) | LIKE p95 | found nothing |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for code, f in figures.items():
        ratio = f.app_p95 / f.raw_p95 if f.raw_p95 else float("inf")
        shown = f.shown_p95 / f.raw_p95 if f.raw_p95 else float("inf")
        rows.append(f"| {code} | {f.queries} | {f.app_p95 * 1000:.1f} ms | "
                    f"{f.raw_p95 * 1000:.1f} ms | {ratio:.2f}x | {f.app_p50 * 1000:.1f} ms | "
                    f"{f.raw_p50 * 1000:.1f} ms | {f.shown_p95 * 1000:.1f} ms ({shown:.2f}x) | "
                    f"{f.like_p95 * 1000:.1f} ms | {f.found_nothing} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    from bench import records

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="assessments in the record")
    parser.add_argument("--queries", type=int, default=100, help="queries per language")
    parser.add_argument("--postgres", action="store_true",
                        help="on PostgreSQL too (CONCERT_TEST_PG_URL)")
    options = parser.parse_args(argv)

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    path = records.sqlite_record(options.size, log, LANGUAGES)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"record of {options.size:,} assessments ({time.perf_counter() - started:.0f} s)\n")
    like_every = 1 if options.size <= 1000 else 5  # as bench.run: a LIKE scan is slow at scale
    print(table(language_figures(f"sqlite:///{path}", options.queries, like_every),
                f"SQLite {options.size:,}"))
    if options.postgres:
        server = os.environ.get("CONCERT_TEST_PG_URL")
        if not server:
            parser.error("--postgres needs CONCERT_TEST_PG_URL")
        url = records.postgres_record(server, options.size, log, LANGUAGES)
        print()
        print(table(language_figures(url, options.queries, like_every),
                    f"PostgreSQL {options.size:,}"))
    print(f"\nload average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())

