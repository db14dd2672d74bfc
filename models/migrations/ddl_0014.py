"""DDL of migration 0014 (PostgreSQL only): an official's text search through the text index,
with the clearance rule applied by the owner's function.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.

Why: under row-level security PostgreSQL applies a table's policy before any condition whose
function is not LEAKPROOF, and the tsvector match (`ts_match_vq`, the `@@` operator) is not: a
search as an official could never use the GIN index of `assessment_search.document`, and read
every search row to find a rare word (100k records: "Ulgoria 2025", 25 matches, 2.3 s; the owner
19 ms). Marking `ts_match_vq` LEAKPROOF would take a superuser, and is the ministry's DBA's call,
not the product's.

`concert_cleared_matches(query, limit)` returns the search rows (`assessment_search` without
its tsvector) that match `query` and whose assessment the caller may see (at most `limit` of
them, in no order). It runs as
the owner (SECURITY DEFINER), whom row-level security does not hold, so the match goes through
the index; it then applies the clearance rule itself, for `session_user` (the login: inside the
function `current_user` is the owner; the policies' functions ask session_user too), with the
same words as the policies:
- the owner and superusers see every match (`concert_above_clearance()`, ddl_0008, as the
  owner's other functions decide it);
- anyone else sees a match when its assessment passes the `assessment` policy's own test of
  migration 0013 (the text of ddl_0013, not a copy of it: the clearance worked out once per
  call, a marking not in `classification_level` ranking with the highest level, a login that is
  not an official seeing nothing), looked up as 0013's policies of the search tables do (a
  scalar subquery, one index lookup a match; EXISTS may hash every assessment first).
A search (models.search_sql) filters, orders and counts these rows; it reads each row of its
page (title, decision, text) as the login, under those tables' policies. Joining the matches
back to `assessment_search` under its policy instead cost a quarter of an official's search
(bench, 10k records: p50 23 -> 15 ms without it) and checks the same rule a second time.

EXECUTE: the group roles of models.roles (every one of them searches, the reader too), not
PUBLIC. A login outside the groups that was given SELECT on the tables by hand is refused a text
search in one line ("lacks EXECUTE on function concert_cleared_matches"); a member of a group
that is not in `official` finds nothing, as it reads nothing.
"""

from __future__ import annotations

from models.migrations.ddl_0013 import _ASSESSMENT_TEST

SIGNATURE = "concert_cleared_matches(TSQUERY, INTEGER)"

# p_limit: at most that many matches, in no order (NULL: all). A caller's query reads a
# set-returning function whole before its first row, so a search counting up to 1,001 matches
# asks for no more: the index scan stops there (a word in half of 100k records: 45k matches,
# each cleared by one index lookup, otherwise).
# ROWS: the planner's guess of matches; it cannot know (the count's window is 1,001).
FUNCTION = f"""
    CREATE FUNCTION concert_cleared_matches(p_query TSQUERY, p_limit INTEGER)
    RETURNS TABLE (assessment_id VARCHAR, updated_at TIMESTAMPTZ, status VARCHAR,
                   playbook_id VARCHAR, verdict VARCHAR, decision VARCHAR)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp ROWS 1000
    AS $$
        SELECT s.assessment_id, s.updated_at, s.status, s.playbook_id, s.verdict, s.decision
        FROM assessment_search s
        WHERE s.document @@ p_query
          AND ((SELECT concert_above_clearance())
               OR COALESCE((SELECT true FROM assessment
                            WHERE id = s.assessment_id AND ({_ASSESSMENT_TEST})), false))
        LIMIT p_limit
    $$"""

# The group roles of models.roles, granted the function when they exist already (a later
# `admin roles init` grants it too).
_GROUPS = ("concert_drafter", "concert_reviewer", "concert_minister", "concert_auditor",
           "concert_reader")  # fmt: skip


def _grants(signature: str = SIGNATURE) -> str:
    """EXECUTE on `signature` for the groups that exist (ddl_0015 grants its function so too)."""
    grants = "\n".join(
        f"IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
        f"EXECUTE 'GRANT EXECUTE ON FUNCTION {signature} TO {group}'; END IF;"
        for group in _GROUPS
    )
    return f"DO $$ BEGIN\n{grants}\nEND $$"


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    if dialect != "postgresql":
        raise ValueError(f"unsupported database {dialect}")
    return [FUNCTION, f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC", _grants()]


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    return [f"DROP FUNCTION IF EXISTS {SIGNATURE}"]
