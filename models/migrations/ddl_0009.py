"""DDL of migration 0009: a note on a case (a what-if scenario kept, models.notes) is never
changed or deleted once written, by triggers as a dissent is — not only found by the audit
check afterwards.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.
Every refusal starts with "frozen:" (models.db.FROZEN_MARKER); on PostgreSQL it reuses
concert_refuse() from migration 0001.
"""

from __future__ import annotations

_APPEND_ONLY = {"case_note": "a note on a case cannot be changed or deleted"}


def statements(dialect: str) -> list[str]:
    result: list[str] = []
    if dialect == "sqlite":
        for table, why in _APPEND_ONLY.items():
            result += [
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON "
                f"{table}\nBEGIN SELECT RAISE(ABORT, 'frozen: {why}'); END"
                for operation in ("UPDATE", "DELETE")
            ]
    elif dialect == "postgresql":
        for table, why in _APPEND_ONLY.items():
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
    for table in _APPEND_ONLY:
        if dialect == "sqlite":
            result += [f"DROP TRIGGER IF EXISTS {table}_no_update",
                       f"DROP TRIGGER IF EXISTS {table}_no_delete"]
        else:
            result += [f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
                       f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}"]
    return result
