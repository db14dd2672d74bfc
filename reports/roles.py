"""Signing roles, carried in the signer's certificate as a certificate policy.

Why a policy OID and not the X.520 `title` attribute: a title is free text in any language
("Minister", "Ministre", "Minister of State"), which nothing can compare safely, and any CA puts
whatever title it is asked for into a name. A certificate policy (RFC 5280, 4.2.1.4) is the
standard place where a CA asserts under which terms it issued a certificate; an OID compares
exactly, and a CA that never issues our OIDs cannot make anyone a minister by accident. The
title stays in the name for people to read; only the policy decides.

The OIDs live under a UUID arc (ITU-T X.667, `2.25.<uuid as an integer>`), which needs no
registration and cannot collide with anyone else's. A ministry adds a role by giving it the next
number under the arc in `ROLES` and, when it may sign a memo field, naming it in
`FIELD_ROLES`; its CA then issues certificates with that policy.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509

from reports.sigfields import DRAFTING_FIELD, FIELD_LABELS, MINISTER_FIELD

ROLE_ARC = "2.25.274422637313877161523578680454018644497"  # Concert Desk signing roles


@dataclass(frozen=True)
class Role:
    key: str  # as typed on the command line: drafting-official, minister
    name: str  # as shown: Drafting official, Minister
    oid: str


DRAFTING_OFFICIAL = Role("drafting-official", "Drafting official", f"{ROLE_ARC}.1")
MINISTER = Role("minister", "Minister", f"{ROLE_ARC}.2")
ROLES: tuple[Role, ...] = (DRAFTING_OFFICIAL, MINISTER)

# Which role may sign which memo field.
FIELD_ROLES: dict[str, Role] = {DRAFTING_FIELD: DRAFTING_OFFICIAL, MINISTER_FIELD: MINISTER}


def role_named(text: str) -> Role | None:
    """The role a user typed, by key or name, ignoring case and spaces/hyphens."""
    wanted = "".join(c for c in text.casefold() if c.isalnum())
    for role in ROLES:
        if wanted in ("".join(c for c in role.key if c.isalnum()),
                      "".join(c for c in role.name.casefold() if c.isalnum())):
            return role
    return None


def known_roles() -> str:
    return ", ".join(role.key for role in ROLES)


def policy_extension(role: Role) -> x509.CertificatePolicies:
    return x509.CertificatePolicies([x509.PolicyInformation(x509.ObjectIdentifier(role.oid),
                                                            None)])


def certificate_roles(certificate: x509.Certificate) -> tuple[Role, ...]:
    """The known roles a certificate's policies grant (empty: none of ours)."""
    try:
        policies = certificate.extensions.get_extension_for_class(x509.CertificatePolicies).value
    except x509.ExtensionNotFound:
        return ()
    oids = {p.policy_identifier.dotted_string for p in policies}
    return tuple(role for role in ROLES if role.oid in oids)


def roles_from_asn1(certificate: object) -> tuple[Role, ...]:
    """The same for an asn1crypto certificate (what pyHanko hands out when verifying)."""
    try:
        policies = certificate.certificate_policies_value  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return ()
    if policies is None:
        return ()
    oids = {p["policy_identifier"].dotted for p in policies}
    return tuple(role for role in ROLES if role.oid in oids)


def field_role_problem(roles: tuple[Role, ...], field_name: str, who: str) -> str | None:
    """Why `who` may not sign `field_name` (None: the role fits)."""
    wanted = FIELD_ROLES[field_name]
    if wanted in roles:
        return None
    label = FIELD_LABELS[field_name]
    if not roles:
        return (f"{who}: the certificate carries no signing role (certificate policy "
                f"{wanted.oid} for {wanted.name}); the {label.lower()} field needs the "
                f"{wanted.name.lower()} role")
    held = ", ".join(role.name.lower() for role in roles)
    return (f"{who}: the certificate's role is {held}; the {label.lower()} field needs the "
            f"{wanted.name.lower()} role")
