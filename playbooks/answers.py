"""Answer values: checking them against their question, showing them, and scoring them.

The JSON value of each kind is listed on `QuestionKind`. Scores run from 0 (tells against
legitimacy) to 1 (supports it); the question's `better` setting says which way is which.
Member positions are scored in authority.py, because they need the member registry.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from decimal import Decimal
from typing import Any

from playbooks.errors import UserError
from playbooks.model import (
    CONFIDENCE_LEVELS,
    LIKELIHOOD_TERMS,
    POSITIONS,
    SECURITY_COUNCIL_LABELS,
    SECURITY_COUNCIL_STATUSES,
    LikelihoodTerm,
    Playbook,
    Question,
    QuestionKind,
)
from playbooks.phrases import Phrase, PlaybookText, concat, map_text, phrase

_TERMS = {term.id: term for term in LIKELIHOOD_TERMS}
_ISO = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class InvalidAnswerValue(UserError):
    """A value that is not a valid answer to its question's kind."""

    def __init__(self, question_id: str, expected: str, got: Any = None) -> None:
        self.question_id = question_id
        self.expected = expected
        shown = repr(got)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        super().__init__(f"answer to `{question_id}`: {shown} is not valid (expected {expected})")


class UnknownQuestion(UserError):
    """An answer names a question the playbook does not have."""

    def __init__(self, question_id: str, playbook: Playbook) -> None:
        self.question_id = question_id
        super().__init__(
            f"`{question_id}` is not a question of playbook {playbook.id} {playbook.version}"
        )


def likelihood_term(term_id: str) -> LikelihoodTerm:
    return _TERMS[term_id]


def expected_value(question: Question) -> str:
    """Plain words for what an answer to this question must be."""
    kind = question.kind
    if kind is QuestionKind.SCALE:
        return "one of the grades " + ", ".join(str(g.value) for g in question.grades)
    if kind is QuestionKind.YES_NO:
        return "true or false"
    if kind is QuestionKind.CHOICE:
        return "one of the options " + ", ".join(o.id for o in question.options)
    if kind is QuestionKind.LIKELIHOOD:
        return "an ICD 203 term: " + ", ".join(_TERMS)
    if kind is QuestionKind.CONFIDENCE:
        return "one of " + ", ".join(CONFIDENCE_LEVELS)
    if kind is QuestionKind.NUMBER:
        low = "" if question.minimum is None else f" from {format_number(question.minimum)}"
        high = "" if question.maximum is None else f" up to {format_number(question.maximum)}"
        return f"a number{low}{high}"
    if kind is QuestionKind.TEXT:
        return "text"
    if kind is QuestionKind.MEMBER_POSITIONS:
        return "a mapping of ISO 3166-1 alpha-3 codes to one of " + ", ".join(POSITIONS)
    return "one of " + ", ".join(question.status_scores or SECURITY_COUNCIL_STATUSES)


def check_answer_value(question: Question, value: Any) -> None:
    """Raise InvalidAnswerValue unless `value` is a valid answer (None means unanswered)."""
    if value is None or _is_valid(question, value):
        return
    raise InvalidAnswerValue(question.id, expected_value(question), value)


def _is_valid(question: Question, value: Any) -> bool:
    kind = question.kind
    if kind is QuestionKind.YES_NO:
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False  # True/False are ints in Python; no other kind takes them
    if kind is QuestionKind.SCALE:
        return isinstance(value, int) and any(g.value == value for g in question.grades)
    if kind is QuestionKind.CHOICE:
        return isinstance(value, str) and any(o.id == value for o in question.options)
    if kind is QuestionKind.LIKELIHOOD:
        return isinstance(value, str) and value in _TERMS
    if kind is QuestionKind.CONFIDENCE:
        return isinstance(value, str) and value in CONFIDENCE_LEVELS
    if kind is QuestionKind.NUMBER:
        return (
            isinstance(value, (int, float))
            and math.isfinite(value)
            and (question.minimum is None or value >= question.minimum)
            and (question.maximum is None or value <= question.maximum)
        )
    if kind is QuestionKind.TEXT:
        return isinstance(value, str) and bool(value.strip())
    if kind is QuestionKind.MEMBER_POSITIONS:
        return isinstance(value, dict) and all(
            isinstance(iso, str) and len(iso) == 3 and set(iso) <= _ISO and position in POSITIONS
            for iso, position in value.items()
        )
    return isinstance(value, str) and value in (question.status_scores or SECURITY_COUNCIL_STATUSES)


def format_number(value: float | int, *, grouped: bool = True) -> str:
    """A number as an official writes it: every digit Python keeps, never exponent notation
    (`%g` turned 2,500,000.5 deaths into "2.5e+06"), thousands grouped unless `grouped` is off
    (the form an entry field shows, which its validator and float() read back exactly)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    if exact == exact.to_integral_value():
        exact = exact.quantize(Decimal(1))  # 1e6 read from YAML is "1,000,000", not "1000000.0"
    return format(exact, ",f" if grouped else "f")


def security_council_words(status: str) -> str:
    return SECURITY_COUNCIL_LABELS.get(status, status.replace("_", " "))


def describe_value(question: Question, value: Any) -> str:
    """An answer in the words every view prints it in: the stepper's read-only views, History,
    `assess show`, explanations and the memo (one wording, so they never disagree).
    E.g. 'likely (55–80%)', '3 – widespread', '2,500,000.5 deaths'."""
    kind = question.kind
    if value is None:
        return "not answered"
    if kind is QuestionKind.SCALE:
        label = next((g.label for g in question.grades if g.value == value), "")
        return f"{value} – {label}" if label else str(value)
    if kind is QuestionKind.YES_NO:
        return "yes" if value else "no"
    if kind is QuestionKind.CHOICE:
        return next((o.label for o in question.options if o.id == value), str(value))
    if kind is QuestionKind.LIKELIHOOD:
        return _TERMS[value].display if value in _TERMS else str(value)
    if kind is QuestionKind.NUMBER:
        return f"{format_number(value)} {question.unit}".strip()
    if kind is QuestionKind.SECURITY_COUNCIL:
        return security_council_words(str(value))
    if kind is QuestionKind.MEMBER_POSITIONS and isinstance(value, dict):
        counts = Counter(value.values())
        return ", ".join(
            f"{n} {position.replace('_', ' ')}" for position, n in sorted(counts.items())
        ) or "no positions"
    return str(value)


def describe_value_short(question: Question, value: Any, limit: int = 60) -> str:
    """describe_value cut to `limit` characters (free text in one-line summaries)."""
    text = describe_value(question, value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def score_answer(question: Question, value: Any) -> float | None:
    """0..1 for a valid answer to a scored kind other than member positions; else None."""
    kind = question.kind
    if kind is QuestionKind.SCALE:
        index = [g.value for g in question.grades].index(value)
        return _oriented(index / (len(question.grades) - 1), question.better == "higher")
    if kind is QuestionKind.YES_NO:
        return 1.0 if value == (question.better == "yes") else 0.0
    if kind is QuestionKind.CHOICE:
        return next(o.score for o in question.options if o.id == value)
    if kind is QuestionKind.LIKELIHOOD:
        # The midpoint of the ICD 203 range: "likely (55–80%)" is 0.675.
        term = _TERMS[value]
        return _oriented((term.low + term.high) / 200, question.better == "higher")
    if kind is QuestionKind.CONFIDENCE:
        index = CONFIDENCE_LEVELS.index(value)
        return _oriented(index / (len(CONFIDENCE_LEVELS) - 1), question.better == "higher")
    if kind is QuestionKind.NUMBER:
        return number_score(question, float(value))
    if kind is QuestionKind.SECURITY_COUNCIL:
        return question.status_scores[value]
    return None


def number_score(question: Question, value: float) -> float | None:
    """Linear between zero_score_at (0) and full_score_at (1), clamped to 0..1."""
    full, zero = question.full_score_at, question.zero_score_at
    if full is None or zero is None:
        return None
    return min(1.0, max(0.0, (value - zero) / (full - zero)))


def _oriented(position: float, higher_is_better: bool) -> float:
    return position if higher_is_better else 1.0 - position


def ordered_values(question: Question) -> list[Any]:
    """The values of an ordinal or enumerated kind, in their natural order (for fragility)."""
    kind = question.kind
    if kind is QuestionKind.SCALE:
        return [g.value for g in question.grades]
    if kind is QuestionKind.YES_NO:
        return [False, True]
    if kind is QuestionKind.CHOICE:
        return [o.id for o in question.options]
    if kind is QuestionKind.LIKELIHOOD:
        return list(_TERMS)
    if kind is QuestionKind.CONFIDENCE:
        return list(CONFIDENCE_LEVELS)
    if kind is QuestionKind.SECURITY_COUNCIL:
        return list(question.status_scores or SECURITY_COUNCIL_STATUSES)
    return []


def is_ordinal(question: Question) -> bool:
    """Kinds whose values have an order, so a change is measured in steps along it."""
    return question.kind in (QuestionKind.SCALE, QuestionKind.LIKELIHOOD, QuestionKind.CONFIDENCE)


_ID_PATTERNS: dict[str, re.Pattern[str]] = {}  # by playbook hash


def in_words(text: str, playbook: Playbook | None) -> str:
    """An engine reason with each question id of `playbook` ("limited_means") replaced by its
    question in quotes. The engine names questions by id (the record and its golden files keep
    that text); the window never shows an internal id (issue 14 item 5: the decision step
    listed "unanswered: limited_means, civilian_harm…"). Only ids with an underscore are
    replaced, so that a one-word id never rewrites an ordinary word of the sentence. The
    window and the memo both say reasons this way (the memo printed "not yet assessed: open
    armed_attack, …")."""
    return _in_words(text, playbook, in_sentence=False)


def _in_words(text: str, playbook: Playbook | None, *, in_sentence: bool) -> str:
    """`in_sentence`: `text` is a field of an engine sentence, which the reader's language
    says around it; a stored sentence the engine no longer writes (plain text) stays wholly
    in the stored language, not half translated."""
    if playbook is None or isinstance(text, PlaybookText):
        return text
    if isinstance(text, Phrase):  # the ids are in its fields; it stays a sentence to translate
        said: str = map_text(text, lambda part: _in_words(part, playbook, in_sentence=True))
        return said
    from playbooks.playbook_texts import playbook_texts  # it builds on this module

    translated = playbook_texts(playbook) if in_sentence else {}
    if text in translated:  # a criterion's title, an answer's label: the playbook's own text
        return translated[text]
    pattern = _ID_PATTERNS.get(playbook.content_hash)
    if pattern is None:
        ids = sorted({q.id for c in playbook.criteria for q in c.questions if "_" in q.id},
                     key=len, reverse=True)
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, ids)) + r")\b") if ids else (
            re.compile(r"(?!)"))
        _ID_PATTERNS[playbook.content_hash] = pattern
    if not translated:
        return pattern.sub(lambda m: f"“{question_prompt(playbook, m.group(1))}”", text)
    # Each quoted prompt in the playbook's languages (and the reader's quotation marks): the
    # text, cut around the ids.
    pieces: list[str] = []
    for index, piece in enumerate(pattern.split(text)):
        if index % 2:
            prompt = question_prompt(playbook, piece)
            pieces.append(phrase("“{question}”", question=translated.get(prompt, prompt)))
        elif piece:
            pieces.append(piece)
    return concat(*pieces) if pieces != [text] else text


def question_prompt(playbook: Playbook | None, question_id: str) -> str:
    """The question's prompt (its id when the playbook does not ask it)."""
    if playbook is None:
        return question_id
    try:
        return playbook.question(question_id).prompt
    except KeyError:
        return question_id
