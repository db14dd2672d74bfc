"""For the audit check: the rows a bundle import added (models.bundle_import) are the ones its
`bundle.case` entries sealed — each imported decided case still gives the record hash its entry
recorded, each imported dissent and note its text, reviewer or author — and which rows those
entries account for (a row no entry accounts for was written behind the application's back)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from models.bundle_import import CASE_ACTION, SEALED_CONTENT, sealed_content_hash
from models.bundle_rows import encode, table_of
from models.canonical import sha256_hex
from models.records import frozen_record_hash
from models.tables import AuditEntry, CaseNote, Decision, Dissent, Memo, MemoSignature


@dataclass
class BundleAccount:
    checked: int = 0
    problems: list[tuple[int | None, str]] = field(default_factory=list)
    # what the entries account for, by the names models.audit_check uses
    accounted: dict[str, set[str]] = field(default_factory=lambda: {
        "assessment": set(), "decision": set(), "dissent": set(), "note": set(), "memo": set(),
        **{what: set() for what, *_ in SEALED_CONTENT}})


def check_imported(session: Session) -> BundleAccount:
    account = BundleAccount()
    rows = session.execute(sa.select(AuditEntry.seq, AuditEntry.payload)  # type: ignore[call-overload]
                           .where(AuditEntry.action == CASE_ACTION).order_by(AuditEntry.seq))
    for seq, text in rows.all():
        payload: dict[str, Any] = json.loads(text)
        case_id = payload["assessment_id"]
        if "rows" in payload:
            account.accounted["assessment"].add(case_id)
        if "decision_id" in payload:
            account.accounted["decision"].add(payload["decision_id"])
            stored = session.get(Decision, payload["decision_id"])
            if (stored is None or stored.record_hash != payload["record_hash"]
                    or frozen_record_hash(session, case_id) != payload["record_hash"]):
                account.problems.append((seq, f"imported assessment {case_id} recorded in entry "
                                              f"{seq} has changed since its import"))
                continue
            account.checked += 1
        for dissent_id, sealed in payload.get("dissents", {}).items():
            account.accounted["dissent"].add(dissent_id)
            dissent = session.get(Dissent, dissent_id)
            if dissent is None or (dissent.decision_id, dissent.reviewer,
                                   sha256_hex(dissent.text)) != (
                    sealed["decision_id"], sealed["reviewer"], sealed["text_sha256"]):
                account.problems.append((seq, f"imported dissent {dissent_id} recorded in entry "
                                              f"{seq} was changed or deleted"))
                continue
            account.checked += 1
        for note_id, sealed in payload.get("notes", {}).items():
            account.accounted["note"].add(note_id)
            note = session.get(CaseNote, note_id)
            if note is None or (note.assessment_id, note.author, sha256_hex(note.text)) != (
                    case_id, sealed["author"], sealed["text_sha256"]):
                account.problems.append((seq, f"imported note {note_id} recorded in entry {seq} "
                                              "was changed or deleted"))
                continue
            account.checked += 1
        for what, name, _, _, sealed_as in SEALED_CONTENT:
            for row_id, digest in payload.get(sealed_as, {}).items():
                account.accounted[what].add(row_id)
                if _sealed_hash(session, name, row_id, case_id) != digest:
                    account.problems.append((seq, f"imported {what} {row_id} recorded in entry "
                                                  f"{seq} was changed or deleted"))
                    continue
                account.checked += 1
        for memo_id, sealed in payload.get("memos", {}).items():
            account.accounted["memo"].add(memo_id)
            if not _memo_as_sealed(session, memo_id, case_id, sealed):
                account.problems.append((seq, f"imported memo {memo_id} recorded in entry {seq} "
                                              "was changed or deleted"))
                continue
            account.checked += 1
    return account


def _sealed_hash(session: Session, name: str, row_id: str, case_id: str) -> str | None:
    """The content hash of the row as held now (None: gone, or moved to another case)."""
    table = table_of(name)
    held = session.execute(sa.select(table).where(table.c.id == row_id)).first()
    if held is None or held.assessment_id != case_id:
        return None
    return sealed_content_hash(name, encode(table, dict(held._mapping)))


def _memo_as_sealed(session: Session, memo_id: str, case_id: str, sealed: dict[str, Any]) -> bool:
    memo = session.get(Memo, memo_id)
    if memo is None:
        return False
    signers = list(session.execute(
        sa.select(MemoSignature.cert_fingerprint)  # type: ignore[call-overload]
        .where(MemoSignature.memo_id == memo_id).order_by(MemoSignature.sequence)).scalars())
    same = (memo.assessment_id, memo.reference, memo.stage, memo.sha256, memo.audit_head,
            sha256_hex(memo.pdf), signers) == (
        case_id, sealed["reference"], sealed["stage"], sealed["sha256"], sealed["audit_head"],
        sealed["sha256"], sealed["signers"])
    session.expunge(memo)  # PDFs are large: do not keep them in the session
    return same


def imported_memo_heads(session: Session) -> dict[str, str]:
    """The audit head each imported memo names, as its import sealed it: an entry of the
    origin's chain, which the import checked (the receiving chain does not hold it)."""
    heads: dict[str, str] = {}
    rows = session.execute(sa.select(AuditEntry.payload)  # type: ignore[call-overload]
                           .where(AuditEntry.action == CASE_ACTION))
    for (text,) in rows.all():
        for memo_id, sealed in json.loads(text).get("memos", {}).items():
            heads[memo_id] = sealed["audit_head"]
    return heads
