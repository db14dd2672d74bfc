"""What every page needs, handed to it explicitly (no module-level singletons)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.dialogs import Dialogs
from desktop.tasks import BackgroundRunner, DatabaseRunner

if TYPE_CHECKING:
    from desktop.memo.service import MemoService
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
    _memo_service: MemoService | None = field(default=None, repr=False)

    def memo_service(self) -> MemoService:
        """The helper process that renders and signs memos, made on first use."""
        if self._memo_service is None:
            from desktop.memo.service import MemoService

            self._memo_service = MemoService(self.runner)
        return self._memo_service

    def shutdown(self, timeout_ms: int = 30000) -> None:
        """Let queued work finish (a pending save must not be lost, a memo being stored is
        stored), then stop the threads and the memo helper."""
        if self._memo_service is not None:
            self._memo_service.stop(timeout_ms)
        self.runner.wait_for_done(timeout_ms)
        self.background.wait_for_done(timeout_ms)
