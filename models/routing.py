"""Routing of a draft: drafter → reviewer → minister (issue 18 item 4).

A draft goes its way in steps, each an audited row of `routing_step` that is never changed:
the drafter submits it for review; the reviewer passes it to the minister or returns it to the
drafter with a comment; the minister returns a passed case with a comment (or decides it, which
stays as models.decisions has it: deciding ends the routing). A case's stage is its last step
(`draft` before any). Which role may take which act at which stage is one table, ENTITLED; on
PostgreSQL the server holds the same rule (row-level security, migrations/ddl_0010), and the
login's role is checked here first only to say it in plain words.

SQLite is single-user: whoever uses it may take every act.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import sha256_hex
from models.db import Database
from models.errors import InvalidInput, NotFound, NoWriteRight, RecordFrozen
from models.routing_words import ACT_WORDS, stage_name
from models.tables import (
    ROUTING_ACTS,
    Assessment,
    AuditEntry,
    Official,
    RoutingStep,
    new_id,
    utc_now,
)

# The stage after each act; before any step a draft is at "draft".
STAGE_AFTER = {"submit": "submitted", "return": "returned", "pass": "passed"}
STAGES = ("draft", "submitted", "returned", "passed")
# (act, stage it is taken at) -> the role entitled to it.
ENTITLED = {
    ("submit", "draft"): "drafter",
    ("submit", "returned"): "drafter",
    ("pass", "submitted"): "reviewer",
    ("return", "submitted"): "reviewer",
    ("return", "passed"): "minister",
}
# The stage at which a case waits for each role ("For me").
WAITING_FOR = {"drafter": "returned", "reviewer": "submitted", "minister": "passed"}
ACTION_PREFIX = "routing."


@dataclass(frozen=True)
class StepRecord:
    id: str
    position: int
    act: str
    actor: str
    comment: str
    recorded_at: datetime

    @property
    def stage(self) -> str:
        return STAGE_AFTER[self.act]


@dataclass(frozen=True)
class QueueRow:
    assessment_id: str
    title: str
    classification: str
    stage: str
    since: datetime  # when it reached this stage
    by: str  # who moved it there
    comment: str


def acts_allowed(stage: str, role: str | None = None) -> list[str]:
    """The acts that may be taken at `stage` (by `role`; None: by anyone, as on SQLite)."""
    return [act for (act, at), entitled in ENTITLED.items()
            if at == stage and (role is None or role == entitled)]  # fmt: skip


def _last_step(session: Session, assessment_id: str) -> RoutingStep | None:
    return session.execute(
        sa.select(RoutingStep).where(col(RoutingStep.assessment_id) == assessment_id)
        .order_by(col(RoutingStep.position).desc()).limit(1)
    ).scalar_one_or_none()


def _stage(status: str, last: RoutingStep | None) -> str:
    if status != "draft":
        return status
    return "draft" if last is None else STAGE_AFTER[last.act]


def stage_of(db: Database, assessment_id: str) -> str:
    """draft, submitted, returned or passed for a draft; decided or superseded otherwise."""
    with db.session() as session:
        status = session.execute(
            sa.select(col(Assessment.status)).where(col(Assessment.id) == assessment_id)
        ).scalar_one_or_none()
        if status is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        return _stage(status, _last_step(session, assessment_id))


def steps_of(db: Database, assessment_id: str) -> list[StepRecord]:
    """The assessment's routing steps, first first."""
    with db.session() as session:
        rows = session.execute(
            sa.select(RoutingStep).where(col(RoutingStep.assessment_id) == assessment_id)
            .order_by(col(RoutingStep.position))
        ).scalars()
        return [StepRecord(r.id, r.position, r.act, r.actor, r.comment, r.recorded_at)
                for r in rows]  # fmt: skip


def login_role(db: Database) -> str | None:
    """The role of the official this program is connected as (PostgreSQL); None on SQLite or
    for a login that is not an official of the record (the owner)."""
    if db.dialect != "postgresql":
        return None
    with db.session() as session:
        login = session.execute(sa.text("SELECT session_user")).scalar_one()
        official = session.get(Official, login)
    return official.role if official is not None else None


def route(db: Database, assessment_id: str, act: str, *, actor: str, comment: str = "") -> str:
    """Take `act` (submit, return or pass) on the draft; the step's id. A return needs a
    comment. Refused in one line, with nothing written, when the case is decided, the act does
    not follow its stage, or the login's role is not the one entitled to it."""
    if act not in ROUTING_ACTS:
        raise InvalidInput(f"routing act {act!r}: one of " + ", ".join(ROUTING_ACTS))
    actor = check.name("actor", actor)
    comment = check.text("comment", comment).strip()
    if act == "return" and not comment:
        raise InvalidInput("a return needs a comment saying what the drafter should change")
    with db.write_session() as session:
        status = session.execute(
            sa.select(col(Assessment.status)).where(col(Assessment.id) == assessment_id)
        ).scalar_one_or_none()
        if status is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        last = _last_step(session, assessment_id)
        stage = _stage(status, last)
        if status != "draft":
            raise RecordFrozen(f"assessment {assessment_id} is {stage_name(stage)}: only a "
                               "draft is routed (routing ends with the decision)")  # fmt: skip
        entitled = ENTITLED.get((act, stage))
        if entitled is None:
            allowed = " or ".join(ACT_WORDS[a] for a in acts_allowed(stage))
            raise InvalidInput(f"cannot {ACT_WORDS[act]}: assessment {assessment_id} is "
                               f"{stage_name(stage)}; at this stage one may {allowed}")
        _check_role(session, act, entitled)
        position = 1 if last is None else last.position + 1
        step_id = new_id()
        session.execute(sa.insert(RoutingStep).values(
            id=step_id, assessment_id=assessment_id, position=position, act=act, actor=actor,
            comment=comment, recorded_at=utc_now(),
        ))  # fmt: skip
        append_entry(
            session,
            actor=actor,
            action=ACTION_PREFIX + act,
            entity_type="assessment",
            entity_id=assessment_id,
            payload={"assessment_id": assessment_id, "step_id": step_id, "position": position,
                     "act": act, "comment_sha256": sha256_hex(comment)},
        )
    return step_id


def _check_role(session: Session, act: str, entitled: str) -> None:
    """On PostgreSQL, an official whose role is not `entitled` is told so before the server
    refuses the row (ddl_0010's policy holds the same rule whatever the program does)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    login = session.execute(sa.text("SELECT session_user")).scalar_one()
    official = session.get(Official, login)
    if official is not None and official.role != entitled:
        raise NoWriteRight(f"login {login} is a {official.role}: only a {entitled} may "
                           f"{ACT_WORDS[act]} at this stage")  # fmt: skip


def queue(db: Database, role: str) -> list[QueueRow]:
    """The drafts waiting for `role` (drafter: returned; reviewer: submitted; minister:
    passed), longest waiting first."""
    if role not in WAITING_FOR:
        raise InvalidInput(f"role {role!r}: one of {', '.join(WAITING_FOR)} has a queue "
                           "(auditors and readers take no routing act)")  # fmt: skip
    last = (
        sa.select(col(RoutingStep.assessment_id),
                  sa.func.max(col(RoutingStep.position)).label("top"))
        .group_by(col(RoutingStep.assessment_id)).subquery()
    )  # fmt: skip
    act = next(a for a, stage in STAGE_AFTER.items() if stage == WAITING_FOR[role])
    query = (
        sa.select(col(Assessment.id), col(Assessment.title), col(Assessment.classification),
                  col(RoutingStep.recorded_at), col(RoutingStep.actor), col(RoutingStep.comment))
        .join(last, last.c.assessment_id == col(Assessment.id))
        .join(RoutingStep, sa.and_(col(RoutingStep.assessment_id) == col(Assessment.id),
                                   col(RoutingStep.position) == last.c.top))
        .where(col(Assessment.status) == "draft", col(RoutingStep.act) == act)
        .order_by(col(RoutingStep.recorded_at), col(Assessment.id))
    )  # fmt: skip
    with db.session() as session:
        rows = session.execute(query).all()
    return [QueueRow(r[0], r[1], r[2], WAITING_FOR[role], r[3], r[4], r[5]) for r in rows]


def check_steps(session: Session) -> tuple[int, list[tuple[int | None, str]]]:
    """For the audit check: each routing step is the one its entry recorded (act, position,
    actor, case, comment), and every step has its entry. (how many checked, problems)."""
    entries = session.execute(
        sa.select(col(AuditEntry.seq), col(AuditEntry.actor), col(AuditEntry.payload))
        .where(col(AuditEntry.action).in_([ACTION_PREFIX + a for a in ROUTING_ACTS]))
        .order_by(col(AuditEntry.seq))
    ).all()  # fmt: skip
    checked, problems, known = 0, [], set()
    for seq, actor, text in entries:
        payload: dict[str, Any] = json.loads(text)
        known.add(payload["step_id"])
        step = session.get(RoutingStep, payload["step_id"])
        if step is None or (step.assessment_id, step.position, step.act, step.actor,
                            sha256_hex(step.comment)) != (
                payload["assessment_id"], payload["position"], payload["act"], actor,
                payload["comment_sha256"]):  # fmt: skip
            problems.append((seq, f"routing step {payload['step_id']} recorded in entry {seq} "
                                  "was changed or deleted"))  # fmt: skip
        else:
            checked += 1
    for step_id in session.execute(sa.select(col(RoutingStep.id))).scalars():
        if step_id not in known:
            problems.append((None, f"routing step {step_id} has no audit entry: it was written "
                                   "behind the application's back"))  # fmt: skip
    return checked, problems
