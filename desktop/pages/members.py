"""The member registry: who is in the Concert, with standing, population and the review each
standing rests on, under the registry's version and hash. Import and export as YAML
(models.members reads and writes the files); a member's history; a decided membership review
applied to the registry (models.membership_reviews), each as an audited registry revision."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.locale_format import number, percent, population
from desktop.widgets.common import heading, muted
from desktop.widgets.vocabulary import standing_words
from models.changes import Part, RecordChange
from models.files import write_atomically

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The English names (tests and the code look columns up by them); shown translated.
COLUMNS = cast(tuple[str, ...], (
    QT_TRANSLATE_NOOP("MembersPage", "Member"), QT_TRANSLATE_NOOP("MembersPage", "ISO"),
    QT_TRANSLATE_NOOP("MembersPage", "Population"), QT_TRANSLATE_NOOP("MembersPage", "Year"),
    QT_TRANSLATE_NOOP("MembersPage", "Standing"), QT_TRANSLATE_NOOP("MembersPage", "Index"),
    QT_TRANSLATE_NOOP("MembersPage", "Weight"), QT_TRANSLATE_NOOP("MembersPage", "Voting power %"),
    QT_TRANSLATE_NOOP("MembersPage", "Reviewed"), QT_TRANSLATE_NOOP("MembersPage", "Review"),
    QT_TRANSLATE_NOOP("MembersPage", "Note")))
NOTE_COLUMN = COLUMNS.index("Note")
YEAR_COLUMN = COLUMNS.index("Year")


class _NumberItem(QTableWidgetItem):
    """A number shown as an official writes it ("334,915,000", not 334915000) that still sorts
    by its value, not by its text."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.value = value
        self.setTextAlignment(RIGHT)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _NumberItem):
            return self.value < other.value
        return super().__lt__(other)


def _number_text(column: int, value: float) -> str:
    if column == YEAR_COLUMN:
        return str(value)  # a year is never grouped ("2,023")
    if isinstance(value, float):
        return number(value, 1)  # weights (√population) and voting-power shares: one decimal
    return number(value)


class MembersPage(QWidget):
    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Member registry"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("MembersPage", column) for column in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # A to Z by name until a click
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.version = muted("")
        self.version.setAccessibleName(self.tr("Registry version"))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = muted("")
        self.summary.setAccessibleName(self.tr("Registry summary"))
        self.import_button = QPushButton(self.tr("&Import YAML…"))
        self.import_button.setAccessibleName(self.tr("Import a member registry file"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("&Export YAML…"))
        self.export_button.setAccessibleName(
            self.tr("Export the member registry to a file"))
        self.export_button.clicked.connect(self.export_file)
        self.history_button = QPushButton(self.tr("Member hist&ory…"))
        self.history_button.setAccessibleName(
            self.tr("Show the selected member's entry and history"))
        self.history_button.clicked.connect(self.show_history)
        self.review_button = QPushButton(self.tr("&Apply a decided review…"))
        self.review_button.setAccessibleName(
            self.tr("Apply a decided membership review to the registry")
        )
        self.review_button.clicked.connect(self.apply_review)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Members")))
        layout.addWidget(muted(self.tr(
            "Only members in full standing count in the double-majority tally. Standings follow "
            "the registry rule (Freedom in the World 2024: Free, and Free in each of the last "
            "ten editions; see docs/method.md) until a decided membership review is applied. "
            "Every change is an audited registry revision; members are never deleted. "
            "* marks a borderline entry. Weight and voting power (normalised Banzhaf index) "
            "follow the Concert rule: weight √population, the Jagiellonian quota, 55% of "
            "members, a blocking minority of at least four (docs/method.md, Authority)."
        )))
        layout.addWidget(self.version)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.loaded_once = False
        context.record_changed.connect(self._on_record_changed)

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.REGISTRY) and self.loaded_once:
            self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        from models.members import registry_entries
        from models.registry_revisions import current_revision
        from playbooks.voting_power import concert_voting_power

        db = self.context.db

        def work():
            members = registry_entries(db)
            return members, current_revision(db), concert_voting_power(members)

        self.context.runner.submit(work, self._show, owner=self, label="list members")

    def _show(self, loaded) -> None:
        members, revision, power = loaded
        self.loaded_once = True
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            weight, index = power.get(member.iso, (None, None))
            share = None if index is None else round(index * 100, 1)
            cells = (member.name, member.iso, member.population, member.population_year,
                     standing_words(member.standing) + (" *" if member.borderline else ""),
                     _index(member),
                     weight, share, member.reviewed_on, member.review_reference, member.note)
            for column, value in enumerate(cells):
                if isinstance(value, (int, float)):
                    item: QTableWidgetItem = _NumberItem(value, _number_text(column, value))
                else:
                    item = QTableWidgetItem(value or "")
                if column == NOTE_COLUMN and value:
                    item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        full = sum(1 for m in members if m.standing == "full")
        people = sum(m.population for m in members if m.standing == "full")
        largest = max((index for _, index in power.values()), default=None)
        summary = self.tr("%n members, {full} in full standing ({people} people)", "",
                          len(members)).format(full=full, people=population(people))
        if largest is not None:
            summary = self.tr("{summary}; the largest voting power {share}").format(
                summary=summary, share=percent(largest, 1))
        self.summary.setText(summary)
        self.version.setText(
            self.tr("Member registry: no revision recorded yet") if revision is None
            else self.tr("Member registry {label}, SHA-256 {hash}").format(
                label=revision.label, hash=revision.content_hash))

    def selected_code(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, COLUMNS.index("ISO")) if row >= 0 else None
        return item.text() if item is not None else None

    def show_history(self) -> None:
        from models.members import registry_entries
        from models.registry_revisions import member_history
        from reports.registry_text import member_detail

        code = self.selected_code()
        if code is None:
            self.context.dialogs.info(self, self.tr("Member history"),
                                      self.tr("Select a member first."))
            return
        db = self.context.db

        def work() -> str:
            entry = next(e for e in registry_entries(db) if e.iso == code)
            return member_detail(entry, member_history(db, code))

        self.context.runner.submit(
            work, lambda text: self.context.dialogs.info(
                self, self.tr("Member history: {code}").format(code=code), text),
            self.context.dialogs.error_shown(self, self.tr("Member history")), owner=self,
            label="member history")

    def apply_review(self) -> None:
        """Pick one of the decided membership reviews not yet applied; the state is the selected
        member, or the one the review's title names."""
        from models.membership_reviews import applicable_reviews

        db = self.context.db
        self.context.runner.submit(lambda: applicable_reviews(db), self._choose_review,
                                   self.context.dialogs.error_shown(
                                       self, self.tr("Membership review")),
                                   owner=self, label="decided reviews")

    def _choose_review(self, reviews) -> None:
        from models.membership_reviews import DECISION_WORDS, apply_review
        from reports.registry_text import review_applied_text

        if not reviews:
            self.context.dialogs.info(
                self, self.tr("Apply a decided review"),
                self.tr("No decided membership review is waiting to be applied (a deferred "
                        "review changes no standing; each review is applied once)."))
            return
        code = self.selected_code()
        choice = self.context.dialogs.choose(
            self, self.tr("Apply a decided review"),
            self.tr("The reviewed state's standing follows the decision (state: {code}, the "
                    "selected member):").format(code=code) if code else
            self.tr("The reviewed state's standing follows the decision (state: the member the "
                    "review's title names):"),
            [f"{title} — {DECISION_WORDS[decision]} ({assessment_id[:8]})"
             for assessment_id, title, decision in reviews])
        if choice is None:
            return
        assessment_id = reviews[choice][0]
        db, actor = self.context.db, self.context.actor

        def done(result) -> None:
            self.context.dialogs.info(self, self.tr("Membership review applied"),
                                      review_applied_text(*result))

        self.context.write(lambda: apply_review(db, assessment_id, actor=actor, iso=code),
                           RecordChange.of(Part.REGISTRY), done,
                           self.context.dialogs.error_shown(self, self.tr("Membership review")),
                           owner=self, label="apply review")

    def import_file(self) -> None:
        from models.registry_import import import_registry

        path = self.context.dialogs.open_file(self, self.tr("Import member registry"),
                                              self.tr("YAML (*.yaml *.yml)"))
        if path is None:
            return
        db, actor = self.context.db, self.context.actor

        def done(summary) -> None:
            text = summary.one_line() if hasattr(summary, "one_line") else self.tr("Imported.")
            self.context.dialogs.info(self, self.tr("Member registry imported"), text)

        self.context.write(lambda: import_registry(db, path, actor=actor),
                           RecordChange.of(Part.REGISTRY), done,
                           self.context.dialogs.error_shown(self, self.tr("Member registry")),
                           owner=self, label="import members")

    def export_file(self) -> None:
        from models.members import export_registry

        path = self.context.dialogs.save_file(
            self, self.tr("Export member registry"), "members.yaml",
            self.tr("YAML (*.yaml *.yml)")
        )
        if path is None:
            return
        db = self.context.db

        def work() -> None:
            write_atomically(path, export_registry(db).encode("utf-8"), overwrite=True,
                             protected=db.files)  # the file dialog asked before replacing

        self.context.runner.submit(work, lambda _r: self.summary.setText(
                                       self.tr("Exported to {path}").format(path=path)),
                                   self.context.dialogs.error_shown(
                                       self, self.tr("Member registry")),
                                   owner=self, label="export members")


def _index(member) -> str:
    """The index figures a standing rests on, short: e.g. "Free 97 · 10 ed."."""
    if not member.index_status:
        return ""
    text = member.index_status.replace("_", " ").capitalize()
    if member.index_score is not None:
        text += f" {member.index_score}"
    if member.free_editions is not None:
        text = QCoreApplication.translate("MembersPage", "{index} · {editions} ed.").format(
            index=text, editions=member.free_editions)
    return text
