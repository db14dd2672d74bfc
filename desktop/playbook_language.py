"""The language the window shows a playbook's own texts in (its titles, questions, answer
choices and guidance; playbooks/localized.py): the window's language, so a French window shows
a bilingual playbook's French texts and any text the playbook lacks in French in its base
language. The window's own words go through Qt's translators instead (desktop/i18n.py)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QLocale


def playbook_language() -> str:
    """The window's language code, e.g. "fr": desktop.i18n's choice (the profile's, else the
    system's) when that module is installed, else the system locale's language."""
    try:
        i18n = importlib.import_module("desktop.i18n")
    except ImportError:  # a build from before the window was translated
        return QLocale().name()[:2]
    return str(i18n.current_language())
