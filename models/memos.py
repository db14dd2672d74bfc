"""Stored memos (immutable PDF bytes with their SHA-256) and the trust roots of verification.

A memo row never changes: signing adds a new row with the same reference and the next stage
(unsigned → drafted → countersigned), pointing at the one it supersedes. Each memo records the
audit chain head that is printed on it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import ZERO_HASH, sha256_hex
from models.db import Database
from models.errors import ConcurrentEdit, InvalidInput, NotFound
from models.records import MemoRecord, SignatureInput, memo_records
from models.tables import (
    MEMO_STAGES,
    SIGNATURE_FIELDS,
    Assessment,
    AuditEntry,
    AuditHead,
    Decision,
    Memo,
    MemoSignature,
    TrustRoot,
    new_id,
    utc_now,
)

REFERENCE_PREFIX = "CD"
# CD-YEAR-NUMBER-TAG, e.g. CD-2026-0001-7F3A09C2. NUMBER counts this record's memos of the year;
# TAG is 32 random bits drawn when the number is allocated, so that a reference is never issued
# twice: not by two installations (each counts from 0001), and not by one record after an older
# copy of it was put back (it counts again from where the copy ended). References of earlier
# versions have no TAG and are still read.
_REFERENCE = re.compile(r"^[A-Z]{2}-\d{4}-\d{4,}(-[0-9A-F]{8})?$")
REFERENCE_EXAMPLE = "CD-2026-0001-7F3A09C2"


def is_memo_reference(text: str) -> bool:
    """True for a memo reference such as CD-2026-0001-7F3A09C2 (not an assessment id)."""
    return bool(_REFERENCE.match(text))
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
PDF_MAX_BYTES = 50 * 1024 * 1024


def _number_part(reference: str) -> str:
    """CD-2026-0001 of CD-2026-0001-7F3A09C2 (and of the untagged CD-2026-0001)."""
    return "-".join(reference.split("-")[:3])


# A reference is reserved before its memo is rendered (the number is printed in the signed PDF),
# in a short write transaction of its own that appends this audit entry: writers are serialised
# (models.db), so no two renders draw the same number, and the chain shows every reservation.
# A reserved reference that no memo.store entry follows (the render or signing failed, the
# official cancelled) is a gap in the numbering; docs/guarantees.md says so.
RESERVE_ACTION = "memo.reserve"
RESERVED_REFERENCE = "memo_reference"  # the entity type of a reservation; its id is the reference


def _allocate_reference(session: Session, year: int) -> str:
    """The next free number of the year, past every stored memo and every reservation."""
    prefix = f"{REFERENCE_PREFIX}-{year}-"
    used = session.execute(
        sa.select(col(Memo.reference)).distinct().where(col(Memo.reference).startswith(prefix))
    ).scalars()
    # A range on the indexed entity_id ('.' follows '-'): every reference of the year.
    reserved = session.execute(
        sa.select(col(AuditEntry.entity_id)).where(
            col(AuditEntry.entity_id) >= prefix, col(AuditEntry.entity_id) < prefix[:-1] + ".",
            col(AuditEntry.entity_type) == RESERVED_REFERENCE)
    ).scalars()
    numbers = [int(n) for r in (*used, *reserved)
               if (n := _number_part(r)[len(prefix):]).isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}-{secrets.token_hex(4).upper()}"


def next_memo_reference(db: Database) -> str:
    """The reference the next new memo lineage would get, e.g. CD-2026-0001 (a preview only: a
    memo to be rendered takes its reference with `reserve_memo_reference`)."""
    with db.session() as session:
        return _allocate_reference(session, datetime.now(UTC).year)


def reserve_memo_reference(db: Database, assessment_id: str, *, actor: str) -> str:
    """Reserve the next memo reference for `assessment_id`'s memo, before it is rendered: one
    short write transaction, so memos issued at once each get their own number. Storing the
    memo under it later is `store_memo(reference=…)`."""
    actor = check.name("actor", actor)
    with db.write_session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        reference = _allocate_reference(session, datetime.now(UTC).year)
        append_entry(
            session,
            actor=actor,
            action=RESERVE_ACTION,
            entity_type=RESERVED_REFERENCE,
            entity_id=reference,
            payload={"reference": reference, "assessment_id": assessment_id},
        )
    return reference


def _reserved_for(session: Session, reference: str) -> str | None:
    """The assessment a reference was reserved for (None: never reserved)."""
    import json

    payload = session.execute(
        sa.select(col(AuditEntry.payload)).where(
            col(AuditEntry.entity_id) == reference,
            col(AuditEntry.entity_type) == RESERVED_REFERENCE)
        .limit(1)
    ).scalar_one_or_none()
    return None if payload is None else str(json.loads(payload)["assessment_id"])


def _check_signatures(stage: str, signatures: Sequence[SignatureInput]) -> list[SignatureInput]:
    expected = SIGNATURE_FIELDS[: MEMO_STAGES.index(stage)]
    fields = tuple(s.field for s in signatures)
    if fields != expected:
        raise InvalidInput(
            f"a {stage} memo carries the signatures {', '.join(expected) or '(none)'} in that "
            f"order, not {', '.join(fields) or '(none)'}"
        )
    checked = []
    for s in signatures:
        if not _HEX64.match(str(s.cert_fingerprint)):
            raise InvalidInput(
                f"{s.field}: certificate fingerprint must be 64 lowercase hex digits"
            )
        if s.claimed_time is not None and s.claimed_time.tzinfo is None:
            raise InvalidInput(f"{s.field}: signing time needs a time zone")
        signer = check.text(f"{s.field}: signer", s.signer, limit=400, required=True).strip()
        checked.append(SignatureInput(s.field, signer, s.cert_fingerprint, s.claimed_time))
    return checked


def store_memo(
    db: Database,
    *,
    assessment_id: str,
    pdf: bytes,
    stage: str,
    signatures: Sequence[SignatureInput] = (),
    actor: str,
    reference: str | None = None,
    supersedes_memo_id: str | None = None,
    audit_head: str | None = None,
) -> MemoRecord:
    """Store a rendered or signed memo of a decided assessment (returns it, without the PDF).

    `reference`: None allocates a new one (or takes that of `supersedes_memo_id`).
    `audit_head`: the chain head printed on the PDF; None means the head at storing time.
    """
    actor = check.name("actor", actor)
    if stage not in MEMO_STAGES:
        raise InvalidInput(f"memo stage {stage!r} is not one of {', '.join(MEMO_STAGES)}")
    if not isinstance(pdf, bytes) or not pdf.startswith(b"%PDF-"):
        raise InvalidInput("the memo is not a PDF file")
    if len(pdf) > PDF_MAX_BYTES:
        raise InvalidInput(f"the memo PDF is larger than {PDF_MAX_BYTES // (1024 * 1024)} MB")
    signed = _check_signatures(stage, signatures)
    if reference is not None and not _REFERENCE.match(reference):
        raise InvalidInput(f"memo reference {reference!r} is not like {REFERENCE_EXAMPLE}")
    if audit_head is not None and not _HEX64.match(audit_head):
        raise InvalidInput("audit head must be 64 lowercase hex digits")
    with db.write_session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        decision_id = session.execute(
            sa.select(col(Decision.id)).where(col(Decision.assessment_id) == assessment_id)
        ).scalar_one_or_none()
        if decision_id is None:
            raise InvalidInput(f"assessment {assessment_id} is not decided: no memo yet")
        reference = _lineage_reference(
            session, assessment_id, decision_id, stage, reference, supersedes_memo_id
        )
        audit_head = _printed_head(session, audit_head)
        memo_id = new_id()
        digest = sha256_hex(pdf)
        session.execute(
            sa.insert(Memo).values(
                id=memo_id,
                assessment_id=assessment_id,
                decision_id=decision_id,
                reference=reference,
                stage=stage,
                pdf=pdf,
                sha256=digest,
                audit_head=audit_head,
                created_at=utc_now(),
                created_by=actor,
                supersedes_memo_id=supersedes_memo_id,
            )
        )
        if signed:
            session.execute(
                sa.insert(MemoSignature),
                [
                    {
                        "id": new_id(),
                        "memo_id": memo_id,
                        "sequence": number,
                        "field": s.field,
                        "signer": s.signer,
                        "cert_fingerprint": s.cert_fingerprint,
                        "claimed_time": s.claimed_time,
                    }
                    for number, s in enumerate(signed, start=1)
                ],
            )
        append_entry(
            session,
            actor=actor,
            action="memo.store",
            entity_type="memo",
            entity_id=memo_id,
            payload={
                "memo_id": memo_id,
                "assessment_id": assessment_id,
                "reference": reference,
                "stage": stage,
                "sha256": digest,
                "audit_head": audit_head,
                "signers": [s.cert_fingerprint for s in signed],
            },
        )
        return memo_records(session, memo_ids=[memo_id])[0]


def _lineage_reference(
    session: Session,
    assessment_id: str,
    decision_id: str,
    stage: str,
    reference: str | None,
    supersedes_memo_id: str | None,
) -> str:
    if supersedes_memo_id is not None:
        previous = session.get(Memo, supersedes_memo_id)
        if previous is None or previous.assessment_id != assessment_id:
            raise InvalidInput(f"memo {supersedes_memo_id} is not a memo of this assessment")
        if MEMO_STAGES.index(stage) <= MEMO_STAGES.index(previous.stage):
            raise InvalidInput(f"a {stage} memo cannot supersede a {previous.stage} one")
        if reference is not None and reference != previous.reference:
            raise InvalidInput(f"memo {supersedes_memo_id} has reference {previous.reference}")
        reference = previous.reference
    if reference is None:
        reference = _allocate_reference(session, datetime.now(UTC).year)
    lineage = session.execute(
        sa.select(col(Memo.decision_id), col(Memo.stage)).where(col(Memo.reference) == reference)
    ).all()
    if not lineage:
        _refuse_second_memo(session, decision_id)
        reserved_for = _reserved_for(session, reference)
        if reserved_for is not None and reserved_for != assessment_id:
            raise InvalidInput(f"memo reference {reference} was reserved for assessment "
                               f"{reserved_for}, not {assessment_id}")
        number = _number_part(reference)
        taken = session.execute(
            sa.select(col(Memo.reference)).where(
                sa.or_(col(Memo.reference) == number, col(Memo.reference).startswith(f"{number}-")))
            .limit(1)
        ).scalar_one_or_none()
        if taken is not None:  # two memos rendered at once drew the same number
            raise ConcurrentEdit(
                f"memo number {number} was taken by memo {taken} meanwhile; render it again"
            )
    if any(row.decision_id != decision_id for row in lineage):
        raise ConcurrentEdit(
            f"memo reference {reference} was taken by another memo meanwhile; render it again"
        )
    if any(row.stage == stage for row in lineage):
        raise InvalidInput(f"memo {reference} is already stored at stage {stage}")
    return reference


def _refuse_second_memo(session: Session, decision_id: str) -> None:
    """A decision has one memo (its stages share one reference): a retry after a failed export
    or a second click must never issue another countersigned memo of the same decision."""
    existing = session.execute(
        sa.select(col(Memo.reference)).where(col(Memo.decision_id) == decision_id).limit(1)
    ).scalar_one_or_none()
    if existing is not None:
        raise MemoAlreadyIssued(existing)


class MemoAlreadyIssued(InvalidInput):
    """The decision's memo exists; it is exported again, or signed, under its reference."""

    def __init__(self, reference: str) -> None:
        self.reference = reference
        super().__init__(f"this decision's memo is already issued as {reference}: export it "
                         f"again with `memo {reference} -o FILE` (no signing), or add its next "
                         f"signature with `memo {reference} -o FILE --sign FILE.p12`")


def memo_of_decision(db: Database, assessment_id: str) -> MemoRecord | None:
    """The latest stage of the memo of an assessment's decision, without its PDF; None when
    none was issued."""
    with db.session() as session:
        rows = session.execute(
            sa.select(col(Memo.id), col(Memo.stage))
            .join(Decision, col(Decision.id) == col(Memo.decision_id))
            .where(col(Decision.assessment_id) == assessment_id)
        ).all()
        if not rows:
            return None
        latest = max(rows, key=lambda row: MEMO_STAGES.index(row.stage))
        return memo_records(session, memo_ids=[latest.id])[0]


def _printed_head(session: Session, audit_head: str | None) -> str:
    if audit_head is None:
        head: str = session.execute(
            sa.select(col(AuditHead.entry_hash)).where(col(AuditHead.id) == 1)
        ).scalar_one()
        return head
    if audit_head != ZERO_HASH:
        known = session.execute(
            sa.select(col(AuditEntry.seq)).where(col(AuditEntry.entry_hash) == audit_head)
        ).scalar_one_or_none()
        if known is None:
            raise InvalidInput(f"audit head {audit_head[:12]}… is not an entry of this record")
    return audit_head


def get_memo(db: Database, memo_id_or_reference: str, *, latest: bool = True) -> MemoRecord:
    """A memo with its PDF, by id, or by reference: the latest stage (or the first one)."""
    with db.session() as session:
        if session.get(Memo, memo_id_or_reference) is not None:
            return memo_records(session, memo_ids=[memo_id_or_reference], with_pdf=True)[0]
        stages = session.execute(
            sa.select(col(Memo.id), col(Memo.stage))
            .where(col(Memo.reference) == memo_id_or_reference)
        ).all()
        if not stages:
            raise NotFound(f"no memo with id or reference {memo_id_or_reference}")
        ranked = sorted(stages, key=lambda row: MEMO_STAGES.index(row.stage))
        chosen = ranked[-1] if latest else ranked[0]
        return memo_records(session, memo_ids=[chosen.id], with_pdf=True)[0]


def memos_with_reference(db: Database, reference: str) -> list[MemoRecord]:
    """Every stage stored under `reference`, first stage first, with PDFs."""
    with db.session() as session:
        ids = session.execute(
            sa.select(col(Memo.id)).where(col(Memo.reference) == reference)
        ).scalars()
        memos = memo_records(session, memo_ids=list(ids), with_pdf=True)
    return sorted(memos, key=lambda m: MEMO_STAGES.index(m.stage))


@dataclass(frozen=True)
class Supersession:
    """The revision that superseded a decided assessment (so its memo is no longer the last
    word): when it was made, and its memo once one is issued."""

    assessment_id: str
    revision: int
    on: datetime
    memo_reference: str | None


def superseded_by(db: Database, assessment_id: str) -> Supersession | None:
    """The revision that superseded `assessment_id` (made by `revise`), or None."""
    with db.session() as session:
        old = session.get(Assessment, assessment_id)
        newer = session.get(Assessment, old.superseded_by_id) if old and \
            old.superseded_by_id else None
        if newer is None:
            return None
        reference = session.execute(
            sa.select(col(Memo.reference)).where(col(Memo.assessment_id) == newer.id).limit(1)
        ).scalar_one_or_none()
        return Supersession(newer.id, newer.revision, newer.created_at, reference)


def find_memo_by_sha256(db: Database, digest: str) -> MemoRecord | None:
    with db.session() as session:
        memo_id = session.execute(
            sa.select(col(Memo.id)).where(col(Memo.sha256) == digest.lower()).limit(1)
        ).scalar_one_or_none()
        if memo_id is None:
            return None
        return memo_records(session, memo_ids=[memo_id], with_pdf=True)[0]


# --- trust roots ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustRootRecord:
    fingerprint: str
    subject: str
    pem: str
    added_at: datetime
    added_by: str


def _record(row: TrustRoot) -> TrustRootRecord:
    return TrustRootRecord(row.fingerprint, row.subject, row.pem, row.added_at, row.added_by)


def list_trust_roots(db: Database) -> list[TrustRootRecord]:
    with db.session() as session:
        rows = session.execute(sa.select(TrustRoot).order_by(col(TrustRoot.subject))).scalars()
        return [_record(r) for r in rows]


def add_trust_root(db: Database, pem: bytes, actor: str) -> TrustRootRecord:
    """Trust a CA certificate (PEM, or DER) for memo verification; adding it twice is harmless."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    actor = check.name("actor", actor)
    try:
        certificate = (
            x509.load_pem_x509_certificate(pem)
            if b"-----BEGIN" in pem
            else x509.load_der_x509_certificate(pem)
        )
    except (ValueError, TypeError):
        raise InvalidInput("not an X.509 certificate (PEM or DER expected)") from None
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    text = certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    subject = certificate.subject.rfc4514_string()
    with db.write_session() as session:
        existing = session.get(TrustRoot, fingerprint)
        if existing is not None:
            return _record(existing)
        row = TrustRoot(
            fingerprint=fingerprint, subject=subject, pem=text, added_at=utc_now(), added_by=actor
        )
        session.execute(sa.insert(TrustRoot).values(**row.model_dump()))
        append_entry(
            session,
            actor=actor,
            action="trust_root.add",
            entity_type="trust_root",
            entity_id=fingerprint,
            payload={"fingerprint": fingerprint, "subject": subject},
        )
    return _record(row)


# --- when a memo stage was stored, as the audit chain says ------------------------------------


def audited_store_time(db: Database, memo_id: str, digest: str) -> datetime | None:
    """The time of the audit entry that stored this memo stage with this SHA-256 (None: the
    chain holds no such entry). Whether the chain itself is intact is `audit verify`'s check;
    verify uses this to corroborate a signing time after the signer's certificate expired."""
    import json

    with db.session() as session:
        rows = session.execute(
            sa.select(col(AuditEntry.at), col(AuditEntry.payload)).where(
                col(AuditEntry.entity_type) == "memo", col(AuditEntry.entity_id) == memo_id,
                col(AuditEntry.action) == "memo.store")
        ).all()
    for at, payload in rows:
        if json.loads(payload).get("sha256") == digest:
            stored: datetime = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
            return stored
    return None
