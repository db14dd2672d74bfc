"""The last step: the verdict and its reasons, the required answers still missing, the
minister's decision with its justification, dissent, and the memo.

Which decisions are open and when a justification is required come from models.judgement
(its FOLLOWS_VERDICT and ALLOWED_WHEN_INCOMPLETE tables, read by `decision_rules` below); this
page only shows them and keeps the submit button disabled, with the reason beside it, until the
decision can be recorded. `decide` checks the same rules again when it records.

Recording the decision announces it on the change bus (the page reloads itself from there);
the dissent list and the memo list follow the bus too, so dissent or a memo added from
History, or a memo the helper stored, shows here without anyone telling this step.

On a case with options the step shows them side by side and asks which one is chosen, or none
(desktop.assessment.option_choice); the verdict the decision follows is the chosen option's, or
the best-judged option's when none is chosen, as models.decisions.decide records it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.assessment.bidi import isolated
from desktop.assessment.memos import MemoSection
from desktop.assessment.option_choice import (
    OptionChoice,
    comparison_label,
    decided_options_html,
    draft_options_html,
)
from desktop.context import DeskContext
from desktop.locale_format import day, moment
from desktop.phrases import say
from desktop.widgets.common import heading, muted
from desktop.widgets.conditions import ConditionsEditor
from desktop.widgets.verdict import VERDICT_TONE, tone
from desktop.widgets.vocabulary import condition_state_words, verdict_words
from desktop.writes import record_dissent
from models.changes import Part, RecordChange
from playbooks.answers import in_words
from playbooks.errors import UserError
from playbooks.model import ABOUT_OPTION, Evaluation, Playbook, Verdict


@dataclass(frozen=True)
class DecisionRules:
    allowed: bool
    needs_justification: bool
    reason: str  # why not allowed, or why a justification is needed; "" otherwise


def decision_rules(verdict: Verdict, decision: str) -> DecisionRules:
    """What models.workflow.decide will require of this decision under this verdict."""
    from models.judgement import ALLOWED_WHEN_INCOMPLETE, FOLLOWS_VERDICT

    if verdict is Verdict.INSUFFICIENT_INFORMATION and decision not in ALLOWED_WHEN_INCOMPLETE:
        return DecisionRules(
            False, False,
            QCoreApplication.translate(
                "DecisionRules",
                "The assessment is incomplete (insufficient information): it can only be "
                "deferred or rejected. Answer the missing questions listed above first."),
        )
    if decision not in FOLLOWS_VERDICT[verdict]:
        return DecisionRules(
            True, True,
            QCoreApplication.translate(
                "DecisionRules",
                "This decision departs from the verdict ({verdict}): "
                "write a justification to record it.").format(verdict=verdict_words(verdict)),
        )
    return DecisionRules(True, False, "")


DECISIONS = (
    ("approve", QT_TRANSLATE_NOOP("Decisions", "Approve")),
    ("approve_with_conditions", QT_TRANSLATE_NOOP("Decisions", "Approve with conditions")),
    ("reject", QT_TRANSLATE_NOOP("Decisions", "Reject")),
    ("defer", QT_TRANSLATE_NOOP("Decisions", "Defer")),
)


def decision_words(decision: str) -> str:
    """A decision ("approve", …) as shown; an unknown one as it is stored."""
    label = dict(DECISIONS).get(decision)
    return decision if label is None else QCoreApplication.translate("Decisions", str(label))


class DecisionStep(QScrollArea):
    go_to_question = Signal(str, str)  # question id, option name ("": the case's question)
    lists_shown = Signal()  # the dissent and memo lists were read again after a change

    def __init__(self, context: DeskContext, playbook: Playbook, record, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.playbook = playbook
        self.record = record
        self.evaluation: Evaluation | None = None
        self.option_choice: OptionChoice | None = None  # a draft with options only
        self._comparison = None  # playbooks.options.OptionsComparison, on a case with options
        # Set by the page: returns the saver's row version.
        self.row_version_source: Callable[[], int | None] | None = None
        self._form: QFormLayout | None = None  # the decision form, on a draft
        self._decided_box: QWidget | None = None  # the decision as taken, once decided
        self.setWidgetResizable(True)
        self.setAccessibleName(self.tr("Decision step"))
        body = QWidget()
        layout = QVBoxLayout(body)
        # Set while still empty (see CriterionStep): its layout waits for the real width.
        self.setWidget(body)
        layout.addWidget(heading(self.tr("Decision")))
        # On a case with options, first the options side by side: judged now on a draft, as
        # frozen on a decided case; the verdict below is the chosen (or best-judged) option's.
        self.options_compared = comparison_label()
        decided_options = record.decision.options if record.decision is not None else None
        self.options_compared.setVisible(bool(record.options) or decided_options is not None)
        if decided_options is not None:
            self.options_compared.setText(decided_options_html(decided_options))
        layout.addWidget(self.options_compared)
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setAccessibleName(self.tr("Verdict and reasons"))
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict)

        self.missing_box = QGroupBox(self.tr("Required answers still missing"))
        self.missing = QListWidget()
        self.missing.setAccessibleName(
            self.tr("Required answers still missing; press Enter to go there"))
        self.missing.itemActivated.connect(
            lambda item: self.go_to_question.emit(item.data(Qt.ItemDataRole.UserRole),
                                                  item.data(Qt.ItemDataRole.UserRole + 1) or "")
        )
        missing_layout = QVBoxLayout(self.missing_box)
        missing_layout.addWidget(self.missing)
        layout.addWidget(self.missing_box)

        if record.decision is None and record.status == "draft":
            layout.addWidget(self._decision_form())
        elif record.decision is not None:
            self._decided_box = self._decision_record(record.decision)
            layout.addWidget(self._decided_box)
            layout.addWidget(self._dissent_box(record.decision))
            self.memos = MemoSection(context, record)
            layout.addWidget(self.memos)
            context.record_changed.connect(self._on_record_changed)
        layout.addStretch(1)

    def place_resolution_date(self, edit: QWidget) -> None:
        """Put the decision's resolution date where it is read: on a draft in the form, above
        the button that records the decision (it is chosen with the decision, and Tab reaches
        it before the button); once decided under the decision as taken; else at the end."""
        body = cast(QVBoxLayout, cast(QWidget, self.widget()).layout())
        if self._form is not None:
            position = cast(tuple[int, QFormLayout.ItemRole],
                            self._form.getWidgetPosition(self.blocker))
            self._form.insertRow(position[0], edit)
            # Made after the button, reached before it.
            focusable = [child for child in edit.findChildren(QWidget)
                         if child.focusPolicy() & Qt.FocusPolicy.TabFocus] or [edit]
            QWidget.setTabOrder(focusable[-1], self.submit)
        elif self._decided_box is not None:
            body.insertWidget(body.indexOf(self._decided_box) + 1, edit)
        else:
            body.insertWidget(max(0, body.count() - 1), edit)  # above the closing stretch

    # before the decision ----------------------------------------------------------------------
    def _decision_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("The minister's decision"))
        self.choice = QButtonGroup(self)
        self.choice_buttons: dict[str, QRadioButton] = {}
        choices = QVBoxLayout()
        for index, (value, _label) in enumerate(DECISIONS):
            button = QRadioButton(decision_words(value))
            button.setAccessibleName(
                self.tr("Decision: {decision}").format(decision=decision_words(value)))
            self.choice.addButton(button, index)
            self.choice_buttons[value] = button
            choices.addWidget(button)
        self.choice.idToggled.connect(lambda *_: self._update_submit())
        if self.record.options:
            self.option_choice = OptionChoice()
            self.option_choice.changed.connect(self._on_option_chosen)
        # The official's name alone, not the actor's "(role, unit)": a decision names the
        # person who took it, as the countersigning certificate does (reports.signer_rules).
        profile = self.context.profile
        self.decided_by = QLineEdit(profile.name if profile is not None else self.context.actor)
        self.decided_by.setAccessibleName(self.tr("Decided by"))
        self.decided_by.textChanged.connect(self._update_submit)
        # Optional: the minister's certificate ties the decision to the one who countersigns.
        from desktop.assessment.decider_choice import DeciderChoice

        self.decider = DeciderChoice(self.context)
        self.decider.changed.connect(self._update_submit)
        decider_label = QLabel(self.tr("Minister's cert&ificate"))
        decider_label.setBuddy(self.decider.identity)
        self.decider_hint = muted(self.tr(
            "Optional, recommended. Name the minister's certificate and only that certificate "
            "can countersign the memo; another person of the same name cannot. Without it, "
            "the minister who countersigns must only have the same name."))
        self.decider_hint.setWordWrap(True)
        self.justification = QPlainTextEdit()
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setTabChangesFocus(True)
        self.justification.setPlaceholderText(
            self.tr("Why this decision? Required when it departs from the verdict or from the "
                    "best-judged option.") if self.record.options
            else self.tr("Why this decision? Required when it departs from the verdict.")
        )
        self.justification.setFixedHeight(110)
        self.justification.textChanged.connect(self._update_submit)
        # Shown for "approve with conditions" only: the conditions are part of the decision.
        self.conditions = ConditionsEditor()
        self.conditions.changed.connect(self._update_submit)
        self.conditions_label = QLabel(self.tr("&Conditions"))
        self.conditions_label.setBuddy(self.conditions.table)
        self.submit = QPushButton(self.tr("Record the decision"))
        self.submit.setAccessibleName(self.tr("Record the decision (freezes the answers)"))
        self.submit.clicked.connect(self.record_decision)
        self.blocker = muted("")
        self.blocker.setAccessibleName(self.tr("Why the decision cannot be recorded yet"))
        # The reason on a row of its own: beside the button a two-line reason was cut off.
        self.blocker.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.submit)
        form = self._form = QFormLayout(box)
        if self.option_choice is not None:
            form.addRow(self.tr("Option"), self.option_choice)
        form.addRow(self.tr("Decision"), choices)
        form.addRow(self.tr("Decided &by"), self.decided_by)
        form.addRow(decider_label, self.decider)
        # A row of its own: beside an empty label, the form gave the wrapped hint the height
        # of its narrowest wrapping (a blank band under the certificate).
        form.addRow(self.decider_hint)
        form.addRow(self.tr("&Justification"), self.justification)
        form.addRow(self.conditions_label, self.conditions)
        form.addRow(self.blocker)
        form.addRow(row)
        self._update_submit()
        return box

    def row_version(self) -> int | None:
        """The version the answers were saved at (the page hands in its saver's)."""
        return self.row_version_source() if self.row_version_source else None

    def selected_decision(self) -> str | None:
        checked = self.choice.checkedId()
        return None if checked < 0 else DECISIONS[checked][0]

    def choose(self, decision: str) -> None:
        self.choice_buttons[decision].click()

    def blocking_reason(self) -> str:
        """Why the decision cannot be submitted now ("" when it can)."""
        decision = self.selected_decision()
        if decision is None:
            return self.tr("Choose a decision.")
        if not self.decided_by.text().strip() and not self.decider.chosen():
            return self.tr("Say who decides.")
        if self.decider.needs_passphrase() and not self.decider.passphrase.text():
            return self.tr(
                "Type the passphrase of the minister's identity file (it reads its certificate).")
        if self.evaluation is None:
            return self.tr("Waiting for the evaluation…")
        if self.option_choice is not None and self.option_choice.problem():
            return self.option_choice.problem()
        rules = decision_rules(self.governing().verdict, decision)
        if not rules.allowed:
            return rules.reason
        justified = bool(self.justification.toPlainText().strip())
        if rules.needs_justification and not justified:
            return rules.reason or self.tr(
                "This decision departs from the verdict: write a justification.")
        if self.option_choice is not None and self.option_choice.departure() and not justified:
            return self.option_choice.departure()
        if decision == "approve_with_conditions":
            return self.conditions.problem()
        return ""

    def _update_submit(self) -> None:
        if not hasattr(self, "submit"):
            return
        with_conditions = self.selected_decision() == "approve_with_conditions"
        self.conditions.setVisible(with_conditions)
        self.conditions_label.setVisible(with_conditions)

        if self.evaluation is not None:
            for value, button in self.choice_buttons.items():
                rules = decision_rules(self.governing().verdict, value)
                button.setEnabled(rules.allowed)
                button.setToolTip("" if rules.allowed else rules.reason)
        reason = self.blocking_reason()
        self.submit.setEnabled(not reason)
        self.blocker.setText(reason)
        self.blocker.setStyleSheet(f"color: {tone(self, 'mixed')}" if reason else "")

    def record_decision(self) -> None:
        from models.workflow import decide

        decision = self.selected_decision()
        if decision is None or self.blocking_reason():
            return
        if not self.context.dialogs.confirm(
            self, self.tr("Record the decision"),
            self.tr("Record “{decision}”? The answers are then frozen; later changes need a "
                    "revision.").format(decision=decision_words(decision)),
        ):
            return
        db, assessment_id, playbook = self.context.db, self.record.id, self.playbook
        by, justification = self.decided_by.text().strip(), self.justification.toPlainText()
        row_version = self.row_version()
        conditions = (self.conditions.conditions() if decision == "approve_with_conditions"
                      else [])
        read_decider = self.decider.reader()
        decider_identity = self.decider.chosen()
        # On a case with options, the option chosen (None: none); a single action has none.
        option = self.option_choice.chosen_option() if self.option_choice else None

        def work() -> str:
            from reports.decider import decider_name

            certificate = read_decider(db)
            if certificate is None:
                return decide(db, assessment_id, decision=decision, by=by,
                              justification=justification, playbook=playbook,
                              expected_row_version=row_version, conditions=conditions,
                              option=option)
            return decide(db, assessment_id, decision=decision,
                          by=decider_name(by, certificate, field="Decided by"),
                          justification=justification, playbook=playbook,
                          expected_row_version=row_version, conditions=conditions,
                          decided_by_certificate=certificate.fingerprint,
                          decided_by_subject=certificate.subject, option=option)

        self.submit.setEnabled(False)
        self.blocker.setText(self.tr("Recording…"))
        if decider_identity:
            # The memo's signing dialog offers it for the minister. Kept before the write: the
            # page reloads once the decision is announced, and a refused decision leaves only
            # a pre-selection behind.
            from desktop.memo.signing import remember_decider

            remember_decider(assessment_id, decider_identity)
        self.context.write(
            work,
            RecordChange.of(Part.DECISION, assessments=[assessment_id]),
            None, self._decide_failed, owner=self, label="decide",
        )

    def _decide_failed(self, error: BaseException) -> None:
        self._update_submit()
        if not isinstance(error, UserError):
            raise error
        from desktop.trust_words import in_app_words

        self.context.dialogs.error(self, self.tr("The decision was not recorded"),
                                   in_app_words(str(error)))

    # after the decision -----------------------------------------------------------------------
    def _decision_record(self, decision) -> QGroupBox:
        box = QGroupBox(self.tr("Decision recorded"))
        departs = self.tr("Departs from the verdict.")
        text = QLabel(
            self.tr("<b>{decision}</b> by {name} on {when}").format(
                decision=escape(decision_words(decision.decision)),
                name=escape(decision.decided_by), when=escape(moment(decision.decided_at)))
            + _certificate_html(decision)
            + (f"<br><i>{escape(departs)}</i>" if decision.departs_from_verdict else "")
            + (f"<p>{escape(decision.justification)}</p>" if decision.justification else "")
            + _conditions_html(decision.conditions)
            + "<p><small>" + self.tr("Record hash {hash}").format(
                hash=escape(decision.record_hash)) + "</small></p>"
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(self.tr("The recorded decision"))
        QVBoxLayout(box).addWidget(text)
        return box

    def _dissent_box(self, decision) -> QGroupBox:
        box = QGroupBox(self.tr("Dissent"))
        self.dissents = QListWidget()
        self.dissents.setAccessibleName(self.tr("Dissent recorded"))
        self.dissents.setWordWrap(True)
        for dissent in decision.dissents:
            self.dissents.addItem(QListWidgetItem(self._dissent_line(dissent)))
        self.dissents.setVisible(bool(decision.dissents))
        self.dissents.setMaximumHeight(120)
        self.reviewer = QLineEdit()
        self.reviewer.setAccessibleName(self.tr("Reviewer recording dissent"))
        self.reviewer.setPlaceholderText(self.tr("Reviewer"))
        self.dissent_text = QPlainTextEdit()
        self.dissent_text.setAccessibleName(self.tr("Dissent text"))
        self.dissent_text.setTabChangesFocus(True)
        self.dissent_text.setFixedHeight(70)
        self.add_dissent_button = QPushButton(self.tr("Record dissent"))
        self.add_dissent_button.setAccessibleName(
            self.tr("Record the reviewer's dissent (it cannot be changed afterwards)")
        )
        self.add_dissent_button.clicked.connect(self.add_dissent)
        layout = QVBoxLayout(box)
        layout.addWidget(self.dissents)
        layout.addWidget(self.reviewer)
        layout.addWidget(self.dissent_text)
        layout.addWidget(self.add_dissent_button, 0, Qt.AlignmentFlag.AlignRight)
        return box

    def _dissent_line(self, dissent) -> str:
        return self.tr("{reviewer}: {text}").format(reviewer=isolated(dissent.reviewer),
                                                    text=dissent.text)

    def add_dissent(self) -> None:
        reviewer, text = self.reviewer.text().strip(), self.dissent_text.toPlainText().strip()
        if not reviewer or not text:
            self.context.dialogs.error(self, self.tr("Dissent"),
                                       self.tr("Give the reviewer's name and the dissent."))
            return
        record_dissent(self.context, self.record.id, reviewer, text, self,
                       lambda _id: self.dissent_text.clear())

    def _on_record_changed(self, change: RecordChange) -> None:
        """Dissent recorded or a memo stored for this decision, from here, from History or by
        the memo helper: read both lists again."""
        if change.has(Part.DISSENT, Part.MEMOS) and change.touches(self.record.id):
            from models.workflow import load_assessment

            db, assessment_id = self.context.db, self.record.id
            self.context.runner.submit(lambda: load_assessment(db, assessment_id),
                                       self._show_lists, owner=self, label="read dissent, memos")

    def _show_lists(self, record) -> None:
        dissents = record.decision.dissents if record.decision is not None else ()
        self.dissents.clear()
        for dissent in dissents:
            self.dissents.addItem(QListWidgetItem(self._dissent_line(dissent)))
        self.dissents.setVisible(bool(dissents))
        self.memos.show_memos(record.memos)
        self.lists_shown.emit()

    # shared -----------------------------------------------------------------------------------
    def governing(self) -> Evaluation:
        """The evaluation the decision follows: the case's, or on a case with options the
        chosen option's (the best-judged option's while none is chosen)."""
        assert self.evaluation is not None
        if self.option_choice is not None:
            return self.option_choice.governing() or self.evaluation
        decided = self.record.decision.options if self.record.decision is not None else None
        if decided is not None and self._comparison is not None:
            return self._comparison.option(decided.chosen_option or decided.best_option).evaluation
        return self.evaluation

    def show_judgement(self, judged) -> None:
        """A models.option_rows.DraftJudgement: on a draft with options, the comparison and
        the choice offered follow it."""
        self._comparison = judged.comparison
        if self.record.decision is None and judged.comparison is not None:
            self.options_compared.setText(draft_options_html(judged.rows))
            if self.option_choice is not None:
                self.option_choice.show_comparison(judged.comparison)
        self.show_evaluation(judged.evaluation)

    def _on_option_chosen(self) -> None:
        if self.evaluation is not None:
            self.show_evaluation(self.evaluation)

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        if evaluation is None:
            return
        shown = self.governing()
        if self.record.decision is not None:
            self.verdict.setText(_verdict_html(self, shown, self.tr("Verdict at the decision"),
                                               self.playbook))
        else:
            title = (self.option_choice.verdict_title() if self.option_choice
                     else self.tr("Verdict"))
            self.verdict.setText(_verdict_html(self, shown, title, self.playbook))
        self.missing.clear()
        choice = self.option_choice
        for question_id in shown.missing_required:
            try:
                question = self.playbook.question(question_id)
                prompt = question.prompt
            except KeyError:
                question, prompt = None, question_id
            name = ""
            compared = choice.comparison if choice is not None else None
            if (choice is not None and compared is not None and question is not None
                    and question.about == ABOUT_OPTION):
                judged = compared.option(choice.chosen_option() or compared.best.name)
                name = judged.name
                prompt = self.tr("{prompt} (option: {option})").format(
                    prompt=isolated(prompt), option=isolated(judged.title))
            item = QListWidgetItem(prompt)
            item.setData(Qt.ItemDataRole.UserRole, question_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            self.missing.addItem(item)
        self.missing_box.setVisible(bool(shown.missing_required))
        self._update_submit()


def _conditions_html(conditions) -> str:
    """The conditions as recorded, each with its review state (models' ConditionRecord)."""
    if not conditions:
        return ""

    def state(condition) -> str:
        if condition.due_on:
            return QCoreApplication.translate("DecisionConditions", "next review {date}").format(
                date=day(condition.due_on))
        return condition_state_words(condition.state)

    def tripwire(condition) -> str:
        if not condition.tripwire:
            return ""
        return QCoreApplication.translate("DecisionConditions", "; tripwire: {tripwire}").format(
            tripwire=escape(condition.tripwire))

    items = "".join(
        "<li>" + QCoreApplication.translate(
            "DecisionConditions",
            "<b>{requirement}</b> — {owner}; checked by: {how_checked}; {state}").format(
            requirement=escape(c.requirement), owner=escape(c.owner),
            how_checked=escape(c.how_checked), state=escape(state(c)))
        + tripwire(c) + "</li>"
        for c in conditions
    )
    heading = escape(QCoreApplication.translate("DecisionConditions", "Conditions"))
    return f"<p><b>{heading}</b></p><ol>{items}</ol>"


def _verdict_html(widget: QWidget, evaluation: Evaluation, title: str,
                  playbook: Playbook | None = None) -> str:
    colour = tone(widget, VERDICT_TONE[evaluation.verdict])
    reasons = "".join(f"<li>{escape(say(in_words(r, playbook)))}</li>"
                      for r in evaluation.reasons)
    legal = evaluation.legal_basis.summary if evaluation.legal_basis else ""
    verdict = verdict_words(evaluation.verdict)
    verdict = verdict[:1].upper() + verdict[1:]  # as str.capitalize() did, the rest kept
    return (
        "<p>" + QCoreApplication.translate("VerdictHtml", "{title}: {verdict}").format(
            title=escape(title), verdict=f"<b style='color:{colour}'>{escape(verdict)}</b>")
        + f"<br><i>{escape(say(in_words(evaluation.deciding_rule, playbook)))}</i></p>"
        + (
            "<p>" + QCoreApplication.translate(
                "VerdictHtml", "<b>Legal basis</b> (judged apart): {summary}").format(
                summary=escape(say(in_words(legal, playbook)))) + "</p>"
            if evaluation.legal_basis
            else ""
        )
        + (f"<ul>{reasons}</ul>" if reasons else "")
        + "<p>" + QCoreApplication.translate("VerdictHtml", "<b>Fragility:</b> {description}")
        .format(description=escape(say(in_words(evaluation.fragility.description, playbook))))
        + "</p>"
    )


def _certificate_html(decision) -> str:
    """The minister's certificate the decision names ("" : named by name only)."""
    if not decision.decided_by_certificate:
        return ""
    from reports.console import short_fingerprint

    return "<br>" + QCoreApplication.translate(
        "DecisionCertificate",
        "Minister's certificate: {subject}, SHA-256 {fingerprint} (only this certificate can "
        "countersign the memo)").format(
            subject=escape(decision.decided_by_subject),
            fingerprint=escape(short_fingerprint(decision.decided_by_certificate)))
