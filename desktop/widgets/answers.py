"""Stored answer values in words, as the official chose them (for read-only views).

The words come from playbooks.answers.describe_value, the one wording every view shares."""

from __future__ import annotations

from typing import Any

from playbooks.answers import describe_value
from playbooks.model import Question


def answer_text(question: Question, value: Any) -> str:
    return describe_value(question, value)
