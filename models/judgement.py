"""Judging a record as it stands: the rules shared by a draft's judgement, a decision and a
what-if, kept free of the database libraries so that an assessment read ahead of the opening
(models.assessment_ahead) is judged by exactly the code that judges it afterwards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any, Protocol

from models.canonical import to_json_value
from models.errors import InvalidInput
from models.record_snapshots import AssessmentRecord
from playbooks.errors import UserError
from playbooks.model import Evaluation, MemberInfo, Playbook, Verdict
from playbooks.options import OptionsComparison, evaluate_options

# The decisions that follow each verdict (any other departs from it and needs a
# justification), and those a case with unanswered questions may still receive
# (models.decisions.decide applies both; the decision step says them before it is asked).
FOLLOWS_VERDICT: dict[Verdict, frozenset[str]] = {
    Verdict.LEGITIMATE: frozenset({"approve", "approve_with_conditions"}),
    Verdict.LEGITIMATE_WITH_CONDITIONS: frozenset({"approve_with_conditions"}),
    # Justified in substance, authority short: seeking the missing authority (defer) or
    # declining (reject) follow it; acting anyway departs from it and must be justified.
    Verdict.AUTHORITY_SHORT: frozenset({"defer", "reject"}),
    Verdict.NOT_LEGITIMATE: frozenset({"reject"}),
    Verdict.INSUFFICIENT_INFORMATION: frozenset({"defer"}),
}
ALLOWED_WHEN_INCOMPLETE = frozenset({"defer", "reject"})


class MadeWithPlaybook(Protocol):
    """An assessment row or record: what it was made with."""

    @property
    def id(self) -> str: ...
    @property
    def playbook_id(self) -> str: ...
    @property
    def playbook_version(self) -> str: ...
    @property
    def playbook_hash(self) -> str: ...


def require_playbook(row: MadeWithPlaybook, playbook: Playbook) -> None:
    """Refuse to judge an assessment with any playbook but the exact file it was made with."""
    if playbook.id != row.playbook_id or playbook.content_hash != row.playbook_hash:
        raise InvalidInput(
            f"assessment {row.id} was made with playbook {row.playbook_id} "
            f"{row.playbook_version} (hash {row.playbook_hash[:12]}…); the playbook given is "
            f"{playbook.id} {playbook.version} (hash {playbook.content_hash[:12]}…)"
        )


def evaluation_snapshot(evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation as stored with a decision (plain JSON: verdict, reasons, fragility…)."""
    snapshot: dict[str, Any] = to_json_value(asdict(evaluation))
    return snapshot


def compare_record_options(
    playbook: Playbook,
    record: AssessmentRecord,
    situation: dict[str, Any],
    qualifiers: dict[str, Any],
    members: Sequence[MemberInfo],
) -> OptionsComparison | None:
    """The record's options judged and ranked (None: a single proposed action)."""
    if not record.options:
        return None
    inputs = [o.as_input() for o in record.options]
    try:
        return evaluate_options(playbook, situation, inputs, members, qualifiers)
    except UserError as error:
        raise InvalidInput(str(error)) from None
