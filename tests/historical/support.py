"""Reading a historical case file and evaluating it against the playbook version it names.

The Concert did not exist, so member positions are counterfactual: every joint-action case is
evaluated with every member of the test registry endorsing, and authority turns on the Security
Council and the region alone (a membership review has no tally). What the cases assert is
what the sources dictate about the other gates and about the legal basis — which gate fails
and why — never a political verdict."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.casefile import read_case_file
from playbooks.evaluate import evaluate
from playbooks.loader import PlaybookCatalog
from playbooks.model import AnswerQualifier, Evaluation, QuestionKind
from tests.playbooks.conftest import ALL_ENDORSE, MEMBERS

CASES = Path(__file__).parent / "cases"
CATALOG = PlaybookCatalog.load(None)


@dataclass(frozen=True)
class Judged:
    evaluation: Evaluation

    def status(self, criterion_id: str) -> str:
        return next(c.status for c in self.evaluation.criteria if c.criterion_id == criterion_id)

    def failed(self) -> set[str]:
        return {c.criterion_id for c in self.evaluation.criteria if c.status == "fail"}

    def knockouts(self, criterion_id: str) -> tuple[str, ...]:
        return next(c.knockouts_failed for c in self.evaluation.criteria
                    if c.criterion_id == criterion_id)


def judge_case(name: str) -> Judged:
    case = read_case_file(CASES / f"{name}.yaml", CATALOG)
    assert case.playbook is not None
    answers = {a.question_id: a.value for a in case.answers if a.value is not None}
    if any(q.kind is QuestionKind.MEMBER_POSITIONS for q in case.playbook.questions()):
        answers["member_positions"] = ALL_ENDORSE  # a membership review has no tally
    qualifiers = {
        a.question_id: AnswerQualifier(
            a.confidence, a.rationale, tuple((e.reliability, e.credibility) for e in a.evidence)
        )
        for a in case.answers
    }
    return Judged(evaluate(case.playbook, answers, MEMBERS, qualifiers))
