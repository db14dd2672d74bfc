"""Property: answering an optional question never moves a verdict below what leaving it
unanswered gives (issue 10; in format 2 an optional answer counts only where it raises a
score, and a knock-out may only name a required question). Checked on the format-2 test
playbook and on every built-in playbook version in format 2."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from playbooks.answers import ordered_values
from playbooks.evaluate import evaluate
from playbooks.loader import PlaybookCatalog
from playbooks.model import AnswerQualifier, Playbook, Question, QuestionKind
from playbooks.verdict import VERDICT_RANK
from tests.playbooks.conftest import FULL, MEMBERS
from tests.playbooks.format2 import PLAYBOOK

FORMAT_2 = [PLAYBOOK] + [p for p in PlaybookCatalog.load(None).all() if p.format >= 2]


def answer_for(question: Question) -> st.SearchStrategy:
    kind = question.kind
    if kind is QuestionKind.MEMBER_POSITIONS:
        position = st.sampled_from(["endorse", "oppose", "abstain", "not_consulted"])
        return st.fixed_dictionaries({iso: position for iso in FULL})
    if kind is QuestionKind.NUMBER:
        low = question.minimum if question.minimum is not None else 0
        high = question.maximum if question.maximum is not None else low + 1000
        return st.integers(int(low), int(high))
    if kind is QuestionKind.TEXT:
        return st.just("Noted.")
    return st.sampled_from(ordered_values(question))


@st.composite
def case(draw: st.DrawFn, playbook: Playbook):
    answers = {}
    qualifiers = {}
    for question in playbook.questions():
        if question.required:
            answers[question.id] = draw(answer_for(question))
        confidence = draw(st.sampled_from(["moderate", "high", "low"]))
        rationale = draw(st.sampled_from(["", "Because of the cited reports."]))
        qualifiers[question.id] = AnswerQualifier(confidence, rationale)
    optional = [q for q in playbook.questions() if not q.required]
    chosen = draw(st.sampled_from(optional))
    return answers, qualifiers, chosen, draw(answer_for(chosen))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_answering_an_optional_question_never_lowers_the_verdict(data):
    playbook = data.draw(st.sampled_from(FORMAT_2))
    answers, qualifiers, question, value = data.draw(case(playbook))
    without = evaluate(playbook, answers, MEMBERS, qualifiers).verdict
    with_it = evaluate(playbook, {**answers, question.id: value}, MEMBERS, qualifiers).verdict
    assert VERDICT_RANK[with_it] >= VERDICT_RANK[without], (question.id, value)
