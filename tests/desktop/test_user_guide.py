"""Help > User guide (issue 14 item 5: "a user guide in Help, offline, shipped with the app").

F1 opens the guide shipped in the package; and the guide cannot drift from the window: every
menu command and every key it names is one the window has.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from desktop.menus import shortcut_rows
from desktop.user_guide import GUIDE, UserGuide

MENU_PATH = re.compile(r"\b(File|Record|Go|Help)\s+>\s+([A-Z][^*()\n,:]*?…?)(?=\*\*|\)|,|:|\s\()")
KEY = re.compile(r"\b(?:Ctrl|Alt|Shift)\+[A-Za-z0-9]+(?: (?:Down|Up))?|\bF1\b")


def _menus(window) -> dict[str, list[str]]:
    return {
        action.text().replace("&", ""): [
            item.text().replace("&", "") for item in action.menu().actions()
            if not item.isSeparator()
        ]
        for action in window.menuBar().actions()
    }


def test_f1_opens_the_guide_once_and_it_reads_offline(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guides = window.findChildren(UserGuide)
    assert len(guides) == 1 and guides[0].isVisible()
    text = guides[0].text.toPlainText()
    assert "Decide and sign" in text and "never connects to the internet" in text
    qtbot.keyClick(window, Qt.Key.Key_F1)  # a second F1 brings the same window forward
    assert len(window.findChildren(UserGuide)) == 1
    guides[0].close()


def test_every_menu_command_the_guide_names_is_in_the_menus(make_window):
    window = make_window()
    menus = _menus(window)
    named = MENU_PATH.findall(" ".join(GUIDE.read_text(encoding="utf-8").split()))
    assert len(named) >= 8, named
    missing = [f"{menu} > {item}" for menu, item in named if item.strip() not in menus[menu]]
    assert not missing, missing


def test_every_key_the_guide_names_is_a_key_of_the_window(make_window):
    window = make_window()
    listed = " ".join(keys for keys, _what in shortcut_rows(window))
    named = set(KEY.findall(GUIDE.read_text(encoding="utf-8")))
    assert {"Ctrl+N", "Ctrl+L", "F1"} <= named
    missing = sorted(key for key in named if key not in listed)
    assert not missing, missing
