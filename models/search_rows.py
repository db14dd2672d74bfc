"""The rows a search returns, as plain data: importable without SQLAlchemy (History's first
page at start-up wants these types before the database libraries are loaded)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


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
    total_exact: bool = True  # False: at least `total` match (the count stopped at its limit)
