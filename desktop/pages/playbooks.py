"""The playbooks: every version with its criteria, weights, scores and sources (including the
versions only the record keeps), problems with playbook files, and adding a playbook file (its
errors shown with their line)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
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
from desktop.locale_format import number, percent
from desktop.pages.new_assessment import playbook_html
from desktop.phrases import say
from desktop.playbook_language import playbook_language
from desktop.widgets.common import heading, muted
from playbooks.errors import InputError, UserError
from playbooks.model import Playbook

ORIGIN_NOTES = cast(dict[str, str], {
    "built-in": QT_TRANSLATE_NOOP("PlaybooksPage", "Built-in playbook."),
    "user": QT_TRANSLATE_NOOP("PlaybooksPage", "From the user playbook folder."),
    "record": QT_TRANSLATE_NOOP("PlaybooksPage", "Kept in the record only: no installed file has "
                                "these bytes. Assessments made with it still read and re-evaluate "
                                "from this copy."),
})
KEPT_IN_RECORD = "the record"  # where a version only the record keeps comes from


class PlaybooksPage(QWidget):
    catalog_changed = Signal()

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Playbooks and their versions"))
        self.list.currentItemChanged.connect(self._on_current)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Playbook details"))
        self.problems = QLabel("")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(self.tr("Problems with playbook files"))
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("&Add playbook file…"))
        self.add_button.setAccessibleName(self.tr("Add a playbook file"))
        self.add_button.clicked.connect(self.add_file)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        buttons = QHBoxLayout()
        buttons.addWidget(muted(self.tr("Added playbooks are kept in {folder}").format(
            folder=context.user_playbooks)), 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Playbooks")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        # Filled when shown (`activated`), which every way to this page does: not here. The
        # page is made on the UI thread as the record opens, and describing the first playbook
        # loads Babel's locale data for its percentages (bench: ~0.15 s idle, while a step
        # opened meanwhile waited).

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
            entries.append((kept.playbook_id, kept.version, title, kept.sha256, KEPT_IN_RECORD))
        entries.sort(key=lambda entry: entry[0])  # stable: newest version first within an id
        for playbook_id, version, title, content_hash, file in entries:
            kept_only = file == KEPT_IN_RECORD
            label = (self.tr("{title}\n    {id} · version {version}  (kept in the record)")
                     if kept_only else self.tr("{title}\n    {id} · version {version}"))
            item = QListWidgetItem(label.format(title=title, id=playbook_id, version=version))
            item.setData(Qt.ItemDataRole.UserRole, (playbook_id, version))
            where = self.tr("the record") if kept_only else file
            item.setToolTip(f"{where}\nSHA-256 {content_hash}")
            self.list.addItem(item)
            if keep == (playbook_id, version):
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        problems = []
        if catalog.errors:
            problems.append(self.tr("Playbook files that were not loaded:\n{errors}").format(
                errors="\n".join(str(e) for e in catalog.errors)))
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
        shown = playbook.in_language(playbook_language())  # its texts only; rules unchanged
        self.details.setHtml(
            playbook_html(shown)
            + scores_html(shown)
            + "<p><small>" + self.tr("{origin}<br>File: {file}<br>SHA-256: {hash}").format(
                origin=escape(QCoreApplication.translate(
                    "PlaybooksPage", ORIGIN_NOTES[catalog.origin(playbook)])),
                file=escape(playbook.file), hash=playbook.content_hash) + "</small></p>"
        )

    def add_file(self) -> None:
        from models.user_playbooks import checked_playbook_file

        path = self.context.dialogs.open_file(self, self.tr("Add a playbook"),
                                              self.tr("Playbooks (*.yaml *.yml)"))
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
            text = self.tr("{title} (version {version}) is already installed.")
        else:
            text = self.tr("{title} (version {version}) is now available.")
        text = text.format(title=playbook.title, version=playbook.version)
        if installed.warning:
            text += f"\n\n{installed.warning}"
        self.context.dialogs.info(self, self.tr("Playbook added"), text)

    def _add_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        where = ""
        if isinstance(error, FileProblems):
            text = "\n\n".join(str(problem) for problem in error.shown)
            if error.more:
                text += "\n\n" + self.tr(
                    "… and %n more (playbooks check lists them all).", "", error.more)
            first = error.problems[0]
            if first.line is not None:
                where = "\n\n" + self.tr("See line {line} of {file} first.").format(
                    line=first.line, file=Path(first.file).name)
            heading = self.tr("%n problems in {file}:", "", len(error.problems)).format(
                file=Path(first.file).name)
            self.context.dialogs.error(self, self.tr("The playbook was not added"),
                                       f"{heading}\n\n{text}{where}")
            return
        if isinstance(error, InputError) and error.line is not None:
            where = "\n\n" + self.tr("See line {line} of {file}.").format(
                line=error.line, file=Path(error.file).name)
        self.context.dialogs.error(self, self.tr("The playbook was not added"), f"{error}{where}")


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
    return ScoresDescription().html(playbook)


class ScoresDescription(QObject):
    """Writes scores_html; a QObject so that its words are translated under one context."""

    def html(self, playbook: Playbook) -> str:
        from playbooks.explain import criterion_shares, question_shares, scoring_rule

        criteria, questions = criterion_shares(playbook), question_shares(playbook)
        parts = ["<h3>" + self.tr("Weights and scores") + "</h3><p><small>"
                 + self.tr("Shares are the weights normalised, with every question answered.")
                 + "</small></p>"]
        for criterion in playbook.criteria:
            words = (self.tr("gate, weight {weight} ({share} of the overall score), passes at "
                             "{threshold}") if criterion.gate else
                     self.tr("weight {weight} ({share} of the overall score), passes at "
                             "{threshold}"))
            parts.append(
                f"<p><b>{escape(criterion.title)}</b> — "
                + words.format(weight=f"{criterion.weight:g}",
                               share=percent(criteria[criterion.id]),
                               threshold=number(criterion.pass_threshold, 2))
                + "</p><ul>"
            )
            for question in criterion.questions:
                share = questions[question.id]
                counted = (self.tr("{of_criterion} of the criterion, {overall} overall").format(
                               of_criterion=percent(share.of_criterion),
                               overall=percent(share.overall))
                           if share.of_criterion > 0 else self.tr("not counted"))
                parts.append(
                    f"<li>{escape(question.prompt)} <small>"
                    + self.tr("({id}, {kind}; weight {weight}: {counted})<br>scores: {rule}")
                    .format(id=escape(question.id), kind=question.kind.value,
                            weight=f"{share.weight:g}", counted=counted,
                            rule=escape(say(scoring_rule(question))))
                    + "</small></li>"
                )
            parts.append("</ul>")
        return "".join(parts)
