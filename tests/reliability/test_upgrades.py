"""Every schema revision's database opens (migrated) with every record verifiable; a failing
migration leaves the database as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import upgrades
from tests.reliability.harness import Backend

pytestmark = pytest.mark.db


def test_every_revision_has_a_snapshot() -> None:
    missing = [r for r in upgrades.revisions() if not upgrades.snapshot_path(r).exists()]
    assert not missing, ("make the snapshot of each new revision with its code: "
                         "python -m tests.reliability.upgrades freeze")


def test_databases_of_every_revision_upgrade_and_verify(module_backend: Backend,
                                                        tmp_path: Path) -> None:
    upgraded, failed = upgrades.upgrade_outcomes(module_backend, tmp_path)
    upgraded.assert_ok()
    failed.assert_ok()
