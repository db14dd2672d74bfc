"""The playbooks: every version with its criteria, weights, scores and sources (including the
versions only the record keeps), problems with playbook files, and adding a playbook file (its
errors shown with their line)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.pages.new_assessment import playbook_html
from desktop.widgets.common import heading, muted
from playbooks.errors import InputError, UserError
from playbooks.model import Playbook

ORIGIN_NOTES = {
    "built-in": "Built-in playbook.",
    "user": "From the user playbook folder.",
    "record": "Kept in the record only: no installed file has these bytes. Assessments made "
    "with it still read and re-evaluate from this copy.",
}


class PlaybooksPage(QWidget):
    catalog_changed = Signal()

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget()
        self.list.setAccessibleName("Playbooks and their versions")
        self.list.currentItemChanged.connect(self._on_current)
        self.details = QTextBrowser()
        self.details.setAccessibleName("Playbook details")
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName("Problems with playbook files")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton("&Add playbook file…")
        self.add_button.setAccessibleName("Add a playbook file")
        self.add_button.clicked.connect(self.add_file)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        buttons = QHBoxLayout()
        buttons.addWidget(muted(f"Added playbooks are kept in {context.user_playbooks}"), 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Playbooks"))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        catalog = self.context.catalog
        self.list.clear()
        entries = [(p.id, p.version, p.title, p.content_hash, p.file) for p in catalog.all()]
        for kept in catalog.kept_only():
            playbook = catalog.by_hash(kept.sha256)
            title = playbook.title if playbook is not None else kept.playbook_id
            entries.append((kept.playbook_id, kept.version, title, kept.sha256, "the record"))
        entries.sort(key=lambda entry: entry[0])  # stable: newest version first within an id
        for playbook_id, version, title, content_hash, file in entries:
            item = QListWidgetItem(f"{title}\n    {playbook_id} · version {version}"
                                   + ("  (kept in the record)" if file == "the record" else ""))
            item.setData(Qt.ItemDataRole.UserRole, (playbook_id, version))
            item.setToolTip(f"{file}\nSHA-256 {content_hash}")
            self.list.addItem(item)
            if keep == (playbook_id, version):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        problems = []
        if catalog.errors:
            problems.append("Playbook files that were not loaded:\n"
                            + "\n".join(str(e) for e in catalog.errors))
        if catalog.warnings:
            problems.append("\n".join(catalog.warnings))
        self.problems.setText("\n\n".join(problems))
        self.problems.setVisible(bool(problems))

    def _on_current(self, item, _previous=None) -> None:
        if item is None:
            self.details.clear()
            return
        playbook_id, version = item.data(Qt.ItemDataRole.UserRole)
        catalog = self.context.catalog
        playbook = catalog.get(playbook_id, version)
        self.details.setHtml(
            playbook_html(playbook)
            + scores_html(playbook)
            + f"<p><small>{escape(ORIGIN_NOTES[catalog.origin(playbook)])}<br>"
            f"File: {escape(playbook.file)}<br>SHA-256: {playbook.content_hash}</small></p>"
        )

    def add_file(self) -> None:
        from models.user_playbooks import checked_playbook_file

        path = self.context.dialogs.open_file(self, "Add a playbook", "Playbooks (*.yaml *.yml)")
        if path is None:
            return
        catalog = self.context.catalog

        def work() -> Playbook:
            # InputError names file, line and field; a changed file under a version already
            # installed or kept in the record is refused, naming both. A broken file is read
            # again by the linter, so the author sees every problem at once, not one per try.
            try:
                return checked_playbook_file(path, catalog)
            except InputError as error:
                every = _every_problem(path, error)
                if every is error:
                    raise
                raise every from error

        self.context.background.submit(work, self._add_loaded, self._add_failed, owner=self,
                                       label="check playbook")

    def _add_loaded(self, playbook: Playbook) -> None:
        from models.user_playbooks import install_playbook

        try:
            installed = install_playbook(playbook, self.context.catalog,
                                         self.context.user_playbooks)
        except UserError as error:
            self._add_failed(error)
            return
        self.reload()
        self.catalog_changed.emit()
        if installed.already:
            text = f"{playbook.title} (version {playbook.version}) is already installed."
        else:
            text = f"{playbook.title} (version {playbook.version}) is now available."
        if installed.warning:
            text += f"\n\n{installed.warning}"
        self.context.dialogs.info(self, "Playbook added", text)

    def _add_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        where = ""
        if isinstance(error, FileProblems):
            text = "\n\n".join(str(problem) for problem in error.shown)
            if error.more:
                text += f"\n\n… and {error.more} more (playbooks check lists them all)."
            first = error.problems[0]
            if first.line is not None:
                where = f"\n\nSee line {first.line} of {Path(first.file).name} first."
            heading = f"{len(error.problems)} problems in {Path(first.file).name}:\n\n"
            self.context.dialogs.error(self, "The playbook was not added",
                                       f"{heading}{text}{where}")
            return
        if isinstance(error, InputError) and error.line is not None:
            where = f"\n\nSee line {error.line} of {Path(error.file).name}."
        self.context.dialogs.error(self, "The playbook was not added", f"{error}{where}")


class FileProblems(UserError):
    """Several problems in one playbook file, in line order (the linter's list)."""

    SHOWN = 8  # a dialog's worth; the command line lists the rest

    def __init__(self, problems: list[InputError]) -> None:
        super().__init__(str(problems[0]))
        self.problems = problems
        self.shown = problems[: self.SHOWN]
        self.more = max(0, len(problems) - self.SHOWN)


def _every_problem(path: Path, first: InputError) -> UserError:
    """The linter's list of problems when the file has more than one, else the first error."""
    from playbooks.lint import lint_playbook_file

    report = lint_playbook_file(path)
    if len(report.errors) > 1:
        return FileProblems(report.errors)
    return first


def scores_html(playbook: Playbook) -> str:
    """Each criterion's and question's weight with its share of the score, and what every
    answer scores (the numbers evaluation uses: playbooks.explain)."""
    from playbooks.explain import criterion_shares, question_shares, scoring_rule

    criteria, questions = criterion_shares(playbook), question_shares(playbook)
    parts = ["<h3>Weights and scores</h3><p><small>Shares are the weights normalised, with every "
             "question answered.</small></p>"]
    for criterion in playbook.criteria:
        gate = "gate, " if criterion.gate else ""
        parts.append(
            f"<p><b>{escape(criterion.title)}</b> — {gate}weight {criterion.weight:g} "
            f"({criteria[criterion.id]:.0%} of the overall score), passes at "
            f"{criterion.pass_threshold:.2f}</p><ul>"
        )
        for question in criterion.questions:
            share = questions[question.id]
            counted = (f"{share.of_criterion:.0%} of the criterion, {share.overall:.0%} overall"
                       if share.of_criterion > 0 else "not counted")
            parts.append(
                f"<li>{escape(question.prompt)} <small>({escape(question.id)}, "
                f"{question.kind.value}; weight {share.weight:g}: {counted})<br>"
                f"scores: {escape(scoring_rule(question))}</small></li>"
            )
        parts.append("</ul>")
    return "".join(parts)
