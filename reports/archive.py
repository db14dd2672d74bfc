"""Verify the whole archive: the audit chain, and every stored memo against its bytes, its
signatures and its audit entry (`python main.py audit verify --archive`, the desktop's menu item).

For each memo:
- its SHA-256 is recomputed from the stored bytes;
- the signatures in the PDF are the ones the record lists (field, certificate, signer, in order)
  and as many as its stage says;
- a signed memo passes `reports.verify` (intact, trusted, permitted, nothing appended, and the
  file is byte for byte this stored stage);
- the audit chain head printed on it (read from the signed PDF itself) is an entry of the
  chain, older than the memo, and the record hash printed on it is its decision's.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from models.audit import entry_seq
from models.audit_check import verify_chain
from models.canonical import ZERO_HASH
from models.db import Database
from models.memo_archive import (
    ListedSignature,
    archived_memos,
    imported_heads,
    signature_fields_of_stage,
    stored_memo_contents,
)
from reports.render import AUDIT_HEAD_INFO_KEY, RECORD_HASH_INFO_KEY

# progress(done, total) after each memo
ArchiveProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class ArchiveReport:
    memos_checked: int
    chain_entries: int
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return (f"archive intact: {self.chain_entries} audit entries and "
                    f"{self.memos_checked} stored memos checked")
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        return f"archive check failed: {self.problems[0]}{more}"


def verify_archive(db: Database, progress: ArchiveProgress | None = None) -> ArchiveReport:
    from reports.verify import configured_roots, record_lookup, verify_pdf

    problems: list[str] = []
    chain = verify_chain(db)
    if not chain.ok:
        problems.append(str(chain))
    roots = configured_roots(db)
    lookup = record_lookup(db)
    memos = archived_memos(db)
    imported = imported_heads(db)  # their heads are entries of the origin's chain
    for done, memo in enumerate(memos, start=1):
        where = f"memo {memo.reference} ({memo.stage})"
        pdf, listed = stored_memo_contents(db, memo.id)
        printed = _printed_anchors(pdf)
        head = printed.get(AUDIT_HEAD_INFO_KEY) or memo.audit_head
        head_seq = None if head == ZERO_HASH else entry_seq(db, head)
        if hashlib.sha256(pdf).hexdigest() != memo.sha256:
            problems.append(f"{where}: the stored bytes do not match the memo's SHA-256")
        problems += [f"{where}: {p}" for p in _signature_problems(pdf, memo.stage, listed)]
        if head != memo.audit_head:
            problems.append(f"{where}: the audit head printed on it differs from the record's")
        if printed.get(RECORD_HASH_INFO_KEY, memo.record_hash) != memo.record_hash:
            problems.append(f"{where}: the record hash printed on it differs from its "
                            "decision's")
        if memo.stage != "unsigned":
            report = verify_pdf(pdf, roots, lookup)
            if not report.ok:
                problems.append(f"{where}: {report.reason}")
        if memo.id in imported:
            if head != imported[memo.id]:
                problems.append(f"{where}: the audit head printed on it differs from the one "
                                "its import checked in the origin's chain")
        elif head != ZERO_HASH and (
            head_seq is None or (memo.stored_at is not None and head_seq >= memo.stored_at)
        ):
            problems.append(f"{where}: the audit head printed on it ({head[:12]}…) is not an "
                            "earlier entry of the audit chain: the chain was rewritten or cut")
        if progress is not None:
            progress(done, len(memos))
    return ArchiveReport(len(memos), chain.entries, tuple(problems))


def memos_not_held(db: Database, folder: Path) -> tuple[int, list[str]]:
    """(files looked at, problems) for a folder of exported memos: each PDF that is not byte
    for byte a memo stored in this record, named with its reference. After an older copy of
    the record was put back, the memos issued since are exactly these: the record has lost
    them, their exported files have not."""
    from models.memos import PDF_MAX_BYTES, find_memo_by_sha256
    from playbooks.errors import UserError
    from playbooks.input_files import read_input_file

    if not folder.is_dir():
        raise UserError(f"{folder}: not a folder of exported memos")
    problems, count = [], 0
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() != ".pdf" or not path.is_file():
            continue
        count += 1
        try:
            pdf = read_input_file(path, PDF_MAX_BYTES, what="memo PDF")
        except UserError as error:
            problems.append(str(error))
            continue
        if find_memo_by_sha256(db, hashlib.sha256(pdf).hexdigest()) is not None:
            continue
        reference = _printed_reference(pdf)
        known = reference and _stored_reference(db, reference)
        what = (f"memo {reference}, not byte for byte any stored stage of it" if known else
                f"memo {reference}, which this record does not hold (issued before an older "
                "copy of the record was put back, or by another record)" if reference else
                "not a memo of this record (no Concert Desk reference)")
        problems.append(f"{path}: {what}")
    return count, problems


def _printed_reference(pdf: bytes) -> str | None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from reports.verify import read_reference

    try:
        return read_reference(PdfFileReader(io.BytesIO(pdf), strict=False))
    except Exception:  # a damaged file: reported as not held
        return None


def _stored_reference(db: Database, reference: str) -> bool:
    from models.memos import memos_with_reference

    return bool(memos_with_reference(db, reference))


def _printed_anchors(pdf: bytes) -> dict[str, str]:
    """The audit head and record hash the memo carries in its Info dictionary (signed bytes);
    empty for memos made before they were put there, or for unreadable files."""
    from pyhanko.pdf_utils.generic import NameObject
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        info = PdfFileReader(io.BytesIO(pdf), strict=False).trailer["/Info"]
        found = {key: info.get(NameObject(f"/{key}"))
                 for key in (AUDIT_HEAD_INFO_KEY, RECORD_HASH_INFO_KEY)}
    except Exception:
        return {}
    return {key: str(value) for key, value in found.items() if value is not None}


def _signature_problems(pdf: bytes, stage: str, listed: list[ListedSignature]) -> list[str]:
    """The record's signature rows against the signatures in the PDF itself."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    expected_fields = signature_fields_of_stage(stage)
    try:
        embedded = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
        in_pdf = [
            (s.field_name, s.signer_cert.subject.native.get("common_name", ""),
             hashlib.sha256(s.signer_cert.dump()).hexdigest())
            for s in embedded
        ]
    except Exception as error:  # a damaged PDF is what this is looking for
        return [f"the PDF cannot be read: {str(error).splitlines()[0] if str(error) else error}"]
    problems = []
    if tuple(field for field, _, _ in in_pdf) != expected_fields:
        problems.append(f"the PDF carries the signatures {[f for f, _, _ in in_pdf]}, "
                        f"its stage says {list(expected_fields)}")
    if [(s.field, s.signer, s.cert_fingerprint) for s in listed] != in_pdf:
        problems.append("the signatures recorded for it (field, signer, certificate) differ "
                        "from those in the PDF")
    return problems
