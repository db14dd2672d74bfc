"""Sign a memo (PAdES B-B, offline) in the fixed order: drafting official, then minister.

pyHanko signs whatever it is asked to, even a document an earlier signature locked; the rules
are therefore checked here first (`signing_state`): the field must exist and be empty, the
drafting official signs first, the minister's signature locks the memo, and there is no third
signature. A refusal raises `SigningRefused` and produces nothing.
"""

from __future__ import annotations

import atexit
import hashlib
import io
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import MDPPerm, SigSeedSubFilter
from pyhanko.stamp import TextStampStyle

from reports.fonts import Face, chooser, needs_glyph
from reports.identity import SigningIdentity
from reports.memo_language import (
    MemoLanguage,
    available_languages,
    base_language,
    is_rtl_language,
)
from reports.pdfa import ArchivalIncrementalWriter
from reports.sigfields import (
    DRAFTER_CERTIFICATION,
    DRAFTING_FIELD,
    FIELD_LABELS,
    MINISTER_FIELD,
    SIGNING_ORDER,
)
from reports.signer_rules import Decider, SigningRefused, check_signer

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SigningState:
    signed: tuple[str, ...]  # field names, in signing order
    locked: bool
    next_field: str | None  # None when the memo is complete (countersigned)


def _locks_document(field_value: object) -> bool:
    """Whether a filled signature field's lock dictionary says "no changes" (/P 1)."""
    try:
        lock = field_value["/Lock"]  # type: ignore[index]
        return int(lock.get("/P", 0)) == 1
    except (KeyError, TypeError, AttributeError):
        return False


def signing_state(pdf: bytes) -> SigningState:
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
        empty = [name for name, _, _ in fields.enumerate_sig_fields(reader, filled_status=False)]
    except Exception as error:  # pyHanko raises many types for a damaged file
        raise SigningRefused(f"not a readable PDF memo: {error}") from None
    signed = tuple(s.field_name for s in signatures)
    locked = False
    for signature in signatures:
        if _locks_document(signature.sig_field):
            locked = True
        docmdp = signature.docmdp_level
        if docmdp is not None and docmdp == MDPPerm.NO_CHANGES:
            locked = True
    if len(signed) >= len(SIGNING_ORDER):
        return SigningState(signed, True, None)
    expected = SIGNING_ORDER[len(signed)]
    if signed != SIGNING_ORDER[: len(signed)]:
        raise SigningRefused(f"the memo's signatures are not in the expected order: {signed}")
    if expected not in empty:
        raise SigningRefused(f"the memo has no empty signature field “{expected}”: not a memo "
                             "issued by Concert Desk")
    return SigningState(signed, locked, expected)


def check_can_sign(pdf: bytes, field_name: str) -> SigningState:
    state = signing_state(pdf)
    label = FIELD_LABELS.get(field_name, field_name)
    if state.locked or state.next_field is None:
        raise SigningRefused(f"the memo is locked by the minister's countersignature: no "
                             f"further signature ({label}) is possible")
    if field_name in state.signed:
        raise SigningRefused(f"the memo is already signed in the field “{label}”")
    if field_name != state.next_field:
        raise SigningRefused(f"the {FIELD_LABELS[state.next_field].lower()} signs first; "
                             f"“{label}” cannot sign yet")
    return state


_STAMP_FIXED_TEXT = "Digitally signed – Drafting official Minister Signed 0123456789-: UTC"


@cache
def _stamp_style(font_path: str, right_to_left: bool = False) -> TextStampStyle:
    """The stamp's layout. pyHanko shapes each line in one direction (no bidirectional
    algorithm): in a right-to-left language the time gets a line of its own, or its digits
    would be turned around with the word "signed"."""
    return TextStampStyle(
        stamp_text="%(signer_line)s\n%(role_line)s\n%(signed)s" + ("\n" if right_to_left
                                                                   else " ") + "%(ts)s",
        timestamp_format="%Y-%m-%d %H:%M UTC",
        text_box_style=TextBoxStyle(font=GlyphAccumulatorFactory(font_path, font_size=9),
                                    leading=12),
        border_width=1,
    )


def _subset(face_path: str, characters: frozenset[str], hinting: bool = True) -> Any:
    """The face reduced to `characters` (its layout features kept, for shaping)."""
    from fontTools import subset

    options = subset.Options()
    options.hinting = hinting
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = subset.load_font(face_path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in characters})
    subsetter.subset(font)
    return font


@cache
def _stamp_font(face_path: str, characters: frozenset[str]) -> str:
    """A copy of the face reduced to the stamp's characters, made once per identity.

    pyHanko subsets the stamp font at every signature; on a full Noto face that takes ~300 ms
    (fontTools reads all its tables), on this small copy a few milliseconds."""
    font = _subset(face_path, characters)
    digest = hashlib.sha256(("".join(sorted(characters)) + face_path).encode()).hexdigest()[:16]
    target = os.path.join(_stamp_folder(), f"stamp-{digest}.ttf")
    font.save(target)
    return target


@cache
def _merged_stamp_font(parts: tuple[tuple[str, frozenset[str]], ...]) -> str:
    """One font for a stamp whose text needs several faces (a Hebrew or Japanese name beside
    the Latin wording): each face reduced to its characters, brought to one size of em, without
    hinting or vertical metrics (which faces do not share), merged into one. pyHanko's stamp
    draws with a single font; this one embeds every glyph the stamp shows."""
    from fontTools.merge import Merger
    from fontTools.ttLib.scaleUpem import scale_upem

    folder = _stamp_folder()
    digest = hashlib.sha256(repr(sorted((p, sorted(c)) for p, c in parts)).encode()
                            ).hexdigest()[:16]
    files = []
    for index, (face_path, characters) in enumerate(parts):
        font = _subset(face_path, characters | {" "}, hinting=False)
        for table in ("vhea", "vmtx", "VORG"):
            if table in font:
                del font[table]
        if font["head"].unitsPerEm != 1000:
            scale_upem(font, 1000)
        files.append(os.path.join(folder, f"part-{digest}-{index}.ttf"))
        font.save(files[-1])
    target = os.path.join(folder, f"stamp-{digest}.ttf")
    Merger().merge(files).save(target)
    return target


@cache
def _stamp_folder() -> str:
    folder = tempfile.mkdtemp(prefix="concert-stamp-fonts-")
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _stamp_font_and_text(identity: SigningIdentity, label: str, language: str = "en"
                         ) -> tuple[str, dict[str, str]]:
    """One embedded font for the stamp: the face that covers the whole stamp text, else one
    merged from the faces that draw it (a name in any script the memo's fonts cover). Only
    when some character has no face at all does the stamp name the role alone; the signer's
    name stays in the signature itself. The stamp's own words are in the memo's language."""
    words = MemoLanguage(language)
    signer_line = identity.name
    role = identity.role if identity.role.strip().lower() != label.lower() else ""
    role_line = words.gettext(label) + (f" – {role}" if role else "")
    signed, unnamed = words.gettext("Signed"), words.gettext("Digitally signed")
    text = signer_line + role_line + _STAMP_FIXED_TEXT + signed + unnamed
    fonts = chooser()
    params = {"signer_line": signer_line, "role_line": role_line, "signed": signed}
    for whole in [fonts.base_face(), *fonts.preferred]:
        if all(whole.covers(c) for c in text if not c.isspace()):
            return _stamp_font(whole.regular_path, frozenset(text + identity.name)), params
    base = fonts.base_face()
    parts: dict[str, set[str]] = {}
    for char in text:
        if char.isspace() or not needs_glyph(char):
            continue
        face: Face | None = base if base.covers(char) else fonts.face_for(char)
        if face is None:
            parts = {}
            break
        parts.setdefault(face.regular_path, set()).add(char)
    if parts:
        ordered = sorted(parts.items(), key=lambda item: item[0] != base.regular_path)
        return _merged_stamp_font(tuple((p, frozenset(c)) for p, c in ordered)), params
    params = {"signer_line": unnamed, "role_line": role_line, "signed": signed}
    text = role_line + _STAMP_FIXED_TEXT + signed + unnamed
    return _stamp_font(base.regular_path, frozenset(text)), params


def _language_of(pdf: bytes) -> str:
    """The language the memo declares (/Lang), when the stamp can speak it; else English."""
    try:
        declared = str(PdfFileReader(io.BytesIO(pdf), strict=False).root.get("/Lang", ""))
    except Exception:  # a damaged catalog: check_can_sign has already read the file
        return "en"
    code = base_language(declared)
    return code if code in available_languages() else "en"


def prepare_stamp(identity: SigningIdentity) -> None:
    """Build the identity's stamp font now (done at unlock, so signing stays quick; a memo in
    another language than English builds its stamp's font at its first signature)."""
    for label in FIELD_LABELS.values():
        _stamp_font_and_text(identity, label)


def sign_memo(pdf: bytes, identity: SigningIdentity, field_name: str, *,
              reason: str | None = None, roots: Sequence[Any] | None = None,
              decider: Decider | None = None) -> bytes:
    """Add one signature to the memo. The drafting official's certifies (form filling still
    allowed); the minister's is an approval signature that, through its field lock, locks the
    memo. Raises SigningRefused before anything is produced when the rules forbid it: the
    order and lock, the role the field needs, two different people (reports.signer_rules),
    and, when given, a chain to one of the record's `roots` and the decision's `decider`."""
    check_can_sign(pdf, field_name)
    earlier = _earlier_signer(pdf)
    check_signer(identity, field_name, roots=roots,
                 earlier=earlier[1] if earlier else None,
                 earlier_field=earlier[0] if earlier else "",
                 decider=decider if field_name == MINISTER_FIELD else None)
    label = FIELD_LABELS[field_name]
    certify = field_name == DRAFTING_FIELD
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=certify,
        docmdp_permissions=DRAFTER_CERTIFICATION if certify else MDPPerm.NO_CHANGES,
        reason=reason or (f"{label}: drafted and certified" if certify
                          else f"{label}: approved; the memo is locked"),
        name=identity.name,
    )
    language = _language_of(pdf)
    font_path, text_params = _stamp_font_and_text(identity, label, language)
    signer = signers.PdfSigner(metadata, signer=identity.signer,
                               stamp_style=_stamp_style(font_path, is_rtl_language(language)))
    # A PDF/A memo's metadata stays true to its claim in the signature's update (reports.pdfa).
    writer = ArchivalIncrementalWriter(io.BytesIO(pdf), strict=False)
    output = io.BytesIO()
    signer.sign_pdf(writer, output=output, appearance_text_params=text_params)
    return output.getvalue()


def _earlier_signer(pdf: bytes) -> tuple[str, Any] | None:
    """The field and certificate of the signature already in the memo (None: none yet)."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    signatures = reader.embedded_signatures
    if not signatures:
        return None
    try:
        return signatures[0].field_name, signatures[0].signer_cert
    except Exception as error:  # a damaged container
        raise SigningRefused(f"the memo's first signature cannot be read: {error}") from None


def signed_fields(pdf: bytes) -> list[tuple[str, str, datetime | None]]:
    """(field, signer common name, claimed signing time) of each signature, in order."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    result = []
    for signature in reader.embedded_signatures:
        certificate = signature.signer_cert
        result.append((signature.field_name, certificate.subject.native.get("common_name", ""),
                       signature.self_reported_timestamp))
    return result
