"""The engine's sentences in the memo's language (playbooks.phrases): a French memo says its
answers' scores, the fragility and the reasons in French, with French figures, while the record
keeps them in English."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from models.db import Database
from models.workflow import decide, load_assessment
from playbooks.loader import PlaybookCatalog
from playbooks.phrases import Phrase
from reports.context import build_memo_context
from reports.render import render_memo
from tests.reports.conftest import MINISTER_NAME

EXAMPLES = Path(__file__).resolve().parents[2] / "desktop" / "help" / "examples"


def memo_text(database: Database, name: str, decision: str, language: str,
              tmp_path: Path) -> tuple[str, object]:
    from models.casefile import import_case_file

    catalog = PlaybookCatalog.load(None)
    assessment_id = import_case_file(database, EXAMPLES / f"{name}.yaml", catalog, "analyst")
    playbook = catalog.by_hash(load_assessment(database, assessment_id).playbook_hash)
    decide(database, assessment_id, decision=decision, by=MINISTER_NAME, playbook=playbook)
    ctx = build_memo_context(database, assessment_id, playbook, reference="R-1",
                             issued_by="Drafter", language=language)
    pdf = tmp_path / f"{name}-{language}.pdf"
    pdf.write_bytes(render_memo(ctx).pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split()), ctx


def test_a_french_memo_says_the_engine_sentences_in_french(
        database: Database, tmp_path: Path) -> None:
    text, ctx = memo_text(database, "early-draft-kessary", "defer", "fr", tmp_path)
    # the record's sentence stays English; the memo prints it in French
    fragility = ctx.fragility  # type: ignore[attr-defined]
    assert isinstance(fragility, Phrase)
    assert str(fragility).startswith("not judged: the assessment is incomplete")
    assert "non évaluée : l’évaluation est incomplète" in text
    assert "not judged" not in text


def test_a_french_memo_scores_answers_in_french_figures(
        database: Database, tmp_path: Path) -> None:
    text, _ = memo_text(database, "northern-strait-strikes", "reject", "fr", tmp_path)
    assert re.search(r"note \d,\d\d", text) and not re.search(r"scores \d", text)
    # page 1's recommendation gives the deciding rule's reason, in French too
    assert "Critère éliminatoire Authority a échoué (0,13, seuil 0,60)" in text


def test_an_english_memo_keeps_the_engine_english(database: Database, tmp_path: Path) -> None:
    text, _ = memo_text(database, "northern-strait-strikes", "reject", "en", tmp_path)
    assert re.search(r"scores \d\.\d\d", text) and not re.search(r"note \d,\d\d", text)
