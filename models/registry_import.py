"""Importing a member registry file, and seeding a new record with the default registry.

An import is all-or-nothing in one transaction with its registry revision
(models.registry_revisions) and its audit entry. Import adds and updates the members listed; a
member missing from the file stays as it is (see models.members for why nothing is deleted).

`seed_member_registry` is a start-up step (models.opening): a record without a registry gets
the default one, a record upgraded from before revisions gets its baseline revision.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import sqlalchemy as sa
from sqlmodel import col

from models.audit import append_entry
from models.db import Database
from models.members import ImportSummary, default_registry_path, entry_of, load_registry_file
from models.registry_revisions import ensure_baseline, record_revision, revision_payload
from models.tables import MemberState, RegistryRevision
from models.validation import file_label

DEFAULT_REGISTRY_ACTOR = "concert-desk (default registry)"


def import_registry(db: Database, path: str | Path, actor: str) -> ImportSummary:
    """Add and update the members a registry file lists, all or nothing, with one audit entry.

    The file is read and checked completely before the transaction starts, so a bad file
    changes nothing. An import that changes nothing writes no audit entry (two processes
    seeding an empty database at once leave one entry, not two).
    """
    registry = load_registry_file(path)
    with db.write_session() as session:
        existing = {
            row.iso: entry_of(row) for row in session.execute(sa.select(MemberState)).scalars()
        }
        listed = {entry.iso for entry in registry}
        added = [entry for entry in registry if entry.iso not in existing]
        changed = [
            entry for entry in registry if entry.iso in existing and existing[entry.iso] != entry
        ]
        for entry in added:
            session.add(MemberState(**asdict(entry)))
        for entry in changed:
            values = asdict(entry)
            del values["iso"]
            session.execute(
                sa.update(MemberState).where(col(MemberState.iso) == entry.iso).values(**values)
            )
        summary = ImportSummary(
            added=tuple(entry.iso for entry in added),
            changed=tuple(entry.iso for entry in changed),
            unchanged=tuple(
                entry.iso for entry in registry if entry.iso in existing and entry not in changed
            ),
            not_in_file=tuple(sorted(set(existing) - listed)),
        )
        if added or changed:
            revision = record_revision(
                session,
                actor=actor,
                action="members.import",
                registry_version=registry.registry_version,
                changes=[(None, entry) for entry in added]
                + [(existing[entry.iso], entry) for entry in changed],
                summary=f"{file_label(path)}: {summary.one_line()}",
            )
            append_entry(
                session,
                actor=actor,
                action="members.import",
                entity_type="member_registry",
                entity_id=registry.registry_version,
                payload={
                    **revision_payload(revision),
                    "file": file_label(path),
                    "registry_version": registry.registry_version,
                    "starting_point": registry.starting_point,
                    "added": [asdict(entry) for entry in added],
                    "changed": [
                        {"before": asdict(existing[entry.iso]), "after": asdict(entry)}
                        for entry in changed
                    ],
                },
            )
    return summary


def seed_member_registry(db: Database) -> None:
    """Give a record its member registry if it has none: the default registry (one import,
    one audit entry) for a new record; for one upgraded from before revisions, the registry it
    holds as revision 1. Does nothing once the record has a revision, so running it on every
    start costs one query."""
    with db.session() as session:
        has_members = session.execute(sa.select(col(MemberState.iso)).limit(1)).first() is not None
        has_revision = (
            session.execute(sa.select(col(RegistryRevision.revision)).limit(1)).first() is not None
        )
    if has_revision:
        return
    if has_members:  # upgraded from before revisions: its registry becomes revision 1
        ensure_baseline(db)
        return
    import_registry(db, default_registry_path(), actor=DEFAULT_REGISTRY_ACTOR)
