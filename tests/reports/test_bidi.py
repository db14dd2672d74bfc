"""Text in every script comes back from the PDF as typed, and right-to-left paragraphs run
right to left (the bidirectional algorithm of python-bidi, the direction per paragraph)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from reports.render import render_memo
from reports.text import Span, bidi_levels, layout, paragraph_is_rtl
from tests.reports.samples import multiscript_context

# One paragraph per script, as an official would type them (NFC).
PARAGRAPHS = {
    "arabic": "قررت الأمم المتحدة فتح ممر إنساني لا يمر عبر المدينة",
    "persian": "پاکستان و گھر و چشم",  # letters whose joined forms have no code point
    "hebrew": "הממשלה אישרה את הפתיחה של מסדרון הומניטרי",
    "japanese": "東京都は避難民の受け入れを決定しました。",
    "devanagari": "नरेन्द्र मोदी ने क्षेत्रीय सहयोग का प्रस्ताव रखा",
    "latin": "Le ministère a décidé d’ouvrir un couloir à Ærøskøbing et Łódź",
}
# What poppler adds around right-to-left lines (embedding marks), never typed by anyone.
POPPLER_MARKS = re.compile("[\u202a-\u202e]")


def extracted_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "memo.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [unicodedata.normalize("NFC", POPPLER_MARKS.sub("", line)).strip()
            for line in text.splitlines()]


@pytest.fixture(scope="module")
def paragraphs_memo() -> bytes:
    crisis = "\n".join(PARAGRAPHS.values())
    return render_memo(replace(multiscript_context(), crisis=crisis)).pdf


@pytest.mark.parametrize("script", sorted(PARAGRAPHS))
def test_each_script_extracts_exactly_as_typed(paragraphs_memo: bytes, tmp_path: Path,
                                               script: str) -> None:
    lines = extracted_lines(paragraphs_memo, tmp_path)
    assert PARAGRAPHS[script] in lines


def test_no_arabic_presentation_forms_in_the_text(paragraphs_memo: bytes,
                                                 tmp_path: Path) -> None:
    text = "".join(extracted_lines(paragraphs_memo, tmp_path))
    assert not [c for c in text if 0xFB50 <= ord(c) <= 0xFDFF or 0xFE70 <= ord(c) <= 0xFEFF]
    assert "\u0644" in text  # lam, as typed


def test_every_font_is_embedded(paragraphs_memo: bytes, tmp_path: Path) -> None:
    path = tmp_path / "memo.pdf"
    path.write_bytes(paragraphs_memo)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows)


def test_paragraph_direction_is_its_first_strong_letter() -> None:
    assert paragraph_is_rtl("״דוד״ said yes") is True
    assert paragraph_is_rtl("12 March: דוד") is False
    assert paragraph_is_rtl("2026-03-14", default_rtl=True) is True
    assert paragraph_is_rtl("\u2068דוד\u2069 (13)") is True  # only isolated text


def test_levels_follow_the_bidirectional_algorithm() -> None:
    # An English paragraph holding an isolated Hebrew name with a number inside it.
    text = "by \u2068דוד 12\u2069 (x)"
    levels = bidi_levels(text, rtl=False)
    assert levels[:3] == [0, 0, 0]
    assert levels[4:7] == [1, 1, 1] and levels[8:10] == [2, 2]
    assert levels[-3:] == [0, 0, 0]
    # A Hebrew paragraph with an English word: the word at level 2, the rest at 1.
    assert bidi_levels("שלום abc", rtl=True) == [1, 1, 1, 1, 1, 2, 2, 2]
    assert bidi_levels("plain text", rtl=False) == [0] * 10


def test_right_to_left_lines_are_marked_for_right_alignment() -> None:
    lines = layout([Span(PARAGRAPHS["hebrew"] + "\n" + PARAGRAPHS["latin"])], 9, 1000)
    assert [line.rtl for line in lines] == [True, False]
