"""The language the window shows a playbook's own texts in (its titles, questions, answer
choices and guidance; playbooks/localized.py): the window's language, so a French window shows
a bilingual playbook's French texts and any text the playbook lacks in French in its base
language. The window's own words go through Qt's translators instead (desktop/i18n.py)."""

from __future__ import annotations

from desktop.i18n import current_language


def playbook_language() -> str:
    """The window's language code, e.g. "fr" (desktop.i18n: the profile's, else the system's)."""
    return current_language()
