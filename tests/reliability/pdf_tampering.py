"""Tampering with a signed memo's bytes: flipped bytes anywhere and inside the signature
containers, and incremental updates appended (content, annotation, Info). `verify` must refuse
every one, and pdfsig is consulted on a sample."""

from __future__ import annotations

import io
import random
import re
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.reliability.harness import Outcome, opened
from tests.reliability.tampering import RichRecord, trust_roots

# ---------------------------------------------------------------------------------------------
# Flipped bytes


def byte_ranges(pdf: bytes) -> list[tuple[int, int, int, int]]:
    """Each signature's /ByteRange [a b c d], in file order (= signing order here)."""
    found = re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    return [tuple(int(x) for x in match) for match in found]  # type: ignore[misc]


def der_hex(reserved_hex: bytes) -> bytes:
    """The hex digits of the signature container in a /Contents value, without its padding.

    The reserved space is padded with zeros after the DER; the DER's own length says where it
    ends (stripping trailing zeros instead cut a container whose last byte ends in a zero)."""
    import binascii

    from asn1crypto import cms

    der = cms.ContentInfo.load(binascii.unhexlify(reserved_hex)).dump()
    return reserved_hex[:2 * len(der)]


def covered_by(position: int, ranges: list[tuple[int, int, int, int]]) -> list[int]:
    """Which signatures (0-based) cover the byte at `position`."""
    return [index for index, (a, b, c, d) in enumerate(ranges)
            if a <= position < a + b or c <= position < c + d]


def make_nss_trust(folder: Path, ca_certificate: Path) -> str:
    """An NSS database trusting only the test CA, for pdfsig."""
    folder.mkdir(parents=True, exist_ok=True)
    spec = f"sql:{folder}"
    subprocess.run(["certutil", "-N", "-d", spec, "--empty-password"], check=True,
                   capture_output=True)
    subprocess.run(["certutil", "-A", "-d", spec, "-n", "concert-test-ca", "-t", "CT,C,C",
                    "-i", str(ca_certificate)], check=True, capture_output=True)
    return spec


def pdfsig_verdicts(path: Path, nss: str) -> list[str] | None:
    """pdfsig's "Signature Validation" line per signature; None when it reads no signature."""
    text = subprocess.run(["pdfsig", "-nssdir", nss, str(path)], capture_output=True,
                          text=True, check=False).stdout
    blocks = re.split(r"^Signature #\d+:", text, flags=re.M)[1:]
    if not blocks:
        return None
    verdicts = []
    for block in blocks:
        match = re.search(r"Signature Validation:\s*(.+)", block)
        verdicts.append(match.group(1).strip() if match else "(no validation line)")
    return verdicts


def byte_flips(record: RichRecord, flips: int, rng: random.Random, pdfsig_sample: int,
               folder: Path, nss: str) -> Outcome:
    """Flip each of `flips` random bytes of the countersigned memo in turn: `verify` must
    reject every one; pdfsig must agree for a sample of those inside a signed byte range."""
    from reports.verify import record_lookup, verify_pdf

    outcome = Outcome(f"flipped byte in a countersigned memo (of {len(record.countersigned_pdf):,}"
                      " bytes)")
    pdf = record.countersigned_pdf
    ranges = byte_ranges(pdf)
    assert len(ranges) == 2, ranges
    by_signatures: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    with opened(record.url) as db:
        roots, lookup = trust_roots(db), record_lookup(db)
        assert verify_pdf(pdf, roots, lookup).ok
        positions = rng.sample(range(len(pdf)), min(flips, len(pdf)))
        signed_positions = [p for p in positions if covered_by(p, ranges)]
        checked_by_pdfsig = set(rng.sample(signed_positions,
                                           min(pdfsig_sample, len(signed_positions))))
        disagreements = 0
        for position in positions:
            flipped = bytearray(pdf)
            flipped[position] ^= rng.randint(1, 255)
            data = bytes(flipped)
            category = _category(covered_by(position, ranges))
            by_category[category] += 1
            problems = []
            try:
                if verify_pdf(data, roots, lookup).ok:
                    problems.append(f"verify accepted a flip at byte {position} ({category})")
                if not verify_pdf(data, roots, None).ok:
                    by_signatures[category] += 1  # caught by the signatures alone, no record
            except Exception as error:  # verify must answer, not raise
                problems.append(f"verify raised {type(error).__name__} on a flip at byte "
                                f"{position} ({category}): {str(error)[:100]} "
                                f"[{_where_raised(error)}]")
            if position in checked_by_pdfsig:
                sample = folder / "flipped.pdf"
                sample.write_bytes(data)
                verdicts = pdfsig_verdicts(sample, nss)
                covering = covered_by(position, ranges)
                if verdicts is not None and all(
                    index < len(verdicts) and verdicts[index] == "Signature is Valid."
                    for index in covering
                ):
                    disagreements += 1
                    problems.append(f"pdfsig calls every signature covering byte {position} "
                                    f"valid: {verdicts}")
            outcome.trial(problems)
    outcome.note(f"pdfsig checked {len(checked_by_pdfsig)} flips inside signed byte ranges: "
                 f"{len(checked_by_pdfsig) - disagreements} agreed")
    for category, count in sorted(by_category.items()):
        outcome.note(f"{category}: {count} flips, {by_signatures[category]} caught by the "
                     "signatures alone (without the record)")
    return outcome


def _where_raised(error: BaseException) -> str:
    """The innermost frame of this project's code that the exception passed through."""
    import traceback

    frames = [f for f in traceback.extract_tb(error.__traceback__)
              if "/site-packages/" not in f.filename]
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def flips_in_signature_containers(record: RichRecord, per_signature: int) -> Outcome:
    """Flips spread evenly over the DER of each signature's /Contents (certificates, signed
    attributes, the signature value): `verify` must reject each, with a reason, never raise.

    Signatures alone cannot see every one: the certificates a signature container carries are
    not signed, and a copy of the CA certificate there is not what validation trusts (the
    configured root is), so a flip in that copy inside the last signature's container — covered
    by no byte range — changes nothing they check. The record comparison (byte for byte the
    stored memo) catches those; the notes count them."""
    from reports.verify import record_lookup, verify_pdf

    outcome = Outcome("flipped byte inside a signature container (/Contents)")
    pdf = record.countersigned_pdf
    unseen_by_signatures: Counter[str] = Counter()
    with opened(record.url) as db:
        roots, lookup = trust_roots(db), record_lookup(db)
        ranges = byte_ranges(pdf)
        for index, (a, b, _c, _d) in enumerate(ranges):
            start = a + b + 1  # after the "<" that opens the hex string
            der_hex, parts = _container_parts(pdf, start)
            for step in range(per_signature):
                position = start + step * der_hex // per_signature
                flipped = bytearray(pdf)
                flipped[position] = ord("0") if flipped[position] != ord("0") else ord("1")
                try:
                    with_record = verify_pdf(bytes(flipped), roots, lookup)
                    alone = verify_pdf(bytes(flipped), roots, None)
                except Exception as error:
                    outcome.trial([f"raised {type(error).__name__} at byte {position}: {error}"])
                    continue
                outcome.trial([f"accepted a flip at byte {position}"] if with_record.ok else [])
                if alone.ok:
                    part = next((name for low, high, name in parts
                                 if low <= (position - start) // 2 < high), "elsewhere")
                    unseen_by_signatures[f"signature {index + 1}, {part}"] += 1
    outcome.note(f"{outcome.trials} flips over the containers' DER: all rejected with the "
                 "record; without it (a partner's memo) "
                 + ("every one was rejected too" if not unseen_by_signatures else
                    "these passed the signature checks: " + ", ".join(
                        f"{count} in {where}" for where, count in unseen_by_signatures.items())))
    return outcome


def _container_parts(pdf: bytes, start: int) -> tuple[int, list[tuple[int, int, str]]]:
    """The hex digits the /Contents DER fills, and (first byte, end, what) of the certificates
    and signer info inside it."""
    import binascii

    from asn1crypto import cms

    der = binascii.unhexlify(der_hex(pdf[start:].split(b">", 1)[0]))
    signed = cms.ContentInfo.load(der)["content"]
    parts = []
    for certificate in signed["certificates"]:
        raw = certificate.dump()
        subject = certificate.chosen.subject.native.get("common_name", "?")
        kind = "the embedded copy of the CA certificate" if certificate.chosen.ca \
            else f"the signer's certificate ({subject})"
        parts.append((der.find(raw), der.find(raw) + len(raw), kind))
    info = signed["signer_infos"][0].dump()
    parts.append((der.find(info), der.find(info) + len(info), "the signer info"))
    return 2 * len(der), parts


def _category(covering: list[int]) -> str:
    if covering == [0, 1]:
        return "covered by both signatures"
    if covering == [1]:
        return "covered by the minister's signature only (the drafter's /Contents, the " \
            "minister's revision)"
    if not covering:
        return "inside the minister's /Contents (covered by no byte range)"
    return f"covered by signatures {covering}"


# ---------------------------------------------------------------------------------------------
# Incremental updates


def _writer(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)


def _written(writer: Any) -> bytes:
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


FORGED_TEXT = b"BT /F1 28 Tf 72 400 Td (DECISION: REJECT) Tj ET"


def add_content_stream(pdf: bytes) -> bytes:
    from pyhanko.pdf_utils.generic import StreamObject

    writer = _writer(pdf)
    reference = writer.add_object(StreamObject(stream_data=FORGED_TEXT))
    writer.add_stream_to_page(0, reference)
    return _written(writer)


def overwrite_content_stream(pdf: bytes) -> bytes:
    """The page's existing content stream object replaced in place (same object number)."""
    from pyhanko.pdf_utils.generic import ArrayObject, StreamObject

    writer = _writer(pdf)
    page = writer.root["/Pages"]["/Kids"][0]
    contents = page.raw_get("/Contents")
    if isinstance(contents.get_object(), ArrayObject):
        contents = contents.get_object().raw_get(0)
    original = contents.get_object().data
    writer.objects[(contents.generation, contents.idnum)] = StreamObject(
        stream_data=original.replace(b"Approve", b"Reject!") + b"\n" + FORGED_TEXT
    )
    return _written(writer)


def add_annotation(pdf: bytes) -> bytes:
    """A free-text annotation over the page (a "comment", not a content change)."""
    from pyhanko.pdf_utils.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        TextStringObject,
    )

    writer = _writer(pdf)
    page = writer.root["/Pages"]["/Kids"][0]
    annotation = writer.add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 300, 500, 340)]),
        NameObject("/Contents"): TextStringObject("Decision: reject"),
        NameObject("/DA"): TextStringObject("/Helv 20 Tf 0 g"),
    }))
    annots = page.get("/Annots")
    if annots is None:
        page[NameObject("/Annots")] = ArrayObject([annotation])
        writer.update_container(page)
    else:
        annots.append(annotation)
        writer.update_container(annots)
    return _written(writer)


def change_info(pdf: bytes) -> bytes:
    """Only the document information (title) rewritten in an update."""
    from pyhanko.pdf_utils.generic import DictionaryObject, NameObject, TextStringObject

    writer = _writer(pdf)
    info = writer.trailer["/Info"]
    changed = DictionaryObject(dict(info.items()))
    changed[NameObject("/Title")] = TextStringObject("Decision memo: REJECT")
    writer.set_info(writer.add_object(changed))
    return _written(writer)


UPDATES: dict[str, Callable[[bytes], bytes]] = {
    "new content stream on page 1": add_content_stream,
    "page content stream overwritten": overwrite_content_stream,
    "annotation added": add_annotation,
    "document info changed": change_info,
}


def incremental_updates(record: RichRecord, folder: Path, nss: str) -> Outcome:
    """Each update appended to the countersigned and to the drafted memo: `verify` rejects
    every one (with and without the record); what pdfsig says is noted."""
    from reports.verify import record_lookup, verify_pdf

    outcome = Outcome("incremental update appended to a signed memo")
    with opened(record.url) as db:
        roots, lookup = trust_roots(db), record_lookup(db)
        for stage, pdf in (("countersigned", record.countersigned_pdf),
                           ("drafted", record.drafted_pdf)):
            for name, update in UPDATES.items():
                changed = update(pdf)
                problems = []
                with_record = verify_pdf(changed, roots, lookup)
                alone = verify_pdf(changed, roots, None)
                if with_record.ok or alone.ok:
                    problems.append(f"{name} on the {stage} memo accepted "
                                    f"(record: {with_record.reason}; alone: {alone.reason})")
                path = folder / "updated.pdf"
                path.write_bytes(changed)
                text = subprocess.run(["pdfsig", "-nssdir", nss, str(path)],
                                      capture_output=True, text=True, check=False).stdout
                valid = text.count("Signature is Valid.")
                partial = "Not total document signed" in text or \
                    "not total document signed" in text.lower()
                outcome.note(f"{stage}, {name}: verify says “{alone.reason}”; pdfsig: "
                             f"{valid} signature(s) “valid”"
                             + (", “Not total document signed”" if partial else ""))
                outcome.trial(problems)
    return outcome
