"""The memo viewer: the stored PDF's pages as images, with a verification badge on top (who
signed, whether the document is intact, whether the signers are trusted).

The PDF comes from the record (models.workflow.get_memo), the pages are rendered on a
background thread (desktop.memo.pages), and the badge comes from reports' verification on the
database thread (it needs the trust roots), so opening a memo never freezes the window. When a
trust root is added while the viewer is open (the change bus says so), the badge is checked
again: "not trusted" may now read "trusted".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QVBoxLayout,
    QWidget,
)

from desktop.context import DeskContext
from desktop.memo.badge import Badge, badge_html, verify_stored_memo
from desktop.memo.pages import render_pages
from models.changes import Part, RecordChange
from playbooks.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from models.records import MemoRecord

ZOOMS = (0.75, 1.0, 1.25, 1.5, 2.0)


class MemoViewer(QDialog):
    pages_shown = Signal(int)  # number of pages
    badge_shown = Signal(object)  # desktop.memo.badge.Badge

    def __init__(self, context: DeskContext, memo_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.memo_id = memo_id
        self.memo: MemoRecord | None = None
        self.badge: Badge | None = None
        self.images: list[QImage] = []
        self._zoom = 1
        self.setWindowTitle(self.tr("Memo"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

        self.heading = QLabel(self.tr("Loading the memo…"))
        self.heading.setAccessibleName(self.tr("Memo reference and stage"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.badge_label = QLabel(self.tr("Checking signatures…"))
        self.badge_label.setWordWrap(True)
        self.badge_label.setTextFormat(Qt.TextFormat.RichText)
        self.badge_label.setAccessibleName(self.tr("Verification badge"))
        self.badge_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge_label.setMargin(8)
        self.badge_label.setAutoFillBackground(True)

        self.zoom_out = QPushButton("−")
        self.zoom_out.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out.clicked.connect(lambda: self.set_zoom(self._zoom - 1))
        self.zoom_in = QPushButton("+")
        self.zoom_in.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in.clicked.connect(lambda: self.set_zoom(self._zoom + 1))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export this memo to a PDF file"))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        tools = QHBoxLayout()
        tools.addWidget(self.heading, 1)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        tools.addWidget(self.export_button)
        tools.addWidget(close)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.setSpacing(16)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setWidget(self.pages)
        self.page_area.setAccessibleName(self.tr("Memo pages"))
        self.page_area.setBackgroundRole(self.palette().ColorRole.Dark)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.badge_label)
        layout.addWidget(self.page_area, 1)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.set_zoom(self._zoom + 1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.set_zoom(self._zoom - 1))
        # The pages scroll by keyboard from the moment the viewer opens, wherever the focus is
        # (it starts on the zoom buttons, which take no paging keys).
        bar = self.page_area.verticalScrollBar()
        for keys, step in (("PgDown", QScrollBar.SliderAction.SliderPageStepAdd),
                           ("PgUp", QScrollBar.SliderAction.SliderPageStepSub),
                           ("Ctrl+End", QScrollBar.SliderAction.SliderToMaximum),
                           ("Ctrl+Home", QScrollBar.SliderAction.SliderToMinimum)):
            QShortcut(QKeySequence(keys), self, lambda a=step: bar.triggerAction(a))
        self.resize(900, 1000)
        context.record_changed.connect(self._on_record_changed)
        self.load()

    def _on_record_changed(self, change: RecordChange) -> None:
        if change.has(Part.TRUST_ROOTS) and self.memo is not None:
            self._verify()

    def load(self) -> None:
        from models.workflow import get_memo

        db, memo_id = self.context.db, self.memo_id
        self.context.runner.submit(lambda: get_memo(db, memo_id), self._loaded, self._failed,
                                   owner=self, label="load memo")

    def _loaded(self, memo) -> None:
        self.memo = memo
        self.heading.setText(f"{memo.reference} — {memo.stage}")
        self.setWindowTitle(self.tr("Memo {reference}").format(reference=memo.reference))
        self._render()
        self._verify()

    def _verify(self) -> None:
        context, memo = self.context, self.memo
        self.context.runner.submit(lambda: verify_stored_memo(context, memo), self._show_badge,
                                   self._failed, owner=self, label="verify memo")

    def _render(self) -> None:
        assert self.memo is not None and self.memo.pdf is not None  # loaded with its PDF
        pdf, scale = self.memo.pdf, ZOOMS[self._zoom] * self.devicePixelRatioF()
        self.context.background.submit(lambda: render_pages(pdf, scale), self._show_pages,
                                       self._failed, owner=self, label="render memo")

    def _show_pages(self, images) -> None:
        self.images = images
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.deleteLater()
        ratio = self.devicePixelRatioF()
        for number, image in enumerate(images, start=1):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page = QLabel()
            page.setPixmap(pixmap)
            page.setAccessibleName(self.tr("Page {number} of {count}").format(number=number,
                                                                               count=len(images)))
            self.pages_layout.addWidget(page)
        self.pages_shown.emit(len(images))

    def _show_badge(self, badge: Badge) -> None:
        self.badge = badge
        self.badge_label.setText(badge_html(badge))
        palette = self.badge_label.palette()
        from desktop.widgets.verdict import fill_colour

        colour = fill_colour(self, {"valid": "good", "invalid": "bad"}.get(badge.state, "mixed"))
        colour.setAlpha(40)
        palette.setColor(self.badge_label.backgroundRole(), colour)
        self.badge_label.setPalette(palette)
        self.badge_shown.emit(badge)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self.badge_label.setText(
            self.tr("<b>Cannot show this memo:</b> {error}").format(error=error))

    def set_zoom(self, index: int) -> None:
        index = max(0, min(index, len(ZOOMS) - 1))
        if index != self._zoom and self.memo is not None:
            self._zoom = index
            self._render()

    def export(self) -> None:
        from desktop.memo.actions import export_memo_bytes

        if self.memo is not None and self.memo.pdf is not None:
            export_memo_bytes(self.context, self, self.memo.reference, self.memo.pdf)
