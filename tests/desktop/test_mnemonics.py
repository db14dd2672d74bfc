"""Alt+letter does one thing at a time: within every screen of the main window (the menu bar's
letters included) and every dialog, no two visible controls share a mnemonic, and no two items
of a menu share one. Alt+R once meant the Record menu, the Crisis field and "Start a revision"
together, so typing into Crisis opened a dialog."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

from desktop.identities import IdentitiesDialog
from desktop.main_window import HISTORY, MEMBERS, NEW, PLAYBOOKS, TRUST
from desktop.memo.signing import SigningDialog
from desktop.pages.condition_review import ConditionReviewDialog
from desktop.profile import ProfileDialog
from desktop.widgets.dissent import DissentDialog
from models.condition_records import ConditionRecord
from reports.tokens import TokenKey
from tests.desktop.helpers import decided_record, select_in_history

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(root: QWidget, *, menu_bar=None) -> dict[str, list[str]]:
    """Mnemonic letters that more than one visible control of `root` answers to."""
    owners: dict[str, list[str]] = defaultdict(list)
    if menu_bar is not None:
        for action in menu_bar.actions():
            if (key := letter(action.text())) is not None:
                owners[key].append(f"menu {action.text()}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        if (key := letter(text)) is not None:
            owners[key].append(text)
    return {key: texts for key, texts in owners.items() if len(texts) > 1}


def menu_clashes(menu_bar) -> dict[str, list[str]]:
    found = {}
    for action in menu_bar.actions():
        owners: dict[str, list[str]] = defaultdict(list)
        for item in action.menu().actions():
            if (key := letter(item.text())) is not None:
                owners[key].append(item.text())
        found.update({f"{action.text()} {k}": v for k, v in owners.items() if len(v) > 1})
    return found


def test_no_two_controls_answer_to_one_alt_letter(qtbot, make_window, database, catalog):
    decided_id, _memo = decided_record(database, catalog)
    window = make_window()
    bar = window.menuBar()
    problems = {"menus": menu_clashes(bar)}

    select_in_history(qtbot, window, decided_id)
    problems["history"] = clashes(window, menu_bar=bar)
    for name, page in (("new", NEW), ("members", MEMBERS), ("playbooks", PLAYBOOKS),
                       ("trust roots", TRUST)):
        window.show_page(page)
        qtbot.waitUntil(lambda: window.context.runner.is_idle(), timeout=20000)
        problems[name] = clashes(window, menu_bar=bar)

    window.show_page(HISTORY)
    window.history.detail.open_button.click()
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    page = window.assessment_page
    for step in range(page.step_count()):
        page.go_to_step(step)
        problems[f"decided step {step + 1}"] = clashes(window, menu_bar=bar)

    scenario = window.open_scenario()  # the decided assessment's what-if panel
    qtbot.waitUntil(lambda: scenario.answer is not None, timeout=20000)
    problems["scenario"] = clashes(scenario)
    scenario.reject()

    dialog = window.verify_archive()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    problems["archive check"] = clashes(dialog)
    dialog.close()
    for made in (DissentDialog("A decision", window), SigningDialog(window),
                 ProfileDialog(None, window, first_run=True, choose_file=lambda *_a: None),
                 IdentitiesDialog(window.context, window, token_keys=(TokenKey(
                     "pkcs11:token=Card;object=me", "Card", "me", "Ana Drafter"),)),
                 ConditionReviewDialog(ConditionRecord("c1", 0, "Ships keep berth 4", "Consul",
                                                       "Daily call", date(2026, 12, 6),
                                                       "Berth 4 closes"),
                                       "Evacuation by sea", date(2026, 12, 6), window)):
        qtbot.addWidget(made)
        problems[type(made).__name__] = clashes(made)
    assert not {name: found for name, found in problems.items() if found}

