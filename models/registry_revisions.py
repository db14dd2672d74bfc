"""The member registry's revisions: every change to the registry is one numbered, append-only
revision with its audit entry, the entries it changed (before and after) and the SHA-256 of the
whole registry after it.

What changes the registry: an import (models.registry_import.import_registry), the baseline of a
database upgraded from before revisions (`ensure_baseline`, once) and an applied membership
review (models.membership_reviews). Decisions record the revision they were judged against,
memos print it, and `audit verify` checks that the registry in the database is still the one
its latest revision describes (a member row edited behind the application's back is found).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.audit import append_entry
from models.db import Database
from models.members import RegistryEntry, content_digest, entry_of
from models.tables import (
    AuditEntry,
    MemberState,
    RegistryChange,
    RegistryRevision,
    new_id,
    utc_now,
)
from playbooks.model import MemberInfo

BASELINE_ACTOR = "concert-desk (member registry baseline)"
# Audit actions that create a registry revision (each payload names its revision and hash).
REVISION_ACTIONS = ("members.import", "members.baseline", "members.review")


@dataclass(frozen=True)
class RevisionInfo:
    """One registry revision as shown on memos, in `members list` and in the history."""

    revision: int
    created_at: datetime
    actor: str
    action: str
    registry_version: str
    content_hash: str
    assessment_id: str | None
    summary: str

    @property
    def label(self) -> str:
        """e.g. `fiw2024-1 r3`: the list it derives from and the revision number."""
        return f"{self.registry_version} r{self.revision}"

    def one_line(self) -> str:
        return f"member registry {self.label} (SHA-256 {self.content_hash[:16]}…)"


@dataclass(frozen=True)
class MemberChange:
    """One member's entry before (None: added) and after one revision."""

    revision: RevisionInfo
    before: RegistryEntry | None
    after: RegistryEntry


def _info(row: RegistryRevision) -> RevisionInfo:
    return RevisionInfo(
        revision=row.revision,
        created_at=row.created_at,
        actor=row.actor,
        action=row.action,
        registry_version=row.registry_version,
        content_hash=row.content_hash,
        assessment_id=row.assessment_id,
        summary=row.summary,
    )


def _entry_json(entry: RegistryEntry) -> str:
    return json.dumps(asdict(entry), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _entry_from_json(text: str) -> RegistryEntry:
    return RegistryEntry(**json.loads(text))


def entries_in_session(session: Session) -> list[RegistryEntry]:
    rows = session.execute(sa.select(MemberState).order_by(MemberState.iso)).scalars()
    return [entry_of(row) for row in rows]


def latest_in_session(session: Session) -> RevisionInfo | None:
    row = session.execute(
        sa.select(RegistryRevision).order_by(col(RegistryRevision.revision).desc()).limit(1)
    ).scalar_one_or_none()
    return None if row is None else _info(row)


def current_revision(db: Database) -> RevisionInfo | None:
    """The registry's latest revision (None: a database whose registry was never recorded)."""
    with db.session() as session:
        return latest_in_session(session)


def get_revision(db: Database, revision: int) -> RevisionInfo | None:
    with db.session() as session:
        row = session.get(RegistryRevision, revision)
        return None if row is None else _info(row)


def record_revision(
    session: Session,
    *,
    actor: str,
    action: str,
    registry_version: str | None,
    changes: Sequence[tuple[RegistryEntry | None, RegistryEntry]],
    assessment_id: str | None = None,
    summary: str = "",
) -> RevisionInfo:
    """Record the revision made by `changes` (already written to member_state, inside the
    caller's write transaction). The caller appends the audit entry, with `revision_payload`.

    `registry_version` None keeps the label of the previous revision (a review changes one
    entry of the same list)."""
    session.flush()
    previous = latest_in_session(session)
    label = registry_version or (previous.registry_version if previous else "unlabelled")
    row = RegistryRevision(
        revision=(previous.revision if previous else 0) + 1,
        created_at=utc_now(),
        actor=actor,
        action=action,
        registry_version=label,
        content_hash=content_digest(entries_in_session(session)),
        assessment_id=assessment_id,
        summary=summary,
    )
    session.execute(sa.insert(RegistryRevision).values(**row.model_dump()))
    if changes:
        session.execute(
            sa.insert(RegistryChange),
            [
                {
                    "id": new_id(),
                    "revision": row.revision,
                    "iso": after.iso,
                    "before": None if before is None else _entry_json(before),
                    "after": _entry_json(after),
                }
                for before, after in changes
            ],
        )
    return _info(row)


def revision_payload(info: RevisionInfo) -> dict[str, Any]:
    """What an audit entry that made a revision records about it (checked by audit verify)."""
    return {
        "registry_revision": info.revision,
        "registry_version": info.registry_version,
        "content_hash": info.content_hash,
    }


def ensure_baseline(db: Database) -> RevisionInfo | None:
    """Record the registry as it stands as revision 1 if it has members but no revision yet (a
    database upgraded from before revisions): one audit entry, once, whoever opens it first."""
    with db.session() as session:
        if latest_in_session(session) is not None:
            return None
        if session.execute(sa.select(col(MemberState.iso)).limit(1)).first() is None:
            return None
    with db.write_session() as session:
        if latest_in_session(session) is not None:  # another process was first
            return None
        entries = entries_in_session(session)
        if not entries:
            return None
        info = record_revision(
            session,
            actor=BASELINE_ACTOR,
            action="members.baseline",
            registry_version=_last_imported_label(session) or "baseline",
            changes=[(None, entry) for entry in entries],
            summary=f"the registry as it stood before revisions were kept ({len(entries)} "
            "members)",
        )
        append_entry(
            session,
            actor=BASELINE_ACTOR,
            action="members.baseline",
            entity_type="member_registry",
            entity_id=info.registry_version,
            payload={**revision_payload(info), "members": len(entries)},
        )
    return info


def _last_imported_label(session: Session) -> str | None:
    payload = session.execute(
        sa.select(col(AuditEntry.payload))
        .where(col(AuditEntry.action) == "members.import")
        .order_by(col(AuditEntry.seq).desc())
        .limit(1)
    ).scalar_one_or_none()
    return None if payload is None else json.loads(payload).get("registry_version")


def registry_history(db: Database) -> list[tuple[RevisionInfo, int]]:
    """Every revision, oldest first, with the number of entries it changed."""
    with db.session() as session:
        counts = dict(
            session.execute(
                sa.select(col(RegistryChange.revision), sa.func.count()).group_by(
                    col(RegistryChange.revision)
                )
            ).all()
        )
        rows = session.execute(
            sa.select(RegistryRevision).order_by(col(RegistryRevision.revision))
        ).scalars()
        return [(_info(row), counts.get(row.revision, 0)) for row in rows]


def member_history(db: Database, iso: str) -> list[MemberChange]:
    """Every revision that changed member `iso`, oldest first."""
    with db.session() as session:
        rows = session.execute(
            sa.select(RegistryChange, RegistryRevision)
            .join(RegistryRevision, col(RegistryRevision.revision) == col(RegistryChange.revision))
            .where(col(RegistryChange.iso) == iso)
            .order_by(col(RegistryChange.revision))
        ).all()
        return [
            MemberChange(
                _info(revision),
                None if change.before is None else _entry_from_json(change.before),
                _entry_from_json(change.after),
            )
            for change, revision in rows
        ]


def registry_at(db: Database, revision: int) -> list[RegistryEntry]:
    """The registry as it stood after `revision` (the changes replayed), by ISO code."""
    with db.session() as session:
        rows = session.execute(
            sa.select(col(RegistryChange.iso), col(RegistryChange.after))
            .where(col(RegistryChange.revision) <= revision)
            .order_by(col(RegistryChange.revision))
        ).all()
    entries: dict[str, RegistryEntry] = {}
    for iso, after in rows:
        entries[iso] = _entry_from_json(after)
    return [entries[iso] for iso in sorted(entries)]


def members_as_decided(db: Database, revision: int | None,
                       registry_hash: str | None) -> list[MemberInfo] | None:
    """The members as they stood when a decision was judged (its registry revision replayed),
    so that a memo issued or re-issued later names and weighs them as the decision did; None
    when the record cannot show it (a decision taken before revisions were kept, or a replay
    that does not give the hash the decision recorded — then the caller says so or uses the
    registry as it stands)."""
    if revision is None or registry_hash is None:
        return None
    entries = registry_at(db, revision)
    if not entries or content_digest(entries) != registry_hash:
        return None
    return [MemberInfo(e.iso, e.name, e.population, e.standing) for e in entries]


def check_registry(session: Session) -> list[str]:
    """Problems for `audit verify`: each revision must be the one its audit entry recorded, and
    the members in the database must be the registry the latest revision describes."""
    problems: list[str] = []
    recorded: dict[int, tuple[int, str]] = {}
    rows = session.execute(
        sa.select(col(AuditEntry.seq), col(AuditEntry.payload)).where(
            col(AuditEntry.action).in_(REVISION_ACTIONS)
        )
    ).all()
    for seq, payload in rows:
        data = json.loads(payload)
        if "registry_revision" in data:  # imports from before revisions name none
            recorded[data["registry_revision"]] = (seq, data["content_hash"])
    revisions = session.execute(
        sa.select(col(RegistryRevision.revision), col(RegistryRevision.content_hash)).order_by(
            col(RegistryRevision.revision)
        )
    ).all()
    for number, content_hash in revisions:
        seq_hash = recorded.pop(number, None)
        if seq_hash is None:
            problems.append(
                f"member registry revision {number} has no audit entry: it was written behind "
                "the application's back"
            )
        elif seq_hash[1] != content_hash:
            problems.append(
                f"member registry revision {number} recorded in entry {seq_hash[0]} was changed"
            )
    for number, (seq, _hash) in sorted(recorded.items()):
        problems.append(f"member registry revision {number} recorded in entry {seq} is missing")
    if revisions:
        latest_hash = revisions[-1][1]
        if content_digest(entries_in_session(session)) != latest_hash:
            problems.append(
                f"the member registry differs from its latest revision {revisions[-1][0]}: a "
                "member was changed behind the application's back"
            )
    return problems
