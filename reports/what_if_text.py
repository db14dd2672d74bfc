"""Plain text of a what-if (`main.py assess what-if`): the scenario's verdict beside the
record's, the answers changed, each criterion before and after, what it would take to reach
authority, and the shares of the likelihood draws. Nothing here computes a rule: the figures
come from models.what_if.WhatIfReport."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from playbooks.answers import describe_value
from playbooks.model import Playbook, QuestionKind
from playbooks.phrases import Figure, phrase, phrase_plural, word
from reports.console import table_lines, words, wrap

if TYPE_CHECKING:
    from models.what_if import WhatIfReport
    from playbooks.endorsements import EndorsementsNeeded
    from playbooks.likelihood_draws import DrawShares
    from playbooks.what_if import CriterionChange


def what_if_text(report: WhatIfReport, playbook: Playbook) -> str:
    record, result = report.record, report.result
    state = "draft" if record.decision is None else f"decided: {words(record.decision.decision)}"
    lines = [
        f"What-if on {record.id}: {record.title}",
        f"Playbook {playbook.id} {playbook.version} · revision {record.revision} · {state}",
        "Nothing is saved: the record's answers, its verdict and the audit chain are unchanged.",
    ]
    if report.members_as_decided:
        lines.append("Members weighed as at the registry revision the decision recorded.")
    if report.option is not None:
        tried = report.option
        lines.append(f"Tried on option {tried.name} ({tried.title}), {tried.why}; another: "
                     "--option NAME.")
    lines += ["", "Changes tried:", *changed_answer_lines(report, playbook)]
    verdict = "CHANGED" if result.verdict_changed else "unchanged"
    lines += [
        "",
        *table_lines(
            ("", "record", "scenario", ""),
            [(
                "Verdict",
                words(result.record.verdict.value).upper(),
                words(result.scenario.verdict.value).upper(),
                verdict,
            )],
        ),
        "",
        "Per criterion (status, score, margin to its threshold)",
        *table_lines(
            ("", "record", "scenario", ""),
            [criterion_row(change) for change in result.criteria],
        ),
        "",
        wrap(f"Deciding rule (scenario): {result.scenario.deciding_rule}", hanging="  "),
        wrap(f"Fragility (scenario): {result.scenario.fragility.description}", hanging="  "),
    ]
    if report.endorsements is not None:
        lines += ["", *endorsement_lines(report.endorsements)]
    if report.draws is not None:
        lines += ["", *draw_lines(report.draws, playbook)]
    return "\n".join(lines)


def changed_answer_lines(report: WhatIfReport, playbook: Playbook) -> list[str]:
    result = report.result
    if not result.changed_answers:
        return ["  none (the record as it stands)"]
    record_answers = {
        qid: a.value for qid, a in report.record.answers.items() if a.value is not None
    }
    lines = []
    for question_id in result.changed_answers:
        question = playbook.question(question_id)
        before, after = record_answers.get(question_id), result.answers.get(question_id)
        if question.kind is QuestionKind.MEMBER_POSITIONS:
            lines += _position_changes(question_id, before or {}, after or {})
            continue
        lines.append(wrap(
            f"{question_id}: {describe_value(question, before)} → "
            f"{describe_value(question, after)}",
            "  ",
            hanging="    ",
        ))
    return lines


def _position_changes(question_id: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    return [
        f"  {question_id} {iso}: {words(before.get(iso, 'not_consulted'))} → "
        f"{words(after.get(iso, 'not_consulted'))}"
        for iso in sorted(set(before) | set(after))
        if before.get(iso, "not_consulted") != after.get(iso, "not_consulted")
    ]


def criterion_row(change: CriterionChange) -> tuple[str, str, str, str]:
    return (
        "  " + change.criterion_id,
        status_text(change.status_before, change.score_before, change.margin_before),
        status_text(change.status_after, change.score_after, change.margin_after),
        phrase("changed") if change.changed else "",
    )


def status_text(status: str, score: float | None, margin: float | None) -> str:
    """"pass 0.75 (+0.15)": a criterion's result, score and margin (a Phrase: the window says
    it in its language)."""
    if score is None:
        return word(status)
    fields = {"status": word(status), "score": Figure(f"{score:.2f}", score)}
    if margin is None:
        return phrase("{status} {score}", **fields)
    return phrase("{status} {score} ({margin})", margin=Figure(f"{margin:+.2f}", margin, "signed"),
                  **fields)


def endorsement_lines(needed: EndorsementsNeeded) -> list[str]:
    rule = {
        "penrose-jagiellonian": "square-root weights, the Jagiellonian quota, a blocking floor",
        "population-share": "share of members and of their population (1.0 rule)",
    }.get(needed.rule, needed.rule)
    heading = f"What it would take (the Concert's double majority: {rule}):"
    return [wrap(heading, hanging="  "),
            *(wrap(str(sentence), "  ", hanging="    ")
              for sentence in endorsement_phrases(needed))]


def endorsement_phrases(needed: EndorsementsNeeded) -> list[str]:
    """What it would take, in sentences (Phrases: the window says them in its language)."""
    if needed.carried:
        text: str = phrase("the Concert's double majority is carried by the endorsements given")
    elif not needed.reachable:
        text = phrase_plural(
            "no set of the {count} full member not endorsing carries the Concert's double "
            "majority, not even all of them",
            "no set of the {count} full members not endorsing carries the Concert's double "
            "majority, not even all of them", needed.candidates,
            count=Figure(str(needed.candidates), needed.candidates, "count"))
    else:
        count = needed.count
        fields = {"count": Figure(str(count), count, "count"),
                  "names": ", ".join(f"{m.name} ({m.iso})" for m in needed.members)}
        if needed.any_will_do:
            text = phrase_plural(
                "{count} more endorsement at the fewest: {names} (only the count is short: any "
                "{count} of the {candidates} members not endorsing would do)",
                "{count} more endorsements at the fewest: {names} (only the count is short: "
                "any {count} of the {candidates} members not endorsing would do)", count,
                candidates=Figure(str(needed.candidates), needed.candidates, "count"), **fields)
        else:
            text = phrase_plural(
                "{count} more endorsement at the fewest: {names} (the heaviest first; no fewer "
                "members carry it)",
                "{count} more endorsements at the fewest: {names} (the heaviest first; no fewer "
                "members carry it)", count, **fields)
    sentences = [text]
    if needed.reachable:
        sentences.append(_authority_after(needed))
    elif needed.authority_now:
        sentences.append(phrase("authority holds by another route all the same"))
    return sentences


def _authority_after(needed: EndorsementsNeeded) -> str:
    if needed.authority_after and needed.route_after:
        return phrase("with them, authority holds by the route “{route}”",
                      route=needed.route_after) if needed.count else phrase(
            "authority holds by the route “{route}”", route=needed.route_after)
    if needed.authority_after:
        return phrase("with them, authority holds") if needed.count else phrase(
            "authority holds")
    if needed.routes_lacking:
        return phrase("with them, authority still does not hold: {lacking}",
                      lacking=needed.routes_lacking) if needed.count else phrase(
            "authority still does not hold: {lacking}", lacking=needed.routes_lacking)
    return phrase("with them, authority still does not hold") if needed.count else phrase(
        "authority still does not hold")


def draw_lines(draws: DrawShares, playbook: Playbook) -> list[str]:
    if not draws.drawn:
        return [
            f"Likelihood draws ({draws.draws:,}, seed {draws.seed}): no likelihood answer is "
            "counted, so every draw gives the scenario's verdict"
        ]
    drawn = ", ".join(draws.drawn)
    lines = [wrap(
        f"Likelihood draws ({draws.draws:,}, seed {draws.seed}; each likelihood drawn uniformly "
        f"within its stated ICD 203 range: {drawn}):",
        hanging="  ",
    )]
    for verdict, count in sorted(draws.counts, key=lambda item: -item[1]):
        lines.append(
            f"  {words(verdict.value)} in {_percent(count, draws.draws)} of {draws.draws:,} "
            f"draws ({count:,})"
        )
    return lines


def _percent(count: int, total: int) -> str:
    share = 100 * count / total if total else 0.0
    shown = f"{share:.1f}"
    if shown == "100.0" and count != total:
        shown = "over 99.9"
    if shown == "0.0" and count:
        shown = "under 0.1"
    return f"{shown} %"
