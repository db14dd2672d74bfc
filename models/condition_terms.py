"""The terms of an approval with conditions as the decision records them: each condition
checked (what must hold, owner, how it is checked, a first review not before the decision, an
optional tripwire) and written in the decision's own transaction (models.decisions.decide).

Reviews and what is due are models.conditions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from models import validation as check
from models.condition_records import ConditionInput
from models.errors import InvalidInput
from models.tables import DecisionCondition, new_id

CONDITIONS_MAX = 50  # a decision with more is a programme, not conditions


def parse_date(field: str, value: object) -> date:
    """A calendar date given as YYYY-MM-DD (or a date)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidInput(f"{field}: {value!r} is not a date written YYYY-MM-DD")


def require_conditions(decision: str, conditions: Sequence[ConditionInput]) -> None:
    """An approval with conditions names at least one: they are what the approval rests on
    and what its reviews check (issue 15, "conditions that are kept"). Checked after the
    decision itself is known to be allowed, so that refusal is the one given first."""
    if decision == "approve_with_conditions" and not conditions:
        raise InvalidInput(
            "approve with conditions needs its conditions: at least one, each with what must "
            "hold, owner, how it is checked, review date and tripwire (decide --conditions "
            "FILE; `main.py decide --help`)"
        )


def check_conditions(
    conditions: Sequence[ConditionInput], *, decision: str, decided_on: date
) -> list[ConditionInput]:
    """The conditions, checked and trimmed; only an approval with conditions takes them, and a
    first review cannot lie before the day of the decision (`require_conditions`: it takes at
    least one)."""
    if not conditions:
        return []
    if decision != "approve_with_conditions":
        raise InvalidInput(
            f"conditions were given, but the decision is {decision.replace('_', ' ')}: only "
            "approve with conditions takes conditions"
        )
    if len(conditions) > CONDITIONS_MAX:
        raise InvalidInput(f"{len(conditions)} conditions: at most {CONDITIONS_MAX}")
    checked = []
    for number, c in enumerate(conditions, start=1):
        where = f"condition {number}"
        review_on = parse_date(f"{where}, review date", c.review_on)
        if review_on < decided_on:
            raise InvalidInput(
                f"{where}, review date: {review_on.isoformat()} is before the decision "
                f"({decided_on.isoformat()})"
            )
        checked.append(
            ConditionInput(
                requirement=check.text(f"{where}, what must hold", c.requirement,
                                       required=True).strip(),
                owner=check.name(f"{where}, owner", c.owner),
                how_checked=check.text(f"{where}, how it is checked", c.how_checked,
                                       required=True).strip(),
                review_on=review_on,
                tripwire=check.text(f"{where}, tripwire", c.tripwire).strip(),
            )
        )
    return checked


def insert_conditions(
    session: Session, decision_id: str, conditions: Sequence[ConditionInput]
) -> None:
    """The decision's conditions, in the decision's own write transaction."""
    rows = [
        {
            "id": new_id(),
            "decision_id": decision_id,
            "position": number,
            "requirement": c.requirement,
            "owner": c.owner,
            "how_checked": c.how_checked,
            "review_on": c.review_on,
            "tripwire": c.tripwire,
        }
        for number, c in enumerate(conditions, start=1)
    ]
    if rows:
        session.execute(sa.insert(DecisionCondition), rows)
