"""A case-file template for a playbook (`playbooks template ID`): every question in the
playbook's order, its prompt, and the answers it accepts with their scores, as comments.

Filled in, it is tried against a playbook file with `playbooks try` or imported with `assess
import`; as written (every answer null), it already imports as an empty draft. The format is
docs/case-file-format.md.
"""

from __future__ import annotations

import textwrap

import yaml

from models.casefile import DEFAULT_CLASSIFICATION, FORMAT_VERSION
from playbooks.answers import describe_value, expected_value, ordered_values, score_answer
from playbooks.explain import scoring_rule
from playbooks.model import POSITIONS, Playbook, Question, QuestionKind

WIDTH = 96


def case_template(playbook: Playbook) -> str:
    lines = [
        f"# Concert Desk case file: a template for {playbook.title} "
        f"({playbook.id} {playbook.version}).",
        "# Answer each question (null: not answered yet); every answer may also have a",
        "# rationale, a confidence (low | moderate | high) and evidence, e.g.",
        '#   evidence: [{summary: "UN panel report", source: "S/2026/118", reliability: B,',
        "#              credibility: 2}]",
        "# Then: main.py playbooks try PLAYBOOK.yaml THIS.yaml, or main.py assess import THIS.yaml",
        "# (the format: docs/case-file-format.md).",
        f"format_version: {FORMAT_VERSION}",
        f"title: {_scalar('Title of the assessment')}",
        "playbook:",
        f"  id: {_scalar(playbook.id)}",
        f'  version: "{playbook.version}"',
        f"  hash: {playbook.content_hash}",
        'proposed_action: ""',
        'crisis: ""',
        f"classification: {DEFAULT_CLASSIFICATION}",
        "answers:",
    ]
    for criterion in playbook.criteria:
        gate = "gate, " if criterion.gate else ""
        lines += ["", f"  # --- {criterion.title} ({gate}passes at {criterion.pass_threshold:.2f})"]
        for question in criterion.questions:
            lines += _question_lines(question)
    return "\n".join(lines) + "\n"


def _question_lines(question: Question) -> list[str]:
    required = "required" if question.required else "optional"
    lines = _comment(f"{question.prompt} ({required})")
    lines += _comment(f"{question.kind.value}: {_accepted(question)}")
    lines += [f"  {question.id}:", "    answer: null", '    rationale: ""']
    return lines


def _accepted(question: Question) -> str:
    """The answers a question accepts, as they are written in the file, with their scores."""
    kind = question.kind
    values = ordered_values(question)
    if values and kind is not QuestionKind.MEMBER_POSITIONS:
        return "one of " + ", ".join(_choice(question, value) for value in values)
    if kind is QuestionKind.MEMBER_POSITIONS:
        accepted = (
            "a mapping of member codes (main.py members list) to one of "
            + " | ".join(POSITIONS)
            + ", e.g. {CAN: endorse, DEU: abstain}; a member left out counts as not consulted"
        )
    elif kind is QuestionKind.NUMBER and question.unit:
        accepted = f"{expected_value(question)} ({question.unit})"
    else:
        accepted = expected_value(question)
    return f"{accepted}; scores: {scoring_rule(question)}"


def _choice(question: Question, value: object) -> str:
    score = score_answer(question, value)
    shown = _label(value, describe_value(question, value))
    return _written(value) + shown + ("" if score is None else f" → {score:.2f}")


def _written(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _label(value: object, shown: str) -> str:
    """The answer's words beside its written form, when they say more: "(serious violations)"
    for a grade, "(55–80%)" for a likelihood term."""
    words = str(value).replace("_", " ")
    if shown in (_written(value), words, "yes", "no"):
        return ""
    if shown.startswith(words + " ("):
        return " " + shown[len(words) + 1 :]
    return f" ({shown.removeprefix(f'{value} – ')})"


def _comment(text: str) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()), WIDTH, initial_indent="  # ", subsequent_indent="  #   "
    )


def _scalar(text: str) -> str:
    """Text as a YAML scalar that reads back as the same text."""
    dumped: str = yaml.safe_dump(text, allow_unicode=True, default_style=None, width=10**6)
    return dumped.removesuffix("\n...\n").removesuffix("\n")
