"""A memo is exactly what Concert Desk writes — checked revision by revision.

Signatures alone do not say what a viewer shows. The drafting official's certification permits
form filling (so that the minister can still sign), and the published attacks on PDF signatures
live in that room: an invisible form field added before the certification and "filled" later
with another decision (shadow hide / replace / hide-and-replace), an annotation drawn over the
text (evil annotation), a further signature field with a stamp of one's choosing (sneaky
signature), metadata changed after signing. So `verify` accepts only our structure:

- in every revision, the form holds exactly our two signature fields (drafting_official,
  minister) and the pages no annotation but their two widgets;
- the drafting official's signature certifies (form filling permitted), the minister's is the
  next revision and nothing else: it changes no object that existed before it but the
  minister's field (and its widget), the Info dictionary and the XMP packet that repeats it
  (a PDF/A memo: reports.pdfa);
- the minister's field carries the lock (all fields, "no changes") that makes the memo locked;
- the reference and the record hash are read from the revision the first signature covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.sign.fields import MDPPerm

from reports.render import RECORD_HASH_INFO_KEY, REFERENCE_INFO_KEY
from reports.sigfields import DRAFTER_CERTIFICATION, DRAFTING_FIELD, MINISTER_FIELD, SIGNING_ORDER

MAX_FIELD_DEPTH = 8  # our fields have no kids; a deep tree is not ours


@dataclass(frozen=True)
class SignedAnchors:
    """What the first signature covers: the reference and record hash printed into the Info
    dictionary of the revision it signed (None when missing)."""

    reference: str | None
    record_hash: str | None


def _ref_id(value: Any) -> int | None:
    return value.idnum if isinstance(value, generic.IndirectObject) else None


def _fields(resolver: Any) -> list[tuple[str, str, int | None, Any]]:
    """(full name, field type, object number, field dictionary) of every terminal form field
    of one revision. Raises ValueError for a form tree that is not ours (too deep, a loop)."""
    root = resolver.root
    try:
        form = root["/AcroForm"]
    except KeyError:
        return []
    found: list[tuple[str, str, int | None, Any]] = []
    seen: set[int] = set()

    def walk(array: Any, prefix: str, inherited_type: str, depth: int) -> None:
        if depth > MAX_FIELD_DEPTH:
            raise ValueError("form fields nested too deeply")
        for index in range(len(array)):
            ref = _ref_id(array.raw_get(index))
            if ref is not None:
                if ref in seen:
                    raise ValueError("form fields refer to themselves")
                seen.add(ref)
            field = array[index]
            name = str(field.get("/T", ""))
            full = f"{prefix}.{name}" if prefix and name else (name or prefix)
            kind = str(field.get("/FT", inherited_type))
            kids = field.get("/Kids")
            terminal_kids = kids is not None and all("/T" not in kids[i]
                                                     for i in range(len(kids)))
            if kids is not None and not terminal_kids:
                walk(kids, full, kind, depth + 1)
            else:
                found.append((full, kind, ref, field))

    walk(form.get("/Fields", generic.ArrayObject()), "", "", 0)
    return found


def _widget_ids(fields: list[tuple[str, str, int | None, Any]]) -> set[int]:
    ids = set()
    for _name, _kind, ref, field in fields:
        if ref is not None:
            ids.add(ref)
        kids = field.get("/Kids")
        if kids is not None:
            ids.update(i for i in (_ref_id(kids.raw_get(k)) for k in range(len(kids))) if i)
    return ids


def _annotations(resolver: Any) -> list[tuple[int | None, str]]:
    """(object number, subtype) of every annotation on every page of one revision."""
    result = []
    pages = resolver.root["/Pages"]
    stack, visited = [pages], 0
    while stack:
        node = stack.pop()
        visited += 1
        if visited > 100_000:
            raise ValueError("the page tree does not end")
        if "/Kids" in node:
            kids = node["/Kids"]
            stack.extend(kids[i] for i in range(len(kids)))
            continue
        annots = node.get("/Annots")
        if annots is None:
            continue
        for index in range(len(annots)):
            annotation = annots[index]
            result.append((_ref_id(annots.raw_get(index)), str(annotation.get("/Subtype", ""))))
    return result


def revision_problem(resolver: Any, revision: int) -> str | None:
    """Why one revision holds more than our two signature fields and their widgets."""
    fields = _fields(resolver)
    ours = {DRAFTING_FIELD, MINISTER_FIELD}
    for name, kind, _ref, _field in fields:
        if name not in ours or kind != "/Sig":
            return (f"revision {revision} holds a form field that is not one of the memo's two "
                    f"signature fields: “{name}” ({kind.lstrip('/') or 'no type'})")
    names = [name for name, _, _, _ in fields]
    if len(names) != len(set(names)):
        return f"revision {revision} holds a signature field twice"
    widgets = _widget_ids(fields)
    for ref, subtype in _annotations(resolver):
        if subtype != "/Widget" or ref not in widgets:
            return (f"revision {revision} adds an annotation to a page "
                    f"({subtype.lstrip('/') or 'no subtype'}) that is not one of the memo's "
                    "two signature fields")
    return None


def _locks(signature: Any) -> bool:
    """The minister's field lock: all fields, "no changes" (/Lock /Action /All, /P 1)."""
    try:
        lock = signature.sig_field["/Lock"]
        return str(lock.get("/Action")) == "/All" and int(lock.get("/P", 0)) == 1
    except (KeyError, TypeError, ValueError, AttributeError):
        return False


def structure_problem(reader: Any, signatures: list[Any]) -> str | None:
    """Why this PDF is not a memo as Concert Desk writes it (None: it is)."""
    names = tuple(s.field_name for s in signatures)
    if names != SIGNING_ORDER[: len(names)]:
        return None  # the order and count are reported by the caller
    try:
        for revision in range(reader.xrefs.total_revisions):
            problem = revision_problem(reader.get_historical_resolver(revision), revision)
            if problem:
                return problem
    except Exception as error:  # pyHanko raises many kinds on a damaged or hostile file
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        return f"the memo's form cannot be read: {first_line}"
    if signatures and signatures[0].docmdp_level != DRAFTER_CERTIFICATION:
        level = signatures[0].docmdp_level
        return ("the drafting official's signature does not certify the memo with form "
                f"filling permitted (found: {level.name.lower() if level else 'no certification'})")
    if len(signatures) == 2:
        first, second = signatures
        if second.signed_revision != first.signed_revision + 1:
            return (f"{second.signed_revision - first.signed_revision - 1} revision(s) were added "
                    "between the drafting official's signature and the minister's")
        changed = _changed_existing(reader, second.signed_revision)
        allowed = (_minister_objects(second) | _info_ids(reader, first.signed_revision)
                   | _metadata_ids(reader, first.signed_revision))
        unexpected = sorted(changed - allowed)
        if unexpected:
            return (f"the minister's revision changes {len(unexpected)} object(s) beside its own "
                    f"signature (object {unexpected[0]})")
        if not _locks(second):
            return "the minister's signature does not carry the lock: the memo is not locked"
    return None


def _changed_existing(reader: Any, revision: int) -> set[int]:
    """Objects that existed before `revision` and that it writes again."""
    return {ref.idnum for ref in reader.xrefs.explicit_refs_in_revision(revision)
            if reader.xrefs.get_introducing_revision(ref) < revision}


def _minister_objects(signature: Any) -> set[int]:
    """The minister's field dictionary (which is also its widget)."""
    try:
        return {signature.sig_field.container_ref.idnum}
    except AttributeError:
        return set()


def _info_ids(reader: Any, revision: int) -> set[int]:
    try:
        ref = reader.get_historical_resolver(revision).trailer_view.raw_get("/Info")
    except (KeyError, AttributeError):
        return set()
    return {ref.idnum} if isinstance(ref, generic.IndirectObject) else set()


def _metadata_ids(reader: Any, revision: int) -> set[int]:
    """The XMP packet's object, which a signature rewrites with the Info dictionary."""
    try:
        ref = reader.get_historical_resolver(revision).root.raw_get("/Metadata")
    except (KeyError, AttributeError):
        return set()
    return {ref.idnum} if isinstance(ref, generic.IndirectObject) else set()


def signed_anchors(reader: Any, signatures: list[Any]) -> SignedAnchors:
    """The reference and record hash as the first signature signed them; for an unsigned PDF,
    as the newest revision says."""
    try:
        if signatures:
            trailer = reader.get_historical_resolver(signatures[0].signed_revision).trailer_view
        else:
            trailer = reader.trailer
        info = trailer["/Info"]
        values = [info.get(generic.NameObject(f"/{key}"))
                  for key in (REFERENCE_INFO_KEY, RECORD_HASH_INFO_KEY)]
    except Exception:  # a damaged Info dictionary: the signatures fail the file anyway
        return SignedAnchors(None, None)
    return SignedAnchors(*(str(v) if v is not None else None for v in values))


def is_locked(signatures: list[Any]) -> bool:
    return len(signatures) == 2 and _locks(signatures[1]) and \
        signatures[1].docmdp_level == MDPPerm.NO_CHANGES
