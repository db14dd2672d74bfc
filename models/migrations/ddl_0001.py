"""DDL of migration 0001 that SQLModel cannot describe: search tables and immutability triggers.

Frozen with its migration: a later schema change writes its own DDL module, never edits this one.

What the triggers guarantee, on both databases, whatever program writes:
- an assessment that is not a draft cannot be updated or deleted, except the one change `revise`
  makes (decided -> superseded, setting superseded_by_id, nothing else);
- answers, evidence items and member positions of such an assessment cannot be inserted, updated
  or deleted;
- a decision can be inserted only for a draft assessment, and never updated or deleted;
- dissents, audit entries, memos and memo signatures are never updated or deleted;
- an audit entry must continue the chain at its head, and the head only advances entry by entry.
"""

from __future__ import annotations

ZERO_HASH = "0" * 64

_ASSESSMENT_COLUMNS_FIXED_AFTER_DECISION = (
    "id", "root_id", "revision", "supersedes_id", "title", "proposed_action", "crisis",
    "classification", "playbook_id", "playbook_version", "playbook_hash", "created_at",
    "updated_at", "created_by", "row_version",
)  # fmt: skip

_APPEND_ONLY_TABLES = {
    "decision": "a decision cannot be changed or deleted",
    "dissent": "a recorded dissent cannot be changed or deleted",
    "audit_entry": "audit entries cannot be changed or deleted",
    "memo": "a stored memo cannot be changed or deleted; store a new stage instead",
    "memo_signature": "a memo signature cannot be changed or deleted",
}

_MSG_ASSESSMENT = "frozen: a decided or superseded assessment cannot be changed; revise it instead"
_MSG_CHILD = "frozen: {what} of a decided or superseded assessment cannot be changed"
_MSG_DECIDED = "frozen: the assessment is already decided"
_MSG_CHAIN = "frozen: an audit entry must continue the chain at its head"
_MSG_HEAD = "frozen: the audit head only advances to the entry just appended"
_MSG_HEAD_DELETE = "frozen: the audit head cannot be deleted"


def statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return _sqlite_search() + _sqlite_triggers()
    if dialect == "postgresql":
        return _postgresql_search() + _postgresql_triggers()
    raise ValueError(f"unsupported database {dialect}")


def drop_statements(dialect: str) -> list[str]:
    if dialect == "sqlite":
        return [
            "DROP TABLE IF EXISTS assessment_fts",
            "DROP TABLE IF EXISTS assessment_search_text",
            "DROP TABLE IF EXISTS assessment_search",
        ]
    return [
        "DROP TABLE IF EXISTS assessment_search_text",
        "DROP TABLE IF EXISTS assessment_search",
        "DROP FUNCTION IF EXISTS concert_refuse() CASCADE",
        "DROP FUNCTION IF EXISTS concert_assessment_guard() CASCADE",
        "DROP FUNCTION IF EXISTS concert_child_guard() CASCADE",
        "DROP FUNCTION IF EXISTS concert_evidence_guard() CASCADE",
        "DROP FUNCTION IF EXISTS concert_decision_insert_guard() CASCADE",
        "DROP FUNCTION IF EXISTS concert_audit_insert_guard() CASCADE",
        "DROP FUNCTION IF EXISTS concert_audit_head_guard() CASCADE",
        "DROP FUNCTION IF EXISTS concert_assessment_status(VARCHAR)",
        "DROP FUNCTION IF EXISTS concert_evidence_status(VARCHAR)",
    ]


# --- search -----------------------------------------------------------------------------------
# assessment_search: one slim row per assessment with the columns a search filters and sorts on
# (copied from the assessment and its decision by models.search.reindex_assessment in the same
# transaction), so a search over 100 000 assessments touches only this table and the text index.
# assessment_search_text: the text shown in snippets (`content`) and its search terms (`terms`:
# normalised tokens joined by spaces, made by models.search_text.search_terms). The index is built
# from the terms verbatim (FTS5 'ascii' tokenizer; PostgreSQL array_to_tsvector), so both
# databases match exactly the same tokens.

_SEARCH_COLUMNS = """
            updated_at {timestamp} NOT NULL,
            status VARCHAR(20) NOT NULL,
            playbook_id VARCHAR(200) NOT NULL,
            verdict VARCHAR(40),
            decision VARCHAR(40)"""

_SEARCH_INDEXES = [
    "CREATE INDEX ix_assessment_search_updated_at ON assessment_search (updated_at)",
    "CREATE INDEX ix_assessment_search_status ON assessment_search (status)",
    "CREATE INDEX ix_assessment_search_playbook_id ON assessment_search (playbook_id)",
    "CREATE INDEX ix_assessment_search_verdict ON assessment_search (verdict)",
]


def _sqlite_search() -> list[str]:
    columns = _SEARCH_COLUMNS.format(timestamp="DATETIME")
    return [
        f"""CREATE TABLE assessment_search (
            doc_id INTEGER PRIMARY KEY,
            assessment_id VARCHAR(36) NOT NULL UNIQUE REFERENCES assessment (id),{columns}
        )""",
        """CREATE TABLE assessment_search_text (
            doc_id INTEGER PRIMARY KEY REFERENCES assessment_search (doc_id),
            content TEXT NOT NULL,
            terms TEXT NOT NULL
        )""",
        # prefix='2 3': what is being typed is matched as a prefix, and a two- or three-letter
        # prefix without its own index merges the lists of every word it starts (bench, 100k
        # records: 'co*' 70 ms, with the prefix index 0.1 ms; the index grows 130 -> 315 MB).
        """CREATE VIRTUAL TABLE assessment_fts USING fts5(
            terms, content='assessment_search_text', content_rowid='doc_id', tokenize='ascii',
            prefix='2 3'
        )""",
        """CREATE TRIGGER assessment_search_text_ai AFTER INSERT ON assessment_search_text BEGIN
            INSERT INTO assessment_fts (rowid, terms) VALUES (NEW.doc_id, NEW.terms);
        END""",
        """CREATE TRIGGER assessment_search_text_ad AFTER DELETE ON assessment_search_text BEGIN
            INSERT INTO assessment_fts (assessment_fts, rowid, terms)
            VALUES ('delete', OLD.doc_id, OLD.terms);
        END""",
        """CREATE TRIGGER assessment_search_text_au AFTER UPDATE ON assessment_search_text BEGIN
            INSERT INTO assessment_fts (assessment_fts, rowid, terms)
            VALUES ('delete', OLD.doc_id, OLD.terms);
            INSERT INTO assessment_fts (rowid, terms) VALUES (NEW.doc_id, NEW.terms);
        END""",
        *_SEARCH_INDEXES,
    ]


def _postgresql_search() -> list[str]:
    columns = _SEARCH_COLUMNS.format(timestamp="TIMESTAMP WITH TIME ZONE")
    return [
        f"""CREATE TABLE assessment_search (
            assessment_id VARCHAR(36) PRIMARY KEY REFERENCES assessment (id),{columns},
            document tsvector NOT NULL
        )""",
        """CREATE TABLE assessment_search_text (
            assessment_id VARCHAR(36) PRIMARY KEY REFERENCES assessment_search (assessment_id),
            content TEXT NOT NULL
        )""",
        "CREATE INDEX ix_assessment_search_document ON assessment_search USING gin (document)",
        *_SEARCH_INDEXES,
    ]


# --- SQLite triggers --------------------------------------------------------------------------


def _sqlite_refuse(name: str, timing: str, table: str, when: str | None, message: str) -> str:
    condition = f"\n    WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER {name} {timing} ON {table}{condition}\n"
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _sqlite_status(assessment_id: str) -> str:
    return f"COALESCE((SELECT status FROM assessment WHERE id = {assessment_id}), 'draft')"


def _sqlite_evidence_status(answer_id: str) -> str:
    return (
        "COALESCE((SELECT a.status FROM answer w JOIN assessment a ON a.id = w.assessment_id "
        f"WHERE w.id = {answer_id}), 'draft')"
    )


def _sqlite_triggers() -> list[str]:
    unchanged = " AND ".join(
        f"NEW.{c} IS OLD.{c}" for c in _ASSESSMENT_COLUMNS_FIXED_AFTER_DECISION
    )
    supersede_only = (
        "OLD.status = 'decided' AND NEW.status = 'superseded' "
        "AND OLD.superseded_by_id IS NULL AND NEW.superseded_by_id IS NOT NULL "
        f"AND {unchanged}"
    )
    result = [
        _sqlite_refuse(
            "assessment_frozen_update", "BEFORE UPDATE", "assessment",
            f"OLD.status <> 'draft' AND NOT ({supersede_only})", _MSG_ASSESSMENT,
        ),
        _sqlite_refuse(
            "assessment_frozen_delete", "BEFORE DELETE", "assessment",
            "OLD.status <> 'draft'", _MSG_ASSESSMENT,
        ),
    ]  # fmt: skip
    children = {
        "answer": ("answers", _sqlite_status, "assessment_id"),
        "member_position": ("member positions", _sqlite_status, "assessment_id"),
        "evidence_item": ("evidence", _sqlite_evidence_status, "answer_id"),
    }
    for table, (what, status_of, parent) in children.items():
        message = _MSG_CHILD.format(what=what)
        new_frozen = f"{status_of('NEW.' + parent)} <> 'draft'"
        old_frozen = f"{status_of('OLD.' + parent)} <> 'draft'"
        result += [
            _sqlite_refuse(f"{table}_frozen_insert", "BEFORE INSERT", table, new_frozen, message),
            _sqlite_refuse(
                f"{table}_frozen_update", "BEFORE UPDATE", table,
                f"{old_frozen} OR {new_frozen}", message,
            ),
            _sqlite_refuse(f"{table}_frozen_delete", "BEFORE DELETE", table, old_frozen, message),
        ]  # fmt: skip
    result.append(
        _sqlite_refuse(
            "decision_insert_draft_only", "BEFORE INSERT", "decision",
            f"{_sqlite_status('NEW.assessment_id')} <> 'draft'", _MSG_DECIDED,
        )
    )  # fmt: skip
    for table, why in _APPEND_ONLY_TABLES.items():
        for operation in ("UPDATE", "DELETE"):
            result.append(
                _sqlite_refuse(
                    f"{table}_no_{operation.lower()}", f"BEFORE {operation}", table, None,
                    f"frozen: {why}",
                )
            )  # fmt: skip
    result += [
        _sqlite_refuse(
            "audit_entry_continues_chain", "BEFORE INSERT", "audit_entry",
            "NEW.seq IS NOT (SELECT seq + 1 FROM audit_head WHERE id = 1) "
            "OR NEW.prev_hash IS NOT (SELECT entry_hash FROM audit_head WHERE id = 1)",
            _MSG_CHAIN,
        ),
        _sqlite_refuse(
            "audit_head_advances", "BEFORE UPDATE", "audit_head",
            "NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq + 1 OR NOT EXISTS "
            "(SELECT 1 FROM audit_entry WHERE seq = NEW.seq AND entry_hash = NEW.entry_hash)",
            _MSG_HEAD,
        ),
        _sqlite_refuse("audit_head_no_delete", "BEFORE DELETE", "audit_head", None,
                       _MSG_HEAD_DELETE),
    ]  # fmt: skip
    return result


# --- PostgreSQL triggers ----------------------------------------------------------------------


def _postgresql_triggers() -> list[str]:
    fixed_json = "- 'status' - 'superseded_by_id'"
    functions = [
        # A refusal whose text is the trigger's argument (append-only tables).
        """CREATE FUNCTION concert_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'frozen: %', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
        END $$""",
        f"""CREATE FUNCTION concert_assessment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.status = 'draft' THEN
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD.status = 'decided' AND NEW.status = 'superseded'
               AND OLD.superseded_by_id IS NULL AND NEW.superseded_by_id IS NOT NULL
               AND (to_jsonb(NEW) {fixed_json}) = (to_jsonb(OLD) {fixed_json}) THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{_MSG_ASSESSMENT}' USING ERRCODE = 'restrict_violation';
        END $$""",
        """CREATE FUNCTION concert_assessment_status(wanted VARCHAR) RETURNS VARCHAR
        LANGUAGE sql STABLE AS $$
            SELECT COALESCE((SELECT status FROM assessment WHERE id = wanted), 'draft')
        $$""",
        # Rows with an assessment_id column (answers, member positions); TG_ARGV[0] names them.
        """CREATE FUNCTION concert_child_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (TG_OP <> 'INSERT' AND concert_assessment_status(OLD.assessment_id) <> 'draft')
               OR (TG_OP <> 'DELETE' AND concert_assessment_status(NEW.assessment_id) <> 'draft')
            THEN
                RAISE EXCEPTION 'frozen: % of a decided or superseded assessment cannot be changed',
                    TG_ARGV[0] USING ERRCODE = 'restrict_violation';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$""",
        """CREATE FUNCTION concert_evidence_status(wanted VARCHAR) RETURNS VARCHAR
        LANGUAGE sql STABLE AS $$
            SELECT COALESCE((SELECT a.status FROM answer w JOIN assessment a
                             ON a.id = w.assessment_id WHERE w.id = wanted), 'draft')
        $$""",
        f"""CREATE FUNCTION concert_evidence_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (TG_OP <> 'INSERT' AND concert_evidence_status(OLD.answer_id) <> 'draft')
               OR (TG_OP <> 'DELETE' AND concert_evidence_status(NEW.answer_id) <> 'draft')
            THEN
                RAISE EXCEPTION '{_MSG_CHILD.format(what="evidence")}'
                    USING ERRCODE = 'restrict_violation';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION concert_decision_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF concert_assessment_status(NEW.assessment_id) <> 'draft' THEN
                RAISE EXCEPTION '{_MSG_DECIDED}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION concert_audit_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE head audit_head%ROWTYPE;
        BEGIN
            SELECT * INTO head FROM audit_head WHERE id = 1;
            IF NOT FOUND OR NEW.seq IS DISTINCT FROM head.seq + 1
               OR NEW.prev_hash IS DISTINCT FROM head.entry_hash THEN
                RAISE EXCEPTION '{_MSG_CHAIN}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$""",
        f"""CREATE FUNCTION concert_audit_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION '{_MSG_HEAD_DELETE}' USING ERRCODE = 'restrict_violation';
            END IF;
            IF NEW.id IS DISTINCT FROM OLD.id OR NEW.seq IS DISTINCT FROM OLD.seq + 1
               OR NOT EXISTS (SELECT 1 FROM audit_entry
                              WHERE seq = NEW.seq AND entry_hash = NEW.entry_hash) THEN
                RAISE EXCEPTION '{_MSG_HEAD}' USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$""",
    ]
    triggers = [
        """CREATE TRIGGER assessment_frozen BEFORE UPDATE OR DELETE ON assessment
           FOR EACH ROW EXECUTE FUNCTION concert_assessment_guard()""",
        """CREATE TRIGGER answer_frozen BEFORE INSERT OR UPDATE OR DELETE ON answer
           FOR EACH ROW EXECUTE FUNCTION concert_child_guard('answers')""",
        """CREATE TRIGGER member_position_frozen
           BEFORE INSERT OR UPDATE OR DELETE ON member_position
           FOR EACH ROW EXECUTE FUNCTION concert_child_guard('member positions')""",
        """CREATE TRIGGER evidence_item_frozen BEFORE INSERT OR UPDATE OR DELETE ON evidence_item
           FOR EACH ROW EXECUTE FUNCTION concert_evidence_guard()""",
        """CREATE TRIGGER decision_insert_draft_only BEFORE INSERT ON decision
           FOR EACH ROW EXECUTE FUNCTION concert_decision_insert_guard()""",
        """CREATE TRIGGER audit_entry_continues_chain BEFORE INSERT ON audit_entry
           FOR EACH ROW EXECUTE FUNCTION concert_audit_insert_guard()""",
        """CREATE TRIGGER audit_head_advances BEFORE UPDATE OR DELETE ON audit_head
           FOR EACH ROW EXECUTE FUNCTION concert_audit_head_guard()""",
    ]
    for table, why in _APPEND_ONLY_TABLES.items():
        triggers.append(
            f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION concert_refuse('{why}')"""
        )
    # TRUNCATE skips row triggers: refuse it on every table whose rows are history.
    for table in (*_APPEND_ONLY_TABLES, "assessment", "answer", "evidence_item",
                  "member_position", "audit_head"):  # fmt: skip
        triggers.append(
            f"""CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION concert_refuse('{table} cannot be truncated')"""
        )
    return functions + triggers
