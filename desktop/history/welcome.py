"""The first-run guide: what an empty record's History shows instead of an empty table.

One screen: what the app is for, its four steps, and three ways in — the example cases (four
invented case files shipped with the app, imported as drafts), a new assessment, or the user
guide. It goes away by itself once the record holds an assessment.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

WELCOME = QT_TRANSLATE_NOOP(
    "Welcome",
    "<h3>Welcome to Concert Desk</h3>"
    "<p>This record holds no assessment yet. Concert Desk takes a proposed joint action "
    "through four steps:</p>"
    "<ol>"
    "<li><b>Assess</b> it against the playbook's criteria, each answer with its reasons, "
    "confidence and graded evidence;</li>"
    "<li><b>read the verdict</b>, how fragile it is, and whether the member democracies' "
    "positions give it authority;</li>"
    "<li><b>decide and sign</b>: the minister's decision, in a memo signed by the drafting "
    "official and countersigned by the minister;</li>"
    "<li><b>review</b> it later: every assessment, decision and memo stays searchable and "
    "verifiable here.</li>"
    "</ol>"
    "<p>To see it at work first, open the four example cases (invented; one legitimate, one "
    "just short of authority, one early draft, one comparing three options). They come in as "
    "drafts you can change or leave.</p>",
)


class Welcome(QFrame):
    open_examples = Signal()
    new_assessment = Signal()
    show_guide = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("First steps"))
        text = QLabel(QCoreApplication.translate("Welcome", str(WELCOME)))
        text.setWordWrap(True)
        self.examples = QPushButton(self.tr("Open the example &cases"))
        self.examples.setAccessibleName(self.tr("Open the example cases"))
        self.new = QPushButton(self.tr("Start a ne&w assessment"))
        self.guide = QPushButton(self.tr("Read the &user guide (F1)"))
        self.examples.clicked.connect(self.open_examples)
        self.new.clicked.connect(self.new_assessment)
        self.guide.clicked.connect(self.show_guide)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        for button in (self.examples, self.new, self.guide):  # stacked: narrow windows stay narrow
            layout.addWidget(button)
        layout.addStretch(1)
