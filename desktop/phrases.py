"""The engine's sentences (playbooks.phrases: a verdict's reasons, its fragility, an answer's
score, the authority tally) in the window's language.

They are translated by the memo's gettext catalogs (reports/locale), so that the window and the
memo say the same sentence the same way; their figures are written as the window's locale
writes numbers (CLDR, through Babel, as the memo writes them). The record keeps them in English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.i18n import SOURCE_LANGUAGE, current_language
from playbooks.phrases import Figure, Phrase, Translator, render

if TYPE_CHECKING:  # the catalogs live in reports/, whose import loads ReportLab: not at start-up
    from reports.memo_language import MemoLanguage

# A language whose catalog is not among the memo's (e.g. the tests' pseudo-locale) may be
# given its own translation here, by language code.
EXTRA: dict[str, Translator] = {}


def say(text: object) -> str:
    """`text` in the window's language when it is an engine sentence; any other text (the
    record's own words, a title, an answer) as it is."""
    if not isinstance(text, Phrase):
        return "" if text is None else str(text)
    code = current_language()
    if code == SOURCE_LANGUAGE and code not in EXTRA:
        return str(text)  # a Phrase is its English text: nothing to load
    language = _language(code)
    translate: Translator = EXTRA.get(code) or language
    return render(text, translate, language.figure, code)


def figure(value: Figure) -> str:
    """One figure of an engine sentence as the window's language writes it."""
    if current_language() == SOURCE_LANGUAGE:
        return str(value)
    return _language(current_language()).figure(value)


def _language(code: str) -> MemoLanguage:
    from reports.memo_language import MemoLanguage, UnknownMemoLanguage, memo_language

    try:
        return memo_language(code)
    except UnknownMemoLanguage:  # no catalog: English words, the language's figures
        return MemoLanguage("en")
