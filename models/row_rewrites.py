"""The few writes of the workflow that rewrite or remove rows of audited tables: a draft's
version bump and details, an answer or option answer replaced, an option dropped or moved, a
decided assessment superseded by its new revision.

On PostgreSQL officials hold no UPDATE or DELETE on audited tables (models.roles): these go
through functions the owner defined in migration 0008 (models.migrations.ddl_0008), which run as
the owner after checking that the login may write such rows; the frozen-record triggers still
apply inside them. SQLite is single-user and runs the same changes directly, as before.
Every function here runs inside the caller's `db.write_session()`.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models.tables import (
    Answer,
    Assessment,
    CaseOption,
    EvidenceItem,
    MemberPosition,
    OptionAnswer,
    UTCDateTime,
)


def _on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _call(session: Session, function: str, **params: Any) -> Any:
    names = ", ".join(f":{name}" for name in params)
    statement = sa.text(f"SELECT {function}({names})")
    if "now" in params:
        statement = statement.bindparams(sa.bindparam("now", type_=UTCDateTime()))
    return session.execute(statement, params).scalar()


def bump_assessment(
    session: Session, assessment_id: str, read_version: int, now: datetime, changes: dict[str, Any]
) -> bool:
    """row_version + 1 and updated_at = now, with `changes` (details, or status 'decided'),
    if the draft is still at `read_version`; False when it is not."""
    if _on_postgresql(session):
        session.flush()
        done = _call(session, "concert_touch_draft", id=assessment_id, read=read_version, now=now,
                     changes=json.dumps(changes))  # fmt: skip
        return bool(done == 1)
    result = session.execute(
        sa.update(Assessment)
        .where(col(Assessment.id) == assessment_id, col(Assessment.row_version) == read_version)
        .values(row_version=read_version + 1, updated_at=now, **changes)
    )
    return bool(result.rowcount == 1)  # type: ignore[attr-defined]


def drop_answer(session: Session, assessment_id: str, question_id: str) -> None:
    """Remove a draft's answer to `question_id`, its evidence and its member positions."""
    if _on_postgresql(session):
        _call(session, "concert_drop_answer", a=assessment_id, q=question_id)
        return
    old_id = session.execute(
        sa.select(col(Answer.id)).where(
            col(Answer.assessment_id) == assessment_id, col(Answer.question_id) == question_id
        )
    ).scalar_one_or_none()
    if old_id is not None:
        session.execute(sa.delete(EvidenceItem).where(col(EvidenceItem.answer_id) == old_id))
        session.execute(sa.delete(Answer).where(col(Answer.id) == old_id))
    session.execute(
        sa.delete(MemberPosition).where(
            col(MemberPosition.assessment_id) == assessment_id,
            col(MemberPosition.question_id) == question_id,
        )
    )


def drop_option_answers(session: Session, option_id: str, question_id: str | None) -> None:
    """Remove an option's answer to `question_id` (None: all its answers)."""
    if _on_postgresql(session):
        _call(session, "concert_drop_option_answers", o=option_id, q=question_id)
        return
    where = [col(OptionAnswer.option_id) == option_id]
    if question_id is not None:
        where.append(col(OptionAnswer.question_id) == question_id)
    session.execute(sa.delete(OptionAnswer).where(*where))


def drop_option(session: Session, option_id: str) -> None:
    """Remove an option of a draft and its answers."""
    if _on_postgresql(session):
        _call(session, "concert_drop_option", o=option_id)
        return
    session.execute(sa.delete(OptionAnswer).where(col(OptionAnswer.option_id) == option_id))
    session.execute(sa.delete(CaseOption).where(col(CaseOption.id) == option_id))


def place_option(
    session: Session,
    option_id: str,
    position: int,
    title: str | None = None,
    description: str | None = None,
) -> None:
    """Move an option of a draft to `position`, and set its title and description if given."""
    if _on_postgresql(session):
        _call(session, "concert_place_option", o=option_id, p=position, t=title, d=description)
        return
    values: dict[str, Any] = {"position": position}
    if title is not None:
        values["title"] = title
    if description is not None:
        values["description"] = description
    session.execute(sa.update(CaseOption).where(col(CaseOption.id) == option_id).values(**values))


def mark_superseded(session: Session, old_id: str, new_id: str) -> None:
    """The decided assessment `old_id` is superseded by its new revision `new_id`."""
    if _on_postgresql(session):
        _call(session, "concert_supersede", old=old_id, new=new_id)
        return
    session.execute(
        sa.update(Assessment)
        .where(col(Assessment.id) == old_id)
        .values(status="superseded", superseded_by_id=new_id)
    )
