"""Case files (YAML drafts exchanged between ministries) from the File menu.

Import reads a file through models.casefile.import_case_file (all or nothing: a bad file names
its line and field and changes nothing) and opens the new draft. Export writes the chosen
assessment as a case file, atomically, where the user says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.context import DeskContext
from models.changes import Part, RecordChange
from models.files import write_atomically

CASE_FILE_FILTERS = QT_TRANSLATE_NOOP("CaseFileActions", "Case files (*.yaml *.yml)")
# Invented cases shipped with the app (package data), offered on an empty record's History.
EXAMPLES = Path(__file__).with_name("help") / "examples"


class CaseFileActions(QObject):
    imported = Signal(str)  # the new draft's assessment id
    examples_imported = Signal(list)  # the new drafts' assessment ids
    exported = Signal(str)  # the path written

    def __init__(self, context: DeskContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent

    def import_file(self) -> None:
        from models.casefile import import_case_file

        path = self.context.dialogs.open_file(self.parent_widget, self.tr("Import a case file"),
                                              self._filters())
        if path is None:
            return
        db, catalog, actor = self.context.db, self.context.catalog, self.context.actor
        self.context.write(
            lambda: import_case_file(db, path, catalog, actor),
            lambda new_id: RecordChange.of(Part.ASSESSMENTS, Part.ANSWERS, assessments=[new_id]),
            self.imported.emit,
            self.context.dialogs.error_shown(self.parent_widget,
                                             self.tr("The case file was not imported")),
            owner=self.parent_widget, label="import case file",
        )

    def import_examples(self) -> None:
        """The example cases as drafts, for a first look at a record with nothing in it."""
        from models.casefile import import_case_file

        db, catalog, actor = self.context.db, self.context.catalog, self.context.actor
        files = sorted(EXAMPLES.glob("*.yaml"))
        self.context.write(
            lambda: [import_case_file(db, path, catalog, actor) for path in files],
            lambda new_ids: RecordChange.of(Part.ASSESSMENTS, Part.ANSWERS, assessments=new_ids),
            self.examples_imported.emit,
            self.context.dialogs.error_shown(self.parent_widget,
                                             self.tr("The example cases were not opened")),
            owner=self.parent_widget, label="import example cases",
        )

    def export(self, assessment_id: str | None, title: str = "") -> None:
        from models.casefile import export_case_file

        if assessment_id is None:
            self.context.dialogs.info(
                self.parent_widget, self.tr("Export a case file"),
                self.tr("Select an assessment in History, or open one, then export it."),
            )
            return
        suggested = f"{_file_stem(title) or 'assessment'}.yaml"
        path = self.context.dialogs.save_file(self.parent_widget, self.tr("Export a case file"),
                                              suggested, self._filters())
        if path is None:
            return
        db, catalog = self.context.db, self.context.catalog

        def work() -> str:
            text = export_case_file(db, assessment_id, catalog)
            # ExportFailed names the file and why; the dialog asked before replacing one
            write_atomically(path, text.encode("utf-8"), overwrite=True, protected=db.files)
            return str(path)

        self.context.runner.submit(
            work, self.exported.emit,
            self.context.dialogs.error_shown(self.parent_widget,
                                             self.tr("The case file was not exported")),
            owner=self.parent_widget, label="export case file",
        )


    @staticmethod
    def _filters() -> str:
        return QCoreApplication.translate("CaseFileActions", str(CASE_FILE_FILTERS))


def _file_stem(title: str) -> str:
    """A file name from a title: letters, digits and dashes, at most 60 characters."""
    cleaned = "".join(c if c.isalnum() else "-" for c in title.strip().lower())
    return "-".join(part for part in cleaned.split("-") if part)[:60]
