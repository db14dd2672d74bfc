"""The assessment page in French and laid out for Hebrew, from its own translation file.

The words marked for translation at module level (decisions, statuses, the saved state) are
looked up under a context named where they are marked and again where they are shown; a
mismatch would leave them in English without any error. So the French file is compiled, as the
build does, and the page is read in French."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.assessment.bidi import isolated
from tests.desktop.layout import seed

TRANSLATIONS = Path(__file__).resolve().parents[2] / "desktop" / "translations"


@pytest.fixture
def french(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The page's own words and the shared vocabulary (statuses, verdicts) in French."""
    from desktop.translations import tool

    translators = []
    for area in ("assessment", "widgets"):
        compiled = tmp_path / f"{area}_fr.qm"
        subprocess.run([tool("lrelease"), str(TRANSLATIONS / f"{area}_fr.ts"), "-qm",
                        str(compiled)], check=True, capture_output=True, timeout=120)
        translator = QTranslator()
        assert translator.load(str(compiled))
        qapp.installTranslator(translator)
        translators.append(translator)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_draft_reads_in_french(french, qtbot, make_window, database, catalog) -> None:
    _decided, draft = seed(database, catalog)
    window = make_window()
    window.resize(1024, 700)  # the verdict panel folds: the footer names the verdict
    window.open_assessment(draft)
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    page = window.assessment_page
    qtbot.waitUntil(lambda: window.context.runner.is_idle(), timeout=20000)
    page.go_to_step(0)

    assert page.status.text() == "projet"
    assert page.save_state.text() == "✔ Enregistré"
    assert page.position.text() == ("Étape 1 sur 8 · verdict à ce stade : "
                                    "informations insuffisantes")
    assert page.step_list.item(page.step_count() - 1).text() == "Décision"
    assert page.steps[0].status.text().startswith("satisfait · note")
    decision = page.decision
    assert decision is not None
    assert [b.text() for b in decision.choice_buttons.values()] == [
        "Approuver", "Approuver sous conditions", "Rejeter", "Reporter"]
    assert decision.blocker.text() == "Choisissez une décision."
    decision.choose("approve")  # not open under insufficient information: refused, in French
    assert "informations insuffisantes" in decision.choice_buttons["approve"].toolTip()


def test_data_inside_a_line_keeps_a_right_to_left_window_s_direction(qapp) -> None:
    assert isolated("No action") == "No action"  # left to right: unchanged
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        shown = isolated("No action")
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert shown == "\u200f\u2068No action\u2069"


def test_memo_and_condition_words_come_from_one_vocabulary(french) -> None:
    """A memo's stage, its signers and a condition's state are said the same way on the
    decision step, the memo list and History (desktop.widgets.vocabulary), each in its sense:
    a withdrawn condition (retirée) is not a withdrawn member (retiré)."""
    from desktop.assessment.memos import memo_line
    from desktop.widgets.vocabulary import (
        condition_state_words,
        memo_stage_words,
        signer_words,
        standing_words,
    )

    assert memo_stage_words("drafted") == "signée par le rédacteur"
    assert signer_words("drafting_official") == "agent rédacteur"
    assert condition_state_words("met") == "remplie"
    assert condition_state_words("withdrawn") == "retirée"
    assert standing_words("withdrawn") != condition_state_words("withdrawn")
    assert condition_state_words("some_new_state") == "some new state"

    class Signature:
        signer, field = "A. Rédactrice", "drafting_official"

    class Memo:
        reference, stage, signatures = "R-1", "drafted", (Signature(),)

    line = memo_line(Memo())
    assert "signée par le rédacteur" in line and "agent rédacteur" in line
