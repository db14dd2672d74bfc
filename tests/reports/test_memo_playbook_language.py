"""A playbook's own texts in the memo's language: the record stores a built-in playbook's
criterion titles and question prompts in English, and a French memo prints the French the
playbook gives for them; so do its fixed lines about them (a missing answer, a knock-out, how an
answer scores), while the record keeps its English."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from models.db import Database
from models.workflow import create_assessment, decide, save_answer
from playbooks.answers import in_words
from playbooks.conditions import condition_with_reason
from playbooks.explain import passing_answers, scoring_rule
from playbooks.loader import PlaybookCatalog
from playbooks.model import Playbook, QuestionKind
from reports.context import build_memo_context
from reports.memo_language import MemoLanguage
from reports.render import render_memo
from tests.reports.conftest import MINISTER_NAME


@pytest.fixture(scope="module")
def playbook() -> Playbook:
    """The built-in use-of-force playbook in its newest version, in English and French."""
    found = PlaybookCatalog.load(None).get("use-of-force")
    assert "fr" in found.translations
    return found


def _an_answer(question) -> object:
    if question.kind is QuestionKind.SCALE:
        return question.grades[-1].value
    if question.kind is QuestionKind.CHOICE:
        return max(question.options, key=lambda o: o.score).id
    if question.kind is QuestionKind.YES_NO:
        return True
    if question.kind is QuestionKind.LIKELIHOOD:
        return "likely"
    if question.kind is QuestionKind.CONFIDENCE:
        return "high"
    if question.kind is QuestionKind.TEXT:
        return "Two independent reports."
    return None


def _memo_text(database: Database, playbook: Playbook, language: str,
               tmp_path: Path) -> tuple[str, object]:
    """A deferred case whose first criterion alone is answered, as its memo in `language`."""
    assessment_id = create_assessment(database, playbook, title="Air patrols",
                                      proposed_action="Patrols over the camps.",
                                      actor="analyst")
    for question in playbook.criteria[0].questions:
        value = _an_answer(question)
        if value is not None:
            save_answer(database, assessment_id, question.id, value, actor="analyst",
                        playbook=playbook)
    decide(database, assessment_id, decision="defer", by=MINISTER_NAME, playbook=playbook)
    ctx = build_memo_context(database, assessment_id, playbook, reference="R-1",
                             issued_by="Drafter", language=language)
    pdf = tmp_path / f"memo-{language}.pdf"
    pdf.write_bytes(render_memo(ctx).pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(text.split()), ctx


def _unanswered(playbook: Playbook) -> tuple[str, str]:
    """(English, French) prompt of the second criterion's first required question."""
    question = next(q for q in playbook.criteria[1].questions if q.required)
    french = playbook.in_language("fr").question(question.id)
    return question.prompt, french.prompt


def test_a_french_memo_prints_the_playbook_s_french_titles_and_prompts(
        database: Database, playbook: Playbook, tmp_path: Path) -> None:
    text, ctx = _memo_text(database, playbook, "fr", tmp_path)
    french = playbook.in_language("fr")
    english_prompt, french_prompt = _unanswered(playbook)
    assert french.criteria[1].title != playbook.criteria[1].title
    assert french.criteria[1].title in text
    assert f"Question obligatoire sans réponse : {french_prompt}" in text
    assert "Required question not answered" not in text and english_prompt not in text
    # the record's words stay English: only the memo says them in French
    criterion = ctx.criteria[1]  # type: ignore[attr-defined]
    assert str(criterion.title) == playbook.criteria[1].title
    assert f"Required question not answered: {english_prompt}" in [str(g) for g in
                                                                      criterion.gaps]


def test_an_english_memo_keeps_the_playbook_s_english(
        database: Database, playbook: Playbook, tmp_path: Path) -> None:
    text, _ctx = _memo_text(database, playbook, "en", tmp_path)
    english_prompt, french_prompt = _unanswered(playbook)
    assert f"Required question not answered: {english_prompt}" in text
    assert french_prompt not in text


def test_a_knock_out_is_worded_in_the_reader_s_language(playbook: Playbook) -> None:
    criterion = playbook.criteria[0]
    condition = next(k for k in criterion.knockouts if k.test == "at_least")
    question = playbook.question(condition.question_id)
    english = in_words(condition_with_reason(condition, question), playbook)
    assert str(english).startswith(f"“{question.prompt}” must be at least ")
    said = MemoLanguage("fr").say(english)
    french = playbook.in_language("fr")
    assert said.startswith(f"« {french.question(question.id).prompt} » doit valoir au moins ")
    assert french.criteria[0].knockouts[0].because in said


def test_how_an_answer_scores_is_said_in_the_reader_s_language(playbook: Playbook) -> None:
    criterion = playbook.criteria[0]
    assert MemoLanguage("fr").say(passing_answers(criterion)).startswith(
        "critère éliminatoire : s’il échoue, l’action n’est pas légitime ; réussi lorsque sa "
        "note atteint 0,")
    free_text = next(q for q in playbook.questions() if q.kind is QuestionKind.TEXT)
    assert MemoLanguage("ja").say(scoring_rule(free_text)) == "記録のみ(採点なし)"
    assert str(scoring_rule(free_text)) == "recorded, not scored"


def test_page_one_s_option_rows_are_said_in_the_memo_s_language(playbook: Playbook) -> None:
    from playbooks.model import Verdict
    from reports.memo_options import PROPOSED_ACTION, OptionView, page_one_change, recommendation

    question = playbook.criteria[0].questions[0]
    grades = [g.value for g in question.grades]
    change = page_one_change({"robust": False, "question_id": question.id,
                              "new_verdict": "not_legitimate", "from_value": grades[-1],
                              "to_value": grades[-3], "steps": 2}, playbook)
    english_title, french_title = playbook.criteria[0].title, \
        playbook.in_language("fr").criteria[0].title
    assert str(change).startswith(f"{english_title}: ")
    assert str(change).endswith(" (2 steps) makes it not legitimate")
    said = MemoLanguage("fr").say(change)
    assert said.startswith(f"{french_title} : ") and said.endswith(
        " (2 crans) donne le verdict « non légitime »")
    assert MemoLanguage("fr").say(page_one_change({"robust": True}, playbook)) == "robuste"
    option = OptionView(label="A", title=PROPOSED_ACTION, description="", verdict="legitimate",
                        verdict_code="legitimate", overall_score=0.9, fragility="")
    advice = recommendation(Verdict.LEGITIMATE, option)
    assert str(advice) == "Approve option A (the proposed action)."
    assert MemoLanguage("fr").say(advice) == "Approuver l’option A (l’action proposée)."
