"""Voting power in the Concert: weights by the square root of population, the Jagiellonian
quota, a blocking-minority floor, and each member's normalised Banzhaf index, computed exactly.

The rule (docs/method.md, "Authority", gives the sources with their paragraphs):
- Weight. Penrose (1946) showed that when each member's vote is decided by a majority of its
  people, a citizen's indirect influence falls with the square root of the population; weights
  proportional to √population give every citizen of the Concert the same influence. Weights are
  √(population in thousands), rounded to a whole number (at least 1): the rounding moves no
  weight by more than half a unit, less than the uncertainty of the population figures.
- Quota. Słomczyński and Życzkowski (2006) chose the quota that makes each member's voting
  power as close as possible to its weight: q = ½ (1 + 1/√M) of the total weight for M members
  (the "Jagiellonian compromise"). A playbook may set another share instead.
- Double majority with a floor. As in the Council of the EU (TEU Art. 16(4)), the endorsing
  members must also be a set share of the members, and a decision can only be blocked by at
  least a set number of members (four in the EU): when fewer than that do not endorse, the
  decision is carried whatever weight they hold.

A coalition therefore carries a decision when
    (endorsing members ≥ members_needed AND endorsing weight ≥ weight_needed)
    OR endorsing members ≥ members − blocking_floor + 1.

The normalised Banzhaf index of a member is the share of all swings that are its own: the
coalitions of the others that lose without it and win with it. It is a priori power (every
coalition counted once), a property of the rule and the registry, not of any one vote; it is
counted exactly (dynamic programming over the integer weights, never sampled) and cached.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from playbooks.model import MemberInfo

WEIGHT_UNIT = 1000  # people: a weight is √(population / WEIGHT_UNIT), rounded
DEFAULT_STATE_SHARE = 0.55  # TEU Art. 16(4): 55 % of the members of the Council
DEFAULT_BLOCKING_FLOOR = 4  # TEU Art. 16(4): a blocking minority includes at least four members


def square_root_weight(population: int) -> int:
    """Penrose's square-root weight of a member, in whole units of √(thousand people)."""
    return max(1, round(math.sqrt(population / WEIGHT_UNIT)))


def jagiellonian_quota(members: int) -> float:
    """Słomczyński and Życzkowski's optimal quota for `members` members: ½ (1 + 1/√M)."""
    return 0.5 * (1.0 + 1.0 / math.sqrt(members))


@dataclass(frozen=True)
class ConcertRule:
    """The thresholds a playbook sets for the Concert's double majority."""

    state_share: float = DEFAULT_STATE_SHARE
    weight_quota: float | None = None  # share of the total weight; None: the Jagiellonian quota
    blocking_floor: int = DEFAULT_BLOCKING_FLOOR  # 1: any single member may block


@dataclass(frozen=True)
class ConcertGame:
    """The double majority over one registry's full members (in ISO order)."""

    members: tuple[MemberInfo, ...]
    weights: tuple[int, ...]
    state_share: float
    weight_quota: float  # the share of the total weight needed (resolved)
    jagiellonian: bool  # whether weight_quota is the Jagiellonian quota
    blocking_floor: int
    members_needed: int  # fewest endorsing members whose share reaches state_share
    weight_needed: int  # least endorsing weight whose share reaches weight_quota

    @property
    def total_weight(self) -> int:
        return sum(self.weights)

    @property
    def carried_by_floor_at(self) -> int:
        """Endorsing members from which too few remain to block (members − floor + 1)."""
        return len(self.members) - self.blocking_floor + 1

    def carried(self, endorsing: int, weight: int) -> bool:
        """Whether `endorsing` members holding `weight` carry the decision."""
        if not self.members:
            return False
        majority = endorsing >= self.members_needed and weight >= self.weight_needed
        return majority or endorsing >= self.carried_by_floor_at


def concert_game(members: Sequence[MemberInfo], rule: ConcertRule) -> ConcertGame:
    """The game of the members given (the caller passes only those that count)."""
    ordered = tuple(sorted(members, key=lambda m: m.iso))
    weights = tuple(square_root_weight(m.population) for m in ordered)
    count, total = len(ordered), sum(weights)
    quota = rule.weight_quota
    jagiellonian = quota is None
    if quota is None:
        quota = jagiellonian_quota(count) if count else 1.0
    return ConcertGame(
        members=ordered,
        weights=weights,
        state_share=rule.state_share,
        weight_quota=quota,
        jagiellonian=jagiellonian,
        blocking_floor=rule.blocking_floor,
        members_needed=_least_reaching(count, rule.state_share),
        weight_needed=_least_reaching(total, quota),
    )


def _least_reaching(total: int, share: float) -> int:
    """The smallest whole number k with k / total >= share, compared exactly as the tally
    compares shares (so the game and the shown shares never disagree at the threshold)."""
    if total <= 0:
        return 1
    k = max(0, min(total, math.ceil(share * total) - 1))
    while k <= total and k / total < share:
        k += 1
    return k


# --- the current tally ---------------------------------------------------------------------


@dataclass(frozen=True)
class ConcertOutcome:
    """Where one set of endorsements stands under the game."""

    endorsing: int
    weight: int
    carried: bool
    by_floor: bool  # carried only because too few members remain to block
    pivotal: tuple[str, ...]  # ISO codes, heaviest first
    members_short: int  # more endorsing members the member share needs (0 when reached)
    weight_short: float  # share of the total weight still missing (0 when reached)


def concert_outcome(game: ConcertGame, endorsing: Collection[str]) -> ConcertOutcome:
    """The tally of the members in `endorsing` (ISO codes; others are ignored).

    Pivotal members: when the decision is carried, the endorsing members whose change of mind
    alone would defeat it; when it is not, the members whose endorsement alone would carry it.
    """
    chosen = [i for i, m in enumerate(game.members) if m.iso in endorsing]
    count = len(chosen)
    weight = sum(game.weights[i] for i in chosen)
    carried = game.carried(count, weight)
    majority = count >= game.members_needed and weight >= game.weight_needed
    inside = set(chosen)
    if carried:
        pivotal_at = [i for i in chosen if not game.carried(count - 1, weight - game.weights[i])]
    else:
        pivotal_at = [
            i
            for i in range(len(game.members))
            if i not in inside and game.carried(count + 1, weight + game.weights[i])
        ]
    pivotal_at.sort(key=lambda i: (-game.weights[i], game.members[i].iso))
    total = game.total_weight
    return ConcertOutcome(
        endorsing=count,
        weight=weight,
        carried=carried,
        by_floor=carried and not majority,
        pivotal=tuple(game.members[i].iso for i in pivotal_at),
        members_short=0 if carried else max(0, game.members_needed - count),
        weight_short=0.0 if carried or not total else max(0, game.weight_needed - weight) / total,
    )


def shortfall_text(members_short: int, weight_short: float) -> str:
    """E.g. 'short by 3 members / 4.1% of weight'; empty when nothing is short."""
    parts = []
    if members_short:
        parts.append(f"{members_short} member{'s' if members_short != 1 else ''}")
    if weight_short > 0:
        shown = f"{weight_short * 100:.1f}"
        parts.append(("under 0.1" if shown == "0.0" else shown) + "% of weight")
    return ("short by " + " / ".join(parts)) if parts else ""


# --- voting power ----------------------------------------------------------------------------


def banzhaf_indices(game: ConcertGame) -> tuple[float, ...]:
    """Each member's normalised Banzhaf index, in the game's member order (they sum to 1)."""
    swings = swing_counts(
        game.weights, game.members_needed, game.weight_needed, game.carried_by_floor_at
    )
    total = sum(swings)
    return tuple(s / total if total else 0.0 for s in swings)


@functools.lru_cache(maxsize=32)
def swing_counts(
    weights: tuple[int, ...], members_needed: int, weight_needed: int, floor_at: int
) -> tuple[int, ...]:
    """For each member, the exact number of coalitions of the others that it turns from losing
    into winning, where a coalition of k members and weight w wins when
    (k >= members_needed and w >= weight_needed) or k >= floor_at.

    Counted on complements: a coalition S of the others (m = n − 1 members, weight T − u)
    matters only when |S| >= members_needed − 1, i.e. its complement has at most
    n − members_needed members; and the weight windows it must fall in become windows of the
    complement's weight below T − weight_needed + 1. So one table, rows by number of members
    (up to n − members_needed) and columns by weight (below T − weight_needed + 1), counts the
    subsets of all members; each member's own table (subsets of the others) is that one with
    the member divided out. Each row is one Python integer holding its counts in fixed-width
    slots (wide enough for any count), so adding or removing a member is a shift and an add on
    whole rows, and summing a row's slots is a remainder modulo 2**slot − 1.
    """
    n = len(weights)
    if n == 0:
        return ()
    m, total = n - 1, sum(weights)
    slot = n + 1  # a row's counts sum to at most C(n, k) < 2**n: no slot, and no sum, overflows
    limit = total - weight_needed + 1  # complement weights below this are tracked
    rows = max(0, n - members_needed)
    if limit <= 0:  # no weight can reach the quota: only the floor decides
        limit = 0
    table = [0] * (rows + 1)
    table[0] = 1
    for added, u in enumerate(weights):
        if u >= limit:
            continue
        keep = (1 << (slot * (limit - u))) - 1
        for k in range(min(added, rows - 1), -1, -1):
            if table[k]:
                table[k + 1] += (table[k] & keep) << (slot * u)
    digit_sum = (1 << slot) - 1

    def below(row: int, bound: int) -> int:
        """The number of counted subsets in `row` with weight below `bound`."""
        if bound <= 0 or not row:
            return 0
        part = row & ((1 << (slot * min(bound, limit))) - 1)
        return part % digit_sum if part else 0

    found: dict[int, int] = {}
    swings = []
    for u in weights:
        if u not in found:
            found[u] = _member_swings(
                _Table(table, rows, limit, slot, below), u, m, members_needed, floor_at,
                low=total - u - weight_needed + 1,
            )
        swings.append(found[u])
    return tuple(swings)


@dataclass(frozen=True)
class _Table:
    rows: list[int]  # rows[k]: counts of k-member subsets by weight, one slot per weight
    highest: int  # the last row kept
    limit: int  # weights below this are kept
    slot: int  # bits per count
    below: Callable[[int, int], int]  # (row, bound) -> number of subsets under the bound


def _member_swings(
    table: _Table, u: int, m: int, members_needed: int, floor_at: int, *, low: int
) -> int:
    """Swings of one member of weight u (see swing_counts). `low`: a complement of weight at
    least `low` leaves its coalition under the weight quota."""
    below, limit = table.below, table.limit
    # Divide the member out: own[k] = rows[k] − own[k − 1]·x^u (exact, truncated at `limit`).
    own = list(table.rows)
    if u < limit:
        keep = (1 << (table.slot * (limit - u))) - 1
        for k in range(1, table.highest + 1):
            own[k] = table.rows[k] - ((own[k - 1] & keep) << (table.slot * u))
    swings = 0
    window = 0  # rows whose coalitions swing when their weight is in [quota − u, quota)
    for k in range(m + 1):  # k: size of the coalition of the others
        complement = m - k
        if k >= floor_at:
            break  # the coalition already wins by the floor
        if k + 1 >= floor_at:  # joining carries it by the floor: every losing coalition swings
            if k < members_needed:
                swings += math.comb(m, k)
            else:
                swings += math.comb(m, complement) - below(own[complement], low)
        elif k + 1 < members_needed:
            continue
        elif k + 1 == members_needed:  # wins with the member when its weight reaches the quota
            swings += below(own[complement], limit)
        else:
            window += own[complement]
    if window:
        swings += below(window, limit) - below(window, low)
    return swings
