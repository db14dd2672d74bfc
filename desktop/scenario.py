"""The scenario panel (Record > What-if scenario, Ctrl+T): an open assessment's answers and
member positions changed in a sandbox, its verdict and every criterion shown beside the
record's, the changes that flip the verdict, what it would take to reach authority, and how
often each verdict results over seeded draws of the likelihood answers.

Nothing here decides a rule: the sandbox (playbooks.what_if, read by models.what_if in one
read-only snapshot) computes, reports.what_if_text words it. The record is read once on the
database thread; every scenario then runs on a background thread (a newer edit's answer
replaces an older one still on its way), so typing never waits for the evaluation. Nothing is
ever written except, when asked, the scenario's summary as a note on the case (an audited
append that changes no answer, verdict or decision).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import locale_format
from desktop.phrases import say
from desktop.widgets.answer_picker import PICKED_KINDS, AnswerPicker, answer_text, picked_choices
from desktop.widgets.common import QuietComboBox, heading, muted
from desktop.widgets.verdict import VERDICT_TONE, tone
from desktop.widgets.vocabulary import criterion_status_words
from playbooks.answers import InvalidAnswerValue, describe_value, expected_value, in_words
from playbooks.model import POSITIONS, QuestionKind
from playbooks.playbook_texts import sayable
from playbooks.scenario_input import answer_from_text
from playbooks.what_if import Scenario
from reports.console import words
from reports.what_if_text import (
    changed_answer_lines,
    draw_lines,
    endorsement_phrases,
    what_if_text,
)

if TYPE_CHECKING:
    from desktop.context import DeskContext
    from models.records import AssessmentRecord
    from models.what_if import WhatIfReport
    from playbooks.model import Playbook, Question
    from playbooks.what_if import Sandbox

NOT_CONSULTED = "not_consulted"
DRAWS_DEFAULT = 10_000


@dataclass(frozen=True)
class ScenarioAnswer:
    """What the panel shows for one scenario: the report (as the command line's) and the
    single changes that alone flip the record's verdict."""

    report: WhatIfReport
    flips: tuple[str, ...]


def unwrapped(line: str) -> str:
    """A line of the command line's text without its wrapping (the label wraps itself)."""
    return " ".join(line.split())


def load_sandbox(context: DeskContext, assessment_id: str, playbook: Playbook):
    """Runs on the database thread: the record and a sandbox of its answers (read-only)."""
    from models.what_if import record_sandbox

    return record_sandbox(context.db, assessment_id, playbook)


def answer_scenario(record: AssessmentRecord, sandbox: Sandbox, as_decided: bool,
                    scenario: Scenario) -> ScenarioAnswer:
    """Runs on a background thread: the scenario beside the record (no database)."""
    from models.what_if import WhatIfReport

    result = sandbox.run(scenario)
    report = WhatIfReport(record=record, result=result,
                          endorsements=sandbox.endorsements(scenario), draws=None,
                          members_as_decided=as_decided)
    return ScenarioAnswer(report, sandbox.flips(scenario, result))


class ScenarioDialog(QDialog):
    """The scenario panel of one assessment; changes nothing in the record."""

    def __init__(self, context: DeskContext, assessment_id: str, playbook: Playbook,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.assessment_id = assessment_id
        self.playbook = playbook
        self.record: AssessmentRecord | None = None
        self.sandbox: Sandbox | None = None
        self.as_decided = False
        self.answer: ScenarioAnswer | None = None
        self.draw_text = ""
        self._asked = 0  # the newest scenario asked for; older answers are dropped
        self._draws_asked = 0
        self._filling = False
        self.setWindowTitle(self.tr("What-if scenario"))
        self.setObjectName("ScenarioDialog")
        self.setAccessibleName(self.tr("What-if scenario"))

        self.title = heading(self.tr("What-if"), 2)
        self.title.setAccessibleName(self.tr("Scenario of"))
        note = muted(self.tr("A sandbox: change answers and member positions on the left. "
                             "Nothing here changes the record's answers, its verdict or the "
                             "audit chain."))
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Scenario problem"))
        self.problem.setStyleSheet(f"color: {tone(self, 'bad')}")

        self.answers_table = QTableWidget(0, 3)
        self.answers_table.setHorizontalHeaderLabels(
            (self.tr("Question"), self.tr("Record"), self.tr("Scenario")))
        self.answers_table.setAccessibleName(self.tr("Scenario answers"))
        self.answers_table.verticalHeader().setVisible(False)
        self.answers_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.answers_table.horizontalHeader()
        # The record's answer takes the room left; the question and the typed scenario value
        # keep a readable width at 1024×700 (long record answers elide, their tooltip is whole).
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.answers_table.setColumnWidth(0, 170)
        self.answers_table.setColumnWidth(2, 140)
        self.answers_table.setWordWrap(False)
        self.answers_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.answers_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answers_table.itemChanged.connect(self._on_answer_edited)
        # Answers from a fixed set are picked from a list in words; numbers and text typed.
        self.answers_table.setItemDelegateForColumn(
            2, AnswerPicker(self._question_at, self.answers_table))

        self.positions_table = QTableWidget(0, 3)
        self.positions_table.setHorizontalHeaderLabels(
            (self.tr("Member"), self.tr("Record"), self.tr("Scenario")))
        self.positions_table.setAccessibleName(self.tr("Scenario member positions"))
        self.positions_table.verticalHeader().setVisible(False)
        self.positions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.positions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.answers_table, self.tr("&Answers"))
        self.tabs.addTab(self.positions_table, self.tr("Member &positions"))
        self.reset_button = QPushButton(self.tr("&Reset to the record"))
        self.reset_button.clicked.connect(self.reset)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tabs, 1)
        left_layout.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.verdict = self._rich(self.tr("Reading the record…"),
                                  self.tr("Verdict, record and scenario"))
        self.flips = self._rich("", self.tr("Changes that flip the verdict"))
        self.criteria_table = QTableWidget(0, 4)
        self.criteria_table.setHorizontalHeaderLabels(
            (self.tr("Criterion"), self.tr("Record"), self.tr("Scenario"), ""))
        self.criteria_table.setAccessibleName(self.tr("Criteria, record and scenario"))
        self.criteria_table.verticalHeader().setVisible(False)
        self.criteria_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.criteria_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        criteria_header = self.criteria_table.horizontalHeader()
        criteria_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            criteria_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.endorsements = self._rich("", self.tr("What it would take"))
        self.endorse_button = QPushButton(self.tr("Try &these endorsements"))
        self.endorse_button.setToolTip(
            self.tr("Set the members named above to endorse in the scenario"))
        self.endorse_button.clicked.connect(self.try_endorsements)
        self.endorse_button.setEnabled(False)

        self.draws_box = QSpinBox()
        self.draws_box.setRange(100, 1_000_000)
        self.draws_box.setSingleStep(1000)
        self.draws_box.setValue(DRAWS_DEFAULT)
        self.draws_box.setAccessibleName(self.tr("Number of draws"))
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, 2_000_000_000)
        self.seed_box.setValue(1)
        self.seed_box.setAccessibleName(self.tr("Seed of the draws"))
        self.draw_button = QPushButton(self.tr("&Draw the likelihoods"))
        self.draw_button.setToolTip(self.tr("Each likelihood answer drawn within its ICD 203 "
                                            "range; the same seed gives the same shares"))
        self.draw_button.clicked.connect(self.run_draws)
        self.draws = self._rich("", self.tr("Likelihood draws"))
        draw_form = QFormLayout()
        draws_label = QLabel(self.tr("Dra&ws:"))
        draws_label.setBuddy(self.draws_box)
        seed_label = QLabel(self.tr("S&eed:"))
        seed_label.setBuddy(self.seed_box)
        draw_form.addRow(draws_label, self.draws_box)
        draw_form.addRow(seed_label, self.seed_box)

        right_body = QWidget()
        right = QVBoxLayout(right_body)
        right.addWidget(self.verdict)
        right.addWidget(self.flips)
        right.addWidget(self.criteria_table)
        right.addWidget(heading(self.tr("What it would take"), 3))
        right.addWidget(self.endorsements)
        right.addWidget(self.endorse_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(heading(self.tr("Likelihood draws"), 3))
        draw_row = QHBoxLayout()
        draw_row.addLayout(draw_form)
        draw_row.addWidget(self.draw_button, 0, Qt.AlignmentFlag.AlignBottom)
        draw_row.addStretch(1)
        right.addLayout(draw_row)
        right.addWidget(self.draws)
        right.addStretch(1)
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setWidget(right_body)
        right_scroll.setAccessibleName(self.tr("Scenario beside the record"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save as &note"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setToolTip(self.tr("Keep this scenario's summary as a note on the case "
                                            "(answers, verdict and decision stay as they are)"))
        self.save_button.clicked.connect(self.save_note)
        close = self.buttons.addButton(self.tr("&Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        self.save_button.setEnabled(False)
        self.draw_button.setEnabled(False)
        self.reset_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.problem.hide()
        self._fit_screen()

        context.runner.submit(lambda: load_sandbox(context, assessment_id, playbook),
                              self._show_loaded,
                              context.dialogs.error_shown(self, self.tr("What-if scenario")),
                              owner=self, label="read the record for a scenario")

    def _fit_screen(self) -> None:
        """Large enough to read both sides, never larger than the screen (1024×700 included)."""
        screen = (self.parentWidget() or self).screen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = 1200, 820
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(max(width, 640), max(height, 480))

    @staticmethod
    def _rich(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(name)
        return label

    # filling ----------------------------------------------------------------------------------
    def _show_loaded(self, loaded) -> None:
        self.record, self.sandbox, self.as_decided = loaded
        record = self.record
        state = (self.tr("draft") if record.decision is None
                 else self.tr("decided: {decision}").format(
                     decision=words(record.decision.decision)))
        self.title.setText(self.tr("What-if on {title} ({state})").format(title=record.title,
                                                                          state=state))
        self._fill_tables()
        for button in (self.save_button, self.draw_button, self.reset_button):
            button.setEnabled(True)
        self.refresh()

    def _fill_tables(self) -> None:
        sandbox = self.sandbox
        assert sandbox is not None
        self._filling = True
        questions = [q for q in self.playbook.questions()
                     if q.kind is not QuestionKind.MEMBER_POSITIONS]
        self.answers_table.setRowCount(len(questions))
        for row, question in enumerate(questions):
            value = sandbox.answers.get(question.id)
            name = QTableWidgetItem(question.prompt)  # the question, never its id
            name.setToolTip(question.prompt)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, question.id)
            recorded = QTableWidgetItem(recorded_words(question, value) if value is not None
                                        else self.tr("unanswered"))
            recorded.setFlags(recorded.flags() & ~Qt.ItemFlag.ItemIsEditable)
            recorded.setToolTip(recorded.text())
            tried = QTableWidgetItem(answer_text(question, value))
            tried.setToolTip(self.tr("Expected: {expected}; empty for unanswered").format(
                expected=expected_value(question)))
            for column, item in enumerate((name, recorded, tried)):
                self.answers_table.setItem(row, column, item)
        positions_question = next((q for q in self.playbook.questions()
                                   if q.kind is QuestionKind.MEMBER_POSITIONS), None)
        positions = dict(sandbox.answers.get(positions_question.id) or {}) \
            if positions_question is not None else {}
        members = [m for m in sandbox.members if m.standing == "full"] \
            if positions_question is not None else []
        self.tabs.setTabEnabled(1, bool(members))
        self.positions_table.setRowCount(len(members))
        self.position_boxes: dict[str, QuietComboBox] = {}
        for row, member in enumerate(members):
            name = QTableWidgetItem(f"{member.name} ({member.iso})")
            name.setData(Qt.ItemDataRole.UserRole, member.iso)
            recorded = positions.get(member.iso, NOT_CONSULTED)
            self.positions_table.setItem(row, 0, name)
            self.positions_table.setItem(row, 1, QTableWidgetItem(words(recorded)))
            box = QuietComboBox()
            box.setAccessibleName(
                self.tr("Scenario position of {member}").format(member=member.name))
            for position in POSITIONS:
                box.addItem(words(position), position)
            box.setCurrentIndex(max(0, box.findData(recorded)))
            box.currentIndexChanged.connect(lambda _index: self.refresh())
            self.positions_table.setCellWidget(row, 2, box)
            self.position_boxes[member.iso] = box
        self.positions_table.resizeColumnToContents(1)
        self.positions_table.resizeColumnToContents(2)
        self._recorded_positions = positions
        self._filling = False

    # the scenario -----------------------------------------------------------------------------
    def scenario(self) -> Scenario:
        """The changes typed and chosen; raises InvalidScenario-like UserErrors naming the
        question whose text is not an answer."""
        sandbox = self.sandbox
        assert sandbox is not None
        answers: dict[str, Any] = {}
        for row in range(self.answers_table.rowCount()):
            question_id = _cell(self.answers_table, row, 0).data(Qt.ItemDataRole.UserRole)
            question = self.playbook.question(question_id)
            text = _cell(self.answers_table, row, 2).text()
            try:
                value = answer_from_text(question, text)
            except InvalidAnswerValue:
                raise ValueError(self.tr(
                    "“{question}”: “{text}” is not an answer (expected {expected}; empty for "
                    "unanswered)").format(question=question.prompt, text=text.strip(),
                                          expected=expected_value(question))) from None
            if value != sandbox.answers.get(question_id):
                answers[question_id] = value
        positions = {
            iso: box.currentData()
            for iso, box in getattr(self, "position_boxes", {}).items()
            if box.currentData() != self._recorded_positions.get(iso, NOT_CONSULTED)
        }
        return Scenario(answers=answers, positions=positions)

    def _question_at(self, row: int) -> Question | None:
        item = self.answers_table.item(row, 0)
        question_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.playbook.question(question_id) if question_id else None

    def set_answer(self, question_id: str, text: str) -> None:
        """Type `text` as the scenario's answer to `question_id` (as the table's editor does)."""
        row = next(r for r in range(self.answers_table.rowCount())
                   if _cell(self.answers_table, r, 0).data(Qt.ItemDataRole.UserRole) == question_id)
        _cell(self.answers_table, row, 2).setText(text)

    def set_position(self, iso: str, position: str) -> None:
        box = self.position_boxes[iso]
        box.setCurrentIndex(box.findData(position))

    def try_endorsements(self) -> None:
        """Endorse, in the scenario, the members what it would take names."""
        needed = self.answer.report.endorsements if self.answer is not None else None
        if needed is None or not needed.members:
            return
        for box in self.position_boxes.values():
            box.blockSignals(True)
        for member in needed.members:
            self.set_position(member.iso, "endorse")
        for box in self.position_boxes.values():
            box.blockSignals(False)
        self.refresh()

    def reset(self) -> None:
        if self.sandbox is not None:
            self._fill_tables()
            self.refresh()

    def _on_answer_edited(self, item: QTableWidgetItem) -> None:
        if not self._filling and item.column() == 2:
            self.refresh()

    def _scenario_or_problem(self):
        """The scenario as typed, or None after showing what is wrong with it (or with no
        record read yet)."""
        if self.sandbox is None:
            return None
        try:
            scenario = self.scenario()
        except ValueError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return None
        self.problem.hide()
        return scenario

    def refresh(self) -> None:
        """Ask for the scenario's answer on a background thread (the newest ask wins)."""
        scenario = self._scenario_or_problem()
        if scenario is None:
            return
        self._asked += 1
        asked = self._asked
        record, sandbox, as_decided = self.record, self.sandbox, self.as_decided
        assert record is not None and sandbox is not None
        self.context.background.submit(
            lambda: answer_scenario(record, sandbox, as_decided, scenario),
            lambda answer: self._show_answer(asked, answer),
            self._scenario_failed, owner=self, label="answer a scenario")

    def _scenario_failed(self, error: BaseException) -> None:
        self.problem.setText(str(error))
        self.problem.show()

    def _show_answer(self, asked: int, answer: ScenarioAnswer) -> None:
        if asked != self._asked:
            return  # a newer edit's answer is on its way
        self.answer = answer
        result = answer.report.result
        before, after = result.record.verdict, result.scenario.verdict
        changed = self.tr("changed") if result.verdict_changed else self.tr("unchanged")
        self.verdict.setText(self.tr(
            "Verdict: record <b>{record}</b> · scenario <b style='color:{colour}'>{scenario}</b> "
            "({changed})").format(record=escape(words(before.value).upper()),
                                  colour=tone(self, VERDICT_TONE[after]),
                                  scenario=escape(words(after.value).upper()), changed=changed))
        self.flips.setText(self._flips_html(answer))
        # its title in the window's language where the playbook gives it (say, below)
        titles = {c.id: sayable(c.title, self.playbook) for c in self.playbook.criteria}
        rows = [(titles.get(change.criterion_id, change.criterion_id),  # its title, never its id
                 self._status_cell(change.status_before, change.score_before,
                                   change.margin_before),
                 self._status_cell(change.status_after, change.score_after, change.margin_after),
                 self.tr("changed") if change.changed else "")
                for change in result.criteria]
        self.criteria_table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.criteria_table.setItem(row, column, QTableWidgetItem(say(text).strip()))
        table = self.criteria_table  # every criterion in sight: the right side scrolls instead
        table.setMinimumHeight(table.horizontalHeader().height() + 2 * table.frameWidth()
                               + sum(table.rowHeight(r) for r in range(table.rowCount())))
        needed = answer.report.endorsements
        self.endorsements.setText(
            "<br>".join(escape(say(sentence)) for sentence in endorsement_phrases(needed))
            if needed is not None else self.tr("The playbook asks no member positions."))
        self.endorse_button.setEnabled(needed is not None and bool(needed.members))

    def _status_cell(self, status: str, score: float | None, margin: float | None) -> str:
        """A criterion's status, score and margin over its threshold, e.g. "pass 1.00 (+0.40)"
        (reports.what_if_text.status_text for the command line), in the window's language."""
        words = criterion_status_words(status)
        if score is None:
            return words
        if margin is None:
            return self.tr("{status} {score}").format(status=words,
                                                      score=locale_format.number(score, 2))
        return self.tr("{status} {score} ({margin})").format(
            status=words, score=locale_format.number(score, 2),
            margin=locale_format.signed(margin, 2))

    def _flips_html(self, answer: ScenarioAnswer) -> str:
        changes = changed_answer_lines(answer.report, self.playbook)
        if not answer.report.result.changed_answers:
            return self.tr("Changes tried: none (the record as it stands).")
        flips = in_words(", ".join(answer.flips), self.playbook) or (
            self.tr("none alone (only together, if at all)"))
        tried = "<br>".join(escape(in_words(unwrapped(line), self.playbook)) for line in changes)
        return self.tr("Changes tried:<br>{changes}<br>Alone flipping the verdict: "
                       "<b>{flips}</b>").format(changes=tried, flips=escape(flips))

    # draws ------------------------------------------------------------------------------------
    def run_draws(self) -> None:
        scenario = self._scenario_or_problem()
        if scenario is None:
            return
        draws, seed, sandbox = self.draws_box.value(), self.seed_box.value(), self.sandbox
        assert sandbox is not None  # a scenario is only read from a sandbox
        self._draws_asked += 1
        asked = self._draws_asked
        self.draws.setText(self.tr("Drawing {draws} times (seed {seed})…").format(
            draws=locale_format.number(draws), seed=seed))
        self.context.background.submit(
            lambda: sandbox.draws(scenario, draws=draws, seed=seed),
            lambda shares: self._show_draws(asked, shares),
            self._scenario_failed, owner=self, label="draw the likelihoods")

    def _show_draws(self, asked: int, shares) -> None:
        if asked != self._draws_asked:
            return
        self.draw_shares = shares
        self.draw_text = "\n".join(unwrapped(line) for line in draw_lines(shares, self.playbook))
        self.draws.setText("<br>".join(escape(line) for line in self.draw_text.splitlines()))

    # the note ---------------------------------------------------------------------------------
    def summary(self) -> str:
        """The scenario as the command line prints it, with the draws shown (if any)."""
        assert self.answer is not None
        text = what_if_text(self.answer.report, self.playbook)
        return text + ("\n\n" + self.draw_text if self.draw_text else "")

    def save_note(self) -> None:
        """Keep the summary as a note on the case (an audited append; nothing else changes)."""
        if self.answer is None:
            return
        from models.changes import Part, RecordChange
        from models.notes import add_note

        context, assessment_id, text = self.context, self.assessment_id, self.summary()
        context.write(
            lambda: add_note(context.db, assessment_id, text, kind="scenario",
                             actor=context.actor),
            RecordChange.of(Part.NOTES, assessments=[assessment_id]),
            lambda _note: context.dialogs.info(
                self, self.tr("Scenario saved"),
                self.tr("The scenario was saved as a note on the case.")),
            context.dialogs.error_shown(self, self.tr("Save the scenario")),
            owner=self, label="save a scenario note")


def recorded_words(question: Question, value: Any) -> str:
    """A recorded answer as the window words it: a fixed answer (grade, likelihood, yes/no,
    option…) in the words the picker offers, in the official's language; a number or text as
    playbooks.answers describes it."""
    if question.kind in PICKED_KINDS:
        text = answer_text(question, value)
        shown = dict(picked_choices(question)).get(text)
        if shown:
            return shown
    return describe_value(question, value)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None  # every cell is filled when the table is built
    return item
