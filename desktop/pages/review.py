"""Review: how well the unit's likelihood calls matched what happened (issue 16 item 3). The
calibration diagram (desktop.pages.calibration_view) with the Brier score and its parts for the
chosen playbook and period; a point clicked (or its term chosen in the list) shows the calls
behind it, Enter opening the case. Below, the calls and decisions due to be judged, with
"Record what happened…" for a call and "Record a retrospective…" for a decision
(desktop.pages.outcome_dialog); "Lessons report (PDF)…" writes the report
`main.py report calibration -o` writes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.locale_format import day, number
from desktop.pages.calibration_view import CalibrationView
from desktop.widgets.common import QuietComboBox, heading, muted
from desktop.widgets.vocabulary import likelihood_display
from models.changes import Part, RecordChange
from playbooks.calibration import MIN_CALLS, Calibration
from playbooks.model import LIKELIHOOD_TERMS

if TYPE_CHECKING:  # the database stack is imported when the page first reads
    from models.outcome_counts import CallCounts

PERIODS = cast(tuple[tuple[str, int | None], ...], (
    (QT_TRANSLATE_NOOP("ReviewPage", "All decisions"), None),
    (QT_TRANSLATE_NOOP("ReviewPage", "Decided in the last 12 months"), 365),
    (QT_TRANSLATE_NOOP("ReviewPage", "Decided in the last 5 years"), 5 * 365)))
CALL_COLUMNS = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("ReviewPage", "Assessment"), QT_TRANSLATE_NOOP("ReviewPage", "Question"),
    QT_TRANSLATE_NOOP("ReviewPage", "Said"), QT_TRANSLATE_NOOP("ReviewPage", "What happened"),
    QT_TRANSLATE_NOOP("ReviewPage", "Decided")))
DUE_COLUMNS = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("ReviewPage", "Resolves"), QT_TRANSLATE_NOOP("ReviewPage", "State"),
    QT_TRANSLATE_NOOP("ReviewPage", "Assessment"), QT_TRANSLATE_NOOP("ReviewPage", "Question"),
    QT_TRANSLATE_NOOP("ReviewPage", "Said")))
DUE_SHOWN = 500  # rows of the due list shown (the earliest first)
_TERMS = {term.id: term for term in LIKELIHOOD_TERMS}


def _said(term_id: str) -> str:
    """A likelihood term with its range in the official's language ("probable (55–80 %)")."""
    return likelihood_display(_TERMS[term_id])
_HAPPENED = cast(dict[str, str], {
    "occurred": QT_TRANSLATE_NOOP("ReviewPage", "occurred"),
    "not_occurred": QT_TRANSLATE_NOOP("ReviewPage", "did not occur"),
    "cannot_tell": QT_TRANSLATE_NOOP("ReviewPage", "cannot tell")})


def _table(columns: tuple[str, ...], name: str, *stretch: int) -> QTableWidget:
    """A read-only table of rows; the `stretch` columns share the width the others leave (a
    long title or question is cut there, whole in its tooltip)."""
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ReviewPage", column) for column in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for column in range(len(columns)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    table.setMinimumHeight(60)  # the page fits a small window; the lists scroll
    return table


def _fill(table: QTableWidget, rows: list[tuple[tuple[str, ...], str]]) -> None:
    # Emptied first: replacing the items of a shown table one by one took 12-16 s for the due
    # list's 500 rows once the page had been left and shown again (bench, 100k), 0.15 s afresh.
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (cells, assessment_id) in enumerate(rows):
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, assessment_id)
            cell.setToolTip(text)
            table.setItem(row, column, cell)


class ReviewPage(QWidget):
    open_assessment = Signal(str)
    drawn = Signal()  # the diagram and the scores were read again (SQL counts: fast)
    shown = Signal()  # ... and the calls due too: everything the page reads on opening
    calls_shown = Signal()  # the calls behind the chosen point were read

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Review: calibration of past calls"))
        self.playbook = QuietComboBox()
        self.playbook.setAccessibleName(self.tr("Playbook"))
        self.playbook.addItem(self.tr("All playbooks"), None)
        for playbook_id in sorted({p.id for p in context.catalog.latest()}):
            self.playbook.addItem(playbook_id, playbook_id)
        # As wide as the longest entry: "Décidées au cours des 5 dernières années" is cut else.
        self.playbook.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period = QuietComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setAccessibleName(self.tr("Period"))
        for label, days in PERIODS:
            self.period.addItem(QCoreApplication.translate("ReviewPage", label), days)
        self.pdf_button = QPushButton(self.tr("Lessons &report (PDF)…"))
        self.pdf_button.setAccessibleName(self.tr("Write the lessons report as a PDF"))
        self.pdf_button.clicked.connect(self.write_pdf)
        filters = QHBoxLayout()
        filters.addWidget(self.playbook)
        filters.addWidget(self.period)
        filters.addStretch(1)
        filters.addWidget(self.pdf_button)
        self.scores = muted("")
        self.scores.setAccessibleName(self.tr("Scores"))
        self.scores.setWordWrap(True)
        self.view = CalibrationView()
        self.view.term_chosen.connect(self.choose_term)
        self.terms = QListWidget()
        self.terms.setAccessibleName(
            self.tr("Terms of the diagram; choose one to see its calls"))
        self.terms.setMinimumHeight(60)
        self.terms.currentRowChanged.connect(self._term_row)
        self.calls = _table(CALL_COLUMNS,
                            self.tr("Calls behind the chosen point; Enter opens the case"), 0, 1)
        self.calls.itemActivated.connect(self._open)
        right = QVBoxLayout()
        right.addWidget(self.terms, 1)
        right.addWidget(self.calls, 2)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 2)  # a square plot: the rest goes to the calls
        middle.addLayout(right, 3)
        self.due_summary = muted("")
        self.due = _table(DUE_COLUMNS, self.tr("Calls and decisions due to be judged"), 2, 3)
        self.due.itemActivated.connect(self._open)
        self.due.itemSelectionChanged.connect(self._update_buttons)
        self.record_button = QPushButton(self.tr("Record &what happened…"))
        self.record_button.setAccessibleName(self.tr("Record the outcome of the selected call"))
        self.record_button.clicked.connect(self.record_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Review")))
        layout.addLayout(filters)
        layout.addWidget(self.scores)
        layout.addLayout(middle, 3)
        layout.addWidget(self.due_summary)
        layout.addWidget(self.due, 1)
        layout.addWidget(self.record_button)
        self.counts: CallCounts | None = None
        self.due_items: list = []  # models.outcomes.DueItem
        # Each reload is a generation: a slow read of an older one that lands late is dropped.
        self._generation = 0
        self._waiting: set[str] = set()  # "counts" and "due" until each of them is shown
        self.loaded_once = False
        self.playbook.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        context.record_changed.connect(self._on_record_changed)
        self._update_buttons()

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.DECISION, Part.OUTCOMES, Part.REVISIONS) and self.loaded_once:
            self.reload()

    def activated(self) -> None:
        self.reload()

    def start_day(self) -> date | None:
        days = self.period.currentData()
        return None if days is None else datetime.now(UTC).date() - timedelta(days=days)

    def reload(self) -> None:
        """Read the diagram's counts (an SQL aggregate) in the background and draw them, then
        the calls due (which reads every standing case: slower on a large record, so it comes
        second rather than competing with the diagram); a point's calls are read on choosing
        it."""
        from models.outcome_counts import resolved_counts

        db, catalog = self.context.db, self.context.catalog
        start, playbook_id = self.start_day(), self.playbook.currentData()
        self._generation += 1
        generation = self._generation
        self._waiting = {"counts", "due"}
        self.context.runner.submit(
            lambda: resolved_counts(db, catalog.by_hash, start=start, playbook_id=playbook_id),
            lambda counts: self._show_counts(generation, counts), owner=self,
            label="read the calibration")

    def _read_due(self, generation: int) -> None:
        from models.outcomes import due_outcomes

        db, catalog = self.context.db, self.context.catalog
        self.context.runner.submit(
            lambda: due_outcomes(db, catalog.by_hash), lambda due: self._show_due(generation, due),
            owner=self, label="read the calls due")

    def _part_shown(self, part: str) -> None:
        self._waiting.discard(part)
        if not self._waiting:
            self.shown.emit()

    def _show_counts(self, generation: int, counts: CallCounts) -> None:
        if generation != self._generation:
            return
        self.loaded_once = True
        self.counts = counts
        calibration = counts.calibration()
        self.scores.setText(self._score_line(calibration, counts.cannot_tell))
        self.view.show_calibration(calibration)
        selected = self.view.selected
        self.terms.blockSignals(True)
        self.terms.clear()
        for b in calibration.bins:
            said = (self.tr("{occurred} of {calls} happened").format(
                occurred=b.occurred, calls=b.calls) if b.calls else self.tr("no calls"))
            if b.calls and b.too_few:
                said = self.tr("{said}; too few calls").format(said=said)
            item = QListWidgetItem(self.tr("{term}: {said}").format(term=likelihood_display(b.term),
                                                                    said=said))
            item.setData(Qt.ItemDataRole.UserRole, b.term.id)
            self.terms.addItem(item)
        self.terms.blockSignals(False)
        self.choose_term(selected) if selected else _fill(self.calls, [])
        self.drawn.emit()
        self._part_shown("counts")
        self._read_due(generation)

    def _show_due(self, generation: int, due_items: list) -> None:
        if generation != self._generation:
            return
        self.loaded_once = True
        overdue = sum(1 for d in due_items if d.overdue)
        # The earliest only: a table of 85,000 rows (bench, 100k) holds the window for seconds
        # and no one reads that far; the count says how many there are.
        self.due_items = due_items[:DUE_SHOWN]
        _fill(self.due, [((day(d.due_on),
                           self.tr("overdue") if d.overdue else self.tr("due"),
                           d.title, d.what if d.question_id else self.tr("(the decision)"),
                           _said(d.term) if d.term else d.what), d.assessment_id)
                         for d in self.due_items])
        self.due_summary.setText(
            self.tr("%n due to be judged, {overdue} overdue.", "", len(due_items)).format(
                overdue=overdue) if due_items
            else self.tr("Nothing is due to be judged today."))
        if len(due_items) > DUE_SHOWN:
            self.due_summary.setText(self.due_summary.text() + " " + self.tr(
                "The earliest {shown} are listed.").format(shown=DUE_SHOWN))
        self._update_buttons()
        self._part_shown("due")

    def _score_line(self, c: Calibration, cannot_tell: int) -> str:
        """The scores of every resolved call (reports.lessons.score_line for the command
        line), in the window's language and figures."""

        def figure(value: float | None) -> str:
            return "–" if value is None else number(value, 3)

        line = self.tr(
            "all calls: {calls} resolved calls, Brier {brier} = reliability {reliability} − "
            "resolution {resolution} + uncertainty {uncertainty}; cannot tell {cannot_tell}"
        ).format(calls=number(c.calls), brier=figure(c.brier), reliability=figure(c.reliability),
                                resolution=figure(c.resolution),
                                uncertainty=figure(c.uncertainty),
                                cannot_tell=number(cannot_tell))
        if c.too_few:
            line = self.tr("{line} — too few calls (under {minimum})").format(
                line=line, minimum=number(MIN_CALLS))
        return line

    def choose_term(self, term: str | None) -> None:
        """Show the resolved calls said with `term` (the point clicked, or the row chosen): the
        page holds only the counts, so the calls are read now, in the background."""
        from models.outcome_counts import bin_calls

        if term is None:
            return
        self.view.select(term)
        for index in range(self.terms.count()):
            if self.terms.item(index).data(Qt.ItemDataRole.UserRole) == term:
                self.terms.blockSignals(True)
                self.terms.setCurrentRow(index)
                self.terms.blockSignals(False)
        db, catalog = self.context.db, self.context.catalog
        start, playbook_id = self.start_day(), self.playbook.currentData()
        generation = self._generation
        self.context.runner.submit(
            lambda: bin_calls(db, catalog.by_hash, term, start=start, playbook_id=playbook_id),
            lambda calls: self._show_calls(generation, term, calls), owner=self,
            label="read the calls behind a point")

    def _show_calls(self, generation: int, term: str, calls: list) -> None:
        if generation != self._generation or self.view.selected != term:
            return  # the page was read again, or another point chosen, meanwhile
        _fill(self.calls, [((c.title, c.prompt, _said(c.term),
                             QCoreApplication.translate("ReviewPage", _HAPPENED[c.outcome.result]),
                             day(c.decided_at)), c.assessment_id)
                           for c in calls])
        self.calls_shown.emit()

    def _term_row(self, row: int) -> None:
        if row >= 0:
            self.choose_term(self.terms.item(row).data(Qt.ItemDataRole.UserRole))

    def _open(self, cell: QTableWidgetItem) -> None:
        self.open_assessment.emit(cell.data(Qt.ItemDataRole.UserRole))

    def selected_due(self):
        """The DueItem of the selected row of the due list, or None."""
        rows = self.due.selectionModel().selectedRows()
        return (self.due_items[rows[0].row()]
                if rows and rows[0].row() < len(self.due_items) else None)

    def _update_buttons(self) -> None:
        item = self.selected_due()
        self.record_button.setEnabled(item is not None)
        decision = item is not None and not item.question_id
        self.record_button.setText(self.tr("Record a retrospec&tive…") if decision
                                   else self.tr("Record &what happened…"))
        self.record_button.setAccessibleName(
            self.tr("Record a retrospective of the selected decision") if decision
            else self.tr("Record the outcome of the selected call"))

    def record_selected(self) -> None:
        from desktop.pages.outcome_dialog import OutcomeDialog
        from models.outcomes import record_outcome
        from models.records import load_assessment
        from playbooks.errors import UserError

        item = self.selected_due()
        if item is None:
            return
        if not item.question_id:
            self.record_retrospective(item)
            return
        dialog = OutcomeDialog(item.title, item.what, item.term, self)
        if not self.context.dialogs.exec_dialog(dialog):
            return
        outcome, db, by = dialog.outcome(), self.context.db, self.context.actor
        catalog, assessment_id, question_id = self.context.catalog, item.assessment_id, \
            item.question_id

        def work() -> str:
            record = load_assessment(db, assessment_id)
            playbook = catalog.by_hash(record.playbook_hash)
            if playbook is None:
                raise UserError(self.tr("the playbook of assessment {id} is neither installed nor "
                                        "kept in the record").format(id=assessment_id))
            return record_outcome(db, assessment_id, question_id, outcome["result"],
                                  note=outcome["note"], actor=by, playbook=playbook,
                                  evidence=outcome["evidence"])

        self.context.write(work, RecordChange.of(Part.OUTCOMES, assessments=[assessment_id]),
                           None, self.context.dialogs.error_shown(
                               self, self.tr("The outcome was not recorded")),
                           owner=self, label="record an outcome")

    def record_retrospective(self, item) -> None:
        from desktop.pages.outcome_dialog import RetrospectiveDialog
        from models.outcomes import record_retrospective

        dialog = RetrospectiveDialog(item.title, item.what, self)
        if not self.context.dialogs.exec_dialog(dialog):
            return
        words, db, by, assessment_id = dialog.retrospective(), self.context.db, \
            self.context.actor, item.assessment_id
        self.context.write(
            lambda: record_retrospective(db, assessment_id, actor=by, **words),
            RecordChange.of(Part.OUTCOMES, assessments=[assessment_id]), None,
            self.context.dialogs.error_shown(self, self.tr("The retrospective was not recorded")),
            owner=self, label="record a retrospective")

    def write_pdf(self) -> None:
        from models.files import write_atomically
        from models.outcome_calls import decided_cases

        # Here, not at the top: the reports package loads ReportLab and its fonts (~0.4 s),
        # and this page is made on the UI thread as the record opens (bench: a step opened).
        from reports.lessons import lessons
        from reports.lessons_pdf import lessons_pdf

        path = self.context.dialogs.save_file(self, self.tr("Lessons report"), "lessons.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path is None:
            return
        protected, db = self.context.db.files, self.context.db
        catalog = self.context.catalog
        start, playbook_id = self.start_day(), self.playbook.currentData()

        def work() -> Path:
            # The report reads every call (its slices and misses need them), as the CLI does.
            cases = decided_cases(db, catalog.by_hash, start=start, playbook_id=playbook_id)
            report = lessons(cases, start=start, playbook_id=playbook_id)
            write_atomically(Path(path), lessons_pdf(report), overwrite=True,
                             protected=protected)
            return Path(path)

        self.context.runner.submit(
            work, lambda written: self.context.dialogs.info(
                self, self.tr("Lessons report"),
                self.tr("The lessons report was written to {path}.").format(path=written)),
            self.context.dialogs.error_shown(self, self.tr("The lessons report was not written")),
            owner=self, label="write the lessons report")
