"""DDL of migration 0002: the kept playbook files are never changed or deleted.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.
Every refusal starts with "frozen:" (models.db.FROZEN_MARKER); on PostgreSQL it reuses
concert_refuse() from migration 0001.
"""

from __future__ import annotations

_WHY = "a playbook file kept in the record cannot be changed or deleted"


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER playbook_file_no_{operation.lower()} BEFORE {operation} ON "
            f"playbook_file\nBEGIN SELECT RAISE(ABORT, 'frozen: {_WHY}'); END"
            for operation in ("UPDATE", "DELETE")
        ]
    if dialect == "postgresql":
        return [
            f"""CREATE TRIGGER playbook_file_append_only BEFORE UPDATE OR DELETE ON playbook_file
            FOR EACH ROW EXECUTE FUNCTION concert_refuse('{_WHY}')""",
            """CREATE TRIGGER playbook_file_no_truncate BEFORE TRUNCATE ON playbook_file
            FOR EACH STATEMENT
            EXECUTE FUNCTION concert_refuse('playbook_file cannot be truncated')""",
        ]
    raise ValueError(f"unsupported database {dialect}")


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            "DROP TRIGGER IF EXISTS playbook_file_no_update",
            "DROP TRIGGER IF EXISTS playbook_file_no_delete",
        ]
    return [
        "DROP TRIGGER IF EXISTS playbook_file_append_only ON playbook_file",
        "DROP TRIGGER IF EXISTS playbook_file_no_truncate ON playbook_file",
    ]
