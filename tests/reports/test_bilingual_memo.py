"""A bilingual memo: the fixed wording in two languages in parallel (labels as "first /
second", sentences as two lines, each in its own direction), the record's text once, one
document signed once by the drafting official and the minister."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from reports.memo_language import MemoLanguage, memo_language
from reports.render import memo_xml, render_memo
from reports.signing import sign_memo, signed_fields, signing_state
from tests.reports.samples import multiscript_context

POPPLER_MARKS = re.compile("[\u202a-\u202e]")


def lines_of(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "memo.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return [POPPLER_MARKS.sub("", line).strip() for line in text.splitlines()]


def test_wording_in_both_languages() -> None:
    both = MemoLanguage("en", "fr")
    assert both.gettext("Bottom line") == "Bottom line / En bref"
    assert both.gettext("Options") == "Options"  # the same word: once
    assert both.gettext("No dissent was recorded.", line_break="<br/>") == \
        "No dissent was recorded.<br/>Aucune opinion divergente n’a été consignée."
    assert memo_language("fr", "fr").second == ""  # not bilingual with itself


def test_each_sentence_line_takes_its_words_in_its_own_language() -> None:
    xml = memo_xml(replace(multiscript_context(), language="en", second_language="fr"))
    assert "<b>Decision: Approve with conditions</b>" in xml
    assert "<b>Décision : Approuver sous conditions</b>" in xml
    assert "Drafting official Łódź Žluťoučký Ærøskøbing" in xml  # the record's text, once
    assert xml.count("Drafting official Łódź Žluťoučký Ærøskøbing") == 1


@pytest.fixture(scope="module")
def english_hebrew() -> bytes:
    return render_memo(replace(multiscript_context(), language="en",
                               second_language="he")).pdf


def test_an_english_hebrew_memo_reads_in_both(english_hebrew: bytes, tmp_path: Path) -> None:
    lines = lines_of(english_hebrew, tmp_path)
    assert any("Bottom line" in line and "השורה התחתונה" in line for line in lines)
    # The Hebrew sentence is a line of its own (poppler, on a page mostly left to right, moves
    # the punctuation at a right-to-left line's ends: the words and their order are compared).
    sentence = "הפקיד המנסח חותם ראשון (ומאשר את המזכר); חתימת הנגד של השר מאשרת אותו"
    words = re.sub(r"[().;]", " ", sentence).split()
    assert any(re.sub(r"[().;]", " ", line).split()[:len(words)] == words for line in lines)
    assert b"/Lang (en)" in english_hebrew


def test_a_bilingual_memo_is_signed_once(english_hebrew: bytes, unlocked: tuple,
                                         tmp_path: Path) -> None:
    drafted = sign_memo(english_hebrew, unlocked[0], "drafting_official")
    countersigned = sign_memo(drafted, unlocked[1], "minister")
    assert [field for field, _, _ in signed_fields(countersigned)] == \
        ["drafting_official", "minister"]
    assert signing_state(countersigned).locked
    path = tmp_path / "signed.pdf"
    path.write_bytes(countersigned)
    report = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert report.count("Signature is Valid.") == 2
