"""What changed between two versions of a playbook, in words (`playbooks diff ID V1 V2`, and the
questions whose wording or scoring changed when an assessment moves to another version).

Criteria and questions are matched by id (a question may move between criteria). Every field of
the model is compared, including fields this module does not name: those are reported with
their old and new values, so a new kind of rule never passes unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

from playbooks.answers import format_number
from playbooks.model import Criterion, Grade, Option, Playbook, Question, Source

ADDED, REMOVED, CHANGED = "added", "removed", "changed"

# Fields compared elsewhere, or that identify rather than describe.
_PLAYBOOK_SKIPPED = {
    "id", "version", "content_hash", "file", "criteria", "translation_gaps", "shown_language",
}
_CRITERION_SKIPPED = {"id", "questions"}
_QUESTION_SKIPPED = {"id"}


@dataclass(frozen=True)
class Change:
    """One difference: what it concerns, and how."""

    subject: str  # "settings", "criterion `just_cause` (Just cause)", "question `harm` …"
    kind: str  # ADDED | REMOVED | CHANGED
    details: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        head = f"{self.kind} {self.subject}"
        if len(self.details) == 1:
            return [f"{head}: {self.details[0]}"]
        return [head] + [f"  - {detail}" for detail in self.details]


@dataclass(frozen=True)
class PlaybookDiff:
    old: Playbook
    new: Playbook
    changes: tuple[Change, ...]

    @property
    def same_rules(self) -> bool:
        return not self.changes


def diff_playbooks(old: Playbook, new: Playbook) -> PlaybookDiff:
    changes: list[Change] = []
    details = _field_changes(old, new, _PLAYBOOK_SKIPPED)
    if details:
        changes.append(Change("playbook", CHANGED, tuple(details)))
    old_criteria = {c.id: c for c in old.criteria}
    new_criteria = {c.id: c for c in new.criteria}
    for criterion in new.criteria:
        if criterion.id not in old_criteria:
            changes.append(Change(_criterion(criterion), ADDED, (_criterion_summary(criterion),)))
    for criterion in old.criteria:
        if criterion.id not in new_criteria:
            changes.append(Change(_criterion(criterion), REMOVED))
        else:
            details = criterion_changes(criterion, new_criteria[criterion.id])
            if details:
                changes.append(Change(_criterion(criterion), CHANGED, tuple(details)))
    if [c.id for c in old.criteria if c.id in new_criteria] != [
        c.id for c in new.criteria if c.id in old_criteria
    ]:
        changes.append(Change("criteria", CHANGED, ("their order changed",)))
    changes += _question_changes(old, new)
    return PlaybookDiff(old, new, tuple(changes))


def _question_changes(old: Playbook, new: Playbook) -> list[Change]:
    changes: list[Change] = []
    old_homes = {q.id: c for c in old.criteria for q in c.questions}
    new_homes = {q.id: c for c in new.criteria for q in c.questions}
    for criterion in new.criteria:
        for question in criterion.questions:
            if question.id not in old_homes:
                summary = f"{question.kind.value}, in {criterion.title}: {_quoted(question.prompt)}"
                changes.append(Change(_question(question), ADDED, (summary,)))
    for criterion in old.criteria:
        for question in criterion.questions:
            if question.id not in new_homes:
                changes.append(Change(_question(question), REMOVED, (f"was in {criterion.title}",)))
                continue
            details = question_changes(question, new.question(question.id))
            moved_to = new_homes[question.id]
            if moved_to.id != criterion.id:
                details.insert(0, f"moved from {criterion.title} to {moved_to.title}")
            if details:
                changes.append(Change(_question(question), CHANGED, tuple(details)))
    return changes


def criterion_changes(old: Criterion, new: Criterion) -> list[str]:
    return _field_changes(old, new, _CRITERION_SKIPPED)


def question_changes(old: Question, new: Question) -> list[str]:
    """What changed in one question, in words (empty when nothing did)."""
    return _field_changes(old, new, _QUESTION_SKIPPED)


def _criterion(criterion: Criterion) -> str:
    return f"criterion `{criterion.id}` ({criterion.title})"


def _question(question: Question) -> str:
    return f"question `{question.id}`"


def _criterion_summary(criterion: Criterion) -> str:
    gate = "a gate, " if criterion.gate else ""
    return (
        f"{gate}weight {_number(criterion.weight)}, passes at {_number(criterion.pass_threshold)}, "
        f"{len(criterion.questions)} question(s)"
    )


# --- one field at a time ----------------------------------------------------------------------


def _field_changes(old: Any, new: Any, skipped: set[str]) -> list[str]:
    details: list[str] = []
    for item in fields(old):
        name = item.name
        if name in skipped:
            continue
        before, after = getattr(old, name), getattr(new, name, None)
        if before != after:
            details += _describe(name, before, after)
    return details


def _describe(name: str, before: Any, after: Any) -> list[str]:
    if name in ("prompt", "title"):
        return [f"{name} reworded: {_quoted(before)} → {_quoted(after)}"]
    if name in ("guidance", "description"):
        return [f"{name} rewritten: now {_quoted(after)}"]
    if name == "gate":
        return ["now a gate (a necessary condition)" if after else "no longer a gate"]
    if name == "required":
        return ["now required" if after else "now optional"]
    if name == "pass_threshold":
        return [f"passes at {_number(before)} → {_number(after)}"]
    if name == "grades":
        return _grade_changes(before, after)
    if name == "options":
        return _option_changes(before, after)
    if name == "sources":
        return _source_changes(before, after)
    if name == "translations":
        return _translation_changes(before, after)
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        return _mapping_changes(name, before, after)
    return [f"{_words(name)} {_shown(before)} → {_shown(after)}"]


def _grade_changes(before: Iterable[Grade], after: Iterable[Grade]) -> list[str]:
    old = {g.value: g.label for g in before}
    new = {g.value: g.label for g in after}
    details = [f"grade {v} ({new[v]}) added" for v in new if v not in old]
    details += [f"grade {v} ({old[v]}) removed" for v in old if v not in new]
    details += [
        f"grade {v} relabelled {_quoted(old[v])} → {_quoted(new[v])}"
        for v in old
        if v in new and old[v] != new[v]
    ]
    if len(old) != len(new):
        details.append("the grades' scores move (they are evenly spaced from 0 to 1)")
    return details


def _option_changes(before: Iterable[Option], after: Iterable[Option]) -> list[str]:
    old = {o.id: o for o in before}
    new = {o.id: o for o in after}
    details = [
        f"option `{o.id}` added ({_quoted(o.label)}, scores {_number(o.score)})"
        for o in new.values()
        if o.id not in old
    ]
    details += [f"option `{o.id}` removed" for o in old.values() if o.id not in new]
    for option_id, option in old.items():
        if option_id not in new:
            continue
        if option.score != new[option_id].score:
            details.append(
                f"option `{option_id}` scores {_number(option.score)} → "
                f"{_number(new[option_id].score)}"
            )
        if option.label != new[option_id].label:
            details.append(
                f"option `{option_id}` relabelled {_quoted(option.label)} → "
                f"{_quoted(new[option_id].label)}"
            )
    if [o for o in old if o in new] != [o for o in new if o in old]:
        details.append("options reordered")
    return details


def _source_changes(before: Iterable[Source], after: Iterable[Source]) -> list[str]:
    """Sources matched by title: a source whose author, year or note changed is "changed"
    (naming what), not removed and added again."""
    old = {s.title: s for s in before}
    new = {s.title: s for s in after}
    details = [f"source added: {title}" for title in new if title not in old]
    details += [f"source removed: {title}" for title in old if title not in new]
    for title, source in old.items():
        if title in new and source != new[title]:
            shown: dict[str, Callable[[Any], str]] = {
                "author": _quoted, "year": _shown, "note": _quoted
            }
            moved = [f"{name} {show(getattr(source, name))} → {show(getattr(new[title], name))}"
                     for name, show in shown.items()
                     if getattr(source, name) != getattr(new[title], name)]
            details.append(f"source changed: {title} ({'; '.join(moved)})")
    return details


def _translation_changes(
    before: Mapping[str, Mapping[Any, str]], after: Mapping[str, Mapping[Any, str]]
) -> list[str]:
    """Per language, how many texts were added, changed or removed (not the texts: a
    translation is read in the file, and every one of them would drown the rules' changes)."""
    from playbooks.languages import language_name

    lines: list[str] = []
    for code in sorted(set(before) | set(after)):
        old, new = before.get(code, {}), after.get(code, {})
        name = f"{language_name(code)} texts"
        if not old:
            lines.append(f"{name} added ({len(new)})")
        elif not new:
            lines.append(f"{name} removed ({len(old)})")
        else:
            counts = (
                ("changed", sum(1 for k in old.keys() & new.keys() if old[k] != new[k])),
                ("added", len(new.keys() - old.keys())),
                ("removed", len(old.keys() - new.keys())),
            )
            said = ", ".join(f"{n} {what}" for what, n in counts if n)
            if said:
                lines.append(f"{name}: {said}")
    return lines


def _mapping_changes(name: str, before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    details = []
    for key in list(before) + [k for k in after if k not in before]:
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            details += _mapping_changes(f"{name}.{key}", old, new)
        elif key not in after:
            details.append(f"{_words(name)} {key} removed (was {_shown(old)})")
        elif key not in before:
            details.append(f"{_words(name)} {key} added: {_shown(new)}")
        else:
            details.append(f"{_words(name)} {key} {_shown(old)} → {_shown(new)}")
    return details


# --- how values read --------------------------------------------------------------------------


def _words(name: str) -> str:
    return name.replace("_", " ")


def _number(value: Any) -> str:
    return format_number(value) if isinstance(value, float) else str(value)


def _quoted(text: Any, limit: int = 90) -> str:
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def _shown(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return _number(value)
    if hasattr(value, "value") and isinstance(value.value, str):  # an enumeration
        return str(value.value)
    if is_dataclass(value) and not isinstance(value, type):
        parts = (f"{f.name}={_shown(getattr(value, f.name))}" for f in fields(value))
        return "(" + ", ".join(parts) + ")"
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_shown(item) for item in value) + "]"
    if isinstance(value, str):
        return _quoted(value, 60) if " " in value else value
    return str(value)
