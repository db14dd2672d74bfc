"""Plain text of outcomes for a terminal: what is due (`outcomes due`) and the confirmations of
`outcomes record`, `outcomes retrospective` and `outcomes date`. Takes records, returns
strings, prints nothing."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from playbooks.model import LIKELIHOOD_TERMS
from reports.console import table

if TYPE_CHECKING:  # records only: importing them here would load the database stack
    from models.outcomes import DueItem

_DISPLAY = {term.id: term.display for term in LIKELIHOOD_TERMS}


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def due_table(due: Sequence[DueItem], as_of: date) -> str:
    """`outcomes due`: calls and decisions due to be judged on or before `as_of`."""
    if not due:
        return f"no outcome is due on or before {as_of.isoformat()}"
    rows = [
        (
            d.due_on.isoformat(),
            "overdue" if d.overdue else "due",
            _short(d.title, 30),
            d.question_id or "(decision)",
            _DISPLAY[d.term] if d.term else _short(d.what, 50),
            d.assessment_id,
        )
        for d in due
    ]
    overdue = sum(1 for d in due if d.overdue)
    return "\n".join([
        table(("resolves", "state", "assessment", "question", "said", "assessment id"), rows),
        f"{len(due)} due on or before {as_of.isoformat()} ({overdue} overdue); record with: "
        "main.py outcomes record ID --question Q --result … --note …, or "
        "outcomes retrospective ID for a decision",
    ])
