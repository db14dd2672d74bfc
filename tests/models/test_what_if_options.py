"""What-if on a case with options (issue 15 item 3): the scenario is tried on one option,
judged exactly as the decision judges it — the case's situation answers with that option's
own — never on the situation answers alone (which leave every option question unanswered)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from models.db import Database
from models.decisions import member_infos
from models.errors import InvalidInput
from models.judgement import compare_record_options
from models.records import answer_qualifiers, answer_values
from models.tables import AuditEntry
from models.what_if import what_if
from models.workflow import create_assessment, decide, load_assessment
from playbooks.model import Verdict
from playbooks.what_if import Scenario
from tests.models.sample import sample_playbook
from tests.models.test_options_record import OPTIONS_PLAYBOOK, three_option_case

pytestmark = pytest.mark.db


def _verdicts(db: Database, assessment_id: str) -> dict[str, Verdict]:
    record = load_assessment(db, assessment_id)
    compared = compare_record_options(OPTIONS_PLAYBOOK, record, answer_values(record),
                                      answer_qualifiers(record), member_infos(db))
    assert compared is not None
    return {judged.name: judged.verdict for judged in compared.options}


def test_a_scenario_is_tried_on_the_best_judged_option_by_default(database: Database) -> None:
    assessment_id = three_option_case(database)
    report = what_if(database, assessment_id, OPTIONS_PLAYBOOK, Scenario())
    assert report.option is not None
    assert (report.option.name, report.option.why) == ("air_strikes", "best-judged")
    assert report.result.record.verdict is _verdicts(database, assessment_id)["air_strikes"]
    assert report.result.record.verdict is not Verdict.INSUFFICIENT_INFORMATION


def test_a_scenario_is_tried_on_the_option_asked_for(database: Database) -> None:
    assessment_id = three_option_case(database)
    verdicts = _verdicts(database, assessment_id)
    for name in ("no_action", "blockade"):
        report = what_if(database, assessment_id, OPTIONS_PLAYBOOK, Scenario(), option=name)
        assert report.option is not None and report.option.name == name
        assert report.result.record.verdict is verdicts[name]
    # Changing an option question in the scenario changes that option's answer only.
    tried = what_if(database, assessment_id, OPTIONS_PLAYBOOK,
                    Scenario(answers={"halts_harm": 2}), option="blockade")
    assert tried.result.scenario.verdict is verdicts["air_strikes"]  # now answered alike


def test_after_the_decision_the_chosen_option_is_tried(database: Database) -> None:
    assessment_id = three_option_case(database)
    decide(database, assessment_id, decision="reject", by="Minister", option="no_action",
           justification="Partners will not act", playbook=OPTIONS_PLAYBOOK)
    report = what_if(database, assessment_id, OPTIONS_PLAYBOOK, Scenario())
    assert report.option is not None
    assert (report.option.name, report.option.why) == ("no_action", "the decision's choice")


def test_an_unknown_option_or_one_on_a_single_action_is_refused_and_nothing_written(
    database: Database,
) -> None:
    assessment_id = three_option_case(database)
    single = create_assessment(database, sample_playbook(), title="One action", actor="a")
    with database.session() as session:
        before = session.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar()
    with pytest.raises(InvalidInput, match="has no option 'airlift'"):
        what_if(database, assessment_id, OPTIONS_PLAYBOOK, Scenario(), option="airlift")
    with pytest.raises(InvalidInput, match="has no options to choose from"):
        what_if(database, single, sample_playbook(), Scenario(), option="blockade")
    with database.session() as session:
        after = session.execute(sa.select(sa.func.count()).select_from(AuditEntry)).scalar()
    assert after == before
