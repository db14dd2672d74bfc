"""Notes on a case: text kept beside an assessment (a what-if scenario's summary, issue 15
item 3) that is never an answer. Adding one is an audited append like a dissent: it changes no
answer, verdict or decision, so it may be added to a decided assessment too, and a note is
never changed or removed afterwards (a later note says what changed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import col

from models import validation as check
from models.audit import append_entry
from models.canonical import sha256_hex
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.tables import Assessment, CaseNote, new_id, utc_now

NOTE_KINDS = ("scenario",)


@dataclass(frozen=True)
class NoteRecord:
    id: str
    kind: str
    author: str
    text: str
    recorded_at: datetime


def add_note(db: Database, assessment_id: str, text: str, *, kind: str, actor: str) -> str:
    """Keep `text` as a note of `kind` on the assessment; its id."""
    if kind not in NOTE_KINDS:
        raise InvalidInput(f"note kind {kind!r}: expected one of " + ", ".join(NOTE_KINDS))
    actor = check.name("author", actor)
    text = check.text("note", text, required=True).strip()
    with db.write_session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        note_id = new_id()
        session.execute(
            sa.insert(CaseNote).values(
                id=note_id, assessment_id=assessment_id, kind=kind, author=actor, text=text,
                recorded_at=utc_now(),
            )
        )
        append_entry(
            session,
            actor=actor,
            action="note.add",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "assessment_id": assessment_id,
                "note_id": note_id,
                "kind": kind,
                "text_sha256": sha256_hex(text),
            },
        )
    return note_id


def notes_of(db: Database, assessment_id: str) -> list[NoteRecord]:
    """The assessment's notes, oldest first."""
    with db.session() as session:
        rows = session.execute(
            sa.select(CaseNote)
            .where(col(CaseNote.assessment_id) == assessment_id)
            .order_by(col(CaseNote.recorded_at), col(CaseNote.id))
        ).scalars()
        return [NoteRecord(r.id, r.kind, r.author, r.text, r.recorded_at) for r in rows]
