"""Signing keys on PKCS#11 tokens: smart cards, USB tokens, HSMs (SoftHSM2 in tests).

A token identity is named by an RFC 7512 URI wherever a PKCS#12 file is accepted, e.g.
`pkcs11:token=Ministry%20card;object=Ana%20Lindqvist`. We read these attributes and refuse any
other (a key chosen by an attribute we ignore could be the wrong key):

- path: `token` (the token's label), `serial`, `manufacturer`, `model` — which token, exactly
  one must match; `object` (CKA_LABEL) and `id` (CKA_ID, percent-encoded bytes) — which
  certificate, and so which private key (the one with the certificate's id, else its label);
  `type` (`cert`, `private` or `public`: all name the same key pair);
- query: `module-path` — the PKCS#11 module (else --pkcs11-module, else CONCERT_PKCS11_MODULE,
  else Debian's p11-kit proxy, which loads every module the system registered).
`pin-value` and `pin-source` are refused: the PIN is asked for per identity like a passphrase
(CONCERT_PASSPHRASE_1… in scripts), never given in an argument.

The key never leaves the token: pyHanko's PKCS11Signer asks the token to sign. The certificate
is read from the token and passes the checks a PKCS#12 file's does (reports.identity
.checked_identity; the record's rules in reports.signer_rules). The other certificates on the
token travel as its chain. python-pkcs11 is imported only here and only when a token is used,
so the app runs where it is missing; the message then says what to install.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import secrets
import sysconfig
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote_to_bytes

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from reports.identity import (
    IdentityError,
    SigningIdentity,
    TestAuthority,
    checked_identity,
    issue_test_certificate,
)

URI_SCHEME = "pkcs11:"
MODULE_ENV = "CONCERT_PKCS11_MODULE"
TOKEN_ATTRIBUTES = ("token", "serial", "manufacturer", "model")
OBJECT_ATTRIBUTES = ("object", "id", "type")
QUERY_ATTRIBUTES = ("module-path",)
KEY_TYPES = ("cert", "private", "public")


def is_token_uri(text: str | os.PathLike[str]) -> bool:
    return str(text).startswith(URI_SCHEME)


@dataclass(frozen=True)
class TokenKeyRef:
    """What a pkcs11: URI names (see the module's docstring)."""

    uri: str
    token: str | None = None
    serial: str | None = None
    manufacturer: str | None = None
    model: str | None = None
    label: str | None = None  # object=
    key_id: bytes | None = None  # id=
    module_path: str | None = None


def _decode(uri: str, name: str, value: str) -> bytes:
    try:
        return unquote_to_bytes(value)
    except ValueError:  # pragma: no cover - unquote_to_bytes keeps bad escapes as they are
        raise IdentityError(f"{uri}: the {name} attribute is not percent-encoded") from None


def _text(uri: str, name: str, value: str) -> str:
    try:
        return _decode(uri, name, value).decode("utf-8")
    except UnicodeDecodeError:
        raise IdentityError(f"{uri}: the {name} attribute is not UTF-8 text") from None


def parse_token_uri(uri: str) -> TokenKeyRef:
    """The token and key a pkcs11: URI names; IdentityError naming the attribute otherwise."""
    if not is_token_uri(uri):
        raise IdentityError(f"{uri}: not a pkcs11: URI")
    path, _, query = uri[len(URI_SCHEME):].partition("?")
    found: dict[str, str] = {}
    for part, separator, allowed in ((path, ";", TOKEN_ATTRIBUTES + OBJECT_ATTRIBUTES),
                                     (query, "&", QUERY_ATTRIBUTES)):
        for item in filter(None, part.split(separator)):
            name, equals, value = item.partition("=")
            if name in ("pin-value", "pin-source"):
                raise IdentityError(f"{URI_SCHEME}…: a PIN in the URI ({name}) is refused: it "
                                    "would stay in the shell's history; the PIN is asked for "
                                    "at a prompt or read from CONCERT_PASSPHRASE_1…")
            if not equals or name not in allowed:
                raise IdentityError(f"{uri}: attribute {name!r} is not one we read; use "
                                    f"{', '.join(allowed)}")
            if name in found:
                raise IdentityError(f"{uri}: attribute {name!r} is given twice")
            found[name] = value
    if "object" not in found and "id" not in found:
        raise IdentityError(f"{uri}: name the key with object=LABEL (or id=…)")
    key_type = found.get("type")
    if key_type is not None and key_type not in KEY_TYPES:
        raise IdentityError(f"{uri}: type={key_type} is not a key pair's object; use "
                            f"{', '.join(KEY_TYPES)} or leave it out")
    texts = {name: _text(uri, name, found[name]) for name in
             ("token", "serial", "manufacturer", "model", "object", "module-path")
             if name in found}
    return TokenKeyRef(
        uri=uri, token=texts.get("token"), serial=texts.get("serial"),
        manufacturer=texts.get("manufacturer"), model=texts.get("model"),
        label=texts.get("object"),
        key_id=_decode(uri, "id", found["id"]) if "id" in found else None,
        module_path=texts.get("module-path"),
    )


def token_uri(token: str, label: str, key_id: bytes | None = None) -> str:
    """The URI of a key on a token, as `parse_token_uri` reads it."""
    uri = f"{URI_SCHEME}token={quote(token, safe='')};object={quote(label, safe='')}"
    if key_id:
        uri += ";id=" + "".join(f"%{b:02X}" for b in key_id)
    return uri


def default_module() -> str:
    """Debian's p11-kit proxy: it loads every PKCS#11 module the system registered (OpenSC for
    smart cards, a vendor's module for a USB token). SoftHSM2's module
    (/usr/lib/softhsm/libsofthsm2.so) is for tests and demonstrations only."""
    multiarch = sysconfig.get_config_var("MULTIARCH") or "x86_64-linux-gnu"
    return f"/usr/lib/{multiarch}/p11-kit-proxy.so"


def module_path(ref: TokenKeyRef | None = None, option: str | None = None) -> str:
    """The module: the URI's module-path, else the option, else CONCERT_PKCS11_MODULE, else
    the default."""
    return ((ref.module_path if ref else None) or option or os.environ.get(MODULE_ENV)
            or default_module())


def configured_module() -> str | None:
    """The module the desktop lists token keys from: the one set in CONCERT_PKCS11_MODULE, or
    the default when it is installed; None when there is none to use."""
    module = os.environ.get(MODULE_ENV) or default_module()
    return module if Path(module).is_file() else None


def _library(module: str) -> Any:
    try:
        import pkcs11
    except ImportError:
        raise IdentityError("signing with a token needs python-pkcs11, which is not installed "
                            "(pip install 'concert-desk[pkcs11]')") from None
    if not Path(module).is_file():
        raise IdentityError(f"{module}: no PKCS#11 module there; give the token's module "
                            f"with --pkcs11-module or {MODULE_ENV}")
    try:
        return pkcs11.lib(module)
    except pkcs11.PKCS11Error as error:
        raise IdentityError(f"{module}: cannot load this PKCS#11 module ({error})") from None


def _initialised_tokens(module: str) -> list[Any]:
    """The tokens of `module` that hold anything (an empty slot's blank token is left out)."""
    from pkcs11 import TokenFlag

    tokens = [slot.get_token() for slot in _library(module).get_slots(token_present=True)]
    return [token for token in tokens if token.flags & TokenFlag.TOKEN_INITIALIZED]


def _find_token(ref: TokenKeyRef, module: str) -> Any:
    tokens = []
    for token in _initialised_tokens(module):
        wanted = (("token", ref.token, token.label), ("serial", ref.serial, _serial(token)),
                  ("manufacturer", ref.manufacturer, token.manufacturer_id),
                  ("model", ref.model, token.model))
        if all(value is None or value == actual for _, value, actual in wanted):
            tokens.append(token)
    if not tokens:
        raise IdentityError(f"{ref.uri}: no token in {module} matches (is the card inserted?)")
    if len(tokens) > 1:
        raise IdentityError(f"{ref.uri}: {len(tokens)} tokens match; say which with token= "
                            "or serial=")
    return tokens[0]


def _serial(token: Any) -> str:
    serial = token.serial
    return serial.decode("utf-8", "replace").strip() if isinstance(serial, bytes) else serial


def _open(token: Any, pin: bytes | None, ref: TokenKeyRef, *, write: bool = False) -> Any:
    from pkcs11 import exceptions

    try:
        if pin is None:
            return token.open(rw=write)
        return token.open(rw=write, user_pin=pin.decode("utf-8"))
    except (exceptions.PinIncorrect, exceptions.PinInvalid, exceptions.PinLenRange):
        raise IdentityError(f"{ref.uri}: wrong PIN for this token") from None
    except exceptions.PinLocked:
        raise IdentityError(f"{ref.uri}: the token's PIN is locked (too many wrong PINs); "
                            "its security officer must unblock it") from None
    except UnicodeDecodeError:
        raise IdentityError(f"{ref.uri}: the PIN is not UTF-8 text") from None
    except exceptions.PKCS11Error as error:
        raise IdentityError(f"{ref.uri}: the token refused the session "
                            f"({type(error).__name__})") from None


# PKCS#11 logs in per token, not per session: a second login while one session is logged in is
# refused, and closing any logged-in session logs them all out. So this process keeps one
# logged-in session per token, shared by every key unlocked from it. A later unlock of the same
# token reuses it only when given the same PIN (compared by a keyed digest that lives and dies
# with the process); another PIN logs out and in again, so a wrong PIN is never taken.
_PIN_KEY = secrets.token_bytes(32)
_sessions: dict[tuple[str, int], tuple[Any, bytes]] = {}
_sessions_lock = threading.Lock()


def _logged_in(module: str, token: Any, pin: bytes, ref: TokenKeyRef) -> Any:
    digest = hmac.new(_PIN_KEY, pin, hashlib.sha256).digest()
    key = (module, token.slot.slot_id)
    with _sessions_lock:
        held = _sessions.pop(key, None)
        if held is not None and hmac.compare_digest(held[1], digest):
            _sessions[key] = held
            return held[0]
        if held is not None:
            _close(held[0])
        session = _open(token, pin, ref)
        _sessions[key] = (session, digest)
        return session


def _close(session: Any) -> None:
    from pkcs11 import exceptions

    with contextlib.suppress(exceptions.PKCS11Error):
        session.close()


def log_out_all() -> None:
    """Log out of every token this process logged in to (the keys unlocked from them stop
    signing)."""
    with _sessions_lock:
        for session, _digest in _sessions.values():
            _close(session)
        _sessions.clear()


def _query(ref: TokenKeyRef) -> dict[Any, Any]:
    from pkcs11 import Attribute

    query: dict[Any, Any] = {}
    if ref.label is not None:
        query[Attribute.LABEL] = ref.label
    if ref.key_id is not None:
        query[Attribute.ID] = ref.key_id
    return query


def _only(found: list[Any], ref: TokenKeyRef, what: str) -> Any:
    if not found:
        raise IdentityError(f"{ref.uri}: the token holds no {what} with this label/id")
    if len(found) > 1:
        raise IdentityError(f"{ref.uri}: the token holds {len(found)} {what}s with this "
                            "label/id; add id= to say which")
    return found[0]


def unlock_token_identity(uri: str, pin: bytes, *, module: str | None = None,
                          at: datetime | None = None) -> SigningIdentity:
    """Log in to the token the URI names and return its identity, checked like a PKCS#12
    file's; the signer keeps the session open and asks the token for each signature."""
    from pkcs11 import Attribute, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    ref = parse_token_uri(uri)
    module = module_path(ref, module)
    session = _logged_in(module, _find_token(ref, module), pin, ref)
    certificate_object = _only(list(session.get_objects(
        {Attribute.CLASS: ObjectClass.CERTIFICATE, **_query(ref)})), ref, "certificate")
    der = bytes(certificate_object[Attribute.VALUE])
    key_query = ({Attribute.ID: _attribute(certificate_object, Attribute.ID)}
                 if _attribute(certificate_object, Attribute.ID) else _query(ref))
    key = _only(list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY,
                                          **key_query})), ref, "private key")
    others = [asn1_x509.Certificate.load(bytes(c[Attribute.VALUE])) for c in session.get_objects(
        {Attribute.CLASS: ObjectClass.CERTIFICATE}) if bytes(c[Attribute.VALUE]) != der]
    certificate = x509.load_der_x509_certificate(der)
    key_label, key_id = _attribute(key, Attribute.LABEL), _attribute(key, Attribute.ID)
    return checked_identity(uri, certificate, others, lambda: PKCS11Signer(
        session, signing_cert=asn1_x509.Certificate.load(der), ca_chain=others,
        key_id=key_id or None, key_label=None if key_id else key_label,
        cert_id=key_id or None, cert_label=None if key_id else key_label,
    ), at=at)


def token_certificate(uri: str, *, module: str | None = None
                      ) -> tuple[x509.Certificate, list[asn1_x509.Certificate]]:
    """The certificate the URI names and the token's other certificates (its chain), read
    without logging in: certificates are public objects, so naming a decider needs no PIN."""
    from pkcs11 import Attribute, ObjectClass

    ref = parse_token_uri(uri)
    module = module_path(ref, module)
    with _open(_find_token(ref, module), None, ref) as session:
        certificate_object = _only(list(session.get_objects(
            {Attribute.CLASS: ObjectClass.CERTIFICATE, **_query(ref)})), ref, "certificate")
        der = bytes(certificate_object[Attribute.VALUE])
        others = [asn1_x509.Certificate.load(bytes(c[Attribute.VALUE]))
                  for c in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})
                  if bytes(c[Attribute.VALUE]) != der]
    return x509.load_der_x509_certificate(der), others


def _attribute(pkcs11_object: Any, attribute: Any) -> Any:
    from pkcs11 import exceptions

    try:
        return pkcs11_object[attribute]
    except (exceptions.AttributeTypeInvalid, exceptions.AttributeSensitive, KeyError):
        return None


@dataclass(frozen=True)
class TokenKey:
    """A certificate on a token that a signer may choose (its private key is not listed:
    private objects are visible only after logging in)."""

    uri: str
    token: str
    label: str
    subject: str  # the certificate's common name, else its subject

    def describe(self) -> str:
        return f"{self.subject} — token {self.token} ({self.label})"


def token_keys(module: str) -> list[TokenKey]:
    """Every signer certificate on every token of `module`, without logging in (CA
    certificates left out)."""
    from pkcs11 import Attribute, ObjectClass

    found = []
    for token in _initialised_tokens(module):
        ref = TokenKeyRef(uri=token_uri(token.label, "…"))
        with _open(token, None, ref) as session:
            for item in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                certificate = x509.load_der_x509_certificate(bytes(item[Attribute.VALUE]))
                if _is_ca(certificate):
                    continue
                label = _attribute(item, Attribute.LABEL) or ""
                names = certificate.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
                found.append(TokenKey(
                    token_uri(token.label, label, _attribute(item, Attribute.ID)), token.label,
                    label, str(names[0].value) if names else certificate.subject.rfc4514_string()))
    return found


def _is_ca(certificate: x509.Certificate) -> bool:
    try:
        return certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def put_test_identity_on_token(uri: str, pin: bytes, name: str, *, role: str = "",
                               module: str | None = None,
                               authority: TestAuthority | None = None) -> str:
    """A TEST identity on a token: the key pair is generated on the token (its private key
    marked sensitive and not extractable, so it never leaves), the test CA certifies its public
    key, and the certificate (with the CA's, as its chain) is written beside it under the
    URI's label. Refuses a label the token already holds. Returns the URI that names it."""
    from pkcs11 import Attribute, CertificateType, KeyType, ObjectClass

    ref = parse_token_uri(uri)
    if ref.label is None:
        raise IdentityError(f"{uri}: name the new key with object=LABEL")
    module = module_path(ref, module)
    token = _find_token(ref, module)
    with _sessions_lock:  # a login of this process would refuse the one below
        held = _sessions.pop((module, token.slot.slot_id), None)
    if held is not None:
        _close(held[0])
    with _open(token, pin, ref, write=True) as session:
        if list(session.get_objects({Attribute.LABEL: ref.label})):
            raise IdentityError(f"{uri}: the token already holds an object labelled "
                                f"{ref.label!r}; nothing was written over")
        key_id = ref.key_id or secrets.token_bytes(8)
        public, _private = session.generate_keypair(
            KeyType.RSA, 2048, id=key_id, label=ref.label, store=True,
            private_template={Attribute.SENSITIVE: True, Attribute.EXTRACTABLE: False,
                              Attribute.SIGN: True},
        )
        public_key = rsa.RSAPublicNumbers(
            int.from_bytes(public[Attribute.PUBLIC_EXPONENT], "big"),
            int.from_bytes(public[Attribute.MODULUS], "big")).public_key()
        certificate, authority = issue_test_certificate(name, public_key, role=role,
                                                        authority=authority)
        for item, label, item_id in ((certificate, ref.label, key_id),
                                     (authority.certificate, "Concert Desk TEST CA", None)):
            der = item.public_bytes(serialization.Encoding.DER)
            if item_id is None and any(bytes(c[Attribute.VALUE]) == der for c in
                                       session.get_objects({Attribute.LABEL: label})):
                continue  # the CA's certificate is there from an earlier identity
            template = {Attribute.CLASS: ObjectClass.CERTIFICATE,
                        Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                        Attribute.TOKEN: True, Attribute.LABEL: label, Attribute.VALUE: der,
                        Attribute.SUBJECT: item.subject.public_bytes()}
            if item_id is not None:
                template[Attribute.ID] = item_id
            session.create_object(template)
    return token_uri(token.label, ref.label, key_id)
