"""Reading necessary conditions on single answers: a criterion's knock-outs and the elements of
a legal basis. Each names one question of its own criterion and one test that suits that
question's kind; anything else is refused with the file, line and field.

    knockouts:
      - question: harm_gravity
        at_least: 3
        because: ICISS 2001, para. 4.19 (large-scale loss of life)
      - question: harm_timing
        not_in: [speculative]
"""

from __future__ import annotations

from functools import partial
from typing import Any

from playbooks.fields import Fields, describe, did_you_mean, shown
from playbooks.model import LIKELIHOOD_TERMS, Condition, Question, QuestionKind
from playbooks.phrases import Phrase, phrase
from playbooks.strict_yaml import Path, YamlDocument

TESTS = ("at_least", "at_most", "in", "not_in", "is")
_ORDERED = (QuestionKind.SCALE, QuestionKind.LIKELIHOOD, QuestionKind.NUMBER)
_LISTED = (QuestionKind.CHOICE, QuestionKind.SECURITY_COUNCIL)


def tests_for(kind: QuestionKind) -> tuple[str, ...]:
    if kind in _ORDERED:
        return ("at_least", "at_most")
    if kind in _LISTED:
        return ("in", "not_in")
    if kind is QuestionKind.YES_NO:
        return ("is",)
    return ()


def parse_conditions(
    doc: YamlDocument,
    fields: Fields,
    key: str,
    questions: tuple[Question, ...],
    *,
    minimum: int = 0,
) -> tuple[Condition, ...]:
    """The list under `key` of a criterion (or legal basis): conditions on `questions`."""
    items = fields.items(key, minimum=minimum, expected="a list of conditions on single answers")
    found = (
        doc.attempt(partial(_condition, doc, path, value, questions), None)
        for path, value in items
    )
    return tuple(condition for condition in found if condition is not None)


def _condition(
    doc: YamlDocument, path: Path, value: Any, questions: tuple[Question, ...]
) -> Condition | None:
    fields = Fields(doc, path, value, ("question", *TESTS, "because"), ("question",))
    question_id = fields.text("question", expected="the id of a question of this criterion")
    question = next((q for q in questions if q.id == question_id), None)
    if question is None:
        if question_id in doc.unreadable_ids:
            return None  # the linter has reported that question already
        raise fields.error(
            "question",
            f"`{shown(question_id)}` is not a question of this criterion"
            + did_you_mean(question_id, [q.id for q in questions]),
            "one of: " + ", ".join(q.id for q in questions),
        )
    allowed = tests_for(question.kind)
    if not allowed:
        raise fields.error(
            "question",
            f"`{question_id}` is a {question.kind.value} question, which takes no condition",
            "a scale, likelihood, number, choice, yes_no or security_council question",
        )
    given = [test for test in TESTS if test in fields.data]
    if len(given) != 1 or given[0] not in allowed:
        at = given[0] if given else "question"
        problem = (
            "has no test"
            if not given
            else f"has {len(given)} tests" if len(given) > 1 else f"`{at}` does not suit a "
            f"{question.kind.value} question"
        )
        if not given and any(k not in ("question", *TESTS, "because") for k in fields.data):
            return None  # a misspelt test: the linter named the unknown key (and the test meant)
        raise fields.error(at, problem, "exactly one of: " + ", ".join(allowed))
    test = given[0]
    return Condition(
        question_id, test, _value(fields, test, question), fields.text("because", "")
    )


def _value(fields: Fields, test: str, question: Question) -> Any:
    raw = fields.data[test]
    kind = question.kind
    if test == "is":
        return fields.flag("is", True)
    if test in ("in", "not_in"):
        ids = _ids(question)
        if not isinstance(raw, list) or not raw:
            raise fields.error(test, f"is {describe(raw)}", "a list of: " + ", ".join(ids))
        for index, item in enumerate(raw):
            if item not in ids:
                fields.doc.report(fields.doc.error(
                    (*fields.at(test), index),
                    f"{describe(item)} is not an answer of `{question.id}`"
                    + did_you_mean(item, ids),
                    "one of: " + ", ".join(ids),
                ))
        return tuple(item for item in raw if item in ids)
    if kind is QuestionKind.SCALE:
        grades = [g.value for g in question.grades]
        if isinstance(raw, bool) or raw not in grades:
            raise fields.error(test, f"is {describe(raw)}", "one of the grades " + ", ".join(
                str(g) for g in grades))
        return raw
    if kind is QuestionKind.LIKELIHOOD:
        terms = [t.id for t in LIKELIHOOD_TERMS]
        if raw not in terms:
            raise fields.error(test, f"is {describe(raw)}", "an ICD 203 term: " + ", ".join(terms))
        return raw
    return fields.number(test)


def _ids(question: Question) -> list[str]:
    if question.kind is QuestionKind.CHOICE:
        return [o.id for o in question.options]
    return list(question.status_scores)


def describe_condition(condition: Condition, question: Question) -> str:
    """The condition in words, e.g. '“How grave…?” at least 3 – grave, widespread…' (an
    engine sentence: playbooks.phrases)."""
    from playbooks.answers import describe_value  # answers imports model only; no cycle

    prompt = question.prompt
    if condition.test == "is":
        return phrase("“{question}” must be yes", question=prompt) if condition.value else \
            phrase("“{question}” must be no", question=prompt)
    if condition.test in ("in", "not_in"):
        names = _either([describe_value(question, v) for v in condition.value])
        if condition.test == "in":
            return phrase("“{question}” must be one of: {answers}", question=prompt,
                          answers=names)
        return phrase("“{question}” must be not: {answers}", question=prompt, answers=names)
    answer = describe_value(question, condition.value)
    if condition.test == "at_least":
        return phrase("“{question}” must be at least {answer}", question=prompt, answer=answer)
    return phrase("“{question}” must be at most {answer}", question=prompt, answer=answer)


def condition_with_reason(condition: Condition, question: Question) -> str:
    """The condition in words, with the playbook's reason for it in brackets when it gives one."""
    said = describe_condition(condition, question)
    if not condition.because:
        return said
    return phrase("{condition} ({because})", condition=said, because=condition.because)


def _either(names: list[str]) -> Phrase | str:
    """"a or b or c", each "or" said in the reader's language."""
    if len(names) < 2:
        return "".join(names)
    return phrase("{first} or {second}", first=_either(names[:-1]), second=names[-1])
