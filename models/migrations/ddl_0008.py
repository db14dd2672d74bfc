"""DDL of migration 0008 (PostgreSQL only): who acted as the server knows it, the writers'
lock that only writers can take, and the few changes of a draft that officials make through
functions the owner defines instead of holding UPDATE or DELETE on audited tables.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.

- `audit_entry.login` is set to `session_user` by a trigger on every insert, whatever the
  client sent: the login is the server's word, not the program's.
- `audit_head` advances by a trigger after each entry (SECURITY DEFINER, owned by the owner),
  so no official needs UPDATE on it.
- The changes of a draft that rewrite rows (its version bump and details, an answer replaced,
  an option renamed or dropped, a decided assessment superseded) are functions that run as the
  owner; each first checks that the login may write the rows in question (INSERT on them, which
  only the writing roles hold: models.roles) and leaves the frozen-record triggers in charge.
- `write_lock`: one row that writers lock FOR UPDATE (models.db). Taking that lock needs UPDATE
  on the table, which only the writing roles get; an advisory lock could be taken by any login.

- Clearance: row-level security on the assessment and every table that belongs to one. An
  official sees (and writes) a row only when the assessment's classification ranks at or below
  the official's clearance (`official.clearance`, ranks in `classification_level`; a marking
  not in that table ranks with the highest level). The owner owns the tables and is not
  subject to the policies; a login that is not in `official` sees no assessment at all.

SQLite is single-user: its column stays NULL and none of this applies.
"""

from __future__ import annotations

_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"


def _may(table: str, privilege: str = "INSERT") -> str:
    return f"""IF NOT has_table_privilege(session_user, '{table}', '{privilege}') THEN
                RAISE EXCEPTION 'permission denied: % may not write %', session_user, '{table}'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;"""


def _sees(assessment: str) -> str:
    """Refuse, inside an owner's function, a row of an assessment above the login's clearance
    (the function itself is not subject to row-level security; the owner and superusers are
    above it anyway)."""
    return f"""IF NOT concert_above_clearance() AND NOT concert_sees_assessment({assessment}) THEN
                RAISE EXCEPTION 'permission denied: % is not cleared for this assessment',
                    session_user USING ERRCODE = 'insufficient_privilege';
            END IF;"""


_OPTION_ASSESSMENT = "(SELECT assessment_id FROM case_option WHERE id = p_option)"

FUNCTIONS = {
    "concert_audit_login()": """
        CREATE FUNCTION concert_audit_login() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.login := session_user;
            RETURN NEW;
        END $$""",
    "concert_audit_advance_head()": f"""
        CREATE FUNCTION concert_audit_advance_head() RETURNS trigger LANGUAGE plpgsql {_DEFINER}
        AS $$
        BEGIN
            UPDATE audit_head SET seq = NEW.seq, entry_hash = NEW.entry_hash WHERE id = 1;
            RETURN NULL;
        END $$""",
    "concert_touch_draft(VARCHAR, INTEGER, TIMESTAMPTZ, JSONB)": f"""
        CREATE FUNCTION concert_touch_draft(p_id VARCHAR, p_read INTEGER, p_now TIMESTAMPTZ,
                                            p_changes JSONB) RETURNS INTEGER
        LANGUAGE plpgsql {_DEFINER} AS $$
        DECLARE done INTEGER;
        BEGIN
            {_sees("p_id")}
            IF NOT p_changes ? 'status' THEN
                {_may("answer")}
            ELSE
                -- Only a decision decides: the row is there (INSERT on decision is a
                -- minister's right), inserted in this same transaction.
                {_may("decision")}
                IF p_changes->>'status' <> 'decided' OR NOT EXISTS
                   (SELECT 1 FROM decision WHERE assessment_id = p_id) THEN
                    RAISE EXCEPTION 'permission denied: an assessment is decided by a decision'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END IF;
            IF EXISTS (SELECT 1 FROM jsonb_object_keys(p_changes) AS k
                       WHERE k NOT IN ('title', 'proposed_action', 'crisis',
                                       'classification', 'status')) THEN
                RAISE EXCEPTION 'permission denied: not a detail of a draft'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE assessment SET
                row_version = row_version + 1,
                updated_at = p_now,
                title = COALESCE(p_changes->>'title', title),
                proposed_action = COALESCE(p_changes->>'proposed_action', proposed_action),
                crisis = COALESCE(p_changes->>'crisis', crisis),
                classification = COALESCE(p_changes->>'classification', classification),
                status = COALESCE(p_changes->>'status', status)
            WHERE id = p_id AND row_version = p_read AND status = 'draft';
            GET DIAGNOSTICS done = ROW_COUNT;
            RETURN done;
        END $$""",
    "concert_drop_answer(VARCHAR, VARCHAR)": f"""
        CREATE FUNCTION concert_drop_answer(p_assessment VARCHAR, p_question VARCHAR)
        RETURNS VOID LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            {_may("answer")}
            {_sees("p_assessment")}
            DELETE FROM evidence_item WHERE answer_id IN
                (SELECT id FROM answer WHERE assessment_id = p_assessment
                                         AND question_id = p_question);
            DELETE FROM answer WHERE assessment_id = p_assessment AND question_id = p_question;
            DELETE FROM member_position WHERE assessment_id = p_assessment
                                          AND question_id = p_question;
        END $$""",
    "concert_drop_option_answers(VARCHAR, VARCHAR)": f"""
        CREATE FUNCTION concert_drop_option_answers(p_option VARCHAR, p_question VARCHAR)
        RETURNS VOID LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            {_may("option_answer")}
            {_sees(_OPTION_ASSESSMENT)}
            DELETE FROM option_answer WHERE option_id = p_option
                AND (p_question IS NULL OR question_id = p_question);
        END $$""",
    "concert_drop_option(VARCHAR)": f"""
        CREATE FUNCTION concert_drop_option(p_option VARCHAR)
        RETURNS VOID LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            {_may("case_option")}
            {_sees(_OPTION_ASSESSMENT)}
            DELETE FROM option_answer WHERE option_id = p_option;
            DELETE FROM case_option WHERE id = p_option;
        END $$""",
    "concert_place_option(VARCHAR, INTEGER, TEXT, TEXT)": f"""
        CREATE FUNCTION concert_place_option(p_option VARCHAR, p_position INTEGER,
                                             p_title TEXT, p_description TEXT)
        RETURNS VOID LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            {_may("case_option")}
            {_sees(_OPTION_ASSESSMENT)}
            UPDATE case_option SET position = p_position,
                title = COALESCE(p_title, title), description = COALESCE(p_description, description)
            WHERE id = p_option;
        END $$""",
    "concert_supersede(VARCHAR, VARCHAR)": f"""
        CREATE FUNCTION concert_supersede(p_old VARCHAR, p_new VARCHAR)
        RETURNS VOID LANGUAGE plpgsql {_DEFINER} AS $$
        BEGIN
            {_may("assessment")}
            {_sees("p_old")}
            IF NOT EXISTS (SELECT 1 FROM assessment WHERE id = p_new AND supersedes_id = p_old
                                                      AND status = 'draft') THEN
                RAISE EXCEPTION 'permission denied: % is not a new revision of %', p_new, p_old
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            UPDATE assessment SET status = 'superseded', superseded_by_id = p_new
            WHERE id = p_old;
        END $$""",
}

_STABLE_DEFINER = f"LANGUAGE sql STABLE {_DEFINER}"

# Whether session_user may see a row (the policies' tests). They read the tables as the owner,
# to whom the policies do not apply.
VISIBILITY_FUNCTIONS = {
    # The owner (of the tables) and superusers: row-level security does not apply to them.
    "concert_above_clearance()": f"""
        CREATE FUNCTION concert_above_clearance() RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$
            SELECT COALESCE((SELECT rolsuper OR rolbypassrls FROM pg_roles
                             WHERE rolname = session_user), false)
                OR pg_has_role(session_user, (SELECT tableowner FROM pg_tables
                    WHERE schemaname = 'public' AND tablename = 'assessment'), 'MEMBER')
        $$""",
    "concert_cleared(TEXT)": f"""
        CREATE FUNCTION concert_cleared(p_classification TEXT) RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$
            SELECT COALESCE((SELECT rank FROM classification_level
                             WHERE name = upper(btrim(p_classification))),
                            (SELECT max(rank) FROM classification_level))
                <= COALESCE((SELECT l.rank FROM official o JOIN classification_level l
                             ON l.name = upper(btrim(o.clearance))
                             WHERE o.login = session_user), -1)
        $$""",
    "concert_sees_assessment(VARCHAR)": f"""
        CREATE FUNCTION concert_sees_assessment(p_id VARCHAR) RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$ SELECT concert_cleared((SELECT classification FROM assessment WHERE id = p_id)) $$""",
    "concert_sees_answer(VARCHAR)": f"""
        CREATE FUNCTION concert_sees_answer(p_id VARCHAR) RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$ SELECT concert_sees_assessment((SELECT assessment_id FROM answer WHERE id = p_id))
        $$""",
    "concert_sees_decision(VARCHAR)": f"""
        CREATE FUNCTION concert_sees_decision(p_id VARCHAR) RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$ SELECT concert_sees_assessment(
                  (SELECT assessment_id FROM decision WHERE id = p_id)) $$""",
    "concert_sees_condition(VARCHAR)": f"""
        CREATE FUNCTION concert_sees_condition(p_id VARCHAR) RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$ SELECT concert_sees_decision(
                  (SELECT decision_id FROM decision_condition WHERE id = p_id)) $$""",
    "concert_sees_memo(VARCHAR)": f"""
        CREATE FUNCTION concert_sees_memo(p_id VARCHAR) RETURNS BOOLEAN {_STABLE_DEFINER}
        AS $$ SELECT concert_sees_assessment((SELECT assessment_id FROM memo WHERE id = p_id))
        $$""",
}

# Table -> the test of its rows.
CLEARED_TABLES = {
    "assessment": "concert_cleared(classification)",
    **{table: "concert_sees_assessment(assessment_id)" for table in (
        "answer", "member_position", "decision", "case_note", "case_option", "option_answer",
        "memo", "assessment_search", "assessment_search_text")},
    "evidence_item": "concert_sees_answer(answer_id)",
    **{table: "concert_sees_decision(decision_id)" for table in (
        "dissent", "decision_condition", "decision_option")},
    "condition_review": "concert_sees_condition(condition_id)",
    "memo_signature": "concert_sees_memo(memo_id)",
}  # fmt: skip

TRIGGERS = [
    """CREATE TRIGGER audit_entry_login BEFORE INSERT ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION concert_audit_login()""",
    """CREATE TRIGGER audit_entry_advances_head AFTER INSERT ON audit_entry
       FOR EACH ROW EXECUTE FUNCTION concert_audit_advance_head()""",
]


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    if dialect != "postgresql":
        raise ValueError(f"unsupported database {dialect}")
    revokes = [f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"
               for signature in (*FUNCTIONS, *VISIBILITY_FUNCTIONS)]  # fmt: skip
    policies: list[str] = []
    for table, test in CLEARED_TABLES.items():
        policies += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY cleared ON {table} USING ({test}) WITH CHECK ({test})",
        ]
    return [*FUNCTIONS.values(), *TRIGGERS, *VISIBILITY_FUNCTIONS.values(), *revokes, *policies]


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return []
    policies: list[str] = []
    for table in CLEARED_TABLES:
        policies += [f"DROP POLICY IF EXISTS cleared ON {table}",
                     f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY"]  # fmt: skip
    return [
        *policies,
        *(f"DROP FUNCTION IF EXISTS {signature}" for signature in reversed(VISIBILITY_FUNCTIONS)),
        "DROP TRIGGER IF EXISTS audit_entry_login ON audit_entry",
        "DROP TRIGGER IF EXISTS audit_entry_advances_head ON audit_entry",
        *(f"DROP FUNCTION IF EXISTS {signature}" for signature in FUNCTIONS),
    ]
