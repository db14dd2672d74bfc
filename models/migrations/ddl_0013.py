"""DDL of migration 0013 (PostgreSQL only): the clearance rule of the tables a search reads,
written so that the server works out the official's clearance once per statement instead of
once per row.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.

Why: the policies of 0008 call `concert_cleared(classification)` on every assessment row and
`concert_sees_assessment(assessment_id)` on every row of a table belonging to one. Both are
SECURITY DEFINER functions with their own search_path, which PostgreSQL cannot inline, and row
security runs them before any other condition, so a search as an official ran them on every row
it looked at: searching "Spain" at 100k records took 0.8 s (the owner: 25 ms), the count up to
1,001 matches 1,001+ calls of each.

The rule is the same (ddl_0008): an official sees an assessment when its marking ranks at or below
the official's clearance; a marking not in `classification_level` ranks with the highest level;
a login that is not an official sees none. Now:
- `assessment`: the markings the login may see (`concert_cleared_markings()`) and whether it is
  cleared for every marking (`concert_cleared_above_all()`, which covers unknown markings) are
  uncorrelated subqueries of the policy, so the planner runs each once per statement (an
  InitPlan) and each row is one comparison;
- `decision`, `assessment_search`, `assessment_search_text` (what a search and History's page
  read): a row is seen when its assessment is, looked up under the assessment's own policy (one
  index lookup, no function call). A scalar subquery, not EXISTS: EXISTS lets the planner hash
  every visible assessment first (100,000 rows for one search).
The other tables of an assessment keep the 0008 policies (the same rule; not on a search's path).
The owner and superusers are not subject to row security, as before.
"""

from __future__ import annotations

_DEFINER = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp"

# Called once per statement by the policies below (as uncorrelated subqueries).
FUNCTIONS = {
    "concert_clearance_rank()": f"""
        CREATE FUNCTION concert_clearance_rank() RETURNS INTEGER {_DEFINER}
        AS $$
            SELECT COALESCE((SELECT l.rank FROM official o JOIN classification_level l
                             ON l.name = upper(btrim(o.clearance))
                             WHERE o.login = session_user), -1)
        $$""",
    "concert_cleared_markings()": f"""
        CREATE FUNCTION concert_cleared_markings() RETURNS TEXT[] {_DEFINER}
        AS $$
            SELECT COALESCE(array_agg(name), '{{}}') FROM classification_level
            WHERE rank <= concert_clearance_rank()
        $$""",
    "concert_cleared_above_all()": f"""
        CREATE FUNCTION concert_cleared_above_all() RETURNS BOOLEAN {_DEFINER}
        AS $$ SELECT concert_clearance_rank() >= (SELECT max(rank) FROM classification_level) $$""",
}

_ASSESSMENT_TEST = (
    "(SELECT concert_cleared_above_all()) OR "
    "upper(btrim(classification)) = ANY (CAST((SELECT concert_cleared_markings()) AS TEXT[]))"
)
_BELONGS_TEST = "COALESCE((SELECT true FROM assessment a WHERE a.id = assessment_id), false)"

POLICIES = {
    "assessment": _ASSESSMENT_TEST,
    **{table: _BELONGS_TEST
       for table in ("decision", "assessment_search", "assessment_search_text")},
}  # fmt: skip

# What 0008 had on these tables (restored by the downgrade).
_POLICIES_0008 = {
    "assessment": "concert_cleared(classification)",
    **{table: "concert_sees_assessment(assessment_id)"
       for table in ("decision", "assessment_search", "assessment_search_text")},
}  # fmt: skip

# The group roles of models.roles, granted the new functions when they exist already (a later
# `admin roles init` grants them too).
_GROUPS = ("concert_drafter", "concert_reviewer", "concert_minister", "concert_auditor",
           "concert_reader")  # fmt: skip


def _replace(policies: dict[str, str]) -> list[str]:
    result: list[str] = []
    for table, test in policies.items():
        result += [f"DROP POLICY IF EXISTS cleared ON {table}",
                   f"CREATE POLICY cleared ON {table} USING ({test}) WITH CHECK ({test})"]
    return result


def _grants() -> str:
    grants = "\n".join(
        f"IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
        f"EXECUTE 'GRANT EXECUTE ON FUNCTION {signature} TO {group}'; END IF;"
        for group in _GROUPS
        for signature in FUNCTIONS
    )
    return f"DO $$ BEGIN\n{grants}\nEND $$"


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    if dialect != "postgresql":
        raise ValueError(f"unsupported database {dialect}")
    revokes = [f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC" for signature in FUNCTIONS]
    return [*FUNCTIONS.values(), *revokes, _grants(), *_replace(POLICIES)]


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    return [*_replace(_POLICIES_0008),
            *(f"DROP FUNCTION IF EXISTS {signature}" for signature in reversed(FUNCTIONS))]
