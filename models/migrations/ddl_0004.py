"""DDL of migration 0004: conditions of a decision and their reviews are never changed or
deleted (a condition is part of its frozen decision; a review is history, added to, never
rewritten).

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.
Every refusal starts with "frozen:" (models.db.FROZEN_MARKER); on PostgreSQL it reuses
concert_refuse() from migration 0001.
"""

from __future__ import annotations

_TABLES = {
    "decision_condition": "a condition of a decision cannot be changed or deleted",
    "condition_review": "a condition review cannot be changed or deleted",
}


def statements(dialect: str) -> list[str]:
    result: list[str] = []
    for table, why in _TABLES.items():
        if dialect == "sqlite":
            result += [
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON "
                f"{table}\nBEGIN SELECT RAISE(ABORT, 'frozen: {why}'); END"
                for operation in ("UPDATE", "DELETE")
            ]
        elif dialect == "postgresql":
            result += [
                f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION concert_refuse('{why}')""",
                f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                FOR EACH STATEMENT
                EXECUTE FUNCTION concert_refuse('{table} cannot be truncated')""",
            ]
        else:
            raise ValueError(f"unsupported database {dialect}")
    return result


def drop_statements(dialect: str) -> list[str]:
    result: list[str] = []
    for table in _TABLES:
        if dialect == "sqlite":
            result += [
                f"DROP TRIGGER IF EXISTS {table}_no_update",
                f"DROP TRIGGER IF EXISTS {table}_no_delete",
            ]
        else:
            result += [
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
                f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
            ]
    return result
