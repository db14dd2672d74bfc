"""An import stopped by its progress callback (the desktop's Cancel) at any step, even while
writing, leaves the record as it was: the write is one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from models.errors import Cancelled
from models.opening import open_record
from models.workflow import add_trust_root
from playbooks.loader import PlaybookCatalog
from reports.bundle import export_bundle, import_bundle
from reports.identity import create_test_identity, load_or_create_test_ca, unlock_identity
from reports.verify import configured_roots
from tests.desktop.helpers import decided_record

PASSPHRASE = b"a bundle passphrase"


def counts(db) -> tuple[int, ...]:
    with db.session() as session:
        return tuple(session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
                     for table in ("assessment", "answer", "decision", "audit_entry"))


def exporter_and_origin(database, tmp_path: Path):
    """An exporting official's identity whose CA `database` trusts, and a fresh field record
    (SQLite) to export from; the caller closes the record."""
    authority = load_or_create_test_ca()
    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    identity = tmp_path / "exporter.p12"
    identity.write_bytes(create_test_identity("Ana Exporter", PASSPHRASE, role="Drafting official",
                                              authority=authority))
    (tmp_path / "field").mkdir()
    return identity, open_record(f"sqlite:///{tmp_path / 'field' / 'concert.db'}")


@pytest.mark.parametrize("stop_at", ["Checking the audit chain", "Writing the cases",
                                     "Indexing the cases for search", "Committing"])
def test_a_cancelled_import_writes_nothing(database, tmp_path: Path, stop_at: str) -> None:
    identity, origin = exporter_and_origin(database, tmp_path)
    try:
        catalog = PlaybookCatalog.load(None)
        for title in ("First field case", "Second field case"):
            decided_record(origin, catalog, title=title)
        data, _ = export_bundle(origin, None, unlock_identity(identity, PASSPHRASE))
    finally:
        origin.close()
    before = counts(database)
    seen: list[tuple[str, int]] = []

    def progress(step: str, done: int, total: int) -> None:
        seen.append((step, done))
        if step == stop_at and (step != "Writing the cases" or done >= 5):  # rows already sent
            raise Cancelled("cancelled")

    with pytest.raises(Cancelled):
        import_bundle(database, data, configured_roots(database), actor="test",
                      progress=progress)
    assert stop_at in {step for step, _ in seen}
    assert counts(database) == before
    _, outcome = import_bundle(database, data, configured_roots(database), actor="test")
    assert outcome is not None and len(outcome.imported) == 2  # nothing half-written blocks it


def test_a_revision_whose_id_sorts_first_imports(database, tmp_path: Path, monkeypatch) -> None:
    """A bundle lists cases by id; a revision whose id sorts before the one it supersedes is
    still inserted after it (its supersedes_id names it). Found by bench.bundle_bench."""
    from models import decisions, tables
    from models.decisions import revise

    identity, origin = exporter_and_origin(database, tmp_path)
    try:
        catalog = PlaybookCatalog.load(None)
        first, _ = decided_record(origin, catalog, title="Revised field case")
        early = "00000000-0000-4000-8000-000000000000"
        assert early < first
        ids = iter([early])  # the revision's own id; its answers' ids as usual
        monkeypatch.setattr(decisions, "new_id", lambda: next(ids, None) or tables.new_id())
        second = revise(origin, first, actor="analyst")
        monkeypatch.setattr(decisions, "new_id", tables.new_id)
        assert second == early
        data, _ = export_bundle(origin, None, unlock_identity(identity, PASSPHRASE))
    finally:
        origin.close()
    _, outcome = import_bundle(database, data, configured_roots(database), actor="test")
    assert outcome is not None and sorted(outcome.imported) == sorted([first, second])
