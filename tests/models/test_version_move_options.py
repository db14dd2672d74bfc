"""Moving a case with options to another version of its playbook: the options move with it,
each with its answers by the rules single answers follow (carried; a value the version no
longer accepts cleared, its rationale kept; a question no longer asked per option left
behind), and a version that asks nothing per option is refused with nothing written."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.db import Database
from models.errors import InvalidInput
from models.tables import AuditEntry
from models.version_move import move_to_version
from models.workflow import load_assessment
from playbooks.loader import load_playbook_text
from playbooks.model import Playbook
from tests.models.sample import OPTION_CRITERION, PLAYBOOK_YAML
from tests.models.test_options_record import OPTIONS_PLAYBOOK, three_option_case

pytestmark = pytest.mark.db


def _version_2(criterion: str) -> Playbook:
    text = (PLAYBOOK_YAML.replace("id: test-joint-action", "id: test-options")
            .replace('version: "1.0"', 'version: "2.0"') + criterion)
    return load_playbook_text(text, "options-2.0.yaml")


WITHOUT_FULLY = _version_2(OPTION_CRITERION.replace(
    "          - {value: 2, label: fully}\n", ""))
NOTHING_PER_OPTION = _version_2(OPTION_CRITERION.replace("        about: option\n", ""))


def test_the_options_move_with_their_answers_as_the_new_version_accepts_them(
    database: Database,
) -> None:
    old_id = three_option_case(database)
    result = move_to_version(database, old_id, WITHOUT_FULLY, actor="editor",
                             old_playbook=OPTIONS_PLAYBOOK)
    moved = load_assessment(database, result.assessment_id)
    assert [o.name for o in moved.options] == ["no_action", "air_strikes", "blockade"]
    values = {o.name: o.answers["halts_harm"].value for o in moved.options
              if "halts_harm" in o.answers}
    # "fully" (2) is gone from version 2.0: air strikes' answer waits to be given again.
    assert values == {"no_action": 0, "blockade": 1}
    assert any("options carried: no_action, air_strikes, blockade" in line
               for line in result.plan.lines())
    before = load_assessment(database, old_id)  # the moved revision stays as it was
    assert before.options[1].answers["halts_harm"].value == 2
    assert verify_chain(database).ok


def test_a_version_asking_nothing_per_option_is_refused_and_nothing_is_written(
    database: Database,
) -> None:
    old_id = three_option_case(database)
    with database.session() as session:
        entries = session.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar()
    with pytest.raises(InvalidInput, match="asks no question per option"):
        move_to_version(database, old_id, NOTHING_PER_OPTION, actor="editor",
                        old_playbook=OPTIONS_PLAYBOOK)
    with database.session() as session:
        assert session.execute(
            sa.select(sa.func.count()).select_from(AuditEntry)).scalar() == entries
    assert load_assessment(database, old_id).status == "draft"
