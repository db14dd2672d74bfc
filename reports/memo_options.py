"""Page 1's options table and recommendation, from a decided case: one row for a case that
assesses one proposed action, one per option (with "no action") for a case with options
(issue 15 items 1 and 4). The recommendation is the best-judged option's verdict said as advice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from playbooks.answers import describe_value
from playbooks.model import Playbook, Verdict
from playbooks.phrases import Phrase, phrase

if TYPE_CHECKING:
    from reports.context import MemoContext


@dataclass(frozen=True)
class OptionView:
    """One course of action as page 1's options table prints it: its verdict, overall score
    and what would flip it. A single-action case has one option, the proposed action; a case
    with options (issue 15 item 1) gives one per option, "no action" included, in its order."""

    label: str  # "A", "B"…: how the recommendation and the decision name it
    title: str  # "The proposed action", "No action"…
    description: str  # what the option does ("" when the title says it all)
    verdict: str  # display label
    verdict_code: str
    overall_score: float | None
    fragility: str  # the smallest change that flips its verdict
    recommended: bool = False  # the best-judged option, which the recommendation names
    chosen: bool = False  # the option the decision takes (none: a rejection or deferral)



# What the assessment recommends for a verdict, in the decision's words (models.decisions'
# FOLLOWS_VERDICT holds the decisions that follow each verdict; this says them as advice).
RECOMMENDATIONS: dict[Verdict, str] = {
    Verdict.LEGITIMATE: "Approve {option}.",
    Verdict.LEGITIMATE_WITH_CONDITIONS: "Approve {option} with conditions.",
    Verdict.AUTHORITY_SHORT: "Defer {option} while the missing authority is sought, or reject it.",
    Verdict.NOT_LEGITIMATE: "Reject {option}.",
    Verdict.INSUFFICIENT_INFORMATION: "Defer {option} until the missing answers are in.",
}
CHOOSES_THE_OPTION = frozenset({"approve", "approve_with_conditions"})


def options_table(ctx: MemoContext, options: Any = None,
                  playbook: Playbook | None = None) -> MemoContext:
    """Page 1's options and recommendation: a case with options (issue 15 item 1; `options`,
    the models.option_records.DecisionOptionsRecord its decision froze) gets one row per
    option in the case's order, "no action" included, and the recommendation names the
    best-judged option; a case assessing one proposed action, its one row (`single_action`)."""
    if options is None:
        return single_action(ctx)
    from models.option_rows import decided_option_rows

    rows = decided_option_rows(options)
    frozen = {o["name"]: o["evaluation"].get("fragility") or {} for o in options.options}
    views = tuple(
        OptionView(label=chr(ord("A") + n), title=row["title"], description="",
                   verdict=row["verdict_label"], verdict_code=row["verdict"],
                   overall_score=row["overall_score"],
                   fragility=(page_one_change(frozen[row["name"]], playbook)
                              if playbook is not None else row["fragility"]),
                   recommended=row["best"], chosen=row["chosen"])
        for n, row in enumerate(rows)
    )
    best = next(view for view, row in zip(views, rows, strict=True) if row["best"])
    rule = next((o["evaluation"].get("deciding_rule", "") for o in options.options
                 if o["name"] == options.best_option), ctx.deciding_rule)
    verdict = Verdict(best.verdict_code)
    return replace(ctx, options=views, recommendation=recommendation(verdict, best),
                   recommendation_reason=_without_verdict(rule, verdict))


def page_one_change(fragility: dict[str, Any], playbook: Playbook) -> str:
    """An option's smallest change that flips its verdict, short enough for one row of page
    1's table beside six options (the annex keeps the full sentence): the criterion, the
    answer from → to and the verdict it gives; "robust" when no single change does."""
    edges = [edge.split(" passes")[0].split(" fails")[0]
             for edge in fragility.get("knife_edge") or ()]
    edge = f"; knife-edge: {', '.join(edges)}" if edges else ""
    question_id, new = fragility.get("question_id"), fragility.get("new_verdict")
    if fragility.get("robust", True) or new is None:
        return ("robust" if not edges else "no single answer flips it") + edge
    becomes = f"makes it {Verdict(new).label}"
    if fragility.get("member_iso"):
        return (f"{fragility['member_iso']}: {_words(fragility.get('from_value'))} → "
                f"{_words(fragility.get('to_value'))} {becomes}{edge}")
    criterion = next((c for c in playbook.criteria
                      if any(q.id == question_id for q in c.questions)), None)
    if criterion is None:
        return str(fragility.get("description", ""))
    question = playbook.question(str(question_id))
    steps = fragility.get("steps")
    size = f" ({steps} step{'s' if steps != 1 else ''})" if steps else ""
    before = _clipped(describe_value(question, fragility.get("from_value")))
    after = _clipped(describe_value(question, fragility.get("to_value")))
    return f"{criterion.title}: {before} → {after}{size} {becomes}{edge}"


def _clipped(text: str, limit: int = 28) -> str:
    """At most `limit` characters, cut at a word with an ellipsis (a grade's long label)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" –-,;") + "…"


def _words(value: Any) -> str:
    return str(value or "not consulted").replace("_", " ")


def single_action(ctx: MemoContext) -> MemoContext:
    """The context of a case that assesses one proposed action: its one option (the proposed
    action, with the case's verdict, score and fragility) and the recommendation it gives. A
    case with options (issue 15 item 1) sets `options` and `recommendation` itself."""
    verdict = Verdict(ctx.verdict_code)
    option = OptionView(
        label="A", title="The proposed action", description=ctx.proposed_action,
        verdict=ctx.verdict, verdict_code=ctx.verdict_code, overall_score=ctx.overall_score,
        fragility=ctx.fragility, recommended=True,
        chosen=ctx.decision_code in CHOOSES_THE_OPTION,
    )
    return replace(ctx, options=(option,), recommendation=recommendation(verdict, option),
                   recommendation_reason=_without_verdict(ctx.deciding_rule, verdict))


def recommendation(verdict: Verdict, option: OptionView) -> str:
    return RECOMMENDATIONS[verdict].format(
        option=f"option {option.label} ({option.title[:1].lower()}{option.title[1:]})")


def _without_verdict(rule: str, verdict: Verdict) -> str:
    """The deciding rule without the verdict it opens with ("legitimate: every criterion…"):
    page 1 prints the verdict in the options table, the reason beside the recommendation."""
    english = rule
    if english.startswith(verdict.label):
        english = english[len(verdict.label):].lstrip(":; ")
    english = english.rstrip(".")  # the template ends the sentence
    english = english[:1].upper() + english[1:]
    # The same words as an engine sentence, for a memo in another language: only where it
    # says exactly what the English above says.
    said = _rest_of(rule)
    return said if said is not None and str(said) == english else english


def _rest_of(rule: str) -> Any:
    """The deciding rule's sentence (a Phrase of playbooks.evaluate) without its verdict."""
    if not isinstance(rule, Phrase):
        return None
    rests = {
        "legitimate: every criterion passes and the overall score {overall} reaches {needed}":
            lambda f: phrase("Every criterion passes and the overall score {overall} reaches "
                             "{needed}", **f),
        "legitimate with conditions: every gate passes, but {why}":
            lambda f: phrase("Every gate passes, but {why}", **f),
        "not legitimate: gate criterion {failures} — a gate is a necessary condition":
            lambda f: phrase("Gate criterion {failures} — a gate is a necessary condition", **f),
        "insufficient information: {why}": lambda f: f["why"],
    }
    make = rests.get(rule.template)
    return make(dict(rule.fields)) if make is not None else None
