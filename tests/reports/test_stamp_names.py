"""The signature stamps show the signers' names in any script the memo's fonts draw, with the
stamp's font embedded (one font merged from the faces a name needs beside the Latin wording)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from reports.identity import create_test_identity
from reports.issue import unlock
from reports.signing import sign_memo
from tests.reports.conftest import MINISTER_NAME, PASSPHRASE, Identities


def page_one_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "signed.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def fonts_embedded(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]
    return [row.split()[-5] for row in rows]


def test_a_hebrew_name_is_on_the_ministers_stamp(countersigned_pdf: bytes,
                                                  tmp_path: Path) -> None:
    text = page_one_text(countersigned_pdf, tmp_path)
    words = MINISTER_NAME.split()
    # Poppler gives the stamp's right-to-left line in drawing order; either way, every word.
    assert all(w in text or w[::-1] in text for w in words), text
    assert "Digitally signed" not in text
    assert set(fonts_embedded(countersigned_pdf, tmp_path)) == {"yes"}


def test_a_japanese_name_is_on_the_drafters_stamp(identities: Identities, unsigned_pdf: bytes,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "drafter-ja.p12"
    path.write_bytes(create_test_identity("山田 花子", PASSPHRASE, role="Drafting official",
                                          authority=identities.authority))
    signed = sign_memo(unsigned_pdf, unlock(path, PASSPHRASE), "drafting_official")
    text = page_one_text(signed, tmp_path)
    assert "山田 花子" in text and "Drafting official" in text
    assert set(fonts_embedded(signed, tmp_path)) == {"yes"}


def test_the_stamp_speaks_the_memos_language(unlocked: tuple, tmp_path: Path) -> None:
    from dataclasses import replace

    from reports.render import render_memo
    from tests.reports.samples import multiscript_context

    memo = render_memo(replace(multiscript_context(), language="he")).pdf
    text = page_one_text(sign_memo(memo, unlocked[0], "drafting_official"), tmp_path)
    stamp = text[text.index("Ana Łukasiewicz"):]  # the stamp, after the page's own text
    assert "נחתם" in stamp or "םתחנ" in stamp  # "Signed"
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d UTC$", stamp, re.MULTILINE)  # its own line
    assert "Signed" not in stamp and "Drafting official" not in stamp
