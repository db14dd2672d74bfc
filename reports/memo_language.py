"""The language a memo is written in: its fixed wording, its direction, its number and date
formats (CLDR data through Babel).

The memo's fixed wording (headings, labels, page furniture) is English in the code and
template; its translations are gettext catalogs, `reports/locale/<lang>/LC_MESSAGES/memo.po`,
read with Babel (no compiled .mo files to build or ship). What the record says (titles,
answers, names) is never translated.
"""

from __future__ import annotations

RIGHT_TO_LEFT = frozenset({"ar", "dv", "fa", "he", "ps", "ur", "yi"})


def base_language(code: str) -> str:
    """"fr_CA" or "fr-CA" -> "fr"; "" -> "en" (the source language)."""
    return (code or "en").replace("-", "_").split("_", 1)[0].lower() or "en"


def is_rtl_language(code: str) -> bool:
    return base_language(code) in RIGHT_TO_LEFT
