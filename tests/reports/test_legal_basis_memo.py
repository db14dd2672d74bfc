"""The memo states the legal basis apart from the verdict, and a memo whose verdict is
legitimate without a legal basis says so in its bottom line (issue 10 item 4); a decisive
answer resting only on weak evidence is named on it (item 5); the authority-short verdict is
printed in its own words (item 7)."""

from __future__ import annotations

from pathlib import Path

from playbooks.evaluate import evaluate
from playbooks.model import AnswerQualifier
from reports.context import legal_basis_warning
from reports.render import render_memo
from tests.playbooks.conftest import MEMBERS, endorsing
from tests.playbooks.format2 import GOOD, PLAYBOOK, RATIONALES
from tests.reports.samples import multiscript_context
from tests.reports.test_render import extracted_text

QUALIFIERS = {qid: AnswerQualifier("moderate", text) for qid, text in RATIONALES.items()}


def _evaluation(**changes):
    return evaluate(PLAYBOOK, {**GOOD, **changes}, MEMBERS, QUALIFIERS)


def test_legitimate_without_a_legal_basis_is_said_in_the_bottom_line():
    evaluation = _evaluation(chapter_vii=False, consent=False, extreme_distress=False)
    assert legal_basis_warning(evaluation) == (
        "The verdict is legitimate, but no legal basis is established for the action."
    )


def test_legitimate_on_a_contested_basis_names_it_contested():
    evaluation = _evaluation(chapter_vii=False, consent=False, extreme_distress=True)
    assert "only legal basis made out is contested" in legal_basis_warning(evaluation)


def test_no_warning_when_the_basis_is_established_or_the_verdict_is_not_legitimate():
    assert legal_basis_warning(_evaluation(chapter_vii=True)) == ""
    refused = _evaluation(harm=1, chapter_vii=False, consent=False, extreme_distress=False)
    assert legal_basis_warning(refused) == ""


def test_memo_prints_legal_basis_warning_flags_and_authority_short_verdict(tmp_path: Path):
    ctx = multiscript_context(
        verdict="justified in substance; authority short",
        verdict_code="justified_authority_short",
        legal_basis="no legal basis established",
        legal_warning="The verdict is legitimate, but no legal basis is established for the "
        "action.",
        legal_reasons=("authorisation under Chapter VII: not made out",),
        flags=("“How grave is the harm?”: a decisive answer resting only on evidence graded "
               "E–F or 5–6 (E3)",),
    )
    path = tmp_path / "memo.pdf"
    path.write_bytes(render_memo(ctx).pdf)
    text = extracted_text(path)
    # Page 1: the option's verdict in the table, and what it recommends.
    assert "justified in substance; authority short" in text
    assert "Defer option A (the proposed action) while the missing authority is sought, or " \
        "reject it." in text
    assert "Legal basis (judged apart from legitimacy): no legal basis established." in text
    assert "but no legal basis is established for the action." in text
    assert "resting only on evidence graded E–F or 5–6 (E3)" in text


def test_authority_short_evaluation_reads_in_its_own_words():
    evaluation = _evaluation(positions=endorsing(["BBB", "CCC", "DDD", "EEE", "FFF"]),
                             council="blocked_by_veto")
    assert evaluation.verdict.label == "justified in substance; authority short"
