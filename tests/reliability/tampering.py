"""Tampering scenarios: flipped bytes and appended updates in a signed memo, rows changed in
the database with the triggers in place and with them switched off, memo bytes replaced.

Each scenario works on a "rich" record: a decided assessment (answers with evidence, member
positions, a dissent), its memo in all three stages (unsigned, drafted, countersigned), a
trust root, and the audit chain of all that.
"""

from __future__ import annotations

import hashlib
import io
import random
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from models.audit import verify_chain
from models.db import Database
from tests.reliability.harness import (
    PLAYBOOK,
    Backend,
    Identities,
    Outcome,
    complete_draft,
    opened,
    trust,
)

# ---------------------------------------------------------------------------------------------
# The rich record


@dataclass(frozen=True)
class RichRecord:
    url: str
    assessment_id: str
    decision_id: str
    dissent_id: str
    answer_id: str  # an answer with one evidence item
    bare_answer_id: str  # an answer without evidence
    evidence_id: str
    position_id: str
    memo_ids: tuple[str, str, str]  # unsigned, drafted, countersigned
    reference: str
    drafted_pdf: bytes
    countersigned_pdf: bytes
    trust_fingerprint: str


def make_rich_record(url: str, identities: Identities) -> RichRecord:
    from models.workflow import add_dissent, decide, save_answer
    from reports.issue import issue_memo, sign_stored_memo, unlock

    drafter = unlock(identities.drafter, identities.passphrase)
    minister = unlock(identities.minister, identities.passphrase)
    with opened(url) as db:
        trust(db, identities)
        assessment_id = complete_draft(db)
        save_answer(db, assessment_id, "summary", "Grave harm", rationale="no evidence here",
                    actor="analyst", playbook=PLAYBOOK)
        decision_id = decide(db, assessment_id, decision="approve", by="Minister",
                             playbook=PLAYBOOK)
        dissent_id = add_dissent(db, assessment_id, reviewer="Reviewer", text="Too early.")
        unsigned = issue_memo(db, assessment_id, PLAYBOOK, actor="officer")
        drafted = sign_stored_memo(db, unsigned.memo.id, drafter, actor="officer")
        countersigned = sign_stored_memo(db, drafted.memo.id, minister, actor="officer")
        with db.engine.connect() as connection:
            def one(sql: str) -> Any:
                return connection.execute(sa.text(sql), {"aid": assessment_id}).scalar_one()

            answer_id = one("SELECT id FROM answer WHERE assessment_id = :aid "
                            "AND question_id = 'gravity'")
            bare_answer_id = one("SELECT id FROM answer WHERE assessment_id = :aid "
                                 "AND question_id = 'summary'")
            evidence_id = one("SELECT e.id FROM evidence_item e JOIN answer a ON "
                              "a.id = e.answer_id WHERE a.assessment_id = :aid "
                              "AND a.question_id = 'gravity'")
            position_id = one("SELECT id FROM member_position WHERE assessment_id = :aid "
                              "AND member_iso = 'CAN'")
            fingerprint = one("SELECT fingerprint FROM trust_root LIMIT 1")
    return RichRecord(url, assessment_id, decision_id, dissent_id, answer_id, bare_answer_id,
                      evidence_id, position_id,
                      (unsigned.memo.id, drafted.memo.id, countersigned.memo.id),
                      countersigned.memo.reference, drafted.pdf, countersigned.pdf, fingerprint)


def trust_roots(db: Database) -> list[Any]:
    from reports.verify import configured_roots

    return configured_roots(db)


# ---------------------------------------------------------------------------------------------
# Flipped bytes


def byte_ranges(pdf: bytes) -> list[tuple[int, int, int, int]]:
    """Each signature's /ByteRange [a b c d], in file order (= signing order here)."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return [tuple(int(x) for x in match) for match in found]  # type: ignore[misc]


def covered_by(position: int, ranges: list[tuple[int, int, int, int]]) -> list[int]:
    """Which signatures (0-based) cover the byte at `position`."""
    return [index for index, (a, b, c, d) in enumerate(ranges)
            if a <= position < a + b or c <= position < c + d]


def make_nss_trust(folder: Path, ca_certificate: Path) -> str:
    """An NSS database trusting only the test CA, for pdfsig."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", spec, "--empty-password"], check=True,
                   capture_output=True)
    subprocess.run(["certutil", "-A", "-d", spec, "-n", "concert-test-ca", "-t", "CT,C,C",
                    "-i", str(ca_certificate)], check=True, capture_output=True)
    return spec


def pdfsig_verdicts(path: Path, nss: str) -> list[str] | None:
    """pdfsig's "Signature Validation" line per signature; None when it reads no signature."""
    text = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True,
                          text=True, check=False).stdout
    blocks = re.split(r"^Signature #\d+:", text, flags=re.M)[1:]
    if not blocks:
        return None
    verdicts = []
    for block in blocks:
        match = re.search(r"Signature Validation:\s*(.+)", block)
        verdicts.append(match.group(1).strip() if match else "(no validation line)")
    return verdicts


def byte_flips(record: RichRecord, flips: int, rng: random.Random, pdfsig_sample: int,
               folder: Path, nss: str) -> Outcome:
    """Flip each of `flips` random bytes of the countersigned memo in turn: `verify` must
    reject every one; pdfsig must agree for a sample of those inside a signed byte range."""
    from reports.verify import record_lookup, verify_pdf

    outcome = Outcome(f"flipped byte in a countersigned memo (of {len(record.countersigned_pdf):,}"
                      " bytes)")
    pdf = record.countersigned_pdf
    ranges = byte_ranges(pdf)
    assert len(ranges) == 2, ranges
    by_signatures: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    with opened(record.url) as db:
        roots, lookup = trust_roots(db), record_lookup(db)
        assert verify_pdf(pdf, roots, lookup).ok
        positions = rng.sample(range(len(pdf)), min(flips, len(pdf)))
        signed_positions = [p for p in positions if covered_by(p, ranges)]
        checked_by_pdfsig = set(rng.sample(signed_positions,
                                           min(pdfsig_sample, len(signed_positions))))
        disagreements = 0
        for position in positions:
            flipped = bytearray(pdf)
            flipped[position] ^= rng.randint(1, 255)
            data = bytes(flipped)
            category = _category(covered_by(position, ranges))
            by_category[category] += 1
            problems = []
            try:
                if verify_pdf(data, roots, lookup).ok:
                    problems.append(f"verify accepted a flip at byte {position} ({category})")
                if not verify_pdf(data, roots, None).ok:
                    by_signatures[category] += 1  # caught by the signatures alone, no record
            except Exception as error:  # verify must answer, not raise
                problems.append(f"verify raised {type(error).__name__} on a flip at byte "
                                f"{position} ({category}): {str(error)[:100]} "
                                f"[{_where_raised(error)}]")
            if position in checked_by_pdfsig:
                sample = folder / "flipped.pdf"
                sample.write_bytes(data)
                verdicts = pdfsig_verdicts(sample, nss)
                covering = covered_by(position, ranges)
                if verdicts is not None and all(
                    index < len(verdicts) and verdicts[index] == "Signature is Valid."
                    for index in covering
                ):
                    disagreements += 1
                    problems.append(f"pdfsig calls every signature covering byte {position} "
                                    f"valid: {verdicts}")
            outcome.trial(problems)
    outcome.note(f"pdfsig checked {len(checked_by_pdfsig)} flips inside signed byte ranges: "
                 f"{len(checked_by_pdfsig) - disagreements} agreed")
    for category, count in sorted(by_category.items()):
        outcome.note(f"{category}: {count} flips, {by_signatures[category]} caught by the "
                     "signatures alone (without the record)")
    return outcome


def _where_raised(error: BaseException) -> str:
    """The innermost frame of this project's code that the exception passed through."""
    import traceback

    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "/site-packages/" not in f.filename]
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def flips_in_signature_containers(record: RichRecord, per_signature: int) -> Outcome:
    """Flips spread evenly over the DER of each signature's /Contents (certificates, signed
    attributes, the signature value): `verify` must reject each, with a reason, never raise.

    Signatures alone cannot see every one: the certificates a signature container carries are
    not signed, and a copy of the CA certificate there is not what validation trusts (the
    configured root is), so a flip in that copy inside the last signature's container — covered
    by no byte range — changes nothing they check. The record comparison (byte for byte the
    stored memo) catches those; the notes count them."""
    from reports.verify import record_lookup, verify_pdf

    outcome = Outcome("flipped byte inside a signature container (/Contents)")
    pdf = record.countersigned_pdf
    unseen_by_signatures: Counter[str] = Counter()
    with opened(record.url) as db:
        roots, lookup = trust_roots(db), record_lookup(db)
        ranges = byte_ranges(pdf)
        for index, (a, b, _c, _d) in enumerate(ranges):
            start = a + b + 1  # after the "<" that opens the hex string
            der_hex = len(pdf[start:].split(b">", 1)[0].rstrip(b"0"))
            parts = _container_parts(pdf, start)
            for step in range(per_signature):
                position = start + step * der_hex // per_signature
                flipped = bytearray(pdf)
                flipped[position] = ord("0") if flipped[position] != ord("0") else ord("1")
                try:
                    with_record = verify_pdf(bytes(flipped), roots, lookup)
                    alone = verify_pdf(bytes(flipped), roots, None)
                except Exception as error:
                    outcome.trial([f"raised {type(error).__name__} at byte {position}: {error}"])
                    continue
                outcome.trial([f"accepted a flip at byte {position}"] if with_record.ok else [])
                if alone.ok:
                    part = next((name for low, high, name in parts
                                 if low <= (position - start) // 2 < high), "elsewhere")
                    unseen_by_signatures[f"signature {index + 1}, {part}"] += 1
    outcome.note(f"{outcome.trials} flips over the containers' DER: all rejected with the "
                 "record; without it (a partner's memo) "
                 + ("every one was rejected too" if not unseen_by_signatures else
                    "these passed the signature checks: " + ", ".join(
                        f"{count} in {where}" for where, count in unseen_by_signatures.items())))
    return outcome


def _container_parts(pdf: bytes, start: int) -> list[tuple[int, int, str]]:
    """(first byte, end, what) of the certificates and signer info inside a /Contents DER."""
    import binascii

    from asn1crypto import cms

    text = pdf[start:].split(b">", 1)[0].rstrip(b"0")
    der = binascii.unhexlify(text + (b"0" if len(text) % 2 else b""))
    signed = cms.ContentInfo.load(der)["content"]
    parts = []
    for certificate in signed["certificates"]:
        raw = certificate.dump()
        subject = certificate.chosen.subject.native.get("common_name", "?")
        kind = "the embedded copy of the CA certificate" if certificate.chosen.ca \
            else f"the signer's certificate ({subject})"
        parts.append((der.find(raw), der.find(raw) + len(raw), kind))
    info = signed["signer_infos"][0].dump()
    parts.append((der.find(info), der.find(info) + len(info), "the signer info"))
    return parts


def _category(covering: list[int]) -> str:
    if covering == [0, 1]:
        return "covered by both signatures"
    if covering == [1]:
        return "covered by the minister's signature only (the drafter's /Contents, the " \
            "minister's revision)"
    if not covering:
        return "inside the minister's /Contents (covered by no byte range)"
    return f"covered by signatures {covering}"


# ---------------------------------------------------------------------------------------------
# Incremental updates


def _writer(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)


def _written(writer: Any) -> bytes:
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


FORGED_TEXT = b"BT /F1 28 Tf 72 400 Td (DECISION: REJECT) Tj ET"


def add_content_stream(pdf: bytes) -> bytes:
    from pyhanko.pdf_utils.generic import StreamObject

    writer = _writer(pdf)
    reference = writer.add_object(StreamObject(stream_data=FORGED_TEXT))
    writer.add_stream_to_page(0, reference)
    return _written(writer)


def overwrite_content_stream(pdf: bytes) -> bytes:
    """The page's existing content stream object replaced in place (same object number)."""
    from pyhanko.pdf_utils.generic import ArrayObject, StreamObject

    writer = _writer(pdf)
    page = writer.root["/Pages"]["/Kids"][0]
    contents = page.raw_get("/Contents")
    if isinstance(contents.get_object(), ArrayObject):
        contents = contents.get_object().raw_get(0)
    original = contents.get_object().data
    writer.objects[(contents.generation, contents.idnum)] = StreamObject(
        stream_data=original.replace(b"Approve", b"Reject!") + b"\n" + FORGED_TEXT
    )
    return _written(writer)


def add_annotation(pdf: bytes) -> bytes:
    """A free-text annotation over the page (a "comment", not a content change)."""
    from pyhanko.pdf_utils.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer = _writer(pdf)
    page = writer.root["/Pages"]["/Kids"][0]
    annotation = writer.add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 300, 500, 340)]),
        NameObject("/Contents"): TextStringObject("Decision: reject"),
        NameObject("/DA"): TextStringObject("/Helv 20 Tf 0 g"),
    }))
    annots = page.get("/Annots")
    if annots is None:
        page[NameObject("/Annots")] = ArrayObject([annotation])
        writer.update_container(page)
    else:
        annots.append(annotation)
        writer.update_container(annots)
    return _written(writer)


def change_info(pdf: bytes) -> bytes:
    """Only the document information (title) rewritten in an update."""
    from pyhanko.pdf_utils.generic import DictionaryObject, NameObject, TextStringObject

    writer = _writer(pdf)
    info = writer.trailer["/Info"]
    changed = DictionaryObject(dict(info.items()))
    changed[NameObject("/Title")] = TextStringObject("Decision memo: REJECT")
    writer.set_info(writer.add_object(changed))
    return _written(writer)


UPDATES: dict[str, Callable[[bytes], bytes]] = {
    "new content stream on page 1": add_content_stream,
    "page content stream overwritten": overwrite_content_stream,
    "annotation added": add_annotation,
    "document info changed": change_info,
}


def incremental_updates(record: RichRecord, folder: Path, nss: str) -> Outcome:
    """Each update appended to the countersigned and to the drafted memo: `verify` rejects
    every one (with and without the record); what pdfsig says is noted."""
    from reports.verify import record_lookup, verify_pdf

    outcome = Outcome("incremental update appended to a signed memo")
    with opened(record.url) as db:
        roots, lookup = trust_roots(db), record_lookup(db)
        for stage, pdf in (("countersigned", record.countersigned_pdf),
                           ("drafted", record.drafted_pdf)):
            for name, update in UPDATES.items():
                changed = update(pdf)
                problems = []
                with_record = verify_pdf(changed, roots, lookup)
                alone = verify_pdf(changed, roots, None)
                if with_record.ok or alone.ok:
                    problems.append(f"{name} on the {stage} memo accepted "
                                    f"(record: {with_record.reason}; alone: {alone.reason})")
                path = folder / "updated.pdf"
                path.write_bytes(changed)
                text = subprocess.run(["pdfsig", "-nssdir", nss, str(path)],
                                      capture_output=True, text=True, check=False).stdout
                valid = text.count("Signature is Valid.")
                partial = "Not total document signed" in text or \
                    "not total document signed" in text.lower()
                outcome.note(f"{stage}, {name}: verify says “{alone.reason}”; pdfsig: "
                             f"{valid} signature(s) “valid”"
                             + (", “Not total document signed”" if partial else ""))
                outcome.trial(problems)
    return outcome


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
        archive = _archive_problems(db)
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
            archive = _archive_problems(db)
            if archive is not None and not archive:
                problems.append(f"{name}: the archive check found nothing")
            outcome.note(f"{name}: verify: “{verified.reason}”; audit verify: “{chain}”"
                         + (f"; archive: {archive[0]}" if archive else ""))
            outcome.trial(problems)
    return outcome


def _archive_problems(db: Database) -> list[str] | None:
    try:
        from reports.archive import verify_archive
    except ImportError:
        return None
    return list(verify_archive(db).problems)


def tampering_folder(folder: Path) -> Path:
    target = folder / "tampering"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    return target
