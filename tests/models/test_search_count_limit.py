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


def _function_calls(plan: dict) -> list[str]:
    """The calls of each Function Scan of an EXPLAIN VERBOSE plan, as the server made them."""
    found = [plan["Function Call"]] if plan.get("Node Type") == "Function Scan" else []
    for part in plan.get("Plans", []):
        found += _function_calls(part)
    return found


def test_postgresql_counts_no_more_matches_than_its_limit(database) -> None:
    """The count alone asks the owner's function (migration 0014) for no more matches than it
    counts: a common word's count then stops early instead of clearing every match (a slip
    once had it ask for all of them: 60 ms instead of 20 at 100k)."""
    import pytest
    import sqlalchemy as sa

    from models.search_sql import count_statement

    if database.dialect != "postgresql":
        pytest.skip("the function is PostgreSQL's")
    playbook = sample_playbook()
    for number in range(6):
        create_assessment(database, playbook, title=f"Corridor {number}", actor="test")
    statement = count_statement("postgresql", "corrid", count_limit=2)
    with database.engine.connect() as connection:
        plan = connection.execute(sa.text("EXPLAIN (VERBOSE, FORMAT JSON) " + statement.sql),
                                  statement.params).scalar_one()  # fmt: skip
        (counted,) = connection.execute(sa.text(statement.sql), statement.params).one()
    assert counted == 3  # the limit and one more: "2+"
    (call,) = _function_calls(plan[0]["Plan"])
    assert call.startswith("concert_cleared_matches(") and call.endswith(", 3)"), call
