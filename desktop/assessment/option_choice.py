"""The decision on a case with options: the options side by side (desktop.history.options, the
comparison History's detail shows), and the minister's choice of one option or none.

Which option is best-judged, and whether a choice departs from it, come from playbooks.options
(`departs_from_best`, the rule models.decisions.decide applies when it records); this widget
only shows them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from desktop.assessment.bidi import isolated
from desktop.history.options import options_html
from playbooks.model import Evaluation
from playbooks.options import OptionsComparison, departs_from_best

NONE_CHOSEN = ""  # the "None of them" button's name


def comparison_label() -> QLabel:
    label = QLabel("")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(
        QCoreApplication.translate("OptionComparison", "Options compared side by side"))
    return label


class OptionChoice(QWidget):
    """One radio button per option, best-judged marked, then "None of them"."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Option chosen"))
        self.comparison: OptionsComparison | None = None
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.buttons: dict[str, QRadioButton] = {}
        self._shown: list[tuple[str, str, bool]] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def show_comparison(self, comparison: OptionsComparison) -> None:
        """Offer the options as judged now, keeping the choice if its option is still there."""
        self.comparison = comparison
        best = comparison.best.name
        shown = [(j.name, j.title, j.name == best) for j in comparison.options]
        if shown == self._shown:
            return
        chosen = self.chosen()
        self._shown = shown
        for button in self.buttons.values():
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for name, title, is_best in [*shown, (NONE_CHOSEN, self.tr("None of them"), False)]:
            text = isolated(title) + ("  " + self.tr("(best-judged)") if is_best else "")
            button = QRadioButton(text.replace("&", "&&"))
            button.setAccessibleName(
                self.tr("Choose no option") if name == NONE_CHOSEN
                else self.tr("Choose the option: {option}").format(option=text))
            self.group.addButton(button)
            self.buttons[name] = button
            self.box.addWidget(button)
        if chosen is not None and chosen in self.buttons:
            self.buttons[chosen].setChecked(True)

    def chosen(self) -> str | None:
        """The option's name, NONE_CHOSEN for "None of them", None before a choice."""
        for name, button in self.buttons.items():
            if button.isChecked():
                return name
        return None

    def choose(self, name: str) -> None:
        self.buttons[name].click()

    def chosen_option(self) -> str | None:
        """What `decide(option=…)` takes: the option's name, or None for none."""
        chosen = self.chosen()
        return chosen or None

    def governing(self) -> Evaluation | None:
        """The evaluation the decision follows: the chosen option's, else the best-judged's."""
        if self.comparison is None:
            return None
        return self.comparison.option(self.chosen_option() or self.comparison.best.name).evaluation

    def problem(self) -> str:
        """Why the choice stops the decision ("" : it does not), before the justification."""
        if self.comparison is None:
            return self.tr("Waiting for the options to be judged…")
        if self.chosen() is None:
            return self.tr("Choose an option, or “None of them”.")
        return ""

    def departure(self) -> str:
        """The departure from the best-judged option a justification must explain ("": none)."""
        if self.comparison is None or not departs_from_best(self.comparison,
                                                            self.chosen_option()):
            return ""
        chosen = self.comparison.option(self.chosen_option() or "")
        return self.tr("Choosing “{chosen}” departs from the best-judged option “{best}”: "
                       "write a justification to record it.").format(
            chosen=chosen.title, best=self.comparison.best.title)

    def verdict_title(self) -> str:
        if self.comparison is None:
            return self.tr("Verdict")
        name = self.chosen_option()
        if name:
            return self.tr("Verdict of the option chosen, {option}").format(
                option=self.comparison.option(name).title)
        return self.tr("Verdict of the best-judged option, {option}").format(
            option=self.comparison.best.title)


def decided_options_html(options) -> str:
    """What a decision on a case with options froze (models.option_records.
    DecisionOptionsRecord): the options side by side as judged when decided, and the choice."""
    from models.option_rows import decided_option_rows

    rows = decided_option_rows(options)
    titles = {row["name"]: row["title"] for row in rows}
    chosen = options.chosen_option
    if chosen:
        line = QCoreApplication.translate("OptionComparison", "Option chosen: {option}").format(
            option=f"<b>{escape(titles.get(chosen, chosen))}</b>")
    else:
        line = escape(QCoreApplication.translate("OptionComparison", "No option chosen"))
    line += QCoreApplication.translate("OptionComparison", "; best-judged: {option}").format(
        option=escape(titles.get(options.best_option, options.best_option)))
    if options.departs_from_best_option:
        departs = QCoreApplication.translate("OptionComparison",
                                             "departs from the best-judged option.")
        line += f" — <i>{escape(departs)}</i>"
    return f"<p>{line}</p>" + options_html(rows, decided=True)


def draft_options_html(rows) -> str:
    return options_html(rows, decided=False)
