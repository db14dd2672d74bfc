"""Signing identities: PKCS#12 files, unlocked once, checked before anything is written.

`create_test_identity` makes a TEST identity for trying the app and for tests: a local test CA
(kept in the user data folder, created on first use) issues a signer certificate with the key
usages PDF verifiers want (digitalSignature + nonRepudiation; extended key usages
emailProtection and documentSigning, which NSS/pdfsig accept). Every name says TEST.

`unlock_identity` loads a PKCS#12 file once (key validation costs ~120 ms in `cryptography`),
checks the certificate (validity period, nonRepudiation), and returns a `SigningIdentity` that
signs any number of memos. The app never stores a key or a passphrase.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import pem
from asn1crypto import pkcs12 as asn1_pkcs12
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier
from pyhanko.sign.general import get_pyca_cryptography_hash
from pyhanko.sign.signers import Signer, SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from playbooks.errors import InputError, UserError
from playbooks.input_files import read_input_file
from reports.roles import Role, certificate_roles, known_roles, policy_extension, role_named

PASSPHRASE_ENV = "CONCERT_PASSPHRASE"
CA_PASSPHRASE_ENV = "CONCERT_CA_PASSPHRASE"  # the test CA's key (encrypted at rest)
TEST_CA_NAME = "Concert Desk TEST CA – not for real decisions"
TEST_ORGANISATION = "Concert Desk TEST"
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning (RFC 9336)
KEY_BITS = 2048
IDENTITY_MAX_BYTES = 1024 * 1024  # a PKCS#12 file with its chain is a few kB


class IdentityError(UserError):
    """A signing identity cannot be used (file, passphrase or certificate)."""


@dataclass(frozen=True)
class SigningIdentity:
    """An unlocked identity: sign with `.signer`; show `.name`; store `.fingerprint`."""

    path: str
    name: str  # the certificate's common name
    role: str  # the role its certificate policy grants (else the certificate's title, or "")
    fingerprint: str  # SHA-256 hex of the certificate (DER)
    not_before: datetime
    not_after: datetime
    signer: Signer  # SimpleSigner for a file, pyHanko's PKCS11Signer for a token
    certificate_pem: bytes
    roles: tuple[Role, ...] = ()  # from the certificate's policies (reports.roles)
    subject: str = ""  # the certificate's subject (RFC 4514)
    key_sha256: str = ""  # SHA-256 hex of the public key (SubjectPublicKeyInfo, DER)
    chain: tuple[asn1_x509.Certificate, ...] = ()  # the other certificates the file carries

    @property
    def certificate(self) -> asn1_x509.Certificate:
        return self.signer.signing_cert


# ---------------------------------------------------------------------------- passphrases

def read_passphrase(purpose: str, *, confirm: bool = False, env: str = PASSPHRASE_ENV,
                    secret: str = "Passphrase") -> bytes:
    """The environment variable `env` (CONCERT_PASSPHRASE unless told), or a prompt on the
    terminal (never a command-line argument); `secret` names it ("PIN" for a token)."""
    value = os.environ.get(env)
    if value is not None:
        return value.encode("utf-8")
    try:
        first = getpass.getpass(f"{secret} for {purpose}: ")
        if confirm and getpass.getpass("Repeat the passphrase: ") != first:
            raise IdentityError("the two passphrases differ; nothing was written")
    except (EOFError, KeyboardInterrupt):
        raise IdentityError(f"no passphrase given for {purpose} (set {env} or "
                            "type it at the prompt)") from None
    return first.encode("utf-8")


def passphrase_env(index: int) -> str:
    """The variable that scripts set for the `index`-th identity (1-based) of one command."""
    return f"{PASSPHRASE_ENV}_{index}"


def read_passphrases(paths: Sequence[str | Path]) -> list[bytes]:
    """One passphrase per identity, in the order given, each its own: CONCERT_PASSPHRASE_1,
    CONCERT_PASSPHRASE_2… when set (scripts), CONCERT_PASSPHRASE for a single identity, else a
    prompt naming the file (or asking a token key's PIN, naming its URI). One
    CONCERT_PASSPHRASE for two identities is refused: it would let
    whoever holds one person's secret sign as the other too."""
    numbered = [os.environ.get(passphrase_env(i)) is not None for i in range(1, len(paths) + 1)]
    if len(paths) > 1 and os.environ.get(PASSPHRASE_ENV) is not None and not all(numbered):
        raise IdentityError(f"{len(paths)} identities cannot share {PASSPHRASE_ENV}: give each "
                            f"its own ({passphrase_env(1)} for the first, {passphrase_env(2)} "
                            "for the second…) or type each at its prompt")
    result = []
    for index, path in enumerate(paths, start=1):
        env = passphrase_env(index) if numbered[index - 1] or len(paths) > 1 else PASSPHRASE_ENV
        if str(path).startswith("pkcs11:"):  # a key on a token (reports.tokens): its PIN
            result.append(read_passphrase(f"the token key {path}", env=env, secret="PIN"))
        else:
            result.append(read_passphrase(Path(path).name, env=env))
    return result


# ---------------------------------------------------------------------------- the test CA

@dataclass(frozen=True)
class TestAuthority:
    key: rsa.RSAPrivateKey
    certificate: x509.Certificate
    folder: Path

    @property
    def certificate_path(self) -> Path:
        return self.folder / "test-ca.pem"


def _test_ca_folder() -> Path:
    from models.db import user_data_dir

    return user_data_dir() / "test-ca"


def load_or_create_test_ca(folder: Path | None = None, *, passphrase: bytes | None = None
                           ) -> TestAuthority:
    """The local TEST CA; created (key and certificate, valid ten years) on first use. Its key
    is kept encrypted with `passphrase` (default: CONCERT_CA_PASSPHRASE or a prompt); a key
    left unencrypted by an older version is encrypted with it now."""
    folder = folder or _test_ca_folder()
    key_path, cert_path = folder / "test-ca-key.pem", folder / "test-ca.pem"
    exists = key_path.exists() and cert_path.exists()
    if passphrase is None:
        passphrase = read_passphrase("the test CA" if exists else "the new test CA",
                                     confirm=not exists, env=CA_PASSPHRASE_ENV)
    if not passphrase:
        raise IdentityError("the test CA: an empty passphrase would leave its key unprotected")
    if exists:
        return TestAuthority(_load_ca_key(key_path, passphrase),
                             x509.load_pem_x509_certificate(cert_path.read_bytes()), folder)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, TEST_CA_NAME),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, TEST_ORGANISATION),
    ])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=True, crl_sign=True,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    _write_private(key_path, _encrypted_pem(key, passphrase))
    _write_private(cert_path, certificate.public_bytes(serialization.Encoding.PEM))
    return TestAuthority(key, certificate, folder)


def _encrypted_pem(key: rsa.RSAPrivateKey, passphrase: bytes) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(passphrase))


def _load_ca_key(key_path: Path, passphrase: bytes) -> rsa.RSAPrivateKey:
    data = key_path.read_bytes()
    try:
        key = serialization.load_pem_private_key(data, password=passphrase)
    except TypeError:  # "not encrypted": written by an older version; encrypt it now
        key = serialization.load_pem_private_key(data, password=None)
        if isinstance(key, rsa.RSAPrivateKey):
            _write_private(key_path, _encrypted_pem(key, passphrase))
    except ValueError:
        raise IdentityError(f"{key_path}: wrong passphrase for the test CA's key (set "
                            f"{CA_PASSPHRASE_ENV} or type it at the prompt)") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise IdentityError(f"{key_path}: not the test CA's RSA key")
    return key


def _write_private(path: Path, data: bytes) -> None:
    """Owner-only, whole or not at all (models.files), in an owner-only folder."""
    from models.files import write_atomically
    from models.location import private_folder

    private_folder(path.parent)
    write_atomically(path, data, overwrite=True)


def create_test_identity(
    name: str,
    passphrase: bytes,
    *,
    role: str = "",
    authority: TestAuthority | None = None,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    non_repudiation: bool = True,
    key: Any = None,
) -> bytes:
    """A PKCS#12 file (bytes) holding a TEST signer key, its certificate and the CA certificate.

    `role` is a signing role (reports.roles: drafting-official, minister), granted through a
    certificate policy and also written as the certificate's title; "" grants none. The keyword
    arguments after `authority` exist for tests (expired, not yet valid, wrong key usage, other
    key types); the command line uses the defaults: an RSA key, valid now for two years."""
    if not passphrase:
        raise IdentityError("identity new: an empty passphrase would leave the key unprotected")
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    certificate, authority = issue_test_certificate(
        name, key.public_key(), role=role, authority=authority, not_before=not_before,
        not_after=not_after, non_repudiation=non_repudiation)
    common_names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return pkcs12.serialize_key_and_certificates(
        name=str(common_names[0].value).encode(),
        key=key,
        cert=certificate,
        cas=[authority.certificate],
        encryption_algorithm=serialization.BestAvailableEncryption(passphrase),
    )


def issue_test_certificate(
    name: str,
    public_key: Any,
    *,
    role: str = "",
    authority: TestAuthority | None = None,
    not_before: datetime | None = None,
    not_after: datetime | None = None,
    non_repudiation: bool = True,
) -> tuple[x509.Certificate, TestAuthority]:
    """The test CA's certificate for a TEST signer's public key (the key itself stays where it
    is: in a PKCS#12 file being made, or on a token); and the CA that issued it."""
    from models.validation import bidi_control

    name = name.strip()
    if not name:
        raise IdentityError("identity new: --name must not be empty")
    for option, value in (("--name", name), ("--role", role)):
        problem = bidi_control(value)
        if problem:  # a signer shown as another name than the one signing
            raise IdentityError(f"identity new: {option} {problem}")
    common_name = _common_name(name)
    granted = None
    if role.strip():
        granted = role_named(role)
        if granted is None:
            raise IdentityError(f"identity new: --role {role.strip()!r} is not a signing role; "
                                f"known roles: {known_roles()}")
    authority = authority or load_or_create_test_ca()
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, TEST_ORGANISATION),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "TEST identity – not for real "
                                                              "decisions"),
    ]
    if granted is not None:
        attributes.append(x509.NameAttribute(NameOID.TITLE, granted.name))
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name(attributes))
        .issuer_name(authority.certificate.subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(hours=1))
        .not_valid_after(not_after or now + timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=non_repudiation,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION,
                                              DOCUMENT_SIGNING]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            authority.key.public_key()), critical=False)
    )
    if granted is not None:
        builder = builder.add_extension(policy_extension(granted), critical=False)
    return builder.sign(authority.key, hashes.SHA256()), authority


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("R", "AL")


def _bidi_safe(value: str) -> bool:
    """X.509 name strings (RFC 4518 preparation) holding right-to-left letters must begin and end
    with one; verifiers (asn1crypto, so pyHanko) reject other names outright."""
    return not any(_is_rtl(c) for c in value) or (_is_rtl(value[0]) and _is_rtl(value[-1]))


def _common_name(name: str) -> str:
    """'NAME (TEST)'; a right-to-left name stays bare (the TEST marking is then carried by the
    organisation and unit names), since '(TEST)' after it would make the name invalid."""
    if not any(_is_rtl(c) for c in name):
        return f"{name} (TEST)"
    if _bidi_safe(name):
        return name
    raise IdentityError("identity new: --name mixes right-to-left and left-to-right text in a "
                        "way certificates cannot hold; start and end it with a right-to-left "
                        "letter, or use one script")


# ---------------------------------------------------------------------------- unlocking

def _looks_like_pkcs12(data: bytes) -> bool:
    try:
        pfx = asn1_pkcs12.Pfx.load(data)
        pfx["auth_safe"]["content_type"].native  # noqa: B018 (forces parsing)
        return pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except (ValueError, TypeError, KeyError):
        return False


def unlock_identity(path: str | Path, passphrase: bytes, *, at: datetime | None = None,
                    ) -> SigningIdentity:
    """Open a PKCS#12 file and check its certificate; raises IdentityError with the reason."""
    path = Path(path)
    try:
        data = read_input_file(path, IDENTITY_MAX_BYTES, what="identity file")
    except InputError as error:
        raise IdentityError(f"{path}: cannot read the identity file: {error.problem}") from None
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        if _looks_like_pkcs12(data):
            raise IdentityError(f"{path}: wrong passphrase for this identity") from None
        raise IdentityError(f"{path}: not a PKCS#12 identity file (.p12/.pfx), or it is "
                            "damaged") from None
    if key is None or certificate is None:
        raise IdentityError(f"{path}: the file holds no private key with its certificate")
    chain = [load_cert_from_pemder_bytes(c.public_bytes(serialization.Encoding.DER))
             for c in extra or ()]
    der = certificate.public_bytes(serialization.Encoding.DER)
    return checked_identity(str(path), certificate, chain, lambda: UnlockedSigner(
        key,
        signing_cert=load_cert_from_pemder_bytes(der),
        signing_key=_asn1_key(key),
        cert_registry=SimpleCertificateStore.from_certs(chain),
    ), at=at)


def checked_identity(where: str, certificate: x509.Certificate,
                     chain: Sequence[asn1_x509.Certificate], make_signer: Callable[[], Signer],
                     *, at: datetime | None = None) -> SigningIdentity:
    """The identity of a signer whose key is wherever `signer` reaches (a PKCS#12 file's key in
    memory, or a key on a PKCS#11 token), after the checks every identity passes alike: a key
    type verifiers can check, a certificate valid now with the key usages signing needs.
    `where` names it in messages (a file path, or a token's pkcs11: URI)."""
    _check_key_type(where, certificate)
    _check_certificate(where, certificate, at or datetime.now(UTC))
    common_names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    titles = certificate.subject.get_attributes_for_oid(NameOID.TITLE)
    name = str(common_names[0].value) if common_names else certificate.subject.rfc4514_string()
    der = certificate.public_bytes(serialization.Encoding.DER)
    roles = certificate_roles(certificate)
    return SigningIdentity(
        path=where,
        name=name,
        role=roles[0].name if roles else (str(titles[0].value) if titles else ""),
        fingerprint=hashlib.sha256(der).hexdigest(),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        signer=make_signer(),
        certificate_pem=certificate.public_bytes(serialization.Encoding.PEM),
        roles=roles,
        subject=certificate.subject.rfc4514_string(),
        key_sha256=public_key_sha256(certificate),
        chain=tuple(chain),
    )


def public_key_sha256(certificate: x509.Certificate) -> str:
    """SHA-256 of the certificate's SubjectPublicKeyInfo: one person's key across certificates."""
    return hashlib.sha256(certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)).hexdigest()


# Keys whose signatures every verifier we answer for checks: pyHanko and poppler's pdfsig (NSS).
_CHECKABLE_CURVES = ("secp256r1", "secp384r1", "secp521r1")
MIN_RSA_BITS = 2048


def _check_key_type(path: str | Path, certificate: x509.Certificate) -> None:
    key = certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        if key.key_size < MIN_RSA_BITS:
            raise IdentityError(f"{path}: an RSA key of {key.key_size} bits is too weak to sign "
                                f"a decision (at least {MIN_RSA_BITS})")
        return
    if isinstance(key, ec.EllipticCurvePublicKey) and key.curve.name in _CHECKABLE_CURVES:
        return
    kind = (f"ECDSA on {key.curve.name}" if isinstance(key, ec.EllipticCurvePublicKey)
            else type(key).__name__.removesuffix("PublicKey").removeprefix("_"))
    raise IdentityError(f"{path}: the key type ({kind}) is one PDF verifiers such as pdfsig "
                        "cannot check; use an RSA key (2048 bits or more) or ECDSA on P-256, "
                        "P-384 or P-521")


def _check_certificate(path: str | Path, certificate: x509.Certificate, at: datetime) -> None:
    if at < certificate.not_valid_before_utc:
        raise IdentityError(f"{path}: the certificate is not valid yet (from "
                            f"{certificate.not_valid_before_utc:%Y-%m-%d %H:%M} UTC)")
    if at > certificate.not_valid_after_utc:
        raise IdentityError(f"{path}: the certificate expired on "
                            f"{certificate.not_valid_after_utc:%Y-%m-%d %H:%M} UTC")
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is None or not usage.content_commitment:
        raise IdentityError(f"{path}: the certificate lacks the non-repudiation key usage that "
                            "signing a decision requires")
    if not usage.digital_signature:
        raise IdentityError(f"{path}: the certificate lacks the digital-signature key usage")


def load_cert_from_pemder_bytes(der: bytes) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(der)


def _asn1_key(key: object) -> asn1_keys.PrivateKeyInfo:
    assert hasattr(key, "private_bytes")
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    return asn1_keys.PrivateKeyInfo.load(der)


def certificate_from_pem(data: bytes, where: str) -> asn1_x509.Certificate:
    """A certificate from PEM or DER bytes (trust roots); IdentityError when it is neither."""
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        certificate = asn1_x509.Certificate.load(data)
        certificate.native  # noqa: B018 (parses everything now, not at first use)
        return certificate
    except (ValueError, TypeError, KeyError):
        raise IdentityError(f"{where}: not a PEM or DER certificate") from None


class UnlockedSigner(SimpleSigner):
    """pyHanko's SimpleSigner parses (and validates) the private key again for every signature,
    which costs ~120 ms for RSA; this one keeps the key object from the unlock."""

    def __init__(self, private_key: object, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._private_key = private_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        algorithm = mechanism["algorithm"].native
        key = self._private_key
        if algorithm in ("sha256_rsa", "sha384_rsa", "sha512_rsa", "rsassa_pkcs1v15") and \
                isinstance(key, rsa.RSAPrivateKey):
            return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        return super().sign_raw(data, digest_algorithm)
