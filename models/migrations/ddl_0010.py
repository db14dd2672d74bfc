"""DDL of migration 0010: the routing of a draft (models.routing) is append-only, and on
PostgreSQL each group may record only the acts its role is entitled to.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.

- Both databases: a routing step is never changed or deleted (triggers, as for a note; every
  refusal starts with "frozen:", models.db.FROZEN_MARKER; PostgreSQL reuses concert_refuse()).
- PostgreSQL: row-level security on routing_step. The permissive policy `cleared` hides the
  steps of an assessment above the login's clearance, as on every table of an assessment
  (ddl_0008). The restrictive policy `routed_by_role` lets a row in only when the login's
  group is the one entitled to that act at the case's stage, the case is a draft and the
  row's position follows the last step: a drafter submits (a new or returned draft), a
  reviewer passes or returns a submitted case, a minister returns a passed one. Grants give
  INSERT on the table to the three writing groups (models.roles); this policy says which rows.

Why a policy and not a trigger: the rule is of the same kind as the clearance rule (which rows
a login may write), so it sits beside it where an administrator reviews such rules
(pg_policies); like every policy it binds officials but not the owner, who migrates and
repairs; and a refused row is reported by the server as a row-level security violation naming
the policy, which models.rights turns into one line. A trigger would fire for the owner too
and hide the rule among the frozen-record triggers.
"""

from __future__ import annotations

_WHY = "a routing step cannot be changed or deleted"
_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"


def _member(group: str) -> str:
    # pg_has_role on the group's oid: NULL (refused) where the group does not exist yet, where
    # the role's name would raise an error.
    return (f"COALESCE(pg_has_role(session_user, (SELECT oid FROM pg_roles "
            f"WHERE rolname = '{group}'), 'MEMBER'), false)")


MAY_ROUTE = "concert_may_route(VARCHAR, INTEGER, VARCHAR)"
_MAY_ROUTE = f"""
    CREATE FUNCTION concert_may_route(p_assessment VARCHAR, p_position INTEGER, p_act VARCHAR)
    RETURNS BOOLEAN LANGUAGE sql STABLE {_DEFINER} AS $$
        WITH last AS (
            SELECT (SELECT act FROM routing_step WHERE assessment_id = p_assessment
                    ORDER BY position DESC LIMIT 1) AS act,
                   (SELECT COALESCE(max(position), 0) FROM routing_step
                    WHERE assessment_id = p_assessment) AS position
        )
        SELECT COALESCE((SELECT status FROM assessment WHERE id = p_assessment), '') = 'draft'
           AND p_position = last.position + 1
           AND CASE
                 WHEN p_act = 'submit' AND (last.act IS NULL OR last.act = 'return')
                     THEN {_member("concert_drafter")}
                 WHEN p_act IN ('pass', 'return') AND last.act = 'submit'
                     THEN {_member("concert_reviewer")}
                 WHEN p_act = 'return' AND last.act = 'pass'
                     THEN {_member("concert_minister")}
                 ELSE false
               END
        FROM last
    $$"""


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER routing_step_no_{operation.lower()} BEFORE {operation} ON "
            f"routing_step\nBEGIN SELECT RAISE(ABORT, 'frozen: {_WHY}'); END"
            for operation in ("UPDATE", "DELETE")
        ]
    if dialect != "postgresql":
        raise ValueError(f"unsupported database {dialect}")
    return [
        f"""CREATE TRIGGER routing_step_append_only BEFORE UPDATE OR DELETE ON routing_step
        FOR EACH ROW EXECUTE FUNCTION concert_refuse('{_WHY}')""",
        """CREATE TRIGGER routing_step_no_truncate BEFORE TRUNCATE ON routing_step
        FOR EACH STATEMENT EXECUTE FUNCTION concert_refuse('routing_step cannot be truncated')""",
        _MAY_ROUTE,
        f"REVOKE ALL ON FUNCTION {MAY_ROUTE} FROM PUBLIC",
        "ALTER TABLE routing_step ENABLE ROW LEVEL SECURITY",
        """CREATE POLICY cleared ON routing_step USING (concert_sees_assessment(assessment_id))
        WITH CHECK (concert_sees_assessment(assessment_id))""",
        """CREATE POLICY routed_by_role ON routing_step AS RESTRICTIVE FOR INSERT
        WITH CHECK (concert_may_route(assessment_id, position, act))""",
    ]


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return ["DROP TRIGGER IF EXISTS routing_step_no_update",
                "DROP TRIGGER IF EXISTS routing_step_no_delete"]  # fmt: skip
    return [
        "DROP POLICY IF EXISTS routed_by_role ON routing_step",
        "DROP POLICY IF EXISTS cleared ON routing_step",
        "ALTER TABLE routing_step DISABLE ROW LEVEL SECURITY",
        f"DROP FUNCTION IF EXISTS {MAY_ROUTE}",
        "DROP TRIGGER IF EXISTS routing_step_append_only ON routing_step",
        "DROP TRIGGER IF EXISTS routing_step_no_truncate ON routing_step",
    ]
