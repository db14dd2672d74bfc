"""Where the verdict stands and why: per-criterion status, the verdict, its reasons, its
fragility, and the required answers still missing. It only shows an Evaluation computed by
playbooks.evaluate; it decides nothing itself."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop import locale_format
from desktop.phrases import say
from desktop.widgets.common import heading
from desktop.widgets.vocabulary import sentence_case, verdict_words
from playbooks.answers import in_words, question_prompt
from playbooks.model import Evaluation, Playbook, Verdict
from playbooks.playbook_texts import sayable

# A criterion's status with its mark; `status_mark` gives it in the official's language.
STATUS_MARK = {
    "pass": QT_TRANSLATE_NOOP("VerdictPanel", "✔ pass"),
    "fail": QT_TRANSLATE_NOOP("VerdictPanel", "✘ fail"),
    "incomplete": QT_TRANSLATE_NOOP("VerdictPanel", "… incomplete"),
}


def status_mark(status: str) -> str:
    mark = STATUS_MARK.get(status)
    return status if mark is None else QCoreApplication.translate("VerdictPanel", str(mark))

# (light scheme, dark scheme) colours, chosen for contrast on the window background.
_TONES = {
    "good": ("#1b6e20", "#7fd67f"),
    "mixed": ("#8a5a00", "#f0c060"),
    "bad": ("#a31515", "#ff8a80"),
    "neutral": ("#555555", "#bbbbbb"),
}
VERDICT_TONE = {
    Verdict.LEGITIMATE: "good",
    Verdict.LEGITIMATE_WITH_CONDITIONS: "mixed",
    Verdict.AUTHORITY_SHORT: "mixed",
    Verdict.NOT_LEGITIMATE: "bad",
    Verdict.INSUFFICIENT_INFORMATION: "neutral",
}
STATUS_TONE = {"pass": "good", "fail": "bad", "incomplete": "neutral"}


def tone(widget: QWidget, name: str) -> str:
    """A colour that reads well on the current (light or dark) window background."""
    window = widget.palette().color(QPalette.ColorRole.Window)
    light, dark = _TONES[name]
    return dark if window.lightnessF() < 0.5 else light


def _rich(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class VerdictPanel(QScrollArea):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Verdict panel"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("Where the verdict stands"), 2))
        self.verdict = _rich("")
        self.verdict.setAccessibleName(self.tr("Verdict"))
        font = self.verdict.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.verdict.setFont(font)
        self.rule = _rich("")
        self.legal_basis = _rich("")
        self.legal_basis.setAccessibleName(self.tr("Legal basis"))
        self.criteria = _rich("")
        self.criteria.setAccessibleName(self.tr("Criteria results"))
        self.reasons = _rich("")
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.fragility = _rich("")
        self.fragility.setAccessibleName(self.tr("Fragility"))
        self.missing = _rich("")
        self.missing.setAccessibleName(self.tr("Missing required answers"))
        self.flags = _rich("")
        self.flags.setAccessibleName(self.tr("Estimative flags"))
        for label in (self.verdict, self.legal_basis, self.rule, self.criteria, self.reasons,
                      self.fragility, self.flags, self.missing):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidget(body)
        self.evaluation: Evaluation | None = None
        self.show_evaluation(None, None)

    def show_evaluation(self, evaluation: Evaluation | None, playbook: Playbook | None,
                        *, option_title: str = "") -> None:
        """`option_title`: on a case with options, the best-judged option whose evaluation
        this is (the panel says so above the verdict)."""
        self.evaluation = evaluation
        if evaluation is None:
            self.verdict.setText("<b>" + escape(self.tr("Not yet evaluated")) + "</b>")
            for label in (self.rule, self.legal_basis, self.criteria, self.reasons,
                          self.fragility, self.flags, self.missing):
                label.setText("")
            self._fit_height()
            return
        colour = tone(self, VERDICT_TONE[evaluation.verdict])
        self.verdict.setText(
            ("<small>" + escape(self.tr("Best-judged option: {option}").format(
                option=option_title)) + "</small><br>" if option_title else "")
            + f"<b style='color:{colour}'>"
            f"{escape(sentence_case(verdict_words(evaluation.verdict.value)))}</b>"
        )
        self.rule.setText(f"<i>{escape(say(in_words(evaluation.deciding_rule, playbook)))}</i>")
        legal = evaluation.legal_basis
        self.legal_basis.setText(
            "<b>" + escape(self.tr("Legal basis")) + "</b> "
            + escape(self.tr("(judged apart): {summary}").format(
                summary=say(in_words(legal.summary, playbook))))
            if legal else ""
        )
        self.flags.setText(_bullets(self.tr("Estimative flags"),
                                    [say(in_words(flag, playbook))
                                     for flag in evaluation.flags]))
        rows = []
        for result in evaluation.criteria:
            status_colour = tone(self, STATUS_TONE.get(result.status, "neutral"))
            score = (
                "–" if result.score is None
                else locale_format.score(result.score, result.pass_threshold)
            )
            gate = (" <small>" + escape(self.tr("(gate)")) + "</small>") if result.gate else ""
            mark = escape(status_mark(result.status))
            margin = "" if result.margin is None else locale_format.margin(result.margin)
            edge = (" <b>" + escape(self.tr("knife-edge")) + "</b>") if result.knife_edge else ""
            rows.append(
                f"<tr><td>{escape(say(sayable(result.title, playbook)))}{gate}</td>"
                # nowrap: a narrow panel broke "… 未完了" and "1.00 / 0.60" mid-word.
                f"<td style='color:{status_colour}; white-space:nowrap'>&nbsp;{mark}</td>"
                f"<td style='white-space:nowrap'>&nbsp;{score} / "
                f"{locale_format.score(result.pass_threshold)}</td>"
                f"<td>&nbsp;{margin}{edge}</td></tr>"
            )
        self.criteria.setText("<table cellspacing='2'>" + "".join(rows) + "</table>")
        self.reasons.setText(_bullets(self.tr("Reasons"),
                                      [say(in_words(r, playbook)) for r in evaluation.reasons]))
        self.fragility.setText("<b>" + escape(self.tr("Fragility")) + "</b><br>"
                               + escape(say(in_words(evaluation.fragility.description,
                                                     playbook))))
        missing = evaluation.missing_required
        if missing:
            prompts = [say(sayable(question_prompt(playbook, question_id), playbook))
                       for question_id in missing]
            self.missing.setText(_bullets(
                self.tr("Required answers missing (%n)", "", len(missing)), prompts))
        else:
            self.missing.setText(
                "<b>" + escape(self.tr("All required questions are answered.")) + "</b>")
        self._fit_height()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Give the body the height its wrapped text needs at this width. The scroll area
        does not ask its widget's height for the width, so a panel shown or widened after it
        was laid out kept the old heights and cut its lines through (seen on a real X
        server after the window grew from 1024 to 1280 pixels)."""
        body = self.widget()
        width = self.viewport().width()
        layout = body.layout() if body is not None else None
        if body is not None and layout is not None and width > 0:
            body.setMinimumHeight(layout.totalHeightForWidth(width))

    def verdict_text(self) -> str:
        return self.evaluation.verdict.label if self.evaluation else ""


def _bullets(title: str, items: tuple[str, ...] | list[str]) -> str:
    if not items:
        return ""
    lines = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<b>{escape(title)}</b><ul style='margin-left:-20px'>{lines}</ul>"


def fill_colour(widget: QWidget, name: str) -> QColor:
    return QColor(tone(widget, name))
