"""DDL of migration 0003: registry revisions and their changes are never changed or deleted.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.
Every refusal starts with "frozen:" (models.db.FROZEN_MARKER); on PostgreSQL it reuses
concert_refuse() from migration 0001.
"""

from __future__ import annotations

_TABLES = {
    "registry_revision": "a member registry revision cannot be changed or deleted",
    "registry_change": "a member registry change cannot be changed or deleted",
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
