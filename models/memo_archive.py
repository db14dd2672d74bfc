"""The stored memos as the archive check reads them (reports.archive): each memo's row with its
decision's record hash and the audit entry that stored it, then its bytes and signature rows,
one memo at a time (PDFs are large: never all of them at once).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import col

from models.db import Database
from models.tables import MEMO_STAGES, SIGNATURE_FIELDS, AuditEntry, Decision, Memo, MemoSignature


@dataclass(frozen=True)
class ArchivedMemo:
    id: str
    reference: str
    stage: str
    sha256: str
    audit_head: str  # the chain head printed on it when it was made
    record_hash: str  # its decision's
    stored_at: int | None  # the audit entry (seq) that stored it; None if no entry did


@dataclass(frozen=True)
class ListedSignature:
    """A signature as the record lists it."""

    field: str
    signer: str
    cert_fingerprint: str


def archived_memos(db: Database) -> list[ArchivedMemo]:
    """Every stored memo (each stage), oldest first, without its bytes."""
    with db.session(snapshot=True) as session:
        rows = session.execute(
            sa.select(col(Memo.id), col(Memo.reference), col(Memo.stage), col(Memo.sha256),
                      col(Memo.audit_head), col(Decision.record_hash))
            .join(Decision, col(Decision.id) == col(Memo.decision_id))
            .order_by(col(Memo.created_at), col(Memo.id))
        ).all()
        stored_at = dict(
            session.execute(
                sa.select(col(AuditEntry.entity_id), col(AuditEntry.seq)).where(
                    col(AuditEntry.action) == "memo.store"
                )
            ).all()
        )
    return [
        ArchivedMemo(row.id, row.reference, row.stage, row.sha256, row.audit_head,
                     row.record_hash, stored_at.get(row.id))
        for row in rows
    ]


def imported_heads(db: Database) -> dict[str, str]:
    """Memos a bundle import brought in, with the origin's audit head each names (sealed by
    its `bundle.case` entry; models.bundle_import)."""
    from models.bundle_check import imported_memo_heads

    with db.session(snapshot=True) as session:
        return imported_memo_heads(session)


def stored_memo_contents(db: Database, memo_id: str) -> tuple[bytes, list[ListedSignature]]:
    """A stored memo's bytes and the signatures the record lists for it, in signing order."""
    with db.session(snapshot=True) as session:
        pdf = session.execute(sa.select(col(Memo.pdf)).where(col(Memo.id) == memo_id)).scalar_one()
        listed = session.execute(
            sa.select(col(MemoSignature.field), col(MemoSignature.signer),
                      col(MemoSignature.cert_fingerprint))
            .where(col(MemoSignature.memo_id) == memo_id)
            .order_by(col(MemoSignature.sequence))
        ).all()
    return pdf, [ListedSignature(*row) for row in listed]


def signature_fields_of_stage(stage: str) -> tuple[str, ...]:
    """The signature fields a memo at `stage` carries, in signing order."""
    return SIGNATURE_FIELDS[: MEMO_STAGES.index(stage)]
