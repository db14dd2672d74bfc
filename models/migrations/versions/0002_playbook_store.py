"""The record keeps the playbook files its assessments used (table playbook_file).

Revision ID: 0002_playbook_store
Revises: 0001
Create Date: 2026-11-29

Kept rows are never changed or deleted (triggers, as for the other append-only tables). The
upgrade fills the table with every playbook file that existing assessments name and that is
installed where this upgrade runs (built-in, or in the user playbook folder), each with its
`playbook.store` audit entry, exactly as the application would have written it. A playbook it
cannot find is named in a warning: its assessments stay readable as before (answers shown
without their questions' words) until the file is installed again, and the first revision,
move or decision that uses it then keeps it.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from alembic import op

from models.migrations import ddl_0002

revision = "0002_playbook_store"
down_revision = "0001"
branch_labels = None
depends_on = None

ACTOR = "concert-desk (upgrade 0002: playbooks kept in the record)"
_log = logging.getLogger("concert_desk.migrations")


def upgrade() -> None:
    from models.tables import UTCDateTime

    op.create_table(
        "playbook_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("playbook_id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=100), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", UTCDateTime(), nullable=False),
        sa.Column("stored_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_playbook_file")),
    )
    with op.batch_alter_table("playbook_file", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_playbook_file_playbook_id"), ["playbook_id"], unique=False
        )
    for statement in ddl_0002.statements(op.get_bind().dialect.name):
        op.execute(statement)
    _keep_installed_playbooks(op.get_bind())


def downgrade() -> None:
    for statement in ddl_0002.drop_statements(op.get_bind().dialect.name):
        op.execute(statement)
    op.drop_table("playbook_file")


def _installed_files() -> dict[str, bytes]:
    """The bytes of every playbook file installed here, by SHA-256."""
    from models.location import user_data_dir
    from playbooks.loader import BUILTIN_FOLDER

    folders = [BUILTIN_FOLDER, user_data_dir() / "playbooks"]
    found: dict[str, bytes] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".yaml", ".yml") and path.is_file():
                content = _read(path)
                if content is not None:
                    found.setdefault(hashlib.sha256(content).hexdigest(), content)
    return found


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _keep_installed_playbooks(connection: sa.Connection) -> None:
    used = connection.execute(
        sa.text(
            "SELECT playbook_hash, MIN(playbook_id), MIN(playbook_version), COUNT(*) "
            "FROM assessment GROUP BY playbook_hash ORDER BY MIN(playbook_id), "
            "MIN(playbook_version), playbook_hash"
        )
    ).all()
    if not used:
        return
    installed = _installed_files()
    for sha256, playbook_id, version, count in used:
        content = installed.get(sha256)
        if content is None:
            _log.warning(
                "playbook %s %s (hash %s…), used by %d assessment(s), is not installed here: "
                "the record cannot keep a copy of it; its assessments stay readable without "
                "their questions' words until the file is installed again",
                playbook_id,
                version,
                sha256[:12],
                count,
            )
            continue
        _store(connection, sha256, playbook_id, version, content)


def _store(
    connection: sa.Connection, sha256: str, playbook_id: str, version: str, content: bytes
) -> None:
    """The row and its audit entry, as models.playbook_store.keep_playbook writes them."""
    from models.audit import compute_entry_hash
    from models.canonical import canonical_json
    from models.tables import UTCDateTime

    now = datetime.now(UTC)
    files = sa.table(
        "playbook_file",
        sa.column("sha256"),
        sa.column("playbook_id"),
        sa.column("version"),
        sa.column("content", sa.LargeBinary()),
        sa.column("stored_at", UTCDateTime()),
        sa.column("stored_by"),
    )
    connection.execute(
        sa.insert(files).values(
            sha256=sha256,
            playbook_id=playbook_id,
            version=version,
            content=content,
            stored_at=now,
            stored_by=ACTOR,
        )
    )
    head_seq, head_hash = connection.execute(
        sa.text("SELECT seq, entry_hash FROM audit_head WHERE id = 1")
    ).one()
    payload = canonical_json(
        {"sha256": sha256, "playbook_id": playbook_id, "version": version, "bytes": len(content)}
    )
    entry = {
        "seq": head_seq + 1,
        "at": now,
        "actor": ACTOR,
        "action": "playbook.store",
        "entity_type": "playbook",
        "entity_id": sha256,
        "payload": payload,
        "prev_hash": head_hash,
    }
    entry_hash = compute_entry_hash(**entry)
    entries = sa.table(
        "audit_entry",
        *(sa.column(name) for name in entry if name != "at"),
        sa.column("at", UTCDateTime()),
        sa.column("entry_hash"),
    )
    connection.execute(sa.insert(entries).values(**entry, entry_hash=entry_hash))
    connection.execute(
        sa.text("UPDATE audit_head SET seq = :seq, entry_hash = :hash WHERE id = 1"),
        {"seq": entry["seq"], "hash": entry_hash},
    )
