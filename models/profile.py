"""The official using this workstation: name, role, unit and default signing identity.

Kept in the user's settings by the desktop (desktop/profile.py); what it means — the checks on
the fields and the actor it makes — lives here, below the desktop, so it holds without Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from models.errors import InvalidInput

# models.validation is imported by the checks only: the desktop reads the profile before its
# window shows, when the database libraries (which that module loads) are not loaded yet.
IDENTITY_MAX = 4096  # a file path or a pkcs11: URI
PROFILE_FILE = "profile.json"  # in the user's data folder (models.location.user_data_dir)
_PROFILE_READ_LIMIT = 64 * 1024  # a profile is four short lines; more is not ours
_FIELDS = ("name", "role", "unit", "identity", "language")
LANGUAGE_MAX = 8  # a language code: "fr", "he", "fil"


@dataclass(frozen=True)
class Profile:
    name: str
    role: str = ""  # e.g. "Desk officer"
    unit: str = ""  # e.g. "Crisis Unit"
    identity: str = ""  # default signing identity: a .p12 path or a pkcs11: URI ("" none)
    # The window's language, a code such as "fr"; "" follows the system's (desktop.i18n).
    # Read at start-up: a change applies when the app next starts.
    language: str = ""

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


def checked_profile(person: str, role: str = "", unit: str = "", identity: str = "",
                    language: str = "") -> Profile:
    """A profile from what the official typed, trimmed; InvalidInput says what is wrong (the
    name is required; each field one line without bidirectional controls; the actor they make
    together fits where actors are stored; the language a code of lower-case letters)."""
    from models.validation import NAME_MAX, name

    profile = Profile(
        name=name("name", person),
        role=_optional("role", role),
        unit=_optional("unit", unit),
        identity=_identity(identity),
        language=_language(language),
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


def _language(value: str) -> str:
    value = value.strip()
    if value and not (len(value) <= LANGUAGE_MAX and value.isascii() and value.isalpha()
                      and value.islower()):
        raise InvalidInput(f"language: {value!r} is not a language code such as \"fr\"")
    return value


def read_profile(folder: Path) -> Profile | None:
    """The profile kept in the user's data folder `folder`, as stored; None when there is none
    (the first run) or the file is not a profile. Kept there, not in the desktop's settings,
    so that the command line records the same official the window does ("created by", the
    audit entries, a memo's From line), without Qt. Not checked here: the desktop reads it
    before its window shows, when the checks' modules (and the database libraries they load)
    are not loaded yet; whoever records with it checks it (`checked_profile`)."""
    try:
        with open(folder / PROFILE_FILE, "rb") as stream:
            data = json.loads(stream.read(_PROFILE_READ_LIMIT + 1)[:_PROFILE_READ_LIMIT])
    except (OSError, ValueError):  # none yet, unreadable, or not JSON: as if never set
        return None
    if not isinstance(data, dict):
        return None
    values = [data.get(field, "") for field in _FIELDS]
    if not all(isinstance(value, str) for value in values) or not values[0].strip():
        return None
    return Profile(*(value.strip() for value in values))


def write_profile(folder: Path, profile: Profile) -> None:
    """Keep `profile` in `folder`, whole or not at all, readable by its owner only."""
    from models.files import write_atomically

    data = {field: getattr(profile, field) for field in _FIELDS}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_atomically(folder / PROFILE_FILE, text.encode("utf-8"), overwrite=True)
