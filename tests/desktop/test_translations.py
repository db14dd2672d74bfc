"""The window in other languages (issue 17): under a pseudo-locale every text it shows is
translated; Hebrew lays it out right to left; the French translation is what is shown; the
language chosen in the profile is the one the window starts in."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from desktop import i18n, phrases
from desktop.app import APPLICATION
from desktop.main_window import DUE, HISTORY, MEMBERS, NAV_LABELS, NEW, PLAYBOOKS, REVIEW, TRUST
from desktop.profile import ProfileDialog, load_profile, os_user, save_profile
from desktop.translations import build
from models.profile import Profile
from tests.desktop.helpers import decided_record
from tests.desktop.pseudo_locale import (
    PseudoPhrases,
    build_pseudo_translation,
    data_pattern,
    report,
    shown_texts,
)

TRANSLATIONS = Path(i18n.__file__).resolve().parent / "translations"


@pytest.fixture
def english_after():
    yield
    i18n.install(i18n.SOURCE_LANGUAGE)


@pytest.fixture
def built_translations(tmp_path, monkeypatch) -> Path:
    """The repository's .ts files compiled into a folder of the test's own, which i18n reads."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, folder)
    build(folder)
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    return folder


@pytest.fixture
def pseudo(tmp_path, monkeypatch):
    # the engine's sentences through a pseudo gettext catalog (desktop.phrases), built here
    monkeypatch.setitem(phrases.EXTRA, i18n.current_language(), PseudoPhrases())
    translator = QTranslator()
    assert translator.load(str(build_pseudo_translation(tmp_path)))
    QCoreApplication.installTranslator(translator)
    # Figures in a locale whose short dates and times have no letters ("20:53", not "8:53 PM").
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QCoreApplication.removeTranslator(translator)


def _strings_of(value, into: set[str]) -> None:
    """Every text inside a playbook or record value (dataclasses, mappings, sequences)."""
    if isinstance(value, str):
        into.add(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            _strings_of(getattr(value, field.name), into)
    elif isinstance(value, dict):
        for key, item in value.items():
            _strings_of(key, into)
            _strings_of(item, into)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _strings_of(item, into)


def test_every_window_shows_only_translated_text_under_a_pseudo_locale(
        qtbot, pseudo, make_window, catalog, database):
    from models.members import registry_entries
    from models.workflow import create_assessment, member_infos

    decided, _memo = decided_record(database, catalog, title="Naval interdiction")
    draft_playbook = catalog.get("sanctions")
    draft = create_assessment(database, draft_playbook, title="Targeted sanctions",
                              proposed_action="Freeze the assets", actor="analyst")
    data: set[str] = {"Naval interdiction", "Interdiction", "Targeted sanctions",
                      "Freeze the assets", "analyst", "Min Ister", "test official", os_user(),
                      APPLICATION, *i18n.LANGUAGES.values()}  # names never translated
    for playbook in catalog.all():
        _strings_of(playbook, data)
    for playbook in (catalog.get("use-of-force", "1.0"), draft_playbook):
        _strings_of(playbook, data)
        data |= {f"Answer to {question.id}" for question in playbook.questions()}
    for member in member_infos(database):
        data |= {member.name, member.iso}
    for entry in registry_entries(database):  # the registry's own notes and references
        data |= {entry.note, entry.review_reference}
    data.add(database.display_name)
    data.add("SHA-256")  # the digest's name, as the Playbooks page and registry line show it

    window = make_window()
    context = window.context
    found: dict[str, list[tuple[str, str]]] = {}

    def idle() -> None:
        qtbot.waitUntil(lambda: context.runner.is_idle() and context.background.is_idle(),
                        timeout=20000)

    for index in (HISTORY, NEW, MEMBERS, PLAYBOOKS, TRUST, DUE, REVIEW):
        window.show_page(index)
        idle()
        found[f"main window: {NAV_LABELS[index]}"] = shown_texts(window)
    for name, assessment_id in (("decided", decided), ("draft", draft)):
        window.open_assessment(assessment_id)
        qtbot.waitUntil(lambda: window.assessment_page is not None
                        and window.assessment_page.record is not None, timeout=20000)
        page = window.assessment_page
        for step in range(page.step_count()):
            page.go_to_step(step)
            idle()
            found[f"assessment ({name}), step {step + 1}"] = shown_texts(window)
        scenario = window.open_scenario()
        assert scenario is not None
        idle()
        found[f"what-if scenario ({name})"] = shown_texts(scenario)
        scenario.close()
        idle()
    for first_run in (True, False):
        dialog = ProfileDialog(None, window, first_run=first_run,
                               choose_file=context.dialogs.open_file)
        dialog.show()
        found[f"profile dialog (first run: {first_run})"] = shown_texts(dialog)
        dialog.close()
    archive = window.verify_archive()
    qtbot.waitUntil(lambda: not archive.running, timeout=30000)
    found["archive check"] = shown_texts(archive)
    archive.close()
    from desktop.identities import IdentitiesDialog

    identities = IdentitiesDialog(context, window)
    identities.show()
    idle()
    found["signing identities"] = shown_texts(identities)
    identities.close()
    from desktop.memo.signing import SigningDialog
    from desktop.menus import shortcut_rows, show_shortcuts
    from desktop.pages.outcome_dialog import OutcomeDialog, RetrospectiveDialog

    for title, dialog in (
            ("signing", SigningDialog(window)),
            ("outcome of a call", OutcomeDialog("Naval interdiction", "Interdiction", "likely",
                                                window)),
            ("retrospective", RetrospectiveDialog("Naval interdiction", "Interdiction", window))):
        dialog.show()
        found[f"{title} dialog"] = shown_texts(dialog)
        dialog.close()
    data |= {keys for keys, _what in shortcut_rows(window)}  # shortcuts stay as typed
    show_shortcuts(window)
    window.show_about()
    idle()
    dialogs = context.dialogs
    found["message boxes"] = [(f"{kind}: {title}", text) for kind, pairs in (
        ("info", dialogs.infos), ("error", dialogs.errors), ("confirm", dialogs.confirms),
        ("warning", dialogs.warnings)) for title, text in pairs]
    found["message boxes"] += [(f"{kind} title", title) for kind, pairs in (
        ("info", dialogs.infos), ("error", dialogs.errors)) for title, _text in pairs]

    playbook_ids = {playbook.id for playbook in catalog.all()}
    playbook_ids |= {catalog.origin(playbook) for playbook in catalog.all()}  # file paths
    playbook_ids |= {question.unit for playbook in catalog.all()  # "deaths": the playbook's
                     for question in playbook.questions() if question.unit}  # own words
    unmarked = report(found, data_pattern(data, playbook_ids))
    assert not unmarked, "shown without translation (window: where: text):\n" + unmarked


def test_hebrew_lays_the_main_window_out_right_to_left(qtbot, make_window, english_after,
                                                       built_translations):
    assert i18n.install("he") == "he" and i18n.current_language() == "he"
    window = make_window()
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.centralWidget().isRightToLeft()
    dialog = ProfileDialog(None, window)
    assert dialog.isRightToLeft()
    # Qt's own strings come from qtbase_he.qm: the standard buttons speak Hebrew too.
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() != "Cancel"
    assert dialog.windowTitle() == "הפרופיל שלך"
    dialog.deleteLater()


def test_the_french_translation_is_shown(qtbot, english_after, built_translations):
    assert {path.name for path in built_translations.glob("core_*.qm")} >= {
        "core_fr.qm", "core_ja.qm", "core_he.qm"}
    i18n.install("fr")
    dialog = ProfileDialog(Profile("Ana Drafter"), None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Votre profil"
    assert dialog.language.itemText(0) == "Langue du système"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Enregistrer"
    assert not dialog.isRightToLeft()
    i18n.install("en")
    assert ProfileDialog(None, None).windowTitle() == "Your profile"


def test_the_language_chosen_in_the_profile_is_kept_and_applies_at_the_next_start(
        qtbot, tmp_path, monkeypatch, english_after):
    monkeypatch.setenv("CONCERT_DATA_DIR", str(tmp_path / "data"))
    i18n.install("en")
    dialog = ProfileDialog(Profile("Ana Drafter"), None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == dialog.tr("System default")
    assert dialog.language_note.isHidden() == (i18n.system_language() == "en")
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Français", "日本語", "עברית"]  # each in its own language
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert not dialog.language_note.isHidden()
    assert "next starts" in dialog.language_note.text()
    save_profile(dialog.profile())
    assert load_profile() == Profile("Ana Drafter", language="ja")
    assert i18n.profile_language() == "ja"
    assert i18n.install_chosen() == "ja"


def test_no_choice_follows_the_system_and_unknown_languages_fall_back():
    assert i18n.choose_language("") == i18n.system_language()
    assert i18n.choose_language("xx") == i18n.system_language()
    assert i18n.choose_language("he") == "he"
    assert i18n.system_language() in i18n.LANGUAGES


def test_a_language_is_stored_only_as_a_language_code():
    from models.errors import InvalidInput
    from models.profile import checked_profile

    assert checked_profile("Ana", language=" he ").language == "he"
    assert checked_profile("Ana").language == ""
    for wrong in ("FR", "fr-CA; x", "français", "x" * 9):
        with pytest.raises(InvalidInput, match="language"):
            checked_profile("Ana", language=wrong)


def test_the_app_starts_in_the_language_of_the_profile(
        database, database_url, catalog, monkeypatch, tmp_path, english_after):
    """desktop.app.run installs the profile's language before any text is shown (here the
    record needs migrating, so the app stops with its message: in Hebrew, right to left)."""
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication

    import desktop.app

    monkeypatch.setenv("CONCERT_DATA_DIR", str(tmp_path / "data"))
    save_profile(Profile("Ana Drafter", language="he"))
    with database.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = 'older'"))
    said: list[str] = []
    monkeypatch.setattr(desktop.app, "show_startup_problem", said.append)
    assert desktop.app.run(database_url) == 2
    assert said  # stopped where it should, after the language was chosen
    assert i18n.current_language() == "he"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_date_field_reads_as_the_language_writes_dates(qtbot, english_after):
    from datetime import date

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from desktop.locale_format import day, show_dates_as_written

    i18n.install("he")
    edit = QDateEdit(QDate(2026, 12, 6))
    qtbot.addWidget(edit)
    show_dates_as_written(edit)
    assert edit.text() == day(date(2026, 12, 6)) == "6.12.2026"  # not 2026.12.6
