"""The official using this workstation: name, role, unit and default signing identity.

Kept in the user's settings by the desktop (desktop/profile.py); what it means — the checks on
the fields and the actor it makes — lives here, below the desktop, so it holds without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import InvalidInput

# models.validation is imported by the checks only: the desktop reads the profile before its
# window shows, when the database libraries (which that module loads) are not loaded yet.
IDENTITY_MAX = 4096  # a file path or a pkcs11: URI


@dataclass(frozen=True)
class Profile:
    name: str
    role: str = ""  # e.g. "Desk officer"
    unit: str = ""  # e.g. "Crisis Unit"
    identity: str = ""  # default signing identity: a .p12 path or a pkcs11: URI ("" none)

    @property
    def actor(self) -> str:
        """Who the audit chain records, e.g. "Ana Drafter (Desk officer, Crisis Unit)".

        The name with the role and unit held at the time, not the name alone: an audit entry
        is read years later, when the profile that made it has changed or gone (it is kept in
        one workstation's settings, never in the record), and an auditor asks in which capacity
        a change was made as much as by whom — and two officials may share a name. The same
        text is the memo's "From" line."""
        capacity = ", ".join(part for part in (self.role, self.unit) if part)
        return f"{self.name} ({capacity})" if capacity else self.name


def checked_profile(person: str, role: str = "", unit: str = "", identity: str = "") -> Profile:
    """A profile from what the official typed, trimmed; InvalidInput says what is wrong (the
    name is required; each field one line without bidirectional controls; the actor they make
    together fits where actors are stored)."""
    from models.validation import NAME_MAX, name

    profile = Profile(
        name=name("name", person),
        role=_optional("role", role),
        unit=_optional("unit", unit),
        identity=_identity(identity),
    )
    if len(profile.actor) > NAME_MAX:
        raise InvalidInput(f"name, role and unit: {len(profile.actor)} characters together is "
                           f"too long (at most {NAME_MAX})")
    return profile


def _optional(field: str, value: str) -> str:
    from models.validation import NAME_MAX, one_line, text

    return one_line(field, text(field, value, limit=NAME_MAX).strip())


def _identity(value: str) -> str:
    from models.validation import text, unstorable

    value = text("default signing identity", value, limit=IDENTITY_MAX).strip()
    if "\n" in value or "\r" in value:
        raise InvalidInput("default signing identity: must be one line")
    problem = unstorable(value)
    if problem:
        raise InvalidInput(f"default signing identity: {problem}")
    return value
