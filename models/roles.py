"""Least privilege on a ministry's PostgreSQL record: group roles, their grants, and officials.

Who is who:
- the owner: the login that created the database and ran the migrations (`main.py --db URL`
  run as it migrates on opening). It owns every table and the functions of migration 0008, and
  is the only role with UPDATE or DELETE on anything; `admin roles init` and `admin grant` run
  as the owner (which needs CREATEROLE to make the group and login roles);
- group roles, one per kind of work (GROUPS); officials are their own login roles, each a
  member of one group, so every audit entry names the login that wrote it (models.audit).

What each group may do (the grants below; nothing else, by grants, not only by triggers):
- reader: read the record; no write at all, and no way to hold the writers up (the writers'
  lock is a row lock on `write_lock`, which needs UPDATE on it: models.db);
- auditor: read everything, including the chain and the memos (`audit verify --archive`);
- drafter: create drafts, save answers, evidence, positions, options and resolution dates,
  revise a decided record into a new draft, store a memo it signs first, submit a draft
  for review;
- reviewer: add dissent, review conditions, add notes, pass a submitted draft to the minister
  or return it to its drafter, record outcomes and retrospectives;
- minister: decide, with conditions and options, store memos, apply membership reviews to the
  registry, add trust roots, return a passed draft to its drafter, record outcomes and
  retrospectives.
Routing (models.routing): the three writing groups hold INSERT on `routing_step`, and the
table's row-level security policy `routed_by_role` (ddl_0010) lets in only the acts of the
login's group at the case's stage: a drafter submits, a reviewer passes or returns a
submitted case, a minister returns a passed one.
Writers append audit entries (INSERT on audit_entry); the head advances by the owner's trigger.
A draft's rewritten rows go through the owner's functions (models.row_rewrites). The search
tables are derived (rebuilt from the record, not part of it): writers keep them current with
INSERT and UPDATE. `member_state` is the registry's current state (its history is the audited
registry revisions): ministers update it when they apply a review.

SQLite is single-user: none of this applies there, and the commands say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from models.audit import append_entry
from models.db import Database
from models.errors import InvalidInput, NoWriteRight
from models.migrations.ddl_0008 import FUNCTIONS, VISIBILITY_FUNCTIONS
from models.migrations.ddl_0010 import MAY_ROUTE
from models.migrations.ddl_0013 import FUNCTIONS as CLEARANCE_FUNCTIONS
from models.migrations.ddl_0014 import SIGNATURE as CLEARED_MATCHES
from models.migrations.ddl_0015 import SIGNATURE as CLEARED_WALK
from models.tables import ClassificationLevel, Official, utc_now

GROUP_PREFIX = "concert_"
KINDS = ("drafter", "reviewer", "minister", "auditor", "reader")
WRITERS = ("drafter", "reviewer", "minister")

_DRAFT_FUNCTIONS = tuple(
    signature for signature in FUNCTIONS
    if not signature.startswith(("concert_audit_", "concert_touch_draft"))
)  # fmt: skip
_TOUCH = "concert_touch_draft(VARCHAR, INTEGER, TIMESTAMPTZ, JSONB)"

# Per group: the tables it may INSERT into (beyond reading everything), and the owner's
# functions it may call.
INSERTS: dict[str, tuple[str, ...]] = {
    "drafter": ("assessment", "answer", "evidence_item", "member_position", "case_option",
                "option_answer", "case_note", "memo", "memo_signature", "playbook_file",
                "routing_step", "resolution_date"),
    "reviewer": ("dissent", "condition_review", "case_note", "routing_step", "outcome",
                 "retrospective"),
    "minister": ("decision", "decision_condition", "decision_option", "condition_review",
                 "memo", "memo_signature", "playbook_file", "registry_revision",
                 "registry_change", "trust_root", "routing_step", "outcome",
                 "retrospective"),
    "auditor": (),
    "reader": (),
}  # fmt: skip
FUNCTIONS_OF: dict[str, tuple[str, ...]] = {
    "drafter": (_TOUCH, *_DRAFT_FUNCTIONS),
    "reviewer": (),
    "minister": (_TOUCH,),
    "auditor": (),
    "reader": (),
}
# Writers' shared needs: their turn, their audit entries, the derived search rows.
WRITER_GRANTS = (
    "GRANT SELECT, UPDATE ON write_lock TO {group}",
    "GRANT INSERT ON audit_entry TO {group}",
    "GRANT INSERT, UPDATE ON assessment_search, assessment_search_text TO {group}",
    "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {group}",
)
EXTRA_GRANTS: dict[str, tuple[str, ...]] = {
    "minister": ("GRANT UPDATE ON member_state TO {group}",),
}
# Called by the row-level security policies (clearance, ddl_0008 and ddl_0013; routing by role,
# ddl_0010).
POLICY_FUNCTIONS = (*VISIBILITY_FUNCTIONS, MAY_ROUTE, *CLEARANCE_FUNCTIONS)
# Every group searches: a text search reads its matches from the owner's functions, which keep
# only those the login is cleared to see (ddl_0014; a common word's page, ddl_0015).
SEARCH_FUNCTIONS = (CLEARED_MATCHES, CLEARED_WALK)
# Not readable by anyone but the owner (nothing in it to read).
UNREAD = ("write_lock",)

_LOGIN = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")


def group_role(kind: str) -> str:
    return GROUP_PREFIX + kind


@dataclass(frozen=True)
class Grant:
    login: str
    kind: str
    created: bool  # the login role was made now (it has no password yet)
    clearance: str


def _require_postgresql(db: Database, command: str) -> None:
    if db.dialect != "postgresql":
        raise InvalidInput(
            f"{command}: this record is SQLite, which is single-user (one official, one file); "
            "roles and grants are for a PostgreSQL record"
        )


def _quote(connection: sa.Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _require_owner(connection: sa.Connection, command: str) -> None:
    me, superuser, createrole = connection.execute(sa.text(
        "SELECT current_user, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user"
    )).one()  # fmt: skip
    owner = connection.execute(
        sa.text("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry' "
                "AND schemaname = 'public'")
    ).scalar_one_or_none()  # fmt: skip
    if owner != me and not superuser:
        raise NoWriteRight(
            f"{command}: run it as the owner of the record's tables ({owner}), not as {me}"
        )
    if not (createrole or superuser):
        raise NoWriteRight(
            f"{command}: the owner {me} needs CREATEROLE to make roles (a superuser runs: "
            f"ALTER ROLE {me} CREATEROLE)"
        )


def grant_statements(kind: str, tables: list[str], database: str) -> list[str]:
    """What `roles init` runs for one group (its grants reset first, so a second run after an
    upgrade gives exactly these). Names are quoted by the caller where they come from outside."""
    group = group_role(kind)
    readable = ", ".join(t for t in tables if t not in UNREAD)
    result = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {group}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {group}",
        *(f"REVOKE ALL ON FUNCTION {signature} FROM {group}"
          for signature in (*FUNCTIONS, *POLICY_FUNCTIONS, *SEARCH_FUNCTIONS)),
        # The row-level security policies call these as whoever reads or writes; searches call
        # the last.
        *(f"GRANT EXECUTE ON FUNCTION {signature} TO {group}"
          for signature in (*POLICY_FUNCTIONS, *SEARCH_FUNCTIONS)),
        f"GRANT CONNECT ON DATABASE {database} TO {group}",
        f"GRANT USAGE ON SCHEMA public TO {group}",
        f"GRANT SELECT ON {readable} TO {group}",
    ]
    if kind in WRITERS:
        result += [statement.format(group=group) for statement in WRITER_GRANTS]
    if INSERTS[kind]:
        result.append(f"GRANT INSERT ON {', '.join(INSERTS[kind])} TO {group}")
    result += [statement.format(group=group) for statement in EXTRA_GRANTS.get(kind, ())]
    result += [f"GRANT EXECUTE ON FUNCTION {signature} TO {group}"
               for signature in FUNCTIONS_OF[kind]]  # fmt: skip
    return result


def init_roles(db: Database, *, show_only: bool = False) -> list[str]:
    """Create the group roles (if missing) and set their grants on this database; returns the
    SQL it ran. Closes the database to PUBLIC: only the groups (and the owner) connect. With
    `show_only`, runs nothing (and needs no rights beyond reading the catalog)."""
    _require_postgresql(db, "admin roles init")
    with db.engine.begin() as connection:
        if not show_only:
            _require_owner(connection, "admin roles init")
        existing = set(connection.execute(sa.text(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE 'concert\\_%'"
        )).scalars())  # fmt: skip
        database = _quote(connection, connection.execute(
            sa.text("SELECT current_database()")).scalar_one())  # fmt: skip
        tables = sorted(connection.execute(sa.text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        )).scalars())  # fmt: skip
        statements = [
            f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        ]
        for kind in KINDS:
            if group_role(kind) not in existing:
                statements.append(f"CREATE ROLE {group_role(kind)} NOLOGIN")
            statements += grant_statements(kind, tables, database)
        if not show_only:
            for statement in statements:
                connection.exec_driver_sql(statement)
    return statements


def checked_login(name: str) -> str:
    if not _LOGIN.fullmatch(name):
        raise InvalidInput(
            f"login {name!r}: use 1 to 63 lower-case letters, digits, '_', '.' or '-', "
            "starting with a letter or '_'"
        )
    return name


def _checked_clearance(session: Session, clearance: str | None) -> str:
    """The clearance as its level's name (upper case); the lowest level when none is given."""
    levels = session.execute(
        sa.select(col(ClassificationLevel.name)).order_by(col(ClassificationLevel.rank))
    ).scalars().all()
    if clearance is None:
        return str(levels[0])
    wanted = " ".join(clearance.upper().split())
    if wanted not in levels:
        raise InvalidInput(f"--clearance {clearance!r}: one of {', '.join(levels)} (the levels "
                           "in the classification_level table)")  # fmt: skip
    return wanted


def grant_official(db: Database, login: str, kind: str, *, name: str = "",
                   clearance: str | None = None, actor: str) -> Grant:  # fmt: skip
    """Make `login` an official of group `kind` (its only group of ours) with `clearance` (the
    lowest level when None): the login role is created without a password if it does not exist
    (set one with psql's \\password). Recorded in `official` and, with an audit entry, in the
    chain."""
    _require_postgresql(db, "admin grant")
    login = checked_login(login)
    if kind not in KINDS:
        raise InvalidInput(f"--role {kind!r}: one of {', '.join(KINDS)}")
    with db.write_session() as session:
        connection = session.connection()
        _require_owner(connection, "admin grant")
        clearance = _checked_clearance(session, clearance)
        role = connection.execute(
            sa.text("SELECT rolsuper, rolname = current_user FROM pg_roles WHERE rolname = :n"),
            {"n": login},
        ).one_or_none()
        if role is not None and (role[0] or role[1]):
            raise InvalidInput(
                f"login {login} is a superuser or the owner: officials log in as their own "
                "roles, which hold only their group's rights"
            )
        groups = set(connection.execute(
            sa.text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'concert\\_%'")
        ).scalars())
        if group_role(kind) not in groups:
            raise InvalidInput("admin grant: run `main.py admin roles init` first")
        quoted = _quote(connection, login)
        if role is None:
            connection.exec_driver_sql(f"CREATE ROLE {quoted} LOGIN")
        for other in KINDS:
            if other != kind and group_role(other) in groups:
                connection.exec_driver_sql(f"REVOKE {group_role(other)} FROM {quoted}")
        connection.exec_driver_sql(f"GRANT {group_role(kind)} TO {quoted}")
        row = Official(login=login, name=name.strip(), role=kind, clearance=clearance,
                       granted_at=utc_now())  # fmt: skip
        if session.get(Official, login) is None:
            session.execute(sa.insert(Official).values(**row.model_dump()))
        else:
            values = row.model_dump(exclude={"login"})
            session.execute(sa.update(Official).where(Official.login == login).values(**values))  # type: ignore[arg-type]
        append_entry(
            session,
            actor=actor,
            action="official.grant",
            entity_type="official",
            entity_id=login,
            payload={"login": login, "role": kind, "name": name.strip(), "clearance": clearance},
        )
    return Grant(login=login, kind=kind, created=role is None, clearance=clearance)


def registered_name(db: Database, login: str) -> str | None:
    """The name the administrator gave `login` (admin grant --name), if any."""
    with db.session() as session:
        row = session.get(Official, login)
    return row.name if row is not None and row.name else None


def session_login(db: Database) -> str | None:
    """The server's session_user for this connection; None on SQLite (single-user)."""
    if db.dialect != "postgresql":
        return None
    with db.session() as session:
        return str(session.execute(sa.text("SELECT session_user")).scalar_one())
