"""Turning a single proposed action into a case with options (the desktop's Compare options):
"no action" and the proposed action, in one transaction, the answers already given to the
questions now asked per option moving to the proposed action; its case file then round-trips
(a case file with options refuses a case-level answer to a per-option question)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from models.audit_check import verify_chain
from models.casefile import export_case_file, import_case_file
from models.db import Database
from models.errors import InvalidInput
from models.options import OptionSpec, begin_options
from models.tables import AuditEntry
from models.workflow import EvidenceInput, create_assessment, load_assessment, save_answer
from playbooks.loader import PlaybookCatalog
from playbooks.options import NO_ACTION

CATALOG = PlaybookCatalog.load(None)
PER_OPTION = CATALOG.get("humanitarian-protection", "2.1")
PROPOSED = OptionSpec("proposed_action", "Proposed action", "Air cover over the valley")


def single_action(db: Database) -> str:
    assessment_id = create_assessment(db, PER_OPTION, title="Velm Valley", actor="a")
    save_answer(db, assessment_id, "threshold_harm", "loss_of_life", actor="a",
                playbook=PER_OPTION)
    save_answer(db, assessment_id, "halts_suffering", "likely", rationale="Roads watched.",
                confidence="moderate", actor="a", playbook=PER_OPTION,
                evidence=[EvidenceInput("Two roads carry the raids", "Monitoring mission",
                                        "B", 2)])
    return assessment_id


def test_the_answers_asked_per_option_move_to_the_proposed_action(database: Database) -> None:
    assessment_id = single_action(database)
    begin_options(database, assessment_id, PROPOSED, actor="a", playbook=PER_OPTION)
    record = load_assessment(database, assessment_id)
    assert [o.name for o in record.options] == [NO_ACTION, "proposed_action"]
    moved = record.options[1].answers["halts_suffering"]
    assert (moved.value, moved.confidence) == ("likely", "moderate")
    # the evidence an option answer cannot keep is kept in words in its rationale
    assert "Roads watched." in moved.rationale and "[B2]: Two roads carry the raids" in \
        moved.rationale
    assert "halts_suffering" not in record.answers
    assert record.answers["threshold_harm"].value == "loss_of_life"  # the situation stays
    with database.session() as session:
        actions = list(session.execute(sa.select(AuditEntry.action)).scalars())
    assert actions.count("options.begin") == 1
    assert verify_chain(database).ok


def test_its_case_file_round_trips(database: Database, tmp_path: Path) -> None:
    assessment_id = single_action(database)
    begin_options(database, assessment_id, PROPOSED, actor="a", playbook=PER_OPTION)
    text = export_case_file(database, assessment_id, CATALOG)
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    again = import_case_file(database, path, CATALOG, "a")
    assert export_case_file(database, again, CATALOG) == text


def test_a_case_already_with_options_is_refused_whole(database: Database) -> None:
    assessment_id = single_action(database)
    begin_options(database, assessment_id, PROPOSED, actor="a", playbook=PER_OPTION)
    with pytest.raises(InvalidInput, match="already compares options"):
        begin_options(database, assessment_id, PROPOSED, actor="a", playbook=PER_OPTION)
    assert len(load_assessment(database, assessment_id).options) == 2
