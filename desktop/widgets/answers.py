"""Stored answer values in words, as the official chose them (for read-only views)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from desktop.widgets.questions import SECURITY_COUNCIL_LABELS
from playbooks.model import LIKELIHOOD_TERMS, Question, QuestionKind

_TERMS = {term.id: term.display for term in LIKELIHOOD_TERMS}


def answer_text(question: Question, value: Any) -> str:
    if value is None:
        return "not answered"
    kind = question.kind
    if kind == QuestionKind.SCALE:
        label = next((g.label for g in question.grades if g.value == value), "")
        return f"{value} — {label}" if label else str(value)
    if kind == QuestionKind.LIKELIHOOD:
        return _TERMS.get(value, str(value))
    if kind == QuestionKind.YES_NO:
        return "yes" if value else "no"
    if kind == QuestionKind.CHOICE:
        return next((o.label for o in question.options if o.id == value), str(value))
    if kind == QuestionKind.SECURITY_COUNCIL:
        return SECURITY_COUNCIL_LABELS.get(value, str(value))
    if kind == QuestionKind.NUMBER and isinstance(value, int | float):
        return f"{value:g} {question.unit}".strip()
    if kind == QuestionKind.MEMBER_POSITIONS and isinstance(value, dict):
        counts = Counter(value.values())
        return ", ".join(f"{n} {p.replace('_', ' ')}" for p, n in sorted(counts.items())) or "none"
    return str(value)
