"""Plain text of an approval's conditions for a terminal: the conditions of one decision with
their reviews (`assess show`), what is due (`conditions due`) and a review's confirmation.

Like reports.console: takes records, returns strings, prints nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reports.console import stamp, table, words, wrap

if TYPE_CHECKING:  # records only: importing them here would load the database stack
    from models.condition_records import ConditionRecord
    from models.conditions import DueCondition, ReviewResult


def condition_lines(conditions: Sequence[ConditionRecord]) -> list[str]:
    """Each condition (what, how checked, owner, review date, tripwire, state) and its reviews."""
    lines: list[str] = []
    for c in conditions:
        due = f"next review {c.due_on.isoformat()}" if c.due_on else c.state
        lines.append(wrap(f"Condition {c.position} ({due}): {c.requirement}", "  ",
                          hanging="      "))
        lines.append(wrap(f"owner {c.owner}; checked by: {c.how_checked}", "      "))
        lines.append(wrap(f"tripwire: {c.tripwire or 'none stated'}", "      "))
        for r in c.reviews:
            breached = "; TRIPWIRE BREACHED" if r.tripwire_breached else ""
            revision = f"; revision {r.revision_id} opened" if r.revision_id else ""
            following = f"; next review {r.next_review_on.isoformat()}" if r.next_review_on else ""
            lines.append(wrap(
                f"reviewed {stamp(r.reviewed_at)} by {r.reviewed_by}: {words(r.outcome)}"
                f"{breached}{following}{revision}. {r.note}", "      ", hanging="        "))
        lines.append(f"      id {c.id}")
    return lines


def due_table(due: Sequence[DueCondition], as_of: date) -> str:
    """`conditions due`: open conditions whose review falls on or before `as_of`."""
    if not due:
        return f"no condition is due on or before {as_of.isoformat()}"
    rows = [
        (
            d.due_on.isoformat(),
            "overdue" if d.overdue else "due",
            d.condition.owner,
            _short(d.title, 30),
            _short(d.condition.requirement, 40),
            d.condition.id,
        )
        for d in due
    ]
    overdue = sum(1 for d in due if d.overdue)
    return "\n".join([
        table(("review", "state", "owner", "assessment", "what must hold", "condition id"), rows),
        f"{len(due)} due on or before {as_of.isoformat()} ({overdue} overdue)",
    ])


def review_recorded(result: ReviewResult, outcome: str) -> str:
    line = f"reviewed: {words(outcome)}; review {result.review_id}"
    if result.revision_id:
        line += (f"; the tripwire was breached: the approval no longer stands, draft revision "
                 f"{result.revision_id} opened")
    return line


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
