"""A right the database refused, in one line an official can pass to the administrator.

PostgreSQL refuses a statement the login role has no grant for with insufficient_privilege
("permission denied for table answer"). The driver's error carries the statement and its
values, which hold the case's text: none of that may reach a screen, a log or a crash file.
What the user gets names the role, the right and the table, from the server's message and
the statement's first word (INSERT, UPDATE, DELETE or SELECT), and nothing else.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.engine import Engine

# PostgreSQL's SQLSTATE for insufficient_privilege.
_INSUFFICIENT_PRIVILEGE = "42501"
_DENIED = re.compile(r"permission denied for (\w+) \"?([\w.]+)\"?")
_ROW_POLICY = re.compile(
    r"violates row-level security policy (?:\"(\w+)\" )?for table \"?([\w.]+)\"?")
_TARGET = re.compile(
    r"^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM|SELECT)\s+(?:.*?\s+FROM\s+)?\"?([\w.]+)",
    re.IGNORECASE | re.DOTALL)


def is_missing_right(error: sa.exc.DBAPIError) -> bool:
    return getattr(getattr(error, "orig", None), "sqlstate", None) == _INSUFFICIENT_PRIVILEGE


def _current_role(engine: Engine | None) -> str | None:
    if engine is None:
        return None
    try:
        with engine.connect() as connection:
            return str(connection.execute(sa.text("SELECT current_user")).scalar_one())
    except sa.exc.DBAPIError:
        return None


def _right(statement: str | None, kind: str, name: str) -> str:
    """The right the statement needed on the object the server named, when the statement
    acts on that very object; else the kind of right in general words."""
    if kind == "table" and statement:
        found = _TARGET.match(statement)
        if found is not None and found.group(2).split(".")[-1] == name.split(".")[-1]:
            return found.group(1).split()[0].upper()  # INSERT, UPDATE, DELETE or SELECT
    return {"function": "EXECUTE", "sequence": "USAGE", "schema": "USAGE"}.get(kind, "a right")


def missing_right_message(engine: Engine | None, error: sa.exc.DBAPIError) -> str:
    """One line: which role lacks which right on what, and whom to ask."""
    # Only the server's own first line is read: the lines after it may quote the statement.
    server_says = (str(getattr(error, "orig", error)).splitlines() or [""])[0]
    denied = _DENIED.search(server_says)
    role = _current_role(engine)
    who = f"your database role {role}" if role else "your database role"
    policy = _ROW_POLICY.search(server_says)
    if policy is not None and policy.group(1):  # a restrictive policy, named by the server
        # ddl_0010: routed_by_role, an act that is not the login's group's at the case's stage
        return (f"{who} may not write this row of table {policy.group(2)}: its row-level "
                f"security policy {policy.group(1)} refuses it; ask the database "
                "administrator (nothing was saved)")
    if policy is not None:  # models.roles: a row classified above the login's clearance
        return (f"{who} may not write this row of table {policy.group(2)}: row-level security "
                "refuses it (is it classified above your clearance?); ask the database "
                "administrator (nothing was saved)")
    if denied is None:
        return f"{who} lacks a right this needs; ask the database administrator (nothing was saved)"
    kind, name = denied.group(1), denied.group(2)
    right = _right(error.statement, kind, name)
    unsaved = "" if right == "SELECT" else " (nothing was saved)"  # a read changes nothing
    return f"{who} lacks {right} on {kind} {name}; ask the database administrator{unsaved}"
