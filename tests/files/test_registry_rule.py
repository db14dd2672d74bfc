"""The default member registry applies one stated rule (models/registry_rule.py, docs/method.md
"Member registry") to every entry: Freedom House, Freedom in the World 2024, status Free and
Free in each of the ten editions 2015–2024; populations from the World Bank WDI, 2023."""

from __future__ import annotations

import pytest

from models.members import Registry, RegistryEntry, default_registry_path, load_registry_file
from models.registry_rule import (
    BORDERLINE_BELOW_SCORE,
    DURABLE_EDITIONS,
    INDEX_SOURCE,
    POPULATION_SOURCE,
    must_be_borderline,
    standing_by_rule,
)


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry_file(default_registry_path())


def entries(registry: Registry) -> list[RegistryEntry]:
    return list(registry.members)


def test_every_standing_follows_freedom_in_the_world_2024_free_status_and_ten_free_editions(
    registry: Registry,
) -> None:
    wrong = [(e.iso, e.standing) for e in registry if e.standing != standing_by_rule(e)]
    assert wrong == []


def test_the_registry_names_one_index_and_one_population_source_with_their_years(
    registry: Registry,
) -> None:
    assert registry.index_source == INDEX_SOURCE
    for entry in registry:
        assert entry.index_status, entry.iso
        assert entry.free_editions is not None, entry.iso
        assert entry.population_year == 2023, entry.iso
        # One source per entry: the WDI 2023 (rounded figures say so) or, for Taiwan, which
        # the WDI does not list, its own statistics office.
        if entry.iso == "TWN":
            assert "Taiwan" in entry.population_source and "2023" in entry.population_source
        else:
            assert entry.population_source.startswith(POPULATION_SOURCE), entry.iso


def test_upward_of_sixty_democracies_meet_the_rule_in_full_standing(registry: Registry) -> None:
    full = [e for e in registry if e.standing == "full"]
    assert len(full) >= 60


def test_every_entry_has_a_review_date_and_rests_on_the_rule(registry: Registry) -> None:
    assert all(e.reviewed_on == "2026-12-05" for e in registry)
    assert {e.review_reference for e in registry} == {"registry rule FIW2024-D10"}


def test_a_score_below_80_or_a_status_short_of_free_is_borderline_with_a_note(
    registry: Registry,
) -> None:
    for entry in registry:
        if must_be_borderline(entry):
            assert entry.borderline, entry.iso
        if entry.borderline:
            assert len(entry.note) > 20, entry.iso
    low = {e.iso for e in registry if (e.index_score or 100) < BORDERLINE_BELOW_SCORE}
    assert {"BRA", "ISR", "BWA", "ZAF"} <= low


def test_seed_members_rated_partly_free_are_candidates_not_members(registry: Registry) -> None:
    by_code = {e.iso: e for e in registry}
    for code in ("IND", "PHL", "PER"):
        assert by_code[code].index_status == "partly_free"
        assert by_code[code].standing == "candidate"
        assert by_code[code].borderline and "seed" in by_code[code].note


def test_free_but_not_yet_durable_states_are_candidates(registry: Registry) -> None:
    young = [e for e in registry if e.index_status == "free"
             and (e.free_editions or 0) < DURABLE_EDITIONS]  # fmt: skip
    assert {e.iso for e in young} >= {"TLS", "SYC"}
    assert all(e.standing == "candidate" and e.borderline for e in young)


def test_no_single_member_holds_a_quarter_of_the_full_members_population(
    registry: Registry,
) -> None:
    full = [e for e in registry if e.standing == "full"]
    total = sum(e.population for e in full)
    largest = max(full, key=lambda e: e.population)
    assert largest.iso == "USA"
    assert largest.population / total < 0.25
