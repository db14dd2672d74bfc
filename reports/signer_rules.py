"""Who may sign which field of a memo — checked before a byte is signed.

- the identity chains to a trust root of the record (pyHanko's certificate validator, offline,
  at the current time, for non-repudiation);
- its certificate grants the field's role (reports.roles);
- the minister is not the drafting official again: neither the same subject (its title aside,
  so one person's two certificates count as one) nor the same key;
- the minister is the person the decision names as its decider.

Every refusal is a `SigningRefused` with one line that says which rule and whose identity.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from pyhanko_certvalidator import CertificateValidator, ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

from playbooks.errors import UserError
from reports.console import short_fingerprint
from reports.identity import SigningIdentity
from reports.roles import field_role_problem
from reports.sigfields import FIELD_LABELS

# The command line's words; the desktop replaces them with its own (desktop/trust_words.py).
NO_ROOTS_CLI_HINT = "add the issuing CA with `trust add CA.pem` first"


class SigningRefused(UserError):
    """The memo cannot take this signature (wrong order, already signed, locked, not a memo,
    or a signer the rules above refuse)."""


@dataclass(frozen=True)
class Decider:
    """Whom the decision names: a name, and the certificate's fingerprint when one was named."""

    name: str
    fingerprint: str = ""


def chain_problem(identity: SigningIdentity, roots: Sequence[asn1_x509.Certificate]
                  ) -> str | None:
    """Why the identity does not chain to one of `roots` (None: it does)."""
    who = f"{identity.path} ({identity.name})"
    if not roots:
        return (f"{who}: the record trusts no certification authority yet, so no signer can be "
                f"checked; {NO_ROOTS_CLI_HINT}")
    context = ValidationContext(trust_roots=list(roots), allow_fetching=False,
                                revocation_mode="soft-fail")
    validator = CertificateValidator(identity.certificate, intermediate_certs=list(identity.chain),
                                     validation_context=context)
    try:
        asyncio.run(validator.async_validate_usage({"digital_signature", "non_repudiation"}))
    except PathBuildingError:
        return (f"{who}: the certificate does not chain to a trust root of this record (issued "
                f"by {identity.certificate.issuer.human_friendly}); signing is refused")
    except PathValidationError as error:  # e.g. a look-alike CA under a trusted CA's name
        return (f"{who}: the certificate does not chain to a trust root of this record "
                f"({str(error).rstrip('.')}); signing is refused")
    except Exception as error:  # the validator raises several kinds for odd certificates
        return f"{who}: the certificate cannot be checked against the trust roots: {error}"
    return None


def _subject_without_title(name: asn1_x509.Name) -> tuple:
    return tuple(sorted((k, str(v)) for k, v in name.native.items() if k != "title"))


def same_person_problem(identity: SigningIdentity, earlier: asn1_x509.Certificate,
                        earlier_field: str) -> str | None:
    """Why `identity` is the person who already signed `earlier_field` (None: someone else)."""
    label = FIELD_LABELS.get(earlier_field, earlier_field).lower()
    key = hashlib.sha256(earlier.public_key.dump()).hexdigest()
    if key == identity.key_sha256:
        return (f"{identity.path} ({identity.name}): the same key already signed as "
                f"{label}; a memo needs two different people")
    if _subject_without_title(earlier.subject) == _subject_without_title(
            identity.certificate.subject):
        return (f"{identity.path} ({identity.name}): the same person already signed as "
                f"{label}; a memo needs two different people")
    return None


def _plain_name(text: str) -> str:
    text = text.strip()
    text = text.removesuffix("(TEST)").strip()
    return " ".join(text.casefold().split())


def decider_problem(identity: SigningIdentity, decider: Decider) -> str | None:
    """Why `identity` is not the person who took the decision (None: it is)."""
    who = f"{identity.path} ({identity.name})"
    if decider.fingerprint:
        if decider.fingerprint != identity.fingerprint:
            return (f"{who}: the decision was taken by {decider.name} with certificate "
                    f"{short_fingerprint(decider.fingerprint)}, not this one "
                    f"({short_fingerprint(identity.fingerprint)}); only the decider's own "
                    "certificate can countersign its memo")
        return None
    if _plain_name(decider.name) != _plain_name(identity.name):
        return (f"{who}: the decision was taken by {decider.name}; only they can countersign "
                "its memo (the decision names no certificate, so the names must agree)")
    return None


def check_signer(identity: SigningIdentity, field_name: str, *,
                 roots: Sequence[asn1_x509.Certificate] | None = None,
                 earlier: asn1_x509.Certificate | None = None, earlier_field: str = "",
                 decider: Decider | None = None) -> None:
    """Every rule that applies; `roots`/`decider` None: that rule is not checked here (the
    record's rules are checked by reports.issue, which knows the record)."""
    problems = [chain_problem(identity, roots) if roots is not None else None,
                field_role_problem(identity.roles, field_name,
                                   f"{identity.path} ({identity.name})")]
    if earlier is not None:
        problems.append(same_person_problem(identity, earlier, earlier_field))
    if decider is not None:
        problems.append(decider_problem(identity, decider))
    for problem in problems:
        if problem:
            raise SigningRefused(problem)
