"""The results table of bench.run: its rows (a figure per size, the baseline measured in the
same run, the ratio and the goal) and the rows each part of the benchmark adds."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bench.corpus_languages import LANGUAGES

if TYPE_CHECKING:
    from bench.run import WindowRun


@dataclass
class Row:
    figure: str
    values: dict[str, str]  # column (size) -> text
    baseline: str
    ratio: float | None
    goal: str  # "<= 1.5x", ">= 20x", "sub-linear"
    unit: str = ""

    @property
    def met(self) -> str:
        if self.ratio is None or not self.goal.startswith(("<=", ">=")):
            return "—"
        limit = float(self.goal.split()[1].rstrip("x"))
        ok = self.ratio <= limit if self.goal.startswith("<=") else self.ratio >= limit
        return "yes" if ok else "**no**"


def fmt_s(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value * 1000:,.1f} ms"
    return f"{value:,.2f} s"


def growth(values: dict[int, float | None]) -> float | None:
    """The exponent k in t ∝ n^k between the smallest and largest size (1 = linear)."""
    known = {n: v for n, v in values.items() if v}
    if len(known) < 2:
        return None
    low, high = min(known), max(known)
    return math.log(known[high] / known[low]) / math.log(high / low)


def size_label(size: int) -> str:
    return f"{size // 1000}k" if size >= 1000 and size % 1000 == 0 else str(size)


def render_table(rows: list[Row], columns: list[str]) -> str:
    head = ["figure", *columns, "baseline", "ratio", "goal", "met"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
        cells = [row.figure, *(row.values.get(c, "—") for c in columns), row.baseline, ratio,
                 row.goal, row.met]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def ratio(value: float | int | None, baseline: float | int | None) -> float | None:
    if value is None or not baseline:
        return None
    return value / baseline


def bundle_rows(bundle: dict[int, dict[str, float]]) -> list[Row]:
    """Bundle export and import of the whole record (bench.bundle_bench) against a plain copy
    of the same rows in the same run; the ratio at the largest size measured."""
    if not bundle:
        return []
    top = max(bundle)
    return [
        Row(f"bundle {what} of every case ({how}; SQLite)",
            {size_label(n): f"{fmt_s(b[what], 's')} vs {fmt_s(b['plain copy'], 's')}"
             for n, b in bundle.items()},
            f"plain copy {fmt_s(bundle[top]['plain copy'], 's')}",
            ratio(bundle[top][what], bundle[top]["plain copy"]), "<= 3x")
        for what, how in (("export", "chain checked, signed"),
                          ("import", "every check, index, audit, one transaction"))
    ]


def language_rows(figures: dict[int, dict[str, Any]], largest: int, queries: int,
                  engine: str = "") -> list[Row]:
    """bench.run's rows: per language, the application's p95 at each size against the raw
    query's at the largest (goal ≤ 2x, as for English), and the queries that found nothing."""
    names = {"fr": "French", "ja": "Japanese", "he": "Hebrew", "ar": "Arabic", "hi": "Hindi"}
    prefix = f"{engine}: " if engine else ""
    rows = []
    for code in LANGUAGES:
        top = figures[largest][code]
        rows.append(Row(
            f"{prefix}search typed in {names[code]}, p95 of {queries} queries (application; "
            "a record with cases in French, Japanese, Hebrew, Arabic and Hindi)",
            {size_label(n): fmt_s(by[code].app_p95) for n, by in figures.items()},
            f"raw SQL {fmt_s(top.raw_p95)}", ratio(top.app_p95, top.raw_p95), "<= 2x"))
    rows.append(Row(
        f"{prefix}  the same searches until the count is shown too (page, then count and "
        "snippet text), p95 "
        "in " + " / ".join(LANGUAGES),
        {size_label(n): " / ".join(fmt_s(by[c].shown_p95) for c in LANGUAGES)
         for n, by in figures.items()},
        "raw SQL " + " / ".join(fmt_s(figures[largest][c].raw_p95) for c in LANGUAGES),
        None, "—"))
    rows.append(Row(
        f"{prefix}  of these, queries that found nothing (each was typed from a case)",
        {size_label(n): " / ".join(str(by[c].found_nothing) for c in LANGUAGES)
         for n, by in figures.items()}, " / ".join(LANGUAGES), None, "0"))
    return rows


def review_rows(figures: dict[str, Any], column: str) -> list[Row]:
    return [
        Row(f"Review page first drawn, History → Review (median of {figures.get('repeat')}; "
            f"{figures.get('calls', 0):,} resolved calls)",
            {column: fmt_s(figures.get("drawn"))},
            f"raw SQL aggregate {fmt_s(figures.get('raw'))}",
            ratio(figures.get("drawn"), figures.get("raw")), "<= 3x"),
        Row(f"calls due listed (`outcomes due`, Review, History's overdue; "
            f"{figures.get('due_count', 0):,} due)",
            {column: fmt_s(figures.get("due"))},
            f"raw due SQL {fmt_s(figures.get('raw_due'))}",
            ratio(figures.get("due"), figures.get("raw_due")), "<= 3x"),
    ]


def load_rows(figures: dict[str, Any], column: str) -> list[Row]:
    """The load scenario's figures: its own record, so they stand in the largest column."""
    if not figures:
        return []
    alone, many = figures["alone"], figures["many"]
    k = many["officials"]
    record = "no lost, doubled or forked write" if not figures["problems"] else \
        "**" + "; ".join(figures["problems"]) + "**"
    errors = sum(many["errors"].values()) + sum(alone["errors"].values())
    return [
        Row(f"PostgreSQL: {k} officials at once (think time {figures['think_s']:g} s), p95 of "
            "one answer save",
            {column: fmt_s(many["p95_save_s"])},
            f"one official alone {fmt_s(alone['p95_save_s'])}", figures["p95_ratio"], "<= 3x"),
        Row(f"  the same: saves per second, all officials ({record}; {errors} errors met)",
            {column: f"{many['saves_per_s']:.1f}/s"},
            f"one official alone {alone['saves_per_s']:.1f}/s", None, "—"),
    ]


def postgres_rows(sizes: list[int], largest: int, search: dict[int, Any], memo: dict[int, Any],
                  window: WindowRun | None, typed: WindowRun | None, bare_shown: float | None,
                  queries: int, official: dict[int, Any] | None = None,
                  opened: float | None = None) -> list[Row]:
    rows = [
        Row(f"PostgreSQL: search as you type, p95 of {queries}",
            {size_label(n): fmt_s(search[n].app_p95) for n in sizes},
            f"raw tsvector SQL {fmt_s(search[largest].raw_p95)}",
            ratio(search[largest].app_p95, search[largest].raw_p95), "<= 2x"),
        Row("PostgreSQL:   the same search until its count is shown too (the page, then the "
            "count up to 1,000 and the rows' snippet text, each on its own)",
            {size_label(n): fmt_s(search[n].shown_p95) for n in sizes},
            f"raw tsvector SQL {fmt_s(search[largest].raw_p95)}",
            ratio(search[largest].shown_p95, search[largest].raw_p95), "—"),
    ]  # fmt: skip
    if official:  # bench.official_search: the raw page as the owner, measured in the same loop
        rows.append(
            Row("PostgreSQL: search as you type as an official (row-level security), p95",
                {size_label(n): fmt_s(official[n].app_p95) if n in official else "—"
                 for n in sizes},
                f"raw tsvector SQL as the owner {fmt_s(official[largest].raw_p95)}",
                ratio(official[largest].app_p95, official[largest].raw_p95), "<= 2x"))
    rows += [
        Row("PostgreSQL: the same search against ILIKE '%…%'",
            {size_label(n): f"{fmt_s(search[n].app_p95_like_subset)} vs "
                            f"{fmt_s(search[n].like_p95)}" for n in sizes},
            f"ILIKE scan {fmt_s(search[largest].like_p95)}",
            ratio(search[largest].like_p95, search[largest].app_p95_like_subset), ">= 20x"),
        Row("PostgreSQL: memo issue",
            {size_label(n): fmt_s(memo[n].issue) for n in sizes},
            f"render {fmt_s(memo[largest].render)}", memo[largest].issue_ratio, "<= 3x"),
        Row("PostgreSQL: memo verification",
            {size_label(n): fmt_s(memo[n].verify) for n in sizes},
            f"render {fmt_s(memo[largest].render)}", memo[largest].verify_ratio, "<= 1x"),
        Row("PostgreSQL: growth of search p95",
            {size_label(n): fmt_s(search[n].app_p95) for n in sizes}, "linear = 1.00",
            growth({n: search[n].app_p95 for n in sizes}), "<= 0.99x"),
    ]  # fmt: skip
    if window is not None:
        rows += [
            Row("PostgreSQL: window first shown", {size_label(largest): fmt_s(window.shown, "s")},
                f"bare window {fmt_s(bare_shown, 's')}", ratio(window.shown, bare_shown),
                "<= 1.5x"),
            Row("PostgreSQL: History first page",
                {size_label(largest): fmt_s(window.first_page, "s")},
                f"bare window {fmt_s(bare_shown, 's')}", ratio(window.first_page, bare_shown),
                "<= 4x"),
        ]  # fmt: skip
    if typed is not None:
        rows += [
            Row("PostgreSQL: record usable (a search typed at the first page answered)",
                {size_label(largest): fmt_s(typed.usable, "s")},
                f"bare window {fmt_s(bare_shown, 's')}", ratio(typed.usable, bare_shown),
                "<= 4x"),
            Row("PostgreSQL: then its first result opened at its step",
                {size_label(largest): fmt_s(typed.step_opened, "s")},
                f"bare window {fmt_s(bare_shown, 's')}", ratio(typed.step_opened, bare_shown),
                "<= 4x"),
        ]  # fmt: skip
    if opened is not None:
        rows.append(
            Row("PostgreSQL: record usable (a step opened: the newest case, as the first page "
                "shows)", {size_label(largest): fmt_s(opened, "s")},
                f"bare window {fmt_s(bare_shown, 's')}", ratio(opened, bare_shown), "<= 4x"))
    return rows

