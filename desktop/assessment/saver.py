"""Saving answers as they are given, with a visible state and no save button to forget.

A click (a grade, a yes/no) is saved at once; typing is saved after a short pause, through a
single-shot timer restarted on each keystroke. Saves go through the one database thread in the
order they were made; each carries the row version the previous one produced, so a change
made in another window is noticed (ConcurrentEdit) instead of overwritten. After each batch of
saves the assessment is evaluated again and the new Evaluation is emitted (on a case with
options, the best-judged option's, with the options compared: `judged`).

On a case with options an answer is saved for the case (option None: a question about the
situation) or for one option (models.options.save_option_answer); the options themselves are
set through `set_options`, in the same order as the answers.

`flush()` writes whatever is pending now; the page calls it when it is closed, and the window
then waits for the database thread, so closing mid-sentence loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from desktop.context import DeskContext
from desktop.widgets.evidence import EvidenceRow
from models.changes import Part, RecordChange
from playbooks.errors import UserError
from playbooks.model import Playbook

TYPING_PAUSE_MS = 600

SAVED, SAVING, UNSAVED, FAILED = "saved", "saving", "unsaved", "failed"
STATE_TEXT = {
    SAVED: QT_TRANSLATE_NOOP("SaveState", "✔ Saved"),
    SAVING: QT_TRANSLATE_NOOP("SaveState", "Saving…"),
    UNSAVED: QT_TRANSLATE_NOOP("SaveState", "Editing…"),
    FAILED: QT_TRANSLATE_NOOP("SaveState", "✘ Not saved"),
}


def state_words(state: str) -> str:
    """The saved state as the page shows it, in the official's language."""
    return QCoreApplication.translate("SaveState", str(STATE_TEXT[state]))


@dataclass(frozen=True)
class AnswerDraft:
    value: Any
    rationale: str
    confidence: str | None
    evidence: tuple[EvidenceRow, ...]


@dataclass
class _Version:
    """The row version the next save expects; only the database thread writes it."""

    value: int | None


class AnswerSaver(QObject):
    state_changed = Signal(str, str)  # state, message
    evaluated = Signal(object)  # playbooks.model.Evaluation
    judged = Signal(object)  # models.option_rows.DraftJudgement (with the options compared)
    concurrent_edit = Signal(str)  # the record changed elsewhere: the page offers a reload

    def __init__(
        self,
        context: DeskContext,
        assessment_id: str,
        playbook: Playbook,
        row_version: int | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.playbook = playbook
        self._version = _Version(row_version)
        # (option name or None for the case, question id) -> reads the answer when written
        self._pending: dict[tuple[str | None, str], Callable[[], AnswerDraft]] = {}
        self._in_flight = 0
        self.state = SAVED
        self.message = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def row_version(self) -> int | None:
        return self._version.value

    def is_settled(self) -> bool:
        """Nothing waiting to be written and nothing being written."""
        return not self._pending and self._in_flight == 0 and not self._timer.isActive()

    def changed(self, question_id: str, snapshot: Callable[[], AnswerDraft], typing: bool,
                option: str | None = None) -> None:
        """An answer was edited (for the case, or for `option`); `snapshot` reads its current
        state when it is written."""
        self._pending[(option, question_id)] = snapshot
        if typing:
            self._set_state(UNSAVED)
            self._timer.start()  # restarts: saved once the typing pauses
        else:
            self.flush()

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        batch = [(key, snapshot()) for key, snapshot in self._pending.items()]
        self._pending.clear()
        self._set_state(SAVING)
        for (option, question_id), draft in batch:
            if option is None:
                self._submit_save(question_id, draft)
            else:
                self._submit_option_save(option, question_id, draft)
        self._evaluate()

    def _evaluate(self) -> None:
        self._in_flight += 1
        db, assessment_id, playbook = self.context.db, self.assessment_id, self.playbook
        from models.option_rows import judge_draft

        self.context.runner.submit(
            lambda: judge_draft(db, assessment_id, playbook),
            self._on_evaluated,
            self._on_evaluate_failed,
            owner=self,
            label="evaluate",
        )

    def _submit_save(self, question_id: str, draft: AnswerDraft) -> None:
        from models.workflow import EvidenceInput, save_answer

        db, context, version = self.context.db, self.context, self._version
        assessment_id, playbook = self.assessment_id, self.playbook
        evidence = [
            EvidenceInput(
                summary=row.summary, source=row.source,
                reliability=row.reliability, credibility=row.credibility,
            )
            for row in draft.evidence
        ]

        def work() -> int:
            new_version = save_answer(
                db, assessment_id, question_id, draft.value,
                rationale=draft.rationale, confidence=draft.confidence, evidence=evidence,
                actor=context.actor, playbook=playbook, expected_row_version=version.value,
            )
            version.value = new_version
            return new_version

        self._in_flight += 1
        self.context.write(work, RecordChange.of(Part.ANSWERS, assessments=[assessment_id]),
                           self._on_saved, self._on_save_failed, owner=self,
                           label=f"save {question_id}")

    def _submit_option_save(self, option: str, question_id: str, draft: AnswerDraft) -> None:
        from models.options import save_option_answer

        db, context, version = self.context.db, self.context, self._version
        assessment_id, playbook = self.assessment_id, self.playbook

        def work() -> int:
            version.value = save_option_answer(
                db, assessment_id, option, question_id, draft.value,
                rationale=draft.rationale, confidence=draft.confidence,
                actor=context.actor, playbook=playbook, expected_row_version=version.value,
            )
            return version.value

        self._in_flight += 1
        self.context.write(work, RecordChange.of(Part.ANSWERS, assessments=[assessment_id]),
                           self._on_saved, self._on_save_failed, owner=self,
                           label=f"save {question_id} for option {option}")

    def set_options(self, specs: list) -> None:
        """Make `specs` (models.options.OptionSpec) the case's options, after the answers
        waiting to be written, then judge the case again."""
        from models.options import set_options

        self.flush()
        db, context, version = self.context.db, self.context, self._version
        assessment_id, playbook = self.assessment_id, self.playbook

        def work() -> int:
            version.value = set_options(db, assessment_id, specs, actor=context.actor,
                                        playbook=playbook, expected_row_version=version.value)
            return version.value

        self._set_state(SAVING)
        self._in_flight += 1
        self.context.write(work, RecordChange.of(Part.ANSWERS, assessments=[assessment_id]),
                           self._on_saved, self._on_save_failed, owner=self,
                           label="set options")
        self._evaluate()

    def _on_saved(self, _version: int) -> None:
        self._in_flight -= 1

    def _on_save_failed(self, error: BaseException) -> None:
        self._in_flight -= 1
        from models.errors import ConcurrentEdit

        if isinstance(error, ConcurrentEdit):
            self._set_state(FAILED, str(error))
            self.concurrent_edit.emit(str(error))
        elif isinstance(error, UserError):
            self._set_state(FAILED, str(error))
        else:
            self._set_state(FAILED, self.tr("an unexpected error; see the report"))
            raise error

    def _on_evaluated(self, judged) -> None:
        self._in_flight -= 1
        if self.state != FAILED and self.is_settled():
            self._set_state(SAVED)
        self.judged.emit(judged)
        self.evaluated.emit(judged.evaluation)

    def _on_evaluate_failed(self, error: BaseException) -> None:
        self._in_flight -= 1
        if not isinstance(error, UserError):
            raise error

    def _set_state(self, state: str, message: str = "") -> None:
        if state == SAVING and self.state == FAILED:
            message = ""
        self.state, self.message = state, message
        self.state_changed.emit(state, message)
