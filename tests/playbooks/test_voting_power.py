"""The Concert's voting rule: Penrose's square-root weights, the Jagiellonian quota of
Słomczyński and Życzkowski, the blocking-minority floor of TEU Art. 16(4), and each member's
normalised Banzhaf index counted exactly."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbooks.model import MemberInfo
from playbooks.voting_power import (
    ConcertRule,
    banzhaf_indices,
    concert_game,
    concert_outcome,
    jagiellonian_quota,
    shortfall_text,
    square_root_weight,
    swing_counts,
)
from tests.playbooks.legacy_cases import REGISTRY

FULL = tuple(m for m in REGISTRY if m.standing == "full")
EU_RULE = ConcertRule()  # 55 % of members, the Jagiellonian quota, a floor of four


def brute_force_swings(weights, members_needed, weight_needed, floor_at):
    """Every coalition enumerated: the definition of a swing, checked the slow way."""

    def wins(coalition: tuple[int, ...]) -> bool:
        size, weight = len(coalition), sum(weights[i] for i in coalition)
        return (size >= members_needed and weight >= weight_needed) or size >= floor_at

    swings = [0] * len(weights)
    for size in range(len(weights) + 1):
        for coalition in itertools.combinations(range(len(weights)), size):
            if wins(coalition):
                for i in coalition:
                    if not wins(tuple(j for j in coalition if j != i)):
                        swings[i] += 1
    return tuple(swings)


def members(populations: list[int]) -> list[MemberInfo]:
    return [
        MemberInfo(f"M{i:02d}", f"Member {i}", population, "full")
        for i, population in enumerate(populations)
    ]


def test_penrose_1946_weights_are_the_square_root_of_population_in_thousands() -> None:
    # Penrose (1946): influence per citizen falls with √population, so weight follows it.
    assert square_root_weight(1_428_628_000) == 1195  # √1 428 628 = 1195.3
    assert square_root_weight(393_000) == 20  # √393 = 19.8
    assert square_root_weight(6_400_000) == 4 * square_root_weight(400_000) == 80  # 16× people
    assert square_root_weight(1) == 1  # never 0: every member weighs something


def test_jagiellonian_quota_slomczynski_zyczkowski_2006() -> None:
    # q = ½ (1 + 1/√M): 59.6 % for 27 members, falling towards ½ as M grows.
    assert jagiellonian_quota(27) == pytest.approx(0.5962, abs=5e-5)
    assert jagiellonian_quota(100) == pytest.approx(0.55)
    assert jagiellonian_quota(42) > jagiellonian_quota(60) > jagiellonian_quota(90) > 0.5


def test_jagiellonian_quota_gives_voting_power_close_to_weight() -> None:
    # The point of the quota (Słomczyński & Życzkowski 2006, sec. 3): power ∝ weight.
    game = concert_game(FULL, ConcertRule(state_share=0.0001, blocking_floor=1))
    power = banzhaf_indices(game)
    total = game.total_weight
    for weight, index in zip(game.weights, power, strict=True):
        assert index == pytest.approx(weight / total, abs=0.02)


def test_square_root_weights_end_the_largest_members_dominance() -> None:
    # India holds 47 % of these members' people but about a fifth of their voting power.
    game = concert_game(FULL, EU_RULE)
    power = dict(zip((m.iso for m in game.members), banzhaf_indices(game), strict=True))
    people = sum(m.population for m in FULL)
    assert 1_428_628_000 / people > 0.47
    assert 0.1 < power["IND"] < 0.25
    assert power["IND"] == max(power.values())
    assert sum(power.values()) == pytest.approx(1.0)


@settings(max_examples=300, deadline=None)
@given(
    weights=st.lists(st.integers(1, 30), min_size=1, max_size=9),
    data=st.data(),
)
def test_banzhaf_1965_swings_are_counted_exactly(weights: list[int], data) -> None:
    n, total = len(weights), sum(weights)
    members_needed = data.draw(st.integers(1, n))
    weight_needed = data.draw(st.integers(1, total))
    floor_at = data.draw(st.integers(1, n + 1))
    args = (tuple(weights), members_needed, weight_needed, floor_at)
    assert swing_counts(*args) == brute_force_swings(*args)


def test_voting_power_of_ninety_members_is_exact_and_sums_to_one() -> None:
    # Ninety members, many with equal weight: equal weight, equal power (symmetry), and a
    # heavier member never has less power than a lighter one.
    populations = [(i % 30 + 1) * 3_000_000 for i in range(90)]
    game = concert_game(members(populations), EU_RULE)
    power = banzhaf_indices(game)
    assert sum(power) == pytest.approx(1.0, abs=1e-12)
    ranked = sorted(zip(game.weights, power, strict=True))
    for (w1, p1), (w2, p2) in itertools.pairwise(ranked):
        assert p1 <= p2 + 1e-15 if w1 < w2 else p1 == p2


def test_blocking_minority_floor_teu_art_16_4_carries_a_decision_three_cannot_block() -> None:
    # TEU Art. 16(4): a blocking minority must include at least four members.
    game = concert_game(FULL, EU_RULE)
    big_three = {"IND", "USA", "BRA"}  # 30 % of the weight between them
    rest = {m.iso for m in FULL} - big_three
    outcome = concert_outcome(game, rest)
    assert outcome.carried and outcome.by_floor
    without_floor = concert_game(FULL, ConcertRule(blocking_floor=1))
    assert not concert_outcome(without_floor, rest).carried


def test_the_member_share_teu_art_16_4_fifty_five_percent_must_also_be_reached() -> None:
    game = concert_game(FULL, EU_RULE)  # 17 full members: 55 % is 10 of them
    assert game.members_needed == 10
    heaviest = [m.iso for m in sorted(FULL, key=lambda m: -m.population)][:9]
    outcome = concert_outcome(game, heaviest)
    assert outcome.weight / game.total_weight >= game.weight_quota
    assert not outcome.carried
    assert outcome.members_short == 1 and outcome.weight_short == 0
    assert shortfall_text(outcome.members_short, outcome.weight_short) == "short by 1 member"


def test_pivotal_members_and_the_shortfall_in_words() -> None:
    game = concert_game(FULL, EU_RULE)
    smallest = [m.iso for m in sorted(FULL, key=lambda m: m.population)][:10]
    outcome = concert_outcome(game, smallest)
    assert not outcome.carried and outcome.members_short == 0
    assert outcome.weight_short > 0
    assert shortfall_text(0, outcome.weight_short) == (
        f"short by {outcome.weight_short * 100:.1f}% of weight"
    )
    # Not carried: the pivotal members are those whose endorsement alone would carry it.
    for iso in outcome.pivotal:
        assert concert_outcome(game, [*smallest, iso]).carried
    assert outcome.pivotal == tuple(
        m.iso for m in sorted(game.members, key=lambda m: -square_root_weight(m.population))
        if m.iso in outcome.pivotal
    )
    twelve = [m.iso for m in FULL][:10]  # exactly the 55 % of members needed
    carried = concert_outcome(game, twelve)
    assert carried.carried and carried.pivotal
    for iso in carried.pivotal:  # carried: those whose defection alone would defeat it
        assert not concert_outcome(game, [x for x in twelve if x != iso]).carried
    for iso in set(twelve) - set(carried.pivotal):
        assert concert_outcome(game, [x for x in twelve if x != iso]).carried


def test_shortfall_text_examples() -> None:
    assert shortfall_text(3, 0.041) == "short by 3 members / 4.1% of weight"
    assert shortfall_text(0, 0.0004) == "short by under 0.1% of weight"
    assert shortfall_text(0, 0.0) == ""


populations = st.lists(st.integers(1_000, 1_500_000_000), min_size=2, max_size=40)


@settings(max_examples=150, deadline=None)
@given(populations=populations, floor=st.integers(2, 6), share=st.floats(0.01, 1.0),
       data=st.data())
def test_no_single_member_can_block_alone_when_the_floor_is_two_or_more(
    populations: list[int], floor: int, share: float, data
) -> None:
    game = concert_game(members(populations), ConcertRule(state_share=share, blocking_floor=floor))
    lone = data.draw(st.sampled_from([m.iso for m in game.members]))
    others = [m.iso for m in game.members if m.iso != lone]
    assert concert_outcome(game, others).carried


@settings(max_examples=150, deadline=None)
@given(populations=populations, floor=st.integers(1, 6), share=st.floats(0.01, 1.0),
       quota=st.none() | st.floats(0.01, 1.0), data=st.data())
def test_adding_an_endorsing_member_never_lowers_authority(
    populations: list[int], floor: int, share: float, quota: float | None, data
) -> None:
    rule = ConcertRule(state_share=share, weight_quota=quota, blocking_floor=floor)
    game = concert_game(members(populations), rule)
    isos = [m.iso for m in game.members]
    endorsing = set(data.draw(st.lists(st.sampled_from(isos), unique=True)))
    newcomer = data.draw(st.sampled_from(isos))
    before = concert_outcome(game, endorsing)
    after = concert_outcome(game, endorsing | {newcomer})
    assert after.carried or not before.carried
    assert after.weight >= before.weight and after.endorsing >= before.endorsing
    assert after.members_short <= before.members_short
    assert after.weight_short <= before.weight_short or after.carried


def test_an_empty_registry_carries_nothing() -> None:
    game = concert_game([], EU_RULE)
    assert not concert_outcome(game, []).carried
    assert banzhaf_indices(game) == ()
    assert math.isclose(game.weight_quota, 1.0)
