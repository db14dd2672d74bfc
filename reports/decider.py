"""The decider named by certificate: whose certificate the decision records, so that only its
holder countersigns the memo (issue 12, item 1).

The minister's certificate is read from wherever their signing identity is — a certificate file
(PEM or DER, e.g. exported from their card or given by the security office), a PKCS#12 identity
(only its certificate is used; the key is never kept), or a key on a token (`pkcs11:` URI, read
without its PIN) — and passes the checks a minister's signature will: the identity checks of
reports.identity (key type, validity, key usage) and the record's rules of reports.signer_rules
(a chain to a trust root, the minister's role). Its SHA-256 fingerprint is then frozen with the
decision (models.decisions.decide).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.sign.signers import Signer

from playbooks.errors import InputError, UserError
from playbooks.input_files import read_input_file
from reports.console import short_fingerprint
from reports.identity import (
    IDENTITY_MAX_BYTES,
    IdentityError,
    SigningIdentity,
    _looks_like_pkcs12,
    checked_identity,
)
from reports.roles import field_role_problem
from reports.sigfields import MINISTER_FIELD
from reports.signer_rules import _plain_name, chain_problem
from reports.tokens import is_token_uri, token_certificate


@dataclass(frozen=True)
class DeciderCertificate:
    """The minister's certificate as the decision names it."""

    where: str  # the file or pkcs11: URI it was read from
    name: str  # the certificate's common name
    subject: str  # as people read it: "CN=…, O=…, title=…" in the certificate's order
    fingerprint: str  # SHA-256 hex of the certificate (DER), as stored with the decision

    @property
    def short(self) -> str:
        return short_fingerprint(self.fingerprint)


def _certificate_file(data: bytes) -> tuple[x509.Certificate, list[asn1_x509.Certificate]
                                            ] | None:
    """The first certificate of a PEM file (the others its chain), or a DER certificate;
    None when `data` is neither."""
    try:
        if pem.detect(data):
            blocks = [der for kind, _headers, der in pem.unarmor(data, multiple=True)
                      if kind == "CERTIFICATE"]
            if not blocks:
                return None
            return (x509.load_der_x509_certificate(blocks[0]),
                    [asn1_x509.Certificate.load(der) for der in blocks[1:]])
        return x509.load_der_x509_certificate(data), []
    except ValueError:
        return None


def _chain(extra: list[x509.Certificate] | None) -> list[asn1_x509.Certificate]:
    return [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in extra or ()]


def _pkcs12_certificate(where: str, data: bytes, passphrase: Callable[[], bytes] | None
                        ) -> tuple[x509.Certificate, list[asn1_x509.Certificate]]:
    """The certificate of a PKCS#12 identity. Files that encrypt their certificates (every
    file `identity new` or a current OpenSSL makes) need the passphrase to read it; the key
    that comes with it is dropped at once."""
    for secret in (None, b""):
        try:
            _key, certificate, extra = pkcs12.load_key_and_certificates(data, secret)
        except ValueError:
            continue
        if certificate is not None:
            return certificate, _chain(extra)
    if passphrase is None:
        raise IdentityError(f"{where}: this identity file keeps its certificate encrypted; give "
                            "its passphrase, or name the certificate file exported from it "
                            "(.pem, .cer)")
    try:
        _key, certificate, extra = pkcs12.load_key_and_certificates(data, passphrase())
    except ValueError:
        raise IdentityError(f"{where}: wrong passphrase for this identity") from None
    if certificate is None:
        raise IdentityError(f"{where}: the identity file holds no certificate")
    return certificate, _chain(extra)


def read_decider_certificate(identity: str | Path, *, module: str | None = None,
                             passphrase: Callable[[], bytes] | None = None
                             ) -> tuple[x509.Certificate, list[asn1_x509.Certificate]]:
    """The certificate (and the certificates that came with it) of a certificate file, a
    PKCS#12 identity (`passphrase` is asked only if its certificate is encrypted) or a
    `pkcs11:` URI (`module` as for signing)."""
    where = str(identity)
    if is_token_uri(where):
        return token_certificate(where, module=module)
    try:
        data = read_input_file(Path(identity), IDENTITY_MAX_BYTES, what="decider's certificate")
    except InputError as error:
        raise IdentityError(f"{where}: cannot read the decider's certificate: "
                            f"{error.problem}") from None
    found = _certificate_file(data)
    if found is not None:
        return found
    if _looks_like_pkcs12(data):
        return _pkcs12_certificate(where, data, passphrase)
    raise IdentityError(f"{where}: not a certificate (PEM or DER), a PKCS#12 identity or a "
                        "pkcs11: URI")


def checked_decider(identity: str | Path, roots: Sequence[asn1_x509.Certificate], *,
                    module: str | None = None, passphrase: Callable[[], bytes] | None = None
                    ) -> DeciderCertificate:
    """The decider's certificate after the checks its countersignature will meet: a
    certificate fit to sign (reports.identity), chaining to one of the record's `roots`, with
    the minister's role (reports.signer_rules, reports.roles). UserError says which failed."""
    where = str(identity)
    certificate, chain = read_decider_certificate(identity, module=module, passphrase=passphrase)
    # The same checks as an identity that signs; this one only names a certificate, so its
    # "signer" holds the certificate and has no key.
    holder: SigningIdentity = checked_identity(
        where, certificate, chain, lambda: Signer(signing_cert=asn1_x509.Certificate.load(
            certificate.public_bytes(Encoding.DER))))
    problem = chain_problem(holder, roots) or field_role_problem(
        holder.roles, MINISTER_FIELD, f"{where} ({holder.name})")
    if problem:
        raise IdentityError(problem.replace("signing is refused", "it cannot name the decider")
                            .replace("the minister field needs", "a decider needs"))
    return DeciderCertificate(where, holder.name, subject_text(certificate), holder.fingerprint)


def subject_text(certificate: x509.Certificate) -> str:
    """The subject in the order the certificate holds it (RFC 4514 reverses it), with the
    title named (RFC 4514 knows no short name for it): what the memo and `verify` show."""
    names = {NameOID.TITLE: "title", NameOID.SERIAL_NUMBER: "serialNumber"}
    return ", ".join(f"{names.get(a.oid, a.rfc4514_attribute_name)}={a.value!s}"
                     for a in certificate.subject)


def decider_name(by: str | None, decider: DeciderCertificate, *, field: str = "--by") -> str:
    """The name the decision records: `by` when it is the certificate's person (its TEST
    marking aside), the certificate's name when none is given; refused when they disagree."""
    if by is None or not by.strip():
        return decider.name
    if _plain_name(by) != _plain_name(decider.name):
        raise UserError(f"{field} {by.strip()!r} is not the person of the decider's "
                        f"certificate {decider.where} ({decider.name}); leave {field} out or "
                        "give that name")
    return by.strip()

