"""Every control on every page and in every dialog has a name a screen reader can say: the
pages reached from the navigation, History with a decided record, the decision step after the
decision (dissent, memos), the trust roots, the archive check, and the dissent and signing
dialogs."""

from __future__ import annotations

from desktop.main_window import HISTORY, MEMBERS, NEW, PLAYBOOKS, TRUST
from desktop.memo.signing import SigningDialog
from desktop.profile import ProfileDialog
from desktop.widgets.dissent import DissentDialog
from models.workflow import add_trust_root
from tests.desktop.helpers import (
    decided_record,
    select_in_history,
    unnamed_controls,
    untrusted_signers,
)


def test_every_page_and_dialog_names_its_controls(qtbot, make_window, database, catalog,
                                                   tmp_path):
    authority, signers = untrusted_signers(tmp_path)
    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    decided_id, _memo = decided_record(database, catalog, signers=signers)
    window = make_window()
    problems: dict[str, list[str]] = {}

    select_in_history(qtbot, window, decided_id)
    problems["history"] = unnamed_controls(window)
    for name, page in (("new", NEW), ("members", MEMBERS), ("playbooks", PLAYBOOKS),
                       ("trust roots", TRUST)):
        window.show_page(page)
        qtbot.waitUntil(lambda: window.context.runner.is_idle(), timeout=20000)
        problems[name] = unnamed_controls(window)
    assert window.trust_roots.table.rowCount() == 1

    window.show_page(HISTORY)
    window.history.detail.open_button.click()
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None, timeout=20000)
    page = window.assessment_page
    page.go_to_step(page.step_count() - 1)
    problems["decided assessment"] = unnamed_controls(window)

    dialog = window.verify_archive()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    problems["archive check"] = unnamed_controls(dialog)
    dialog.close()
    for made in (DissentDialog("A decision", window), SigningDialog(window),
                 ProfileDialog(None, window, first_run=True, choose_file=lambda *_a: None)):
        qtbot.addWidget(made)
        problems[type(made).__name__] = unnamed_controls(made)
    assert not {name: found for name, found in problems.items() if found}
