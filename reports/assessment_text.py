"""The text report of one assessment, as `assess show` prints it: details, answers with their
rationale and evidence, per-criterion results, verdict with its reasons and fragility, the
authority tally, and the decision with its dissents and memos.

Plain functions from records to strings (no printing, no database): the caller loads the record,
finds the playbook it was made with, and evaluates a draft; a decided record carries the
evaluation frozen with its decision, and that is the one shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from playbooks import figures
from playbooks.authority import describe_concert
from playbooks.model import AuthorityTally
from reports.console import stamp, table_lines, words, wrap

if TYPE_CHECKING:  # records only: importing them here would load the database stack
    from models.records import AnswerRecord, AssessmentRecord
    from playbooks.model import Playbook, Question

NESTED = " " * 6  # rationale, evidence and member positions under their answer


def assessment_heading(record: AssessmentRecord, *, playbook_from_record: bool = False) -> str:
    """Title, identity, revision, playbook, classification, and the proposed action and crisis.
    `playbook_from_record`: no installed file has the playbook's bytes; the record's copy is
    read."""
    lines = [
        record.title,
        f"  id:             {record.id} (revision {record.revision} of {len(record.revisions)}, "
        f"{record.status})",
    ]
    if record.supersedes_id:
        lines.append(f"  supersedes:     {record.supersedes_id}")
    if record.superseded_by_id:
        lines.append(f"  superseded by:  {record.superseded_by_id}")
    lines += [
        f"  playbook:       {record.playbook_id} {record.playbook_version} "
        f"(hash {record.playbook_hash[:12]})"
        + ("; read from the copy the record keeps" if playbook_from_record else ""),
        f"  classification: {record.classification}",
        f"  created:        {stamp(record.created_at)} by {record.created_by}",
    ]
    for label, text in (("Proposed action", record.proposed_action), ("Crisis", record.crisis)):
        if text.strip():
            lines.append(f"\n{label}:\n{wrap(text, '  ')}")
    return "\n".join(lines)


def assessment_body(
    record: AssessmentRecord,
    playbook: Playbook | None,
    draft_evaluation: dict[str, Any] | None,
) -> str:
    """Answers, evaluation and decision. `playbook` is None when the one the record was made
    with is not installed (answers are then listed raw); `draft_evaluation` is the current
    evaluation snapshot of a draft (`models.workflow.evaluation_snapshot`), ignored once the
    record is decided."""
    lines = answer_lines(record, playbook)
    evaluation = draft_evaluation
    if record.decision is not None:
        # What the minister decided on: the evaluation frozen with the decision.
        evaluation = record.decision.evaluation
        lines.append("\nEvaluation recorded with the decision")
    if evaluation is not None:
        lines += evaluation_lines(evaluation)
    lines += decision_lines(record)
    return "\n".join(lines)


def answer_lines(record: AssessmentRecord, playbook: Playbook | None) -> list[str]:
    lines = ["\nAnswers"]
    if playbook is None:
        lines += [f"  {qid}: {answer.value!r}" for qid, answer in record.answers.items()]
        return lines
    for criterion in playbook.criteria:
        lines.append(f"  {criterion.title}{' (gate)' if criterion.gate else ''}")
        for question in criterion.questions:
            lines += _answer(question, record.answers.get(question.id))
    return lines


def _answer(question: Question, answer: AnswerRecord | None) -> list[str]:
    from playbooks.answers import describe_value

    if answer is None or answer.value is None:
        shown = "(unanswered)" + ("" if question.required else " optional")
    elif isinstance(answer.value, str) and question.kind.value == "text":
        shown = answer.value  # free text in full, not shortened
    else:
        shown = describe_value(question, answer.value)
    confidence = f"  [confidence: {answer.confidence}]" if answer and answer.confidence else ""
    lines = [wrap(f"{question.id}: {shown}{confidence}", "    ", hanging=NESTED)]
    if answer is None:
        return lines
    if isinstance(answer.value, dict) and answer.value:  # member positions, grouped
        by_position: dict[str, list[str]] = {}
        for iso, position in sorted(answer.value.items()):
            by_position.setdefault(position, []).append(iso)
        for position, codes in by_position.items():
            lines.append(wrap(f"{words(position)}: {' '.join(codes)}", NESTED))
    if answer.rationale.strip():
        lines.append(wrap("rationale: " + answer.rationale, NESTED))
    for item in answer.evidence:
        source = f" ({item.source})" if item.source else ""
        grade = f"{item.reliability}{item.credibility}"
        lines.append(wrap(f"evidence {item.position} [{grade}]: {item.summary}{source}", NESTED))
    return lines


def evaluation_lines(evaluation: dict[str, Any]) -> list[str]:
    """An evaluation snapshot: per-criterion table and reasons, verdict, deciding rule, other
    reasons, missing answers, fragility and the authority tally."""
    rows = []
    for result in evaluation["criteria"]:
        threshold = result["pass_threshold"]
        score = "—" if result["score"] is None else figures.score(result["score"], threshold)
        rows.append(
            (
                "  " + result["criterion_id"],
                result["status"],
                f"score {score}",
                f"passes at {figures.score(threshold)}",
                _margin(result),
                "gate" if result["gate"] else "",
            )
        )
    lines = ["\nPer criterion", *table_lines(None, rows)]
    shown: set[str] = set()
    for result in evaluation["criteria"]:
        for reason in result["reasons"]:
            lines.append(wrap(f"- {reason}", "    ", hanging="      "))
            shown.add(reason)
    lines.append(f"\nVerdict: {words(evaluation['verdict']).upper()}")
    legal = evaluation.get("legal_basis")
    if legal:
        lines.append(wrap(f"Legal basis (judged apart): {legal['summary']}", hanging="  "))
    lines.append(wrap(f"Deciding rule: {evaluation['deciding_rule']}", hanging="  "))
    others = [reason for reason in evaluation["reasons"] if reason not in shown]
    if others:
        lines.append("Reasons:")
        lines += [wrap(f"- {reason}", "  ", hanging="    ") for reason in others]
    if evaluation.get("missing_required"):
        missing = ", ".join(evaluation["missing_required"])
        lines.append(wrap(f"Missing required answers: {missing}", hanging="  "))
    lines.append(wrap(f"Fragility: {evaluation['fragility']['description']}", hanging="  "))
    if legal and legal.get("reasons"):
        lines.append("Legal basis, each recognised basis:")
        lines += [wrap(f"- {reason}", "  ", hanging="    ") for reason in legal["reasons"]]
    for flag in evaluation.get("flags") or ():
        lines.append(wrap(f"Flag (estimative discipline): {flag}", hanging="  "))
    tally = evaluation.get("authority")
    if tally:
        lines += _authority_lines(tally)
    return lines


def _margin(result: dict[str, Any]) -> str:
    margin = result.get("margin")
    if margin is None:
        return ""
    return f"margin {figures.margin(margin)}" + (" KNIFE-EDGE" if result.get("knife_edge") else "")


def _authority_lines(tally: dict[str, Any]) -> list[str]:
    if tally.get("concert_met") is not None:
        return _concert_lines(tally)
    lines = [
        f"Authority: {tally['states_endorsing']} of {tally['states_counted']} members endorse "
        f"({figures.percent(tally['state_share'], tally['state_threshold'])}, needs "
        f"{figures.percent(tally['state_threshold'], trim=True)}); population "
        f"{figures.percent(tally['population_share'], tally['population_threshold'])} (needs "
        f"{figures.percent(tally['population_threshold'], trim=True)}): "
        f"{'met' if tally['met'] else 'NOT met'}"
    ]
    lines.append("  positions: " + _position_counts(tally))
    lines += _context_lines(tally)
    return lines


def _position_counts(tally: dict[str, Any]) -> str:
    return ", ".join(f"{words(position)} {count}" for position, count in tally["positions"].items())


def _context_lines(tally: dict[str, Any]) -> list[str]:
    extra = []
    if tally.get("security_council"):
        extra.append(f"Security Council: {words(tally['security_council'])}")
    if tally.get("regional_support") is not None:
        extra.append(f"regional support: {'yes' if tally['regional_support'] else 'no'}")
    return ["  " + "; ".join(extra)] if extra else []


def _concert_lines(snapshot: dict[str, Any]) -> list[str]:
    """Under a playbook's authority section: the routes, the Concert's double majority with
    its shortfall and pivotal members, and every member's voting power."""
    tally = AuthorityTally.from_snapshot(snapshot)
    outcome = f"met by the route “{tally.route}”" if tally.route else "NOT met (no route is met)"
    lines = [wrap(f"Authority: {outcome}", hanging="  ")]
    for route in tally.routes:
        state = "met" if route.met else "not met"
        lacks = f" — lacks {route.missing}" if route.missing else ""
        lines.append(wrap(f"- route “{route.label}”: {state}{lacks}", "  ", hanging="    "))
    lines.append(wrap(describe_concert(tally), "  ", hanging="    "))
    lines.append("  positions: " + _position_counts(snapshot))
    lines += _context_lines(snapshot)
    if tally.voting_power:
        ranked = sorted(tally.voting_power, key=lambda p: (-p.power, p.iso))
        shares = " · ".join(f"{p.iso} {p.power:.1%}" for p in ranked)
        lines.append(wrap(
            "voting power (normalised Banzhaf index; weight √population in thousands): "
            + shares, "  ", hanging="    "))
    return lines


def decision_lines(record: AssessmentRecord) -> list[str]:
    """The decision (or that there is none yet), its justification, dissents and memos."""
    decision = record.decision
    if decision is None:
        return ["\nDecision: none yet (draft)"]
    follows = "departs from" if decision.departs_from_verdict else "follows"
    lines = [
        f"\nDecision: {words(decision.decision).upper()} by {decision.decided_by} "
        f"on {stamp(decision.decided_at)} ({follows} the verdict {words(decision.verdict)})"
    ]
    if decision.decided_by_certificate:  # only this certificate countersigns its memo
        lines.append(wrap(f"Decider's certificate: {decision.decided_by_subject}, SHA-256 "
                          f"{decision.decided_by_certificate}", "  "))
    if decision.justification:
        lines.append(wrap("Justification: " + decision.justification, "  "))
    if decision.conditions:
        from reports.conditions_text import condition_lines

        lines += condition_lines(decision.conditions)
    for dissent in decision.dissents:
        when = stamp(dissent.recorded_at)
        lines.append(wrap(f"Dissent, {dissent.reviewer} ({when}): {dissent.text}", "  "))
    lines += [f"  memo {m.reference}: {m.stage} ({stamp(m.created_at)})" for m in record.memos]
    return lines
