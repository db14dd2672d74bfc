"""Tampering with the database's rows: every table of a decided record (its kept playbook file
included) and of the audit chain
changed by UPDATE, INSERT and DELETE with the triggers in place (refused) and switched off
(caught by `audit verify`), and a stored memo's bytes swapped."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from models.audit_check import verify_chain
from tests.reliability.harness import Backend, Identities, Outcome, opened
from tests.reliability.tampering import RichRecord, archive_problems

# ---------------------------------------------------------------------------------------------
# Rows changed in the database


@dataclass(frozen=True)
class RowTamper:
    table: str
    operation: str  # UPDATE | INSERT | DELETE
    sql: str

    @property
    def label(self) -> str:
        return f"{self.operation} {self.table}"


def row_tampers(record: RichRecord) -> list[RowTamper]:
    """One UPDATE, INSERT and DELETE per table of a decided record and of the audit chain."""
    now = "'2030-01-01 00:00:00'"
    return [
        RowTamper("assessment", "UPDATE", "UPDATE assessment SET title = 'Forged' WHERE id = :aid"),
        RowTamper("assessment", "DELETE", "DELETE FROM assessment WHERE id = :aid"),
        RowTamper("assessment", "INSERT",
                  "INSERT INTO assessment (id, root_id, revision, title, proposed_action, crisis,"
                  " classification, playbook_id, playbook_version, playbook_hash, status, "
                  "created_at, updated_at, created_by, row_version) SELECT 'forged-assessment',"
                  " 'forged-assessment', 1, 'Forged', '', '', classification, playbook_id, "
                  f"playbook_version, playbook_hash, 'decided', {now}, {now}, 'x', 9 "
                  "FROM assessment WHERE id = :aid"),
        RowTamper("answer", "UPDATE",
                  "UPDATE answer SET rationale = 'forged' WHERE id = :answer_id"),
        RowTamper("answer", "DELETE", "DELETE FROM answer WHERE id = :bare_answer_id"),
        RowTamper("answer", "INSERT",
                  "INSERT INTO answer (id, assessment_id, question_id, value, rationale, "
                  f"confidence, answered_at, answered_by) VALUES ('forged-answer', :aid, "
                  f"'extra', '1', 'forged', NULL, {now}, 'x')"),
        RowTamper("evidence_item", "UPDATE",
                  "UPDATE evidence_item SET summary = 'forged' WHERE id = :evidence_id"),
        RowTamper("evidence_item", "DELETE", "DELETE FROM evidence_item WHERE id = :evidence_id"),
        RowTamper("evidence_item", "INSERT",
                  "INSERT INTO evidence_item (id, answer_id, position, summary, source, "
                  "reliability, credibility) VALUES ('forged-evidence', :answer_id, 9, "
                  "'forged', 'x', 'A', 1)"),
        RowTamper("member_position", "UPDATE",
                  "UPDATE member_position SET position = 'oppose' WHERE id = :position_id"),
        RowTamper("member_position", "DELETE",
                  "DELETE FROM member_position WHERE id = :position_id"),
        RowTamper("member_position", "INSERT",
                  "INSERT INTO member_position (id, assessment_id, question_id, member_iso, "
                  "position) VALUES ('forged-position', :aid, 'positions', 'CRI', 'oppose')"),
        RowTamper("decision", "UPDATE",
                  "UPDATE decision SET decision = 'reject' WHERE id = :decision_id"),
        RowTamper("decision", "DELETE", "DELETE FROM decision WHERE id = :decision_id"),
        RowTamper("decision", "INSERT",
                  "INSERT INTO decision (id, assessment_id, decision, decided_by, decided_at, "
                  "justification, verdict, evaluation, playbook_hash, record_hash, "
                  "departs_from_verdict) SELECT 'forged-decision', assessment_id, "
                  "'reject', decided_by, decided_at, justification, verdict, evaluation, "
                  "playbook_hash, record_hash, departs_from_verdict FROM decision "
                  "WHERE id = :decision_id"),
        RowTamper("dissent", "UPDATE", "UPDATE dissent SET text = 'forged' WHERE id = :dissent_id"),
        RowTamper("dissent", "UPDATE",
                  "UPDATE dissent SET reviewer = 'Someone else' WHERE id = :dissent_id"),
        RowTamper("dissent", "DELETE", "DELETE FROM dissent WHERE id = :dissent_id"),
        RowTamper("dissent", "INSERT",
                  "INSERT INTO dissent (id, decision_id, reviewer, text, recorded_at) VALUES "
                  f"('forged-dissent', :decision_id, 'Reviewer', 'I never agreed', {now})"),
        RowTamper("audit_entry", "UPDATE", "UPDATE audit_entry SET actor = 'forged' WHERE seq = 3"),
        RowTamper("audit_entry", "DELETE",
                  "DELETE FROM audit_entry WHERE seq = (SELECT max(seq) FROM audit_entry)"),
        RowTamper("audit_entry", "INSERT",
                  "INSERT INTO audit_entry (seq, at, actor, action, entity_type, entity_id, "
                  f"payload, prev_hash, entry_hash) SELECT seq + 1, {now}, 'x', 'forged', 'x', "
                  f"'x', '{{}}', entry_hash, '{'f' * 64}' FROM audit_head WHERE id = 1"),
        RowTamper("audit_head", "UPDATE", "UPDATE audit_head SET seq = seq - 1"),
        RowTamper("audit_head", "DELETE", "DELETE FROM audit_head"),
        RowTamper("audit_head", "INSERT",
                  f"INSERT INTO audit_head (id, seq, entry_hash) VALUES (2, 0, '{'0' * 64}')"),
        RowTamper("memo", "UPDATE",
                  "UPDATE memo SET pdf = (SELECT pdf FROM memo WHERE id = :memo_drafted) "
                  "WHERE id = :memo_countersigned"),
        RowTamper("memo", "DELETE", "DELETE FROM memo WHERE id = :memo_countersigned"),
        RowTamper("memo", "INSERT",
                  "INSERT INTO memo (id, assessment_id, decision_id, reference, stage, pdf, "
                  "sha256, audit_head, created_at, created_by, supersedes_memo_id) SELECT "
                  "'forged-memo', assessment_id, decision_id, 'CD-2030-9999', stage, pdf, "
                  "sha256, audit_head, created_at, created_by, NULL FROM memo "
                  "WHERE id = :memo_countersigned"),
        RowTamper("memo_signature", "UPDATE",
                  f"UPDATE memo_signature SET cert_fingerprint = '{'e' * 64}' "
                  "WHERE memo_id = :memo_countersigned AND sequence = 2"),
        RowTamper("memo_signature", "UPDATE",
                  "UPDATE memo_signature SET signer = 'Forged Minister' "
                  "WHERE memo_id = :memo_countersigned AND sequence = 2"),
        RowTamper("memo_signature", "DELETE",
                  "DELETE FROM memo_signature WHERE memo_id = :memo_countersigned "
                  "AND sequence = 2"),
        RowTamper("memo_signature", "INSERT",
                  "INSERT INTO memo_signature (id, memo_id, sequence, field, signer, "
                  "cert_fingerprint, claimed_time) VALUES ('forged-signature', :memo_drafted, "
                  f"2, 'minister', 'Forged Minister', '{'e' * 64}', NULL)"),
        RowTamper("trust_root", "UPDATE",
                  "UPDATE trust_root SET pem = :rogue_pem WHERE fingerprint = :fingerprint"),
        RowTamper("trust_root", "DELETE",
                  "DELETE FROM trust_root WHERE fingerprint = :fingerprint"),
        RowTamper("playbook_file", "UPDATE",
                  "UPDATE playbook_file SET content = :forged_playbook"),
        RowTamper("playbook_file", "UPDATE", "UPDATE playbook_file SET version = '9.9'"),
        RowTamper("playbook_file", "DELETE", "DELETE FROM playbook_file"),
        RowTamper("playbook_file", "INSERT",
                  "INSERT INTO playbook_file (sha256, playbook_id, version, content, stored_at, "
                  f"stored_by) VALUES ('{'f' * 64}', 'forged', '1.0', :forged_playbook, {now}, "
                  "'x')"),
        RowTamper("trust_root", "INSERT",
                  f"INSERT INTO trust_root (fingerprint, subject, pem, added_at, added_by) VALUES"
                  f" (:rogue_fingerprint, 'CN=Rogue', :rogue_pem, {now}, 'x')"),
    ]


def _parameters(record: RichRecord, rogue_pem: str, rogue_fingerprint: str) -> dict[str, Any]:
    return {
        "aid": record.assessment_id, "decision_id": record.decision_id,
        "dissent_id": record.dissent_id, "answer_id": record.answer_id,
        "bare_answer_id": record.bare_answer_id, "evidence_id": record.evidence_id,
        "position_id": record.position_id, "memo_drafted": record.memo_ids[1],
        "memo_countersigned": record.memo_ids[2], "fingerprint": record.trust_fingerprint,
        "rogue_pem": rogue_pem, "rogue_fingerprint": rogue_fingerprint,
        "forged_playbook": b"id: forged\nversion: '1.0'\n",
    }


def rogue_root(folder: Path) -> tuple[str, str]:
    """Another CA's certificate (PEM) and its SHA-256 fingerprint: what an attacker would trust."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization

    from reports.identity import load_or_create_test_ca

    authority = load_or_create_test_ca(folder / "rogue-ca")
    pem = authority.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")
    return pem, x509.load_pem_x509_certificate(pem.encode()).fingerprint(hashes.SHA256()).hex()


def _run_tamper(url: str, dialect: str, tamper: RowTamper, params: dict[str, Any],
                triggers: bool) -> str:
    """Apply one change; returns what stopped or found it ("" when nothing did)."""
    from tests.models.tamper import without_triggers

    used = {k: v for k, v in params.items() if f":{k}" in tamper.sql}
    with opened(url) as db:
        try:
            if triggers:
                with db.engine.begin() as connection:
                    connection.execute(sa.text(tamper.sql), used)
            else:
                without_triggers(db, tamper.sql, **used)
        except sa.exc.DBAPIError as error:
            message = str(error.orig).splitlines()[0]
            kind = "trigger" if "frozen:" in message else "constraint"
            return f"refused by the database ({kind}: {message[:70]})"
        report = verify_chain(db)
        if not report.ok:
            where = f"entry {report.first_bad_seq}" if report.first_bad_seq else "rows"
            return f"audit verify: {where}: {report.problem[:90]}"
        archive = archive_problems(db)
        if archive:
            return f"audit verify --archive: {archive[0][:100]}"
    return ""


def row_tampering(backend: Backend, record: RichRecord, rogue: tuple[str, str],
                  triggers: bool) -> Outcome:
    """Every row change on a copy of the rich record: refused or reported by `audit verify`."""
    mode = "triggers in place" if triggers else "triggers switched off (database superuser)"
    outcome = Outcome(f"rows changed directly in the database, {mode} ({backend.kind})")
    params = _parameters(record, *rogue)
    for tamper in row_tampers(record):
        with backend.clone(record.url) as url:
            found = _run_tamper(url, backend.kind, tamper, params, triggers)
        outcome.note(f"{tamper.label}: {found or 'NOT DETECTED'}")
        outcome.trial([] if found else [f"{tamper.label}: neither refused nor detected"])
    return outcome


# ---------------------------------------------------------------------------------------------
# A stored memo's bytes replaced


def replaced_memo_bytes(backend: Backend, record: RichRecord, identities: Identities,
                        folder: Path) -> Outcome:
    """An attacker with database rights (triggers off) swaps the countersigned memo's bytes —
    alone, or with a matching SHA-256. `verify` of the exported file and `audit verify` must
    both say so, and so must the archive check."""
    from reports.verify import verify_memo_file
    from tests.models.tamper import without_triggers

    outcome = Outcome(f"stored memo bytes replaced ({backend.kind})")
    exported = record.countersigned_pdf  # what left the building
    other = record.drafted_pdf
    variants = {
        "bytes only": ("UPDATE memo SET pdf = :pdf WHERE id = :id", {}),
        "bytes and SHA-256": ("UPDATE memo SET pdf = :pdf, sha256 = :digest WHERE id = :id",
                              {"digest": hashlib.sha256(other).hexdigest()}),
    }
    for name, (sql, extra) in variants.items():
        with backend.clone(record.url) as url, opened(url) as db:
            without_triggers(db, sql, pdf=other, id=record.memo_ids[2], **extra)
            problems = []
            verified = verify_memo_file(db, exported)
            if verified.ok:
                problems.append(f"{name}: verify of the exported file still says OK")
            chain = verify_chain(db)
            if chain.ok:
                problems.append(f"{name}: audit verify still says OK")
            archive = archive_problems(db)
            if archive is not None and not archive:
                problems.append(f"{name}: the archive check found nothing")
            outcome.note(f"{name}: verify: “{verified.reason}”; audit verify: “{chain}”"
                         + (f"; archive: {archive[0]}" if archive else ""))
            outcome.trial(problems)
    return outcome
