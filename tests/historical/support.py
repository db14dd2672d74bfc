"""Reading a historical case file and evaluating it against the playbook version it names.

The Concert did not exist, so member positions are counterfactual: every case is evaluated
against the registry the application ships (models/data/members.yaml), by default with every
full member endorsing, so that authority turns on the routes the playbook names (the Security
Council, self-defence, the region, consent) and the Concert's double majority is met; a test
may pass other positions to ask what the double majority would need. What the cases assert is
what the sources dictate — which gate fails and why, which route gives authority — never a
political verdict. A membership review has no member positions and
no tally."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from models.casefile import read_case_file
from models.members import default_registry_path, load_registry_file
from playbooks.evaluate import evaluate
from playbooks.loader import PlaybookCatalog
from playbooks.model import AnswerQualifier, Evaluation, MemberInfo, QuestionKind

CASES = Path(__file__).parent / "cases"
CATALOG = PlaybookCatalog.load(None)
REGISTRY = tuple(
    MemberInfo(e.iso, e.name, e.population, e.standing)
    for e in load_registry_file(default_registry_path())
)
FULL = tuple(m.iso for m in REGISTRY if m.standing == "full")


@dataclass(frozen=True)
class Judged:
    evaluation: Evaluation

    def status(self, criterion_id: str) -> str:
        return next(c.status for c in self.evaluation.criteria if c.criterion_id == criterion_id)

    def failed(self) -> set[str]:
        return {c.criterion_id for c in self.evaluation.criteria if c.status == "fail"}

    def routes_met(self) -> list[str]:
        """The ids of the routes to authority that hold, in the playbook's order (the first
        is the one the verdict names)."""
        tally = self.evaluation.authority
        assert tally is not None
        return [route.id for route in tally.routes if route.met]

    def knockouts(self, criterion_id: str) -> tuple[str, ...]:
        return next(c.knockouts_failed for c in self.evaluation.criteria
                    if c.criterion_id == criterion_id)


def judge_case(name: str, endorsing: Iterable[str] = FULL) -> Judged:
    """The case as its file answers it, the members in `endorsing` endorsing and every other
    full member not consulted (which counts against, as abstaining does)."""
    case = read_case_file(CASES / f"{name}.yaml", CATALOG)
    assert case.playbook is not None
    answers = {a.question_id: a.value for a in case.answers if a.value is not None}
    if any(q.kind is QuestionKind.MEMBER_POSITIONS for q in case.playbook.questions()):
        answers["member_positions"] = {iso: "endorse" for iso in endorsing}
    qualifiers = {
        a.question_id: AnswerQualifier(
            a.confidence, a.rationale, tuple((e.reliability, e.credibility) for e in a.evidence)
        )
        for a in case.answers
    }
    return Judged(evaluate(case.playbook, answers, REGISTRY, qualifiers))
