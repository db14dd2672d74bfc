"""History: every assessment, newest first, with search as you type, filters and sorting, and
the selected record's details beside the table.

History follows the change bus: a change to assessments (created, answered, decided, revised,
dissent, memos) reads the list again at once when History is on screen, and when it is next
shown otherwise; the record in the detail view is read again when the change touches it. The
selected row stays selected across a refresh when it is still among the first page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.history.columns import ColumnFitter
from desktop.history.detail import DetailView
from desktop.history.model import HistoryModel, HistoryQuery
from desktop.history.queue import QueuePanel
from desktop.history.welcome import Welcome
from desktop.locale_format import number, show_dates_as_written
from desktop.widgets.common import heading, muted
from desktop.widgets.vocabulary import decision_words, status_words, verdict_words
from models.changes import Part, RecordChange
from playbooks.model import Verdict

if TYPE_CHECKING:
    from models.search_rows import SearchPage

SEARCH_PAUSE_MS = 250
NO_RECORDS = QT_TRANSLATE_NOOP("HistoryPage",
                               "No assessments yet: start one with New assessment (Ctrl+N).")
NO_MATCHES = QT_TRANSLATE_NOOP("HistoryPage",
                               "No assessment matches this search and these filters.")
STATUSES = ("draft", "decided", "superseded")
DECISION_VALUES = ("approve", "approve_with_conditions", "reject", "defer")
# What History lists or searches: a change to any of these reads the list again.
LISTED_PARTS = (Part.ASSESSMENTS, Part.ANSWERS, Part.DECISION, Part.DISSENT, Part.MEMOS,
                Part.REVISIONS, Part.OUTCOMES)  # outcomes: searchable, and the outcome filter
DETAIL_ONLY_PARTS = (Part.NOTES, Part.CONDITIONS, Part.ROUTING)
# What moves a draft into or out of a queue ("For me").
QUEUE_PARTS = (Part.ROUTING, Part.DECISION, Part.REVISIONS, Part.ASSESSMENTS)


def _filter_combo(name: str, values: list[tuple[str, str]], any_value: str = "") -> QComboBox:
    """`name` and `any_value` (the first entry, "Any status") as the window shows them."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(any_value or f"Any {name.lower()}", None)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    for value, label in values:
        combo.addItem(label, value)
    return combo


class HistoryPage(QWidget):
    open_assessment = Signal(str)
    searched = Signal()  # a search was started (the debounce timer fired)

    def __init__(self, context: DeskContext, parent=None, *,
                 first_page: SearchPage | None = None) -> None:
        """`first_page`: the default query's first page, read before the record was open
        (HistoryModel.show_first_page); without it the page is fetched. The playbook filter
        is filled by `record_opened` (the playbooks are read with the record)."""
        super().__init__(parent)
        self.context = context
        self.model = HistoryModel(context, self)
        self.model.total_changed.connect(self._show_total)
        self.model.counting.connect(self._show_counting)
        self.model.failed.connect(self._search_failed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search titles, answers, rationale, evidence… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the record"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self.search_timer.timeout.connect(self.apply_query)
        self.search.textEdited.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_query)
        self.search.installEventFilter(self)  # Down goes on to the results

        self.playbook = _filter_combo(self.tr("Playbook"), [], self.tr("Any playbook"))
        self.status = _filter_combo(self.tr("Status"), [(s, status_words(s)) for s in STATUSES],
                                    self.tr("Any status"))
        self.verdict = _filter_combo(self.tr("Verdict"),
                                     [(v.value, verdict_words(v.value)) for v in Verdict],
                                     self.tr("Any verdict"))
        self.decision = _filter_combo(
            self.tr("Decision"), [(d, decision_words(d)) for d in DECISION_VALUES],
            self.tr("Any decision")
        )
        self.use_from, self.date_from = self._date_filter(self.tr("From"))
        self.use_to, self.date_to = self._date_filter(self.tr("To"))
        for combo in (self.playbook, self.status, self.verdict, self.decision):
            combo.currentIndexChanged.connect(self.apply_query)
        self.outcome = self._outcome_filter()

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate((self.playbook, self.status, self.verdict,
                                        self.decision)):
            filters.addWidget(widget, index // 2, index % 2)
        dates = QHBoxLayout()
        for date_widget in (self.use_from, self.date_from, self.use_to, self.date_to):
            dates.addWidget(date_widget)
        dates.addStretch(1)
        filters.addLayout(dates, 2, 0, 1, 2)
        # Beside the queue, not in the dates' row: that row would ask the whole page to be wider
        # than a narrow window gives it (the list beside it then shrinks).
        filters.addWidget(self.outcome, 3, 0)
        # "For me": the drafts waiting for the official's role, listed instead of the results.
        self.queue = QueuePanel(context, self)
        filters.addWidget(self.queue.combo, 3, 1)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The indicator first: enabling sorting sorts by it, and any other column would start
        # a query (and load models.search) before the first page is even shown.
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._fix_sort_indicator)
        self.columns = ColumnFitter(self.table)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.count = muted("")
        self.count.setAccessibleName(self.tr("Number of matching assessments"))

        self.detail = DetailView(context)
        self.detail.open_assessment.connect(self.open_assessment)
        self._reselect: str | None = None  # the row to select again once the list is read
        self.model.page_loaded.connect(self._select_again)
        context.record_changed.connect(self._on_record_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        self.welcome = Welcome()  # shown instead of the table while the record is empty
        self.welcome.hide()
        left_layout.addWidget(self.welcome, 1)
        left_layout.addWidget(self.queue.list, 1)
        self.queue.chosen.connect(self.detail.show_assessment)
        self.queue.opened.connect(self.open_assessment)
        self.queue.toggled.connect(self._on_queue_toggled)
        self.queue.counted.connect(self.count.setText)
        left_layout.addWidget(self.count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("HistorySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("History")))
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.search, self.playbook)
        self.setTabOrder(self.decision, self.queue.combo)
        self.setTabOrder(self.queue.combo, self.table)
        self.setTabOrder(self.table, self.detail)
        state = QSettings().value("history/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        if first_page is not None:
            self.model.show_first_page(first_page)
        else:
            self.model.refresh()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down):
            self.apply_query()  # what was typed is what the results show
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.currentIndex().isValid() and self.model.rowCount() > 0:
                self._select_row(0)
            return True
        return super().eventFilter(watched, event)

    def record_opened(self) -> None:
        """The catalog is there: offer its playbooks in the filter."""
        chosen = self.playbook.currentData()
        self.playbook.blockSignals(True)  # the query does not change
        while self.playbook.count() > 1:
            self.playbook.removeItem(1)
        # One entry per playbook, under its newest version's title (versions may retitle it:
        # sanctions 2.0 is "restrictive measures"); the filter matches every version.
        catalog = self.context.catalog
        titles = {p.id: p.title for p in catalog.all()}
        titles.update({p.id: p.title for p in catalog.latest()})
        for playbook_id, title in sorted(titles.items(), key=lambda item: item[1].casefold()):
            self.playbook.addItem(title, playbook_id)
        self.playbook.setCurrentIndex(max(0, self.playbook.findData(chosen)))
        self.playbook.blockSignals(False)
        self.queue.load_roles()

    def _outcome_filter(self) -> QComboBox:
        """Resolved, overdue or missed calls (issue 16; models.outcome_filters says which)."""
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Outcome"))
        combo.addItem(self.tr("Any outcome"), None)
        combo.addItem(self.tr("Resolved"), "resolved")
        combo.setItemData(1, self.tr("An outcome or a retrospective is recorded"),
                          Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Overdue"), "overdue")
        combo.setItemData(
            2, self.tr("The resolution date has passed and no outcome is recorded"),
            Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Missed"), "missed")
        combo.setItemData(
            3, self.tr("A call of 80 % or more that did not occur, or of 20 % or less that did"),
            Qt.ItemDataRole.ToolTipRole)
        combo.currentIndexChanged.connect(self.apply_query)
        return combo

    def _date_filter(self, label: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(label)
        check.setAccessibleName(self.tr("Filter by date: {bound}").format(bound=label.lower()))
        edit = QDateEdit(QDate.currentDate())
        edit.setCalendarPopup(True)
        show_dates_as_written(edit)
        edit.setAccessibleName(self.tr("Date {bound}").format(bound=label.lower()))
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(self.apply_query)
        edit.dateChanged.connect(lambda _date: self._date_changed(check))
        return check, edit

    def _date_changed(self, check: QCheckBox) -> None:
        if check.isChecked():
            self.apply_query()

    def _search_failed(self, message: str) -> None:
        self.count.setText(self.tr("Search failed: {message}").format(message=message))

    @staticmethod
    def _chosen_date(check: QCheckBox, edit: QDateEdit) -> date | None:
        chosen = edit.date().toPython()
        return chosen if check.isChecked() and isinstance(chosen, date) else None

    def current_query(self) -> HistoryQuery:
        return replace(
            self.model.query,
            text=self.search.text().strip(),
            playbook_id=self.playbook.currentData(),
            status=self.status.currentData(),
            verdict=self.verdict.currentData(),
            decision=self.decision.currentData(),
            date_from=self._chosen_date(self.use_from, self.date_from),
            date_to=self._chosen_date(self.use_to, self.date_to),
            outcome=self.outcome.currentData(),
        )

    def apply_query(self, *_args) -> None:
        self.search_timer.stop()
        query = self.current_query()
        if query != self.model.query:
            self.model.set_query(query)
        self.searched.emit()

    def refresh(self) -> None:
        self._refresh_list()
        self.detail.reload()

    def activated(self) -> None:
        self._refresh_list()
        self.queue.refresh()

    def _on_queue_toggled(self, shown: bool) -> None:
        """A queue replaces the search results while it is chosen."""
        self.table.setVisible(not shown)
        self.welcome.setVisible(False)
        if not shown:
            self.model.refresh()  # the count line and the welcome say the results' again

    def _refresh_list(self) -> None:
        current = self.table.currentIndex()
        self._reselect = self.model.assessment_id(current.row()) if current.isValid() else None
        self.model.refresh()

    def _select_again(self) -> None:
        wanted, self._reselect = self._reselect, None
        if wanted is None or self.table.currentIndex().isValid():
            return
        for row in range(self.model.rowCount()):
            if self.model.assessment_id(row) == wanted:
                self._select_row(row)
                return

    def _on_record_changed(self, change: RecordChange) -> None:
        # The detail shows a case's notes and condition reviews too, which the list does not.
        if not change.has(*LISTED_PARTS, *DETAIL_ONLY_PARTS):
            return
        if change.has(*LISTED_PARTS) and self.isVisible():  # else `activated` reads the list
            self._refresh_list()
        if change.has(*QUEUE_PARTS) and self.queue.active():
            self.queue.refresh()
        record = self.detail.record
        if record is not None and change.touches(record.id):
            self.detail.reload()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_total(self, total: int) -> None:
        if self.queue.active():  # the queue's own count is shown
            return
        everything = replace(self.model.query, order=HistoryQuery().order) == HistoryQuery()
        empty_record = total == 0 and everything
        self.welcome.setVisible(empty_record)
        self.table.setVisible(not empty_record)
        if total == 0:
            # An empty table says nothing on its own: say why, and what to do next.
            self.count.setText(QCoreApplication.translate(
                "HistoryPage", str(NO_RECORDS if everything else NO_MATCHES)))
            return
        if not self.model.total_exact:  # the count stopped at its limit
            self.count.setText(self.tr("{count}+ assessments").format(count=number(total)))
        elif total == 1:
            self.count.setText(self.tr("%Ln assessment", "", total))
        else:
            self.count.setText(self.tr("%Ln assessments", "", total))

    def _show_counting(self) -> None:
        """The first page is shown and its count is on its way (HistoryModel: the page does
        not wait for the count)."""
        if self.queue.active():
            return
        self.welcome.setVisible(False)  # a full page: the record is not empty
        self.table.setVisible(True)
        self.count.setText(self.tr("Counting…"))

    def _select_row(self, row: int) -> None:
        # Not QTableView.selectRow: right to left (Hebrew) it looks for the current column at
        # the viewport's right edge, finds none there, and leaves no current row (so no detail).
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _on_current(self, current, _previous) -> None:
        if current.isValid():
            self.detail.show_assessment(self.model.assessment_id(current.row()))

    def _open_row(self, row: int) -> None:
        self.open_assessment.emit(self.model.assessment_id(row))

    def _fix_sort_indicator(self, column: int, _order) -> None:
        """Show the indicator on the order actually used (only title and date sort)."""
        header = self.table.horizontalHeader()
        order = self.model.query.order
        wanted = (0, Qt.SortOrder.AscendingOrder) if order == "title" else (
            5, Qt.SortOrder.AscendingOrder if order == "oldest" else Qt.SortOrder.DescendingOrder
        )
        if (column, _order) != wanted:
            header.blockSignals(True)
            header.setSortIndicator(*wanted)
            header.blockSignals(False)

    def save_layout(self, settings: QSettings) -> None:
        settings.setValue("history/splitter", self.splitter.saveState())



