"""History: pages load lazily, search waits for a pause in typing and runs off the UI thread,
filters and sorting go to the query, and the detail view shows the selected record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.history.model import PAGE_SIZE
from desktop.history.page import NO_MATCHES, NO_RECORDS
from desktop.main_window import HISTORY
from models.workflow import create_assessment


def make_records(database, catalog, count, title="Assessment"):
    playbook = catalog.get("sanctions")
    return [
        create_assessment(database, playbook, title=f"{title} {index:03d}", actor="seeder")
        for index in range(count)
    ]


def open_history(qtbot, make_window):
    window = make_window()
    window.show_page(HISTORY)
    history = window.history
    history.refresh()
    qtbot.waitUntil(lambda: history.model.total is not None and window.context.runner.is_idle())
    return window, history


def test_rows_are_fetched_page_by_page(qtbot, make_window, database, catalog):
    make_records(database, catalog, PAGE_SIZE + 30)
    _window, history = open_history(qtbot, make_window)
    model = history.model
    assert model.rowCount() == PAGE_SIZE  # not every record: only the first page
    assert model.canFetchMore()
    assert history.count.text() == f"{PAGE_SIZE + 30} assessments"
    history.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 30, timeout=20000)
    assert not model.canFetchMore()
    assert model.data(model.index(0, 0)) == f"Assessment {PAGE_SIZE + 29:03d}"  # newest first


def test_search_waits_for_a_pause_in_typing(qtbot, make_window, database, catalog):
    make_records(database, catalog, 3, title="Blockade")
    make_records(database, catalog, 2, title="Evacuation")
    window, history = open_history(qtbot, make_window)
    queries = []
    history.searched.connect(lambda: queries.append(history.model.query.text))
    window.focus_search()
    assert history.search.hasFocus()
    with qtbot.waitSignal(history.searched, timeout=5000):
        qtbot.keyClicks(history.search, "evacu")
        assert history.search_timer.isActive()  # restarted on every keystroke
    assert queries == ["evacu"]  # one search for five keystrokes
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert history.model.rowCount() == 2
    assert history.count.text() == "2 assessments"


def test_filters_and_sorting_reach_the_query(qtbot, make_window, database, catalog):
    make_records(database, catalog, 3, title="Zulu")
    make_records(database, catalog, 2, title="Alpha")
    create_assessment(database, catalog.get("use-of-force"), title="Use of force case",
                      actor="seeder")
    window, history = open_history(qtbot, make_window)
    model = history.model
    history.playbook.setCurrentIndex(history.playbook.findData("use-of-force"))
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and model.rowCount() == 1)
    assert model.data(model.index(0, 0)) == "Use of force case"
    history.playbook.setCurrentIndex(0)
    history.status.setCurrentIndex(history.status.findData("decided"))
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and model.total == 0)
    history.status.setCurrentIndex(0)
    history.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: window.context.runner.is_idle() and model.rowCount() == 6)
    assert model.query.order == "title"
    assert model.data(model.index(0, 0)) == "Alpha 000"


def test_detail_view_shows_the_selected_record_and_opens_it(qtbot, make_window, database,
                                                            catalog):
    (assessment_id,) = make_records(database, catalog, 1, title="Oil embargo")
    window, history = open_history(qtbot, make_window)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail.record is not None)
    text = history.detail.text.toPlainText()
    assert "Oil embargo" in text and "draft" in text
    assert not history.detail.revise_button.isEnabled()  # only decided records are revised
    assert not history.detail.verify_memo.isEnabled()  # no memo yet
    with qtbot.waitSignal(history.open_assessment):
        history.detail.open_button.click()
    qtbot.waitUntil(lambda: window.assessment_page is not None
                    and window.assessment_page.record is not None)
    assert window.assessment_page.assessment_id == assessment_id


def test_an_empty_history_says_why_and_what_to_do(qtbot, make_window, database, catalog):
    window, history = open_history(qtbot, make_window)
    assert history.model.rowCount() == 0
    assert history.count.text() == NO_RECORDS
    make_records(database, catalog, 2, title="Evacuation")
    history.refresh()
    qtbot.waitUntil(lambda: history.count.text() == "2 assessments", timeout=20000)
    with qtbot.waitSignal(history.searched, timeout=5000):
        qtbot.keyClicks(history.search, "zanzibar")
    qtbot.waitUntil(lambda: window.context.runner.is_idle())
    assert history.model.rowCount() == 0
    assert history.count.text() == NO_MATCHES


def test_an_empty_record_opens_on_a_first_run_guide_with_the_example_cases(qtbot, make_window):
    """Issue 14 item 5: a one-screen first-run guide that opens the example cases."""
    from desktop.casefiles import EXAMPLES
    from tests.desktop.test_mnemonics import clashes

    window, history = open_history(qtbot, make_window)
    welcome = history.welcome
    assert welcome.isVisible() and not history.table.isVisible()
    assert not clashes(window, menu_bar=window.menuBar())
    qtbot.mouseClick(welcome.examples, Qt.MouseButton.LeftButton)
    shipped = sorted(path.name for path in EXAMPLES.glob("*.yaml"))
    assert len(shipped) == 4  # three single actions and one case with options
    qtbot.waitUntil(lambda: history.model.rowCount() == len(shipped), timeout=20000)
    # the guide goes away once the record holds something, and the drafts are listed
    assert not welcome.isVisible() and history.table.isVisible()
    titles = {history.model.index(row, 0).data() for row in range(history.model.rowCount())}
    assert any("Port Amsel" in str(title) for title in titles), titles


def test_detail_lists_the_cases_notes_and_its_conditions_with_their_reviews(
        qtbot, make_window, database, catalog):
    """Issue 15: a saved what-if note was kept but listed nowhere, and an approval's conditions
    and their reviews were not in the record's detail."""
    from models.changes import Part, RecordChange
    from models.condition_records import ConditionInput
    from models.conditions import review_condition
    from models.notes import add_note
    from models.tables import utc_now
    from models.workflow import decide, load_assessment, revise
    from tests.desktop.helpers import decided_record

    first, _memo = decided_record(database, catalog, title="Evacuation by sea")
    playbook = catalog.get("use-of-force", "1.0")
    draft = revise(database, first, actor="analyst", playbook=playbook)
    decide(database, draft, decision="approve_with_conditions", by="M. Ister", playbook=playbook,
           conditions=[ConditionInput("Ships keep berth 4", "Consul", "Daily call",
                                      utc_now().date(), "Berth 4 closes")])
    [condition] = load_assessment(database, draft).decision.conditions
    review_condition(database, condition.id, outcome="not-met", note="Berth 4 shut at noon",
                     by="Consul")
    window, history = open_history(qtbot, make_window)
    row = next(r for r in range(history.model.rowCount())
               if history.model.assessment_id(r) == draft)
    history.table.selectRow(row)
    qtbot.waitUntil(lambda: history.detail.record is not None
                    and history.detail.record.id == draft, timeout=20000)
    text = history.detail.text.toPlainText()
    assert "Ships keep berth 4" in text and "tripwire: Berth 4 closes" in text
    assert "not met" in text and "Berth 4 shut at noon" in text
    assert "Notes" not in text

    with qtbot.waitSignal(history.detail.shown, timeout=20000):  # the bus reloads the detail
        window.context.write(
            lambda: add_note(database, draft, "What if Norway abstains?\nStill legitimate.",
                             kind="scenario", actor="analyst"),
            RecordChange.of(Part.NOTES, assessments=[draft]))
    text = history.detail.text.toPlainText()
    assert "Scenario note by analyst" in text and "What if Norway abstains?" in text


def test_detail_compares_a_cases_options_side_by_side_and_marks_the_choice(
        qtbot, make_window, database, catalog):
    """Issue 15 item 1: the options of a case side by side (verdict, per-criterion score and
    margin), the best-judged marked, and once decided the chosen one, as the decision froze."""
    from models.changes import Part, RecordChange
    from models.options import OptionSpec, save_option_answer, set_options
    from models.workflow import decide, save_answer
    from tests.models.sample import add_members, options_playbook

    playbook = options_playbook()
    catalog.add(playbook)
    add_members(database)
    case = create_assessment(database, playbook, title="Northern Strait", actor="analyst")
    save_answer(database, case, "gravity", 2, actor="analyst", playbook=playbook)
    save_answer(database, case, "lawful", True, actor="analyst", playbook=playbook)
    set_options(database, case, [OptionSpec("no_action", "No action"),
                                 OptionSpec("air_strikes", "Air strikes"),
                                 OptionSpec("blockade", "Naval blockade")],
                actor="analyst", playbook=playbook)
    for name, value in (("no_action", 0), ("air_strikes", 2), ("blockade", 1)):
        save_option_answer(database, case, name, "halts_harm", value, actor="analyst",
                           playbook=playbook)
    window, history = open_history(qtbot, make_window)
    history.table.selectRow(0)
    qtbot.waitUntil(lambda: history.detail.record is not None)
    text = history.detail.text.toPlainText()
    assert "Options compared" in text and "(as judged when decided)" not in text
    assert "Air strikes\nbest-judged" in text
    assert "Prospects" in text and "0.00 (-0.50) fail" in text and "1.00 (+0.50) pass" in text
    assert "Best-judged option: Air strikes (legitimate)" in text

    with qtbot.waitSignal(history.detail.shown, timeout=20000):
        window.context.write(
            lambda: decide(database, case, decision="approve", by="M. Ister", option="blockade",
                           justification="Partners will not fly", playbook=playbook),
            RecordChange.of(Part.DECISION, assessments=[case]))
    text = history.detail.text.toPlainText()
    assert "Options compared (as judged when decided)" in text
    assert "Naval blockade\nchosen" in text
