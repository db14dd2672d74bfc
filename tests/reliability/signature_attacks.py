"""The published attack classes on PDF signatures, crafted here with pyHanko's own API on our
memos and on a partner record's memos ("foreign": judged on the memo alone), with `verify`'s
answer and poppler's `pdfsig` side by side.

Sources: Mladenov, Mainka, Meyer zu Selhausen, Grothe, Schwenk, "1 Trillion Dollar Refund – How
To Spoof PDF Signatures" (CCS 2019: universal signature forgery, incremental saving attack,
signature wrapping); Mainka, Mladenov, Rohlmann, "Shadow Attacks: Hiding and Replacing Content
in Signed PDFs" (NDSS 2021: hide, replace, hide-and-replace); Rohlmann, Mladenov, Mainka,
Schwenk, "Breaking the Specification: PDF Certification" (IEEE S&P 2021: evil annotation,
sneaky signature). Every attack here is our own construction of the class, not their files.

An attack is caught when `verify` refuses the file. A memo from our own record is also caught
by the record (not byte for byte a stored stage); the foreign memos show what the structure
checks alone catch, which is what a partner's verifier of our memos relies on.
"""

from __future__ import annotations

import io
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from tests.reliability.harness import Identities, Outcome, complete_draft, opened, trust
from tests.reliability.pdf_tampering import der_hex, pdfsig_verdicts

ATTACK_GROUP = "PDF signature attacks"


@dataclass(frozen=True)
class MemoStages:
    """One memo's three stages and the identities that signed it."""

    origin: str  # "our record" | "another record"
    unsigned: bytes
    drafted: bytes
    countersigned: bytes
    drafter: Any  # SigningIdentity
    minister: Any


def memo_stages(url: str, identities: Identities, origin: str, *, skip: int = 0) -> MemoStages:
    """Issue a memo in the record at `url` (which trusts `identities`' CA), stage by stage;
    `skip` unsigned memos first, so that a second record's memo does not share our memo's
    reference while references restart in every record (issue 12, item 4)."""
    from models.workflow import decide
    from reports.issue import issue_memo, sign_stored_memo, unlock
    from tests.reliability.harness import PLAYBOOK

    drafter = unlock(identities.drafter, identities.passphrase)
    minister = unlock(identities.minister, identities.passphrase)
    with opened(url) as db:
        trust(db, identities)
        for n in range(skip):  # a decision has one memo: the skipped ones are other decisions'
            other = complete_draft(db, title=f"Earlier decision {n} ({origin})")
            decide(db, other, decision="approve", by="Mina Minister", playbook=PLAYBOOK)
            issue_memo(db, other, PLAYBOOK, actor="officer")
        assessment_id = complete_draft(db, title=f"Strait interdiction ({origin})")
        decide(db, assessment_id, decision="approve", by="Mina Minister", playbook=PLAYBOOK)
        unsigned = issue_memo(db, assessment_id, PLAYBOOK, actor="officer")
        drafted = sign_stored_memo(db, unsigned.memo.id, drafter, actor="officer")
        countersigned = sign_stored_memo(db, drafted.memo.id, minister, actor="officer")
    return MemoStages(origin, unsigned.pdf, drafted.pdf, countersigned.pdf, drafter, minister)


# ---------------------------------------------------------------------------------------------
# Building blocks (pyHanko's incremental writer)


def _writer(pdf: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _text_appearance(writer: IncrementalPdfFileWriter, width: float, height: float,
                     text: str) -> generic.IndirectObject:
    """A form XObject: an opaque white box with black text, as a field's or annotation's look."""
    font = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica-Bold"),
    }))
    content = (f"1 1 1 rg 0 0 {width} {height} re f 0 0 0 rg BT /F1 14 Tf 4 6 Td "
               f"({text}) Tj ET").encode("ascii")
    return writer.add_object(generic.StreamObject({
        generic.NameObject("/Type"): generic.NameObject("/XObject"),
        generic.NameObject("/Subtype"): generic.NameObject("/Form"),
        generic.NameObject("/BBox"): generic.ArrayObject(
            [generic.FloatObject(0), generic.FloatObject(0), generic.FloatObject(width),
             generic.FloatObject(height)]),
        generic.NameObject("/Resources"): generic.DictionaryObject({
            generic.NameObject("/Font"): generic.DictionaryObject(
                {generic.NameObject("/F1"): font})}),
    }, stream_data=content))


RECT = (60, 600, 400, 630)  # over the memo's decision paragraph on page 1


def _rect() -> generic.ArrayObject:
    return generic.ArrayObject([generic.FloatObject(v) for v in RECT])


def _attach_to_page(writer: IncrementalPdfFileWriter, annotation: generic.IndirectObject
                    ) -> None:
    page_ref, _resources = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    annots = page.get("/Annots")
    if annots is None:
        page[generic.NameObject("/Annots")] = generic.ArrayObject([annotation])
    else:
        annots = annots.get_object() if isinstance(annots, generic.IndirectObject) else annots
        annots.append(annotation)
        if getattr(annots, "container_ref", None) is not None:
            writer.update_container(annots)
    writer.update_container(page)


def add_text_field(pdf: bytes, name: str, text: str, *, hidden: bool) -> bytes:
    """A text form field on page 1 whose look covers the decision with `text`; `hidden`: an
    invisible one (flag Hidden), as a shadow attack plants before the signature."""
    writer = _writer(pdf)
    width, height = RECT[2] - RECT[0], RECT[3] - RECT[1]
    page_ref, _ = writer.find_page_for_modification(0)
    field = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/FT"): generic.NameObject("/Tx"),
        generic.NameObject("/T"): generic.TextStringObject(name),
        generic.NameObject("/V"): generic.TextStringObject(text),
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/Widget"),
        generic.NameObject("/Rect"): _rect(),
        generic.NameObject("/F"): generic.NumberObject(2 if hidden else 4),
        generic.NameObject("/P"): page_ref,
        generic.NameObject("/AP"): generic.DictionaryObject(
            {generic.NameObject("/N"): _text_appearance(writer, width, height, text)}),
    }))
    form = writer.root["/AcroForm"]
    form["/Fields"].append(field)
    writer.update_container(form)
    _attach_to_page(writer, field)
    return _written(writer)


def fill_text_field(pdf: bytes, name: str, text: str) -> bytes:
    """Form filling, as the certification permits: a new value and look, and visible."""
    writer = _writer(pdf)
    fields = writer.root["/AcroForm"]["/Fields"]
    for index in range(len(fields)):
        field = fields[index]
        if str(field.get("/T")) == name:
            width, height = RECT[2] - RECT[0], RECT[3] - RECT[1]
            field[generic.NameObject("/V")] = generic.TextStringObject(text)
            field[generic.NameObject("/F")] = generic.NumberObject(4)
            field[generic.NameObject("/AP")] = generic.DictionaryObject(
                {generic.NameObject("/N"): _text_appearance(writer, width, height, text)})
            writer.update_container(field)
    return _written(writer)


def add_free_text(pdf: bytes, text: str) -> bytes:
    """An annotation drawn over the decision (evil annotation)."""
    writer = _writer(pdf)
    width, height = RECT[2] - RECT[0], RECT[3] - RECT[1]
    annotation = writer.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Annot"),
        generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
        generic.NameObject("/Rect"): _rect(),
        generic.NameObject("/Contents"): generic.TextStringObject(text),
        generic.NameObject("/DA"): generic.TextStringObject("/Helv 14 Tf 0 g"),
        generic.NameObject("/F"): generic.NumberObject(4),
        generic.NameObject("/AP"): generic.DictionaryObject(
            {generic.NameObject("/N"): _text_appearance(writer, width, height, text)}),
    }))
    _attach_to_page(writer, annotation)
    return _written(writer)


class _MetadataUntouchedWriter(IncrementalPdfFileWriter):
    """Writes only what the attack changes: pyHanko would also rewrite the Info dictionary and
    a PDF/A memo's XMP packet, too many bytes for the wrapping attack's hiding place."""

    def _update_meta(self) -> None:
        pass


def replace_page_content(pdf: bytes, text: str, *, only_the_page: bool = False) -> bytes:
    """An incremental update that draws over page 1 (incremental saving attack)."""
    writer = (_MetadataUntouchedWriter(io.BytesIO(pdf), strict=False) if only_the_page
              else _writer(pdf))
    page_ref, _ = writer.find_page_for_modification(0)
    stream = writer.add_object(generic.StreamObject(stream_data=(
        f"q 1 1 1 rg {RECT[0]} {RECT[1]} {RECT[2] - RECT[0]} {RECT[3] - RECT[1]} re f Q "
        f"BT /F1 14 Tf {RECT[0] + 4} {RECT[1] + 6} Td ({text}) Tj ET").encode("ascii")))
    writer.add_stream_to_page(0, stream)
    del page_ref
    return _written(writer)


def change_reference(pdf: bytes, reference: str) -> bytes:
    """New document information naming another memo reference."""
    writer = _writer(pdf)
    info = writer.trailer["/Info"]
    info[generic.NameObject("/ConcertReference")] = generic.TextStringObject(reference)
    writer.update_container(info)
    return _written(writer)


def _byte_ranges(pdf: bytes) -> list[tuple[int, int, int, int]]:
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return [tuple(int(x) for x in match) for match in found]  # type: ignore[misc]


def forged_contents(pdf: bytes) -> bytes:
    """Universal signature forgery: the last signature's /Contents emptied (all zeros), its
    /ByteRange left as it was: a verifier that only looks for a signature dictionary says
    "signed"."""
    a, b, c, _d = _byte_ranges(pdf)[-1]
    start, end = a + b + 1, c - 1
    return pdf[:start] + b"0" * (end - start) + pdf[end:]


def forged_byte_range(pdf: bytes) -> bytes:
    """Universal signature forgery: the last signature's /ByteRange rewritten to cover
    nothing ([0 0 0 0], padded to the same length)."""
    match = list(re.finditer(rb"/ByteRange\s*\[[^\]]*\]", pdf))[-1]
    forged = b"/ByteRange [0 0 0 0]"
    forged += b" " * (len(match.group(0)) - len(forged))
    return pdf[:match.start()] + forged + pdf[match.end():]


def wrapped_signature(pdf: bytes, text: str) -> bytes:
    """Signature wrapping: the signed byte ranges stay byte for byte where they were; the
    attacker's objects (page 1 drawn over) are written into the unsigned gap of the last
    signature, after its /Contents value, inside a literal string `/X (…)` that the signature
    dictionary now carries (so the dictionary still parses, and the signature still checks);
    a new cross-reference section appended at the end points into that string, where a reader
    going by offsets finds the objects. Two readings of one byte range: that is the class."""
    changed = replace_page_content(pdf, text, only_the_page=True)
    update = changed[len(pdf):]
    objects_end = update.index(b"xref")
    objects, xref_section = update[:objects_end], update[objects_end:]
    if re.search(rb"\\[()]", objects) or objects.count(b"(") != objects.count(b")"):
        raise ValueError("the attacker's objects would not sit in a literal string")
    a, b, c, _d = _byte_ranges(pdf)[-1]
    gap_start = a + b  # the "<" of the last signature's /Contents; its ">" is at c - 1
    signature_hex = der_hex(pdf[gap_start + 1:c - 1])
    head = b"<" + signature_hex + b"> /X ("
    gap = head + objects + b")"
    if len(gap) > c - gap_start:
        raise ValueError("no room for the attacker's objects in the signature's padding")
    gap += b" " * (c - gap_start - len(gap))
    shift = gap_start + len(head) - len(pdf)  # where each object moved from, to

    def moved(entry: re.Match[bytes]) -> bytes:
        offset = int(entry.group(1))
        if offset < len(pdf):  # an entry for an object already in the signed file
            return entry.group(0)
        return b"%010d" % (offset + shift) + entry.group(2)

    xref_section = re.sub(rb"(\d{10})( \d{5} n)", moved, xref_section)
    wrapped = pdf[:gap_start] + gap + pdf[c:]
    xref_at = len(wrapped)
    xref_section = re.sub(rb"startxref\s+\d+", b"startxref\n%d" % xref_at, xref_section)
    return wrapped + xref_section


def sneaky_signature(pdf: bytes, signer: Any) -> bytes:
    """A further signature field, added after the drafting official's certification and signed
    by a trusted identity, with a stamp that says what the attacker wants."""
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    writer = _writer(pdf)
    fields.append_signature_field(writer, fields.SigFieldSpec(
        "approval_stamp", on_page=0, box=RECT))
    metadata = signers.PdfSignatureMetadata(field_name="approval_stamp", md_algorithm="sha256")
    signer_ = signers.PdfSigner(metadata, signer=signer.signer,
                                stamp_style=TextStampStyle(stamp_text="DECISION: REJECT"))
    out = io.BytesIO()
    signer_.sign_pdf(writer, output=out)
    return out.getvalue()


def first_revision(pdf: bytes) -> bytes:
    """The memo as ReportLab wrote it, before the signature fields were added."""
    end = pdf.index(b"%%EOF") + len(b"%%EOF")
    return pdf[:end] + b"\n"


def approvals_without_lock(memo: MemoStages) -> bytes:
    """A PDF signed outside the app: two plain approval signatures in fields of our names, no
    certification and no lock."""
    from pyhanko.sign import fields

    writer = _writer(first_revision(memo.unsigned))
    for name, box in (("drafting_official", (60, 60, 250, 110)),
                      ("minister", (300, 60, 490, 110))):
        fields.append_signature_field(writer, fields.SigFieldSpec(name, on_page=0, box=box))
    pdf = _written(writer)
    return sign_raw(sign_raw(pdf, memo.drafter, "drafting_official"), memo.minister, "minister")


def sign_raw(pdf: bytes, identity: Any, field_name: str) -> bytes:
    """The attacker's countersignature, made with pyHanko directly (no rule of ours applies)."""
    from pyhanko.sign import signers

    metadata = signers.PdfSignatureMetadata(field_name=field_name, md_algorithm="sha256")
    out = io.BytesIO()
    signers.PdfSigner(metadata, signer=identity.signer).sign_pdf(_writer(pdf), output=out)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# The attacks


Attack = Callable[[MemoStages], bytes]


def attacks() -> dict[str, Attack]:
    """Each attack class, as (name → crafting function) on a memo's stages."""
    return {
        "universal signature forgery (/Contents emptied)":
            lambda m: forged_contents(m.countersigned),
        "universal signature forgery (/ByteRange covering nothing)":
            lambda m: forged_byte_range(m.countersigned),
        "incremental saving attack (page redrawn after the countersignature)":
            lambda m: replace_page_content(m.countersigned, "DECISION: REJECT"),
        "incremental saving attack (reference changed after the countersignature)":
            lambda m: change_reference(m.countersigned, "CD-2026-9999"),
        "signature wrapping (attacker content in the /Contents gap, new xref)":
            lambda m: wrapped_signature(m.countersigned, "DECISION: REJECT"),
        "shadow hide (field planted before certification, shown after it)":
            lambda m: fill_text_field(
                _signed_after_plant(m, "shadow", "", hidden=True), "shadow", " "),
        "shadow replace (visible field planted, its value replaced after certification)":
            lambda m: fill_text_field(
                _signed_after_plant(m, "shadow", "DECISION: APPROVE", hidden=False),
                "shadow", "DECISION: REJECT"),
        "shadow hide-and-replace (hidden field filled, then countersigned)":
            lambda m: sign_raw(fill_text_field(
                _signed_after_plant(m, "shadow", "", hidden=True), "shadow",
                "DECISION: REJECT"), m.minister, "minister"),
        "evil annotation (FreeText over the decision after certification, countersigned)":
            lambda m: sign_raw(add_free_text(m.drafted, "DECISION: REJECT"), m.minister,
                               "minister"),
        "sneaky signature (extra signature field with its own stamp after certification)":
            lambda m: sneaky_signature(m.drafted, m.minister),
        "reference changed before the countersignature, countersigned outside the app":
            lambda m: sign_raw(change_reference(m.drafted, "CD-2026-9999"), m.minister,
                               "minister"),
        "two approval signatures, no certification and no lock":
            approvals_without_lock,
    }


def _signed_after_plant(memo: MemoStages, name: str, text: str, *, hidden: bool) -> bytes:
    """The drafting official certifies a memo into which a form field was planted first."""
    from reports.signing import sign_memo

    planted = add_text_field(memo.unsigned, name, text, hidden=hidden)
    return sign_memo(planted, memo.drafter, "drafting_official")


def attack_outcomes(memos: list[MemoStages], roots: list[Any], lookup: Any, folder: Path,
                    nss: str | None) -> list[Outcome]:
    """One row per attack class: tried on each memo, failed when `verify` accepts. The notes
    keep verify's reason and pdfsig's verdicts, for docs/guarantees.md."""
    from reports.verify import verify_pdf

    outcomes = []
    folder.mkdir(parents=True, exist_ok=True)
    for name, craft in attacks().items():
        outcome = Outcome(f"{ATTACK_GROUP}: {name}")
        for memo in memos:
            problems = []
            try:
                crafted = craft(memo)
            except Exception as error:  # the attack could not be built: say so, not a pass
                outcome.fail(f"{memo.origin}: crafting failed: {type(error).__name__}: {error}")
                continue
            report = verify_pdf(crafted, roots, lookup)
            if report.ok:
                problems.append(f"{memo.origin}: verify accepted it ({report.reason})")
            answer = "accepted" if report.ok else f"refused: {report.reason}"
            seen = "not run"
            if nss is not None:
                target = folder / f"attack-{len(outcome.notes)}.pdf"
                target.write_bytes(crafted)
                verdicts = pdfsig_verdicts(target, nss)
                total = _pdfsig_total(target, nss)
                seen = ("no signature" if verdicts is None
                        else "; ".join(verdicts) + (f" ({total})" if total else ""))
            outcome.note(f"{memo.origin}: verify {answer} | pdfsig: {seen}")
            outcome.trial(problems, memo.origin)
        outcomes.append(outcome)
    return outcomes


def _pdfsig_total(path: Path, nss: str) -> str:
    text = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True,
                          text=True, check=False).stdout
    partial = text.count("Not total document signed")
    return f"{partial} not covering the whole file" if partial else ""


def add_nss_root(nss: str, certificate: Path, nickname: str) -> None:
    subprocess.run(["certutil", "-A", "-d", nss, "-n", nickname, "-t", "CT,C,C",
                    "-i", str(certificate)], check=True, capture_output=True)
