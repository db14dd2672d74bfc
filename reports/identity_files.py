"""The official's own identity files, kept in the user's identity folder (owner-only): a TEST
identity made there, or a PKCS#12 file from the security office copied there after it is checked.

The desktop's Signing identities dialog (desktop/identities.py) calls these; the command line
makes TEST identities with `identity new` through the same reports.identity functions. A file
in the folder is never replaced: each new identity gets a name of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import x509 as asn1_x509

from playbooks.input_files import read_input_file
from reports.identity import (
    IDENTITY_MAX_BYTES,
    IdentityError,
    SigningIdentity,
    TestAuthority,
    create_test_identity,
    unlock_identity,
)

FOLDER_NAME = "identities"


def identity_folder() -> Path:
    """Where the official's identity files live: beside the record's default folder, 0700."""
    from models.location import private_folder, user_data_dir

    return private_folder(user_data_dir() / FOLDER_NAME)


def free_name(folder: Path, stem: str) -> Path:
    """`folder/stem.p12`, or `stem-2.p12`… when taken: nothing is ever written over."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "identity"
    candidate, number = folder / f"{stem}.p12", 1
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = folder / f"{stem}-{number}.p12"
    return candidate


def _write_new(path: Path, data: bytes) -> Path:
    from models.files import write_atomically

    write_atomically(path, data, overwrite=False)  # 0600; refuses an existing file
    return path


def new_test_identity(name: str, role: str, passphrase: bytes, authority: TestAuthority,
                      folder: Path | None = None) -> Path:
    """A TEST identity of `name` in `role` (reports.roles), issued by the local test CA as
    `identity new` makes it, written to a new file in the identity folder."""
    data = create_test_identity(name, passphrase, role=role, authority=authority)
    folder = folder or identity_folder()
    return _write_new(free_name(folder, f"{name}-{role}-TEST"), data)


def checked_import(source: Path, passphrase: bytes,
                   roots: Sequence[asn1_x509.Certificate]) -> SigningIdentity:
    """The identity in `source` if the record can accept its signatures: it opens with
    `passphrase`, its certificate is valid for signing, it chains to one of the record's trust
    roots and it carries a signing role. IdentityError says what is wrong."""
    from reports.signer_rules import chain_problem

    identity = unlock_identity(source, passphrase)
    problem = chain_problem(identity, roots)
    if problem:
        raise IdentityError(problem)
    if not identity.roles:
        raise IdentityError(f"{source} ({identity.name}): the certificate carries no signing "
                            "role (drafting official or minister); ask the security office "
                            "for an identity issued for your role")
    return identity


def import_identity(source: Path, passphrase: bytes, roots: Sequence[asn1_x509.Certificate],
                    folder: Path | None = None) -> tuple[Path, SigningIdentity]:
    """Check `source` (checked_import) and copy it, byte for byte, to a new file in the
    identity folder (0600). The original is left where it is."""
    identity = checked_import(source, passphrase, roots)
    data = read_input_file(source, IDENTITY_MAX_BYTES, what="identity file")
    folder = folder or identity_folder()
    return _write_new(free_name(folder, source.stem), data), identity
