"""History's outcome filters (issue 16 item 3): "resolved" keeps the cases with an outcome or a
retrospective recorded, "overdue" those with a call or decision past its resolution date and
nothing recorded, "missed" those with a confident call the outcome contradicted (80 %+ that did
not occur, 20 % or less that did; docs/method.md)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from models.tables import utc_now
from tests.desktop.test_history import open_history


def outcomes_record(database, catalog) -> None:
    """Four cases: said almost certain (success) and almost no chance (civilian harm), as
    decided_record answers."""
    from models.outcomes import record_outcome, record_retrospective, set_resolution_date
    from models.workflow import create_assessment, decide, revise
    from tests.desktop.helpers import decided_record

    playbook = catalog.get("use-of-force", "1.0")
    missed, _ = decided_record(database, catalog, title="Missed harm")
    record_outcome(database, missed, "success_likelihood", "occurred", note="Aim met.",
                   actor="analyst", playbook=playbook)
    record_outcome(database, missed, "civilian_harm", "occurred",  # said almost no chance
                   note="Shelling of the port.", actor="analyst", playbook=playbook)
    judged, _ = decided_record(database, catalog, title="Judged well")
    record_outcome(database, judged, "success_likelihood", "cannot_tell", note="Unclear.",
                   actor="analyst", playbook=playbook)
    # A later outcome corrects an earlier one: only the latest says whether it was missed.
    record_outcome(database, judged, "success_likelihood", "not_occurred", note="Early.",
                   actor="analyst", playbook=playbook)
    record_outcome(database, judged, "success_likelihood", "occurred", note="Aim met later.",
                   actor="analyst", playbook=playbook)
    looked_back, _ = decided_record(database, catalog, title="Looked back")
    record_retrospective(database, looked_back, wrong="Too slow.", again="The corridor.",
                         actor="analyst")
    first, _ = decided_record(database, catalog, title="Overdue call")
    draft = revise(database, first, actor="analyst", playbook=playbook)
    set_resolution_date(database, draft, "success_likelihood",
                        utc_now().date() - timedelta(days=1), actor="analyst",
                        playbook=playbook)
    decide(database, draft, decision="approve", by="M. Ister", playbook=playbook)
    create_assessment(database, playbook, title="Still a draft", actor="analyst")


def titles_with(qtbot, window, history, which: str) -> set[str]:
    model = history.model
    history.outcome.setCurrentIndex(history.outcome.findData(which))
    qtbot.waitUntil(lambda: model.query.outcome == which and model.total is not None
                    and window.context.runner.is_idle(), timeout=20000)
    return {model.data(model.index(row, 0)) for row in range(model.rowCount())}


@pytest.mark.parametrize(("which", "titles"), [
    ("resolved", {"Missed harm", "Judged well", "Looked back"}),
    ("overdue", {"Overdue call  (revision 2)"}),
    ("missed", {"Missed harm"}),
])
def test_the_outcome_filter_keeps_the_cases_it_names(qtbot, make_window, database, catalog,
                                                     which, titles):
    outcomes_record(database, catalog)
    window, history = open_history(qtbot, make_window)
    assert history.model.rowCount() == 6  # every case, before the filter
    assert titles_with(qtbot, window, history, which) == titles
    assert history.count.text() == f"{len(titles)} assessment{'s' if len(titles) > 1 else ''}"
    history.outcome.setCurrentIndex(0)  # any outcome: every case again
    qtbot.waitUntil(lambda: history.model.query.outcome is None
                    and window.context.runner.is_idle() and history.model.rowCount() == 6)


def test_the_outcome_filter_combines_with_the_search(qtbot, make_window, database, catalog):
    outcomes_record(database, catalog)
    window, history = open_history(qtbot, make_window)
    history.search.setText("Judged")
    history.apply_query()
    assert titles_with(qtbot, window, history, "resolved") == {"Judged well"}
    assert titles_with(qtbot, window, history, "missed") == set()
