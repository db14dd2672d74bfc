"""The selected record in full: details, answers, verdict, decision, dissent, revisions and
memos, with the actions a reviewer takes from there (open it, record dissent, open/export/verify
a memo, start a revision)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.history.options import options_html
from desktop.locale_format import day, moment
from desktop.memo.actions import MemoActions
from desktop.routing import routing_html
from desktop.widgets.answers import answer_text
from desktop.widgets.common import muted
from desktop.widgets.flow import FlowLayout
from desktop.widgets.vocabulary import (
    classification_words,
    condition_state_words,
    confidence_words,
    decision_words,
    memo_stage_words,
    signer_words,
    status_words,
    verdict_words,
)
from desktop.writes import record_dissent, start_revision
from playbooks.answers import in_words
from playbooks.errors import UserError

if TYPE_CHECKING:
    from models.records import AssessmentRecord


def _lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _t(text: object) -> str:
    """A marked text of this module (QT_TRANSLATE_NOOP) in the official's language."""
    return QCoreApplication.translate("RecordDetail", str(text))


NOTE_HEADINGS = {"scenario": QT_TRANSLATE_NOOP("RecordDetail", "Scenario note")}


def conditions_html(conditions) -> str:
    """An approval's conditions, each with where it stands and every review recorded."""
    title = QCoreApplication.translate("RecordDetail", "Conditions")
    parts = [f"<h4>{escape(title)}</h4><ul>"]
    for c in conditions:
        standing = (QCoreApplication.translate("RecordDetail", "open, next review {date}")
                    .format(date=day(c.due_on)) if c.due_on is not None
                    else condition_state_words(c.state))
        parts.append("<li>" + QCoreApplication.translate(
            "RecordDetail",
            "<b>{requirement}</b> — owner {owner}; checked by {how_checked}; tripwire: "
            "{tripwire}.").format(
                requirement=escape(c.requirement), owner=escape(c.owner),
                how_checked=escape(c.how_checked),
                tripwire=escape(c.tripwire
                                or QCoreApplication.translate("RecordDetail", "none stated")))
            + f" <i>{escape(standing)}</i>")
        for review in c.reviews:
            outcome = condition_state_words(review.outcome)
            parts.append(
                "<br><small>" + QCoreApplication.translate(
                    "RecordDetail", "Review {date} by {reviewer}: <b>{outcome}</b>").format(
                    date=escape(day(review.reviewed_at)),
                    reviewer=escape(review.reviewed_by), outcome=escape(outcome))
                + (QCoreApplication.translate("RecordDetail", " (tripwire breached)")
                   if review.tripwire_breached else "")
                + f" — {_lines(review.note)}</small>")
        parts.append("</li>")
    parts.append("</ul>")
    return "".join(parts)


def notes_html(notes) -> str:
    """Notes kept on the case (e.g. a saved what-if scenario): never answers, never the verdict."""
    parts = ["<h3>" + escape(QCoreApplication.translate("RecordDetail", "Notes")) + "</h3>"]
    for note in notes:
        kind = NOTE_HEADINGS.get(note.kind)
        title = (_t(kind) if kind is not None else QCoreApplication.translate(
            "RecordDetail", "{kind} note").format(kind=note.kind.capitalize()))
        parts.append("<p>" + QCoreApplication.translate(
            "RecordDetail", "<b>{note}</b> by {author}, {when}").format(
                note=escape(title), author=escape(note.author),
                when=escape(moment(note.recorded_at)))
            + f"<br>{_lines(note.text)}</p>")
    return "".join(parts)


def _decision_html(decision, playbook) -> list[str]:
    parts = [
        "<h3>" + escape(QCoreApplication.translate("RecordDetail", "Decision")) + "</h3><p>"
        + QCoreApplication.translate(
            "RecordDetail", "<b>{decision}</b> by {decided_by}, {when}; verdict <b>{verdict}</b>"
        ).format(decision=escape(decision_words(decision.decision)),
                 decided_by=escape(decision.decided_by),
                 when=escape(moment(decision.decided_at)),
                 verdict=escape(verdict_words(decision.verdict)))
        + (QCoreApplication.translate("RecordDetail", " — <i>departs from the verdict</i>")
           if decision.departs_from_verdict else "")
        + "</p>"
    ]
    if decision.decided_by_certificate:  # only that certificate countersigns the memo
        from reports.console import short_fingerprint

        parts.append("<p>" + QCoreApplication.translate(
            "RecordDetail", "Minister's certificate: {subject}, SHA-256 {fingerprint}").format(
                subject=escape(decision.decided_by_subject),
                fingerprint=escape(short_fingerprint(decision.decided_by_certificate)))
            + "</p>")
    if decision.justification:
        parts.append(f"<p>{escape(decision.justification)}</p>")
    reasons = decision.evaluation.get("reasons") or []
    if reasons:
        parts.append("<ul>" + "".join(f"<li>{escape(in_words(r, playbook))}</li>"
                                      for r in reasons) + "</ul>")
    fragility = (decision.evaluation.get("fragility") or {}).get("description")
    if fragility:
        parts.append("<p><b>" + escape(QCoreApplication.translate("RecordDetail", "Fragility:"))
                     + f"</b> {escape(fragility)}</p>")
    if decision.conditions:
        parts.append(conditions_html(decision.conditions))
    for dissent in decision.dissents:
        parts.append("<p>" + QCoreApplication.translate(
            "RecordDetail", "<b>Dissent</b> ({reviewer}): {text}").format(
                reviewer=escape(dissent.reviewer), text=escape(dissent.text)) + "</p>")
    return parts


def _answers_html(record, playbook) -> list[str]:
    parts = ["<h3>" + escape(QCoreApplication.translate("RecordDetail", "Answers")) + "</h3>"]
    if playbook is None:
        parts.append("<p><i>" + escape(QCoreApplication.translate(
            "RecordDetail", "The playbook this was assessed under is not installed; answers "
            "are shown by question id.")) + "</i></p>")
        for question_id, answer in record.answers.items():
            parts.append(f"<p><b>{escape(question_id)}:</b> {escape(str(answer.value))}</p>")
        return parts
    for criterion in playbook.criteria:
        parts.append(f"<h4>{escape(criterion.title)}</h4><ul>")
        for question in criterion.questions:
            answer = record.answers.get(question.id)
            value = answer_text(question, answer.value if answer else None)
            extra = ""
            if answer and answer.confidence:
                extra += " <i>" + escape(QCoreApplication.translate(
                    "RecordDetail", "(confidence {level})").format(
                        level=confidence_words(answer.confidence))) + "</i>"
            if answer and answer.rationale:
                extra += f"<br><small>{escape(answer.rationale)}</small>"
            for item in (answer.evidence if answer else ()):
                extra += ("<br><small>" + QCoreApplication.translate(
                    "RecordDetail", "Evidence [{grade}]: {summary}").format(
                        grade=escape(f"{item.reliability}{item.credibility}"),
                        summary=escape(item.summary))
                          + (f" — {escape(item.source)}" if item.source else "")
                          + "</small>")
            parts.append(f"<li>{escape(question.prompt)} <b>{escape(value)}</b>{extra}</li>")
        parts.append("</ul>")
    return parts


def record_html(record, playbook, notes=(), option_rows=(), routing: str = "") -> str:
    """The whole record as rich text (playbook: the one it was assessed under, or None; notes:
    models.notes.NoteRecord, kept on the case; option_rows: models.option_rows, on a case
    with options; routing: its stage and steps, desktop.routing.routing_html)."""
    parts = [
        f"<h2>{escape(record.title)}</h2>",
        "<p>" + QCoreApplication.translate(
            "RecordDetail", "Revision {revision} · <b>{status}</b> · {classification}<br>"
            "Playbook {playbook} {version} · created {when} by {author}").format(
                revision=record.revision, status=escape(status_words(record.status)),
                classification=escape(classification_words(record.classification)),
                playbook=escape(record.playbook_id), version=escape(record.playbook_version),
                when=escape(moment(record.created_at)), author=escape(record.created_by))
        + "</p>",
        routing,
    ]
    if record.proposed_action:
        parts.append("<p><b>" + escape(QCoreApplication.translate("RecordDetail",
                                                                  "Proposed action:"))
                     + f"</b> {escape(record.proposed_action)}</p>")
    if record.crisis:
        parts.append("<p><b>" + escape(QCoreApplication.translate("RecordDetail", "Crisis:"))
                     + f"</b> {escape(record.crisis)}</p>")
    decision = record.decision
    if decision is not None:
        parts.extend(_decision_html(decision, playbook))
    if option_rows:
        parts.append(options_html(option_rows, decided=decision is not None))
    parts.extend(_answers_html(record, playbook))
    if len(record.revisions) > 1:
        title = QCoreApplication.translate("RecordDetail", "Revisions")
        parts.append(f"<h3>{escape(title)}</h3><ul>")
        for revision in record.revisions:
            line = QCoreApplication.translate(
                "RecordDetail", "Revision {revision}: {status}, {when}").format(
                    revision=revision.revision, status=status_words(revision.status),
                    when=moment(revision.created_at))
            here = (QCoreApplication.translate("RecordDetail", " (this one)")
                    if revision.id == record.id else "")
            parts.append(f"<li>{escape(line)}{escape(here)}</li>")
        parts.append("</ul>")
    if record.memos:
        title = QCoreApplication.translate("RecordDetail", "Memos")
        parts.append(f"<h3>{escape(title)}</h3><ul>")
        for memo in record.memos:
            signers = QCoreApplication.translate("RecordDetail", ", ").join(
                QCoreApplication.translate("RecordDetail", "{signer} ({role})").format(
                    signer=s.signer, role=signer_words(s.field))
                for s in memo.signatures) or QCoreApplication.translate("RecordDetail",
                                                                        "unsigned")
            parts.append(f"<li>{escape(memo.reference)} — "
                         f"{escape(memo_stage_words(memo.stage))}: {escape(signers)}</li>")
        parts.append("</ul>")
    if notes:
        parts.append(notes_html(notes))
    return "".join(parts)


def acted_html(acted) -> str:
    """Who acted on the record, as the database knows them (models.logins.ActedBy): shown on a
    PostgreSQL record, whose entries carry the login; SQLite is single-user and has none. The
    audit actions are shown as recorded (identifiers, not words)."""
    if not any(entry.login for entry in acted):
        return ""
    parts = ["<h3>" + escape(QCoreApplication.translate("RecordDetail",
                                                       "Who acted (database logins)"))
             + "</h3><ul>"]
    for entry in acted:
        login = escape(entry.login) if entry.login else (
            "<i>" + escape(QCoreApplication.translate("RecordDetail", "not recorded")) + "</i>")
        parts.append(f"<li>{escape(moment(entry.at))} {escape(entry.action)}: "
                     + QCoreApplication.translate("RecordDetail",
                                                  "{actor}, login <b>{login}</b>").format(
                         actor=escape(entry.actor), login=login)
                     + "</li>")
    parts.append("</ul>")
    return "".join(parts)


class DetailView(QWidget):
    open_assessment = Signal(str)
    shown = Signal()

    def __init__(self, context: DeskContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.record: AssessmentRecord | None = None
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Selected assessment in full"))
        self.text.setOpenLinks(False)
        self.hint = muted(
            self.tr("Select an assessment to see it in full; Enter or a double click opens it.")
        )
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.open_button.clicked.connect(lambda: self.record and self.open_assessment.emit(
            self.record.id))
        self.revise_button = QPushButton(self.tr("Start a revi&sion"))
        self.revise_button.setAccessibleName(
            self.tr("Start a revision of the selected assessment"))
        self.revise_button.clicked.connect(self.start_revision)
        self.dissent_button = QPushButton(self.tr("Record &dissent…"))
        self.dissent_button.setAccessibleName(
            self.tr("Record a reviewer's dissent from the decision"))
        self.dissent_button.clicked.connect(self.record_dissent)
        self.memo_choice = QComboBox()
        self.memo_choice.setAccessibleName(self.tr("Memo"))
        self.memo_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.memo_choice.setMinimumContentsLength(8)
        self.memos = MemoActions(context, self)
        self.view_memo = QPushButton(self.tr("&View"))
        self.view_memo.clicked.connect(lambda: self.memos.view(self.selected_memo()))
        self.export_memo = QPushButton(self.tr("E&xport…"))
        self.export_memo.clicked.connect(lambda: self.memos.export(self.selected_memo()))
        self.verify_memo = QPushButton(self.tr("Ver&ify"))
        self.verify_memo.clicked.connect(lambda: self.memos.verify(self.selected_memo()))
        for button, name in ((self.view_memo, self.tr("View the chosen memo")),
                             (self.export_memo, self.tr("Export the chosen memo to a PDF file")),
                             (self.verify_memo, self.tr("Verify the chosen memo's signatures"))):
            button.setAccessibleName(name)
        record_row = FlowLayout()  # wraps: translated, the three ask more than the pane's width
        record_row.addWidget(self.open_button)
        record_row.addWidget(self.revise_button)
        record_row.addWidget(self.dissent_button)
        memo_row = QHBoxLayout()
        memo_row.addWidget(QLabel(self.tr("Memo:")))
        memo_row.addWidget(self.memo_choice, 1)
        memo_buttons = QHBoxLayout()
        memo_buttons.addStretch(1)
        memo_buttons.addWidget(self.view_memo)
        memo_buttons.addWidget(self.export_memo)
        memo_buttons.addWidget(self.verify_memo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(record_row)
        layout.addLayout(memo_row)
        layout.addLayout(memo_buttons)
        self._update_buttons()

    def show_assessment(self, assessment_id: str) -> None:
        db, catalog = self.context.db, self.context.catalog

        def work():
            # Imported on the database thread: a row can be chosen while SQLAlchemy is still
            # loading (the first page shows before the record is open; see desktop.app).
            from models.logins import acted_on_record
            from models.notes import notes_of
            from models.option_rows import options_view
            from models.routing import stage_of, steps_of
            from models.workflow import load_assessment

            record = load_assessment(db, assessment_id)
            playbook = catalog.by_hash(record.playbook_hash)
            rows, _best = options_view(db, record, playbook)
            routing = routing_html(stage_of(db, assessment_id), steps_of(db, assessment_id))
            return (record, playbook, notes_of(db, assessment_id), rows,
                    acted_on_record(db, record), routing)

        self.context.runner.submit(work, self._show, self._failed, owner=self,
                                   label="load detail")

    def reload(self) -> None:
        if self.record is not None:
            self.show_assessment(self.record.id)

    def _show(self, loaded) -> None:
        record, playbook, notes, option_rows, acted, routing = loaded
        self.record = record
        self.text.setHtml(record_html(record, playbook, notes, option_rows, routing)
                          + acted_html(acted))
        self.memo_choice.clear()
        latest: dict[str, Any] = {}
        for memo in record.memos:  # keep the newest stage of each memo reference
            latest[memo.reference] = memo
        for memo in latest.values():
            self.memo_choice.addItem(self.tr("{reference} ({stage})").format(
                reference=memo.reference, stage=memo_stage_words(memo.stage)), memo.id)
        self._update_buttons()
        self.shown.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.text.setPlainText(str(error))
        self.record = None
        self._update_buttons()

    def selected_memo(self) -> str | None:
        return self.memo_choice.currentData()

    def _update_buttons(self) -> None:
        record = self.record
        has_memo = self.memo_choice.count() > 0
        self.hint.setVisible(record is None)
        self.open_button.setEnabled(record is not None)
        self.revise_button.setEnabled(record is not None and record.status == "decided")
        self.dissent_button.setEnabled(record is not None and record.decision is not None)
        for widget in (self.memo_choice, self.view_memo, self.export_memo, self.verify_memo):
            widget.setEnabled(has_memo)

    def start_revision(self) -> None:
        if self.record is not None:
            start_revision(self.context, self.record.id, self, self.open_assessment.emit)

    def record_dissent(self) -> None:
        from desktop.widgets.dissent import DissentDialog

        if self.record is None or self.record.decision is None:
            return
        dialog = DissentDialog(self.record.title, self)
        accepted = self.context.dialogs.exec_dialog(dialog)
        reviewer, text = dialog.values()
        dialog.deleteLater()
        if accepted:
            record_dissent(self.context, self.record.id, reviewer, text, self)
