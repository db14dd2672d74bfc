"""The words of routing, in one place: what a stage is called and what an act did or would do.
Plain data with no database import, so the window, the command line and the model's refusals
all say the same thing (and the window can show them before the database libraries load)."""

from __future__ import annotations

# What each stage is called: "Stage: …" in the window, "stage: …" in `assess show`.
STAGE_NAMES = {
    "draft": "a draft, not yet submitted for review",
    "submitted": "submitted for review",
    "returned": "returned to the drafter",
    "passed": "with the minister",
    "decided": "decided",
    "superseded": "superseded by a later revision",
}
# What a step did, in a case's routing history.
DONE_WORDS = {"submit": "submitted for review", "return": "returned to the drafter",
              "pass": "passed to the minister"}  # fmt: skip
# What an act would do, in a refusal ("cannot …", "only a reviewer may …").
ACT_WORDS = {"submit": "submit it for review", "return": "return it to its drafter",
             "pass": "pass it to the minister"}  # fmt: skip


def stage_name(stage: str) -> str:
    return STAGE_NAMES.get(stage, stage)
