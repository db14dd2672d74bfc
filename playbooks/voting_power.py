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
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from playbooks.model import MemberInfo
from playbooks.phrases import Figure, Phrase, joined, phrase, phrase_plural

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
    parts: list[Phrase] = []
    if members_short:
        parts.append(phrase_plural("{count} member", "{count} members", members_short,
                                   count=Figure(str(members_short), members_short, "count")))
    if weight_short > 0:
        shown = f"{weight_short * 100:.1f}"
        parts.append(phrase("under 0.1% of weight") if shown == "0.0" else phrase(
            "{share}% of weight", share=Figure(shown, round(weight_short * 100, 1), "points")))
    return phrase("short by {shortfall}", shortfall=joined(" / ", parts)) if parts else ""


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

    Counted on complements: a coalition of the others matters only when it has at least
    members_needed − 1 members, i.e. its complement (among the others) has at most
    n − members_needed; and "its weight is in a window below the quota" becomes "its
    complement's weight is in a window below T − weight_needed + 1". So one table of the
    subsets of all n members, rows by size (up to n − members_needed), columns by weight (below
    that bound), is enough. A member's own table (subsets of the others) is that table divided
    by (1 + y·x^u): own[k](< X) = Σ_j (−1)^j all[k − j](< X − j·u), which cumulative sums over
    sizes and weights answer for a whole range of sizes at once, in O(n) look-ups per member.

    Each row is one Python integer holding its counts in fixed-width slots (wide enough for any
    count or sum: they are at most 2**n), so adding a member to the table is a shift and an add
    on whole rows, and the cumulative sums over weights are log2(columns) shifts and adds.
    """
    n = len(weights)
    if n == 0:
        return ()
    total = sum(weights)
    slot_bytes = (n + 1 + 7) // 8
    slot = 8 * slot_bytes
    limit = max(0, total - weight_needed + 1)  # complement weights below this are counted
    rows = max(0, n - members_needed)
    table = [0] * (rows + 1)
    table[0] = 1
    for added, u in enumerate(weights):
        if u >= limit:
            continue
        keep = (1 << (slot * (limit - u))) - 1
        for k in range(min(added, rows - 1), -1, -1):
            if table[k]:
                table[k + 1] += (table[k] & keep) << (slot * u)
    cumulative = _Cumulative(table, limit, slot_bytes)
    found: dict[int, int] = {}
    for u in weights:
        if u not in found:
            found[u] = _member_swings(cumulative, u, n - 1, members_needed, floor_at,
                                      low=total - u - weight_needed + 1)
    return tuple(found[u] for u in weights)


class _Cumulative:
    """counted(r, y): subsets of all members with at most r members and weight below y."""

    def __init__(self, table: list[int], limit: int, slot_bytes: int) -> None:
        self.limit, self.slot_bytes = limit, slot_bytes
        slot = 8 * slot_bytes
        columns = (1 << (slot * limit)) - 1
        self.rows: list[bytes] = []
        running = 0
        for row in table:
            running += row
            prefix, step = running, 1
            while step < limit:  # prefix sums over weights, doubling the span each time
                prefix += (prefix << (slot * step)) & columns
                step *= 2
            self.rows.append(prefix.to_bytes(slot_bytes * max(limit, 1), "little"))

    def counted(self, r: int, y: int) -> int:
        y = min(y, self.limit)
        if r < 0 or y <= 0:
            return 0
        start = (y - 1) * self.slot_bytes
        return int.from_bytes(self.rows[r][start : start + self.slot_bytes], "little")

    def of_others(self, smallest: int, largest: int, below: int, u: int) -> int:
        """Subsets of the others (all but one member of weight u) with smallest..largest
        members and weight below `below`."""
        if smallest > largest:
            return 0
        result, sign, j = 0, 1, 0
        while largest - j >= 0 and below - j * u > 0:
            y = below - j * u
            result += sign * (self.counted(largest - j, y) - self.counted(smallest - j - 1, y))
            sign, j = -sign, j + 1
        return result


def _member_swings(
    table: _Cumulative, u: int, m: int, members_needed: int, floor_at: int, *, low: int
) -> int:
    """Swings of one member of weight u among m others (see swing_counts). A complement of
    weight at least `low` leaves its coalition under the weight quota."""
    limit = table.limit
    swings = 0
    window: list[int] = []  # complement sizes whose coalitions swing in the weight window
    for k in range(m + 1):  # k: size of the coalition of the others
        complement = m - k
        if k >= floor_at:
            break  # the coalition already wins by the floor
        if k + 1 >= floor_at:  # joining carries it by the floor: every losing coalition swings
            if k < members_needed:
                swings += math.comb(m, k)
            else:
                losing = math.comb(m, complement) - table.of_others(complement, complement, low, u)
                swings += losing
        elif k + 1 < members_needed:
            continue
        elif k + 1 == members_needed:  # wins with the member when its weight reaches the quota
            swings += table.of_others(complement, complement, limit, u)
        else:
            window.append(complement)
    if window:
        smallest, largest = min(window), max(window)
        swings += table.of_others(smallest, largest, limit, u)
        swings -= table.of_others(smallest, largest, low, u)
    return swings


def concert_voting_power(
    members: Iterable[Any], rule: ConcertRule | None = None
) -> dict[str, tuple[int, float]]:
    """Each full member's square-root weight and normalised Banzhaf index under `rule` (by
    default the Concert's: 55 % of members, the Jagiellonian quota, a floor of four), from
    any rows with iso, name, population and standing (registry entries or MemberInfo)."""
    counted = [
        MemberInfo(m.iso, m.name, m.population, m.standing)
        for m in members
        if m.standing == "full"
    ]
    game = concert_game(counted, rule or ConcertRule())
    return {
        m.iso: (weight, power)
        for m, weight, power in zip(game.members, game.weights, banzhaf_indices(game), strict=True)
    }
