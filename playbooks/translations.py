"""Reading a playbook's languages: `language` (the base), `languages` (every language the file
gives its texts in) and `translations` (the texts in each language other than the base, keyed
by the ids the playbook already has). See docs/playbook-format.md, "Languages".

    language: en
    languages: [en, fr]
    translations:
      fr:
        title: Recours conjoint à la force
        criteria:
          just_cause: {title: Cause juste, guidance: …}
        questions:
          harm_scale:
            prompt: …
            options: {mass_killing: …}
            grades: [Aucun, Limité, Grave]     # one per grade, in the grades' order
        bases: {chapter_vii: {title: …}}
        routes: {council: …}

A bad value (an unknown language code, a translation for a language not declared, or for an id
the playbook does not have, text that is not text) is an error naming file, line and field. A
text missing in a declared language is a `TranslationGap`, reported but not refused: the
playbook works, showing its base-language text there (see `gaps`).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from playbooks.fields import Fields, describe, did_you_mean, shown
from playbooks.languages import BASE_DEFAULT, is_language, language_name
from playbooks.localized import BaseText, TextKey, TranslationGap, texts_of
from playbooks.model import Playbook
from playbooks.strict_yaml import Path, YamlDocument, format_path

LANGUAGE_EXPECTED = "a two-letter ISO 639-1 language code such as en, fr, ja or he"
_MAX_TEXT = {"title": 300, "prompt": 2000, "unit": 40}


def _nested(fields: Fields, key: str) -> Fields:
    """The mapping under `key` (already checked to be one), its keys checked by the caller."""
    value = fields.data[key]
    return Fields(fields.doc, fields.at(key), value, tuple(value))


def with_languages(doc: YamlDocument, playbook: Playbook) -> Playbook:
    """`playbook` with the languages and translations its file declares (none: the base
    language alone, English unless `language` says otherwise)."""
    data = doc.data if isinstance(doc.data, dict) else {}
    top = Fields(doc, (), data, tuple(data))  # the keys were checked by the schema
    language = _language(top, "language", BASE_DEFAULT)
    languages = _languages(top, language)
    texts = list(texts_of(playbook, _routes_in_file(data)))
    translations: dict[str, dict[TextKey, str]] = {}
    raw = data.get("translations")
    if raw is not None:
        block = Fields(doc, ("translations",), raw, tuple(raw) if isinstance(raw, dict) else (),
                       what="a mapping from language code to that language's texts")
        for code in block.data:
            path: Path = ("translations", code)
            if not is_language(code):
                doc.report(doc.error(path, f"`{shown(code)}` is not a language code",
                                     LANGUAGE_EXPECTED))
            elif code == language:
                doc.report(doc.error(
                    path, f"translates into the base language {language_name(code)}",
                    "translations into the other languages only (the base language's texts "
                    "are the playbook's own)",
                ))
            elif code not in languages:
                doc.report(doc.error(
                    path, f"{language_name(code)} is not declared in `languages`",
                    f"`{code}` listed in `languages`, e.g. [{', '.join((*languages, code))}]",
                ))
            else:
                reader = _TranslationReader(doc, code, playbook, texts)
                translations[code] = doc.attempt(reader.read, {})
    gaps = _gaps(doc, language, languages, translations, texts)
    return replace(
        playbook,
        language=language,
        languages=languages,
        translations=translations,
        translation_gaps=gaps,
        shown_language=language,
    )


def _routes_in_file(data: dict[str, Any]) -> bool:
    authority = data.get("authority")
    return isinstance(authority, dict) and authority.get("routes") is not None


def _language(fields: Fields, key: str, default: str) -> str:
    value = fields.data.get(key)
    if value is None:
        return default
    if not is_language(value):
        what = f"`{shown(value)}` is not a language code" if isinstance(value, str) else (
            f"is {describe(value)}")
        fields.doc.report(fields.error(key, what, LANGUAGE_EXPECTED))
        return default
    return str(value)


def _languages(top: Fields, base: str) -> tuple[str, ...]:
    """The declared languages, the base first; absent: the base alone."""
    raw = top.data.get("languages")
    if raw is None:
        return (base,)
    if not isinstance(raw, list) or not raw:
        top.doc.report(top.error(
            "languages", f"is {describe(raw)}",
            f"a list of language codes with the base language, e.g. [{base}, fr]",
        ))
        return (base,)
    found: list[str] = []
    for index, code in enumerate(raw):
        path = (*top.at("languages"), index)
        if not is_language(code):
            problem = (f"`{shown(code)}` is not a language code" if isinstance(code, str)
                       else f"is {describe(code)}")
            top.doc.report(top.doc.error(path, problem, LANGUAGE_EXPECTED))
        elif code in found:
            top.doc.report(top.doc.error(path, f"`{code}` is listed twice", "each language once"))
        else:
            found.append(code)
    if base not in found:
        top.doc.report(top.error(
            "languages", f"does not list the base language {language_name(base)}",
            f"the base language among the languages, e.g. [{', '.join([base, *found])}]",
        ))
    return (base, *(code for code in found if code != base))


class _TranslationReader:
    """One language's section under `translations`, read into a table by TextKey."""

    def __init__(
        self, doc: YamlDocument, code: str, playbook: Playbook, texts: list[BaseText]
    ) -> None:
        self.doc = doc
        self.at: Path = ("translations", code)
        self.playbook = playbook
        self.table: dict[TextKey, str] = {}
        self.base = {text.translation_path: text for text in texts}

    def read(self) -> dict[TextKey, str]:
        section = Fields(self.doc, self.at, self.doc.data["translations"][self.at[1]],
                         ("title", "description", "criteria", "questions", "bases", "routes"),
                         what="a mapping of title, description, criteria, questions, bases, routes")
        for key in ("title", "description"):
            self._text(section, key, (key,))
        p = self.playbook
        self._by_id(section, "criteria", [c.id for c in p.criteria],
                    "criterion of this playbook", ("title", "guidance", "knockouts"))
        self._by_id(section, "questions", [q.id for q in p.questions()],
                    "question of this playbook",
                    ("prompt", "guidance", "unit", "options", "grades"))
        self._by_id(section, "bases", [b.id for c in p.criteria for b in c.bases],
                    "legal basis of this playbook", ("title", "guidance", "requires"))
        routes = [str(text.translation_path[1]) for text in self.base.values()
                  if text.translation_path[0] == "routes"]
        for route_id in self._ids(section, "routes", routes, "route of this playbook"):
            self._text(_nested(section, "routes"), route_id, ("routes", route_id))
        return self.table

    def _ids(self, section: Fields, key: str, known: list[str], what: str) -> list[str]:
        """The ids given under `key` that the playbook has (the others are errors)."""
        raw = section.data.get(key)
        if raw is None:
            return []
        if not isinstance(raw, dict):
            self.doc.report(section.error(key, f"is {describe(raw)}",
                                          f"a mapping from {what} id to its texts"))
            return []
        for given in raw:
            if given not in known:
                self.doc.report(self.doc.error(
                    (*section.at(key), shown(given)),
                    f"`{shown(given)}` names no {what}"
                    + did_you_mean(given, known),
                    f"one of: {', '.join(known)}" if known else f"no {what} texts",
                ))
        return [given for given in raw if given in known]

    def _by_id(self, section: Fields, key: str, known: list[str], what: str,
               allowed: tuple[str, ...]) -> None:
        for item_id in self._ids(section, key, known, what):
            item: Fields | None = self.doc.attempt(
                partial(Fields, self.doc, (*section.at(key), item_id), section.data[key][item_id],
                        allowed),
                None,
            )
            if item is None:
                continue
            for name in allowed:
                place = (key, item_id, name)
                if name in ("options",):
                    self._labels_by_id(item, name, place)
                elif name in ("grades", "knockouts", "requires"):
                    self._labels_in_order(item, name, place)
                else:
                    self._text(item, name, place)

    def _text(self, fields: Fields, key: str, place: tuple[str | int, ...]) -> None:
        if fields.data.get(key) is None:
            return
        base = self.base.get(place)
        if base is None or not base.text:
            self.doc.report(fields.error(
                key, "translates a text the playbook does not have",
                "translations only of texts given in the base language",
            ))
            return
        limit = _MAX_TEXT.get(str(place[-1]), 20_000)
        self.table[base.key] = fields.text(key, max_length=limit)

    def _labels_by_id(self, item: Fields, key: str, place: tuple[str | int, ...]) -> None:
        known = [str(p[-1]) for p in self.base if p[:-1] == place]
        for option_id in self._ids(item, key, known, "option of this question"):
            self._text(_nested(item, key), option_id, (*place, option_id))

    def _labels_in_order(self, item: Fields, key: str, place: tuple[str | int, ...]) -> None:
        raw = item.data.get(key)
        if raw is None:
            return
        count = sum(1 for p in self.base if p[:-1] == place)
        if not isinstance(raw, list) or len(raw) != count:
            found = f"has {len(raw)} entries" if isinstance(raw, list) else f"is {describe(raw)}"
            self.doc.report(item.error(key, found, f"a list of {count} texts, one per {key[:-1]} "
                                       "in the playbook's order (~ for one without text)"))
            return
        for index, value in enumerate(raw):
            if value is None:
                continue
            base = self.base[(*place, index)]
            if not base.text:
                self.doc.report(self.doc.error((*item.at(key), index),
                                               "translates a text the playbook does not have",
                                               "~ where the base language has no text"))
                continue
            if not isinstance(value, str) or not value.strip():
                self.doc.report(self.doc.error((*item.at(key), index), f"is {describe(value)}",
                                               "text"))
                continue
            self.table[base.key] = value.strip()


def _gaps(
    doc: YamlDocument,
    base: str,
    languages: tuple[str, ...],
    translations: dict[str, dict[TextKey, str]],
    texts: list[BaseText],
) -> tuple[TranslationGap, ...]:
    gaps: list[TranslationGap] = []
    for code in languages:
        if code == base:
            continue
        if code not in translations:
            gaps.append(TranslationGap(
                doc.file, doc.line(("languages",)), "languages", code, f"translations.{code}"
            ))
            continue
        table = translations[code]
        gaps.extend(
            TranslationGap(doc.file, doc.line(text.path), format_path(text.path), code,
                           format_path(("translations", code, *text.translation_path)))
            for text in texts
            if text.text and text.key not in table
        )
    return tuple(gaps)
