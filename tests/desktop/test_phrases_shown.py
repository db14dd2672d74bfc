"""The engine's sentences in the window's language (desktop.phrases): in French the decision
step gives the verdict's reasons and an answer's score in French, with French figures; in
English they are the record's own words."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

import pytest

from desktop import i18n
from desktop.translations import build
from playbooks.evaluate import short_prompt
from tests.desktop.helpers import decided_record

TRANSLATIONS = Path(i18n.__file__).resolve().parent / "translations"


@pytest.fixture
def built_translations(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "translations"
    folder.mkdir()
    for ts in TRANSLATIONS.glob("*.ts"):
        shutil.copy(ts, folder)
    build(folder)
    monkeypatch.setattr(i18n, "TRANSLATIONS", folder)
    yield folder
    i18n.install(i18n.SOURCE_LANGUAGE)


def shown_reasons(qtbot, make_window, database, catalog) -> tuple[str, str, str]:
    """The decided record's verdict panel (rule, reasons, fragility) and its first answer's
    scoring note, as the window shows them."""
    assessment_id, _memo = decided_record(database, catalog)
    window = make_window()
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    page = window.assessment_page
    panel = page.verdict
    qtbot.waitUntil(lambda: panel.evaluation is not None and bool(panel.rule.text()),
                    timeout=20000)
    editor = next(iter(page.steps[0].editors.values()))
    qtbot.waitUntil(lambda: bool(editor.result.text()), timeout=20000)
    return panel.rule.text(), panel.reasons.text() + panel.fragility.text(), \
        editor.result.text()


def test_the_window_in_french_gives_the_reasons_in_french(
        qtbot, make_window, database, catalog, built_translations):
    assert i18n.install("fr") == "fr"
    rule, reasons, note = shown_reasons(qtbot, make_window, database, catalog)
    assert "légitime : tous les critères sont remplis et la note globale de 1,00 atteint 0,70" \
        in rule
    assert "est rempli avec 1,00 (seuil 0,60)" in reasons and "rendrait le verdict" in reasons
    assert note.endswith(": note 1,00") and "scores" not in note


def test_the_window_in_english_keeps_the_engine_words(qtbot, make_window, database, catalog):
    rule, reasons, note = shown_reasons(qtbot, make_window, database, catalog)
    assert "legitimate: every criterion passes and the overall score 1.00 reaches 0.70" in rule
    assert "passes with 1.00 (needs 0.60)" in reasons and "would make the verdict" in reasons
    assert note.endswith(" scores 1.00")


def test_a_french_window_gives_a_french_playbook_s_texts_in_the_verdict_panel(
        qtbot, make_window, database, catalog, built_translations):
    """The stored evaluation names criteria and quotes questions in the playbook's base
    language (English); a French window shows the French the built-in playbook gives."""
    from tests.desktop.layout import seed

    assert i18n.install("fr") == "fr"
    _decided, draft = seed(database, catalog)  # the first three criteria answered
    playbook = catalog.get("use-of-force")
    french = playbook.in_language("fr")
    window = make_window()
    window.open_assessment(draft)
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    panel = window.assessment_page.verdict
    qtbot.waitUntil(lambda: panel.evaluation is not None and bool(panel.missing.text()),
                    timeout=20000)
    criteria, missing = panel.criteria.text(), panel.missing.text()
    for english, translated in zip(playbook.criteria, french.criteria, strict=True):
        if english.judged:
            assert escape(translated.title) in criteria
            assert f"<td>{escape(english.title)}" not in criteria
    unanswered = next(q for q in playbook.criteria[3].questions if q.required)
    assert escape(french.question(unanswered.id).prompt) in missing
    assert escape(unanswered.prompt) not in missing
    # the reasons quote the answered questions in French too
    answered = playbook.criteria[0].questions[0]
    reasons = panel.reasons.text()
    assert escape(short_prompt(french.question(answered.id).prompt)[:40]) in reasons
    assert escape(short_prompt(answered.prompt)[:40]) not in reasons
