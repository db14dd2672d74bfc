"""A playbook's own texts, as a record stores them, made sayable in the playbook's other
languages.

An evaluation, once stored, holds a playbook's texts in its base language: a criterion's title
("Just cause"), a question's prompt quoted in a reason, an answer's label in a score's note. The
record keeps them so, and the hash proves them; but a French window or memo should show the
French the playbook gives for them. `sayable` finds, inside an engine sentence or a plain text,
every text that is exactly one of the playbook's base-language texts and gives it as a
`PlaybookText`: the same stored text, with the playbook's translations of it, which the window
and the memo say in their language (playbooks.phrases.render) and fall back to the stored text
where the playbook has no translation. Nothing is matched but whole texts, so the record's own
words are never rewritten.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any

from playbooks.localized import texts_of
from playbooks.model import Playbook, Question
from playbooks.phrases import Figure, Phrase, PlaybookText, map_text

_TABLES: dict[str, dict[str, PlaybookText]] = {}


def playbook_texts(playbook: Playbook | None) -> dict[str, PlaybookText]:
    """Each base-language text of `playbook` that some translation gives, by its text: titles,
    prompts (also as the engine shortens them in reasons), guidance, answer labels (also as
    answers are written: "3 – widespread"), knock-out reasons and route labels. Empty for a
    playbook without translations, or one already shown in another language (whose texts are
    no longer the stored ones)."""
    if playbook is None or not playbook.translations or \
            playbook.shown_language != playbook.language:
        return {}
    known = _TABLES.get(playbook.content_hash)
    if known is None:
        known = _TABLES[playbook.content_hash] = _table(playbook)
    return known


def _table(playbook: Playbook) -> dict[str, PlaybookText]:
    from playbooks.answers import describe_value, describe_value_short
    from playbooks.evaluate import short_prompt

    translated: dict[str, dict[str, str]] = {}

    def add(base: str, language: str, text: str) -> None:
        if base and text and text != base:
            translated.setdefault(base, {}).setdefault(language, text)

    shown = {code: playbook.in_language(code) for code in playbook.translations}
    for language, table in playbook.translations.items():
        for item in texts_of(playbook):
            if item.key in table:
                add(item.text, language, table[item.key])
        localized: dict[str, Question] = {q.id: q for q in shown[language].questions()}
        for question in playbook.questions():
            other = localized[question.id]
            add(short_prompt(question.prompt), language, short_prompt(other.prompt))
            for value in _listed_values(question):
                add(describe_value(question, value), language, describe_value(other, value))
                add(describe_value_short(question, value), language,
                    describe_value_short(other, value))
    return {base: PlaybookText(base, texts) for base, texts in translated.items()}


def _listed_values(question: Question) -> list[Any]:
    """The answers whose words come from the playbook (its grades and options)."""
    return [g.value for g in question.grades] + [o.id for o in question.options]


def sayable(value: Any, playbook: Playbook | None) -> Any:
    """`value` (an engine sentence or a plain text) with each whole text in it that is one of
    the playbook's translated texts given as that `PlaybookText`; equal to `value` as text."""
    table = playbook_texts(playbook)
    if not table or isinstance(value, (PlaybookText, Figure)) or value is None:
        return value
    if isinstance(value, Phrase):
        return map_text(value, lambda part: table.get(part, part))
    return table.get(str(value), value)


def sayable_throughout(value: Any, playbook: Playbook | None) -> Any:
    """`value` (an Evaluation, its parts) with `sayable` applied to every text inside it;
    equal to `value`, field by field."""
    if not playbook_texts(playbook):
        return value
    if isinstance(value, str):
        return sayable(value, playbook)
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: sayable_throughout(getattr(value, f.name), playbook)
                                 for f in fields(value) if f.init})
    if isinstance(value, tuple):
        return tuple(sayable_throughout(item, playbook) for item in value)
    if isinstance(value, list):
        return [sayable_throughout(item, playbook) for item in value]
    if isinstance(value, dict):
        return {key: sayable_throughout(item, playbook) for key, item in value.items()}
    return value
