"""Resolution dates on the assessment page (issue 16 item 1): under each likelihood question and
at the decision, the playbook's default until the official chooses a date, which is written
(audited) at once; once decided, the dates are fixed and shown as such."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.outcome_calls import DECISION, DEFAULT_RESOLVE_AFTER_DAYS


def open_draft(qtbot, window, assessment_id):
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None
                    and window.assessment_page.record.id == assessment_id, timeout=20000)
    page = window.assessment_page
    qtbot.waitUntil(lambda: window.context.runner.is_idle(), timeout=20000)
    visit_every_step(page)
    return page


def visit_every_step(page):
    """Show each step once: a step (and its dates) is built when first shown."""
    for index in range(page.step_count()):
        page.go_to_step(index)
    page.go_to_step(0)


def test_a_resolution_date_chosen_on_a_draft_is_kept_and_fixed_by_the_decision(
        qtbot, make_window, database, catalog):
    from models.audit_check import verify_chain
    from models.outcome_calls import case_calls
    from models.outcomes import resolution_dates
    from models.workflow import decide, revise
    from tests.desktop.helpers import decided_record

    playbook = catalog.get("use-of-force", "1.0")
    first, _ = decided_record(database, catalog, title="Evacuation by sea")
    draft = revise(database, first, actor="analyst", playbook=playbook)
    window = make_window()
    page = open_draft(qtbot, window, draft)
    edits = page.resolution.edits
    assert set(edits) == {"civilian_harm", "success_likelihood", "escalation_likelihood", DECISION}
    today = datetime.now(UTC).date()
    success = edits["success_likelihood"]
    assert success.isEnabled() and success.edit.isEnabled()
    assert success.edit.date().toPython() == today + timedelta(days=DEFAULT_RESOLVE_AFTER_DAYS)
    assert "default" in success.note.text()
    # The decision's own date sits at the decision step.
    assert page.decision.isAncestorOf(edits[DECISION])

    chosen = today + timedelta(days=90)
    with qtbot.waitSignal(page.resolution.written, timeout=20000) as written:
        success.edit.setDate(chosen)  # as picked in the calendar
    assert written.args == ["success_likelihood"]
    with qtbot.waitSignal(page.resolution.written, timeout=20000) as written:
        edits[DECISION].edit.setDate(today + timedelta(days=30))
    assert written.args == [DECISION]
    dates = resolution_dates(database, draft, playbook)
    assert dates.set == {"success_likelihood": chosen, DECISION: today + timedelta(days=30)}

    decide(database, draft, decision="approve", by="M. Ister", playbook=playbook)
    page.reload()  # as when the decided case is opened again
    qtbot.waitUntil(lambda: page.record is not None and page.record.status == "decided",
                    timeout=20000)
    qtbot.waitUntil(lambda: window.context.runner.is_idle(), timeout=20000)
    visit_every_step(page)
    edits = page.resolution.edits
    assert not edits["success_likelihood"].edit.isEnabled()
    assert edits["success_likelihood"].edit.date().toPython() == chosen
    assert "Fixed" in edits["success_likelihood"].note.text()
    with database.session() as session:
        case = case_calls(session, catalog.by_hash, draft)
    assert case is not None
    assert {c.question_id: c.resolve_on for c in case.calls}["success_likelihood"] == chosen
    assert verify_chain(database).ok  # each date set is an audited entry


def test_a_resolution_date_not_yet_read_shows_no_date(qtbot) -> None:
    """Until the page has read it (behind the record's opening, for a case opened as the
    window first shows), the field shows no date, not one the official might take for it."""
    from datetime import date

    from desktop.widgets.resolution_date import NOT_READ, ResolutionDateEdit

    edit = ResolutionDateEdit("How likely is it?")
    qtbot.addWidget(edit)
    assert edit.edit.text() == NOT_READ
    edit.show_draft(None, 365, date(2027, 1, 10))
    assert edit.edit.text() == "2028-01-10"
