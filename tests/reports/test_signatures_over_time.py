"""Signatures over time (issue 12, item 7): a memo whose signers' certificates have expired since
verifies as "valid when signed on DATE (certificate expired since DATE)" when the record's
audit chain corroborates the signing time; a memo the record does not hold says why it cannot,
never "not trusted". No clock is waited on: verification runs at a later validation time, and
the outside verifier's view uses a certificate whose whole validity lies in the past."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.db import Database
from reports.identity import certificate_from_pem, create_test_identity, unlock_identity
from reports.issue import issue_memo
from reports.verify import record_lookup, verify_pdf
from tests.models.sample import sample_playbook
from tests.reports.conftest import PASSPHRASE, Identities, pdfsig
from tests.reports.test_issue import _decided


def _roots(identities: Identities) -> list:
    return [certificate_from_pem(identities.ca_pem.read_bytes(), "test CA")]


@pytest.fixture
def countersigned(database: Database, unlocked: tuple) -> bytes:
    assessment_id = _decided(database)
    return issue_memo(database, assessment_id, sample_playbook(), actor="Ana",
                      identities=unlocked).pdf


def test_an_expired_signer_is_valid_when_signed_if_the_audit_chain_corroborates_it(
        database: Database, identities: Identities, unlocked: tuple,
        countersigned: bytes) -> None:
    later = max(u.not_after for u in unlocked) + timedelta(days=30)
    report = verify_pdf(countersigned, _roots(identities), record_lookup(database), at=later)
    assert report.ok, report.reason
    assert all(s.expired_since is not None for s in report.signers)
    signed_on = f"{report.signers[0].claimed_time:%Y-%m-%d}"
    expired = f"{unlocked[0].not_after:%Y-%m-%d}"
    assert f"valid when signed on {signed_on} (certificate expired since {expired})" in \
        report.lines()[0]
    assert "not trusted" not in "\n".join(report.lines())


def test_without_the_record_an_expired_signer_is_reported_as_expired_not_untrusted(
        identities: Identities, unlocked: tuple, countersigned: bytes) -> None:
    later = max(u.not_after for u in unlocked) + timedelta(days=30)
    report = verify_pdf(countersigned, _roots(identities), None, at=later)
    assert not report.ok
    assert "certificate expired on" in report.reason
    assert "not corroborated by this record's audit chain" in report.reason
    assert "not trusted" not in report.reason


def test_before_expiry_nothing_changes(database: Database, identities: Identities,
                                       countersigned: bytes) -> None:
    report = verify_pdf(countersigned, _roots(identities), record_lookup(database))
    assert report.ok and all(s.expired_since is None for s in report.signers)


def test_what_pdfsig_says_of_a_signer_expired_since(
        unsigned_pdf: bytes, identities: Identities, nss_dir: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfsig checks the certificate at the current time: the signature is valid, the
    certificate "has Expired" — what a partner without our record sees (docs/guarantees.md)."""
    import pyhanko.sign.signers.pdf_signer as pdf_signer

    from reports.signing import sign_memo

    now = datetime.now(UTC)
    path = tmp_path / "old.p12"
    path.write_bytes(create_test_identity(
        "Old Drafter", PASSPHRASE, role="drafting-official", authority=identities.authority,
        not_before=now - timedelta(days=30), not_after=now - timedelta(days=10)))
    identity = unlock_identity(path, PASSPHRASE, at=now - timedelta(days=20))

    class SignedThen(datetime):
        @classmethod
        def now(cls, tz=None):  # the signing time pyHanko writes into the signature
            return now - timedelta(days=20)

    monkeypatch.setattr(pdf_signer, "datetime", SignedThen)
    signed = sign_memo(unsigned_pdf, identity, "drafting_official")
    monkeypatch.undo()
    target = tmp_path / "old.pdf"
    target.write_bytes(signed)
    text = pdfsig(target, nss_dir)
    assert "Signature Validation: Signature is Valid." in text, text
    assert "Certificate Validation: Certificate has Expired" in text, text
    ours = verify_pdf(signed, _roots(identities), None)
    assert not ours.ok and "certificate expired on" in ours.reason
