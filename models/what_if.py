"""What-if on a stored assessment: its answers, qualifiers and members read in one read-only
snapshot, then every scenario runs in memory (playbooks.what_if). Nothing here writes: no
write session is opened, so a scenario never changes an answer, a verdict or the audit chain
(tests/models/test_what_if_record.py checks the chain head and every table's row count).

Members: a decided assessment is weighed against the registry revision its decision recorded
(as its memo is, models.registry_revisions.members_as_decided), a draft against the registry
as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.db import Database
from models.decisions import _member_infos
from models.drafts import require_playbook
from models.records import AssessmentRecord, answer_qualifiers, answer_values, load_in_session
from models.registry_revisions import members_as_decided
from playbooks.endorsements import EndorsementsNeeded
from playbooks.likelihood_draws import DrawShares
from playbooks.model import Playbook
from playbooks.what_if import Sandbox, Scenario, ScenarioResult


@dataclass(frozen=True)
class WhatIfReport:
    """One scenario on one stored assessment, everything the command line prints."""

    record: AssessmentRecord
    result: ScenarioResult
    endorsements: EndorsementsNeeded | None  # None: the playbook asks no member positions
    draws: DrawShares | None  # None: no draws asked
    members_as_decided: bool  # weighed as the decision's registry revision (else as it stands)


def record_sandbox(
    db: Database, assessment_id: str, playbook: Playbook
) -> tuple[AssessmentRecord, Sandbox, bool]:
    """The assessment (read in one snapshot) and a sandbox of its answers; the flag says
    whether the members are those its decision was judged against."""
    with db.session(snapshot=True) as session:
        record = load_in_session(session, assessment_id)
        members = _member_infos(session)
    require_playbook(record, playbook)
    as_decided = False
    if record.decision is not None:
        decided = members_as_decided(
            db, record.decision.registry_revision, record.decision.registry_hash
        )
        if decided is not None:
            members, as_decided = decided, True
    sandbox = Sandbox(playbook, answer_values(record), members, answer_qualifiers(record))
    return record, sandbox, as_decided


def what_if(
    db: Database,
    assessment_id: str,
    playbook: Playbook,
    scenario: Scenario,
    *,
    draws: int = 0,
    seed: int = 0,
) -> WhatIfReport:
    """The scenario beside the record, what it would take to reach authority, and (when
    `draws` > 0) how often each verdict results over draws of its likelihood answers."""
    record, sandbox, as_decided = record_sandbox(db, assessment_id, playbook)
    return WhatIfReport(
        record=record,
        result=sandbox.run(scenario),
        endorsements=sandbox.endorsements(scenario),
        draws=sandbox.draws(scenario, draws=draws, seed=seed) if draws else None,
        members_as_decided=as_decided,
    )
