"""What makes the decision memo PDF/A-2b (ISO 19005-2, level B: its look is preserved), and
keeps it so through the signatures.

A memo claims PDF/A-2b with an XMP metadata packet (pdfaid:part 2, conformance B) whose title,
author, subject, keywords, tools and dates say exactly what its Info dictionary says, and with
an output intent that embeds the sRGB profile its colours are meant in. Its fonts are embedded
subsets already (reports.fonts) and it has no encryption, JavaScript, transparency or external
content; ReportLab writes the trailer's file identifier.

The packet is always made from the Info dictionary's values (`ArchiveMetadata`), when the memo
is drawn and again in each signature's incremental update: pyHanko's own update appends
"; pyHanko x.y" to the Info Producer while writing a bare "pyHanko x.y" into the XMP, so a
signed memo would no longer match its own claim. `ArchivalIncrementalWriter` replaces it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFCatalog,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFString,
    PDFZCompress,
)
from reportlab.pdfbase.pdfdoc import format as pdf_format

PROFILE_PATH = Path(__file__).parent / "colour_profiles" / "sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PDFA_ID_NAMESPACE = "http://www.aiim.org/pdfa/ns/id/"
PDFA_PART, PDFA_CONFORMANCE = "2", "B"

# Characters XML 1.0 cannot carry: dropped from the metadata values (Info and XMP alike), so
# that the packet parses and both say the same.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


@cache
def srgb_profile() -> bytes:
    return PROFILE_PATH.read_bytes()


@dataclass(frozen=True)
class ArchiveMetadata:
    """The document's description, said once for the Info dictionary and the XMP packet."""

    title: str | None = None
    author: str | None = None
    subject: str | None = None
    keywords: str | None = None
    creator: str | None = None
    producer: str | None = None
    created: datetime | None = None
    modified: datetime | None = None

    @classmethod
    def of(cls, *, title: str, author: str, subject: str, keywords: str, creator: str,
           producer: str, created: datetime, modified: datetime) -> ArchiveMetadata:
        return cls(xml_safe(title), xml_safe(author), xml_safe(subject), xml_safe(keywords),
                   xml_safe(creator), xml_safe(producer), created, modified)

    @classmethod
    def from_info(cls, info: Any) -> ArchiveMetadata:
        """The values of a (pyHanko) Info dictionary; an absent key stays absent in XMP."""
        def text(key: str) -> str | None:
            return xml_safe(str(info[key])) if key in info else None

        def date(key: str) -> datetime | None:
            return generic.parse_pdf_date(str(info[key])) if key in info else None

        return cls(text("/Title"), text("/Author"), text("/Subject"), text("/Keywords"),
                   text("/Creator"), text("/Producer"), date("/CreationDate"),
                   date("/ModDate"))

    def xmp(self) -> bytes:
        """The XMP packet: one description per schema, each property from the Info value it
        mirrors (dc:title = Title, dc:creator = [Author], dc:description = Subject,
        pdf:Keywords, xmp:CreatorTool = Creator, pdf:Producer, xmp:CreateDate, xmp:ModifyDate)."""
        def alt(value: str) -> str:
            return (f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
                    "</rdf:Alt>")

        dublin_core = ["<dc:format>application/pdf</dc:format>"]
        if self.title is not None:
            dublin_core.append(f"<dc:title>{alt(self.title)}</dc:title>")
        if self.author is not None:
            dublin_core.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(self.author)}</rdf:li>"
                               "</rdf:Seq></dc:creator>")
        if self.subject is not None:
            dublin_core.append(f"<dc:description>{alt(self.subject)}</dc:description>")
        basic = []
        if self.creator is not None:
            basic.append(f"<xmp:CreatorTool>{escape(self.creator)}</xmp:CreatorTool>")
        if self.created is not None:
            basic.append(f"<xmp:CreateDate>{_xmp_date(self.created)}</xmp:CreateDate>")
        if self.modified is not None:
            basic.append(f"<xmp:ModifyDate>{_xmp_date(self.modified)}</xmp:ModifyDate>")
        pdf = []
        if self.producer is not None:
            pdf.append(f"<pdf:Producer>{escape(self.producer)}</pdf:Producer>")
        if self.keywords is not None:
            pdf.append(f"<pdf:Keywords>{escape(self.keywords)}</pdf:Keywords>")
        schemas = [
            ("pdfaid", PDFA_ID_NAMESPACE, [f"<pdfaid:part>{PDFA_PART}</pdfaid:part>",
                                           f"<pdfaid:conformance>{PDFA_CONFORMANCE}"
                                           "</pdfaid:conformance>"]),
            ("dc", "http://purl.org/dc/elements/1.1/", dublin_core),
            ("xmp", "http://ns.adobe.com/xap/1.0/", basic),
            ("pdf", "http://ns.adobe.com/pdf/1.3/", pdf),
        ]
        descriptions = "".join(
            f'<rdf:Description rdf:about="" xmlns:{prefix}="{uri}">\n{"".join(properties)}\n'
            "</rdf:Description>\n" for prefix, uri, properties in schemas if properties)
        return ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
                '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                f"{descriptions}</rdf:RDF>\n</x:xmpmeta>\n"
                '<?xpacket end="r"?>').encode()


def _xmp_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


# ---------------------------------------------------------------------------- drawing (ReportLab)

def _end_streams_on_a_line() -> None:
    """ReportLab writes a stream's last byte straight before `endstream`; PDF/A (6.1.7.1)
    wants an end of line there, outside the stream's Length. The one method every ReportLab
    stream is written by gets it added: valid PDF for any document, PDF/A or not."""
    original = PDFStream.format
    if getattr(original, "ends_streams_on_a_line", False):
        return

    def format_ending_on_a_line(self: PDFStream, document: Any) -> bytes:
        data: bytes = original(self, document)
        if data.endswith(b"endstream\n") and data[-11:-10] not in (b"\n", b"\r"):
            data = data[:-10] + b"\nendstream\n"
        return data

    format_ending_on_a_line.ends_streams_on_a_line = True  # type: ignore[attr-defined]
    PDFStream.format = format_ending_on_a_line


_end_streams_on_a_line()


class _PlainStream(PDFStream):
    """A stream written as is: no filter, and no Filter key (ReportLab writes an empty one)."""

    def format(self, document: Any) -> bytes:
        content = document.encrypt.encode(self.content)
        dictionary = PDFDictionary({**self.dictionary.dict, "Length": len(content)})
        return pdf_format(dictionary, document) + b"\nstream\n" + content + b"\nendstream\n"


def mark_archival(document: Any, metadata: ArchiveMetadata) -> None:
    """Give a ReportLab document (before it is saved) the XMP claim and the output intent."""
    catalog = document.Catalog
    # Uncompressed, as archives expect: a tool that does not read PDF still finds the packet.
    catalog.Metadata = _PlainStream(PDFDictionary({"Type": PDFName("Metadata"),
                                                   "Subtype": PDFName("XML")}), metadata.xmp())
    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile(), filters=[PDFZCompress])
    catalog.OutputIntents = PDFArray([PDFDictionary({
        "Type": PDFName("OutputIntent"),
        "S": PDFName("GTS_PDFA1"),
        "OutputConditionIdentifier": PDFString(OUTPUT_CONDITION),
        "Info": PDFString(OUTPUT_CONDITION),
        "RegistryName": PDFString("http://www.color.org"),
        "DestOutputProfile": document.Reference(profile),
    })])
    # ReportLab writes only the catalog keys its class lists; this one catalog lists one more.
    catalog.__NoDefault__ = [*PDFCatalog.__NoDefault__, "OutputIntents"]


# ---------------------------------------------------------------------------- signing (pyHanko)

def claims_pdfa(root: Any) -> bool:
    """Whether the document catalog carries an XMP packet with a PDF/A identification."""
    if "/Metadata" not in root:
        return False
    try:
        return PDFA_ID_NAMESPACE.encode() in root["/Metadata"].data
    except Exception:  # a damaged or foreign metadata object: no claim to keep
        return False


class ArchivalIncrementalWriter(IncrementalPdfFileWriter):
    """pyHanko's incremental writer, except that in a document claiming PDF/A the update sets
    ModDate to now in the Info dictionary and writes the XMP packet again from the Info values
    (the same metadata object, so the document catalog is untouched). A document without the
    claim (a memo issued before PDF/A) is updated as pyHanko does."""

    def _update_meta(self) -> None:
        info_ref = self.trailer.raw_get("/Info") if "/Info" in self.trailer else None
        if info_ref is None or not claims_pdfa(self.root):
            super()._update_meta()
            return
        metadata_ref = self.root.raw_get("/Metadata")
        info = info_ref.get_object()
        info["/ModDate"] = generic.pdf_date(datetime.now(UTC).replace(microsecond=0))
        self.mark_update(info_ref)
        stream = generic.StreamObject(
            {generic.pdf_name("/Type"): generic.pdf_name("/Metadata"),
             generic.pdf_name("/Subtype"): generic.pdf_name("/XML")},
            stream_data=ArchiveMetadata.from_info(info).xmp())
        self.objects[(metadata_ref.generation, metadata_ref.idnum)] = stream
