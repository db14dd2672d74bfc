"""Verify a signed memo: signatures, trust, permissions, nothing appended, and the record.

Only configured trust roots are trusted (models' TrustRoot table, plus roots given for one
check). For each signature pyHanko's `bottom_line` (intact, valid, trusted, permitted) and
`docmdp_ok` decide — `valid` alone says yes to a flipped byte. Beyond pyHanko:
- the last signature must cover the whole file (no content appended behind it, which pyHanko
  may judge "allowed form filling");
- at most the two memo signatures, in their order;
- the memo's reference (a custom key of the PDF Info dictionary) is looked up in the record:
  when found the file must be byte for byte a stored stage of that memo; otherwise the memo is
  "foreign" (a partner's) and is judged on its signatures alone.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.generic import NameObject
from pyhanko.pdf_utils.misc import PdfError, PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from reports.console import short_fingerprint
from reports.memo_structure import is_locked, signed_anchors, structure_problem
from reports.render import AUDIT_HEAD_INFO_KEY, REFERENCE_INFO_KEY
from reports.roles import roles_from_asn1
from reports.sigfields import FIELD_LABELS, MINISTER_FIELD, SIGNING_ORDER

if TYPE_CHECKING:
    from models.db import Database

# pyHanko logs every untrusted chain and lowered DocMDP level as a warning; the report says it.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


@dataclass(frozen=True)
class SignerReport:
    field: str
    signer: str
    intact: bool
    valid: bool
    trusted: bool
    permitted: bool  # docmdp_ok: the changes after it are allowed by the memo's permissions
    bottom_line: bool
    covers_whole_file: bool
    claimed_time: datetime | None
    fingerprint: str
    problem: str = ""
    expired_since: datetime | None = None  # trusted as signed before this expiry (see below)
    role: str = ""  # the signing role its certificate grants (reports.roles), "" when none
    key_sha256: str = ""  # of the public key: the same key in both fields is one person
    person: tuple = ()  # the subject without its title: one person's two certificates


@dataclass(frozen=True)
class StoredStage:
    stage: str
    sha256: str  # of the stored bytes
    intact: bool = True  # the stored bytes still hash to the SHA-256 recorded with them
    stored_at: datetime | None = None  # when the audit chain recorded storing these bytes
    decided_by: str = ""  # the decision's decider, whom the minister's signature must be
    audit_head: str = ""  # the audit head printed on the memo (the same for all its stages)
    superseded: str = ""  # "superseded by revision 2 (…) on 2026-12-05" when it is
    # The decider's certificate when the decision names one (SHA-256, subject): the
    # minister's signature must be by exactly that certificate.
    decider_certificate: str = ""
    decider_subject: str = ""


@dataclass(frozen=True)
class VerificationReport:
    ok: bool
    reason: str  # one line: why it failed, or what holds
    reference: str | None
    record: str  # "matches stored memo (stage …)" | "foreign" | "differs from the stored memo"…
    sha256: str
    signers: tuple[SignerReport, ...] = field(default_factory=tuple)
    decided_by: str = ""  # from the record, when it holds this memo
    decider_certificate: str = ""  # SHA-256 of the decider's certificate, when named by one
    decider_subject: str = ""

    def lines(self) -> list[str]:
        out = []
        for s in self.signers:
            label = FIELD_LABELS.get(s.field, s.field)
            when = f", signed {s.claimed_time:%Y-%m-%d %H:%M %Z}" if s.claimed_time else ""
            role = f" ({s.role})" if s.role and s.role != label else ""
            trusted = _yn(s.trusted)
            if s.expired_since is not None and s.claimed_time is not None:
                trusted = (f"valid when signed on {s.claimed_time:%Y-%m-%d} (certificate "
                           f"expired since {s.expired_since:%Y-%m-%d})")
            out.append(f"{label}: {s.signer}{role}{when} — intact: {_yn(s.intact)}, trusted: "
                       f"{trusted}, permitted: {_yn(s.permitted)}"
                       + (f" ({s.problem})" if s.problem else ""))
        out.append(f"Reference: {self.reference or 'none'} — {self.record}")
        if self.decided_by:
            countersigned = any(s.field == MINISTER_FIELD for s in self.signers)
            certificate = ""
            if self.decider_certificate:
                certificate = (f" — certificate {self.decider_subject}, SHA-256 "
                               f"{short_fingerprint(self.decider_certificate)}")
            out.append(f"Decided by: {self.decided_by}{certificate}" + (
                (" (the minister who countersigned with it)" if certificate else
                 " (the minister who countersigned)") if countersigned else ""))
        out.append(("OK: " if self.ok else "FAILED: ") + self.reason)
        return out


def _yn(value: bool) -> str:
    return "yes" if value else "no"


def validation_context(roots: Iterable[asn1_x509.Certificate], at: datetime | None = None
                       ) -> ValidationContext:
    """Offline validation against `roots`, at `at` (None: now)."""
    return ValidationContext(trust_roots=list(roots), allow_fetching=False,
                             revocation_mode="soft-fail", moment=at)


def read_reference(reader: PdfFileReader) -> str | None:
    return read_info(reader, REFERENCE_INFO_KEY)


def read_info(reader: PdfFileReader, key: str) -> str | None:
    try:
        info = reader.trailer["/Info"]
        value = info.get(NameObject(f"/{key}"))
    except (KeyError, TypeError, AttributeError, PdfReadError):
        # PdfReadError: a damaged Info dictionary (the reliability suite's byte flips); the
        # signatures then fail the file anyway.
        return None
    return str(value) if value is not None else None


def verify_pdf(
    pdf: bytes,
    roots: Sequence[asn1_x509.Certificate],
    lookup: Callable[[str], Sequence[StoredStage]] | None = None,
    *,
    at: datetime | None = None,
) -> VerificationReport:
    """Check everything the memo promises. `lookup(reference)` returns the stored stages of a
    memo with that reference in this record (empty when the record has none). `at`: the
    validation time (None: now)."""
    digest = hashlib.sha256(pdf).hexdigest()

    def failed(reason: str, reference: str | None = None, record: str = "not checked",
               signers: tuple[SignerReport, ...] = ()) -> VerificationReport:
        return VerificationReport(False, reason, reference, record, digest, signers)

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except Exception as error:  # pyHanko raises many types for damaged files
        return failed(f"not a readable PDF: {_first_line(error)}")
    try:
        return _verify_read(reader, signatures, digest, roots, lookup, at, failed)
    except PdfError as error:
        # pyHanko reads an object when it is first used: damage met after the first read
        # (found by the reliability suite's byte flips: an object header or a key of the
        # minister's field lock, read when the memo's structure is checked) fails the memo.
        return failed(f"the memo is damaged: {_first_line(error)}")
    except (ArithmeticError, ValueError, TypeError) as error:
        # Found the same way: a flipped byte that turns a name into a malformed number
        # (decimal.InvalidOperation from pyHanko's parser). A check that cannot be made fails.
        return failed(f"the memo is damaged: {type(error).__name__}: {_first_line(error)}")


def _first_line(error: BaseException) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _verify_read(reader: PdfFileReader, signatures: list[EmbeddedPdfSignature], digest: str,
                 roots: Sequence[asn1_x509.Certificate],
                 lookup: Callable[[str], Sequence[StoredStage]] | None, at: datetime | None,
                 failed: Callable[..., VerificationReport]) -> VerificationReport:
    """verify_pdf's checks, on a memo that was read."""
    anchors = signed_anchors(reader, signatures)
    reference = anchors.reference
    record, record_ok, record_reason = _check_record(reference, digest, lookup,
                                                     read_info(reader, AUDIT_HEAD_INFO_KEY))
    if not signatures:
        return failed("the memo carries no signature", reference, record)
    newest = read_reference(reader)
    if newest != reference:
        return failed(f"the memo's reference was changed after it was signed (signed: "
                      f"{reference or 'none'}; now: {newest or 'none'})", reference, record)
    context = validation_context(roots, at)
    stored_at = _stored_at(reference, digest, lookup)
    reports = []
    for index, signature in enumerate(signatures):
        report = _check_signature(signature, context, index == len(signatures) - 1)
        if not report.trusted and report.intact:
            report = _valid_when_signed(signature, report, roots, at, stored_at)
        reports.append(report)
    signers = tuple(reports)
    names = tuple(s.field for s in signers)
    if len(names) > len(SIGNING_ORDER):
        return failed(f"{len(names)} signatures: a memo carries at most "
                      f"{len(SIGNING_ORDER)}", reference, record, signers)
    if names != SIGNING_ORDER[: len(names)]:
        return failed(f"unexpected signature fields or order: {', '.join(map(str, names))}",
                      reference,
                      record, signers)
    structure = structure_problem(reader, signatures)
    if structure:
        return failed(f"not a memo as Concert Desk writes it: {structure}", reference, record,
                      signers)
    if len(signers) == 2 and (signers[0].key_sha256 == signers[1].key_sha256
                              or signers[0].person == signers[1].person):
        return failed("the same person signed as drafting official and as minister",
                      reference, record, signers)
    for s in signers:
        label = FIELD_LABELS.get(s.field, s.field)
        if not s.intact:
            return failed(f"{label}'s signature does not match the content (changed after "
                          "signing)", reference, record, signers)
        if not s.covers_whole_file and s is signers[-1]:
            return failed("content was added after the last signature", reference, record,
                          signers)
        if not s.trusted and s.problem.startswith(EXPIRED):
            return failed(f"{label}'s {s.problem}", reference, record, signers)
        if not s.trusted:
            return failed(f"{label}'s signer ({s.signer}) is not trusted: {UNTRUSTED_CLI_HINT}",
                          reference, record, signers)
        if not s.permitted:
            return failed(f"changes after {label}'s signature are not permitted", reference,
                          record, signers)
        if not s.bottom_line:
            return failed(f"{label}'s signature is not valid: {s.problem or 'see details'}",
                          reference, record, signers)
    if not record_ok:
        return failed(record_reason, reference, record, signers)
    decided = _decided_stage(reference, digest, lookup)
    minister = next((s for s in signers if s.field == MINISTER_FIELD), None)
    if decided.decider_certificate and minister is not None and \
            minister.fingerprint != decided.decider_certificate:
        return failed(f"the minister's signature ({minister.signer}, certificate "
                      f"{short_fingerprint(minister.fingerprint)}) is not by the decider's "
                      f"certificate ({decided.decided_by}, "
                      f"{short_fingerprint(decided.decider_certificate)})", reference, record,
                      signers)
    stage = ("countersigned and locked" if is_locked(signatures) else "countersigned"
             ) if len(signers) == 2 else "signed by the drafting official only"
    return VerificationReport(True, f"every signature is intact, trusted and permitted; memo "
                              f"{stage}; {record}", reference, record, digest, signers,
                              decided.decided_by, decided.decider_certificate,
                              decided.decider_subject)


def _check_record(reference: str | None, digest: str,
                  lookup: Callable[[str], Sequence[StoredStage]] | None,
                  printed_head: str | None = None) -> tuple[str, bool, str]:
    if lookup is None:
        return "record not consulted", True, ""
    if not reference:
        return "foreign (no Concert Desk reference)", True, ""
    stages = lookup(reference)
    if not stages:
        return "foreign (not in this record)", True, ""
    damaged = [stored.stage for stored in stages if not stored.intact]
    if damaged:
        return "the stored memo was altered", False, (
            f"the stored copy of memo {reference} ({', '.join(damaged)}) no longer matches the "
            "SHA-256 recorded with it: the record was altered (run `audit verify`)")
    for stored in stages:
        if stored.sha256 == digest:
            superseded = f"; {stored.superseded}" if stored.superseded else ""
            return f"matches the stored memo ({stored.stage}){superseded}", True, ""
    if printed_head and all(stored.audit_head and stored.audit_head != printed_head
                            for stored in stages):
        # Our memo of that reference prints another audit head: this one was made by another
        # record (a partner's, or ours before an older copy was put back) that issued the same
        # untagged reference (models.memos: references of earlier versions had no tag).
        return ("foreign (another record's memo under the same reference: the audit head it "
                "prints is not this record's)"), True, ""
    return "differs from the stored memo", False, (
        f"the file is not byte for byte any stored stage of memo {reference}")


# ---------------------------------------------------------------------------- signatures over time
# Memos are PAdES B-B: no time-stamp authority vouches for the signing time (the app is
# offline), so the time a signature claims proves nothing by itself. Once a signer's certificate
# has expired, its signature is still "valid when signed" if this record's audit chain stored
# these very bytes at about the time the signature claims, and the certificate was valid then.
EXPIRED = "certificate expired"
# What to do about an untrusted signer, in the command line's words; the desktop says it in its
# own (desktop/trust_words.py) by finding this text.
UNTRUSTED_CLI_HINT = "add the issuing root with `trust add`, or pass --trust"
CORROBORATION_WINDOW = timedelta(hours=1)  # signing and storing are one operation
CLOCK_SKEW = timedelta(minutes=10)


def _stored_at(reference: str | None, digest: str,
               lookup: Callable[[str], Sequence[StoredStage]] | None) -> datetime | None:
    if lookup is None or not reference:
        return None
    for stored in lookup(reference):
        if stored.sha256 == digest and stored.intact:
            return stored.stored_at
    return None


def _decided_stage(reference: str | None, digest: str,
                   lookup: Callable[[str], Sequence[StoredStage]] | None) -> StoredStage:
    """The stored stage these bytes are (its decider), or an empty one: not in the record."""
    nobody = StoredStage("", digest)
    if lookup is None or not reference:
        return nobody
    return next((s for s in lookup(reference) if s.sha256 == digest), nobody)


def _valid_when_signed(signature: EmbeddedPdfSignature, report: SignerReport,
                       roots: Sequence[asn1_x509.Certificate], at: datetime | None,
                       stored_at: datetime | None) -> SignerReport:
    """The report of an intact signature whose certificate has expired since: trusted as
    "valid when signed" when the record corroborates the signing time, else a failure that
    says so (never the misleading "not trusted")."""
    certificate = signature.signer_cert
    expiry = certificate.not_valid_after
    now = at or datetime.now(UTC)
    if now <= expiry:
        return report  # not trusted for another reason
    claimed = report.claimed_time
    expired = f"{EXPIRED} on {expiry:%Y-%m-%d %H:%M} UTC"
    if claimed is None or stored_at is None or not (
            claimed - CLOCK_SKEW <= stored_at <= claimed + CORROBORATION_WINDOW):
        when = f"{claimed:%Y-%m-%d %H:%M} UTC" if claimed else "none"
        return replace(report, problem=(
            f"{expired}; the signing time it claims ({when}) is not corroborated by this "
            "record's audit chain, so it cannot be shown valid when signed"))
    try:
        status = validate_pdf_signature(
            signature, validation_context(roots, claimed))
    except Exception:
        return replace(report, problem=f"{expired}; not valid at its signing time either")
    if not (status.bottom_line and status.trusted):
        return replace(report, problem=f"{expired}; not valid at its signing time either")
    return replace(report, trusted=True, valid=bool(status.valid),
                   bottom_line=bool(status.bottom_line), expired_since=expiry)


def _check_signature(signature: EmbeddedPdfSignature, context: ValidationContext,
                     last: bool) -> SignerReport:
    field_name = signature.field_name
    try:
        certificate = signature.signer_cert
        name = certificate.subject.native.get("common_name", certificate.subject.human_friendly)
        fingerprint = hashlib.sha256(certificate.dump()).hexdigest()
        roles = roles_from_asn1(certificate)
        role = roles[0].name if roles else ""
        key_sha256 = hashlib.sha256(certificate.public_key.dump()).hexdigest()
        person = tuple(sorted((k, str(v)) for k, v in certificate.subject.native.items()
                              if k != "title"))
    except Exception as error:  # a damaged signature container (found by the reliability
        # suite: a flipped byte in the embedded certificate escaped as an internal error)
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return SignerReport(field_name, "(unreadable)", False, False, False, False, False,
                            False, None, "", f"the signature cannot be read: {reason}")
    try:
        status = validate_pdf_signature(signature, context)
    except Exception as error:  # a damaged signature object
        return SignerReport(field_name, name, False, False, False, False, False, False, None,
                            fingerprint, f"cannot be validated: {error}", role=role,
                            key_sha256=key_sha256, person=person)
    covers = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    problem = ""
    if status.modification_level is not None and not status.docmdp_ok:
        problem = f"modified after signing ({status.modification_level.name.lower()})"
    elif last and not covers:
        problem = "content appended after this signature"
    return SignerReport(
        field=field_name,
        signer=name,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        permitted=bool(status.docmdp_ok),
        bottom_line=bool(status.bottom_line),
        covers_whole_file=covers,
        claimed_time=status.signer_reported_dt,
        fingerprint=fingerprint,
        problem=problem,
        role=role,
        key_sha256=key_sha256,
        person=person,
    )


# ---------------------------------------------------------------------------- with the record

def record_lookup(db: Database) -> Callable[[str], Sequence[StoredStage]]:
    """Stored stages of a memo reference, read through models."""
    from models.memos import audited_store_time, memos_with_reference
    from models.records import load_assessment

    def decider(assessment_id: str) -> tuple[str, str, str]:
        decision = load_assessment(db, assessment_id).decision
        if decision is None:
            return "", "", ""
        return (decision.decided_by, decision.decided_by_certificate,
                decision.decided_by_subject)

    def lookup(reference: str) -> Sequence[StoredStage]:
        # Hash the stored bytes themselves: the recorded SHA-256 alone would vouch for bytes
        # that someone with database rights has since replaced.
        stages = []
        memos = memos_with_reference(db, reference)
        superseded = _superseded_text(db, memos[0].assessment_id) if memos else ""
        for memo in memos:
            digest = hashlib.sha256(memo.stored_pdf).hexdigest()
            name, certificate, subject = decider(memo.assessment_id)
            stages.append(StoredStage(memo.stage, digest, digest == memo.sha256,
                                      audited_store_time(db, memo.id, digest), name,
                                      memo.audit_head, superseded, certificate, subject))
        return stages

    return lookup


def _superseded_text(db: Database, assessment_id: str) -> str:
    from models.memos import superseded_by

    newer = superseded_by(db, assessment_id)
    if newer is None:
        return ""
    memo = f", memo {newer.memo_reference}" if newer.memo_reference else ", no memo yet"
    return (f"superseded by revision {newer.revision} (assessment {newer.assessment_id}{memo}) "
            f"on {newer.on:%Y-%m-%d}")


def configured_roots(db: Database) -> list[asn1_x509.Certificate]:
    from models.workflow import list_trust_roots
    from reports.identity import certificate_from_pem

    return [certificate_from_pem(r.pem.encode() if isinstance(r.pem, str) else r.pem,
                                 f"trust root {r.subject}")
            for r in list_trust_roots(db)]


def verify_memo_file(db: Database | None, pdf: bytes,
                     extra_roots: Sequence[asn1_x509.Certificate] = ()) -> VerificationReport:
    """What `verify FILE.pdf` and the desktop run: roots from the record plus extra ones."""
    roots = [*(configured_roots(db) if db is not None else []), *extra_roots]
    return verify_pdf(pdf, roots, record_lookup(db) if db is not None else None)
