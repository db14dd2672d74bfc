"""Who may sign which field (issue 12, item 1): the role in the certificate, a chain to the
record's trust roots, two different people, key types every verifier checks, one passphrase
per identity, and the minister who countersigns is the one who decided."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import dsa, ec, ed25519

from reports.identity import (
    IdentityError,
    create_test_identity,
    load_or_create_test_ca,
    read_passphrases,
    unlock_identity,
)
from reports.issue import unlock
from reports.roles import DRAFTING_OFFICIAL, MINISTER, certificate_roles
from reports.signer_rules import Decider
from reports.signing import SigningRefused, sign_memo
from tests.reports.conftest import MINISTER_NAME, PASSPHRASE, Identities, pdfsig


def _p12(tmp_path: Path, identities: Identities, name: str, role: str, **options) -> Path:
    path = tmp_path / f"{name.split()[0].lower()}-{role.split()[0].lower()}.p12"
    options.setdefault("authority", identities.authority)
    path.write_bytes(create_test_identity(name, PASSPHRASE, role=role, **options))
    return path


def _roots(identities: Identities) -> list:
    from reports.identity import certificate_from_pem

    return [certificate_from_pem(identities.ca_pem.read_bytes(), "test CA")]


def test_the_role_is_a_certificate_policy_and_the_title_only_shows_it(
        identities: Identities) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    _key, cert, _chain = pkcs12.load_key_and_certificates(identities.minister_p12.read_bytes(),
                                                         PASSPHRASE)
    assert certificate_roles(cert) == (MINISTER,)
    assert "title=Minister" in cert.subject.rfc4514_string().replace("2.5.4.12", "title")
    with pytest.raises(IdentityError, match="not a signing role; known roles: "
                                            "drafting-official, minister"):
        create_test_identity("X", PASSPHRASE, role="Desk officer",
                             authority=identities.authority)


def test_each_field_takes_only_its_role(unsigned_pdf: bytes, unlocked: tuple) -> None:
    drafter, minister = unlocked
    assert drafter.roles == (DRAFTING_OFFICIAL,) and minister.roles == (MINISTER,)
    with pytest.raises(SigningRefused, match="the drafting official field needs the drafting "
                                             "official role"):
        sign_memo(unsigned_pdf, minister, "drafting_official")


def test_an_identity_without_a_role_signs_nothing(unsigned_pdf: bytes, identities: Identities,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "none.p12"
    path.write_bytes(create_test_identity("Nobody", PASSPHRASE, authority=identities.authority))
    with pytest.raises(SigningRefused, match="carries no signing role"):
        sign_memo(unsigned_pdf, unlock(path, PASSPHRASE), "drafting_official")


def test_one_person_cannot_fill_both_fields(drafted_pdf: bytes, identities: Identities,
                                            unlocked: tuple, tmp_path: Path) -> None:
    """The issue's `--sign drafter.p12 --sign drafter.p12`, and its subtler forms: the same
    person with a second certificate (another role, another key), and the same key under
    another name."""
    drafter = unlocked[0]
    twin = _p12(tmp_path, identities, "Ana Łukasiewicz", "Minister")
    with pytest.raises(SigningRefused, match="the same person already signed as drafting "
                                             "official"):
        sign_memo(drafted_pdf, unlock(twin, PASSPHRASE), "minister")
    from cryptography.hazmat.primitives.serialization import pkcs12

    key, _cert, _ = pkcs12.load_key_and_certificates(identities.drafter_p12.read_bytes(),
                                                     PASSPHRASE)
    same_key = _p12(tmp_path, identities, "Someone Else", "Minister", key=key)
    with pytest.raises(SigningRefused, match="the same key already signed as drafting official"):
        sign_memo(drafted_pdf, unlock(same_key, PASSPHRASE), "minister")
    assert drafter.roles == (DRAFTING_OFFICIAL,)


def test_an_identity_of_a_ca_the_record_does_not_trust_is_refused(
        unsigned_pdf: bytes, identities: Identities, tmp_path: Path) -> None:
    """The issue's self-made certificate: a CA of one's own claims any name and role."""
    rogue_ca = load_or_create_test_ca(tmp_path / "rogue-ca")
    rogue = _p12(tmp_path, identities, "Ana Łukasiewicz", "Drafting official",
                 authority=rogue_ca)
    with pytest.raises(SigningRefused, match="does not chain to a trust root of this record"):
        sign_memo(unsigned_pdf, unlock(rogue, PASSPHRASE), "drafting_official",
                  roots=_roots(identities))
    with pytest.raises(SigningRefused, match="the record trusts no certification authority"):
        sign_memo(unsigned_pdf, unlock(rogue, PASSPHRASE), "drafting_official", roots=[])
    signed = sign_memo(unsigned_pdf, unlock(identities.drafter_p12, PASSPHRASE),
                       "drafting_official", roots=_roots(identities))
    assert signed.startswith(b"%PDF")


@pytest.mark.parametrize("make_key", [
    lambda: dsa.generate_private_key(2048),
    lambda: ed25519.Ed25519PrivateKey.generate(),
    lambda: ec.generate_private_key(ec.SECP256K1()),
], ids=["DSA", "Ed25519", "ECDSA-secp256k1"])
def test_keys_pdf_verifiers_cannot_check_are_refused_at_unlock(
        identities: Identities, tmp_path: Path, make_key) -> None:
    path = _p12(tmp_path, identities, "Odd Key", "Drafting official", key=make_key())
    with pytest.raises(IdentityError, match="PDF verifiers such as pdfsig cannot check"):
        unlock_identity(path, PASSPHRASE)


def test_an_ecdsa_p256_identity_signs_and_pdfsig_checks_it(
        unsigned_pdf: bytes, identities: Identities, nss_dir: str, tmp_path: Path) -> None:
    path = _p12(tmp_path, identities, "Eve Curve", "Drafting official",
                key=ec.generate_private_key(ec.SECP256R1()))
    signed = sign_memo(unsigned_pdf, unlock(path, PASSPHRASE), "drafting_official",
                       roots=_roots(identities))
    target = tmp_path / "ec.pdf"
    target.write_bytes(signed)
    report = pdfsig(target, nss_dir)
    assert "Signature is Valid." in report and "Certificate is Trusted." in report, report


def test_the_countersignature_is_by_the_minister_who_decided(
        drafted_pdf: bytes, identities: Identities, unlocked: tuple, tmp_path: Path) -> None:
    minister = unlocked[1]
    with pytest.raises(SigningRefused, match="the decision was taken by Ana Lindqvist; only "
                                             "they can countersign"):
        sign_memo(drafted_pdf, minister, "minister", decider=Decider("Ana Lindqvist"))
    by_certificate = Decider("Another Minister", "ab" * 32)
    with pytest.raises(SigningRefused, match="with certificate ABAB ABAB ABAB ABAB …, not this"):
        sign_memo(drafted_pdf, minister, "minister", decider=by_certificate)
    named = sign_memo(drafted_pdf, minister, "minister", decider=Decider(MINISTER_NAME))
    certified = sign_memo(drafted_pdf, minister, "minister",
                          decider=Decider("whoever", minister.fingerprint))
    assert named.startswith(b"%PDF") and certified.startswith(b"%PDF")


def test_each_identity_has_its_own_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONCERT_PASSPHRASE", "shared")
    assert read_passphrases(["a.p12"]) == [b"shared"]
    with pytest.raises(IdentityError, match="2 identities cannot share CONCERT_PASSPHRASE"):
        read_passphrases(["a.p12", "b.p12"])
    monkeypatch.setenv("CONCERT_PASSPHRASE_1", "first")
    monkeypatch.setenv("CONCERT_PASSPHRASE_2", "second")
    assert read_passphrases(["a.p12", "b.p12"]) == [b"first", b"second"]
