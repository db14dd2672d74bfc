"""A case's options as plain rows for the memo, `assess show` and the views: per option its
verdict, overall score, weakest margin, per-criterion score and margin, fragility, rank, and
whether it is the best-judged or the chosen one. A draft's rows are judged now; a decided
case's come from what its decision froze (models.option_records.DecisionOptionsRecord).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from models.judgement import compare_record_options, evaluation_snapshot, require_playbook
from models.record_snapshots import (
    AssessmentRecord,
    DecisionOptionsRecord,
    answer_qualifiers,
    answer_values,
)
from playbooks import figures
from playbooks.evaluate import evaluate
from playbooks.model import (
    ROLE_LEGAL_BASIS,
    CriterionResult,
    Evaluation,
    Fragility,
    MemberInfo,
    Playbook,
    Verdict,
)
from playbooks.options import NO_ACTION, OptionJudgement, OptionsComparison, rank_options

if TYPE_CHECKING:
    from models.db import Database


def option_rows(
    comparison: OptionsComparison, chosen: str | None = None
) -> list[dict[str, Any]]:
    """One plain row per option of a draft's comparison (see `snapshot_option_rows`)."""
    options = [
        {"name": j.name, "title": j.title, "verdict": j.verdict.value,
         "evaluation": evaluation_snapshot(j.evaluation)}
        for j in comparison.options
    ]
    return snapshot_option_rows(options, comparison.ranking, chosen)


def decided_option_rows(decided: DecisionOptionsRecord) -> list[dict[str, Any]]:
    """The rows of a decided case's options, from what its decision froze (the memo's options
    table reads these: the evaluation never changes once decided)."""
    judged = [_snapshot_judgement(o) for o in decided.options]
    return snapshot_option_rows(list(decided.options), rank_options(judged),
                                decided.chosen_option)


def snapshot_option_rows(
    options: Sequence[dict[str, Any]], ranking: Sequence[str], chosen: str | None
) -> list[dict[str, Any]]:
    """One plain row per option, in the case's order, for the memo's options table and the
    views: name, title, no_action, verdict (value and words), overall score, weakest margin,
    per criterion (id, title, status, score, margin, score text), fragility, rank (1: the
    best-judged), and whether it is the best or the one chosen."""
    rank = {name: n for n, name in enumerate(ranking, start=1)}
    rows = []
    for option in options:
        evaluation = option["evaluation"]
        criteria = [
            {
                "criterion_id": c["criterion_id"],
                "title": c["title"],
                "status": c["status"],
                "score": c["score"],
                "margin": c.get("margin"),
                "score_text": "—" if c["score"] is None else figures.score(
                    c["score"], c["pass_threshold"]
                ),
            }
            for c in evaluation["criteria"]
        ]
        judged_margins = [
            c.get("margin") for c in evaluation["criteria"]
            if c.get("margin") is not None and c.get("role") != ROLE_LEGAL_BASIS
        ]
        rows.append(
            {
                "name": option["name"],
                "title": option["title"],
                "no_action": option["name"] == NO_ACTION,
                "verdict": evaluation["verdict"],
                "verdict_label": Verdict(evaluation["verdict"]).label,
                "overall_score": evaluation.get("overall_score"),
                "weakest_margin": min(judged_margins) if judged_margins else None,
                "criteria": criteria,
                "fragility": evaluation["fragility"]["description"],
                "rank": rank[option["name"]],
                "best": rank[option["name"]] == 1,
                "chosen": option["name"] == chosen,
            }
        )
    return rows


def _snapshot_judgement(option: dict[str, Any]) -> OptionJudgement:
    """Enough of a judged option, from its snapshot, for `rank_options` (verdict, overall
    score, margins): the ranking of a decided case is recomputed from what was frozen."""
    evaluation = option["evaluation"]
    criteria = tuple(
        CriterionResult(
            criterion_id=c["criterion_id"], title=c["title"], gate=c["gate"], score=c["score"],
            pass_threshold=c["pass_threshold"], status=c["status"], reasons=(),
            missing_required=(), margin=c.get("margin"), role=c.get("role", ""),
        )
        for c in evaluation["criteria"]
    )
    frozen = Evaluation(
        verdict=Verdict(evaluation["verdict"]), deciding_rule="", reasons=(), criteria=criteria,
        questions={}, overall_score=evaluation.get("overall_score"),
        fragility=Fragility(robust=True),
    )
    return OptionJudgement(option["name"], option["title"], option["name"] == NO_ACTION, frozen)


@dataclass(frozen=True)
class DraftJudgement:
    """What the stepper shows of a draft: the evaluation its steps and verdict panel read (on
    a case with options, the best-judged option's) and the options compared (None: a single
    proposed action), with their plain rows."""

    evaluation: Evaluation
    comparison: OptionsComparison | None = None
    rows: tuple[dict[str, Any], ...] = ()


def judge_draft(db: Database, assessment_id: str, playbook: Playbook) -> DraftJudgement:
    """The assessment judged now from its stored answers: a single proposed action exactly as
    `evaluate_assessment` judges it; a case with options, each option judged and ranked."""
    # Imported here: this module is read before SQLAlchemy is (models.assessment_ahead).
    from models.decisions import member_infos
    from models.records import load_assessment

    return judge_record(load_assessment(db, assessment_id), playbook, member_infos(db))


def judge_record(
    record: AssessmentRecord, playbook: Playbook, members: Sequence[MemberInfo]
) -> DraftJudgement:
    """`judge_draft` of a record already read (and the member registry with it)."""
    require_playbook(record, playbook)
    situation, qualifiers = answer_values(record), answer_qualifiers(record)
    compared = compare_record_options(playbook, record, situation, qualifiers, members)
    if compared is None:
        return DraftJudgement(evaluate(playbook, situation, members, qualifiers))
    return DraftJudgement(compared.best.evaluation, compared, tuple(option_rows(compared)))


def options_view(
    db: Database, record: AssessmentRecord, playbook: Playbook | None
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """What `assess show` and the views print of a case's options: the rows (as decided, or
    judged now for a draft) and, for a draft, the best-judged option's evaluation snapshot
    (none on a single proposed action, or without its playbook)."""
    if record.decision is not None and record.decision.options is not None:
        return decided_option_rows(record.decision.options), None
    if not record.options or playbook is None or record.decision is not None:
        return [], None
    from models.decisions import member_infos

    require_playbook(record, playbook)
    compared = compare_record_options(
        playbook, record, answer_values(record), answer_qualifiers(record), member_infos(db)
    )
    if compared is None:
        return [], None
    return option_rows(compared), evaluation_snapshot(compared.best.evaluation)
