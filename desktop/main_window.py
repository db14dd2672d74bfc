"""The main window: a menu bar, navigation on the left, the current page in the middle, and in
the status bar the database, the result of the checks made on opening and the audit chain's
state. Geometry and splitter layout are remembered.

The window can be shown before the record is open (desktop.app): History with its first page,
the menus and the navigation at once; the pages that read the record or the playbooks, the
status bar's database and the opening checks once `record_opened` is called. Until then those
pages' places hold a note that the record is being opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop.bundles import BundleActions
from desktop.casefiles import CaseFileActions
from desktop.chain_status import ChainStatus
from desktop.context import DeskContext
from desktop.history.page import HistoryPage
from desktop.memo.keys_status import SigningKeysStatus
from desktop.menus import about_text, build_menus, show_user_guide
from desktop.record_checks import (
    ArchiveDialog,
    memo_file_text,
    rollback_warning,
    startup_status,
    startup_warning,
    verify_memo_path,
)
from desktop.widgets.verdict import tone
from playbooks.errors import UserError

if TYPE_CHECKING:
    from desktop.pages.due import DuePage
    from desktop.pages.members import MembersPage
    from desktop.pages.new_assessment import NewAssessmentPage
    from desktop.pages.playbooks import PlaybooksPage
    from desktop.pages.review import ReviewPage
    from desktop.pages.trust_roots import TrustRootsPage
    from models.profile import Profile
    from models.search_rows import SearchPage

HISTORY, NEW, MEMBERS, PLAYBOOKS, TRUST, DUE, REVIEW, ASSESSMENT = range(8)
NAV_LABELS = (QT_TRANSLATE_NOOP("MainWindow", "History"),
              QT_TRANSLATE_NOOP("MainWindow", "New assessment"),
              QT_TRANSLATE_NOOP("MainWindow", "Members"),
              QT_TRANSLATE_NOOP("MainWindow", "Playbooks"),
              QT_TRANSLATE_NOOP("MainWindow", "Trust roots"),
              QT_TRANSLATE_NOOP("MainWindow", "Conditions due"),
              QT_TRANSLATE_NOOP("MainWindow", "Review"),
              QT_TRANSLATE_NOOP("MainWindow", "Assessment"))


class MainWindow(QMainWindow):
    new_assessment: NewAssessmentPage
    members: MembersPage
    playbooks: PlaybooksPage
    trust_roots: TrustRootsPage
    due: DuePage
    review: ReviewPage

    def __init__(self, context: DeskContext, *, first_page: SearchPage | None = None,
                 record_open: bool = True, first_run_profile: bool = False) -> None:
        """`record_open=False`: context.db and context.catalog are still being opened (they
        wait when used); call `record_opened` once they are. `first_page`: History's first
        page, already read (HistoryPage). `first_run_profile`: once the record is open, ask
        for the official's profile if none is set (the app does; windows made by tests and
        screenshot tools do not, unless they ask to)."""
        super().__init__()
        self.context = context
        self._first_run_profile = first_run_profile
        self.profile_dialog: QDialog | None = None  # open while the official answers it
        self.record_is_open = False
        self._about_when_open = False  # Help > About was chosen before the record was open
        self._waiting_for_reads: list[Callable[[], None]] = []  # see _after_first_reads
        self.setWindowTitle(self.tr("Concert Desk"))
        self.setObjectName("MainWindow")
        self.assessment_page: QWidget | None = None

        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setObjectName("Navigation")
        for index, label in enumerate(NAV_LABELS):
            item = QListWidgetItem(QCoreApplication.translate("MainWindow", str(label)))
            self.nav.addItem(item)
            item.setHidden(index == ASSESSMENT)
        self.nav.setMaximumWidth(200)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setSpacing(3)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.pages = QStackedWidget()
        self.history = HistoryPage(context, first_page=first_page)
        self.history.open_assessment.connect(self.open_assessment)
        self.pages.addWidget(self.history)
        for _page in (NEW, MEMBERS, PLAYBOOKS, TRUST, DUE, REVIEW):  # made by record_opened
            waiting = QLabel(self.tr("Opening the record…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setAccessibleName(self.tr("Opening the record"))
            self.pages.addWidget(waiting)
        self.placeholder = QLabel(self.tr("No assessment open"))
        self.pages.addWidget(self.placeholder)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("MainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([160, 1120])
        self.setCentralWidget(self.splitter)

        self.database_label = QLabel(self.tr("Database: opening…"))
        self.database_label.setAccessibleName(self.tr("Database in use"))
        self.startup_label = QLabel(self.tr("Opening check: running…"))
        self.startup_label.setAccessibleName(self.tr("Checks made on opening the record"))
        self.chain_label = ChainStatus(context)
        for status in (self.startup_label, self.chain_label):
            status.setContentsMargins(12, 0, 4, 0)  # apart, so the two states read as two
        self.keys_status = SigningKeysStatus(context)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.keys_status)
        self.statusBar().addPermanentWidget(self.startup_label)
        self.statusBar().addPermanentWidget(self.chain_label)

        self.case_files = CaseFileActions(context, self)
        self.bundles = BundleActions(context, self)
        self.case_files.imported.connect(self._on_case_imported)
        self.case_files.exported.connect(
            lambda path: self.context.dialogs.info(
                self, self.tr("Case file exported"),
                self.tr("The case file was written to {path}.").format(path=path))
        )
        welcome = self.history.welcome  # the first-run guide on an empty record's History
        welcome.open_examples.connect(self.case_files.import_examples)
        welcome.new_assessment.connect(lambda: self.show_page(NEW))
        welcome.show_guide.connect(lambda: show_user_guide(self))
        self.archive_dialog: ArchiveDialog | None = None
        self.scenario_dialog: QDialog | None = None
        self.startup_report = None
        self.commands = build_menus(self)
        context.bus.signing_keys_changed.connect(self._update_lock_action)
        self._update_lock_action()
        self.resize(1280, 820)
        self.restore_layout()
        # History is on show already and has asked for (or been given) its first page: not
        # through _on_nav, whose activated() would ask again.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(HISTORY)
        self.nav.blockSignals(False)
        self.pages.setCurrentIndex(HISTORY)
        if record_open:
            self.record_opened()

    def record_opened(self) -> None:
        """context.db and context.catalog are open: make the pages that read them, name the
        database and run the checks made on opening."""
        from desktop.pages.due import DuePage
        from desktop.pages.members import MembersPage
        from desktop.pages.new_assessment import NewAssessmentPage
        from desktop.pages.playbooks import PlaybooksPage
        from desktop.pages.review import ReviewPage
        from desktop.pages.trust_roots import TrustRootsPage

        context = self.context
        self.record_is_open = True
        self.new_assessment = NewAssessmentPage(context)
        self.new_assessment.created.connect(self.open_assessment)
        self.members = MembersPage(context)
        self.playbooks = PlaybooksPage(context)
        self.playbooks.catalog_changed.connect(self.new_assessment.reload_playbooks)
        self.trust_roots = TrustRootsPage(context)
        self.due = DuePage(context)
        self.due.open_assessment.connect(self.open_assessment)
        self.review = ReviewPage(context)
        self.review.open_assessment.connect(self.open_assessment)
        for index, page in ((NEW, self.new_assessment), (MEMBERS, self.members),
                            (PLAYBOOKS, self.playbooks), (TRUST, self.trust_roots),
                            (DUE, self.due), (REVIEW, self.review)):
            self._put_page(index, page)
        self.history.record_opened()
        self.database_label.setText(
            self.tr("Database: {name}").format(name=context.db.display_name))
        self.show_login()
        self.run_startup_check()
        # The walk of the whole chain is long Python work (it holds the interpreter lock the
        # window needs): it begins once what was asked of the database meanwhile (an
        # assessment opened while the record opened) is answered and shown.
        self._after_first_reads(self.refresh_chain)
        if context.warm_memo_helper_after_ms is not None:
            # Ready (imports done, a throwaway memo rendered) before the first Issue.
            QTimer.singleShot(context.warm_memo_helper_after_ms, self, context.warm_memo_helper)
        if context.live_refresh_after_ms is not None:
            # Other officials' changes (PostgreSQL): once the first reads are done, not before.
            QTimer.singleShot(context.live_refresh_after_ms, self, context.start_live_refresh)
        if self._about_when_open:
            self.show_about()
        if self._first_run_profile:
            self._first_run_profile = False
            QTimer.singleShot(0, self, self.ask_profile_at_first_run)

    def _after_first_reads(self, then: Callable[[], None]) -> None:
        """`then()` once the database thread has nothing queued and its answers are shown
        (at once if it is idle)."""
        runner = self.context.runner
        if runner.is_idle():
            then()
            return
        self._waiting_for_reads.append(then)
        if len(self._waiting_for_reads) == 1:
            runner.idle.connect(self._first_reads_done)

    def _first_reads_done(self) -> None:
        self.context.runner.idle.disconnect(self._first_reads_done)
        waiting, self._waiting_for_reads = self._waiting_for_reads, []
        for then in waiting:
            then()

    def _put_page(self, index: int, page: QWidget) -> None:
        """`page` in the place of the note at `index` (shown at once if the note was)."""
        waiting = self.pages.widget(index)
        showing = self.pages.currentIndex() == index
        self.pages.insertWidget(index, page)
        if waiting is not None:
            self.pages.removeWidget(waiting)
            waiting.deleteLater()
        if showing:
            self._on_nav(index)

    # navigation -------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if self.nav.currentRow() == index:
            self._on_nav(index)  # the same entry, maybe a different page behind it
        else:
            self.nav.setCurrentRow(index)

    def current_page(self) -> QWidget | None:
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
            activated = getattr(page, "activated", None)  # pages that refresh when shown
            if activated is not None:
                activated()

    def open_assessment(self, assessment_id: str) -> None:
        """Open an assessment in the stepper, closing (and flushing) the one open before."""
        from desktop.assessment.page import AssessmentPage

        if self.assessment_page is not None:
            if getattr(self.assessment_page, "assessment_id", None) == assessment_id:
                self.show_page(ASSESSMENT)
                return
            self.close_assessment()
        page = AssessmentPage(self.context, assessment_id)
        page.open_assessment.connect(self.open_assessment)
        self.assessment_page = page
        self.pages.addWidget(page)
        item = self.nav.item(ASSESSMENT)
        item.setHidden(False)
        item.setToolTip(self.tr("The open assessment"))
        page.title_changed.connect(lambda title: item.setText(title))
        item.setText(self.tr("Assessment"))
        self.show_page(ASSESSMENT)

    def close_assessment(self) -> None:
        page = self.assessment_page
        if page is None:
            return
        page.flush()  # type: ignore[attr-defined]
        if self.scenario_dialog is not None:
            self.scenario_dialog.reject()  # the scenario of the assessment closing
        self.assessment_page = None
        self.pages.removeWidget(page)
        page.deleteLater()
        self.nav.item(ASSESSMENT).setHidden(True)

    def chosen_assessment(self) -> tuple[str | None, str]:
        """The assessment File > Export means: the open one when it is on screen, else the
        one selected in History, else the open one. (id, title)"""
        page = self.assessment_page
        on_screen = self.current_page()
        if page is not None and on_screen is page:
            return page.assessment_id, getattr(page.record, "title", "")  # type: ignore[attr-defined]
        record = self.history.detail.record
        if on_screen is self.history and record is not None:
            return record.id, record.title
        if page is not None:
            return page.assessment_id, getattr(page.record, "title", "")  # type: ignore[attr-defined]
        if record is not None:
            return record.id, record.title
        return None, ""

    # menu commands ----------------------------------------------------------------------------
    def import_case_file(self) -> None:
        self.case_files.import_file()

    def _on_case_imported(self, assessment_id: str) -> None:
        self.open_assessment(assessment_id)

    def export_case_file(self) -> None:
        if self.assessment_page is not None:
            self.assessment_page.flush()  # type: ignore[attr-defined]  # export what was typed
        self.case_files.export(*self.chosen_assessment())

    def import_bundle(self) -> None:
        self.bundles.import_file()

    def export_bundle(self) -> None:
        if self.assessment_page is not None:
            self.assessment_page.flush()  # type: ignore[attr-defined]  # export what was typed
        self.bundles.export(*self.chosen_assessment())

    def open_scenario(self) -> QDialog | None:
        """The what-if panel of the open assessment (brought forward when already open)."""
        from desktop.scenario import ScenarioDialog

        page = self.assessment_page
        playbook = getattr(page, "playbook", None)
        if page is None or playbook is None:
            self.context.dialogs.info(self, self.tr("What-if scenario"),
                                      self.tr("Open an assessment first: the scenario starts "
                                              "from its answers."))
            return None
        dialog = self.scenario_dialog
        if dialog is None or dialog.assessment_id != page.assessment_id:  # type: ignore[attr-defined]
            if dialog is not None:
                dialog.close()
            dialog = ScenarioDialog(self.context, page.assessment_id, playbook, self)  # type: ignore[attr-defined]
            dialog.finished.connect(lambda _result, closed=dialog: self._scenario_closed(closed))
            self.scenario_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _scenario_closed(self, dialog: QDialog) -> None:
        if self.scenario_dialog is dialog:
            self.scenario_dialog = None
        dialog.deleteLater()

    def verify_memo_file(self) -> None:
        path = self.context.dialogs.open_file(self, self.tr("Verify a memo file"),
                                              self.tr("Memos (*.pdf)"))
        if path is None:
            return
        context = self.context

        def done(badge) -> None:
            show = context.dialogs.info if badge.state == "valid" else context.dialogs.error
            show(self, self.tr("Memo verification"), memo_file_text(path, badge))

        context.runner.submit(lambda: verify_memo_path(context, path), done,
                              context.dialogs.error_shown(self, self.tr("Memo verification")),
                              owner=self, label="verify memo file")

    def verify_archive(self) -> ArchiveDialog:
        """Open the archive check (or bring the running one forward) and start it."""
        if self.archive_dialog is None:
            self.archive_dialog = ArchiveDialog(self.context, self)
            self.archive_dialog.finished_check.connect(lambda _report: self.refresh_chain())
        dialog = self.archive_dialog
        dialog.show()
        dialog.raise_()
        if not dialog.running:
            dialog.start()
        return dialog

    def ask_profile_at_first_run(self) -> None:
        """No profile name in the settings: ask for one (Cancel keeps the operating system's
        user name, and the question comes again at the next start). A profile the settings
        hold but that could not be recorded (edited by hand: two lines, a bidirectional
        control) is not used: it is asked for again, shown with what is wrong."""
        from desktop.profile import load_profile, os_user
        from models.profile import checked_profile
        from playbooks.errors import UserError

        if not self.isVisible():
            return
        profile = load_profile()
        if profile is not None:
            try:
                checked_profile(profile.name, profile.role, profile.unit, profile.identity)
                return
            except UserError:
                self.context.profile, self.context.actor = None, os_user()
        self.edit_profile(first_run=True, shown=profile)

    def edit_profile(self, *, first_run: bool = False, shown: Profile | None = None) -> bool:
        """File > Profile…: the official's name, role, unit and default signing identity.
        Saved, it is the actor of every later write from this window. True when saved."""
        from desktop.profile import ProfileDialog, save_profile

        if self.profile_dialog is not None:  # asked already (the first-run question is open)
            return False
        context = self.context
        dialog = ProfileDialog(shown or context.profile, self, first_run=first_run,
                               choose_file=context.dialogs.open_file)
        self.profile_dialog = dialog
        try:
            accepted = context.dialogs.exec_dialog(dialog)
            profile = dialog.profile() if accepted else None
        finally:
            self.profile_dialog = None
            dialog.deleteLater()
        if profile is None:
            return False
        save_profile(profile)
        context.use_profile(profile)
        if self.record_is_open:  # the name compared with the login's changed
            self.show_login()
        return True

    def manage_identities(self) -> None:
        """File > Signing identities… (desktop/identities.py). With a PKCS#11 module
        configured, its keys are listed on the background thread first (a card reader may be
        slow to answer)."""
        from desktop.memo.actions import listed_token_keys
        from reports.tokens import configured_module

        if configured_module() is None:
            self._identities_dialog(())
            return
        self.context.background.submit(listed_token_keys, self._identities_dialog,
                                       self.context.dialogs.error_shown(
                                           self, self.tr("Identities")),
                                       owner=self, label="list token keys")

    def _identities_dialog(self, token_keys: tuple) -> None:
        from desktop.identities import IdentitiesDialog

        dialog = IdentitiesDialog(self.context, self, token_keys=token_keys)
        try:
            self.context.dialogs.exec_dialog(dialog)
        finally:
            dialog.deleteLater()

    def lock_signing_keys(self) -> None:
        """Forget every signing key the memo helper holds unlocked (Record > Lock signing keys)."""
        self.keys_status.lock()

    def _update_lock_action(self) -> None:
        self.commands.lock_keys.setEnabled(bool(self.keys_status.held()))

    def show_about(self) -> None:
        if not self.record_is_open:  # it names the database: shown once that is open
            self._about_when_open = True
            return
        db = self.context.db
        self.context.dialogs.info(self, self.tr("About Concert Desk"),
                                  about_text(db.display_name, db.dialect))

    # checks on opening ------------------------------------------------------------------------
    def show_login(self) -> None:
        """The database login beside the database (PostgreSQL), and a warning where the
        profile names someone else than the login's registered official."""
        from models.logins import login_status

        db, profile = self.context.db, self.context.profile
        name = profile.name if profile is not None else None
        self.context.background.submit(lambda: login_status(db, name), self._show_login,
                                       lambda _error: None, owner=self, label="database login")

    def _show_login(self, status) -> None:
        if status.login is None:
            return
        text = self.tr("Database: {name} · {login}").format(
            name=self.context.db.display_name, login=status)
        if status.disagreement:
            text = self.tr("{database} — ⚠ not your profile's name").format(database=text)
        self.database_label.setStyleSheet(
            f"color: {tone(self, 'bad')}" if status.disagreement else "")
        self.database_label.setText(text)
        self.database_label.setToolTip(status.disagreement)

    def run_startup_check(self) -> None:
        from models.startup import check_on_open

        db = self.context.db
        # Read-only (its note of the head seen goes to a file), so it runs beside the database
        # thread: a slow integrity check on a large file never holds up the first saves.
        self.context.background.submit(lambda: check_on_open(db), self._show_startup,
                                       self._startup_failed, owner=self, label="opening checks")

    def _show_startup(self, report) -> None:
        self.startup_report = report
        text, tip = startup_status(report)
        self.startup_label.setText(text)
        self.startup_label.setToolTip(tip)
        self.startup_label.setStyleSheet("" if report.ok else f"color: {tone(self, 'bad')}")
        if report.writes_refused:
            self.startup_label.setText(self.tr("{status} — writes refused").format(status=text))
            if self.context.dialogs.ask_warning(self, self.tr("The record was rolled back"),
                                                rollback_warning(report),
                                                self.tr("Accept the record as it is now")):
                self.accept_record_head()
            return
        if not report.ok and self.context.dialogs.ask_warning(
            self, self.tr("The record needs attention"), startup_warning(report),
            self.tr("Verify the archive now")
        ):
            self.verify_archive()

    def accept_record_head(self) -> None:
        """The official looked into a rollback: accept the chain as it is now (writes allowed
        again), then check again."""
        from models.startup import acknowledge_audit_head

        db = self.context.db
        self.context.background.submit(lambda: acknowledge_audit_head(db),
                                       lambda _none: self.run_startup_check(),
                                       self.context.dialogs.error_shown(
                                           self, self.tr("Accept the record")),
                                       owner=self, label="accept the audit head")

    def _startup_failed(self, error: BaseException) -> None:
        message = str(error) if isinstance(error, UserError) else f"{type(error).__name__}: {error}"
        self.startup_label.setText(self.tr("Opening check: ⚠ could not run"))
        self.startup_label.setToolTip(message)
        self.startup_label.setStyleSheet(f"color: {tone(self, 'bad')}")
        self.context.dialogs.error(
            self, self.tr("The record could not be checked"),
            self.tr("The checks made on opening could not run: {message}\n\nYou can carry on "
                    "working; verify the whole archive (Record menu) when the database is "
                    "reachable.").format(message=message),
        )
        if not isinstance(error, UserError):
            raise error

    # status bar -------------------------------------------------------------------------------
    def refresh_chain(self) -> None:
        """Walk the whole audit chain again for the status bar (after each write, the status
        bar checks what was added by itself: desktop.chain_status)."""
        self.chain_label.refresh(full=True)

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

    def _remember_audit_head(self) -> None:
        """Note the chain this session leaves behind, so the next opening compares with it (the
        model moves the note forward only when the chain still extends the one seen before)."""
        from models.startup import remember_audit_head

        db = self.context.db
        def failed(error: BaseException) -> None:
            # Not worth stopping the close for: the next opening compares with the older note.
            logging.getLogger("concert_desk").warning("audit head not noted: %s", error)

        self.context.runner.submit(lambda: remember_audit_head(db), None, failed,
                                   label="remember audit head")

    def closeEvent(self, event: QCloseEvent) -> None:
        # Pending answers are written before the window goes: nothing typed is lost.
        if self.assessment_page is not None:
            self.assessment_page.flush()  # type: ignore[attr-defined]
        if self.archive_dialog is not None:
            self.archive_dialog.stop()
        if self.profile_dialog is not None:
            self.profile_dialog.reject()  # as Cancel: the window and its question go together
        if self.scenario_dialog is not None:
            self.scenario_dialog.reject()  # it writes nothing unless Save as note was pressed
        self.save_layout()
        self._remember_audit_head()
        self.context.shutdown()
        super().closeEvent(event)
