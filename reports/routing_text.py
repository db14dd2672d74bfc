"""The routing of a draft as text (models.routing): its stage and steps in `assess show`, the
confirmation of an act, and a role's queue (`assess queue`, as a table or JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from models.routing_words import DONE_WORDS, stage_name
from reports.console import stamp, table, wrap

if TYPE_CHECKING:  # records only
    from models.routing import QueueRow, StepRecord



def stage_line(stage: str, steps: Sequence[StepRecord]) -> str:
    """`  stage:          …` for the heading of `assess show`."""
    text = stage_name(stage)
    if steps and stage == steps[-1].stage:
        text += f", {stamp(steps[-1].recorded_at)} by {steps[-1].actor}"
    return f"  stage:          {text}"


def routing_lines(steps: Sequence[StepRecord]) -> list[str]:
    """Each step, first first, with its comment; nothing when the draft was never routed."""
    if not steps:
        return []
    lines = ["\nRouting"]
    for step in steps:
        lines.append(f"  {step.position}. {stamp(step.recorded_at)}  {DONE_WORDS[step.act]} by "
                     f"{step.actor}")  # fmt: skip
        if step.comment:
            lines.append(wrap(step.comment, "       "))
    return lines


def routed(assessment_id: str, stage: str) -> str:
    """The one line an act prints."""
    return f"{assessment_id}: {stage_name(stage)}"


def queue_table(rows: Sequence[QueueRow], role: str) -> str:
    if not rows:
        return f"nothing waits for the {role}"
    body = table(("ID", "SINCE (UTC)", "BY", "CLASSIFICATION", "TITLE", "COMMENT"),
                 [(row.assessment_id, row.since.strftime("%Y-%m-%d %H:%M"), row.by,
                   row.classification, row.title, " ".join(row.comment.split()))
                  for row in rows])  # fmt: skip
    return body + f"\n\n{len(rows)} waiting for the {role}"


def queue_json(rows: Sequence[QueueRow], role: str) -> str:
    return json.dumps(
        {"role": role, "cases": [
            {"id": row.assessment_id, "title": row.title, "classification": row.classification,
             "stage": row.stage, "since": row.since.isoformat(), "by": row.by,
             "comment": row.comment}
            for row in rows]},
        ensure_ascii=False, indent=2)  # fmt: skip
