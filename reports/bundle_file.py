"""The bundle file itself (docs/bundle-format.md): a zip archive whose `manifest.json` names
every other member with its SHA-256, and `manifest.p7s`, a detached CMS signature over the
manifest's exact bytes by the exporting official's identity. Nothing else is trusted: a member
is read only after its hash matched the signed manifest.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509

from reports.identity import SigningIdentity

FORMAT = "concert-desk-bundle"
FORMAT_VERSION = 2  # 2: outcomes, retrospectives and resolution dates are carried
READABLE_VERSIONS = (1, 2)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.p7s"
BUNDLE_MAX_BYTES = 2 * 1024 * 1024 * 1024


class BundleDamaged(Exception):
    """The file cannot be read as a bundle at all (the one line says why)."""


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    return json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False).encode("utf-8")


def sign_manifest(manifest: bytes, identity: SigningIdentity) -> bytes:
    signed = asyncio.run(identity.signer.async_sign_general_data(manifest, "sha256",
                                                                 detached=True))
    return bytes(signed.dump())


def pack(manifest: Mapping[str, Any], members: Mapping[str, bytes],
         identity: SigningIdentity) -> bytes:
    """The bundle's bytes: `manifest` gets the members' hashes, then is signed."""
    manifest = {**manifest, "members": {name: hashlib.sha256(data).hexdigest()
                                        for name, data in sorted(members.items())}}
    text = manifest_bytes(manifest)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, text)
        archive.writestr(SIGNATURE, sign_manifest(text, identity))
        for name, data in sorted(members.items()):
            archive.writestr(name, data)
    return buffer.getvalue()


@dataclass(frozen=True)
class Opened:
    manifest: dict[str, Any]
    members: dict[str, bytes]  # only those whose hash matched the manifest
    signer: str  # the signing certificate's common name ("" if unsigned or unreadable)
    signer_fingerprint: str
    problems: tuple[str, ...]


def open_bundle(data: bytes, roots: Sequence[asn1_x509.Certificate]) -> Opened:
    """Read the archive, check the signature against `roots` and every member's hash."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
        contents = {name: archive.read(name) for name in names}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError,
            ValueError) as error:
        raise BundleDamaged(f"not a readable bundle (damaged or truncated zip: {error})") from None
    if len(set(names)) != len(names):
        raise BundleDamaged("a member is in the archive twice")
    if MANIFEST not in contents or SIGNATURE not in contents:
        raise BundleDamaged(f"not a bundle: {MANIFEST} or {SIGNATURE} is missing")
    try:
        manifest = json.loads(contents[MANIFEST])
        listed = dict(manifest["members"])
    except (ValueError, KeyError, TypeError):
        raise BundleDamaged(f"{MANIFEST} is not a bundle manifest") from None
    version = manifest.get("format_version")
    if manifest.get("format") != FORMAT or version not in READABLE_VERSIONS:
        readable = " or ".join(map(str, READABLE_VERSIONS))
        raise BundleDamaged(f"not a version {readable} {FORMAT} (it says "
                            f"{manifest.get('format')!r} {manifest.get('format_version')!r})")
    problems: list[str] = []
    signer, fingerprint, problem = _check_signature(contents[MANIFEST], contents[SIGNATURE],
                                                    roots)
    if problem:
        problems.append(f"{SIGNATURE}: {problem}")
    elif fingerprint != manifest.get("origin", {}).get("exporter_certificate"):
        problems.append(f"{SIGNATURE}: signed by another certificate than the manifest names")
    members: dict[str, bytes] = {}
    for name, digest in sorted(listed.items()):
        if name not in contents:
            problems.append(f"{name}: listed in the manifest but missing from the bundle")
        elif hashlib.sha256(contents[name]).hexdigest() != digest:
            problems.append(f"{name}: its bytes do not match the SHA-256 the manifest lists")
        else:
            members[name] = contents[name]
    for name in sorted(set(contents) - set(listed) - {MANIFEST, SIGNATURE}):
        problems.append(f"{name}: in the bundle but not listed in its manifest")
    return Opened(manifest, members, signer, fingerprint, tuple(problems))


def _check_signature(manifest: bytes, signature: bytes,
                     roots: Sequence[asn1_x509.Certificate]) -> tuple[str, str, str]:
    """(signer's name, certificate SHA-256, problem or "")."""
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    from reports.verify import validation_context

    try:
        signed_data = cms.ContentInfo.load(signature)["content"]
        status = asyncio.run(async_validate_detached_cms(
            manifest, signed_data, signer_validation_context=validation_context(roots)))
    except Exception as error:  # a damaged or forged signature takes many forms
        return "", "", f"not a readable signature ({str(error).splitlines()[0] or error})"
    certificate = status.signing_cert
    name = certificate.subject.native.get("common_name", "") if certificate else ""
    fingerprint = hashlib.sha256(certificate.dump()).hexdigest() if certificate else ""
    if not status.intact or not status.valid:
        return name, fingerprint, "the signature does not match the manifest (altered or forged)"
    if not roots:
        return name, fingerprint, "this record trusts no certification authority (trust add)"
    if not status.trusted:
        return name, fingerprint, (f"signed by {name}, whose certificate no trust root of this "
                                   "record vouches for")
    return name, fingerprint, ""
