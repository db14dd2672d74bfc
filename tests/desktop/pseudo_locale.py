"""A pseudo-translation of every string the desktop's code passes to Qt's translation, made at
test time from the code itself (Qt's lupdate), and a walk of a window's visible texts that
reports what it does not mark.

Each translation is its source wrapped in ⟦…⟧ (placeholders, %n and &-mnemonics kept inside),
so a text shown without the markers was never translated. What remains once the marked parts
and the test's own data (titles, names, playbook text: known because the test put them there)
are taken out, and has letters in it, is reported.
"""

from __future__ import annotations

import html
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.translations import tool

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
OPEN, CLOSE = "⟦", "⟧"
MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
IDENTIFIER = re.compile(r"^[a-z0-9_.:-]+$")  # playbook ids, option values: never shown as words
DIGEST = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{16,}(?![0-9A-Za-z])")  # a SHA-256 is a figure
TABLE_ROWS_READ = 30


def build_pseudo_translation(folder: Path) -> Path:
    """pseudo.qm in `folder`: every tr()/translate() string of desktop/ wrapped in markers."""
    ts = folder / "pseudo.ts"
    sources = sorted(str(path) for path in DESKTOP.rglob("*.py"))
    subprocess.run([tool("lupdate"), "-locations", "none", "-no-obsolete", "-source-language",
                    "en", "-target-language", "en", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        marked = f"{OPEN}{source}{CLOSE}"
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):  # English: singular and plural
                ET.SubElement(translation, "numerusform").text = marked
        else:
            translation.text = marked
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "pseudo.qm"
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


class PseudoPhrases:
    """The engine's sentences (playbooks.phrases) under the pseudo-locale: every template of
    the memo's catalogs (reports/locale/memo.pot, which desktop.phrases translates them by)
    wrapped in markers, so that a sentence the engine writes without a template there shows
    unmarked. Fields keep their own markers (the walk takes nested ones out)."""

    def __init__(self) -> None:
        from babel.messages.pofile import read_po

        from reports.memo_language import LOCALE_DIR

        with (LOCALE_DIR / "memo.pot").open("rb") as source:
            self.catalog = read_po(source)

    def gettext(self, message: str) -> str:
        return f"{OPEN}{message}{CLOSE}" if message in self.catalog else message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        chosen = singular if n == 1 else plural
        return f"{OPEN}{chosen}{CLOSE}" if singular in self.catalog else chosen


def data_pattern(data: Iterable[str], identifiers: Iterable[str] = ()) -> re.Pattern[str]:
    """Matches any of the test's own data strings as whole words, longest first. Single-word
    identifiers in `data` (an option's value "approve") are left out, lest they hide the same
    word shown untranslated; `identifiers` are the ones the window does show (playbook ids)."""
    kept = sorted({text.strip() for text in data
                   if text and text.strip() and not IDENTIFIER.match(text.strip())}
                  | {text for text in identifiers if text},
                  key=len, reverse=True)
    if not kept:
        return re.compile(r"(?!)")
    return re.compile("|".join(rf"(?<!\w){re.escape(text)}(?!\w)" for text in kept))


def unmarked(text: str, data: re.Pattern[str]) -> str:
    """What of `text` is neither marked nor data nor figures ("" when all of it is)."""
    if "<" in text and ">" in text:  # rich text: its tags are not words
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    while True:
        stripped = MARKED.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    text = DIGEST.sub(" ", data.sub(" ", text)).replace("&", "")
    words = re.sub(r"[\W\d_]+", " ", text).strip()
    return words


def _qt_standard_texts() -> set[str]:
    """The standard buttons' texts as Qt itself gives them (qtbase_<lang>.qm translates
    these, desktop.i18n loads it): Save, Cancel, OK…"""
    texts = set()
    for flag in QDialogButtonBox.StandardButton:
        if flag in (QDialogButtonBox.StandardButton.NoButton,):
            continue
        box = QDialogButtonBox(flag)
        button = box.button(flag)
        if button is not None:
            texts.add(button.text())
        box.deleteLater()
    return texts


def _standard_button(widget: QWidget, standard: set[str]) -> bool:
    box = widget.parent()
    return (isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton)
            and box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
            and widget.text() in standard)


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text `root` shows: labels, buttons, window and group titles,
    tabs, tooltips, placeholders, combo box items, column and row headers, table cells, menus
    and actions."""
    standard = _qt_standard_texts()
    found: list[tuple[str, str]] = []

    def add(widget: QWidget | QAction, kind: str, text: str) -> None:
        if text:
            name = widget.objectName() or getattr(widget, "accessibleName", lambda: "")()
            found.append((f"{type(widget).__name__}[{name}] {kind}", text))

    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if widget.isWindow():
            add(widget, "title", widget.windowTitle())
        add(widget, "tooltip", widget.toolTip())
        if isinstance(widget, QLabel) or (isinstance(widget, QAbstractButton)
                                          and not _standard_button(widget, standard)):
            add(widget, "text", widget.text())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            add(widget, "placeholder", widget.placeholderText())
            if widget.isReadOnly():
                add(widget, "text", widget.toPlainText())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
                add(widget, "tab tooltip", widget.tabToolTip(index))
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, "item", widget.itemText(index))
        if (isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
                and widget.model() is not None):
            _item_view_texts(widget, add)
    for action in root.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            add(action, "action", action.text())
            if action.toolTip() != action.text().replace("&", "").replace("…", "..."):
                add(action, "action tooltip", action.toolTip())
    return found


def _painted_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """What the cell shows: the text its delegate paints (a delegate may show a stored code
    in words, as the what-if panel's answer picker does), else the model's display text."""
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate) and type(delegate) is not QStyledItemDelegate:
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        return option.text or ""
    return str(index.data() or "")


def _item_view_texts(view: QAbstractItemView, add) -> None:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model: one column, which it does not let be asked
        columns = 1
    header = getattr(view, "horizontalHeader", getattr(view, "header", None))
    if header is not None and header().isVisible():
        for column in range(columns):
            add(view, "column", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(min(model.rowCount(QModelIndex()), TABLE_ROWS_READ)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            add(view, "cell", _painted_text(view, index))
            add(view, "cell tooltip", str(model.data(index, Qt.ItemDataRole.ToolTipRole) or ""))


def report(found: dict[str, list[tuple[str, str]]], data: re.Pattern[str]) -> str:
    """Every unmarked text, grouped by the first window that showed it; "" when none."""
    lines: list[str] = []
    reported: set[tuple[str, str]] = set()
    for window, texts in found.items():
        missed = [shown for shown in dict.fromkeys(texts)
                  if shown not in reported and unmarked(shown[1], data)]
        reported.update(missed)
        if missed:
            lines.append(f"== {window} ({len(missed)})")
            lines += [f"  {where}: {text[:160]!r}" for where, text in missed]
    return "\n".join(lines)
