"""History's columns fitted to the table's width: the title takes what is left, the verdict and
the decision are never pushed out of sight, and no horizontal scrollbar hides them.

Fixed widths (130 + 70 + 110 + 120 + 125 pixels beside the title) overflowed a 1024-pixel
window, and the Verdict and Decision columns slid off under a scrollbar. Now each column asks
for its content (capped), the playbook column gives way first (the detail beside the table names
the playbook), then every column shrinks in proportion and elides its text (a tooltip has it
whole).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

TITLE, PLAYBOOK = 0, 1
TITLE_AT_LEAST = 150  # pixels the title keeps whatever else gives way
TITLE_BESIDE_PLAYBOOK = 260  # the playbook column shows only when the title keeps this much
CAPS = {1: 220, 2: 110, 3: 210, 4: 190, 5: 140}  # the most each column asks for
NARROWEST = 56  # no column is squeezed below this (an elided word still reads)


class ColumnFitter(QObject):
    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in CAPS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def wanted(self, column: int) -> int:
        header = self.table.horizontalHeader()
        content = max(header.sectionSizeFromContents(column).width(), self._widest(column))
        return min(CAPS[column], content + 8)

    def _widest(self, column: int) -> int:
        """The widest cell text of `column`, measured as the item delegate lays it out. Not
        QTableView.sizeHintForColumn: that asks the model for every role of every cell (17,000
        calls into Python for five columns of a 100-row page, 20-45 ms on the UI thread after
        each page, the longest stall while typing a search or when a memo was stored)."""
        model = self.table.model()
        texts = {str(model.data(model.index(row, column)) or "")
                 for row in range(model.rowCount())}
        if not texts:
            return 0
        metrics = self.table.fontMetrics()
        # The delegate's text margin on each side, and the grid line and rounding Qt adds
        # (checked against sizeHintForColumn: within a pixel).
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                     None, self.table) + 1) + 2
        return max(metrics.horizontalAdvance(text) for text in texts) + margin

    def fit(self, *_args) -> None:
        available = self.table.viewport().width()
        if available <= 0:
            return
        wanted = {column: self.wanted(column) for column in CAPS}
        show_playbook = sum(wanted.values()) + TITLE_BESIDE_PLAYBOOK <= available
        self.table.setColumnHidden(PLAYBOOK, not show_playbook)
        if not show_playbook:
            del wanted[PLAYBOOK]
        room = available - TITLE_AT_LEAST
        total = sum(wanted.values())
        scale = min(1.0, room / total) if total else 1.0
        header = self.table.horizontalHeader()
        for column, width in wanted.items():
            header.resizeSection(column, max(NARROWEST, int(width * scale)))
