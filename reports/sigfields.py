"""The memo's two signature fields and the lock the minister's signature applies.

Both fields are created before anyone signs (a field added after a signature breaks that
signature in Acrobat). The drafting official certifies with form filling still allowed; the
minister's field carries a field lock for all fields with a DocMDP update value of "no changes",
so the countersignature locks the document (pyHanko: FieldMDPSpec + doc_mdp_update_value).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import (
    FieldMDPAction,
    FieldMDPSpec,
    MDPPerm,
    SigFieldSpec,
    append_signature_field,
)

from reports.layout import SignatureBox

DRAFTING_FIELD = "drafting_official"
MINISTER_FIELD = "minister"
SIGNING_ORDER = (DRAFTING_FIELD, MINISTER_FIELD)
FIELD_LABELS = {DRAFTING_FIELD: "Drafting official", MINISTER_FIELD: "Minister"}

# The certification level of the drafting official's signature: later form filling and the
# minister's approval signature stay allowed.
DRAFTER_CERTIFICATION = MDPPerm.FILL_FORMS


def field_spec(box: SignatureBox) -> SigFieldSpec:
    x1, y1, x2, y2 = box.box
    locks = box.field_name == MINISTER_FIELD  # the last signature locks the document
    return SigFieldSpec(
        sig_field_name=box.field_name,
        on_page=box.page,
        box=(round(x1), round(y1), round(x2), round(y2)),
        readable_field_name=box.label,
        empty_field_appearance=False,
        field_mdp_spec=FieldMDPSpec(FieldMDPAction.ALL) if locks else None,
        doc_mdp_update_value=MDPPerm.NO_CHANGES if locks else None,
    )


class _KeepMetadataWriter(IncrementalPdfFileWriter):
    """Adds the fields without touching the Info dictionary: pyHanko would stamp the current
    time as ModDate, and the unsigned memo should be the same bytes for the same record."""

    def _update_meta(self) -> None:
        pass


def add_signature_fields(pdf: bytes, boxes: Sequence[SignatureBox]) -> bytes:
    writer = _KeepMetadataWriter(io.BytesIO(pdf), strict=False)
    # pyHanko gives the new revision a random second ID; derive it from the content instead.
    first_id = writer.document_id[0]
    writer._document_id = generic.ArrayObject([
        generic.ByteStringObject(first_id),
        generic.ByteStringObject(hashlib.sha256(pdf).digest()[:16]),
    ])
    for box in boxes:
        append_signature_field(writer, field_spec(box))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
