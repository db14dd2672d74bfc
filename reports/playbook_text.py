"""Plain text about playbooks for a terminal: the list, one playbook with its weights and scores,
the check of a file, the differences between two versions, a trial of a case against a playbook
file, and what moving an assessment to another version did.

Strings from playbooks and records, nothing printed or read here (see reports.console).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from playbooks import figures
from playbooks.answers import format_number
from reports.console import table, table_lines, wrap

if TYPE_CHECKING:
    from models.playbook_store import UnkeptPlaybook
    from models.version_move import MoveResult
    from playbooks.diff import PlaybookDiff
    from playbooks.lint import CriterionWeight
    from playbooks.loader import PlaybookCatalog
    from playbooks.model import Condition, Criterion, Evaluation, Playbook

ORIGIN_WORDS = {
    "built-in": "built-in",
    "user": "the user playbook folder",
    "record": "the record's copy (no installed file has these bytes)",
}


def playbook_table(catalog: PlaybookCatalog) -> str:
    """`playbooks list`: every installed playbook, then the versions only the record keeps."""
    rows = [
        (p.id, p.version, p.title, p.content_hash[:12], catalog.origin(p)) for p in catalog.all()
    ]
    for kept in catalog.kept_only():
        playbook = catalog.by_hash(kept.sha256)
        title = playbook.title if playbook is not None else ""
        rows.append((kept.playbook_id, kept.version, title, kept.sha256[:12], "record"))
    rows.sort(key=lambda row: row[0])  # stable: versions stay newest first within an id
    return table(("ID", "VERSION", "TITLE", "HASH", "FROM"), rows)


def playbook_text(playbook: Playbook, origin: str = "") -> str:
    """`playbooks show`: what the playbook is, its sources, how it scores, and its criteria with
    their questions, each with its weight (and what it amounts to) and its answers' scores."""
    from playbooks.explain import criterion_shares, question_shares, scoring_rule

    lines = [f"{playbook.title}  ({playbook.id} {playbook.version})"]
    if origin:
        lines.append(f"from: {ORIGIN_WORDS.get(origin, origin)}")
    lines += [f"file: {playbook.file}", f"hash: {playbook.content_hash}", ""]
    if playbook.description:
        lines.append(wrap(playbook.description))
    if playbook.sources:
        lines.append("\nSources:")
        for source in playbook.sources:
            by = f", {source.author}" if source.author else ""
            year = f" ({source.year})" if source.year else ""
            lines.append(f"  - {source.title}{by}{year}")
    lines.append(
        "\n"
        + wrap(
            "How it scores: a criterion's score is the weighted mean of the scores of its "
            "answered, scored questions; the overall score is the mean of the criteria's scores "
            "weighted by criterion weight. The shares in % below are the weights normalised, "
            "with every question answered."
        )
    )
    shown = dict(playbook.settings)
    if playbook.authority is not None:
        # The authority section replaces the 1.0 double majority, whose defaults the loader
        # still fills in: printing them would state a rule the playbook does not use.
        shown.pop("double_majority", None)
    settings = _flat(shown)
    if settings:
        lines.append(wrap("Settings: " + "; ".join(f"{k} {v}" for k, v in settings), hanging="  "))
    criteria, questions = criterion_shares(playbook), question_shares(playbook)
    for criterion in playbook.criteria:
        gate = "gate (a necessary condition); " if criterion.gate else ""
        head = (
            f"{criterion.title} [{criterion.id}] — {gate}weight {criterion.weight:g} "
            f"({criteria[criterion.id]:.0%} of the overall score); passes at "
            f"{criterion.pass_threshold:.2f}"
            if criterion.judged
            else f"{criterion.title} [{criterion.id}] — judged apart, never part of the verdict"
        )
        lines.append("\n" + wrap(head, hanging="  "))
        lines += _condition_lines(criterion)
        for question in criterion.questions:
            share = questions[question.id]
            optional = ", optional" if not question.required else ""
            counted = (
                f"weight {share.weight:g}: {share.of_criterion:.0%} of {criterion.title}, "
                f"{share.overall:.0%} overall"
                if share.of_criterion > 0
                else f"weight {share.weight:g}: not counted"
            )
            lines.append(
                wrap(
                    f"{question.id} ({question.kind.value}{optional}; {counted}): "
                    f"{question.prompt}",
                    "  ",
                    hanging="      ",
                )
            )
            lines.append(wrap(f"scores: {scoring_rule(question)}", "      ", hanging="        "))
    return "\n".join(lines)


def _condition_lines(criterion: Criterion) -> list[str]:
    """A criterion's knock-outs, or its legal bases with their elements, in words."""
    from playbooks.conditions import describe_condition

    def words(condition: Condition) -> str:
        text = describe_condition(condition, next(
            q for q in criterion.questions if q.id == condition.question_id))
        return text + (f" ({condition.because})" if condition.because else "")

    lines = [wrap(f"knock-out: {words(k)}", "  ", hanging="      ") for k in criterion.knockouts]
    for basis in criterion.bases:
        lines.append(wrap(f"basis: {basis.title} ({basis.status}), when "
                          + "; and ".join(words(r) for r in basis.requires),
                          "  ", hanging="      "))
    return lines


def _flat(settings: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    flat: list[tuple[str, str]] = []
    for key, value in settings.items():
        if isinstance(value, Mapping):
            flat += _flat(value, f"{prefix}{key}.")
        else:
            flat.append(
                (f"{prefix}{key}", format_number(value) if isinstance(value, float) else str(value))
            )
    return flat


def playbook_checked(file: str, playbook: Playbook) -> str:
    """`playbooks check`: the line for a file that loaded."""
    return (
        f"{file}: ok ({playbook.id} {playbook.version}, {len(playbook.criteria)} criteria, "
        f"{len(playbook.questions())} questions, hash {playbook.content_hash[:12]})"
    )


def playbook_weights_text(weights: Sequence[CriterionWeight]) -> str:
    """`playbooks check`: the effective weights — each criterion's share of the overall score
    and each question's share of its criterion's score, in % (every question answered)."""
    lines = ["  weights: each criterion's share of the overall score, each question's share of "
             "its criterion's score"]
    rows = []
    for criterion in weights:
        share = f"{criterion.overall:.1f}%" if criterion.judged else "judged apart"
        rows.append((f"    {criterion.criterion_id}", share, criterion.title))
        for question in criterion.questions:
            counted = f"{question.of_criterion:.1f}%" if question.of_criterion else "not counted"
            rows.append((f"      {question.question_id}", counted, ""))
    lines += table_lines(("    CRITERION / QUESTION", "SHARE", "TITLE"), rows)
    return "\n".join(line.rstrip() for line in lines)


def playbook_diff_text(diff: PlaybookDiff) -> str:
    """`playbooks diff`: one paragraph per criterion or question added, removed or changed."""
    old, new = diff.old, diff.new
    head = (
        f"{old.id}: version {old.version} (hash {old.content_hash[:12]}) → version "
        f"{new.version} (hash {new.content_hash[:12]})"
    )
    if old.content_hash == new.content_hash:
        return f"{head}\nthe same file: nothing differs"
    if diff.same_rules:
        return f"{head}\nthe rules are the same: the files differ only in layout or comments"
    lines = [head, f"{len(diff.changes)} change(s):"]
    for change in diff.changes:
        first, *rest = change.lines()
        lines.append(wrap(first, "  ", hanging="      "))
        lines += [wrap(line.strip(), "    ", hanging="      ") for line in rest]
    return "\n".join(lines)


def playbook_tried_text(
    playbook: Playbook, case_file: str, evaluation: Evaluation, notes: list[str]
) -> str:
    """`playbooks try`: the verdict a case gets from a playbook file, every criterion's margin to
    its pass mark, each answer's reading, and what would change the verdict."""
    lines = [
        f"{playbook.file}: {playbook.id} {playbook.version} (hash {playbook.content_hash[:12]})"
    ]
    lines += [f"note: {note}" for note in notes]
    lines.append(f"\nVerdict: {evaluation.verdict.label.upper()}")
    lines.append(wrap(f"Deciding rule: {evaluation.deciding_rule}", hanging="  "))
    rows = []
    for result in evaluation.criteria:
        score = "—" if result.score is None else figures.score(result.score, result.pass_threshold)
        margin = (
            "—" if result.score is None else figures.margin(result.score - result.pass_threshold)
        )
        rows.append(
            (
                "  " + result.criterion_id,
                "gate" if result.gate else "",
                result.status,
                score,
                figures.score(result.pass_threshold),
                margin,
            )
        )
    lines.append("\nWhat if: each criterion's margin to its pass mark (score − pass mark)")
    lines += table_lines(("  CRITERION", "", "STATUS", "SCORE", "PASSES AT", "MARGIN"), rows)
    if evaluation.overall_score is not None:
        lines.append(f"  overall score {evaluation.overall_score:.2f}")
    lines.append(
        wrap(f"What would change the verdict: {evaluation.fragility.description}", hanging="  ")
    )
    lines.append(f"\nAnswers ({case_file})")
    for question in playbook.questions():
        answered = evaluation.questions.get(question.id)
        if answered is not None:
            lines.append(wrap(f"{question.id}: {answered.note}", "  ", hanging="      "))
    if evaluation.missing_required:
        lines.append(
            wrap(
                "Missing required answers: " + ", ".join(evaluation.missing_required), hanging="  "
            )
        )
    lines.append("\nReasons:")
    lines += [wrap(f"- {reason}", "  ", hanging="    ") for reason in evaluation.reasons]
    return "\n".join(lines)


def moved_text(old_id: str, result: MoveResult) -> str:
    """`assess migrate`: the new revision's id first (for scripts), then what each answer did."""
    plan = result.plan
    lines = [
        result.assessment_id,
        f"assessment {old_id} (version {plan.from_version}) is superseded by the new draft "
        f"above (version {plan.to_version})",
    ]
    lines += [
        wrap(line.strip(), "  " if line.startswith("  ") else "", hanging="      ")
        for line in plan.lines()
    ]
    if not (plan.reworded or plan.cleared or plan.dropped or plan.new_questions):
        lines.append("  every answer carried over; no new question")
    return "\n".join(lines)


def not_kept_note(unkept: UnkeptPlaybook) -> str:
    """`audit verify`: a playbook that assessments name but the record keeps no copy of."""
    return (
        f"note: {unkept.assessments} assessment(s) use playbook {unkept.playbook_id} "
        f"{unkept.version} (hash {unkept.sha256[:12]}…), of which the record keeps no copy "
        "(made before the record kept playbooks, its file not installed when it was upgraded); "
        "install that file (main.py playbooks add FILE) and the next revision or decision keeps it"
    )
