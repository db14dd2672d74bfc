"""The memo is PDF/A-2b when issued and stays so through both signatures: checked with our own
structural check (tests/reports/pdfa_check.py; veraPDF cannot be run here) and poppler's
pdffonts. The check itself must fail a PDF without the claim, metadata that disagrees with the
Info dictionary, and what pyHanko's own metadata update would write into a signed memo."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from reports.pdfa import ArchivalIncrementalWriter
from reports.render import PRODUCER
from tests.reports.pdfa_check import problems

FONT = Path(__file__).parents[2] / "reports" / "font_files" / "NotoSans-Regular.ttf"


def _info(pdf: bytes) -> dict[str, str]:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    info = reader.trailer["/Info"]
    return {str(key): str(info[key]) for key in info}


@pytest.mark.parametrize("stage", ["unsigned_pdf", "drafted_pdf", "countersigned_pdf"])
def test_the_memo_is_pdfa_2b_when_issued_signed_and_countersigned(
        stage: str, request: pytest.FixtureRequest) -> None:
    assert problems(request.getfixturevalue(stage)) == []


def test_signatures_record_their_time_and_keep_the_producer(unsigned_pdf: bytes,
                                                            countersigned_pdf: bytes) -> None:
    before, after = _info(unsigned_pdf), _info(countersigned_pdf)
    assert after["/Producer"] == before["/Producer"] == PRODUCER
    assert after["/CreationDate"] == before["/CreationDate"]
    assert after["/ModDate"] > before["/ModDate"]  # the signing time (the memo is dated 2026-03)


def test_pdffonts_sees_every_font_embedded(countersigned_pdf: bytes, tmp_path: Path) -> None:
    if shutil.which("pdffonts") is None:
        pytest.fail("pdffonts is missing: install the Debian package poppler-utils")
    path = tmp_path / "memo.pdf"
    path.write_bytes(countersigned_pdf)
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()
    column = lines[0].index(" emb ") + 1
    embedded = [line[column:column + 3].strip() for line in lines[2:]]
    assert len(embedded) >= 3 and set(embedded) == {"yes"}, lines


def test_a_reportlab_pdf_without_the_claim_fails(tmp_path: Path) -> None:
    pdfmetrics.registerFont(TTFont("PdfaCheckSans", str(FONT)))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("PdfaCheckSans", 12)
    canvas.drawString(72, 720, "A memo without metadata")
    canvas.save()
    found = problems(buffer.getvalue())
    assert any("no XMP metadata stream" in line for line in found), found
    assert any("no PDF/A output intent" in line for line in found), found


class _WriterKeepingMetadata(IncrementalPdfFileWriter):
    def _update_meta(self) -> None:
        pass


def test_an_info_dictionary_that_disagrees_with_the_xmp_fails(unsigned_pdf: bytes) -> None:
    writer = _WriterKeepingMetadata(io.BytesIO(unsigned_pdf), strict=False)
    info_ref = writer.trailer.raw_get("/Info")
    info_ref.get_object()["/Title"] = generic.TextStringObject("Another title")
    writer.mark_update(info_ref)
    out = io.BytesIO()
    writer.write(out)
    found = problems(out.getvalue())
    assert len(found) == 1 and "Info /Title (Another title)" in found[0], found


def test_pyhankos_own_metadata_update_would_break_the_claim(unsigned_pdf: bytes) -> None:
    """Why signing goes through ArchivalIncrementalWriter: pyHanko's update writes its own
    name as the XMP producer while appending it to the Info producer."""
    def updated(writer: IncrementalPdfFileWriter) -> bytes:
        writer.update_root()
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()

    stock = problems(updated(IncrementalPdfFileWriter(io.BytesIO(unsigned_pdf), strict=False)))
    assert any("/Producer" in line for line in stock), stock
    ours = updated(ArchivalIncrementalWriter(io.BytesIO(unsigned_pdf), strict=False))
    assert problems(ours) == []
    assert _info(ours)["/ModDate"] > _info(unsigned_pdf)["/ModDate"]


def test_a_pdf_without_the_claim_gets_none_from_the_archival_writer(tmp_path: Path) -> None:
    """A memo issued before PDF/A (no claim, no output intent) is updated as pyHanko does: the
    writer does not start claiming what the file is not."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, "An older memo")
    canvas.save()
    writer = ArchivalIncrementalWriter(io.BytesIO(buffer.getvalue()), strict=False)
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    root = PdfFileReader(io.BytesIO(out.getvalue()), strict=False).root
    assert "/Metadata" not in root and "/OutputIntents" not in root
