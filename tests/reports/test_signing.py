"""Signatures: what poppler's pdfsig (with the test CA in its NSS store) and our verification
say about issued, tampered, extended and untrusted memos; the signing order and lock; and
identities that must be refused."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from reports.identity import (
    IdentityError,
    certificate_from_pem,
    create_test_identity,
    load_or_create_test_ca,
    unlock_identity,
)
from reports.signing import SigningRefused, sign_memo, signing_state
from reports.verify import StoredStage, verify_pdf
from tests.reports.conftest import PASSPHRASE, Identities, pdfsig


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _roots(identities: Identities) -> list:
    return [certificate_from_pem(identities.ca_pem.read_bytes(), "test CA")]


def test_pdfsig_accepts_both_signatures(countersigned_pdf: bytes, nss_dir: str,
                                        tmp_path: Path) -> None:
    report = pdfsig(_write(tmp_path, "memo.pdf", countersigned_pdf), nss_dir)
    assert report.count("Signature is Valid.") == 2, report
    assert report.count("Certificate is Trusted.") == 2, report
    assert "Signature Field Name: drafting_official" in report
    assert "Signature Field Name: minister" in report


def test_verify_accepts_the_countersigned_memo(countersigned_pdf: bytes,
                                               identities: Identities) -> None:
    report = verify_pdf(countersigned_pdf, _roots(identities))
    assert report.ok, report.reason
    assert [s.field for s in report.signers] == ["drafting_official", "minister"]
    assert report.signers[0].signer == "Ana Łukasiewicz (TEST)"
    assert report.signers[1].signer == "דוד בן־גוריון"
    assert all(s.intact and s.trusted and s.permitted for s in report.signers)
    assert report.reference == "CD-2026-0042"


def test_flipped_byte_is_a_digest_mismatch(countersigned_pdf: bytes, identities: Identities,
                                           nss_dir: str, tmp_path: Path) -> None:
    # A byte inside the first page's content stream, covered by both signatures.
    at = countersigned_pdf.index(b"stream", 2000) + 40
    tampered = countersigned_pdf[:at] + bytes([countersigned_pdf[at] ^ 0x01]) + \
        countersigned_pdf[at + 1:]
    assert "Digest Mismatch." in pdfsig(_write(tmp_path, "t.pdf", tampered), nss_dir)
    report = verify_pdf(tampered, _roots(identities))
    assert not report.ok
    assert "does not match the content" in report.reason


def test_content_appended_after_the_last_signature_fails(countersigned_pdf: bytes,
                                                         identities: Identities) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(countersigned_pdf))
    writer.root["/ConcertNote"] = generic.TextStringObject("added later")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), _roots(identities))
    assert not report.ok
    assert "added after the last signature" in report.reason or "not permitted" in report.reason


def test_appended_update_after_the_drafting_signature_fails(drafted_pdf: bytes,
                                                            identities: Identities) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(drafted_pdf))
    writer.root["/ConcertNote"] = generic.TextStringObject("added later")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    assert not verify_pdf(out.getvalue(), _roots(identities)).ok


def test_untrusted_identity_fails(countersigned_pdf: bytes, tmp_path: Path) -> None:
    stranger = load_or_create_test_ca(tmp_path / "other-ca")
    report = verify_pdf(countersigned_pdf, [certificate_from_pem(
        stranger.certificate_path.read_bytes(), "other CA")])
    assert not report.ok
    assert "not trusted" in report.reason
    assert not verify_pdf(countersigned_pdf, []).ok


def test_unsigned_memo_does_not_verify(unsigned_pdf: bytes, identities: Identities) -> None:
    report = verify_pdf(unsigned_pdf, _roots(identities))
    assert not report.ok and "no signature" in report.reason


def test_drafted_memo_verifies_as_drafted(drafted_pdf: bytes, identities: Identities) -> None:
    report = verify_pdf(drafted_pdf, _roots(identities))
    assert report.ok, report.reason
    assert "drafting official only" in report.reason


def test_record_match_foreign_and_mismatch(countersigned_pdf: bytes,
                                           identities: Identities) -> None:
    import hashlib

    digest = hashlib.sha256(countersigned_pdf).hexdigest()
    roots = _roots(identities)
    same = verify_pdf(countersigned_pdf, roots, lambda ref: [StoredStage("countersigned",
                                                                         digest)])
    assert same.ok and "matches the stored memo" in same.record
    foreign = verify_pdf(countersigned_pdf, roots, lambda ref: [])
    assert foreign.ok and "foreign" in foreign.record
    other = verify_pdf(countersigned_pdf, roots, lambda ref: [StoredStage("countersigned",
                                                                          "0" * 64)])
    assert not other.ok and "not byte for byte" in other.reason


def test_verify_names_the_deciders_certificate_and_fails_another_ministers(
        countersigned_pdf: bytes, identities: Identities, unlocked: tuple) -> None:
    import hashlib

    digest = hashlib.sha256(countersigned_pdf).hexdigest()
    minister = unlocked[1]

    def stored(fingerprint: str) -> StoredStage:
        return StoredStage("countersigned", digest, decided_by="Min Ister",
                           decider_certificate=fingerprint, decider_subject="CN=Min Ister")

    named = verify_pdf(countersigned_pdf, _roots(identities),
                       lambda ref: [stored(minister.fingerprint)])
    assert named.ok, named.reason
    assert ("Decided by: Min Ister — certificate CN=Min Ister, SHA-256 "
            f"{minister.fingerprint[:4].upper()}") in "\n".join(named.lines())
    other = verify_pdf(countersigned_pdf, _roots(identities), lambda ref: [stored("ab" * 32)])
    assert not other.ok
    assert "is not by the decider's certificate (Min Ister, ABAB ABAB" in other.reason


def test_signing_order_and_lock(unsigned_pdf: bytes, drafted_pdf: bytes,
                                countersigned_pdf: bytes, unlocked: tuple) -> None:
    drafter, minister = unlocked
    with pytest.raises(SigningRefused, match="signs first"):
        sign_memo(unsigned_pdf, minister, "minister")
    with pytest.raises(SigningRefused, match="already signed"):
        sign_memo(drafted_pdf, drafter, "drafting_official")
    for field in ("drafting_official", "minister"):
        with pytest.raises(SigningRefused, match="locked"):
            sign_memo(countersigned_pdf, drafter, field)
    state = signing_state(countersigned_pdf)
    assert state.locked and state.next_field is None
    assert signing_state(drafted_pdf).next_field == "minister"


def test_third_signature_is_refused_even_in_a_new_field(countersigned_pdf: bytes,
                                                        unlocked: tuple) -> None:
    with pytest.raises(SigningRefused):
        sign_memo(countersigned_pdf, unlocked[0], "witness")


def test_a_pdf_that_is_not_a_memo_is_refused(unlocked: tuple) -> None:
    with pytest.raises(SigningRefused, match="not a readable PDF"):
        sign_memo(b"%PDF-1.7\nnot really", unlocked[0], "drafting_official")


# ---------------------------------------------------------------------------- bad identities

def test_wrong_passphrase(identities: Identities) -> None:
    with pytest.raises(IdentityError, match="wrong passphrase"):
        unlock_identity(identities.drafter_p12, b"not the passphrase")


def test_corrupt_or_foreign_file(identities: Identities, tmp_path: Path) -> None:
    broken = tmp_path / "broken.p12"
    broken.write_bytes(identities.drafter_p12.read_bytes()[:300])
    with pytest.raises(IdentityError, match="not a PKCS#12"):
        unlock_identity(broken, PASSPHRASE)
    pem = tmp_path / "ca.p12"
    pem.write_bytes(identities.ca_pem.read_bytes())
    with pytest.raises(IdentityError, match="not a PKCS#12"):
        unlock_identity(pem, PASSPHRASE)
    with pytest.raises(IdentityError, match="cannot read"):
        unlock_identity(tmp_path / "missing.p12", PASSPHRASE)


def _identity(tmp_path: Path, identities: Identities, name: str, **options: object) -> Path:
    path = tmp_path / f"{name}.p12"
    path.write_bytes(create_test_identity(name, PASSPHRASE, authority=identities.authority,
                                          **options))  # type: ignore[arg-type]
    return path


def test_expired_and_not_yet_valid_certificates(identities: Identities, tmp_path: Path) -> None:
    now = datetime.now(UTC)
    expired = _identity(tmp_path, identities, "Old", not_before=now - timedelta(days=30),
                        not_after=now - timedelta(days=1))
    with pytest.raises(IdentityError, match="expired"):
        unlock_identity(expired, PASSPHRASE)
    future = _identity(tmp_path, identities, "Future", not_before=now + timedelta(days=2),
                       not_after=now + timedelta(days=30))
    with pytest.raises(IdentityError, match="not valid yet"):
        unlock_identity(future, PASSPHRASE)


def test_certificate_without_non_repudiation(identities: Identities, tmp_path: Path) -> None:
    plain = _identity(tmp_path, identities, "Plain", non_repudiation=False)
    with pytest.raises(IdentityError, match="non-repudiation"):
        unlock_identity(plain, PASSPHRASE)


def test_test_identity_names_say_test_and_carry_the_chain(identities: Identities) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    _key, cert, chain = pkcs12.load_key_and_certificates(identities.drafter_p12.read_bytes(),
                                                        PASSPHRASE)
    assert "TEST" in cert.subject.rfc4514_string()
    assert len(chain) == 1 and "TEST" in chain[0].subject.rfc4514_string()
    rtl = unlock_identity(identities.minister_p12, PASSPHRASE)
    assert rtl.name == "דוד בן־גוריון"
    assert "O=Concert Desk TEST" in cert.subject.rfc4514_string()
