"""The playbook files the record keeps: the exact bytes of every playbook an assessment used.

A file is kept the first time an assessment uses it — created, imported, revised, moved to
another version or decided — in the transaction that uses it, with its audit entry
(`playbook.store`). It is never changed or deleted afterwards (triggers refuse it), and
`audit verify` checks every kept copy against its hash. `RecordPlaybooks` hands the copies to
the playbook catalog (playbooks.loader), which parses one only when it is asked for, so opening
the record reads none of them.

One id and version has one content: a playbook whose id and version match a kept copy with
other bytes is refused, naming both.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from models.audit import append_entry
from models.canonical import sha256_hex
from models.db import Database
from models.errors import InvalidInput
from models.record_reads import read_kept_playbooks, session_reader
from models.tables import Assessment, PlaybookFile, utc_now
from playbooks.loader import KeptPlaybook, playbook_source, version_key
from playbooks.model import Playbook

STORE_ACTION = "playbook.store"


def keep_playbook(session: Session, playbook: Playbook, actor: str) -> bool:
    """Keep the file of `playbook` in the record, inside the caller's `db.write_session()`,
    unless it is kept already. Returns whether it was stored now."""
    sha256 = playbook.content_hash
    kept = sa.select(col(PlaybookFile.sha256)).where(col(PlaybookFile.sha256) == sha256)
    if session.execute(kept).first():
        return False
    content = playbook_source(playbook)
    if sha256_hex(content) != sha256:  # the loader hashed these very bytes: a bug if not
        raise InvalidInput(f"playbook {playbook.id} {playbook.version}: its bytes changed")
    _refuse_clash(session, playbook)
    session.execute(
        sa.insert(PlaybookFile).values(
            sha256=sha256,
            playbook_id=playbook.id,
            version=playbook.version,
            content=content,
            stored_at=utc_now(),
            stored_by=actor,
        )
    )
    append_entry(
        session,
        actor=actor,
        action=STORE_ACTION,
        entity_type="playbook",
        entity_id=sha256,
        payload={
            "sha256": sha256,
            "playbook_id": playbook.id,
            "version": playbook.version,
            "bytes": len(content),
        },
    )
    return True


def _refuse_clash(session: Session, playbook: Playbook) -> None:
    rows = session.execute(
        sa.select(col(PlaybookFile.sha256), col(PlaybookFile.version)).where(
            col(PlaybookFile.playbook_id) == playbook.id
        )
    ).all()
    wanted = version_key(playbook.version)
    for sha256, version in rows:
        if version_key(version) == wanted:
            raise InvalidInput(
                f"playbook {playbook.id} {playbook.version} from {playbook.file} (hash "
                f"{playbook.content_hash[:12]}…) differs from the copy of {playbook.id} "
                f"{version} the record keeps (hash {sha256[:12]}…): give the changed playbook "
                "a new version"
            )


class RecordPlaybooks:
    """The record's kept playbook files, as the playbook catalog asks for them."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def kept(self) -> list[KeptPlaybook]:
        with self.db.session() as session, session_reader(session) as reader:
            return read_kept_playbooks(reader)

    def content(self, sha256: str) -> bytes | None:
        with self.db.session() as session:
            content: bytes | None = session.execute(
                sa.select(col(PlaybookFile.content)).where(col(PlaybookFile.sha256) == sha256)
            ).scalar_one_or_none()
        return content


@dataclass(frozen=True)
class UnkeptPlaybook:
    """A playbook that assessments name but whose file the record does not keep (assessments
    made before the record kept playbooks, whose file was not installed when it was upgraded)."""

    playbook_id: str
    version: str
    sha256: str
    assessments: int


def playbooks_not_kept(db: Database) -> list[UnkeptPlaybook]:
    with db.session() as session:
        rows = session.execute(
            sa.select(
                col(Assessment.playbook_id),
                col(Assessment.playbook_version),
                col(Assessment.playbook_hash),
                sa.func.count(),
            )
            .outerjoin(PlaybookFile, col(PlaybookFile.sha256) == col(Assessment.playbook_hash))
            .where(col(PlaybookFile.sha256).is_(None))
            .group_by(col(Assessment.playbook_id), col(Assessment.playbook_version),
                      col(Assessment.playbook_hash))
            .order_by(col(Assessment.playbook_id), col(Assessment.playbook_version))
        ).all()
    return [UnkeptPlaybook(*row) for row in rows]
