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
for `session_user`, in the same words (0013's policy test, imported). How it walks, and when
it stops walking: FUNCTION. A search calls it only without other filters, in the order of the
last change; with filters the page is walked under the policies as before.

EXECUTE: the group roles of models.roles, not PUBLIC (as concert_cleared_matches).
"""

from __future__ import annotations

from models.migrations.ddl_0013 import _ASSESSMENT_TEST
from models.migrations.ddl_0014 import _grants

SIGNATURE = "concert_cleared_walk(TSQUERY, INTEGER, BOOLEAN)"

_CLEARED = """((SELECT concert_above_clearance())
                   OR COALESCE((SELECT true FROM assessment
                                WHERE id = {row}.assessment_id AND ({test})), false))"""
_COLUMNS = "{row}.assessment_id, {row}.updated_at, {row}.status, {row}.playbook_id, " \
    "{row}.verdict, {row}.decision"

# One direction: `way` ASC or DESC, `beyond` the comparison that says a row comes after another.
# Every column is named with its table: the function's result columns are variables inside it.
_DIRECTION = """
        RETURN QUERY
            SELECT {walked_columns}
            FROM (SELECT * FROM assessment_search a ORDER BY a.updated_at {way}, a.assessment_id
                  LIMIT v_window) w
            WHERE w.document @@ p_query AND {walked_cleared}
            ORDER BY w.updated_at {way}, w.assessment_id
            LIMIT p_limit;
        GET DIAGNOSTICS v_found = ROW_COUNT;
        IF v_found < p_limit THEN
            SELECT b.updated_at, b.assessment_id INTO v_at, v_id FROM assessment_search b
            ORDER BY b.updated_at {way}, b.assessment_id OFFSET v_window - 1 LIMIT 1;
            IF FOUND THEN
                RETURN QUERY
                    SELECT {columns}
                    FROM assessment_search s
                    WHERE s.document @@ p_query AND {cleared}
                      AND (s.updated_at {beyond} v_at
                           OR (s.updated_at = v_at AND s.assessment_id > v_id))
                    ORDER BY s.updated_at {way}, s.assessment_id
                    LIMIT p_limit - v_found;
            END IF;
        END IF;"""


def _direction(way: str, beyond: str) -> str:
    return _DIRECTION.format(
        way=way, beyond=beyond,
        walked_columns=_COLUMNS.format(row="w"), columns=_COLUMNS.format(row="s"),
        walked_cleared=_CLEARED.format(row="w", test=_ASSESSMENT_TEST),
        cleared=_CLEARED.format(row="s", test=_ASSESSMENT_TEST),
    )


# The search asks for it only when the words are common (models.search_sql), so it walks: the
# newest (oldest) rows, read in order through the index on updated_at (a LIMIT in a subquery:
# the match cannot be pushed below it, so no plan gathers every match first, which the planner
# otherwise prefers for a prefix it underestimates: 33,030 matches sorted, 160 ms, where the
# walk takes 2), stopping at the page. A word common in older cases but rare in the newest
# would make it read far (a word in 4,667 of 100k cases, 100 matches only after 32,415 rows:
# 95 ms), so it reads at most a window of rows; when the window holds less than the page, the
# rest is taken from every match after it, sorted (the raw query's plan for such a word:
# 13 ms). The window: each row walked and each match sorted costs about the same (~3 us, the
# tsvector read and matched), so a page of p rows found by walking N rows with m matches costs
# p N / m, and sorting them m: equal at m = sqrt(p N), where the walk reads sqrt(p N) rows.
# That is the window (at least the page; the statistics' count of rows, -1 before any, is all
# it reads of the table's size): a walk that gives up has cost no more than the sort.
FUNCTION = f"""
    CREATE FUNCTION concert_cleared_walk(p_query TSQUERY, p_limit INTEGER, p_oldest BOOLEAN)
    RETURNS TABLE (assessment_id VARCHAR, updated_at TIMESTAMPTZ, status VARCHAR,
                   playbook_id VARCHAR, verdict VARCHAR, decision VARCHAR)
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 100 SET search_path = public, pg_temp
    AS $function$
    DECLARE
        v_window INTEGER;
        v_found INTEGER;
        v_at TIMESTAMPTZ;
        v_id VARCHAR;
    BEGIN
        SELECT greatest(p_limit, ceil(sqrt(CAST(p_limit AS float8) * greatest(c.reltuples, 0))))
        INTO v_window FROM pg_class c WHERE c.oid = CAST('assessment_search' AS regclass);
        IF p_oldest THEN{_direction("ASC", ">")}
        ELSE{_direction("DESC", "<")}
        END IF;
    END
    $function$"""


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    if dialect != "postgresql":
        raise ValueError(f"unsupported database {dialect}")
    return [FUNCTION, f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC", _grants(SIGNATURE)]


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    return [f"DROP FUNCTION IF EXISTS {SIGNATURE}"]
