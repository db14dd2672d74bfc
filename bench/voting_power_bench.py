"""Voting power under the Concert rule (exact normalised Banzhaf indices, square-root weights,
the Jagiellonian quota, a floor of four) for 42, 60 and 90 members, against the 1.0
population-share tally of the same positions (the baseline, measured in the same run).

    .venv/bin/python -m bench.voting_power_bench

Three figures per registry size:
- cold: the first evaluation of a registry and rule (the indices counted; then cached);
- warm: a tally once the indices are cached (what the stepper pays on every change);
- baseline: the 1.0 tally (`tally_positions` without an authority section).
Registries are synthetic: the seed's populations, then more drawn from them (seeded).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import replace

from playbooks.authority import tally_positions
from playbooks.authority_format import DEFAULT_ROUTE
from playbooks.loader import BUILTIN_FOLDER, load_playbook
from playbooks.model import AuthorityRule, MemberInfo, Playbook, Question, QuestionKind
from playbooks.voting_power import ConcertRule, banzhaf_indices, concert_game, swing_counts

SEED_POPULATIONS = (
    1_428_628_000, 334_915_000, 216_422_000, 124_517_000, 117_337_000, 84_482_000, 68_350_000,
    67_750_000, 60_414_000, 58_870_000, 51_713_000, 48_373_000, 46_654_000, 40_098_000,
    37_750_000, 34_352_000, 26_639_000, 19_629_000, 17_880_000, 11_822_000, 10_872_000,
    10_545_000, 10_551_000, 10_462_000, 9_700_000, 9_105_000, 8_849_000, 5_946_000, 5_584_000,
    5_519_000, 5_223_000, 5_212_000, 5_428_000, 2_675_000, 2_118_000, 1_883_000, 1_374_000,
    1_261_000, 669_000, 393_000, 3_423_000, 2_300_000,
)  # fmt: skip


def registry(size: int) -> list[MemberInfo]:
    rng = random.Random(size)
    populations = list(SEED_POPULATIONS[:size])
    while len(populations) < size:
        populations.append(int(rng.choice(SEED_POPULATIONS[1:]) * rng.uniform(0.8, 1.2)))
    return [MemberInfo(f"M{i:03d}", f"Member {i}", p, "full") for i, p in enumerate(populations)]


def _median_ms(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    legacy = load_playbook(BUILTIN_FOLDER / "use-of-force.yaml")
    question: Question = next(
        q for q in legacy.questions() if q.kind is QuestionKind.MEMBER_POSITIONS
    )
    concert = replace(
        legacy, authority=AuthorityRule("penrose-jagiellonian", 0.55, None, 4, (DEFAULT_ROUTE,))
    )
    print("members  baseline 1.0 tally  warm Concert tally  cold (indices counted)")
    for size in (42, 60, 90):
        print(_row(size, question, concert))


def _row(size: int, question: Question, concert: Playbook) -> str:
    members = registry(size)
    rng = random.Random(7)
    positions = {m.iso: rng.choice(("endorse", "endorse", "abstain")) for m in members}
    baseline = _median_ms(lambda: tally_positions(question, positions, members), 50)
    game = concert_game(members, ConcertRule())

    def cold() -> None:
        swing_counts.cache_clear()
        banzhaf_indices(game)

    cold_ms = _median_ms(cold, 3)
    banzhaf_indices(game)
    warm = _median_ms(lambda: tally_positions(question, positions, members, playbook=concert), 50)
    return (
        f"{size:7d}  {baseline:14.3f} ms  {warm:11.3f} ms ({warm / baseline:5.1f}x)  "
        f"{cold_ms:9.1f} ms ({cold_ms / baseline:,.0f}x)"
    )


if __name__ == "__main__":
    main()
