"""A memo in the official's language: its fixed wording from the catalogs, its figures and
dates in the language's CLDR forms, its direction, and the language declared in the PDF."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from reports.memo_language import (
    LOCALE_DIR,
    MemoLanguage,
    UnknownMemoLanguage,
    available_languages,
    memo_language,
)
from reports.render import memo_xml, render_memo
from tests.reports.samples import multiscript_context

POPPLER_MARKS = re.compile("[\u202a-\u202e]")


def test_the_memo_languages() -> None:
    assert available_languages() == ("en", "fr", "he", "ja")
    assert memo_language("fr_CA").code == "fr" and memo_language("").code == "en"
    with pytest.raises(UnknownMemoLanguage, match="en, fr, he, ja"):
        memo_language("de")


@pytest.mark.parametrize("code", ["fr", "ja", "he"])
def test_every_message_is_translated_with_its_placeholders(code: str) -> None:
    template = read_po((LOCALE_DIR / "memo.pot").open("rb"))
    with (LOCALE_DIR / code / "LC_MESSAGES" / "memo.po").open("rb") as source:
        catalog = read_po(source, locale=code)
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w+\}|</?[bi]>")
    for message in template:
        if not message.id:
            continue
        translated = catalog.get(message.id)
        assert translated is not None and not translated.fuzzy, f"{code}: {message.id!r}"
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = translated.string if isinstance(translated.string, tuple) else \
            (translated.string,)
        assert all(strings), f"{code}: {message.id!r} untranslated"
        wanted = set(placeholder.findall(ids[-1])) - {"%(num)d"}
        for string in strings:
            assert wanted <= set(placeholder.findall(string)), f"{code}: {string!r}"


def test_figures_and_dates_follow_the_language() -> None:
    day = datetime(2026, 3, 14, 10, 32, tzinfo=UTC)
    english, french, japanese = MemoLanguage("en"), MemoLanguage("fr"), MemoLanguage("ja")
    assert english.date(day) == "14 March 2026"
    assert french.date(day) == "14 mars 2026" and japanese.date(day) == "2026年3月14日"
    assert english.number(1_636_300_000) == "1,636,300,000"
    assert french.number(1_636_300_000) == "1\u202f636\u202f300\u202f000"
    assert french.percent(0.9638) == "96,4\u00a0%" and english.percent(0.9638) == "96.4%"
    # The rounding rule stays playbooks.figures': a share short of its threshold is never
    # printed as the threshold, in any language.
    assert french.percent(0.5496, 0.55) == "54,96\u00a0%"
    assert french.score(0.5996, 0.6) == "0,5996" and english.score(0.5) == "0.50"


def test_the_template_speaks_the_memo_language() -> None:
    xml = memo_xml(replace(multiscript_context(), language="fr"))
    assert "<title>Note de décision</title>" in xml
    assert "Approuver sous conditions" in xml  # the decision's label
    assert "non légitime" in xml  # the verdict's
    assert "Łódź Žluťoučký" in xml  # names stay as recorded


@pytest.fixture(scope="module")
def hebrew_memo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("he") / "memo.pdf"
    path.write_bytes(render_memo(replace(multiscript_context(), language="he")).pdf)
    return path


def test_a_hebrew_memo_declares_its_language_and_reads_right_to_left(hebrew_memo: Path) -> None:
    assert b"/Lang (he)" in hebrew_memo.read_bytes()
    text = subprocess.run(["pdftotext", "-l", "1", str(hebrew_memo), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [POPPLER_MARKS.sub("", line).strip() for line in text.splitlines()]
    assert "מזכר החלטה" in lines  # the title
    assert "השורה התחתונה" in lines  # "Bottom line"


def test_a_hebrew_memo_starts_its_lines_on_the_right(hebrew_memo: Path) -> None:
    # pdftotext -bbox (which lists a right-to-left word's letters as drawn, right to left):
    # the title's first word ends at the right margin, 20 mm from the page's edge.
    boxes = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(hebrew_memo), "-"],
                           capture_output=True, text=True, check=True).stdout
    titles = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>(?:מזכר|רכזמ)'
                        r'</word>', boxes)
    title = max(titles, key=lambda found: float(found[0]))  # the heading, below the header
    assert abs(float(title[1]) - (595.28 - 56.69)) < 1
