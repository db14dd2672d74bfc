"""A structural check of the PDF/A-2b requirements the memo is made to meet (ISO 19005-2), written
apart from the code that makes it (reports.pdfa): it reads the file with pyHanko's parser, the
XMP packet with the standard library's XML parser and page content with its own tokenizer.

It is not veraPDF (the reference validator, unavailable here: it is published only on the Java
registry). It checks what the memo could get wrong: the identification and its agreement with the
Info dictionary, the output intent and its profile, embedded fonts, actions, annotations and
their appearances, signature formats and permissions, colour operators, transparency
parameters, filters, the stream and file syntax PDF/A adds to PDF, and the trailer's file
identifier. `problems(pdf)` lists what fails, one sentence each; an empty list is a pass.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DC, XMP, PDF = ("http://purl.org/dc/elements/1.1/", "http://ns.adobe.com/xap/1.0/",
                "http://ns.adobe.com/pdf/1.3/")
PDFAID = "http://www.aiim.org/pdfa/ns/id/"
# Schemas a PDF/A-2 file may use without declaring an extension schema (the subset a memo could
# sensibly carry: XMP's basic, Dublin Core, Adobe PDF, media and rights schemas, PDF/A's id).
PREDEFINED = {DC, XMP, PDF, PDFAID, "http://ns.adobe.com/xap/1.0/mm/",
              "http://ns.adobe.com/xap/1.0/rights/"}
# Info entry -> (XMP namespace, property, kind) whose values must agree (ISO 19005-2, 6.6.2.3)
INFO_TO_XMP = {
    "/Title": (DC, "title", "alt"),
    "/Author": (DC, "creator", "seq"),
    "/Subject": (DC, "description", "alt"),
    "/Keywords": (PDF, "Keywords", "text"),
    "/Creator": (XMP, "CreatorTool", "text"),
    "/Producer": (PDF, "Producer", "text"),
    "/CreationDate": (XMP, "CreateDate", "date"),
    "/ModDate": (XMP, "ModifyDate", "date"),
}
FORBIDDEN_ACTIONS = {"/JavaScript", "/Launch", "/Sound", "/Movie", "/ResetForm", "/ImportData",
                     "/Hide", "/SetOCGState", "/Rendition", "/Trans", "/GoTo3DView"}
FORBIDDEN_ANNOTATIONS = {"/3D", "/Sound", "/Screen", "/Movie", "/RichMedia", "/FileAttachment"}
STANDARD_BLEND_MODES = {"/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay",
                        "/Darken", "/Lighten", "/ColorDodge", "/ColorBurn", "/HardLight",
                        "/SoftLight", "/Difference", "/Exclusion", "/Hue", "/Saturation",
                        "/Color", "/Luminosity"}
SIGNATURE_FORMATS = {"/adbe.pkcs7.detached", "/ETSI.CAdES.detached"}  # what PDF/A-2 admits
# annotation flags: Invisible 1, Hidden 2, Print 4, NoView 32, ToggleNoView 256
PRINT, NOT_SHOWN = 4, 1 | 2 | 32 | 256


def _get(dictionary: Any, key: str, default: Any = None) -> Any:
    """A value with indirect references followed (pyHanko's dict.get returns them as is)."""
    return dictionary[key] if key in dictionary else default  # noqa: SIM401 (see above)


def problems(pdf: bytes) -> list[str]:
    found = _file_syntax(pdf)
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    trailer = reader.trailer
    if "/Encrypt" in trailer:
        found.append("the file is encrypted")
    file_id = trailer.raw_get("/ID") if "/ID" in trailer else None
    if not isinstance(file_id, generic.ArrayObject) or len(file_id) != 2:
        found.append("the trailer has no file identifier (/ID)")
    root = reader.root
    info = trailer["/Info"] if "/Info" in trailer else generic.DictionaryObject()
    found += _catalog(root)
    found += _metadata(root, info)
    found += _output_intent(root)
    for path, value in _walk(root):
        found += _object(path, value)
    return found


# ---------------------------------------------------------------------------- file syntax

def _file_syntax(pdf: bytes) -> list[str]:
    found = []
    header = re.match(rb"%PDF-1\.[0-7](\r\n|\r|\n)%([^\r\n]*)", pdf)
    if header is None:
        found.append("the header is not %PDF-1.n followed by a comment line")
    elif sum(1 for byte in header.group(2)[:4] if byte > 127) < 4:
        found.append("the header's comment line does not start with four bytes above 127")
    if not re.search(rb"%%EOF(\r\n|\r|\n)?$", pdf):
        found.append("the file does not end with %%EOF and at most one end of line")
    for match in re.finditer(rb"(?<![a-z])stream(?=[^a-z])", pdf):
        after = pdf[match.end():match.end() + 2]
        if not (after.startswith(b"\n") or after == b"\r\n"):
            found.append(f"the stream keyword at byte {match.start()} is not followed by an "
                         "end of line")
    for match in re.finditer(rb"endstream", pdf):
        if pdf[match.start() - 1:match.start()] not in (b"\n", b"\r"):
            found.append(f"endstream at byte {match.start()} has no end of line before it")
    return found


# ---------------------------------------------------------------------------- the catalog

def _catalog(root: Any) -> list[str]:
    found = []
    if "/AA" in root:
        found.append("the catalog has additional actions (/AA)")
    names = _get(root, "/Names", generic.DictionaryObject())
    for key in ("/JavaScript", "/EmbeddedFiles"):
        if key in names:
            found.append(f"the catalog's name tree has {key}")
    form = _get(root, "/AcroForm", generic.DictionaryObject())
    if _get(form, "/NeedAppearances", False):
        found.append("the form asks the reader to make its appearances (/NeedAppearances)")
    if "/XFA" in form:
        found.append("the form carries XFA")
    permissions = _get(root, "/Perms", generic.DictionaryObject())
    for key in permissions:
        if key not in ("/DocMDP", "/UR3"):
            found.append(f"the catalog's permissions hold {key}")
    return found


# ---------------------------------------------------------------------------- XMP and Info

def _metadata(root: Any, info: Any) -> list[str]:
    if "/Metadata" not in root:
        return ["the catalog has no XMP metadata stream (/Metadata): no PDF/A claim"]
    stream = root["/Metadata"]
    if _get(stream, "/Type") != "/Metadata" or _get(stream, "/Subtype") != "/XML":
        return ["the metadata stream is not /Type /Metadata /Subtype /XML"]
    data = stream.data
    found = []
    begin = re.match(rb"\s*<\?xpacket ([^?]*)\?>", data)
    if begin is None:
        found.append("the XMP packet has no xpacket header")
    elif b"bytes=" in begin.group(1) or b"encoding=" in begin.group(1):
        found.append("the xpacket header has a bytes or encoding attribute")
    try:
        document = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        return [*found, f"the XMP packet is not well-formed XML: {error}"]
    properties: dict[tuple[str, str], ElementTree.Element] = {}
    for description in document.iter(f"{{{RDF}}}Description"):
        for attribute in description.attrib:
            if attribute.startswith("{") and not attribute.startswith(f"{{{RDF}}}"):
                found.append(f"XMP property {attribute} is written as an attribute (not "
                             "checked here)")
        for element in description:
            namespace, _, name = element.tag[1:].partition("}")
            if namespace not in PREDEFINED:
                found.append(f"XMP property {name} of {namespace} has no extension schema")
            properties[(namespace, name)] = element
    part = properties.get((PDFAID, "part"))
    conformance = properties.get((PDFAID, "conformance"))
    if part is None or (part.text or "").strip() != "2":
        found.append("the XMP packet does not say pdfaid:part 2")
    if conformance is None or (conformance.text or "").strip() != "B":
        found.append("the XMP packet does not say pdfaid:conformance B")
    for key, (namespace, name, kind) in INFO_TO_XMP.items():
        if key not in info:
            continue
        element = properties.get((namespace, name))
        if element is None:
            found.append(f"Info {key} has no XMP counterpart {name}")
            continue
        said = _xmp_value(element, kind)
        if kind == "date":
            agree = said is not None and _pdf_date(str(info[key])) == _xmp_date(said)
        else:
            agree = said == str(info[key])
        if not agree:
            found.append(f"Info {key} ({info[key]!s}) and XMP {name} ({said}) disagree")
    return found


def _xmp_value(element: ElementTree.Element, kind: str) -> str | None:
    if kind in ("text", "date"):
        return element.text or ""
    container = element.find(f"{{{RDF}}}Alt" if kind == "alt" else f"{{{RDF}}}Seq")
    if container is None:
        return None
    items = container.findall(f"{{{RDF}}}li")
    if kind == "seq":
        return (items[0].text or "") if len(items) == 1 else None
    defaults = [item for item in items if item.get(XML_LANG) == "x-default"]
    return (defaults[0].text or "") if defaults else None


def _pdf_date(text: str) -> datetime | None:
    match = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(Z|[+-]\d\d'\d\d'?)?", text)
    if match is None:
        return None
    moment = datetime(*(int(match.group(i)) for i in range(1, 7)), tzinfo=UTC)
    zone = match.group(7) or "Z"
    if zone != "Z":
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        moment -= offset if zone[0] == "+" else -offset
    return moment


def _xmp_date(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else None


# ---------------------------------------------------------------------------- output intent

def _output_intent(root: Any) -> list[str]:
    intents = _get(root, "/OutputIntents", generic.ArrayObject())
    pdfa = [intent for intent in intents if _get(intent, "/S") == "/GTS_PDFA1"]
    if not pdfa:
        return ["the catalog has no PDF/A output intent (/OutputIntents with /S /GTS_PDFA1)"]
    profiles = {intent.raw_get("/DestOutputProfile").reference for intent in intents
                if "/DestOutputProfile" in intent}
    if len(profiles) > 1:
        return ["the output intents name different destination profiles"]
    if "/DestOutputProfile" not in pdfa[0]:
        return ["the PDF/A output intent embeds no ICC profile (/DestOutputProfile)"]
    if "/OutputConditionIdentifier" not in pdfa[0]:
        return ["the PDF/A output intent has no /OutputConditionIdentifier"]
    profile = pdfa[0]["/DestOutputProfile"]
    data = profile.data
    found = []
    if len(data) < 132 or data[36:40] != b"acsp" or int.from_bytes(data[:4], "big") != len(data):
        return ["the output intent's profile is not an ICC profile"]
    if data[8] > 4:
        found.append(f"the output intent's ICC profile is version {data[8]}")
    if data[12:16] not in (b"mntr", b"prtr"):
        found.append(f"the output intent's profile is of class {data[12:16]!r}")
    channels = {b"RGB ": 3, b"CMYK": 4, b"GRAY": 1}.get(data[16:20])
    if channels is None or int(_get(profile, "/N", 0)) != channels:
        found.append("the output intent's profile colour space and /N disagree")
    if data[16:20] != b"RGB ":
        found.append("the output intent is not RGB (the memo draws in RGB)")
    return found


# ---------------------------------------------------------------------------- every object

def _walk(root: Any) -> Iterator[tuple[str, Any]]:
    """Every dictionary and stream reachable from the catalog, once each."""
    seen: set[tuple[int, int]] = set()
    stack: list[tuple[str, Any]] = [("catalog", root)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, generic.IndirectObject):
            key = (value.idnum, value.generation)
            if key in seen:
                continue
            seen.add(key)
            value = value.get_object()
        if isinstance(value, generic.DictionaryObject):
            yield path, value
            for name in value:
                stack.append((f"{path}{name}", value.raw_get(name)))
        elif isinstance(value, generic.ArrayObject):
            for index, item in enumerate(value.raw_iter() if hasattr(value, "raw_iter")
                                         else value):
                stack.append((f"{path}[{index}]", item))


def _filters(stream: Any) -> list[str]:
    names = _get(stream, "/Filter", generic.ArrayObject())
    return [str(names)] if isinstance(names, generic.NameObject) else [str(n) for n in names]


def _object(path: str, value: Any) -> list[str]:
    found = []
    kind, subtype = _get(value, "/Type"), _get(value, "/Subtype")
    if _get(value, "/S") in FORBIDDEN_ACTIONS or "/JS" in value:
        found.append(f"{path}: forbidden action {_get(value, '/S')}")
    if "/AA" in value and (kind == "/Page" or subtype == "/Widget"):
        found.append(f"{path}: additional actions (/AA)")
    if isinstance(value, generic.StreamObject):
        for name in _filters(value):
            if name in ("/LZWDecode", "/Crypt"):
                found.append(f"{path}: stream filter {name}")
        if "/F" in value:
            found.append(f"{path}: stream data in an external file")
    if kind == "/Sig" and _get(value, "/SubFilter") not in SIGNATURE_FORMATS:
        found.append(f"{path}: signature format {_get(value, '/SubFilter')} is not allowed")
    if kind == "/Font" or subtype in ("/TrueType", "/Type1", "/Type0", "/CIDFontType2"):
        found += _font(path, value)
    if kind == "/ExtGState" or any(k in value for k in ("/TR", "/TR2", "/HTP", "/BM")):
        found += _graphics_state(path, value)
    if subtype == "/Image":
        if _get(value, "/Interpolate", False):
            found.append(f"{path}: image with /Interpolate true")
        if "/Alternates" in value or "/OPI" in value:
            found.append(f"{path}: image with alternates or OPI")
        if _get(value, "/ColorSpace") == "/DeviceCMYK":
            found.append(f"{path}: CMYK image under an RGB output intent")
    if subtype == "/Form" and ("/OPI" in value or "/PS" in value or "/Subtype2" in value):
        found.append(f"{path}: form XObject with PostScript or OPI")
    if subtype == "/PS":
        found.append(f"{path}: PostScript XObject")
    if "/Rect" in value and (kind == "/Annot" or subtype in FORBIDDEN_ANNOTATIONS
                             or subtype in ("/Widget", "/Link", "/Popup", "/Text")):
        found += _annotation(path, value)
    if kind == "/Page" or (subtype == "/Form" and isinstance(value, generic.StreamObject)):
        found += _content(path, value)
    return found


def _font(path: str, font: Any) -> list[str]:
    subtype = _get(font, "/Subtype")
    if subtype == "/Type3":
        return []
    if subtype == "/Type0":
        descendants = _get(font, "/DescendantFonts", generic.ArrayObject())
        if len(descendants) != 1:
            return [f"{path}: composite font without one descendant font"]
        return []  # the descendant is visited on its own
    descriptor = _get(font, "/FontDescriptor")
    if descriptor is None:
        return [f"{path}: font {_get(font, '/BaseFont')} has no font descriptor (not embedded)"]
    if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
        return [f"{path}: font {_get(font, '/BaseFont')} is not embedded"]
    if subtype == "/CIDFontType2" and "/CIDToGIDMap" not in font:
        return [f"{path}: TrueType CID font {_get(font, '/BaseFont')} has no /CIDToGIDMap"]
    return []


def _graphics_state(path: str, state: Any) -> list[str]:
    found = []
    if "/TR" in state:
        found.append(f"{path}: graphics state with a transfer function (/TR)")
    if "/TR2" in state and state["/TR2"] != "/Default":
        found.append(f"{path}: graphics state with a transfer function (/TR2)")
    if "/HTP" in state:
        found.append(f"{path}: graphics state with /HTP")
    modes = _get(state, "/BM")
    for mode in ([modes] if isinstance(modes, generic.NameObject) else modes or []):
        if mode not in STANDARD_BLEND_MODES:
            found.append(f"{path}: blend mode {mode} is not a standard one")
    return found


def _annotation(path: str, annotation: Any) -> list[str]:
    subtype = _get(annotation, "/Subtype")
    if subtype in FORBIDDEN_ANNOTATIONS:
        return [f"{path}: annotation type {subtype} is not allowed"]
    if subtype == "/Popup":
        return []
    found = []
    flags = int(_get(annotation, "/F", 0))
    if not flags & PRINT or flags & NOT_SHOWN:
        found.append(f"{path}: annotation {subtype} is not printed, or is hidden (/F {flags})")
    rect = [float(x) for x in _get(annotation, "/Rect", [0, 0, 0, 0])]
    has_area = rect[0] != rect[2] and rect[1] != rect[3]
    if subtype == "/Link" or not has_area:
        return found
    appearances = _get(annotation, "/AP")
    if appearances is None:
        return [*found, f"{path}: annotation {subtype} has no appearance (/AP)"]
    if set(appearances) != {"/N"}:
        found.append(f"{path}: the appearance dictionary holds more than /N")
    if (subtype == "/Widget" and _get(annotation, "/FT") != "/Btn"
            and not isinstance(_get(appearances, "/N"), generic.StreamObject)):
        found.append(f"{path}: the widget's normal appearance is not a stream")
    return found


# ---------------------------------------------------------------------------- content streams

def _content(path: str, owner: Any) -> list[str]:
    if isinstance(owner, generic.StreamObject):
        parts = [owner]
    else:
        contents = _get(owner, "/Contents")
        if contents is None:
            return []
        parts = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    found: list[str] = []
    for part in parts:
        for operator, operands in _operators(part.data):
            if operator in (b"k", b"K"):
                found.append(f"{path}: DeviceCMYK colour ({operator.decode()}) under an RGB "
                             "output intent")
            elif operator in (b"cs", b"CS") and operands == [b"/DeviceCMYK"]:
                found.append(f"{path}: DeviceCMYK colour space under an RGB output intent")
            elif operator == b"BI":
                found.append(f"{path}: inline image (not checked here)")
                return found
    return found


_WHITE = b" \t\r\n\f\x00"
_DELIMITERS = b"()<>[]{}/%"


def _operators(data: bytes) -> Iterator[tuple[bytes, list[bytes]]]:
    """(operator, operands) in order; strings, names, numbers and brackets are operands."""
    index, size, operands = 0, len(data), []
    while index < size:
        byte = data[index:index + 1]
        if byte in _WHITE:
            index += 1
        elif byte == b"%":
            while index < size and data[index:index + 1] not in b"\r\n":
                index += 1
        elif byte == b"(":
            depth, index = 1, index + 1
            while index < size and depth:
                char = data[index:index + 1]
                if char == b"\\":
                    index += 1
                elif char == b"(":
                    depth += 1
                elif char == b")":
                    depth -= 1
                index += 1
            operands.append(b"(string)")
        elif data.startswith((b"<<", b">>"), index):
            operands.append(data[index:index + 2])
            index += 2
        elif byte == b"<":
            end = data.find(b">", index)
            operands.append(b"<hex>")
            index = size if end < 0 else end + 1
        elif byte in b"[]{}":
            operands.append(byte)
            index += 1
        else:
            start = index + 1 if byte == b"/" else index
            index = start
            while index < size and data[index:index + 1] not in _WHITE + _DELIMITERS:
                index += 1
            token = data[start:index] if byte != b"/" else b"/" + data[start:index]
            if index == start and byte != b"/":  # a stray delimiter
                index += 1
                continue
            if byte == b"/" or re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)|true|false|null", token):
                operands.append(token)
            else:
                yield token, operands
                operands = []
