"""What-if on a stored assessment: its answers, qualifiers and members read in one read-only
snapshot, then every scenario runs in memory (playbooks.what_if). Nothing here writes: no
write session is opened, so a scenario never changes an answer, a verdict or the audit chain
(tests/models/test_what_if_record.py checks the chain head and every table's row count).

Options: on a case comparing options, the scenario is tried on one option — the one asked
for, else the one the decision chose, else the best-judged — judged as the decision judges it
(playbooks.options.option_answers: the case's situation answers with that option's own).

Members: a decided assessment is weighed against the registry revision its decision recorded
(as its memo is, models.registry_revisions.members_as_decided), a draft against the registry
as it stands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from models.db import Database
from models.decisions import _member_infos
from models.errors import InvalidInput
from models.judgement import compare_record_options, require_playbook
from models.options import record_option
from models.records import AssessmentRecord, answer_qualifiers, answer_values, load_in_session
from models.registry_revisions import members_as_decided
from playbooks.endorsements import EndorsementsNeeded
from playbooks.likelihood_draws import DrawShares
from playbooks.model import MemberInfo, Playbook
from playbooks.options import option_answers, option_qualifiers
from playbooks.what_if import Sandbox, Scenario, ScenarioResult


@dataclass(frozen=True)
class WhatIfReport:
    """One scenario on one stored assessment, everything the command line prints."""

    record: AssessmentRecord
    result: ScenarioResult
    endorsements: EndorsementsNeeded | None  # None: the playbook asks no member positions
    draws: DrawShares | None  # None: no draws asked
    members_as_decided: bool  # weighed as the decision's registry revision (else as it stands)
    option: TriedOption | None = None  # None: a single proposed action


@dataclass(frozen=True)
class TriedOption:
    """The option of a case with options that a scenario is tried on, and why that one."""

    name: str
    title: str
    why: str  # "asked for", "the decision's choice" or "best-judged"


def record_sandbox(
    db: Database, assessment_id: str, playbook: Playbook, option: str | None = None
) -> tuple[AssessmentRecord, Sandbox, bool]:
    """The assessment (read in one snapshot) and a sandbox of its answers — on a case with
    options, those `option` is judged on (`tried_option`); the flag says whether the members
    are those its decision was judged against."""
    record, sandbox, as_decided, _tried = option_sandbox(db, assessment_id, playbook, option)
    return record, sandbox, as_decided


def option_sandbox(
    db: Database, assessment_id: str, playbook: Playbook, option: str | None = None
) -> tuple[AssessmentRecord, Sandbox, bool, TriedOption | None]:
    """`record_sandbox`, with the option tried (None: a single proposed action)."""
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
    answers, qualifiers = answer_values(record), answer_qualifiers(record)
    tried = tried_option(record, playbook, answers, qualifiers, members, option)
    if tried is not None:
        chosen = record_option(record, tried.name).as_input()
        answers = option_answers(playbook, answers, chosen)
        qualifiers = option_qualifiers(playbook, qualifiers, chosen)
    elif option is not None:
        raise InvalidInput(f"assessment {assessment_id} has no options to choose from")
    sandbox = Sandbox(playbook, answers, members, qualifiers)
    return record, sandbox, as_decided, tried


def tried_option(
    record: AssessmentRecord,
    playbook: Playbook,
    answers: dict[str, Any],
    qualifiers: dict[str, Any],
    members: Sequence[MemberInfo],
    asked: str | None,
) -> TriedOption | None:
    """Which option a scenario on `record` is tried on: `asked`, else the decision's choice,
    else the best-judged (None: the record is a single proposed action)."""
    if not record.options:
        return None
    if asked is not None:
        found = record_option(record, asked)
        return TriedOption(found.name, found.title, "asked for")
    options = record.decision.options if record.decision is not None else None
    if options is not None and options.chosen_option is not None:
        found = record_option(record, options.chosen_option)
        return TriedOption(found.name, found.title, "the decision's choice")
    compared = compare_record_options(playbook, record, answers, qualifiers, members)
    assert compared is not None  # the record has options
    best = record_option(record, compared.best.name)
    return TriedOption(best.name, best.title, "best-judged")


def what_if(
    db: Database,
    assessment_id: str,
    playbook: Playbook,
    scenario: Scenario,
    *,
    draws: int = 0,
    seed: int = 0,
    option: str | None = None,
) -> WhatIfReport:
    """The scenario beside the record, what it would take to reach authority, and (when
    `draws` > 0) how often each verdict results over draws of its likelihood answers."""
    record, sandbox, as_decided, tried = option_sandbox(db, assessment_id, playbook, option)
    return WhatIfReport(
        record=record,
        result=sandbox.run(scenario),
        endorsements=sandbox.endorsements(scenario),
        draws=sandbox.draws(scenario, draws=draws, seed=seed) if draws else None,
        members_as_decided=as_decided,
        option=tried,
    )
