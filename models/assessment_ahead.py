"""An assessment opened before the record is: read with the plain driver, as History's first page
is (models.first_page), so its step shows while SQLAlchemy and the models are still loading.

The read is models.records' own (models.record_reads: the same statements and conversions, run
on a plain connection instead of the session's), so the record read here is the record
load_assessment gives. With it come the member registry (evaluation weighs members' positions
by it) and the ids, versions and hashes of the playbook files the record keeps (the catalog's
rule refuses a built-in file whose id and version the record keeps with other content).

Like models.first_page, it is only a head start: it writes nothing, reads only a record at the
migrations' head, and gives None whenever it cannot read this way (the page then waits for the
opening, which says what is wrong).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.first_page import read_plainly
from models.plain_reader import Reader
from models.record_reads import read_assessment, read_kept_playbooks, read_members
from models.record_snapshots import AssessmentRecord
from playbooks.loader import KeptPlaybook
from playbooks.model import MemberInfo


@dataclass(frozen=True)
class AssessmentAhead:
    """An assessment and what judging it needs, read in one snapshot."""

    record: AssessmentRecord
    members: list[MemberInfo]
    kept_playbooks: list[KeptPlaybook]  # as models.playbook_store.RecordPlaybooks.kept


def read_assessment_ahead(url: str, assessment_id: str) -> AssessmentAhead | None:
    """The assessment `assessment_id` of the record at `url`, read with the plain driver; None
    when it cannot be read this way (or there is no such assessment to read)."""

    def read(reader: Reader) -> AssessmentAhead:
        return AssessmentAhead(
            read_assessment(reader, assessment_id),
            read_members(reader),
            read_kept_playbooks(reader),
        )

    return read_plainly(url, read)
