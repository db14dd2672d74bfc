"""A DB-API cursor of either database, read the way SQLAlchemy's column types read it.

models.record_reads and models.first_page read with it: on the session's own connection, or
on a plain one before SQLAlchemy is loaded. Kept this small on purpose: History's first page
imports it while the window's own modules load.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

_NAMED = re.compile(r"(?<![:\w]):([a-z_][a-z0-9_]*)")  # :name


class Reader:
    """A DB-API cursor of SQLite (sqlite3) or PostgreSQL (psycopg), giving the values
    models.tables' column types give through SQLAlchemy."""

    def __init__(self, cursor: Any, dialect: str) -> None:
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"no plain reads for the {dialect} dialect")
        self.cursor = cursor
        self.dialect = dialect

    def rows(self, sql: str, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        if self.dialect == "postgresql":
            sql = _NAMED.sub(r"%(\1)s", sql)
        self.cursor.execute(sql, params)
        return [tuple(row) for row in self.cursor.fetchall()]

    def json(self, value: Any) -> Any:
        """A JSON column: SQLite keeps the text, psycopg gives it parsed. SQLite's column
        affinity for a JSON column is NUMERIC, so a bare number comes back as a number (as
        SQLAlchemy's own SQLite JSON type allows)."""
        if value is None or self.dialect == "postgresql" or isinstance(value, int | float):
            return value
        return json.loads(value)


def utc(value: datetime | str) -> datetime:
    """What models.tables.UTCDateTime gives: SQLite keeps the UTC time as text without a zone,
    PostgreSQL answers in the session's zone."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
