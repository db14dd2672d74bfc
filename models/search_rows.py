"""The rows a search returns, as plain data: importable without SQLAlchemy (History's first
page at start-up wants these types before the database libraries are loaded)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property


@dataclass(frozen=True)
class AssessmentRow:
    id: str
    title: str
    playbook_id: str
    status: str
    verdict: str | None  # of the decision, when decided
    decision: str | None
    updated_at: datetime
    revision: int = 1
    root_id: str = ""
    # The indexed text and how to find the searched words in it (models.search_text): the
    # snippet is cut when asked for. History shows it only in a row's tooltip, so cutting one
    # for each of a page's 100 rows on every key typed was work nobody saw (bench: a third of
    # a PostgreSQL search).
    content: str = field(default="", repr=False, compare=False)
    find_snippet: Callable[[str], str] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def snippet(self) -> str:
        """Where the search text was found (empty without search text)."""
        if self.find_snippet is None or not self.content:
            return ""
        return self.find_snippet(self.content)


@dataclass(frozen=True)
class SearchPage:
    rows: list[AssessmentRow]
    total: int
    total_exact: bool = True  # False: at least `total` match (the count stopped at its limit)
    # False: the page was read without its count (models.search.search_assessments(...,
    # count=False)) and is full, so `total` is only the rows up to its end; the count is
    # models.search.count_matches'. A page shorter than asked is its own count.
    counted: bool = True
    # False: the rows were read without their indexed text (search_assessments(...,
    # snippet_text=False)), so they have no snippet until models.search.snippet_texts' text is
    # put in them (with_snippet_text).
    snippet_text: bool = True


def with_snippet_text(rows: list[AssessmentRow], texts: dict[str, str]) -> list[AssessmentRow]:
    """`rows` with their indexed text from `texts` (assessment id -> text), for snippets."""
    return [replace(row, content=texts.get(row.id, row.content)) for row in rows]


@dataclass(frozen=True)
class MatchCount:
    """How many assessments a search matches (models.search.count_matches)."""

    total: int
    exact: bool = True  # False: at least `total` (the count stopped at its limit)
