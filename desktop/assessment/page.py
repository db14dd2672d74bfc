"""An open assessment: the steps (one per criterion, then the decision), the verdict panel
beside them, and the saved state above. Reopening resumes at the step last shown.

A case that compares options starts with an Options step (desktop.assessment.options_step);
its criterion steps show the questions asked per option once per option, and the verdict panel
the best-judged option's evaluation. A single proposed action has none of this.

The page follows the change bus: when this assessment is decided or revised (here or from
History) it loads itself again. Its own answer saves do not reload it (the widgets already
show them). A change another official made to it (heard through the database, marked
`elsewhere`) reloads it too, unless the official has edits here not yet saved: those are kept,
and a one-line notice offers to reload when they choose."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.assessment.criterion_step import CriterionStep
from desktop.assessment.lazy_steps import CriterionSteps, StepSlot
from desktop.assessment.options_step import OptionRow, OptionsStep
from desktop.assessment.resolution_dates import ResolutionControls
from desktop.assessment.saver import FAILED, SAVED, AnswerSaver, state_words
from desktop.context import DeskContext
from desktop.opening import OpeningHold
from desktop.playbook_language import playbook_language
from desktop.routing import RoutingBar
from desktop.widgets.common import heading, muted
from desktop.widgets.verdict import VerdictPanel, status_mark, tone
from desktop.widgets.vocabulary import status_words, verdict_words
from desktop.writes import start_revision
from models.changes import Part, RecordChange
from playbooks.errors import UserError
from playbooks.playbook_texts import sayable_throughout

if TYPE_CHECKING:
    from desktop.assessment.decision_step import DecisionStep

STEP_KEY = "assessments/{id}/step"
# What the page shows of a record (a dissent and memos: the decision step reads those itself).
SHOWN_PARTS = (Part.ASSESSMENTS, Part.ANSWERS, Part.DECISION, Part.REVISIONS)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "AssessmentPage",
    "Another official changed this assessment meanwhile; your edits here are not saved yet.")
# After the connection to the server was lost a while: changes may have been missed.
MAY_HAVE_CHANGED = QT_TRANSLATE_NOOP(
    "AssessmentPage",
    "This assessment may have changed elsewhere while the connection was lost; your edits here "
    "are not saved yet.")
# A pause after a step is shown, then the step after it is built (if it is not yet), so that
# moving on is as quick as before steps were built lazily (desktop.assessment.lazy_steps).
BUILD_NEXT_AFTER_MS = 400
# Below this page width the verdict panel starts folded: at 1024 pixels, steps, questions,
# guidance and verdict side by side left the questions ~95 pixels.
VERDICT_BESIDE_WIDTH = 1000


def changed_words(notice: object) -> str:
    """CHANGED_ELSEWHERE or MAY_HAVE_CHANGED in the official's language."""
    return QCoreApplication.translate("AssessmentPage", str(notice))


def load_everything(context: DeskContext, assessment_id: str,
                    hold: OpeningHold | None = None):
    """Runs on the database thread: the record, its playbook, the members, the judgement
    (models.option_rows.DraftJudgement: the evaluation, and the options compared).
    `hold`: the page's hold on the record's opening (desktop.opening), released here when the
    assessment cannot be read ahead of it (it is read through the opened record then)."""
    from models.option_rows import judge_record

    opening = context.opening
    # Before the database is open: read with the plain driver, SQLAlchemy still loading.
    ahead = opening.assessment_ahead(assessment_id) if opening is not None else None
    if ahead is not None:
        record, playbook, members = ahead
    else:
        if hold is not None:
            hold.release()
        from models.workflow import load_assessment, member_infos

        db, catalog = context.db, context.catalog
        record = load_assessment(db, assessment_id)
        # While the record opens, its built-in playbook is read alone (not every one first).
        builtin = (opening.builtin_playbook(record.playbook_hash) if opening is not None
                   else None)
        playbook = builtin or catalog.by_hash(record.playbook_hash) or catalog.get(
            record.playbook_id, record.playbook_version
        )
        members = member_infos(db)
    return record, playbook, members, judge_record(record, playbook, members)


class AssessmentPage(QWidget):
    open_assessment = Signal(str)  # e.g. the new revision after "start a revision"
    title_changed = Signal(str)
    loaded = Signal()

    def __init__(self, context: DeskContext, assessment_id: str, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.record = None
        self.playbook = None
        self.saver: AnswerSaver | None = None
        self.resolution: ResolutionControls | None = None  # the calls' resolution dates
        # Built when shown or asked for (`steps[i]`): desktop.assessment.lazy_steps.
        self.steps = CriterionSteps.none()
        self._members: list = []  # what a step built later needs from the load
        self._option_titles: list[tuple[str, str]] = []  # (name, title), as now on screen
        self._option_answers: dict = {}
        self._said = None  # the evaluation as the steps show it (sayable_throughout)
        self.options_step: OptionsStep | None = None  # a case with options only
        # The decision step, built like a criterion step when first wanted (`decision`).
        self._decision: DecisionStep | None = None
        self._decision_slot: StepSlot | None = None
        self.judged = None  # models.option_rows.DraftJudgement, the latest
        self._opening_hold = OpeningHold(None)  # see reload()
        self.setAccessibleName(self.tr("Assessment"))

        self.title = heading(self.tr("Loading…"))
        self.status = QLabel("")
        self.status.setAccessibleName(self.tr("Assessment status"))
        self.save_state = QLabel("")
        self.save_state.setAccessibleName(self.tr("Saved state"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addSpacing(16)
        header.addWidget(self.save_state)
        self.banner = muted("")
        self.banner.setVisible(False)
        self.revise_button = QPushButton(self.tr("Start a revision"))
        self.revise_button.setAccessibleName(self.tr("Start a new revision of this assessment"))
        self.revise_button.setVisible(False)
        self.revise_button.clicked.connect(self.start_revision)
        self.move_button = QPushButton(self.tr("Move to playbook &version…"))
        self.move_button.setAccessibleName(
            self.tr("Move this draft to another version of its playbook"))
        self.move_button.setVisible(False)
        self.move_button.clicked.connect(self.move_to_version)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.revise_button)
        # The stage of a draft's way to the minister, and the acts allowed at it.
        self.routing = RoutingBar(context, self)
        # Another official changed this assessment while edits here were not yet saved.
        self.changed_notice = QLabel(changed_words(CHANGED_ELSEWHERE))
        self.changed_notice.setWordWrap(True)
        self.changed_notice.setAccessibleName(self.tr("Changed by another official"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setAccessibleName(
            self.tr("Reload the assessment as stored (edits not yet saved here are dropped)"))
        self.reload_button.clicked.connect(self.reload)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.changed_notice, 1)
        notice_row.addWidget(self.reload_button)
        self._show_changed_notice(False)
        header.insertWidget(1, self.move_button)  # drafts only: beside the title, no row of its own
        # A draft whose playbook asks questions per option may become a case with options.
        self.compare_button = QPushButton(self.tr("Compare &options"))
        self.compare_button.setAccessibleName(
            self.tr("Compare courses of action: the proposed action and no action, then more"))
        self.compare_button.setVisible(False)
        self.compare_button.clicked.connect(self.start_options)
        header.insertWidget(2, self.compare_button)

        self.step_list = QListWidget()
        self.step_list.setAccessibleName(self.tr("Steps"))
        self.step_list.currentRowChanged.connect(self._on_step)
        self.step_list.setMinimumWidth(150)
        self.step_list.setWordWrap(True)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setSpacing(2)
        self.stack = QStackedWidget()
        self.verdict = VerdictPanel()
        self.verdict.setMinimumWidth(240)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("AssessmentSplitter")
        self.splitter.addWidget(self.step_list)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.verdict)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 760, 300])
        self.splitter.setChildrenCollapsible(False)

        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous step (Ctrl+Page Up)"))
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Next step (Ctrl+Page Down)"))
        self.next_button.clicked.connect(self.next_step)
        self.position = muted("")
        self.position.setAccessibleName(self.tr("Step and verdict so far"))
        self.position.setWordWrap(False)
        # Beside the steps when the page is wide; folded away below VERDICT_BESIDE_WIDTH (the
        # footer still names the verdict so far), and opened with this button at any width.
        self.verdict_button = QPushButton(self.tr("Verdict pane&l"))
        self.verdict_button.setCheckable(True)
        self.verdict_button.setAccessibleName(self.tr("Show or hide the verdict panel"))
        self.verdict_button.toggled.connect(self._on_verdict_button)
        self._wide: bool | None = None
        header.addSpacing(16)
        header.addWidget(self.verdict_button)
        footer = QHBoxLayout()
        footer.addWidget(self.previous_button)
        footer.addWidget(self.position, 1, Qt.AlignmentFlag.AlignCenter)
        footer.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(banner_row)
        layout.addWidget(self.routing)
        layout.addLayout(notice_row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(footer)

        for keys, action in (("Ctrl+PgDown", self.next_step), ("Alt+Right", self.next_step),
                             ("Ctrl+PgUp", self.previous_step), ("Alt+Left", self.previous_step)):
            shortcut = QShortcut(QKeySequence(keys), self, action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.restore_layout(QSettings())
        # Verdict colours are picked for the light or dark scheme: repaint when it changes.
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)
        context.record_changed.connect(self._on_record_changed)
        self.reload()

    def _on_record_changed(self, change: RecordChange) -> None:
        if not change.touches(self.assessment_id):
            return
        if change.elsewhere and change.has(*SHOWN_PARTS):
            if self.has_unsaved_edits():  # not under the official's hands
                self.changed_notice.setText(changed_words(MAY_HAVE_CHANGED if change.full
                                                          else CHANGED_ELSEWHERE))
                self._show_changed_notice(True)
            else:
                self.reload()
        elif change.has(Part.DECISION, Part.REVISIONS):
            self.reload()

    def has_unsaved_edits(self) -> bool:
        """Edits made here that are not yet written (typed, waiting, or being saved)."""
        return self.saver is not None and not self.saver.is_settled()

    def _show_changed_notice(self, shown: bool) -> None:
        self.changed_notice.setVisible(shown)
        self.reload_button.setVisible(shown)

    def _on_scheme_changed(self, *_args) -> None:
        if self.verdict.evaluation is not None:
            self._show_evaluation(self.verdict.evaluation)

    # loading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        context, assessment_id = self.context, self.assessment_id
        # Opened while the record is still opening: read ahead of it and shown before it
        # begins (desktop.opening); the hold ends once the step has painted.
        self._opening_hold.release()
        hold = self._opening_hold = OpeningHold(context.opening)
        if context.runner.is_idle():  # the read begins at once (see OpeningHold)
            hold.take()
        self.context.runner.submit(
            lambda: load_everything(context, assessment_id, hold), self._show_loaded,
            self._load_failed, owner=self, label="load assessment",
        )

    def _load_failed(self, error: BaseException) -> None:
        self._opening_hold.release()
        if isinstance(error, UserError):
            self.title.setText(self.tr("Cannot open this assessment"))
            self.banner.setText(str(error))
            self.banner.setVisible(True)
        else:
            raise error

    def _show_loaded(self, loaded) -> None:
        record, playbook, members, judged = loaded
        self._show_changed_notice(False)
        remembered = self.stack.currentIndex() if len(self.steps) else None
        self._clear_steps()
        self.record, self.playbook = record, playbook
        self.title.setText(record.title)
        self.title_changed.emit(record.title)
        self.status.setText(status_words(record.status))
        frozen = record.status != "draft"
        if self.saver is not None:
            self.saver.deleteLater()
        self.saver = AnswerSaver(self.context, record.id, playbook, record.row_version, self)
        self.saver.state_changed.connect(self._on_save_state)
        self.saver.judged.connect(self._show_judged)
        self.saver.concurrent_edit.connect(self._on_concurrent_edit)
        self._members = members
        self._option_titles = [(o.name, o.title) for o in record.options]
        self._option_answers = {o.name: o.answers for o in record.options}
        self._said = None
        if record.options:
            self.options_step = OptionsStep(
                [OptionRow(o.name, o.title, o.description) for o in record.options])
            self.options_step.set_read_only(frozen)
            self.options_step.changed.connect(self._on_options_changed)
            self.stack.addWidget(self.options_step)
            self.step_list.addItem(self.tr("Options"))
        shown = playbook.in_language(playbook_language())  # its texts only; rules unchanged
        # Each step is built when first shown (or asked for): only the one shown now is.
        self.steps = CriterionSteps(shown.criteria, self._make_step, self._step_placed)
        for number, (criterion, slot) in enumerate(zip(shown.criteria, self.steps.slots,
                                                       strict=True), start=1):
            self.stack.addWidget(slot)
            self.step_list.addItem(f"{number}. {criterion.title}")
        self._decision_slot = StepSlot()
        self.stack.addWidget(self._decision_slot)
        if self.resolution is not None:
            self.resolution.deleteLater()
        self.resolution = ResolutionControls(self.context, record, playbook, self)
        self.step_list.addItem(self.tr("Decision"))
        if frozen:
            self.banner.setText(self.tr(
                "This assessment is {status}: its answers are frozen. "
                "Start a revision to change them; the record stays as it was."
            ).format(status=status_words(record.status)))
        self.banner.setVisible(frozen)
        self.revise_button.setVisible(record.status == "decided")
        self.move_button.setVisible(record.status == "draft")
        self.compare_button.setVisible(record.status == "draft" and not record.options
                                       and playbook.asks_per_option)
        self.save_state.setText("" if frozen else state_words(SAVED))
        self.routing.show_for(record.id, record.title)
        self._show_judged(judged)
        self._order_tabs()
        self.go_to_step(remembered if remembered is not None else self._remembered_step())
        self.loaded.emit()
        QTimer.singleShot(0, self, self._opening_hold.release)  # after the step's first paint

    def _make_step(self, number: int, criterion) -> CriterionStep:
        """The step of `criterion` as the assessment stands loaded (answers, options, whether
        frozen); its edits save like every other's."""
        assert self.record is not None
        step = CriterionStep(number, criterion, self._members, options=self._option_titles,
                             option_answers=self._option_answers,
                             on_option_editor=self._connect_option_editor)
        for question_id, editor in step.editors.items():
            editor.show_answer(self.record.answers.get(question_id))
            editor.edited.connect(self._make_save_handler(editor))
        step.set_read_only(self.record.status != "draft")
        return step

    @property
    def decision(self) -> DecisionStep | None:
        """The decision step (None while nothing is loaded), built the first time it is
        wanted: shown, asked for here, or in a pause after the last criterion's step."""
        if self._decision is None and self._decision_slot is not None:
            self._build_decision(self._decision_slot)
        return self._decision

    def _build_decision(self, slot: StepSlot) -> None:
        # Imported here: the decision step, its conditions editor and the record's snapshot
        # types are ~15 ms of imports (more where modules are compiled at each start) that
        # opening a case at one of its criteria does not need.
        from desktop.assessment.decision_step import DecisionStep

        assert self.record is not None and self.playbook is not None
        decision = self._decision = DecisionStep(self.context, self.playbook, self.record)
        decision.row_version_source = lambda: self.saver.row_version if self.saver else None
        decision.go_to_question.connect(self.go_to_question)
        slot.hold(decision)
        if self.resolution is not None:
            self.resolution.attach_decision(decision)
        if self.judged is not None:
            decision.show_evaluation(self.judged.evaluation)
            decision.show_judgement(self.judged)
        self._order_tabs()

    def _step_placed(self, step: CriterionStep) -> None:
        """A step just built, in its place: its resolution dates, the judgement so far, and
        its questions in the Tab order."""
        if self.resolution is not None:
            self.resolution.attach(step)
        if self.judged is not None:
            step.show_evaluation(self._said)
            step.show_comparison(self.judged.comparison)
        self._order_tabs()

    def _build_next_step(self) -> None:
        """In a pause after a step was shown: build the one after it, unless the official is
        typing (that waits for the next pause) or it is built already."""
        index = self.current_step() + 1 - self._first_criterion_step()
        if index == len(self.steps):  # after the last criterion: the decision
            built = self._decision is not None or self._decision_slot is None
        elif 0 <= index < len(self.steps):
            built = self.steps.is_built(index)
        else:
            return
        if built:
            return
        if not self.is_settled():
            QTimer.singleShot(BUILD_NEXT_AFTER_MS, self, self._build_next_step)
            return
        if index == len(self.steps):
            _ = self.decision
        else:
            self.steps[index]

    def _order_tabs(self) -> None:
        """Tab runs: step list → the questions of the step on screen → Previous → Next → the
        verdict panel. Steps are built after the footer (on every load), so Qt would otherwise
        put them last, after the buttons that move between them."""
        last_in_steps = None
        widget = self.step_list.nextInFocusChain()
        while widget is not None and widget is not self.step_list:
            if self.stack.isAncestorOf(widget):
                last_in_steps = widget
            widget = widget.nextInFocusChain()
        if last_in_steps is None:
            return
        QWidget.setTabOrder(last_in_steps, self.previous_button)
        QWidget.setTabOrder(self.previous_button, self.next_button)
        QWidget.setTabOrder(self.next_button, self.verdict_button)
        QWidget.setTabOrder(self.verdict_button, self.verdict)

    def _make_save_handler(self, editor, option: str | None = None):
        def handler(question_id: str, typing: bool) -> None:
            if self.saver is not None:
                self.saver.changed(question_id, editor.draft, typing, option)
        return handler

    def _connect_option_editor(self, option: str, editor) -> None:
        editor.edited.connect(self._make_save_handler(editor, option))

    # options ----------------------------------------------------------------------------------
    def _on_options_changed(self, rows: list[OptionRow]) -> None:
        """The official added, renamed, described or removed an option: store the list, and
        give each step asking per option a tab per option."""
        from models.options import OptionSpec

        if self.saver is None:
            return
        self.saver.set_options([OptionSpec(r.name, r.title, r.description) for r in rows])
        self._option_titles = [(r.name, r.title) for r in rows]
        for step in self.steps.built():
            step.set_options(self._option_titles)

    def start_options(self) -> None:
        """Turn a single proposed action into a case with options: the proposed action (with
        the answers already given to the questions now asked per option) and "no action",
        named on the Options step, where more can be added."""
        from models.options import OptionSpec, begin_options

        if self.record is None or self.playbook is None:
            return
        self.flush()  # saves go first: the database thread runs work in order
        # The title is the official's to rename; it starts in their language.
        proposed = OptionSpec("proposed_action", self.tr("Proposed action"),
                              " ".join(self.record.proposed_action.split()))
        db, actor, playbook, assessment_id = (self.context.db, self.context.actor,
                                              self.playbook, self.assessment_id)
        QSettings().setValue(STEP_KEY.format(id=assessment_id), 0)  # open on the Options step
        self.context.write(
            lambda: begin_options(db, assessment_id, proposed, actor=actor, playbook=playbook),
            RecordChange.of(Part.ANSWERS, assessments=[assessment_id]),
            lambda _version: self.reload(),
            self.context.dialogs.error_shown(self, self.tr("Cannot compare options")),
            owner=self, label="start options",
        )

    def _clear_steps(self) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        self.step_list.blockSignals(False)
        while (widget := self.stack.widget(0)) is not None:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.steps = CriterionSteps.none()
        self.options_step = None
        self._decision = self._decision_slot = None

    # evaluation and saving --------------------------------------------------------------------
    def _show_judged(self, judged) -> None:
        """A DraftJudgement: the evaluation everywhere, and on a case with options each
        option's on its own tabs and the comparison at the decision."""
        self.judged = judged
        self._show_evaluation(judged.evaluation)
        for step in self.steps.built():
            step.show_comparison(judged.comparison)
        if self._decision is not None:  # else shown when it is built
            self._decision.show_judgement(judged)

    def _first_criterion_step(self) -> int:
        """The stack index of the first criterion step (after the Options step, if any)."""
        return 1 if self.options_step is not None else 0

    def _show_evaluation(self, evaluation) -> None:
        comparison = self.judged.comparison if self.judged is not None else None
        self.verdict.show_evaluation(evaluation, self.playbook,
                                     option_title=comparison.best.title if comparison else "")
        self._show_position()
        results = {r.criterion_id: r for r in evaluation.criteria} if evaluation else {}
        offset = self._first_criterion_step()
        # the answers' notes quote the playbook's labels as stored: in the window's language
        said = self._said = sayable_throughout(evaluation, self.playbook)
        for step in self.steps.built():
            step.show_evaluation(said)
        for index, criterion in enumerate(self.steps.criteria):
            result = results.get(criterion.id)
            mark = status_mark(result.status) if result else ""
            item = self.step_list.item(index + offset)
            item.setText(f"{index + 1}. {criterion.title}\n    {mark}")
        if self._decision is not None:
            self._decision.show_evaluation(evaluation)

    def _on_save_state(self, state: str, message: str) -> None:
        text = (self.tr("{state}: {message}").format(state=state_words(state), message=message)
                if message else state_words(state))
        self.save_state.setText(text)
        colour = tone(self, "bad" if state == FAILED else "neutral")
        self.save_state.setStyleSheet(f"color: {colour}")

    def _on_concurrent_edit(self, message: str) -> None:
        if self.context.dialogs.confirm(
            self, self.tr("Changed elsewhere"),
            self.tr("{message}\n\nReload the assessment now? Your last change was not saved.")
                .format(message=message),
        ):
            self.reload()

    def flush(self) -> None:
        """Write pending edits now (closing the page or the window)."""
        if self.saver is not None:
            self.saver.flush()
        if self.resolution is not None:
            self.resolution.flush()

    def is_settled(self) -> bool:
        return self.saver is None or self.saver.is_settled()

    # steps ------------------------------------------------------------------------------------
    def step_count(self) -> int:
        return self.stack.count()

    def current_step(self) -> int:
        return self.stack.currentIndex()

    def go_to_step(self, index: int) -> None:
        if self.stack.count() == 0:
            return
        index = max(0, min(index, self.stack.count() - 1))
        self.step_list.setCurrentRow(index)

    def next_step(self) -> None:
        self.go_to_step(self.current_step() + 1)

    def previous_step(self) -> None:
        self.go_to_step(self.current_step() - 1)

    def go_to_question(self, question_id: str, option: str | None = None) -> None:
        index = self.steps.index_asking(question_id)
        if index is None:
            return
        step = self.steps[index]
        self.go_to_step(index + self._first_criterion_step())
        per_option = step.option_editors.get(option or "", {}) or next(
            iter(step.option_editors.values()), {})
        if question_id in per_option:
            name = next(n for n, e in step.option_editors.items() if e is per_option)
            step.show_option(name)
            editor = per_option[question_id]
        elif question_id in step.editors:
            editor = step.editors[question_id]
        else:
            return
        step.questions_scroll.ensureWidgetVisible(editor)
        editor.input.setFocus()

    def _on_step(self, index: int) -> None:
        if index < 0:
            return
        if self.saver is not None:
            self.saver.flush()
        criterion_index = index - self._first_criterion_step()
        if 0 <= criterion_index < len(self.steps):
            self.steps[criterion_index]  # built now if it was not yet
        elif criterion_index == len(self.steps):
            _ = self.decision  # likewise
        QTimer.singleShot(BUILD_NEXT_AFTER_MS, self, self._build_next_step)
        self.stack.setCurrentIndex(index)
        count = self.stack.count()
        self._show_verdict_panel()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        self._show_position()
        QSettings().setValue(STEP_KEY.format(id=self.assessment_id), index)

    def _show_position(self) -> None:
        if self.stack.count() == 0:
            return
        text = self.tr("Step {number} of {count}").format(number=self.current_step() + 1,
                                                          count=self.stack.count())
        evaluation = self.verdict.evaluation
        if not self.verdict.isVisible() and evaluation is not None:
            text = self.tr("{step} · verdict so far: {verdict}").format(
                step=text, verdict=verdict_words(evaluation.verdict))
        self.position.setText(text)

    def _show_verdict_panel(self) -> None:
        # The decision step shows the verdict and its reasons itself: give it the room.
        on_decision = (self._decision_slot is not None
                       and self.stack.currentWidget() is self._decision_slot)
        self.verdict.setVisible(self.verdict_button.isChecked() and not on_decision)
        self.verdict_button.setVisible(not on_decision)
        self._show_position()

    def _on_verdict_button(self, _checked: bool) -> None:
        self._show_verdict_panel()

    def verdict_panel_open(self) -> bool:
        return self.verdict.isVisible()

    def resizeEvent(self, event) -> None:
        wide = event.size().width() >= VERDICT_BESIDE_WIDTH
        if wide != self._wide:  # crossing the width: the default for it, whatever was toggled
            self._wide = wide
            self.verdict_button.setChecked(wide)
            self._show_verdict_panel()
        super().resizeEvent(event)

    def _remembered_step(self) -> int:
        value = QSettings().value(STEP_KEY.format(id=self.assessment_id), 0)
        try:
            return int(str(value))  # an int, or the text an INI file keeps it as
        except (TypeError, ValueError):
            return 0

    # after the decision -----------------------------------------------------------------------
    def start_revision(self) -> None:
        start_revision(self.context, self.assessment_id, self, self.open_assessment.emit)

    def move_to_version(self) -> None:
        """Choose another version of the playbook, see what happens to each answer, move."""
        from desktop.assessment.version_move import move_page_to_another_version

        move_page_to_another_version(self)

    # layout -----------------------------------------------------------------------------------
    def restore_layout(self, settings: QSettings) -> None:
        state = settings.value("assessment/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("assessment/splitter", self.splitter.saveState())
