"""The menu bar: every command the window offers, with its shortcut, in one place.

The actions only call the window's methods; the shortcuts that used to be loose QShortcuts
(Ctrl+N, Ctrl+F, Ctrl+1…) live here now, so each key has exactly one owner (two owners of one
key make Qt ignore both).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

PACKAGE = "concert-desk"


@dataclass(frozen=True)
class WindowActions:
    new_assessment: QAction
    import_case: QAction
    export_case: QAction
    import_bundle: QAction
    export_bundle: QAction
    quit: QAction
    profile: QAction
    identities: QAction
    verify_memo_file: QAction
    verify_archive: QAction
    trust_roots: QAction
    lock_keys: QAction
    scenario: QAction
    history: QAction
    members: QAction
    playbooks: QAction
    conditions_due: QAction
    review: QAction
    search: QAction
    about: QAction
    user_guide: QAction
    shortcuts: QAction


def app_version() -> str:
    """The installed package's version, or the checkout's pyproject version when run from
    source."""
    # Imported when About is opened, not with the window (bench: importlib.metadata alone
    # took a third of the window's own modules' import time).
    import tomllib
    from importlib import metadata

    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        version = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
        return QCoreApplication.translate("Menus", "{version} (from source)").format(
            version=version)
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return QCoreApplication.translate("Menus", "unknown")


def about_text(database: str, dialect: str) -> str:
    import platform

    return QCoreApplication.translate(
        "Menus",
        "Concert Desk {version}\n"
        "Legitimacy assessments of joint actions, decisions and signed decision memos.\n\n"
        "Database: {database} ({engine})\n\n"
        "Python {python}, PySide6 {pyside}\n"
        "Works offline: the app never makes a network connection.",
    ).format(version=app_version(), database=database,
             engine="PostgreSQL" if dialect == "postgresql" else "SQLite",
             python=platform.python_version(), pyside=pyside_version)


# Keys that belong to a page or a control rather than to a menu item (menu items list their
# own shortcuts, read from the actions when the list is shown). The keys themselves are never
# translated; the words around them (in brackets) and what they do are.
PAGE_KEYS = (
    ("Ctrl+Page Down / Alt+Right", QT_TRANSLATE_NOOP("Menus", "Next step of an assessment")),
    ("Ctrl+Page Up / Alt+Left", QT_TRANSLATE_NOOP("Menus", "Previous step of an assessment")),
    ("Alt+L", QT_TRANSLATE_NOOP("Menus", "Show or hide the verdict panel")),
    ("Up / Down, Shift+Up / Shift+Down",
     QT_TRANSLATE_NOOP("Menus", "Member positions: move, select rows")),
    ("E / O / A / N", QT_TRANSLATE_NOOP(
        "Menus", "Member positions: endorse, oppose, abstain, not consulted (selected rows)")),
    ("Delete", QT_TRANSLATE_NOOP("Menus", "Member positions: no position (selected rows)")),
    (QT_TRANSLATE_NOOP("Menus", "Down (in History's search)"),
     QT_TRANSLATE_NOOP("Menus", "Go to the results")),
    (QT_TRANSLATE_NOOP("Menus", "Enter (in History's results)"),
     QT_TRANSLATE_NOOP("Menus", "Open the selected assessment")),
    ("Page Down / Page Up, Ctrl+Home / Ctrl+End",
     QT_TRANSLATE_NOOP("Menus", "Memo viewer: scroll the pages")),
    ("Ctrl++ / Ctrl+-", QT_TRANSLATE_NOOP("Menus", "Memo viewer: zoom")),
    (QT_TRANSLATE_NOOP("Menus", "Alt+underlined letter"),
     QT_TRANSLATE_NOOP("Menus", "The control or menu whose label has that letter underlined")),
)


def shortcut_rows(window: MainWindow) -> list[tuple[str, str]]:
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu):
            continue
        for item in menu.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in item.shortcuts())
            if keys:
                rows.append((keys, item.text().replace("&", "").rstrip("…")))
    return rows + [(QCoreApplication.translate("Menus", str(keys)),
                    QCoreApplication.translate("Menus", str(what))) for keys, what in PAGE_KEYS]


def show_user_guide(window: MainWindow) -> None:
    from desktop.user_guide import show_user_guide as show  # on first use, not with the window

    show(window)


def show_shortcuts(window: MainWindow) -> None:
    from html import escape

    rows = "".join(f"<tr><td><b>{escape(keys)}</b></td><td>&nbsp;&nbsp;{escape(what)}</td></tr>"
                   for keys, what in dict.fromkeys(shortcut_rows(window)))
    title = QCoreApplication.translate("Menus", "Keyboard shortcuts")
    window.context.dialogs.info(window, title, f"<table>{rows}</table>")


def build_menus(window: MainWindow) -> WindowActions:
    bar = window.menuBar()
    translate = QCoreApplication.translate

    def action(text: str, slot, keys: str | QKeySequence | QKeySequence.StandardKey | None = None,
               tip: str = "") -> QAction:
        made = QAction(text, window)
        if keys is not None:
            made.setShortcut(QKeySequence(keys))
        if tip:
            made.setStatusTip(tip)
            made.setToolTip(tip)
        made.triggered.connect(lambda _checked=False: slot())
        return made

    from desktop.main_window import DUE, HISTORY, MEMBERS, NEW, PLAYBOOKS, REVIEW, TRUST

    actions = WindowActions(
        new_assessment=action(
            translate("Menus", "&New assessment…"), lambda: window.show_page(NEW),
            QKeySequence.StandardKey.New, translate("Menus", "Start a new assessment")),
        import_case=action(
            translate("Menus", "&Import case file…"), window.import_case_file, "Ctrl+I",
            translate("Menus", "Create a draft from a case file (YAML)")),
        export_case=action(
            translate("Menus", "&Export case file…"), window.export_case_file, "Ctrl+E",
            translate("Menus", "Write the open or selected assessment as a case file")),
        import_bundle=action(
            translate("Menus", "Import b&undle…"), window.import_bundle, None,
            translate("Menus", "Check a bundle another record exported, then add the cases it "
                               "carries with their proof")),
        export_bundle=action(
            translate("Menus", "Export &bundle…"), window.export_bundle, None,
            translate("Menus", "Write the open or selected assessment, or the whole record, "
                               "as one signed bundle with its audit chain")),
        profile=action(
            translate("Menus", "&Profile…"), window.edit_profile, None,
            translate("Menus", "Your name, role, unit and default signing identity, recorded "
                               "with each change and printed on the memos you issue")),
        identities=action(
            translate("Menus", "&Signing identities…"), window.manage_identities, None,
            translate("Menus", "Create a TEST identity, import your identity file or choose a "
                               "key on your smart card, and make it your default")),
        quit=action(
            translate("Menus", "&Quit"), window.close, "Ctrl+Q",
            translate("Menus", "Close Concert Desk (nothing is lost)")),
        verify_memo_file=action(
            translate("Menus", "Verify a &memo file…"), window.verify_memo_file, None,
            translate("Menus", "Check the signatures of a memo PDF and compare it with the "
                               "record")),
        verify_archive=action(
            translate("Menus", "Verify the whole &archive…"), window.verify_archive, None,
            translate("Menus", "Check the audit chain and every stored memo")),
        trust_roots=action(
            translate("Menus", "&Trust roots…"), lambda: window.show_page(TRUST), "Ctrl+5",
            translate("Menus", "The certification authorities whose signers are trusted")),
        lock_keys=action(
            translate("Menus", "&Lock signing keys"), window.lock_signing_keys, "Ctrl+L",
            translate("Menus", "Forget the signing keys unlocked in this session; the next "
                               "memo asks for the passphrases again")),
        scenario=action(
            translate("Menus", "&What-if scenario…"), window.open_scenario, "Ctrl+T",
            translate("Menus", "Try other answers and member positions on the open "
                               "assessment, beside the record (nothing is changed)")),
        history=action(
            translate("Menus", "&History"), lambda: window.show_page(HISTORY), "Ctrl+1"),
        members=action(
            translate("Menus", "&Members"), lambda: window.show_page(MEMBERS), "Ctrl+3"),
        playbooks=action(
            translate("Menus", "&Playbooks"), lambda: window.show_page(PLAYBOOKS), "Ctrl+4"),
        conditions_due=action(
            translate("Menus", "&Conditions due"), lambda: window.show_page(DUE), "Ctrl+6",
            translate("Menus", "Conditions of standing approvals whose review is due")),
        review=action(
            translate("Menus", "&Review"), lambda: window.show_page(REVIEW), "Ctrl+7",
            translate("Menus", "How well past likelihood calls matched what happened, and "
                               "the calls due to be judged")),
        search=action(
            translate("Menus", "&Search history"), window.focus_search,
            QKeySequence.StandardKey.Find),
        about=action(translate("Menus", "&About Concert Desk"), window.show_about, None),
        user_guide=action(
            translate("Menus", "&User guide"), lambda: show_user_guide(window),
            QKeySequence.StandardKey.HelpContents,
            translate("Menus", "How to assess, decide, sign and check, shipped with the app")),
        shortcuts=action(
            translate("Menus", "&Keyboard shortcuts"), lambda: show_shortcuts(window), None,
            translate("Menus", "Every key the window answers to")),
    )
    # Ctrl+2 also opens New assessment, beside Ctrl+N, so the Go keys run 1 to 5 without a gap.
    actions.new_assessment.setShortcuts([QKeySequence(QKeySequence.StandardKey.New),
                                         QKeySequence("Ctrl+2")])

    file_menu = bar.addMenu(translate("Menus", "&File"))
    file_menu.addAction(actions.new_assessment)
    file_menu.addSeparator()
    file_menu.addAction(actions.import_case)
    file_menu.addAction(actions.export_case)
    file_menu.addAction(actions.import_bundle)
    file_menu.addAction(actions.export_bundle)
    file_menu.addSeparator()
    file_menu.addAction(actions.profile)
    file_menu.addAction(actions.identities)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    record_menu = bar.addMenu(translate("Menus", "&Record"))
    record_menu.addAction(actions.scenario)
    record_menu.addSeparator()
    record_menu.addAction(actions.verify_memo_file)
    record_menu.addAction(actions.verify_archive)
    record_menu.addSeparator()
    record_menu.addAction(actions.trust_roots)
    record_menu.addAction(actions.lock_keys)

    go_menu = bar.addMenu(translate("Menus", "&Go"))
    for item in (actions.history, actions.new_assessment, actions.members, actions.playbooks,
                 actions.trust_roots, actions.conditions_due, actions.review):
        go_menu.addAction(item)
    go_menu.addSeparator()
    go_menu.addAction(actions.search)

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    help_menu.addAction(actions.user_guide)
    help_menu.addAction(actions.shortcuts)
    help_menu.addAction(actions.about)
    return actions
