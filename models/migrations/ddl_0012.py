"""DDL of migration 0012: outcomes of past calls (issue 16).

- resolution dates, outcomes and retrospectives are append-only: never changed or deleted;
- a resolution date is set only while its assessment is a draft (before the decision), as an
  answer is: the date a call is judged on is part of what was decided.

On PostgreSQL the rows are seen only by officials cleared for their assessment (row-level
security, as every table of a case since 0008).

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.
Every refusal starts with "frozen:" (models.db.FROZEN_MARKER); on PostgreSQL it reuses
concert_refuse() and concert_child_guard() from migration 0001.
"""

from __future__ import annotations

_APPEND_ONLY = {
    "resolution_date": "a resolution date cannot be changed or deleted; set a new one",
    "outcome": "a recorded outcome cannot be changed or deleted; record a later one",
    "retrospective": "a retrospective cannot be changed or deleted; record a later one",
}
_MSG_DRAFT_ONLY = ("frozen: resolution dates of a decided or superseded assessment cannot be "
                   "changed")
_CLEARED = "concert_sees_assessment(assessment_id)"


def statements(dialect: str) -> list[str]:
    result: list[str] = []
    if dialect == "sqlite":
        for table, why in _APPEND_ONLY.items():
            result += [
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON "
                f"{table}\nBEGIN SELECT RAISE(ABORT, 'frozen: {why}'); END"
                for operation in ("UPDATE", "DELETE")
            ]
        result.append(
            "CREATE TRIGGER resolution_date_frozen_insert BEFORE INSERT ON resolution_date\n"
            "    WHEN COALESCE((SELECT status FROM assessment WHERE id = NEW.assessment_id), "
            "'draft') <> 'draft'\n"
            f"BEGIN SELECT RAISE(ABORT, '{_MSG_DRAFT_ONLY}'); END"
        )
    elif dialect == "postgresql":
        for table, why in _APPEND_ONLY.items():
            result += [
                f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION concert_refuse('{why}')""",
                f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
                FOR EACH STATEMENT
                EXECUTE FUNCTION concert_refuse('{table} cannot be truncated')""",
                f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"CREATE POLICY cleared ON {table} USING ({_CLEARED}) WITH CHECK ({_CLEARED})",
            ]
        result.append(
            """CREATE TRIGGER resolution_date_frozen BEFORE INSERT ON resolution_date
            FOR EACH ROW EXECUTE FUNCTION concert_child_guard('resolution dates')"""
        )
    else:
        raise ValueError(f"unsupported database {dialect}")
    return result


def drop_statements(dialect: str) -> list[str]:
    result: list[str] = []
    if dialect == "sqlite":
        result.append("DROP TRIGGER IF EXISTS resolution_date_frozen_insert")
        for table in _APPEND_ONLY:
            result += [f"DROP TRIGGER IF EXISTS {table}_no_update",
                       f"DROP TRIGGER IF EXISTS {table}_no_delete"]
    else:
        result.append("DROP TRIGGER IF EXISTS resolution_date_frozen ON resolution_date")
        for table in _APPEND_ONLY:
            result += [f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
                       f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
                       f"DROP POLICY IF EXISTS cleared ON {table}"]
    return result
