"""Routing in the desktop (issue 18 item 4): the assessment page names the stage and offers
the acts allowed at it, a return asks for its comment, History's "For me" lists the drafts
waiting for a role and its detail shows the stage and every step. SQLite is single-user, so
every act of the stage is offered (PostgreSQL: tests/models/test_routing_roles.py)."""

from __future__ import annotations

from models.routing import route, steps_of
from models.workflow import create_assessment, decide
from tests.desktop.helpers import decided_record, select_in_history


def open_page(qtbot, window, assessment_id):
    window.open_assessment(assessment_id)
    page = window.assessment_page
    qtbot.waitUntil(lambda: page.decision is not None and page.routing.stage is not None
                    and window.context.runner.is_idle(), timeout=20000)
    return page


def shown_acts(page) -> list[str]:
    return [act for act, button in page.routing.buttons.items() if button.isVisibleTo(page)]


def test_a_draft_is_submitted_returned_with_a_comment_and_passed_from_its_page(
        qtbot, make_window, database, catalog):
    draft = create_assessment(database, catalog.get("sanctions"), title="Asset freeze",
                              actor="analyst")
    window = make_window()
    page = open_page(qtbot, window, draft)
    bar = page.routing
    assert bar.stage_label.text() == "Stage: A draft, not yet submitted for review"
    assert shown_acts(page) == ["submit"]

    bar.submit_button.click()
    qtbot.waitUntil(lambda: bar.stage == "submitted" and window.context.runner.is_idle(),
                    timeout=20000)
    assert bar.stage_label.text() == "Stage: Submitted for review"
    assert sorted(shown_acts(page)) == ["pass", "return"]

    # Cancelling the return's dialog records nothing.
    window.context.dialogs.exec_dialog = lambda dialog: False
    bar.return_button.click()
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert [s.act for s in steps_of(database, draft)] == ["submit"]

    def fill(dialog) -> bool:
        assert not dialog.ok.isEnabled()  # a return needs its comment
        dialog.comment.setPlainText("   ")
        assert not dialog.ok.isEnabled()
        dialog.comment.setPlainText("Say which assets and whose.")
        assert dialog.ok.isEnabled()
        return True

    window.context.dialogs.exec_dialog = fill
    bar.return_button.click()
    qtbot.waitUntil(lambda: bar.stage == "returned" and window.context.runner.is_idle(),
                    timeout=20000)
    assert shown_acts(page) == ["submit"]
    # The drafter sees on the page what to change, and who asked.
    assert bar.stage_label.text().startswith("Stage: Returned to the drafter by test official")
    assert bar.stage_label.text().endswith("\u201cSay which assets and whose.\u201d")
    bar.submit_button.click()
    qtbot.waitUntil(lambda: bar.stage == "submitted" and window.context.runner.is_idle(),
                    timeout=20000)
    bar.pass_button.click()
    qtbot.waitUntil(lambda: bar.stage == "passed" and window.context.runner.is_idle(),
                    timeout=20000)
    assert bar.stage_label.text() == "Stage: With the minister"
    assert shown_acts(page) == ["return"]
    steps = steps_of(database, draft)
    assert [(s.act, s.actor, s.comment) for s in steps] == [
        ("submit", "test official", ""), ("return", "test official", "Say which assets and whose."),
        ("submit", "test official", ""), ("pass", "test official", "")]
    assert not window.context.dialogs.errors


def test_a_decided_case_offers_no_routing_act(qtbot, make_window, database, catalog):
    decided_id, _ = decided_record(database, catalog, title="Decided already")
    window = make_window()
    page = open_page(qtbot, window, decided_id)
    assert page.routing.stage_label.text() == "Stage: Decided"
    assert shown_acts(page) == []


def test_for_me_lists_the_drafts_waiting_and_follows_the_routing(
        qtbot, make_window, database, catalog):
    playbook = catalog.get("sanctions")
    waiting = create_assessment(database, playbook, title="Waiting for review", actor="analyst")
    other = create_assessment(database, playbook, title="Never submitted", actor="analyst")
    route(database, waiting, "submit", actor="analyst")
    window = make_window()
    select_in_history(qtbot, window, other)
    history = window.history
    queue = history.queue
    labels = [queue.combo.itemText(i) for i in range(queue.combo.count())]
    if database.dialect == "sqlite":  # single-user: every role's queue is the official's
        assert labels == ["All assessments", "For me as drafter", "For me as reviewer",
                          "For me as minister"]
    else:  # a login that is no official (the test's owner) has no queue of its own
        assert labels == ["All assessments", "Waiting for the drafter",
                          "Waiting for the reviewer", "Waiting for the minister"]

    queue.choose("reviewer")
    qtbot.waitUntil(lambda: queue.assessment_ids() == [waiting]
                    and window.context.runner.is_idle(), timeout=20000)
    assert not history.table.isVisibleTo(history) and queue.list.isVisibleTo(history)
    assert history.count.text() == "1 waiting for the reviewer"
    assert "Waiting for review — submitted for review by analyst" in queue.list.item(0).text()
    queue.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: history.detail.record is not None
                    and history.detail.record.id == waiting
                    and window.context.runner.is_idle(), timeout=20000)
    text = history.detail.text.toPlainText()
    assert "Stage: Submitted for review" in text and "submitted for review by analyst" in text

    # Passed to the minister from its page: it leaves the reviewer's queue at once.
    page = open_page(qtbot, window, waiting)
    page.routing.pass_button.click()
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and page.routing.stage == "passed",
                    timeout=20000)
    qtbot.waitUntil(lambda: queue.assessment_ids() == [] and window.context.runner.is_idle(),
                    timeout=20000)
    assert history.count.text() == "Nothing waits for the reviewer."
    queue.choose("minister")
    qtbot.waitUntil(lambda: queue.assessment_ids() == [waiting]
                    and window.context.runner.is_idle(), timeout=20000)
    # Decided: out of every queue.
    decide(database, waiting, decision="defer", by="Minister", playbook=playbook)
    queue.refresh()
    qtbot.waitUntil(lambda: queue.assessment_ids() == [] and window.context.runner.is_idle(),
                    timeout=20000)
    queue.choose(None)
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert history.table.isVisibleTo(history) and not queue.list.isVisibleTo(history)


def test_the_routing_controls_are_named_and_clash_with_no_alt_letter(
        qtbot, make_window, database, catalog):
    from desktop.routing import ReturnDialog
    from tests.desktop.helpers import unnamed_controls
    from tests.desktop.test_mnemonics import clashes

    draft = create_assessment(database, catalog.get("sanctions"), title="Named", actor="analyst")
    route(database, draft, "submit", actor="analyst")  # pass and return both offered
    window = make_window()
    page = open_page(qtbot, window, draft)
    problems = {}
    for step in range(page.step_count()):
        page.go_to_step(step)
        problems[f"step {step + 1}"] = clashes(window, menu_bar=window.menuBar())
    dialog = ReturnDialog("Named", window)
    qtbot.addWidget(dialog)
    problems["return dialog"] = clashes(dialog)
    assert not {name: found for name, found in problems.items() if found}
    assert unnamed_controls(page.routing) == [] and unnamed_controls(dialog) == []
    window.history.queue.choose("reviewer")
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert unnamed_controls(window.history) == []


def test_on_postgresql_each_official_is_offered_only_their_own_acts(
        qtbot, make_window, make_context, database, database_url, catalog):
    """A drafter and a reviewer, each with their own login: the bar shows the drafter only
    Submit, the reviewer only Pass and Return, and History's "For me" is the login's role."""
    import pytest

    if database_url.startswith("sqlite"):
        pytest.skip("SQLite has no roles (single user)")
    from models.opening import open_record
    from tests.sessions import official_login

    draft = create_assessment(database, catalog.get("sanctions"), title="Shared case",
                              actor="analyst")
    with official_login(database_url, "drafter") as (_, drafter_url), \
            official_login(database_url, "reviewer") as (_, reviewer_url):
        as_drafter, as_reviewer = open_record(drafter_url), open_record(reviewer_url)
        try:
            window = make_window(make_context(as_drafter))
            page = open_page(qtbot, window, draft)
            assert shown_acts(page) == ["submit"]
            page.routing.submit_button.click()
            qtbot.waitUntil(lambda: page.routing.stage == "submitted"
                            and window.context.runner.is_idle(), timeout=20000)
            assert shown_acts(page) == []  # the reviewer's turn: nothing for the drafter
            window.close()

            window = make_window(make_context(as_reviewer))
            page = open_page(qtbot, window, draft)
            assert sorted(shown_acts(page)) == ["pass", "return"]
            window.show_page(0)
            queue = window.history.queue
            qtbot.waitUntil(lambda: queue.combo.count() > 1 and window.context.runner.is_idle(),
                            timeout=20000)
            assert queue.combo.itemText(1) == "For me (reviewer)"
            queue.choose("reviewer")
            qtbot.waitUntil(lambda: queue.assessment_ids() == [draft]
                            and window.context.runner.is_idle(), timeout=20000)
            window.close()
        finally:
            as_drafter.close()
            as_reviewer.close()
