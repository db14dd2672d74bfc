"""`playbooks check`: a playbook file checked as a linter would — every error in one run, then,
for a file without errors, the warnings (rules that load but cannot work as meant) and each
criterion's and question's share of the score in %.

Loading a playbook for use (playbooks.loader) still stops at the first error and raises it; the
linter runs the same reading code with the document collecting its problems instead (see
`YamlDocument.report`), so the rules it applies are exactly the loader's. A file that is not
YAML at all is one error: nothing after the broken line can be read reliably.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from playbooks.errors import InputError
from playbooks.explain import criterion_shares, question_shares
from playbooks.input_files import read_input_file
from playbooks.lint_warnings import LintWarning, playbook_warnings
from playbooks.loader import (
    MAX_PLAYBOOK_BYTES,
    playbook_from_document,
    read_playbook_document,
)
from playbooks.model import Playbook


@dataclass(frozen=True)
class QuestionWeight:
    question_id: str
    of_criterion: float  # % of its criterion's score (0 when it does not count)


@dataclass(frozen=True)
class CriterionWeight:
    criterion_id: str
    title: str
    overall: float  # % of the overall score (0 for the legal basis, judged apart)
    judged: bool
    questions: tuple[QuestionWeight, ...]


@dataclass
class LintReport:
    file: str
    errors: list[InputError] = field(default_factory=list)
    warnings: list[LintWarning] = field(default_factory=list)
    playbook: Playbook | None = None  # only when the file has no errors

    @property
    def ok(self) -> bool:
        return not self.errors


def lint_playbook_file(path: str | Path) -> LintReport:
    """Check one playbook file; a file that cannot be read at all is one error."""
    try:
        content = read_input_file(path, MAX_PLAYBOOK_BYTES, what="playbook file")
    except InputError as error:
        return LintReport(str(path), [error])
    return lint_playbook_bytes(content, str(path))


def lint_playbook_bytes(content: bytes, file: str) -> LintReport:
    try:
        doc = read_playbook_document(content, file)
    except InputError as error:  # not YAML (or not text): one error, the first broken line
        return LintReport(file, [error])
    doc.problems = []
    try:
        playbook = playbook_from_document(doc, content)
    except InputError as error:  # a part no reading could go past (e.g. not a mapping)
        doc.report(error)
    if doc.problems:
        errors = sorted(doc.problems, key=lambda e: e.line if e.line is not None else 0)
        return LintReport(file, errors)
    gaps = [LintWarning(g.file, g.line, g.field, g.problem) for g in playbook.translation_gaps]
    return LintReport(file, [], playbook_warnings(playbook, doc) + gaps, playbook)


def percents(shares: dict[str, float], decimals: int = 1) -> dict[str, float]:
    """Shares (summing to 1, or all 0) as percentages rounded so that they still sum to exactly
    100 (largest remainders get the last units), so a reader can add them up."""
    total = sum(shares.values())
    if total <= 0:
        return {key: 0.0 for key in shares}
    unit = 10**decimals
    exact = {key: value / total * 100 * unit for key, value in shares.items()}
    floors = {key: int(value) for key, value in exact.items()}
    left = 100 * unit - sum(floors.values())
    by_remainder = sorted(exact, key=lambda key: exact[key] - floors[key], reverse=True)
    for key in by_remainder[:left]:
        floors[key] += 1
    return {key: floors[key] / unit for key in shares}


def effective_weights(playbook: Playbook) -> tuple[CriterionWeight, ...]:
    """Each judged criterion's share of the overall score and each question's share of its
    criterion's score, in % (the weights normalised, every question answered:
    playbooks.explain, the numbers evaluation uses)."""
    overall = percents(criterion_shares(playbook))
    questions = question_shares(playbook)
    weights = []
    for criterion in playbook.criteria:
        within = percents({q.id: questions[q.id].of_criterion for q in criterion.questions})
        weights.append(
            CriterionWeight(
                criterion.id,
                criterion.title,
                overall[criterion.id],
                criterion.judged,
                tuple(QuestionWeight(q.id, within[q.id]) for q in criterion.questions),
            )
        )
    return tuple(weights)
