"""Changing rows behind the application's back, the way someone with database access could."""

from __future__ import annotations

import sqlalchemy as sa

from models.db import Database


def raw_sql(db: Database, statement: str, **params: object) -> None:
    """Run one statement in its own transaction, with the triggers in place."""
    with db.engine.begin() as connection:
        connection.execute(sa.text(statement), params)


def without_triggers(db: Database, *statements: str, **params: object) -> None:
    """Run statements with every trigger switched off (dropped and recreated on SQLite;
    session_replication_role on PostgreSQL), as a database administrator could."""
    with db.engine.begin() as connection:
        if db.dialect == "postgresql":
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
            for statement in statements:
                connection.execute(sa.text(statement), params)
            return
        triggers = connection.execute(
            sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        ).all()
        for name, _sql in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for statement in statements:
            connection.execute(sa.text(statement), params)
        for _name, sql in triggers:
            connection.exec_driver_sql(sql)
