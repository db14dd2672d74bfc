"""History and the answer widgets in another language: the .ts files of desktop/widgets and
desktop/history are complete and keep every placeholder, History reads in French once they are
loaded, and right to left (Hebrew) a row chosen from the keyboard still shows its record."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.main_window import HISTORY
from models.workflow import create_assessment

TRANSLATIONS = Path(__file__).resolve().parents[2] / "desktop" / "translations"
AREAS = ("widgets", "history")
# Beside the interpreter in a virtual environment, else on the PATH.
LRELEASE = (str(Path(sys.executable).with_name("pyside6-lrelease"))
            if Path(sys.executable).with_name("pyside6-lrelease").exists()
            else shutil.which("pyside6-lrelease") or "pyside6-lrelease")
LANGUAGES = ("fr", "ja", "he")


def _ts_files() -> list[Path]:
    return [TRANSLATIONS / f"{area}_{lang}.ts" for area in AREAS for lang in LANGUAGES]


@pytest.mark.parametrize("path", _ts_files(), ids=lambda path: path.name)
def test_every_message_is_translated_with_its_placeholders_and_mnemonic(path: Path) -> None:
    problems = []
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = ([form.text or "" for form in translation.iter("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for text in forms:
            if translation.get("type") == "unfinished" or not text.strip():
                problems.append(f"untranslated: {source!r}")
            elif sorted(re.findall(r"\{\w+\}", text)) != sorted(re.findall(r"\{\w+\}", source)):
                problems.append(f"placeholders differ: {source!r} -> {text!r}")
            elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                problems.append(f"mnemonic lost or added: {source!r} -> {text!r}")
    assert not problems, problems


@pytest.fixture
def language(tmp_path: Path):
    """Install the compiled widgets and history translations of a language (and undo it)."""
    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        for area in AREAS:
            compiled = tmp_path / f"{area}_{lang}.qm"
            subprocess.run([LRELEASE, str(TRANSLATIONS / f"{area}_{lang}.ts"), "-qm",
                            str(compiled)], check=True, capture_output=True)
            translator = QTranslator()
            assert translator.load(str(compiled))
            QCoreApplication.installTranslator(translator)
            installed.append(translator)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _history(qtbot, make_window, database, catalog, titles):
    for title in titles:
        create_assessment(database, catalog.get("sanctions"), title=title, actor="seeder")
    window = make_window()
    window.show_page(HISTORY)
    history = window.history
    history.refresh()
    qtbot.waitUntil(lambda: history.model.total is not None and window.context.runner.is_idle())
    return window, history


def test_history_reads_in_french(qtbot, make_window, database, catalog, language):
    language("fr")
    _window, history = _history(qtbot, make_window, database, catalog,
                                ["Sanctions ciblées", "Gel des avoirs"])
    model = history.model
    headers = [model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(model.columnCount())]
    assert headers == ["Titre", "Guide d'évaluation", "Statut", "Verdict", "Décision",
                       "Mise à jour"]
    assert model.data(model.index(0, 2)) == "projet"  # the stored status stays "draft"
    assert model.rows[0].status == "draft"
    assert history.count.text() == "2 évaluations"
    assert history.status.itemText(0) == "Tout statut"


def test_right_to_left_the_chosen_row_stays_chosen_when_the_list_is_read_again(
        qtbot, make_window, database, catalog, language):
    """QTableView.selectRow looks for a column at the viewport's right edge when the layout is
    right to left, finds none and selects nothing: the row chosen before a refresh was lost."""
    language("he")
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    window, history = _history(qtbot, make_window, database, catalog, ["Blockade", "Evacuation"])
    assert history.isRightToLeft()
    history.table.setCurrentIndex(history.model.index(1, 0))  # as a click on the second row
    chosen = history.model.assessment_id(1)
    qtbot.waitUntil(lambda: history.detail.record is not None
                    and window.context.runner.is_idle(), timeout=20000)
    history.refresh()  # as after a change on the record
    qtbot.waitUntil(lambda: history.model.rowCount() == 2 and window.context.runner.is_idle(),
                    timeout=20000)
    current = history.table.currentIndex()
    assert current.isValid() and history.model.assessment_id(current.row()) == chosen
    assert history.count.text() == "2 הערכות"
