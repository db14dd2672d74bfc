"""Who acted, as the server knows it: the database login of audit entries (PostgreSQL; SQLite
is single-user and records none), and whether the official's profile agrees with the login
the program is connected as.

The login of an entry is written by the database (models.migrations.ddl_0008) and sealed into
its hash (models.audit); the name an administrator gave the login is in `official` (main.py
admin grant --name). A profile is the official's own word: where it names someone else than
the login's registered name, the command line and the status bar say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col

from models.db import Database
from models.records import AssessmentRecord
from models.tables import AuditEntry, Official


@dataclass(frozen=True)
class ActedBy:
    """One audit entry about a record: what was done, by whom (the actor recorded) and under
    which database login (None: SQLite, or an entry from before schema 0008)."""

    seq: int
    at: datetime
    action: str
    actor: str
    login: str | None


@dataclass(frozen=True)
class LoginStatus:
    login: str | None  # None: SQLite (single-user)
    registered_name: str | None  # what `admin grant --name` gave it
    role: str | None  # its group (drafter…), None when not an official of this record
    disagreement: str  # empty, or one line saying how the profile and the login disagree

    def __str__(self) -> str:
        if self.login is None:
            return "single-user (SQLite)"
        who = f"login {self.login}"
        if self.registered_name:
            who += f" ({self.registered_name}"
            who += f", {self.role})" if self.role else ")"
        elif self.role:
            who += f" ({self.role})"
        else:
            who += " (not an official of this record)"
        return who


def acted_on(db: Database, entity_ids: Sequence[str]) -> list[ActedBy]:
    """The audit entries about `entity_ids` (an assessment, its decision, dissents, memos),
    oldest first."""
    with db.session() as session:
        rows = session.execute(
            sa.select(col(AuditEntry.seq), col(AuditEntry.at), col(AuditEntry.action),
                      col(AuditEntry.actor), col(AuditEntry.login))
            .where(col(AuditEntry.entity_id).in_(list(entity_ids)))
            .order_by(col(AuditEntry.seq))
        ).all()  # fmt: skip
    return [ActedBy(*row) for row in rows]


def acted_on_record(db: Database, record: AssessmentRecord) -> list[ActedBy]:
    """The audit entries about an assessment, its decision, dissents and memos."""
    ids = [record.id]
    if record.decision is not None:
        ids += [record.decision.id, *(dissent.id for dissent in record.decision.dissents)]
    ids += [memo.id for memo in record.memos]
    return acted_on(db, ids)


def login_counts(db: Database) -> list[tuple[str | None, int]]:
    """How many entries each login wrote (None: entries without a login), most first."""
    with db.session() as session:
        rows = session.execute(
            sa.select(col(AuditEntry.login), sa.func.count())
            .group_by(col(AuditEntry.login))
            .order_by(sa.func.count().desc(), col(AuditEntry.login))
        ).all()
    return [(login, int(count)) for login, count in rows]


def login_status(db: Database, profile_name: str | None) -> LoginStatus:
    """The login this program is connected as, its registered name, and whether the profile's
    name (`profile_name`, None when no profile is set) disagrees with it."""
    if db.dialect != "postgresql":
        return LoginStatus(None, None, None, "")
    with db.session() as session:
        login = str(session.execute(sa.text("SELECT session_user")).scalar_one())
        official = session.get(Official, login)
        roles_in_use = session.execute(sa.select(col(Official.login)).limit(1)).first() is not None
    name = official.name if official is not None and official.name else None
    role = official.role if official is not None else None
    disagreement = ""
    if profile_name and name and _plain(profile_name) != _plain(name):
        disagreement = (f"your profile names {profile_name}, but the database login {login} "
                        f"is registered as {name}")  # fmt: skip
    elif profile_name and official is None and roles_in_use:
        disagreement = (f"the database login {login} is not an official of this record "
                        "(main.py admin grant), so entries name it, not your profile")  # fmt: skip
    return LoginStatus(login, name, role, disagreement)


def _plain(name: str) -> str:
    return " ".join(name.casefold().split())
