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

from models.bundle_import import CASE_ACTION
from models.canonical import sha256_hex
from models.records import frozen_record_hash
from models.tables import AuditEntry, CaseNote, Decision, Dissent


@dataclass
class BundleAccount:
    checked: int = 0
    problems: list[tuple[int | None, str]] = field(default_factory=list)
    # what the entries account for, by the names models.audit_check uses
    accounted: dict[str, set[str]] = field(default_factory=lambda: {
        "assessment": set(), "decision": set(), "dissent": set(), "note": set()})


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
    return account
