"""A count limit makes searching as one types cheap on large records without changing pages:
the total stops at the limit and says so (History then shows "1,000+")."""

from __future__ import annotations

from models.search import search_assessments
from models.workflow import create_assessment
from tests.models.sample import sample_playbook


def test_the_count_stops_at_its_limit_and_says_so(database) -> None:
    playbook = sample_playbook()
    for number in range(5):
        create_assessment(database, playbook, title=f"Corridor {number}", actor="test")
    create_assessment(database, playbook, title="Unrelated", actor="test")

    exact = search_assessments(database, "corrid")
    assert (exact.total, exact.total_exact, len(exact.rows)) == (5, True, 5)
    capped = search_assessments(database, "corrid", count_limit=3)
    assert (capped.total, capped.total_exact, len(capped.rows)) == (3, False, 5)
    roomy = search_assessments(database, "corrid", count_limit=5)
    assert (roomy.total, roomy.total_exact) == (5, True)
    everything = search_assessments(database, "", count_limit=2, status="draft")
    assert (everything.total, everything.total_exact, len(everything.rows)) == (2, False, 6)
