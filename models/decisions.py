"""Deciding: the verdict recomputed, the decision recorded, the record frozen; dissent; and
revision (a decided record is never edited: a new draft revision supersedes it).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from models import validation as check
from models.audit import append_entry
from models.canonical import content_hash, sha256_hex
from models.condition_records import ConditionInput, condition_content
from models.condition_terms import check_conditions, insert_conditions, require_conditions
from models.db import Database
from models.drafts import draft_for_change, touch
from models.errors import InvalidInput, NotFound, RecordFrozen
from models.judgement import ALLOWED_WHEN_INCOMPLETE as ALLOWED_WHEN_INCOMPLETE
from models.judgement import FOLLOWS_VERDICT as FOLLOWS_VERDICT
from models.judgement import compare_record_options, evaluation_snapshot, require_playbook
from models.option_records import DecisionOptionsRecord, decision_options_content
from models.options import copy_options, record_option
from models.playbook_store import keep_playbook
from models.record_reads import read_members, session_reader
from models.records import (
    answer_qualifiers,
    answer_values,
    decision_content,
    load_in_session,
    record_content,
)
from models.registry_revisions import latest_in_session
from models.row_rewrites import mark_superseded
from models.search import reindex_assessment
from models.tables import (
    DECISIONS,
    Answer,
    Assessment,
    Decision,
    DecisionOption,
    Dissent,
    EvidenceItem,
    MemberPosition,
    new_id,
    utc_now,
)
from playbooks.evaluate import evaluate
from playbooks.model import Evaluation, MemberInfo, Playbook, Verdict
from playbooks.options import departs_from_best


def member_infos(db: Database) -> list[MemberInfo]:
    with db.session() as session:
        return _member_infos(session)


def _member_infos(session: Session) -> list[MemberInfo]:
    with session_reader(session) as reader:
        return read_members(reader)


def evaluate_assessment(db: Database, assessment_id: str, playbook: Playbook) -> Evaluation:
    with db.session() as session:
        record = load_in_session(session, assessment_id)
        members = _member_infos(session)
    require_playbook(record, playbook)
    return evaluate(playbook, answer_values(record), members, answer_qualifiers(record))


def normalise_decision(decision: str) -> str:
    value = str(decision).strip().lower().replace("-", "_").replace(" ", "_")
    if value not in DECISIONS:
        choices = ", ".join(d.replace("_", "-") for d in DECISIONS)
        raise InvalidInput(f"decision {decision!r} is not one of {choices}")
    return value


def decide(
    db: Database,
    assessment_id: str,
    *,
    decision: str,
    by: str,
    justification: str = "",
    playbook: Playbook,
    expected_row_version: int | None = None,
    conditions: Sequence[ConditionInput] = (),
    decided_by_certificate: str | None = None,
    decided_by_subject: str = "",
    option: str | None = None,
) -> str:
    """Record the minister's decision and freeze the record. Returns the decision id.

    The verdict is recomputed here from the stored answers. An incomplete assessment
    (insufficient information) can only be deferred or rejected; a decision that departs from
    the verdict needs a written justification. `conditions` (approve with conditions only)
    are frozen with the decision: its record hash covers them. `decided_by_certificate`, the
    SHA-256 (hex) of the decider's certificate (checked by the caller: reports.decider), with
    its subject `decided_by_subject`, ties the decision to that certificate: only its holder
    countersigns the memo; the record hash and the audit entry cover both.

    On a case with options, `option` names the option chosen (None: none); the verdict is
    the chosen option's (the best-judged option's when none is chosen), and choosing another
    option than the best-judged one needs a justification as departing from the verdict does.
    """
    decision = normalise_decision(decision)
    by = check.name("decided by", by)
    justification = check.text("justification", justification).strip()
    decided_by_certificate = check.fingerprint("decider's certificate", decided_by_certificate)
    decided_by_subject = check.one_line("decider's certificate subject", check.text(
        "decider's certificate subject", decided_by_subject, limit=check.NAME_MAX * 5).strip())
    if bool(decided_by_subject) != bool(decided_by_certificate):
        raise InvalidInput("a decider's certificate needs both its fingerprint and its subject")
    conditions = check_conditions(conditions, decision=decision, decided_on=utc_now().date())
    with db.write_session() as session:
        row = draft_for_change(session, assessment_id, expected_row_version)
        require_playbook(row, playbook)
        keep_playbook(session, playbook, by)  # a draft from before the record kept playbooks
        record = load_in_session(session, assessment_id)
        members = _member_infos(session)
        situation, qualifiers = answer_values(record), answer_qualifiers(record)
        compared = compare_record_options(playbook, record, situation, qualifiers, members)
        options: DecisionOptionsRecord | None = None
        if compared is None:
            if option is not None:
                raise InvalidInput(f"assessment {assessment_id} has no options to choose from")
            evaluation = evaluate(playbook, situation, members, qualifiers)
        else:
            chosen = record_option(record, option).name if option is not None else None
            best = compared.best.name
            evaluation = compared.option(chosen or best).evaluation
            options = DecisionOptionsRecord(
                chosen_option=chosen,
                best_option=best,
                departs_from_best_option=departs_from_best(compared, chosen),
                options=tuple(
                    {
                        "name": judged.name,
                        "title": judged.title,
                        "verdict": judged.verdict.value,
                        "evaluation": evaluation_snapshot(judged.evaluation),
                    }
                    for judged in compared.options
                ),
            )
            require_justification(
                options.departs_from_best_option,
                justification,
                f"choosing option {chosen} departs from the best-judged option {best}",
            )
        verdict = evaluation.verdict
        if verdict is Verdict.INSUFFICIENT_INFORMATION and decision not in ALLOWED_WHEN_INCOMPLETE:
            missing = ", ".join(evaluation.missing_required) or "required answers"
            raise InvalidInput(
                f"the assessment is incomplete (verdict: insufficient information; missing: "
                f"{missing}): it can only be deferred or rejected"
            )
        departs = decision not in FOLLOWS_VERDICT[verdict]
        require_justification(
            departs,
            justification,
            f"the decision {decision.replace('_', ' ')} departs from the verdict {verdict.label}",
        )
        require_conditions(decision, conditions)
        now = utc_now()
        registry = latest_in_session(session)
        decision_id = new_id()
        fields: dict[str, Any] = {
            "decision": decision,
            "decided_by": by,
            "decided_at": now,
            "justification": justification,
            "verdict": verdict.value,
            "evaluation": evaluation_snapshot(evaluation),
            "playbook_hash": playbook.content_hash,
            "departs_from_verdict": departs,
            "registry_revision": registry.revision if registry else None,
            "registry_hash": registry.content_hash if registry else None,
            "decided_by_certificate": decided_by_certificate,
            "decided_by_subject": decided_by_subject or None,
        }
        content = decision_content(
            decision_id=decision_id,
            **fields,
            conditions=[condition_content(c, n) for n, c in enumerate(conditions, start=1)],
            options=decision_options_content(options),
        )
        record_hash = content_hash(record_content(session, assessment_id, content))
        session.execute(
            sa.insert(Decision).values(
                id=decision_id, assessment_id=assessment_id, record_hash=record_hash, **fields
            )
        )
        insert_conditions(session, decision_id, conditions)
        if options is not None:
            session.execute(
                sa.insert(DecisionOption).values(
                    decision_id=decision_id,
                    chosen_option=options.chosen_option,
                    best_option=options.best_option,
                    departs_from_best_option=options.departs_from_best_option,
                    options=list(options.options),
                )
            )
        touch(session, row, now, status="decided")
        reindex_assessment(session, assessment_id)
        append_entry(
            session,
            actor=by,
            action="assessment.decide",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "assessment_id": assessment_id,
                "decision_id": decision_id,
                "decision": decision,
                "verdict": verdict.value,
                "record_hash": record_hash,
                "playbook_hash": playbook.content_hash,
                "departs_from_verdict": departs,
                "registry_revision": fields["registry_revision"],
                "registry_hash": fields["registry_hash"],
                **({"decided_by_certificate": decided_by_certificate,
                    "decided_by_subject": decided_by_subject} if decided_by_certificate else {}),
                **_options_payload(options),
            },
        )
    return decision_id


def require_justification(departs: bool, justification: str, departure: str) -> None:
    """A decision that departs from what the assessment found (its verdict, or the
    best-judged of its options) must say why in writing."""
    if departs and not justification:
        raise InvalidInput(f"{departure}: a written justification is required")


def _options_payload(options: DecisionOptionsRecord | None) -> dict[str, Any]:
    """The audit entry's options fields (none on a single-action case, whose entry stays as
    it was before options existed)."""
    if options is None:
        return {}
    return {
        "chosen_option": options.chosen_option,
        "best_option": options.best_option,
        "departs_from_best_option": options.departs_from_best_option,
    }


def add_dissent(db: Database, assessment_id: str, *, reviewer: str, text: str) -> str:
    """Record a reviewer's dissent from a decision (added later, never changed)."""
    reviewer = check.name("reviewer", reviewer)
    text = check.text("dissent", text, required=True).strip()
    with db.write_session() as session:
        if session.get(Assessment, assessment_id) is None:
            raise NotFound(f"no assessment with id {assessment_id}")
        decision_id = session.execute(
            sa.select(col(Decision.id)).where(col(Decision.assessment_id) == assessment_id)
        ).scalar_one_or_none()
        if decision_id is None:
            raise InvalidInput(f"assessment {assessment_id} has no decision to dissent from yet")
        dissent_id = new_id()
        session.execute(
            sa.insert(Dissent).values(
                id=dissent_id,
                decision_id=decision_id,
                reviewer=reviewer,
                text=text,
                recorded_at=utc_now(),
            )
        )
        append_entry(
            session,
            actor=reviewer,
            action="dissent.add",
            entity_type="assessment",
            entity_id=assessment_id,
            payload={
                "assessment_id": assessment_id,
                "decision_id": decision_id,
                "dissent_id": dissent_id,
                "text_sha256": sha256_hex(text),
            },
        )
    return dissent_id


def revise(
    db: Database, assessment_id: str, *, actor: str, playbook: Playbook | None = None
) -> str:
    """A new draft revision of a decided assessment, with its answers copied; the decided one is
    marked superseded and stays readable. Returns the new revision's id.

    `playbook`, the one the assessment was made with, is kept in the record if it is not yet
    (a record from before the record kept playbooks)."""
    actor = check.name("actor", actor)
    with db.write_session() as session:
        old = revisable(session, assessment_id)
        if playbook is not None:
            require_playbook(old, playbook)
            keep_playbook(session, playbook, actor)
        return open_revision(session, old, actor)


def open_revision(
    session: Session, old: Assessment, actor: str, *, because: dict[str, Any] | None = None
) -> str:
    """The new draft revision of `old` (from `revisable`), in the caller's write transaction,
    with its audit entry; `because` (e.g. the condition review whose breached tripwire opened
    it) goes into the entry's payload. Returns the new revision's id."""
    now = utc_now()
    new = Assessment(
        **old.model_dump(
            exclude={
                "id",
                "revision",
                "supersedes_id",
                "superseded_by_id",
                "status",
                "created_at",
                "updated_at",
                "created_by",
                "row_version",
            }
        ),
        id=new_id(),
        revision=old.revision + 1,
        supersedes_id=old.id,
        status="draft",
        created_at=now,
        updated_at=now,
        created_by=actor,
        row_version=1,
    )
    session.execute(sa.insert(Assessment).values(**new.model_dump()))
    _copy_answers(session, old.id, new.id)
    copy_options(session, old.id, new.id)
    supersede(session, old.id, new.id)
    payload: dict[str, Any] = {
        "assessment_id": new.id, "supersedes_id": old.id, "revision": new.revision
    }
    if because:
        payload["because"] = because
    append_entry(
        session,
        actor=actor,
        action="assessment.revise",
        entity_type="assessment",
        entity_id=new.id,
        payload=payload,
    )
    return new.id


def supersede(session: Session, old_id: str, new_id: str) -> None:
    """Mark `old_id` superseded by its new revision `new_id` (already inserted), and refresh
    the search rows of both, inside the caller's write transaction."""
    mark_superseded(session, old_id, new_id)
    reindex_assessment(session, new_id)
    reindex_assessment(session, old_id)


def revisable(session: Session, assessment_id: str) -> Assessment:
    """The decided assessment to revise (refusing drafts and superseded revisions)."""
    old = session.get(Assessment, assessment_id)
    if old is None:
        raise NotFound(f"no assessment with id {assessment_id}")
    if old.status == "draft":
        raise InvalidInput(f"assessment {assessment_id} is still a draft: edit it directly")
    if old.status == "superseded":
        raise RecordFrozen(
            f"assessment {assessment_id} is already superseded by {old.superseded_by_id}; "
            "revise the latest revision"
        )
    return old


def _copy_answers(session: Session, from_id: str, to_id: str) -> None:
    answers = session.execute(
        sa.select(Answer).where(col(Answer.assessment_id) == from_id)
    ).scalars()
    for answer in answers.all():
        new_answer_id = new_id()
        session.execute(
            sa.insert(Answer).values(
                **answer.model_dump(exclude={"id", "assessment_id"}),
                id=new_answer_id,
                assessment_id=to_id,
            )
        )
        items = session.execute(
            sa.select(EvidenceItem).where(col(EvidenceItem.answer_id) == answer.id)
        ).scalars()
        rows = [
            {
                **item.model_dump(exclude={"id", "answer_id"}),
                "id": new_id(),
                "answer_id": new_answer_id,
            }
            for item in items
        ]
        if rows:
            session.execute(sa.insert(EvidenceItem), rows)
    positions = session.execute(
        sa.select(MemberPosition).where(col(MemberPosition.assessment_id) == from_id)
    ).scalars()
    rows = [
        {**p.model_dump(exclude={"id", "assessment_id"}), "id": new_id(), "assessment_id": to_id}
        for p in positions
    ]
    if rows:
        session.execute(sa.insert(MemberPosition), rows)
