"""Moving an assessment to another version of its playbook (`assess migrate ID --version V`, the
desktop's "Move to playbook version…").

The move makes a new draft revision under the other version and supersedes the one moved, which
stays readable as it was, so nothing is lost and the revision chain goes on:
- an answer to a question the new version still asks, with a value it still accepts, is carried
  over with its rationale, confidence and evidence (and who answered it, when);
- an answer whose value the new version no longer accepts (a grade or option that is gone, a
  kind that changed) keeps its rationale, confidence and evidence, and waits to be answered
  again;
- an answer to a question the new version no longer asks stays behind in the old revision;
- the questions only the new version asks are listed, to be answered;
- a case's options move with it, each with its answers by the same rules (a version that asks
  no question per option is refused: its options would all be judged alike).

Only drafts move: a decided assessment is revised first (`revise=True` does both at once, as one
new revision).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.db import Database
from models.decisions import revisable, supersede
from models.drafts import draft_for_change, insert_answer, insert_member_positions
from models.errors import InvalidInput, NotFound
from models.options import carry_options
from models.playbook_store import keep_playbook
from models.records import AnswerRecord, AssessmentRecord, EvidenceInput, load_in_session
from models.tables import Assessment, new_id, utc_now
from playbooks.diff import question_changes
from playbooks.errors import UserError
from playbooks.model import Playbook, QuestionKind


@dataclass(frozen=True)
class MovePlan:
    """What moving one assessment's answers to another playbook version does to them."""

    from_version: str
    to_version: str
    carried: tuple[str, ...]  # question ids whose answers move as they are
    reworded: tuple[tuple[str, str], ...]  # carried, but the question changed: (id, how)
    cleared: tuple[tuple[str, str], ...]  # value not accepted any more: (id, why)
    dropped: tuple[tuple[str, str], ...]  # question no longer asked: (id, why)
    new_questions: tuple[str, ...]  # asked only by the new version
    options: tuple[str, ...] = ()  # a case's options, carried with their answers (by name)

    def lines(self) -> list[str]:
        """The plan in words, one line per answer that does not simply move."""
        lines = [
            f"{len(self.carried)} answer(s) carried over from version {self.from_version} "
            f"to {self.to_version}"
        ]
        lines += [f"  carried, the question changed: {qid}: {how}" for qid, how in self.reworded]
        lines += [f"  answer to answer again: {qid}: {why}" for qid, why in self.cleared]
        lines += [f"  dropped: {qid}: {why}" for qid, why in self.dropped]
        lines += [f"  new question: {qid}" for qid in self.new_questions]
        if self.options:
            lines.append(f"  options carried: {', '.join(self.options)} (their answers to the "
                         f"questions version {self.to_version} still asks per option)")
        return lines


def plan_move(record: AssessmentRecord, old: Playbook | None, new: Playbook) -> MovePlan:
    """What `move_to_version` would do (pure: nothing is written). `old`, the playbook the
    assessment was made with, tells which questions are new and which were reworded; without
    it, every question of `new` that has no answer counts as new."""
    carried: list[str] = []
    reworded: list[tuple[str, str]] = []
    cleared: list[tuple[str, str]] = []
    dropped: list[tuple[str, str]] = []
    new_ids = {q.id for q in new.questions()}
    for question_id, answer in sorted(record.answers.items()):
        if question_id not in new_ids:
            dropped.append((question_id, f"version {new.version} no longer asks it"))
            continue
        problem = _value_problem(new, question_id, answer)
        if problem:
            cleared.append((question_id, problem))
            continue
        carried.append(question_id)
        if old is not None and question_id in {q.id for q in old.questions()}:
            changes = question_changes(old.question(question_id), new.question(question_id))
            if changes:
                reworded.append((question_id, "; ".join(changes)))
    asked_before = {q.id for q in old.questions()} if old is not None else set(record.answers)
    return MovePlan(
        from_version=record.playbook_version,
        to_version=new.version,
        carried=tuple(carried),
        reworded=tuple(reworded),
        cleared=tuple(cleared),
        dropped=tuple(dropped),
        new_questions=tuple(q.id for q in new.questions() if q.id not in asked_before),
        options=tuple(option.name for option in record.options),
    )


def _value_problem(playbook: Playbook, question_id: str, answer: AnswerRecord) -> str:
    if answer.value is None:
        return ""
    try:
        check.answer_value(playbook.question(question_id), answer.value)
    except UserError as error:
        return f"its answer ({_short(answer.value)}) is {str(error).split(': ', 1)[-1]}"
    return ""


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass(frozen=True)
class MoveResult:
    assessment_id: str  # the new draft revision
    plan: MovePlan


def move_to_version(
    db: Database,
    assessment_id: str,
    playbook: Playbook,
    *,
    actor: str,
    old_playbook: Playbook | None = None,
    revise: bool = False,
    expected_row_version: int | None = None,
) -> MoveResult:
    """Make a new draft revision of `assessment_id` under `playbook` (another version of the
    same playbook) and supersede it; one transaction with its audit entry. A decided
    assessment moves only with `revise`."""
    actor = check.name("actor", actor)
    with db.write_session() as session:
        row = session.get(Assessment, assessment_id)
        if row is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        if row.status == "draft":
            old = draft_for_change(session, assessment_id, expected_row_version)
        elif revise:
            old = revisable(session, assessment_id)
        else:
            raise InvalidInput(
                f"assessment {assessment_id} is {row.status}: only a draft moves to another "
                "playbook version; revise it first (or move it with --revise, which does both)"
            )
        _check_target(old, playbook)
        record = load_in_session(session, assessment_id)
        plan = plan_move(record, old_playbook, playbook)
        keep_playbook(session, playbook, actor)
        now = utc_now()
        new = Assessment(
            **old.model_dump(
                include={"root_id", "title", "proposed_action", "crisis", "classification"}
            ),
            id=new_id(),
            revision=_next_revision(session, old.root_id),
            supersedes_id=old.id,
            playbook_id=playbook.id,
            playbook_version=playbook.version,
            playbook_hash=playbook.content_hash,
            status="draft",
            created_at=now,
            updated_at=now,
            created_by=actor,
        )
        session.execute(sa.insert(Assessment).values(**new.model_dump()))
        carried = _write_answers(session, new.id, record, playbook, plan)
        option_answers = carry_options(session, record.options, new.id, playbook)
        supersede(session, old.id, new.id)
        append_entry(
            session,
            actor=actor,
            action="assessment.migrate",
            entity_type="assessment",
            entity_id=new.id,
            payload={
                "assessment_id": new.id,
                "supersedes_id": old.id,
                "revision": new.revision,
                "from_version": old.playbook_version,
                "from_hash": old.playbook_hash,
                "to_version": playbook.version,
                "to_hash": playbook.content_hash,
                "answers": carried,
                "cleared": [qid for qid, _ in plan.cleared],
                "dropped": [qid for qid, _ in plan.dropped],
                **({"options": list(plan.options), "option_answers": option_answers}
                   if plan.options else {}),
            },
        )
    return MoveResult(new.id, plan)


def _check_target(old: Assessment, playbook: Playbook) -> None:
    if playbook.id != old.playbook_id:
        raise InvalidInput(
            f"assessment {old.id} follows playbook {old.playbook_id}; {playbook.id} is another "
            "playbook (an assessment moves only between versions of its own playbook)"
        )
    if playbook.content_hash == old.playbook_hash:
        raise InvalidInput(
            f"assessment {old.id} already follows {playbook.id} {playbook.version} "
            f"(hash {playbook.content_hash[:12]}…)"
        )


def _next_revision(session: Session, root_id: str) -> int:
    latest = session.execute(
        sa.select(sa.func.max(Assessment.revision)).where(col(Assessment.root_id) == root_id)
    ).scalar_one()
    return int(latest) + 1


def _write_answers(
    session: Session,
    assessment_id: str,
    record: AssessmentRecord,
    playbook: Playbook,
    plan: MovePlan,
) -> dict[str, str]:
    """The carried answers (and the cleared ones' rationale and evidence); their hashes."""
    written: dict[str, str] = {}
    cleared = {qid for qid, _ in plan.cleared}
    for question_id in (*plan.carried, *cleared):
        answer = record.answers[question_id]
        value = None if question_id in cleared else answer.value
        items = [
            EvidenceInput(e.summary, e.source, e.reliability, e.credibility)
            for e in answer.evidence
        ]
        nothing_left = value is None and not answer.rationale.strip() and not items
        if nothing_left and answer.confidence is None:
            continue
        written[question_id] = insert_answer(
            session,
            assessment_id,
            question_id,
            value,
            answer.rationale,
            answer.confidence,
            items,
            answer.answered_at,
            answer.answered_by,
        )
        question = playbook.question(question_id)
        if question.kind is QuestionKind.MEMBER_POSITIONS and value:
            insert_member_positions(session, assessment_id, question_id, value)
    return written
