"""The window's language: chosen once at start-up, before any window is built.

The language is the profile's choice when it made one (File > Profile…, models.profile's
`language`), else the first of the system's user-interface languages we translate, else English
(the source language: nothing is loaded for it). For the chosen language every
desktop/translations/*_<language>.qm is installed (one per area of the window, built by
`python -m desktop.translations build`), with Qt's own qtbase_<language>.qm, which translates
the standard buttons (Save, Cancel…) and dialogs. A right-to-left language lays the whole
window out right to left; numbers and dates follow the language (desktop.locale_format).

Cheap on purpose (bench/ start-up): a handful of small files for one language, no scan of
others, and only the profile file read, without the database libraries.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

SOURCE_LANGUAGE = "en"
# The languages the window is translated into, each named in itself (the profile's choice).
LANGUAGES = {"en": "English", "fr": "Français", "ja": "日本語", "he": "עברית"}
# Written right to left: the window mirrors for these (Hebrew, Arabic, Persian, Urdu, Yiddish…).
RIGHT_TO_LEFT = frozenset({"he", "ar", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})
TRANSLATIONS = Path(__file__).resolve().parent / "translations"

_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []


def current_language() -> str:
    """The language the window speaks, e.g. "fr" (others default to it: the memo's language,
    the playbook text shown)."""
    return _current


def system_language() -> str:
    """The first of the system's user-interface languages the window is translated into;
    English when none is."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(preferred: str = "") -> str:
    """`preferred` (the profile's choice) when the window is translated into it, else the
    system's language."""
    return preferred if preferred in LANGUAGES else system_language()


def profile_language() -> str:
    """The language kept in the official's profile ("" when none is chosen: the system's)."""
    from models.location import user_data_dir
    from models.profile import read_profile

    profile = read_profile(user_data_dir())
    return profile.language if profile is not None else ""


def install(language: str) -> str:
    """Make `language` the window's: its translators, layout direction and locale. Replaces
    a language installed before (tests switch). Returns the language installed."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "the QApplication comes first"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language != SOURCE_LANGUAGE:
        files = sorted(TRANSLATIONS.glob(f"*_{language}.qm"))
        qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append(qt_own / f"qtbase_{language}.qm")
        for path in files:
            translator = QTranslator(app)
            if translator.load(str(path)):  # a missing file (not built yet) is skipped
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    _current = language
    return language


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks `language` (a Canadian official's French keeps
    Canada's formats), else the language's main locale."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(language)


def install_chosen() -> str:
    """At start-up: the profile's language, else the system's (see the module's text)."""
    try:
        preferred = profile_language()
    except OSError:  # no data folder can be made: the window still opens, in the system's
        preferred = ""
    return install(choose_language(preferred))


def is_right_to_left(language: str | None = None) -> bool:
    return (language or _current) in RIGHT_TO_LEFT
