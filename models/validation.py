"""Checks on values before they become rows (table models do not validate).

Lengths are checked here because SQLite ignores declared lengths and PostgreSQL refuses text
that is too long with an error no user should see; NUL characters are refused because
PostgreSQL cannot store them in text, and lone surrogates (U+D800–U+DFFF on their own, which a
terminal in a non-UTF-8 locale or a "\ud800" escape can produce) because they are not valid
Unicode: no database driver can encode them.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from models.canonical import canonical_json
from models.errors import InvalidAnswer, InvalidInput
from models.records import EvidenceInput
from playbooks.evaluate import InvalidAnswerValue, check_answer_value
from playbooks.model import (
    CONFIDENCE_LEVELS,
    INFORMATION_CREDIBILITY,
    SOURCE_RELIABILITY,
    Playbook,
    Question,
)

NAME_MAX = 200  # actors, reviewers, signers
TITLE_MAX = 500
CLASSIFICATION_MAX = 100
LONG_TEXT_MAX = 100_000  # rationale, proposed action, justification, evidence text…
ANSWER_JSON_MAX = 100_000
EVIDENCE_MAX_ITEMS = 200

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a Python str never holds a valid pair


def unstorable(value: str) -> str | None:
    """What makes `value` impossible to store as text, or None when it can be stored."""
    if "\x00" in value:
        return "contains a NUL character"
    found = _LONE_SURROGATE.search(value)
    if found:
        return (
            f"contains a lone surrogate U+{ord(found.group()):04X} at character "
            f"{found.start() + 1} (not valid Unicode: check the encoding of the text's source)"
        )
    return None


# Bidirectional embedding, override and isolate controls (U+202A–E, U+2066–9): invisible, they
# make a short line display in another order than it is stored and printed — the desktop's
# title could read "REJECT" where the memo prints "TCEJER", a classification "TOP SECRET".
# Refused in one-line fields (titles, classifications, names); right-to-left text needs none
# of them (the marks U+200E/U+200F, which reorder nothing by themselves, stay allowed).
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")
_BIDI_NAMES = {0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING",
               0x202C: "POP DIRECTIONAL FORMATTING", 0x202D: "LEFT-TO-RIGHT OVERRIDE",
               0x202E: "RIGHT-TO-LEFT OVERRIDE", 0x2066: "LEFT-TO-RIGHT ISOLATE",
               0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE",
               0x2069: "POP DIRECTIONAL ISOLATE"}


def bidi_control(value: str) -> str | None:
    """What is wrong with a one-line field holding a bidirectional control, or None."""
    found = _BIDI_CONTROL.search(value)
    if found is None:
        return None
    code = ord(found.group())
    return (f"contains the invisible bidirectional control U+{code:04X} "
            f"({_BIDI_NAMES[code]}) at character {found.start() + 1}, which would show the "
            "text in another order than the memo prints it; remove it")


def one_line(field: str, value: str) -> str:
    """A short field (title, classification, name): one line, no bidirectional controls."""
    if "\n" in value or "\r" in value:
        raise InvalidInput(f"{field}: must be one line")
    problem = bidi_control(value)
    if problem:
        raise InvalidInput(f"{field}: {problem}")
    return value


def file_label(path: str | Path) -> str:
    """A file's name (without its folder) as text that can be stored, e.g. in an audit entry.

    A name in another encoding than the file system's still opens (Python keeps its bytes as
    lone surrogates) but cannot be stored: such bytes are written as `\\xNN` instead."""
    name = os.fsencode(Path(path).name)
    return name.decode(sys.getfilesystemencoding(), "backslashreplace")


def text(field: str, value: Any, *, limit: int = LONG_TEXT_MAX, required: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{field}: expected text, got {type(value).__name__}")
    problem = unstorable(value)
    if problem:
        raise InvalidInput(f"{field}: {problem}")
    if len(value) > limit:
        raise InvalidInput(f"{field}: {len(value)} characters is too long (at most {limit})")
    if required and not value.strip():
        raise InvalidInput(f"{field}: cannot be empty")
    return value


def name(field: str, value: Any) -> str:
    """A person or system acting (actor, decided_by, reviewer): one line, not empty."""
    return one_line(field, text(field, value, limit=NAME_MAX, required=True).strip())


def fingerprint(field: str, value: Any) -> str | None:
    """A certificate's SHA-256 fingerprint, 64 hex digits (stored lower case), or None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{field}: expected a SHA-256 fingerprint, got {type(value).__name__}")
    digits = value.strip().lower().replace(":", "")
    if len(digits) != 64 or any(c not in "0123456789abcdef" for c in digits):
        raise InvalidInput(f"{field}: {value[:80]!r} is not a SHA-256 fingerprint "
                           "(64 hexadecimal digits)")
    return digits


def title(value: Any) -> str:
    return one_line("title", text("title", value, limit=TITLE_MAX, required=True).strip())


def classification(value: Any) -> str:
    checked = text("classification", value, limit=CLASSIFICATION_MAX, required=True).strip()
    problem = bidi_control(checked)
    if problem:
        raise InvalidInput(f"classification: {problem}")
    return checked


def confidence(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str) and value in CONFIDENCE_LEVELS:
        return value
    raise InvalidInput(
        f"confidence: {value!r} is not one of {', '.join(CONFIDENCE_LEVELS)} (or empty)"
    )


def evidence(items: Sequence[EvidenceInput]) -> list[EvidenceInput]:
    items = list(items)
    if len(items) > EVIDENCE_MAX_ITEMS:
        raise InvalidInput(f"evidence: at most {EVIDENCE_MAX_ITEMS} items per answer")
    checked = []
    for number, item in enumerate(items, start=1):
        where = f"evidence item {number}"
        if not isinstance(item, EvidenceInput):
            raise InvalidInput(f"{where}: expected an EvidenceInput")
        if item.reliability not in SOURCE_RELIABILITY:
            raise InvalidInput(f"{where}: reliability {item.reliability!r} is not A–F")
        if isinstance(item.credibility, bool) or item.credibility not in INFORMATION_CREDIBILITY:
            raise InvalidInput(f"{where}: credibility {item.credibility!r} is not 1–6")
        checked.append(
            EvidenceInput(
                summary=text(f"{where}: summary", item.summary, required=True),
                source=text(f"{where}: source", item.source),
                reliability=item.reliability,
                credibility=item.credibility,
            )
        )
    return checked


def question(playbook: Playbook, question_id: Any) -> Question:
    if not isinstance(question_id, str):
        raise InvalidInput(f"question id: expected text, got {type(question_id).__name__}")
    try:
        return playbook.question(question_id)
    except KeyError:
        raise InvalidAnswer(
            question_id, f"not a question of playbook {playbook.id} {playbook.version}"
        ) from None


def _unstorable_part(value: Any) -> str | None:
    """`unstorable` of the first text anywhere inside an answer value (keys included)."""
    if isinstance(value, str):
        return unstorable(value)
    if isinstance(value, dict):
        parts: list[Any] = [part for item in value.items() for part in item]
    elif isinstance(value, list | tuple):
        parts = list(value)
    else:
        return None
    for part in parts:
        problem = _unstorable_part(part)
        if problem:
            return problem
    return None


def answer_value(q: Question, value: Any) -> Any:
    """The value to store for question `q` (a fresh copy), or InvalidAnswer."""
    if value is None:
        return None
    try:
        check_answer_value(q, value)
    except InvalidAnswerValue as error:
        raise InvalidAnswer(q.id, f"not valid (expected {error.expected})") from None
    problem = _unstorable_part(value)
    if problem:
        raise InvalidAnswer(q.id, problem)
    encoded = canonical_json(value)
    if len(encoded) > ANSWER_JSON_MAX:
        raise InvalidAnswer(q.id, f"too long (at most {ANSWER_JSON_MAX} characters)")
    # A new object: the caller's dict is never stored (and so never changed in place).
    return json.loads(encoded)
