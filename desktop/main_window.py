"""The main window: navigation on the left, the current page in the middle, the database and
the audit chain's state in the status bar. Geometry and splitter layout are remembered."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.context import DeskContext
from desktop.history.page import HistoryPage
from desktop.pages.members import MembersPage
from desktop.pages.new_assessment import NewAssessmentPage
from desktop.pages.playbooks import PlaybooksPage

HISTORY, NEW, MEMBERS, PLAYBOOKS, ASSESSMENT = range(5)
NAV_LABELS = ("History", "New assessment", "Members", "Playbooks", "Assessment")


class MainWindow(QMainWindow):
    def __init__(self, context: DeskContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle("Concert Desk")
        self.setObjectName("MainWindow")
        self.assessment_page: QWidget | None = None

        self.nav = QListWidget()
        self.nav.setAccessibleName("Navigation")
        self.nav.setObjectName("Navigation")
        for index, label in enumerate(NAV_LABELS):
            item = QListWidgetItem(label)
            self.nav.addItem(item)
            item.setHidden(index == ASSESSMENT)
        self.nav.setMaximumWidth(200)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(3)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.pages = QStackedWidget()
        self.history = HistoryPage(context)
        self.history.open_assessment.connect(self.open_assessment)
        self.new_assessment = NewAssessmentPage(context)
        self.new_assessment.created.connect(self.open_assessment)
        self.members = MembersPage(context)
        self.playbooks = PlaybooksPage(context)
        self.playbooks.catalog_changed.connect(self.new_assessment.reload_playbooks)
        for page in (self.history, self.new_assessment, self.members, self.playbooks):
            self.pages.addWidget(page)
        self.placeholder = QLabel("No assessment open")
        self.pages.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([160, 1120])
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(f"Database: {context.db.display_name}")
        self.database_label.setAccessibleName("Database in use")
        self.chain_label = QLabel("Audit chain: checking…")
        self.chain_label.setAccessibleName("Audit chain state")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.chain_label)

        self._shortcuts()
        self.resize(1280, 820)
        self.restore_layout()
        self.nav.setCurrentRow(HISTORY)
        self.refresh_chain()

    # navigation -------------------------------------------------------------------------------
    def _shortcuts(self) -> None:
        def bind(keys: str | QKeySequence, action) -> None:
            QShortcut(QKeySequence(keys), self, action)

        bind(QKeySequence.StandardKey.New, lambda: self.show_page(NEW))
        bind(QKeySequence.StandardKey.Find, self.focus_search)
        for number, page in ((1, HISTORY), (2, NEW), (3, MEMBERS), (4, PLAYBOOKS)):
            bind(f"Ctrl+{number}", lambda page=page: self.show_page(page))

    def show_page(self, index: int) -> None:
        if self.nav.currentRow() == index:
            self._on_nav(index)  # the same entry, maybe a different page behind it
        else:
            self.nav.setCurrentRow(index)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def focus_search(self) -> None:
        self.show_page(HISTORY)
        self.history.focus_search()

    def _on_nav(self, row: int) -> None:
        if row == ASSESSMENT:
            self.pages.setCurrentWidget(self.assessment_page or self.placeholder)
        elif row >= 0:
            self.pages.setCurrentIndex(row)
            page = self.pages.currentWidget()
            if hasattr(page, "activated"):
                page.activated()

    def open_assessment(self, assessment_id: str) -> None:
        """Open an assessment in the stepper, closing (and flushing) the one open before."""
        from desktop.assessment.page import AssessmentPage

        if self.assessment_page is not None:
            if getattr(self.assessment_page, "assessment_id", None) == assessment_id:
                self.show_page(ASSESSMENT)
                return
            self.close_assessment()
        page = AssessmentPage(self.context, assessment_id)
        page.changed_record.connect(self._on_record_changed)
        page.open_assessment.connect(self.open_assessment)
        self.assessment_page = page
        self.pages.addWidget(page)
        item = self.nav.item(ASSESSMENT)
        item.setHidden(False)
        item.setToolTip("The open assessment")
        page.title_changed.connect(lambda title: item.setText(title))
        item.setText("Assessment")
        self.show_page(ASSESSMENT)

    def close_assessment(self) -> None:
        page = self.assessment_page
        if page is None:
            return
        page.flush()  # type: ignore[attr-defined]
        self.assessment_page = None
        self.pages.removeWidget(page)
        page.deleteLater()
        self.nav.item(ASSESSMENT).setHidden(True)

    def _on_record_changed(self) -> None:
        self.history.refresh()
        self.refresh_chain()

    # status bar -------------------------------------------------------------------------------
    def refresh_chain(self) -> None:
        from models.audit import verify_chain

        db = self.context.db
        self.context.runner.submit(
            lambda: verify_chain(db), self._show_chain, self._chain_failed, owner=self,
            label="verify audit chain",
        )

    def _show_chain(self, report) -> None:
        if report.ok:
            self.chain_label.setText(f"Audit chain: intact ({report.entries} entries)")
        else:
            self.chain_label.setText(
                f"Audit chain: BROKEN at entry {report.first_bad_seq}: {report.problem}"
            )
        self.chain_label.setToolTip(self.chain_label.text())

    def _chain_failed(self, error: BaseException) -> None:
        self.chain_label.setText(f"Audit chain: could not be checked ({error})")

    # layout persistence -----------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        for page in (self.history, self.assessment_page):
            if page is not None and hasattr(page, "save_layout"):
                page.save_layout(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Pending answers are written before the window goes: nothing typed is lost.
        if self.assessment_page is not None:
            self.assessment_page.flush()  # type: ignore[attr-defined]
        self.save_layout()
        self.context.shutdown()
        super().closeEvent(event)
