"""Every word the layers below the desktop hand up to be shown is listed for translation in
desktop.source_words: a status, verdict, decision, position or routing stage added below
without a line there would show in English in a French or Hebrew window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop import source_words
from models.routing_words import DONE_WORDS, STAGE_NAMES
from models.tables import ASSESSMENT_STATUSES, DECISIONS
from playbooks.model import POSITIONS
from playbooks.verdict import Verdict


def test_every_word_from_below_is_listed_for_translation() -> None:
    assert set(ASSESSMENT_STATUSES) == source_words.STATUSES
    assert {verdict.label for verdict in Verdict} == source_words.VERDICTS
    assert {d.replace("_", " ") for d in DECISIONS} == source_words.DECISIONS
    assert {p.replace("_", " ") for p in POSITIONS} == source_words.POSITIONS
    assert set(STAGE_NAMES.values()) | set(DONE_WORDS.values()) == source_words.STAGES


class _French(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return {("Decision", "approve with conditions"): "approuver sous conditions",
                ("Verdict", "not legitimate"): "non légitime"}.get((context, source), "")


def test_the_words_are_shown_translated(qapp) -> None:
    french = _French()
    QCoreApplication.installTranslator(french)
    try:
        assert source_words.decision("approve_with_conditions") == "approuver sous conditions"
        assert source_words.verdict("not legitimate") == "non légitime"
    finally:
        QCoreApplication.removeTranslator(french)


def test_every_grade_and_likelihood_from_below_is_listed_for_translation() -> None:
    from playbooks.model import (
        CONFIDENCE_LEVELS,
        INFORMATION_CREDIBILITY,
        LIKELIHOOD_TERMS,
        SOURCE_RELIABILITY,
    )

    assert {term.label for term in LIKELIHOOD_TERMS} == source_words.LIKELIHOODS
    assert set(CONFIDENCE_LEVELS) == source_words.CONFIDENCES
    assert set(SOURCE_RELIABILITY.values()) == source_words.RELIABILITIES
    assert set(INFORMATION_CREDIBILITY.values()) == source_words.CREDIBILITIES
    # Untranslated, a likelihood reads as the playbooks layer writes it.
    assert [source_words.likelihood(t) for t in LIKELIHOOD_TERMS] == [
        t.display for t in LIKELIHOOD_TERMS]
