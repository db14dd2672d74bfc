"""DDL of migration 0015 (PostgreSQL only): the newest (or oldest) matches of a text search that
a login is cleared to see, read in order by the owner's function.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.

Why: when a word is common, a search's page is best read by walking the table in the order of
the last change and stopping after the page (models.search_sql). Walked as an official, under
row-level security, every row read is first checked against the policy (a lookup of its
assessment), because the tsvector match is not LEAKPROOF and may not run before it: the walk
costs two to three times the owner's (bench, 100k records: 75 against 24 ms for a word in a few
percent of the cases), and an official's search stayed above twice the raw query.

`concert_cleared_walk(query, limit, oldest)` returns the first `limit` search rows (without
their tsvector) matching `query` whose assessment the caller may see, newest first (`oldest`:
oldest first), ties by assessment id, as the search's own order has them. It runs as the owner
(SECURITY DEFINER), whom row-level security does not hold, so the match is tested first and the
clearance only for the rows that match; the clearance rule is concert_cleared_matches' (ddl_0014),
for `session_user`, in the same words (0013's policy test, imported). It always walks (see
FUNCTION). A search calls it only without other filters, in the order of the last change; with
filters the page is walked under the policies as before.

EXECUTE: the group roles of models.roles, not PUBLIC (as concert_cleared_matches).
"""

from __future__ import annotations

from models.migrations.ddl_0013 import _ASSESSMENT_TEST
from models.migrations.ddl_0014 import _GROUPS

SIGNATURE = "concert_cleared_walk(TSQUERY, INTEGER, BOOLEAN)"

_WALK = """
            SELECT s.assessment_id, s.updated_at, s.status, s.playbook_id, s.verdict,
                   s.decision
            FROM assessment_search s
            WHERE s.document @@ p_query
              AND ((SELECT concert_above_clearance())
                   OR COALESCE((SELECT true FROM assessment
                                WHERE id = s.assessment_id AND ({test})), false))
            ORDER BY s.updated_at {way}, s.assessment_id ASC
            LIMIT p_limit;"""

# The function is called to walk: the search asks for it only when the words are common
# (models.search_sql). Left to choose, the planner prefers gathering every match through the
# text index and sorting them (its estimate of a prefix's matches errs low: 1,833 for 33,030),
# which reads and clears every match: 160 ms where the walk takes 4. Bitmap and sequential
# scans are therefore off inside it, which leaves the index on updated_at, read in order.
FUNCTION = f"""
    CREATE FUNCTION concert_cleared_walk(p_query TSQUERY, p_limit INTEGER, p_oldest BOOLEAN)
    RETURNS TABLE (assessment_id VARCHAR, updated_at TIMESTAMPTZ, status VARCHAR,
                   playbook_id VARCHAR, verdict VARCHAR, decision VARCHAR)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 100
    SET search_path = public, pg_temp SET enable_bitmapscan = off SET enable_seqscan = off
    AS $function$
    BEGIN
        IF p_oldest THEN
            RETURN QUERY{_WALK.format(test=_ASSESSMENT_TEST, way="ASC")}
        ELSE
            RETURN QUERY{_WALK.format(test=_ASSESSMENT_TEST, way="DESC")}
        END IF;
    END
    $function$"""


def _grants() -> str:
    grants = "\n".join(
        f"IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN "
        f"EXECUTE 'GRANT EXECUTE ON FUNCTION {SIGNATURE} TO {group}'; END IF;"
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
