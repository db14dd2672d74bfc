"""Checking the audit chain: every entry recomputed and linked, its head, and — because the
payloads carry content hashes — every decided record (with its conditions), dissent, condition
review, note, routing step, outcome, retrospective, resolution date, memo, trust
root, kept playbook file and the member registry compared with the entry that
recorded it (finds rows changed behind the triggers' back, and rows no entry
accounts for).

Apart from models.audit (appending), which every writer imports: this reads the records.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.audit import ChainReport, compute_entry_hash
from models.bundle_check import BundleAccount, check_imported
from models.canonical import ZERO_HASH, content_hash, sha256_hex
from models.conditions import check_reviews
from models.db import Database
from models.outcomes import outcome_content, resolution_content, retrospective_content
from models.record_hashes import frozen_record_hashes
from models.registry_revisions import check_registry
from models.routing import check_steps
from models.tables import (
    Assessment,
    AuditEntry,
    AuditHead,
    CaseNote,
    ConditionReview,
    Decision,
    Dissent,
    Memo,
    MemoSignature,
    Outcome,
    PlaybookFile,
    ResolutionDate,
    Retrospective,
    TrustRoot,
)

VERIFY_BATCH = 2000


class _Broken(Exception):
    def __init__(self, seq: int | None, problem: str) -> None:
        super().__init__(problem)
        self.seq = seq
        self.problem = problem


def verify_chain(
    db: Database, *, check_records: bool = True, after: ChainReport | None = None
) -> ChainReport:
    """Recompute the chain from its first entry; report the first entry that is wrong.

    With `check_records`, also compare every decided record, dissent and memo with the content
    hash its entry recorded (finds rows changed while the triggers were switched off).

    `after`, an intact report from earlier: check only that its last entry is unchanged and
    the entries added since (the desktop's status bar after each write; the whole walk stays
    with the opening, `audit verify` and the archive check).
    """
    entries = 0
    checked = 0
    start_seq, start_hash = 0, ZERO_HASH
    with db.session(snapshot=True) as session:
        try:
            if after is not None and after.ok and after.entries and after.last_hash:
                _check_unchanged(session, after.entries, after.last_hash)
                start_seq, start_hash = after.entries, after.last_hash
            entries, last_seq, last_hash = _walk_chain(session, start_seq, start_hash)
            entries += start_seq
            _check_head(session, last_seq, last_hash)
            if check_records:
                checked = _check_records(session)
        except _Broken as broken:
            return ChainReport(False, entries, broken.seq, broken.problem, checked)
    return ChainReport(True, entries, None, "", checked, last_hash)


def _check_unchanged(session: Session, seq: int, entry_hash: str) -> None:
    """Entry `seq` still holds, and hashes to, `entry_hash` (as when last checked)."""
    entry = session.execute(
        sa.select(AuditEntry).where(col(AuditEntry.seq) == seq)
    ).scalar_one_or_none()
    if entry is None:
        raise _Broken(seq, f"entry {seq} is missing (deleted since it was last checked)")
    if entry.entry_hash != entry_hash or _recomputed(entry) != entry_hash:
        raise _Broken(seq, f"entry {seq} was altered since it was last checked")


def _recomputed(entry: AuditEntry) -> str:
    return compute_entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        payload=entry.payload,
        prev_hash=entry.prev_hash,
        login=entry.login,
    )


def _entries(session: Session, after: int = 0) -> Iterator[AuditEntry]:
    while True:
        batch = (
            session.execute(
                sa.select(AuditEntry)
                .where(col(AuditEntry.seq) > after)
                .order_by(col(AuditEntry.seq))
                .limit(VERIFY_BATCH)
            )
            .scalars()
            .all()
        )
        if not batch:
            return
        yield from batch
        after = batch[-1].seq
        session.expunge_all()


def _walk_chain(
    session: Session, after_seq: int = 0, after_hash: str = ZERO_HASH
) -> tuple[int, int, str]:
    """Walk the entries after `after_seq` (whose hash is `after_hash`): (how many, the last
    entry's seq, its hash)."""
    expected_seq = after_seq + 1
    previous_hash = after_hash
    count = 0
    for entry in _entries(session, after_seq):
        if entry.seq != expected_seq:
            missing = (
                f"entry {expected_seq} is missing"
                if entry.seq == expected_seq + 1
                else f"entries {expected_seq}–{entry.seq - 1} are missing"
            )
            raise _Broken(expected_seq, f"{missing} (deleted from the chain)")
        if _recomputed(entry) != entry.entry_hash:
            raise _Broken(
                entry.seq, f"entry {entry.seq} was altered: its content no longer matches its hash"
            )
        if entry.prev_hash != previous_hash:
            if entry.seq == 1:
                raise _Broken(1, "entry 1 does not start the chain (entries before it removed?)")
            raise _Broken(
                entry.seq - 1,
                f"entry {entry.seq} does not link to entry {entry.seq - 1}: entry "
                f"{entry.seq - 1} was rewritten or entry {entry.seq} was inserted",
            )
        previous_hash = entry.entry_hash
        expected_seq += 1
        count += 1
    return count, expected_seq - 1, previous_hash


def _check_head(session: Session, last_seq: int, last_hash: str) -> None:
    head = session.execute(
        sa.select(col(AuditHead.seq), col(AuditHead.entry_hash)).where(col(AuditHead.id) == 1)
    ).one_or_none()
    if head is None:
        raise _Broken(last_seq + 1, "the audit head row is missing")
    if head.seq > last_seq:
        raise _Broken(
            last_seq + 1,
            f"the chain ends at entry {last_seq} but its head records "
            f"entry {head.seq}: the last entries were deleted",
        )
    if head.seq < last_seq:
        raise _Broken(
            head.seq + 1,
            f"entries {head.seq + 1}–{last_seq} were added after the head (entry {head.seq})",
        )
    if head.entry_hash != last_hash:
        raise _Broken(last_seq, f"entry {last_seq} does not match the hash its head records")


def _payloads(session: Session, action: str) -> Iterator[tuple[int, dict[str, Any]]]:
    rows = session.execute(
        sa.select(col(AuditEntry.seq), col(AuditEntry.payload))
        .where(col(AuditEntry.action) == action)
        .order_by(col(AuditEntry.seq))
    ).all()
    for seq, payload in rows:
        yield seq, json.loads(payload)


def _check_records(session: Session) -> int:
    checked = 0
    decided = list(_payloads(session, "assessment.decide"))
    # Recomputed a batch of cases at a time (models.record_hashes), not ten queries a case: the
    # entries are then compared in chain order, so the first one broken is still the one named.
    ids = [payload["assessment_id"] for _, payload in decided]
    actual = frozen_record_hashes(session, ids)
    stored = dict(session.execute(
        sa.select(col(Decision.assessment_id), col(Decision.record_hash))
    ).all())
    for seq, payload in decided:
        assessment_id = payload["assessment_id"]
        recorded = payload["record_hash"]
        if actual.get(assessment_id) != recorded or stored.get(assessment_id) != recorded:
            raise _Broken(
                seq,
                f"decided assessment {assessment_id} recorded in entry {seq} has "
                "changed since its decision (answers, evidence, positions, "
                "details or decision differ from the recorded hash)",
            )
        checked += 1
    reviewers = dict(
        session.execute(
            sa.select(col(AuditEntry.seq), col(AuditEntry.actor))
            .where(col(AuditEntry.action) == "dissent.add")
        ).all()
    )
    for seq, payload in _payloads(session, "dissent.add"):
        dissent = session.get(Dissent, payload["dissent_id"])
        if (
            dissent is None
            or sha256_hex(dissent.text) != payload["text_sha256"]
            or dissent.reviewer != reviewers[seq]  # the reviewer is the entry's actor
            or dissent.decision_id != payload["decision_id"]
        ):
            raise _Broken(
                seq,
                f"dissent {payload['dissent_id']} recorded in entry {seq} was changed or deleted",
            )
        checked += 1
    for seq, payload in _payloads(session, "memo.store"):
        memo = session.get(Memo, payload["memo_id"])
        if (
            memo is None
            or memo.sha256 != payload["sha256"]
            or sha256_hex(memo.pdf) != memo.sha256
            or (memo.assessment_id, memo.reference, memo.stage, memo.audit_head)
            != tuple(payload[k] for k in ("assessment_id", "reference", "stage", "audit_head"))
            or _memo_signers(session, memo.id) != payload["signers"]
        ):
            raise _Broken(
                seq, f"memo {payload['memo_id']} recorded in entry {seq} was changed or deleted"
            )
        session.expunge(memo)  # PDFs are large: do not keep them all in the session
        checked += 1
    checked += _check_condition_reviews(session)
    checked += _check_notes(session)
    checked += _check_routing(session)
    checked += _check_outcomes(session)
    checked += _check_trust_roots(session)
    checked += _check_kept_playbooks(session)
    imported = check_imported(session)  # rows a bundle import added (models.bundle_import)
    if imported.problems:
        raise _Broken(*imported.problems[0])
    checked += imported.checked
    _check_registry(session)  # not counted: records_checked counts records, not registry rows
    _check_accounted(session, imported)
    return checked


def _check_condition_reviews(session: Session) -> int:
    """Each condition review is the one its entry sealed (models.conditions)."""
    checked, problems = check_reviews(session)
    if problems:
        raise _Broken(*problems[0])
    return checked


def _check_notes(session: Session) -> int:
    """Each note on a case is as its entry recorded it (text, author, case): never rewritten."""
    authors = dict(
        session.execute(
            sa.select(col(AuditEntry.seq), col(AuditEntry.actor))
            .where(col(AuditEntry.action) == "note.add")
        ).all()
    )
    checked = 0
    for seq, payload in _payloads(session, "note.add"):
        note = session.get(CaseNote, payload["note_id"])
        if (
            note is None
            or sha256_hex(note.text) != payload["text_sha256"]
            or note.author != authors[seq]
            or note.assessment_id != payload["assessment_id"]
        ):
            raise _Broken(
                seq, f"note {payload['note_id']} recorded in entry {seq} was changed or deleted"
            )
        checked += 1
    return checked


def _check_routing(session: Session) -> int:
    """Each routing step is as its entry recorded it, and none is without one (models.routing)."""
    checked, problems = check_steps(session)
    if problems:
        raise _Broken(*problems[0])
    return checked


# Outcomes (issue 16): the action, the row's table, the payload key of its id, its content.
_OUTCOME_ROWS: tuple[tuple[str, str, Any, str, Callable[[Any], dict[str, Any]]], ...] = (
    ("resolution.set", "resolution date", ResolutionDate, "resolution_id", resolution_content),
    ("outcome.record", "outcome", Outcome, "outcome_id", outcome_content),
    ("retrospective.record", "retrospective", Retrospective, "retrospective_id",
     retrospective_content),
)


def _check_outcomes(session: Session) -> int:
    """Each resolution date, outcome and retrospective is as its entry sealed it (its content
    hash, which includes who recorded it: the entry's actor)."""
    checked = 0
    for action, what, table, key, content in _OUTCOME_ROWS:
        actors = dict(session.execute(
            sa.select(col(AuditEntry.seq), col(AuditEntry.actor))
            .where(col(AuditEntry.action) == action)
        ).all())
        for seq, payload in _payloads(session, action):
            row = session.get(table, payload[key])
            if (row is None or content_hash(content(row)) != payload["content_hash"]
                    or content(row)["set_by" if table is ResolutionDate else "recorded_by"]
                    != actors[seq] or row.assessment_id != payload["assessment_id"]):
                raise _Broken(seq, f"{what} {payload[key]} recorded in entry {seq} was changed "
                                   "or deleted")
            checked += 1
    return checked


def _check_registry(session: Session) -> None:
    """The member registry is the one its latest revision recorded (models.registry_revisions)."""
    problems = check_registry(session)
    if problems:
        raise _Broken(None, problems[0])


def _memo_signers(session: Session, memo_id: str) -> list[str]:
    return list(
        session.execute(
            sa.select(col(MemoSignature.cert_fingerprint))
            .where(col(MemoSignature.memo_id) == memo_id)
            .order_by(col(MemoSignature.sequence))
        ).scalars()
    )


def _check_trust_roots(session: Session) -> int:
    """Trust roots decide what `verify` accepts: each must be the certificate its entry added."""
    checked = 0
    recorded: set[str] = set()
    for seq, payload in _payloads(session, "trust_root.add"):
        fingerprint = payload["fingerprint"]
        recorded.add(fingerprint)
        root = session.get(TrustRoot, fingerprint)
        if root is None or _pem_fingerprint(root.pem) != fingerprint:
            raise _Broken(
                seq, f"trust root {fingerprint[:16]}… added in entry {seq} was changed or deleted"
            )
        checked += 1
    for fingerprint in session.execute(sa.select(col(TrustRoot.fingerprint))).scalars():
        if fingerprint not in recorded:
            raise _Broken(
                None,
                f"trust root {fingerprint[:16]}… has no audit entry: it was added behind the "
                "application's back",
            )
    return checked


def _check_kept_playbooks(session: Session) -> int:
    """Decisions are re-evaluated from the playbook files the record keeps: each must still be
    the exact bytes its entry kept (its hash recomputed from them)."""
    checked = 0
    for seq, payload in _payloads(session, "playbook.store"):
        row = session.execute(
            sa.select(
                col(PlaybookFile.sha256),
                col(PlaybookFile.playbook_id),
                col(PlaybookFile.version),
                col(PlaybookFile.content),
            ).where(col(PlaybookFile.sha256) == payload["sha256"])
        ).one_or_none()
        if (
            row is None
            or sha256_hex(row.content) != payload["sha256"]
            or (row.playbook_id, row.version) != (payload["playbook_id"], payload["version"])
        ):
            raise _Broken(
                seq,
                f"the file of playbook {payload['playbook_id']} {payload['version']} kept in "
                f"entry {seq} was changed or deleted (its bytes no longer match its hash)",
            )
        checked += 1
    return checked


def _pem_fingerprint(pem: str) -> str | None:
    try:
        return sha256_hex(ssl.PEM_cert_to_DER_cert(pem))
    except ValueError:
        return None


# Which entries account for which rows (a row without one was written behind the app's back).
_ACCOUNTED_BY: tuple[tuple[str, Any, tuple[str, ...], str | None], ...] = (
    ("assessment", col(Assessment.id),
     ("assessment.create", "assessment.import", "assessment.revise", "assessment.migrate"), None),
    ("decision", col(Decision.id), ("assessment.decide",), "decision_id"),
    ("dissent", col(Dissent.id), ("dissent.add",), "dissent_id"),
    ("note", col(CaseNote.id), ("note.add",), "note_id"),
    ("resolution date", col(ResolutionDate.id), ("resolution.set",), "resolution_id"),
    ("outcome", col(Outcome.id), ("outcome.record",), "outcome_id"),
    ("retrospective", col(Retrospective.id), ("retrospective.record",), "retrospective_id"),
    ("memo", col(Memo.id), ("memo.store",), "memo_id"),
    ("condition review", col(ConditionReview.id), ("condition.review",), "review_id"),
    ("kept playbook file", col(PlaybookFile.sha256), ("playbook.store",), None),
)  # fmt: skip


def _check_accounted(session: Session, imported: BundleAccount) -> None:
    for what, id_column, actions, payload_key in _ACCOUNTED_BY:
        rows = session.execute(
            sa.select(col(AuditEntry.entity_id), col(AuditEntry.payload)).where(
                col(AuditEntry.action).in_(actions)
            )
        ).all()
        known = {
            json.loads(payload)[payload_key] if payload_key else entity_id
            for entity_id, payload in rows
        } | imported.accounted.get(what, set())
        for row_id in session.execute(sa.select(id_column)).scalars():
            if row_id not in known:
                raise _Broken(
                    None,
                    f"{what} {row_id} has no audit entry: it was written behind the "
                    "application's back",
                )
