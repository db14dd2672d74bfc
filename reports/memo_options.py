"""Page 1's options table and recommendation, from a decided case: one row for a case that
assesses one proposed action, one per option (with "no action") for a case with options
(issue 15 items 1 and 4). The recommendation is the best-judged option's verdict said as advice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from playbooks.answers import describe_value
from playbooks.model import Playbook, Verdict
from playbooks.phrases import Figure, Phrase, PlaybookText, joined, phrase, phrase_plural, word
from playbooks.playbook_texts import sayable

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
RECOMMENDATIONS: dict[Verdict, Callable[[Any], Phrase]] = {
    Verdict.LEGITIMATE: lambda option: phrase("Approve {option}.", option=option),
    Verdict.LEGITIMATE_WITH_CONDITIONS:
        lambda option: phrase("Approve {option} with conditions.", option=option),
    Verdict.AUTHORITY_SHORT: lambda option: phrase(
        "Defer {option} while the missing authority is sought, or reject it.", option=option),
    Verdict.NOT_LEGITIMATE: lambda option: phrase("Reject {option}.", option=option),
    Verdict.INSUFFICIENT_INFORMATION: lambda option: phrase(
        "Defer {option} until the missing answers are in.", option=option),
}
# A case assessing one proposed action has one option, this one.
PROPOSED_ACTION = phrase("The proposed action")
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
    answer from → to and the verdict it gives; "robust" when no single change does. Said in
    the memo's language, the playbook's texts in the playbook's (playbooks.playbook_texts)."""
    edges = [edge.split(" passes")[0].split(" fails")[0]
             for edge in fragility.get("knife_edge") or ()]
    question_id, new = fragility.get("question_id"), fragility.get("new_verdict")
    if fragility.get("robust", True) or new is None:
        return _with_edges(phrase("no single answer flips it") if edges else phrase("robust"),
                           edges, playbook)
    becomes = word(Verdict(new).label)
    if fragility.get("member_iso"):
        return _with_edges(phrase(
            "{member}: {before} → {after} makes it {verdict}", member=fragility["member_iso"],
            before=word(_words(fragility.get("from_value"))),
            after=word(_words(fragility.get("to_value"))), verdict=becomes), edges, playbook)
    criterion = next((c for c in playbook.criteria
                      if any(q.id == question_id for q in c.questions)), None)
    if criterion is None:
        return str(fragility.get("description", ""))
    question = playbook.question(str(question_id))
    steps = fragility.get("steps")
    before = _clipped_answer(question, fragility.get("from_value"), playbook)
    after = _clipped_answer(question, fragility.get("to_value"), playbook)
    title = sayable(criterion.title, playbook)
    if steps:
        change = phrase_plural(
            "{criterion}: {before} → {after} ({count} step) makes it {verdict}",
            "{criterion}: {before} → {after} ({count} steps) makes it {verdict}", int(steps),
            criterion=title, before=before, after=after, verdict=becomes,
            count=Figure(str(steps), int(steps), "count"))
    else:
        change = phrase("{criterion}: {before} → {after} makes it {verdict}", criterion=title,
                        before=before, after=after, verdict=becomes)
    return _with_edges(change, edges, playbook)


def _with_edges(said: Phrase, edges: list[str], playbook: Playbook) -> str:
    """The change, and the criteria on a knife-edge when there are any."""
    if not edges:
        return said
    return phrase("{change}; knife-edge: {criteria}", change=said,
                  criteria=joined(", ", (sayable(edge, playbook) for edge in edges)))


def _clipped_answer(question: Any, value: Any, playbook: Playbook) -> str:
    """An answer clipped for page 1, in each language the playbook gives its label in."""
    shown = describe_value(question, value)
    said = sayable(shown, playbook)
    if not isinstance(said, PlaybookText):
        return _clipped(shown)
    return PlaybookText(_clipped(shown), {code: _clipped(text)
                                          for code, text in said.texts.items()})


def _clipped(text: str, limit: int = 28) -> str:
    """At most `limit` characters, cut at a word with an ellipsis (a grade's long label)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" –-,;") + "…"


def _words(value: Any) -> str:
    """A member's position in the words reports.memo_words lists ("not consulted")."""
    return str(value or "not consulted").replace("_", " ")


def single_action(ctx: MemoContext) -> MemoContext:
    """The context of a case that assesses one proposed action: its one option (the proposed
    action, with the case's verdict, score and fragility) and the recommendation it gives. A
    case with options (issue 15 item 1) sets `options` and `recommendation` itself."""
    verdict = Verdict(ctx.verdict_code)
    option = OptionView(
        label="A", title=PROPOSED_ACTION, description=ctx.proposed_action,
        verdict=ctx.verdict, verdict_code=ctx.verdict_code, overall_score=ctx.overall_score,
        fragility=ctx.fragility, recommended=True,
        chosen=ctx.decision_code in CHOOSES_THE_OPTION,
    )
    return replace(ctx, options=(option,), recommendation=recommendation(verdict, option),
                   recommendation_reason=_without_verdict(ctx.deciding_rule, verdict))


def recommendation(verdict: Verdict, option: OptionView) -> str:
    title = option.title
    named = phrase("the proposed action") if title == PROPOSED_ACTION else \
        f"{title[:1].lower()}{title[1:]}"
    return RECOMMENDATIONS[verdict](
        phrase("option {label} ({title})", label=option.label, title=named))


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
