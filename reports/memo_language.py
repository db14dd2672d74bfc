"""The language a memo is written in: its fixed wording, its direction, its number and date
formats (CLDR data through Babel).

The memo's fixed wording (headings, labels, page furniture, the words it prints for verdicts,
decisions and positions) is English in the template and the code; its translations are gettext
catalogs, `reports/locale/<lang>/LC_MESSAGES/memo.po`, extracted with Babel from the template
and reports/*.py (see reports/locale/README.md) and read here with Babel at run time (no
compiled .mo files to build or ship). What the record says (titles, answers, names, the
playbook's own sentences) is never translated here.
"""

from __future__ import annotations

import gettext
import io
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent

from playbooks import figures
from playbooks.errors import UserError
from playbooks.phrases import Figure, Phrase
from playbooks.phrases import render as render_phrase

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "memo"
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar", "dv", "fa", "he", "ps", "ur", "yi"})


def base_language(code: str) -> str:
    """"fr_CA" or "fr-CA" -> "fr"; "" -> "en" (the source language)."""
    return (code or SOURCE_LANGUAGE).replace("-", "_").split("_", 1)[0].lower() or \
        SOURCE_LANGUAGE


def is_rtl_language(code: str) -> bool:
    return base_language(code) in RIGHT_TO_LEFT


def available_languages() -> tuple[str, ...]:
    """English and every language with a catalog, sorted."""
    found = {p.parent.parent.name for p in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.po")}
    return tuple(sorted({SOURCE_LANGUAGE, *found}))


class UnknownMemoLanguage(UserError):
    pass


_catalog_lock = threading.Lock()


@cache
def _translations(code: str) -> gettext.NullTranslations:
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    path = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    with _catalog_lock, path.open("rb") as source:
        catalog = read_po(source, locale=code, domain=DOMAIN)
        compiled = io.BytesIO()
        write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


SEPARATOR = " / "  # between a short wording's two languages in a bilingual memo


@dataclass(frozen=True)
class MemoLanguage:
    """A memo's language: words through its catalog, figures and dates through CLDR.

    A bilingual memo has a `second` language: every fixed wording is printed in both (a label
    or heading as "Options / Choix", a sentence as two lines, the first language's first),
    the record's text once; figures and dates, and the direction, follow the first language."""

    code: str  # "en", "fr", "ja", "he"
    second: str = ""  # of a bilingual memo

    @property
    def rtl(self) -> bool:
        return self.code in RIGHT_TO_LEFT

    @property
    def locale(self) -> str:
        """Where CLDR formats come from: the memo's English is British (14 March 2026)."""
        return "en_GB" if self.code == SOURCE_LANGUAGE else self.code

    def gettext(self, message: str, line_break: str = "") -> str:
        """The wording in the memo's language, or in both of a bilingual memo: joined by
        `line_break` (a sentence, where the caller can break the line) or SEPARATOR."""
        first = _translations(self.code).gettext(message)
        if not self.second:
            return first
        return _both(first, _translations(self.second).gettext(message), line_break)

    def ngettext(self, singular: str, plural: str, count: int, line_break: str = "") -> str:
        first = _translations(self.code).ngettext(singular, plural, count)
        if not self.second:
            return first
        return _both(first, _translations(self.second).ngettext(singular, plural, count),
                     line_break)

    def say(self, text: object, line_break: str = "") -> str:
        """An engine sentence (playbooks.phrases.Phrase) in the memo's language, its figures
        in the language's forms; in both languages of a bilingual memo, joined as `gettext`
        joins them. Any other text (the record's own words) as it is."""
        if not isinstance(text, Phrase):
            return str(text)
        first = render_phrase(text, _translations(self.code), self.figure, self.code)
        if not self.second:
            return first
        second = render_phrase(text, _translations(self.second), self.figure, self.second)
        return _both(first, second, line_break)

    def figure(self, value: Figure) -> str:
        """A number of an engine sentence, with the places the engine gave it, in the
        language's forms: a score (0,70), a share (64,5 %), a count (1 636 300 000)."""
        text = str(value)
        if value.kind == "count":
            return self.number(int(value.value))
        if value.kind == "percent" and text.endswith("%"):
            try:
                return self._percent_of(text.rstrip("%"))
            except ArithmeticError:  # a share the engine words ("under 0.1%")
                return text
        try:
            amount = Decimal(text)
        except ArithmeticError:
            return text
        pattern = _pattern("0", text.lstrip("+-"))
        if value.kind == "signed":
            pattern = f"+{pattern};-{pattern}"
        return format_decimal(amount, format=pattern, locale=self.locale)

    # ------------------------------------------------------------------------- figures

    def date(self, value: datetime | date) -> str:
        """A calendar day in words ("14 March 2026", "14 mars 2026", "2026年3月14日")."""
        if isinstance(value, datetime):
            value = value.astimezone(UTC).date()
        return format_date(value, format="long", locale=self.locale)

    def datetime(self, value: datetime) -> str:
        moment = value.astimezone(UTC)
        return f"{self.date(moment)} {format_time(moment, format='HH:mm', locale=self.locale)} UTC"

    def number(self, value: int) -> str:
        """A count or a population with the language's grouping (1,636,300,000; 1 636 300 000)."""
        return format_decimal(value, locale=self.locale)

    def score(self, value: float | None, threshold: float | None = None) -> str:
        """A score with the places playbooks.figures decides (never shown as its pass mark
        when short of it), in the language's decimal sign."""
        if value is None:
            return "–"
        text = figures.score(value, threshold)
        return format_decimal(Decimal(text), format=_pattern("0", text),
                              locale=self.locale)

    def percent(self, share: float, threshold: float | None = None) -> str:
        """A share as a percentage, places as playbooks.figures decides, in the language's own
        form ("54.5%", "54,5 %")."""
        return self._percent_of(figures.percent(share, threshold).rstrip("%"))

    def _percent_of(self, text: str) -> str:
        """"54.5" (a percentage as the engine writes it) in the language's own form."""
        pattern = Locale.parse(self.locale).percent_formats[None].pattern
        integer = pattern.split(";")[0]
        places = _places(text)
        if places:
            integer = integer.replace("0", "0." + "0" * places, 1) if integer.count("0") == 1 \
                else integer.replace("#0", "#0." + "0" * places, 1)
        return format_percent(Decimal(text) / 100, format=integer, locale=self.locale)


def is_sentence(wording: str) -> bool:
    """A bilingual memo prints a sentence's two languages on two lines, a label's on one."""
    return len(wording) > 40 or wording.rstrip().endswith((".", "。"))


def _both(first: str, second: str, line_break: str) -> str:
    if first == second:  # "Options", "Signatures": the same word in both languages
        return first
    return f"{first}{line_break if line_break and is_sentence(first) else SEPARATOR}{second}"


def _places(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _pattern(integer: str, text: str) -> str:
    places = _places(text)
    return integer + ("." + "0" * places if places else "")


def memo_language(code: str | None, second: str | None = None) -> MemoLanguage:
    """The language asked for ("" or None: English), with a second one for a bilingual memo
    (None or "": none, nor when it is the first); UnknownMemoLanguage names those the memo
    has."""
    first = _known(code)
    other = _known(second) if second else ""
    return MemoLanguage(first, "" if other == first else other)


def _known(code: str | None) -> str:
    base = base_language(code or "")
    if base not in available_languages():
        raise UnknownMemoLanguage(
            f"the memo cannot be written in {code!r}: its languages are "
            f"{', '.join(available_languages())}")
    return base
