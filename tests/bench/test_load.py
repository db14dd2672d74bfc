"""The load scenario itself works: two officials at once on a PostgreSQL record, every write
acknowledged is in it once, no error met, the chain verifies (times are bench.run's, never
asserted here)."""

from __future__ import annotations

import os

import pytest

from bench.load_bench import describe, measure


@pytest.mark.db
def test_two_officials_at_once_lose_nothing() -> None:
    server = os.environ.get("CONCERT_TEST_PG_URL")
    if not server:
        pytest.skip("the load scenario needs PostgreSQL (CONCERT_TEST_PG_URL)")
    figures = measure(server, 2, 2.0, think=0.0)
    assert figures["problems"] == [], describe(figures)
    assert figures["alone"]["errors"] == {} and figures["many"]["errors"] == {}
    assert figures["alone"]["saves"] > 0 and figures["many"]["saves"] > 0
    assert figures["many"]["decisions"] > 0
