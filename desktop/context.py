"""What every page needs, handed to it explicitly (no module-level singletons)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.dialogs import Dialogs
from desktop.tasks import BackgroundRunner, DatabaseRunner

if TYPE_CHECKING:
    from models.db import Database
    from playbooks.loader import PlaybookCatalog


@dataclass
class DeskContext:
    db: Database
    catalog: PlaybookCatalog
    runner: DatabaseRunner  # every database call goes through this one thread
    background: BackgroundRunner  # work that writes nothing (page rendering, archive check)
    dialogs: Dialogs
    actor: str  # recorded in the audit chain as who made each change
    user_playbooks: Path  # where added playbook files are kept

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Let queued work finish (a pending save must not be lost), then stop the threads."""
        self.runner.wait_for_done(timeout_ms)
        self.background.wait_for_done(timeout_ms)
