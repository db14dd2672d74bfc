"""The lessons of past decisions (issue 16): calibration of the resolved likelihood calls over a
period, overall and per slice (playbook, question, drafter), and the largest misses with their
rationale and the decision's retrospective. Built from the record's cases
(models.outcome_calls.decided_cases); shown as text and JSON here, as a PDF in
reports.lessons_pdf. Takes records, returns values: prints nothing.

The scores are those of playbooks.calibration (docs/method.md, "Outcomes and calibration").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from playbooks.calibration import MIN_BIN_CALLS, MIN_CALLS, Calibration, Call, calibrate
from playbooks.model import LIKELIHOOD_TERMS

if TYPE_CHECKING:  # records only: importing them here would load the database stack
    from models.outcome_calls import CaseCalls, LikelihoodCall, RetrospectiveRecord

MISSES_SHOWN = 10
_DISPLAY = {term.id: term.display for term in LIKELIHOOD_TERMS}
SLICES = ("playbook", "question", "drafter")


@dataclass(frozen=True)
class Slice:
    label: str  # what the slice is keyed by: a playbook id, "playbook: question id", a drafter
    calibration: Calibration
    cannot_tell: int
    title: str = ""  # for people, when the label is an id: "playbook: the question's prompt"

    @property
    def shown(self) -> str:
        return self.title or self.label


@dataclass(frozen=True)
class Miss:
    call: LikelihoodCall
    squared_error: float
    retrospective: RetrospectiveRecord | None


@dataclass(frozen=True)
class LessonsReport:
    start: date | None
    end: date | None
    playbook_id: str | None
    decisions: int
    retrospectives: int
    unresolved: int  # calls without an outcome yet
    overall: Slice
    slices: dict[str, tuple[Slice, ...]]  # "playbook" | "question" | "drafter" -> slices
    misses: tuple[Miss, ...]  # the largest squared errors, largest first


def _call(call: LikelihoodCall) -> Call | None:
    if call.outcome is None or call.outcome.result == "cannot_tell":
        return None
    return Call(call.term, call.outcome.result == "occurred")


def _slice(label: str, calls: Sequence[tuple[LikelihoodCall, Call | None]],
           title: str = "") -> Slice:
    scored = [s for _, s in calls if s is not None]
    cannot = sum(1 for c, _ in calls
                 if c.outcome is not None and c.outcome.result == "cannot_tell")
    return Slice(label, calibrate(scored), cannot, title)


def _question_title(calls: Sequence[tuple[LikelihoodCall, Call | None]]) -> str:
    """A question's slice named by its text (the latest decision's wording: a later playbook
    version may reword it)."""
    latest = max((c for c, _ in calls), key=lambda c: c.decided_at)
    return f"{latest.playbook_id}: {latest.prompt}"


def lessons(
    cases: Sequence[CaseCalls], *, start: date | None = None, end: date | None = None,
    playbook_id: str | None = None, misses: int = MISSES_SHOWN,
) -> LessonsReport:
    resolved = [(c, _call(c)) for case in cases for c in case.calls if c.outcome is not None]
    keys: dict[str, Callable[[LikelihoodCall], str]] = {
        "playbook": lambda c: c.playbook_id,
        "question": lambda c: f"{c.playbook_id}: {c.question_id}",
        "drafter": lambda c: c.drafter or "(unknown)",
    }
    slices: dict[str, tuple[Slice, ...]] = {}
    for name, key in keys.items():
        groups: dict[str, list[tuple[LikelihoodCall, Call | None]]] = defaultdict(list)
        for pair in resolved:
            groups[key(pair[0])].append(pair)
        slices[name] = tuple(
            _slice(label, groups[label],
                   _question_title(groups[label]) if name == "question" else "")
            for label in sorted(groups))
    retrospectives = {case.decision.assessment_id: case.decision.retrospective for case in cases}
    scored = [(c, s) for c, s in resolved if s is not None]
    scored.sort(key=lambda pair: (-pair[1].squared_error, pair[0].decided_at))
    return LessonsReport(
        start, end, playbook_id, len(cases),
        sum(1 for r in retrospectives.values() if r is not None),
        sum(1 for case in cases for c in case.calls if c.outcome is None),
        _slice("all calls", resolved), slices,
        tuple(Miss(c, s.squared_error, retrospectives.get(c.assessment_id))
              for c, s in scored[:misses]),
    )


# --- text and JSON ----------------------------------------------------------------------------


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def period_words(report: LessonsReport) -> str:
    start = report.start.isoformat() if report.start else "the first decision"
    end = report.end.isoformat() if report.end else "today"
    what = f"playbook {report.playbook_id}" if report.playbook_id else "every playbook"
    return f"decisions from {start} to {end}, {what}"


def score_line(s: Slice) -> str:
    c = s.calibration
    flag = f" — too few calls (under {MIN_CALLS})" if c.too_few else ""
    return (f"{s.shown}: {c.calls} resolved calls, Brier {_number(c.brier)} = reliability "
            f"{_number(c.reliability)} − resolution {_number(c.resolution)} + uncertainty "
            f"{_number(c.uncertainty)}; cannot tell {s.cannot_tell}{flag}")


def bin_lines(c: Calibration) -> list[str]:
    lines = []
    for b in c.bins:
        if not b.calls:
            lines.append(f"  {b.term.display:<28} said {b.forecast:.3f}  no calls")
            continue
        low, high = b.interval or (0.0, 1.0)
        flag = f"  too few calls (under {MIN_BIN_CALLS})" if b.too_few else ""
        lines.append(f"  {b.term.display:<28} said {b.forecast:.3f}  happened "
                     f"{b.occurred}/{b.calls} = {b.frequency or 0:.3f}  Wilson 95 % "
                     f"{low:.3f}–{high:.3f}{flag}")
    return lines


def lessons_text(report: LessonsReport) -> str:
    lines = [f"Calibration of {period_words(report)}",
             f"{report.decisions} decisions, {report.retrospectives} with a retrospective; "
             f"{report.unresolved} calls without an outcome yet",
             score_line(report.overall), *bin_lines(report.overall.calibration)]
    for name, slices in report.slices.items():
        if slices:
            lines += ["", f"By {name}:", *(f"  {score_line(s)}" for s in slices)]
    if report.misses:
        lines += ["", "Largest misses:"]
        for m in report.misses:
            c = m.call
            outcome = c.outcome
            happened = "occurred" if outcome and outcome.result == "occurred" else "did not occur"
            lines.append(f"  {c.title} ({c.assessment_id}), {c.question_id}: said "
                         f"{_DISPLAY[c.term]}, it {happened} (squared error "
                         f"{m.squared_error:.3f})")
            if c.rationale:
                lines.append(f"    rationale: {c.rationale}")
            if outcome is not None:
                lines.append(f"    outcome: {outcome.note}")
            if m.retrospective is not None:
                lines.append(f"    got wrong: {m.retrospective.wrong}")
                lines.append(f"    would do again: {m.retrospective.again}")
    return "\n".join(lines)


def _calibration_json(s: Slice) -> dict[str, Any]:
    c = s.calibration
    return {
        "label": s.label, "title": s.shown, "calls": c.calls, "cannot_tell": s.cannot_tell,
        "brier": c.brier,
        "reliability": c.reliability, "resolution": c.resolution,
        "uncertainty": c.uncertainty, "base_rate": c.base_rate, "too_few_calls": c.too_few,
        "bins": [{"term": b.term.id, "forecast": b.forecast, "calls": b.calls,
                  "occurred": b.occurred, "frequency": b.frequency,
                  "wilson_95": list(b.interval) if b.interval else None,
                  "too_few_calls": b.too_few} for b in c.bins],
    }


def lessons_json(report: LessonsReport) -> dict[str, Any]:
    return {
        "from": report.start.isoformat() if report.start else None,
        "to": report.end.isoformat() if report.end else None,
        "playbook": report.playbook_id,
        "decisions": report.decisions,
        "retrospectives": report.retrospectives,
        "unresolved_calls": report.unresolved,
        "overall": _calibration_json(report.overall),
        "slices": {name: [_calibration_json(s) for s in slices]
                   for name, slices in report.slices.items()},
        "largest_misses": [{
            "assessment_id": m.call.assessment_id, "title": m.call.title,
            "question_id": m.call.question_id, "term": m.call.term,
            "result": m.call.outcome.result if m.call.outcome else None,
            "squared_error": m.squared_error, "rationale": m.call.rationale,
            "note": m.call.outcome.note if m.call.outcome else "",
            "retrospective": ({"wrong": m.retrospective.wrong, "again": m.retrospective.again}
                              if m.retrospective else None),
        } for m in report.misses],
    }
