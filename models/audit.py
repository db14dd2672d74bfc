"""The audit chain: one entry per change, each sealed by the hash of the one before.

entry_hash = SHA-256 of the canonical JSON of
    {seq, at, actor, action, entity_type, entity_id, payload, prev_hash[, login]}
where `payload` is the entry's canonical JSON text and `login` (PostgreSQL, schema 0008 on) the
server's session_user. The database writes the login (a trigger sets it, whatever the client
sends); the client reads the same session_user first and seals it into the hash, so a login
changed afterwards breaks the chain like any other field. Entries without a login (SQLite, which
is single-user, and every entry from before 0008) hash exactly as they always did.

Entries are appended inside the transaction of the change they record
(`Database.write_session()` already holds the writers' lock), the `audit_head` row advances
with each one (on PostgreSQL by a trigger the owner defined, so officials need no UPDATE on
it), and triggers refuse any entry that does not continue
the chain at its head.

Checking the chain (`verify_chain`, which also compares the records with their entries) is
models.audit_check: it reads the records, which this module, below every writer, must not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.canonical import ZERO_HASH, canonical_json, iso_utc, sha256_hex
from models.change_notice import note_change
from models.changes import RecordChange, change_of_entry
from models.db import SESSION_USER_KEY, Database
from models.tables import AuditEntry, AuditHead, utc_now


def compute_entry_hash(
    *,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: str,
    prev_hash: str,
    login: str | None = None,
) -> str:
    content: dict[str, Any] = {
        "seq": seq,
        "at": iso_utc(at),
        "actor": actor,
        "action": action,
        "entity_type": entity_type,
        "entity_id": entity_id,
        "payload": payload,
        "prev_hash": prev_hash,
    }
    if login is not None:
        content["login"] = login
    return sha256_hex(canonical_json(content))


def append_entry(
    session: Session,
    *,
    actor: str,
    action: str,
    entity_type: str,
    entity_id: str,
    payload: dict[str, Any],
) -> AuditEntry:
    """Append one entry in the caller's write transaction (from `Database.write_session()`)."""
    (values,) = append_entries(
        session, actor=actor, entries=[NewEntry(action, entity_type, entity_id, payload)]
    )
    return AuditEntry(**values)


@dataclass(frozen=True)
class NewEntry:
    """What an entry records; `append_entries` numbers, times and seals it."""

    action: str
    entity_type: str
    entity_id: str
    payload: dict[str, Any]


def append_entries(
    session: Session, *, actor: str, entries: Sequence[NewEntry]
) -> list[dict[str, Any]]:
    """Append `entries` in order, in the caller's write transaction, each continuing the chain
    from the one before: the rows `append_entry` would write one by one, with the head read
    once (a bundle import appends thousands: three statements each were 15 % of its time)."""
    head_seq, head_hash = session.execute(
        sa.select(col(AuditHead.seq), col(AuditHead.entry_hash)).where(col(AuditHead.id) == 1)
    ).one()
    on_postgresql = session.get_bind().dialect.name == "postgresql"
    login = None
    if on_postgresql:  # read with the writers' lock (models.db.take_write_lock)
        login = session.info.get(SESSION_USER_KEY) or session.execute(
            sa.text("SELECT session_user")
        ).scalar_one()
    rows: list[dict[str, Any]] = []
    for entry in entries:
        values: dict[str, Any] = {
            "seq": head_seq + 1,
            "at": utc_now(),
            "actor": actor,
            "action": entry.action,
            "entity_type": entry.entity_type,
            "entity_id": entry.entity_id,
            "payload": canonical_json(entry.payload),
            "prev_hash": head_hash,
            "login": login,
        }
        values["entry_hash"] = compute_entry_hash(**values)
        rows.append(values)
        head_seq, head_hash = values["seq"], values["entry_hash"]
    # What this write changed, for the notice the write session sends (models.change_notice).
    change = RecordChange.combined(
        change_of_entry(e.action, e.entity_type, e.entity_id, e.payload) for e in entries
    )
    if change is None:
        return rows
    note_change(session.info, change)
    insert = sa.insert(AuditEntry)
    if on_postgresql:  # the head advances with each row (trigger, migration 0008); executemany
        session.execute(insert, rows)  # runs one INSERT per row, so each sees the one before
        return rows
    # SQLite: each entry must continue the head (trigger), so the head advances after each.
    advance = (
        sa.update(AuditHead)
        .where(col(AuditHead.id) == 1)
        .values(seq=sa.bindparam("new_seq"), entry_hash=sa.bindparam("new_hash"))
    )
    connection = session.connection()
    for values in rows:
        connection.execute(insert, values)
        connection.execute(advance, {"new_seq": values["seq"], "new_hash": values["entry_hash"]})
    return rows


def chain_head(db: Database) -> str:
    """The hash of the latest entry ("0" * 64 when the chain is empty): printed on memos."""
    with db.session() as session:
        latest = session.execute(
            sa.select(col(AuditEntry.entry_hash)).order_by(col(AuditEntry.seq).desc()).limit(1)
        ).scalar_one_or_none()
    return latest or ZERO_HASH


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_bad_seq: int | None
    problem: str  # empty when ok
    records_checked: int = 0  # decided records, dissents and memos compared with their entries
    last_hash: str = ""  # the hash of the last entry checked (where `after=` continues from)

    def __str__(self) -> str:
        if self.ok:
            return (
                f"audit chain intact: {self.entries} entries, "
                f"{self.records_checked} records match their entries"
            )
        if self.first_bad_seq is None:  # a row that no entry accounts for
            return f"audit check failed: {self.problem}"
        return f"audit chain broken at entry {self.first_bad_seq}: {self.problem}"


def entry_seq(db: Database, entry_hash: str) -> int | None:
    """The number of the entry whose hash is `entry_hash`, or None when the chain has none
    (a memo's printed audit head is checked against it)."""
    with db.session() as session:
        return session.execute(
            sa.select(col(AuditEntry.seq)).where(col(AuditEntry.entry_hash) == entry_hash)
        ).scalar_one_or_none()
