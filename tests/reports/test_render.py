"""The rendered memo: every script drawn with embedded fonts, readable by pdftotext, rendered
by pdftoppm, deterministic, and refused when a character has no font."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest

from reports.fonts import FontChooser, MissingGlyphs
from reports.render import memo_xml, render_memo
from reports.text import Span, layout
from tests.reports.samples import SCRIPTS, multiscript_context

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def extracted_text(pdf: Path) -> str:
    """pdftotext output as a reader compares it: compatibility forms folded (poppler reports
    joined Arabic letters as presentation forms), bidi marks and line breaks removed."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    text = unicodedata.normalize("NFKC", text)
    return " ".join(BIDI_MARKS.sub("", text).split())


@pytest.fixture(scope="module")
def memo_file(unsigned_pdf: bytes, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("memo") / "memo.pdf"
    path.write_bytes(unsigned_pdf)
    return path


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_pdftotext_reads_every_script(memo_file: Path, script: str) -> None:
    text = extracted_text(memo_file)
    for word in SCRIPTS[script].split():
        assert word in text, f"{script}: {word!r} not in the extracted text"


def test_right_to_left_names_come_out_in_logical_order(memo_file: Path) -> None:
    text = extracted_text(memo_file)
    assert "דוד בן־גוריון" in text  # word order kept, not reversed
    assert "الأمم المتحدة" in text
    # Poppler places neutral characters next to right-to-left runs by its own guess (it may
    # extract "( דוד…13 March"), so only the words and their order are checked.
    assert re.search(r"Dissent by Reviewer \(? ?דוד בן־גוריון", text)


def test_only_embedded_fonts(memo_file: Path) -> None:
    rows = subprocess.run(["pdffonts", str(memo_file)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    assert rows, "no fonts listed"
    names = [row.split()[0] for row in rows]
    assert not any("Helvetica" in n or "Courier" in n or "Times" in n for n in names)
    for row in rows:
        # columns: name type encoding emb sub uni object ID
        assert row.split()[-5] == "yes", f"not embedded: {row}"
    assert any("Hebrew" in n for n in names) and any("Devanagari" in n for n in names)
    assert any("Arabic" in n for n in names) and any("DroidSansFallback" in n for n in names)
    assert any("Nanum" in n for n in names)


def test_pages_render_to_png(memo_file: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(memo_file), str(tmp_path / "page")],
                   check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2
    assert all(p.stat().st_size > 5_000 for p in pages)


def test_every_page_has_banner_reference_and_page_count(memo_file: Path) -> None:
    pages = subprocess.run(["pdfinfo", str(memo_file)], capture_output=True, text=True,
                           check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
    for number in range(1, count + 1):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number),
                               str(memo_file), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert text.count("SECRET") >= 2, f"page {number}: banner top and bottom"
        assert "CD-2026-0042" in text
        assert f"Page {number} of {count}" in text


def test_memo_content_sections(memo_file: Path) -> None:
    text = extracted_text(memo_file)
    for expected in ("Bottom line", "Decision: Approve with conditions",
                     "A. The proposed action", "not legitimate",
                     "Reject option A (the proposed action). Gate criterion proportionality "
                     "failed (0.55 < 0.60).",
                     "The decision departs from the recommendation",
                     "The failing proportionality gate is met by a strict time limit",
                     "likely (55–80%)", "B2", "A1", "Evidence gaps",
                     # (The Security Council's answer is printed with its question in the
                     # findings, not again beside the double majority.)
                     "Double majority: met", "What would change the verdict",
                     "I dissent.", "Drafting official", "Minister",
                     "a" * 64, "b" * 64, "c" * 64, "use_of_force", "version 1.0"):
        assert expected in text, expected


def test_metadata(memo_file: Path) -> None:
    info = subprocess.run(["pdfinfo", str(memo_file)], capture_output=True, text=True,
                          check=True).stdout
    assert "Title:" in info and "CD-2026-0042" in info
    assert "Author:          Drafting official Łódź" in info
    assert "Subject:         Decision: Approve with conditions" in info
    assert "Form:            AcroForm" in info
    catalog = memo_file.read_bytes()
    assert b"/Lang (en)" in catalog
    assert b"/ConcertReference (CD-2026-0042)" in catalog


def test_same_context_same_bytes() -> None:
    ctx = multiscript_context()
    assert render_memo(ctx).pdf == render_memo(ctx).pdf


def test_record_text_cannot_inject_markup() -> None:
    ctx = multiscript_context(title='<b>bold</b> & <br/> "quoted" </p></memo>')
    xml = memo_xml(ctx)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;br/&gt;" in xml
    render_memo(ctx)  # still renders


def test_a_character_without_font_stops_the_memo() -> None:
    ctx = multiscript_context(crisis="Launch 🚀 and \U000e0100 fine")
    with pytest.raises(MissingGlyphs) as caught:
        render_memo(ctx)
    message = str(caught.value)
    assert "U+1F680" in message and "🚀" in message
    assert "install" in message


def test_missing_script_font_names_the_package(tmp_path: Path) -> None:
    only_latin = tmp_path / "fonts"
    only_latin.mkdir()
    (only_latin / "NotoSans-Regular.ttf").symlink_to(
        FontChooser().base_face().regular_path)
    chooser = FontChooser(dirs=[str(only_latin)])
    with pytest.raises(MissingGlyphs) as caught:
        layout([Span("Shalom שלום")], 10, 300, fonts=chooser)
    assert "U+05E9" in str(caught.value) and "fonts-noto-core" in str(caught.value)


def test_unsigned_memo_for_insufficient_information_still_renders() -> None:
    ctx = multiscript_context(verdict="insufficient information",
                              verdict_code="insufficient_information", decision="Defer",
                              decision_code="defer", departs_from_verdict=False,
                              justification="", authority=None, dissents=())
    pdf = render_memo(replace(ctx)).pdf
    assert pdf.startswith(b"%PDF-")
