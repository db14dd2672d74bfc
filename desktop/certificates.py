"""Reading a certificate file the user picked, to show it before it is trusted.

Trusting a root is a security decision: the official must see WHICH certificate they are about
to trust (its subject and SHA-256 fingerprint, to compare with the one their security office
gave them) before models.workflow.add_trust_root stores it. This module only reads the file for
that preview, the same way add_trust_root will (PEM when it holds a PEM header, DER otherwise),
so the fingerprint shown is the fingerprint stored. Whether to trust it is the user's choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from playbooks.errors import UserError

LARGEST_CERTIFICATE = 1024 * 1024  # a CA certificate is a few kilobytes; anything huge is not one
IDENTITY_SUFFIXES = (".p12", ".pfx")


@dataclass(frozen=True)
class CertificatePreview:
    data: bytes  # the file's bytes, handed to add_trust_root unchanged
    subject: str  # RFC 4514, as the record stores it
    common_name: str
    organisation: str
    issuer: str
    fingerprint: str  # SHA-256 of the DER, lowercase hex (as the record stores it)
    not_before: datetime
    not_after: datetime
    is_ca: bool
    self_signed: bool

    @property
    def grouped_fingerprint(self) -> str:
        return grouped(self.fingerprint)

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) > self.not_after


def grouped(fingerprint: str) -> str:
    """"ab12cd…" as "AB:12:CD:…", the way certificate tools and security offices read it out."""
    upper = fingerprint.upper()
    return ":".join(upper[i:i + 2] for i in range(0, len(upper), 2))


def read_certificate_file(path: Path) -> CertificatePreview:
    """The certificate in `path`, or a UserError saying plainly why the file is not one."""
    from PySide6.QtCore import QCoreApplication  # loaded by now; this module stays Qt-free

    path = Path(path)
    try:
        if path.stat().st_size > LARGEST_CERTIFICATE:
            raise UserError(QCoreApplication.translate(
                "Certificates", "{path}: too large to be a certificate (a CA certificate is a "
                "few kilobytes); choose the certificate file (.pem, .crt, .cer or .der)"
            ).format(path=path))
        data = path.read_bytes()
    except OSError as error:
        raise UserError(QCoreApplication.translate(
            "Certificates", "{path}: cannot be read ({reason})"
        ).format(path=path, reason=error.strerror or error)) from None
    return preview_certificate(data, str(path))


def preview_certificate(data: bytes, where: str) -> CertificatePreview:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes

    try:
        certificate = (
            x509.load_pem_x509_certificate(data)
            if b"-----BEGIN" in data
            else x509.load_der_x509_certificate(data)
        )
    except (ValueError, TypeError):
        raise UserError(f"{where}: {_why_not_a_certificate(data, where)}") from None
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
        is_ca = bool(constraints.value.ca)
    except x509.ExtensionNotFound:
        is_ca = False
    def first(oid) -> str:
        found = certificate.subject.get_attributes_for_oid(oid)
        return str(found[0].value) if found else ""

    return CertificatePreview(
        data=data,
        subject=certificate.subject.rfc4514_string(),
        common_name=first(x509.NameOID.COMMON_NAME),
        organisation=first(x509.NameOID.ORGANIZATION_NAME),
        issuer=certificate.issuer.rfc4514_string(),
        fingerprint=certificate.fingerprint(hashes.SHA256()).hex(),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        is_ca=is_ca,
        self_signed=certificate.issuer == certificate.subject,
    )


def _why_not_a_certificate(data: bytes, where: str) -> str:
    from PySide6.QtCore import QCoreApplication

    if where.lower().endswith(IDENTITY_SUFFIXES):
        return QCoreApplication.translate(
            "Certificates", "this is a signing identity (PKCS#12, with a private key), not a "
            "certificate; choose the certification authority's certificate (.pem, .crt or .cer)")
    if b"PRIVATE KEY-----" in data:
        return QCoreApplication.translate(
            "Certificates", "this file holds a private key, not a certificate; keep it private "
            "and choose the certification authority's certificate (.pem, .crt or .cer)")
    return QCoreApplication.translate("Certificates",
                                      "not an X.509 certificate (PEM or DER expected)")
