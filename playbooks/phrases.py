"""The engine's sentences as values that can be said in another language.

A `Phrase` is a `str` whose text is exactly the English the engine has always written, so
whatever is stored, hashed, compared or printed from it is unchanged; it also keeps its English
template ("{name} passes with {score} (needs {needed})") and the values of its fields, so that
the memo and the window can say it again in their language (`render`). Field values are plain
text (a title, an answer: the record's own words, never translated here), a `Figure` (a number
with its English text; a language formats its value) or nested Phrases.

Being a `str`, a Phrase turns into plain English text as soon as it is concatenated, joined or
formatted: sentences are built from Phrases (`phrase`, `phrase_plural`, `joined`), never by
adding strings, wherever a translation should reach them.

Templates are marked for Babel by the call itself: `phrase("…")` and `phrase_plural("…", "…",
n)` (reports/locale/README.md). Qt-free; the memo's catalogs hold their translations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from string import Formatter
from typing import Any, Protocol, cast


class Translator(Protocol):
    """What `render` asks of a language (gettext.NullTranslations and its kind have both)."""

    def gettext(self, message: str, /) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int, /) -> str: ...


class Figure(str):
    """A number in a sentence: its English text (as the engine always wrote it) and its value,
    with the kind of figure it is, so that a language can write it its own way: "score" (0.70),
    "percent" (a share; 64.5%), "count" (40), "points" (a difference in percentage points)."""

    value: float
    kind: str

    def __new__(cls, text: str, value: float, kind: str = "score") -> Figure:
        made = super().__new__(cls, text)
        made.value, made.kind = value, kind
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return Figure, (str(self), self.value, self.kind)


NumberFormat = Callable[[Figure], str]


class Phrase(str):
    """An English sentence (its `str`) that remembers how it was made."""

    template: str
    plural: str  # the plural template, of a phrase_plural; "" otherwise
    quantity: int  # what chooses a phrase_plural's form
    fields: Mapping[str, Any]

    def __new__(cls, template: str, fields: Mapping[str, Any], plural: str = "",
                quantity: int = 0) -> Phrase:
        chosen = template if not plural or quantity == 1 else plural
        made = super().__new__(cls, chosen.format(**{k: str(v) for k, v in fields.items()}))
        made.template, made.plural, made.quantity, made.fields = template, plural, quantity, \
            dict(fields)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return Phrase, (self.template, self.fields, self.plural, self.quantity)

    def render(self, translate: Translator, number: NumberFormat = str,
               language: str = "") -> str:
        """The sentence in the language of `translate`, its figures written by `number`.
        A template the language has no translation for stays in English, its fields
        rendered all the same. `language` (its code) chooses a playbook's own text
        (`PlaybookText`) among the languages the playbook gives it in."""
        if self.plural:
            template = translate.ngettext(self.template, self.plural, self.quantity)
        else:
            template = translate.gettext(self.template)
        values = {name: render(value, translate, number, language)
                  for name, value in self.fields.items()}
        chosen = self.template if not self.plural or self.quantity == 1 else self.plural
        if _field_names(template) != _field_names(chosen) - {"count"} and \
                _field_names(template) != _field_names(chosen):
            template = chosen  # a translation that lost or misspelt a field: say it in English
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            return chosen.format(**values)


class PlaybookText(Phrase):
    """A text of a playbook (a criterion's title, a question's prompt, an answer's label) as
    the record stores it, in the playbook's base language (its `str`), with the same text in
    the other languages the playbook gives it in (`texts`, by language code). Said in one of
    those languages it is that language's text, else the stored text; it is never looked up
    in the engine's catalogs (it is the playbook's own words, not the engine's)."""

    texts: Mapping[str, str]

    def __new__(cls, text: str, texts: Mapping[str, str]) -> PlaybookText:
        made = cast(PlaybookText, super().__new__(
            cls, text.replace("{", "{{").replace("}", "}}"), {}))
        made.texts = dict(texts)
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return PlaybookText, (str(self), self.texts)

    def render(self, translate: Translator, number: NumberFormat = str,
               language: str = "") -> str:
        return self.in_language(language)

    def in_language(self, language: str) -> str:
        code = language.replace("-", "_").split("_", 1)[0].lower()
        return self.texts.get(code) or str(self)


@lru_cache(maxsize=1024)
def _field_names(template: str) -> frozenset[str]:
    try:
        return frozenset(name for _text, name, _spec, _conversion in Formatter().parse(template)
                         if name)
    except ValueError:
        return frozenset({"?"})  # not a template: never matches one


def render(value: Any, translate: Translator, number: NumberFormat = str,
           language: str = "") -> str:
    """Any engine text in the language of `translate` (whose code is `language`): a Phrase
    rendered, a Figure through `number`, anything else (the record's own words) as it is."""
    if isinstance(value, Phrase):
        return value.render(translate, number, language)
    if isinstance(value, Figure):
        return number(value)
    return str(value)


def phrase(template: str, /, **fields: Any) -> Phrase:
    """A sentence from an English template with `{name}` fields (Babel extracts the template)."""
    return Phrase(template, fields)


def phrase_plural(singular: str, plural: str, count: int, /, **fields: Any) -> Phrase:
    """A sentence whose wording follows `count` (one form in English when it is 1)."""
    return Phrase(singular, fields, plural, count)


def joined(separator: str, parts: Iterable[Any]) -> Phrase | str:
    """Parts joined by a separator ("; ", ", "), each still translatable. Its template is made
    here (no catalog has it), so it stays as it is: only the parts are translated."""
    items = list(parts)
    if not any(isinstance(p, (Phrase, Figure)) for p in items):  # PlaybookText is a Phrase
        return separator.join(str(p) for p in items)
    names = [f"part{i}" for i in range(len(items))]
    template = separator.replace("{", "{{").replace("}", "}}").join(
        "{" + name + "}" for name in names)
    return Phrase(template, dict(zip(names, items, strict=True)))


def concat(*parts: Any) -> Phrase | str:
    """Parts written one after the other (a sentence and its tail), each still translatable."""
    return joined("", parts)


def map_text(value: Any, change: Callable[[str], str]) -> Any:
    """`value` with `change` applied to the record's words inside it (its plain-text fields),
    a Phrase staying a Phrase: e.g. question ids replaced by their questions. A playbook's
    text (`PlaybookText`) stays as it is."""
    if isinstance(value, PlaybookText):
        return value
    if isinstance(value, Phrase):
        fields = {k: map_text(v, change) for k, v in value.fields.items()}
        return Phrase(value.template, fields, value.plural, value.quantity)
    if isinstance(value, Figure):
        return value
    return change(str(value))


def word(text: str) -> Phrase | str:
    """A fixed word the catalogs already hold (a verdict's label, a position: see
    reports/memo_words.py), as a Phrase so that it is said in the reader's language."""
    return text if "{" in text or "}" in text else Phrase(text, {})


def phrases_in(value: Any) -> dict[str, Phrase]:
    """Every Phrase inside `value` (dataclasses, tuples, lists and dicts walked), by its
    English text."""
    found: dict[str, Phrase] = {}

    def walk(item: Any) -> None:
        if isinstance(item, Phrase):
            found.setdefault(str(item), item)
        elif is_dataclass(item) and not isinstance(item, type):
            for part in fields(item):
                walk(getattr(item, part.name))
        elif isinstance(item, Mapping):
            for part in item.values():
                walk(part)
        elif isinstance(item, (tuple, list)):
            for part in item:
                walk(part)

    walk(value)
    return found


def recognised(stored: Any, known: Mapping[str, Phrase]) -> Any:
    """`stored` (e.g. an evaluation read back from its JSON snapshot) with each text that is
    exactly the English of a known Phrase given that Phrase, so that it can be said in another
    language; nothing else changes, and every text stays equal to what was stored."""
    if isinstance(stored, Phrase) or not known:
        return stored
    if isinstance(stored, str):
        return known.get(stored, stored)
    if is_dataclass(stored) and not isinstance(stored, type):
        changes = {f.name: recognised(getattr(stored, f.name), known)
                   for f in fields(stored) if f.init}
        return replace(stored, **changes)
    if isinstance(stored, tuple):
        return tuple(recognised(item, known) for item in stored)
    if isinstance(stored, list):
        return [recognised(item, known) for item in stored]
    if isinstance(stored, dict):
        return {key: recognised(item, known) for key, item in stored.items()}
    return stored
