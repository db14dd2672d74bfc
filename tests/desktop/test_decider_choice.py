"""The Decision step lets the minister's certificate be chosen (issue 12, item 1): optional, it
ties the decision to that certificate, so that only its holder countersigns the memo."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.memo.signing import BOTH
from models.workflow import add_trust_root, load_assessment
from reports.identity import create_test_identity, load_or_create_test_ca, unlock_identity
from reports.issue import issue_memo, unlock
from reports.signer_rules import SigningRefused
from tests.desktop.helpers import answer_everything, settle
from tests.desktop.test_assessment import _members, create

PASSPHRASE = "correct horse"


@pytest.fixture
def ministers(tmp_path: Path, database) -> dict[str, Path]:
    """The decider's identity file, another minister's of the same name, a drafter's."""
    authority = load_or_create_test_ca()
    add_trust_root(database, authority.certificate_path.read_bytes(), actor="test")
    paths = {}
    for key, name, role in (("decider", "Min Ister", "minister"),
                            ("same-name", "Min Ister", "minister"),
                            ("drafter", "Ana Drafter", "drafting-official")):
        paths[key] = tmp_path / f"{key}.p12"
        paths[key].write_bytes(create_test_identity(name, PASSPHRASE.encode(), role=role,
                                                    authority=authority))
    return paths


def ready_page(qtbot, window):
    page = create(qtbot, window, title="Strait interdiction")
    answer_everything(qtbot, page, [m.iso for m in _members(page)])
    settle(qtbot, page)
    page.decision.choose("approve")
    return page


def test_the_chosen_certificate_is_recorded_and_only_it_countersigns(
        qtbot, make_window, ministers, database) -> None:
    window = make_window()
    page = ready_page(qtbot, window)
    step = page.decision
    assert step.decider.chosen() == ""  # optional: none chosen at first
    window.context.dialogs.files.append(ministers["decider"])
    step.decider.browse.click()
    assert step.decider.passphrase.isVisible()  # an identity file: its passphrase reads it
    assert not step.submit.isEnabled() and "passphrase" in step.blocker.text()
    step.decider.passphrase.setText(PASSPHRASE)
    step.decided_by.clear()  # the certificate's name is used
    assert step.submit.isEnabled(), step.blocker.text()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        step.submit.click()

    decision = load_assessment(database, page.record.id).decision
    decider = unlock_identity(ministers["decider"], PASSPHRASE.encode())
    assert decision.decided_by == "Min Ister (TEST)"
    assert decision.decided_by_certificate == decider.fingerprint
    shown = page.decision.findChild(type(page.decision.verdict), None)
    texts = [label.text() for label in page.decision.findChildren(type(shown))]
    assert any("Minister's certificate: CN=Min Ister (TEST)" in text for text in texts)

    # The memo's signing dialog starts with the decider's identity in the minister's row.
    seen = []

    def cancel(dialog) -> bool:
        seen.append(dialog.minister.path.text())
        return False

    window.context.dialogs.exec_dialog = cancel
    page.decision.memos.issue_button.click()
    assert seen == [str(ministers["decider"])]

    # What the signing dialog's memo then allows: not the same-name minister, the decider.
    drafter = unlock(ministers["drafter"], PASSPHRASE.encode())
    playbook = page.playbook
    with pytest.raises(SigningRefused, match="only the decider's own certificate"):
        issue_memo(database, page.record.id, playbook, actor="clerk", identities=[
            drafter, unlock(ministers["same-name"], PASSPHRASE.encode())])
    issued = issue_memo(database, page.record.id, playbook, actor="clerk",
                        identities=[drafter, unlock(ministers["decider"], PASSPHRASE.encode())])
    assert issued.memo.stage == "countersigned"
    assert BOTH  # the desktop's signing dialog issues through the same issue_memo


def test_a_certificate_without_the_minister_role_records_nothing(
        qtbot, make_window, ministers, database) -> None:
    window = make_window()
    page = ready_page(qtbot, window)
    step = page.decision
    window.context.dialogs.files.append(ministers["drafter"])
    step.decider.browse.click()
    step.decider.passphrase.setText(PASSPHRASE)
    step.submit.click()
    qtbot.waitUntil(lambda: bool(window.context.dialogs.errors), timeout=20000)
    title, text = window.context.dialogs.errors[-1]
    assert title == "The decision was not recorded"
    assert "a decider needs the minister role" in text
    assert load_assessment(database, page.record.id).decision is None
    # The passphrase is not kept: it is asked for again before another try.
    assert not step.submit.isEnabled() and "passphrase" in step.blocker.text()


def test_the_default_signing_identity_is_offered_and_none_stays_possible(
        qtbot, make_window, make_context, ministers) -> None:
    from dataclasses import replace

    from models.profile import Profile

    context = make_context()
    context.use_profile(replace(Profile("Min Ister"), identity=str(ministers["decider"])))
    window = make_window(context)
    step = ready_page(qtbot, window).decision
    offered = [step.decider.identity.itemData(i) for i in range(step.decider.identity.count())]
    assert offered == ["", str(ministers["decider"])]
    assert step.decider.chosen() == "" and step.submit.isEnabled()
