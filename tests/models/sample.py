"""A small playbook and member registry for the record's tests (independent of the built-ins)."""

from __future__ import annotations

from datetime import date, timedelta

import sqlalchemy as sa

from models.condition_records import ConditionInput
from models.db import Database
from models.tables import MemberState
from playbooks.loader import load_playbook_text
from playbooks.model import Playbook

# An approval with conditions names at least one (models.condition_terms.require_conditions).
A_CONDITION = ConditionInput("Partners keep to the agreed rules of engagement", "Chief of staff",
                             "Weekly report of the joint command",
                             date.today() + timedelta(days=90))

PLAYBOOK_YAML = """
id: test-joint-action
version: "1.0"
title: Test joint action
description: A small playbook for the record's tests.
criteria:
  - id: cause
    title: Cause
    gate: true
    weight: 1
    pass_threshold: 0.5
    guidance: Is the harm grave?
    questions:
      - id: gravity
        prompt: How grave is the harm?
        guidance: Judge the harm.
        kind: scale
        grades:
          - {value: 0, label: none}
          - {value: 1, label: some}
          - {value: 2, label: grave}
      - id: summary
        prompt: What is the harm?
        guidance: Two sentences.
        kind: text
        required: false
  - id: authority
    title: Authority
    gate: false
    weight: 1
    pass_threshold: 0.5
    guidance: Who endorses it?
    questions:
      - id: positions
        prompt: Member positions
        guidance: Per member.
        kind: member_positions
        required: false
      - id: lawful
        prompt: Is there a legal basis?
        guidance: Yes or no.
        kind: yes_no
"""

MEMBERS = (
    ("CAN", "Canada", 40_000_000),
    ("DEU", "Germany", 84_000_000),
    ("JPN", "Japan", 124_000_000),
    ("CRI", "Costa Rica", 5_200_000),
    ("ISR", "Israel", 9_800_000),
)


def sample_playbook(variant: str = "") -> Playbook:
    """The test playbook; a `variant` changes its text (and so its content hash)."""
    return load_playbook_text(PLAYBOOK_YAML + (f"# {variant}\n" if variant else ""), "test.yaml")


def options_playbook() -> Playbook:
    """The test playbook with a criterion answered per option (`about: option`), its id
    test-options: a case with options can be made with it."""
    return load_playbook_text(
        PLAYBOOK_YAML.replace("id: test-joint-action", "id: test-options") + OPTION_CRITERION,
        "options.yaml",
    )


OPTION_CRITERION = """
  - id: prospects
    title: Prospects
    gate: true
    weight: 1
    pass_threshold: 0.5
    guidance: Would it halt the harm, and at what cost? Not acting is judged on the same terms.
    questions:
      - id: halts_harm
        prompt: How far would this course of action halt the harm?
        guidance: Per option; for no action, how far the harm stops on its own.
        kind: scale
        about: option
        grades:
          - {value: 0, label: not at all}
          - {value: 1, label: partly}
          - {value: 2, label: fully}
"""


def add_members(db: Database) -> None:
    """Register the test members (replacing whatever registry the database was seeded with), as
    one registry revision with its audit entry, so the record still verifies."""
    from models.audit import append_entry
    from models.registry_revisions import entries_in_session, record_revision, revision_payload

    with db.write_session() as session:
        session.execute(sa.delete(MemberState))
        session.execute(
            sa.insert(MemberState),
            [
                {
                    "iso": iso,
                    "name": name,
                    "population": population,
                    "standing": "full",
                    "population_year": 2024,
                    "review_reference": "",
                    "note": "",
                }
                for iso, name, population in MEMBERS
            ],
        )
        info = record_revision(
            session,
            actor="test setup",
            action="members.import",
            registry_version="test-members",
            changes=[(None, entry) for entry in entries_in_session(session)],
        )
        append_entry(
            session,
            actor="test setup",
            action="members.import",
            entity_type="member_registry",
            entity_id=info.registry_version,
            payload=revision_payload(info),
        )
