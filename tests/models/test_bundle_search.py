"""After a bundle import, the receiving record's search and verdicts are the origin's: the
import indexes all its cases in one pass (models.search_index.reindex_assessments) and checks
every decided case's record hash in one pass (models.record_hashes), and neither may differ from
what the workflow writes one case at a time."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from models.db import Database
from models.options import OptionSpec, save_option_answer, set_options
from models.outcomes import record_outcome, record_retrospective
from models.record_hashes import frozen_record_hashes
from models.records import EvidenceInput, frozen_record_hash
from models.search import reindex_assessment, search_assessments
from models.workflow import create_assessment, save_answer
from playbooks.loader import PlaybookCatalog
from playbooks.model import QuestionKind
from playbooks.options import NO_ACTION
from reports.bundle import export_bundle, import_bundle
from reports.identity import unlock_identity
from reports.verify import configured_roots
from tests.desktop.helpers import decided_record
from tests.models.test_bundle_cancel import PASSPHRASE, exporter_and_origin

# One word of each kind of text a search indexes, each in one case only.
WORDS = {
    "rationale": "Ostrevane", "evidence": "Falkmire", "option": "Zephyrine",
    "option_answer": "Corvallan", "outcome": "Quillmoor", "retrospective": "Brackenfold",
}


def fill(origin: Database) -> dict[str, str]:
    """Cases holding WORDS: two decided ones (one with an outcome and a look back), a draft
    with a rationale and evidence, a draft with options: which case holds which word."""
    catalog = PlaybookCatalog.load(None)
    first, _ = decided_record(origin, catalog, title="Naval interdiction")
    second, _ = decided_record(origin, catalog, title="Coastal interdiction")
    playbook = catalog.get("use-of-force", "1.0")
    record_outcome(origin, second, "success_likelihood", "occurred",
                   note=f"The convoy reached {WORDS['outcome']} on time.", actor="Jonas Berg",
                   playbook=playbook)
    record_retrospective(origin, second, wrong=f"The {WORDS['retrospective']} forecast",
                         again="Ask the navy first", actor="Jonas Berg")
    draft = create_assessment(origin, playbook, title="Port closure", actor="analyst")
    question = next(q for q in playbook.questions() if q.kind == QuestionKind.TEXT)
    save_answer(origin, draft, question.id, "Closed", actor="analyst", playbook=playbook,
                rationale=f"Reported by the {WORDS['rationale']} harbour master",
                evidence=[EvidenceInput(f"{WORDS['evidence']} customs log", "Port authority",
                                        "B", 2)])
    humanitarian = catalog.get("humanitarian-protection", "2.1.1")
    options = create_assessment(origin, humanitarian, title="Corridor", actor="analyst")
    set_options(origin, options, [OptionSpec(NO_ACTION, "No action"),
                                  OptionSpec("corridor", f"{WORDS['option']} corridor",
                                             "A protected corridor")],
                actor="analyst", playbook=humanitarian)
    save_option_answer(origin, options, "corridor", "minimum_scale", True, actor="analyst",
                       playbook=humanitarian, rationale=f"{WORDS['option_answer']} brigade only")
    return {"rationale": draft, "evidence": draft, "option": options, "option_answer": options,
            "outcome": second, "retrospective": second, "decided": first}


def found(db: Database, text: str = "", **filters: object) -> list[tuple[str, str | None]]:
    page = search_assessments(db, text, limit=100, **filters)  # type: ignore[arg-type]
    return [(row.id, row.verdict) for row in page.rows]


def search_rows(db: Database) -> list[tuple[object, ...]]:
    with db.session() as session:
        if db.dialect == "postgresql":
            return [tuple(r) for r in session.execute(sa.text(
                "SELECT s.assessment_id, s.updated_at, s.status, s.playbook_id, s.verdict, "
                "s.decision, s.document::text, t.content FROM assessment_search s JOIN "
                "assessment_search_text t USING (assessment_id) ORDER BY s.assessment_id"))]
        return [tuple(r) for r in session.execute(sa.text(
            "SELECT s.assessment_id, s.doc_id, s.updated_at, s.status, s.playbook_id, "
            "s.verdict, s.decision, t.content, t.terms FROM assessment_search s JOIN "
            "assessment_search_text t USING (doc_id) ORDER BY s.assessment_id"))]


def test_imported_cases_are_found_and_judged_as_on_the_origin(database: Database,
                                                              tmp_path: Path) -> None:
    identity, origin = exporter_and_origin(database, tmp_path)
    try:
        holders = fill(origin)
        data, cases = export_bundle(origin, None, unlock_identity(identity, PASSPHRASE))
        _, outcome = import_bundle(database, data, configured_roots(database), actor="test")
        assert outcome is not None and len(outcome.imported) == cases == 4
        for kind, word in WORDS.items():
            assert [i for i, _ in found(database, word)] == [holders[kind]], kind
            assert found(database, word) == found(origin, word), kind
        # The same cases in the same order, newest first and by the text index's order (a word
        # every case holds), with the same verdicts; and the same filters.
        assert found(database) == found(origin)
        assert len(found(database, "interdiction")) == 2
        assert found(database, "interdiction") == found(origin, "interdiction")
        assert found(database, "the") == found(origin, "the")
        for filters in ({"status": "decided"}, {"verdict": "legitimate"},
                        {"decision": "approve"}):
            assert found(database, **filters) == found(origin, **filters)
        assert {v for _, v in found(database, status="decided")} != {None}
    finally:
        origin.close()


def test_the_batch_index_and_hashes_are_those_of_one_case_at_a_time(database: Database,
                                                                     tmp_path: Path) -> None:
    identity, origin = exporter_and_origin(database, tmp_path)
    try:
        fill(origin)
        data, _ = export_bundle(origin, None, unlock_identity(identity, PASSPHRASE))
    finally:
        origin.close()
    import_bundle(database, data, configured_roots(database), actor="test")
    indexed = search_rows(database)
    with database.write_session() as session:
        ids = list(session.execute(sa.text("SELECT id FROM assessment ORDER BY id")).scalars())
        batch = frozen_record_hashes(session, ids)
        assert batch == {i: frozen_record_hash(session, i) for i in ids}
        assert len([h for h in batch.values() if h]) == 2
        for assessment_id in ids:  # the workflow's own indexing of each: nothing changes
            reindex_assessment(session, assessment_id)
    assert search_rows(database) == indexed
