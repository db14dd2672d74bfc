"""DDL of migration 0007: a case's options and their answers freeze with the assessment (as
answers do), and the options side of a decision is never changed or deleted.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.
Every refusal starts with "frozen:" (models.db.FROZEN_MARKER); on PostgreSQL it reuses
concert_child_guard() and concert_refuse() from migration 0001.
"""

from __future__ import annotations

_CHILDREN = {"case_option": "options", "option_answer": "option answers"}
_APPEND_ONLY = {"decision_option": "the options of a decision cannot be changed or deleted"}


def _sqlite_status(column: str) -> str:
    return f"COALESCE((SELECT status FROM assessment WHERE id = {column}), 'draft')"


def statements(dialect: str) -> list[str]:
    result: list[str] = []
    if dialect == "sqlite":
        for table, what in _CHILDREN.items():
            message = f"frozen: {what} of a decided or superseded assessment cannot be changed"
            new = f"{_sqlite_status('NEW.assessment_id')} <> 'draft'"
            old = f"{_sqlite_status('OLD.assessment_id')} <> 'draft'"
            for operation, when in (
                ("INSERT", new), ("UPDATE", f"{old} OR {new}"), ("DELETE", old)
            ):
                result.append(
                    f"CREATE TRIGGER {table}_frozen_{operation.lower()} BEFORE {operation} "
                    f"ON {table}\n    WHEN {when}\nBEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        for table, why in _APPEND_ONLY.items():
            result += [
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON "
                f"{table}\nBEGIN SELECT RAISE(ABORT, 'frozen: {why}'); END"
                for operation in ("UPDATE", "DELETE")
            ]
    elif dialect == "postgresql":
        for table, what in _CHILDREN.items():
            result.append(
                f"""CREATE TRIGGER {table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION concert_child_guard('{what}')"""
            )
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
    if dialect == "sqlite":
        for table in _CHILDREN:
            result += [
                f"DROP TRIGGER IF EXISTS {table}_frozen_{operation}"
                for operation in ("insert", "update", "delete")
            ]
        for table in _APPEND_ONLY:
            result += [
                f"DROP TRIGGER IF EXISTS {table}_no_update",
                f"DROP TRIGGER IF EXISTS {table}_no_delete",
            ]
    else:
        for table in _CHILDREN:
            result.append(f"DROP TRIGGER IF EXISTS {table}_frozen ON {table}")
        for table in _APPEND_ONLY:
            result += [
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
                f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
            ]
    return result
