"""The double-majority tally of member positions.

Modelled on the Council of the EU's qualified majority: an action has the Concert's authority
when the endorsing members are at least a set share of the members AND hold at least a set
share of the members' population.

Choices, and why:
- Only members whose standing is "full" count: suspended members, candidates and states that
  withdrew have no voice in the Concert's decisions.
- The denominator is every full member, whatever its position. Abstentions count against,
  as in the EU Council. Members marked "not consulted" (or missing from the answer) count too:
  otherwise a coalition could raise its share by not asking the members likely to object, and
  the Concert's authority rests on the membership as a whole, not on those who were asked.
- Positions of states that are not full members are ignored and named in a note.
- A share equal to the threshold meets it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from playbooks.model import POSITIONS, AuthorityTally, MemberInfo, Question
from playbooks.schema import DEFAULT_POPULATION_SHARE, DEFAULT_STATE_SHARE

COUNTING_STANDING = "full"


@dataclass(frozen=True)
class TallyResult:
    tally: AuthorityTally
    notes: tuple[str, ...]


def counted_members(members: Sequence[MemberInfo]) -> list[MemberInfo]:
    return [m for m in members if m.standing == COUNTING_STANDING]


def tally_positions(
    question: Question, positions: Mapping[str, str], members: Sequence[MemberInfo]
) -> TallyResult:
    counted = counted_members(members)
    counted_isos = {m.iso for m in counted}
    counts = dict.fromkeys(POSITIONS, 0)
    endorsing = population_endorsing = population_counted = 0
    for member in counted:
        position = positions.get(member.iso, "not_consulted")
        counts[position] += 1
        population_counted += member.population
        if position == "endorse":
            endorsing += 1
            population_endorsing += member.population
    state_share = endorsing / len(counted) if counted else 0.0
    population_share = population_endorsing / population_counted if population_counted else 0.0
    # The loader always resolves both; the defaults serve questions built in code.
    state_threshold = question.state_share or DEFAULT_STATE_SHARE
    population_threshold = question.population_share or DEFAULT_POPULATION_SHARE
    met = (
        bool(counted)
        and state_share >= state_threshold
        and (population_share >= population_threshold)
    )
    notes: list[str] = []
    ignored = sorted(iso for iso in positions if iso not in counted_isos)
    if ignored:
        notes.append(
            "positions of states that are not full members were not counted: " + ", ".join(ignored)
        )
    if not counted:
        notes.append("the member registry has no full members, so no majority can be reached")
    tally = AuthorityTally(
        states_endorsing=endorsing,
        states_counted=len(counted),
        state_share=state_share,
        population_endorsing=population_endorsing,
        population_counted=population_counted,
        population_share=population_share,
        state_threshold=state_threshold,
        population_threshold=population_threshold,
        met=met,
        positions=counts,
    )
    return TallyResult(tally, tuple(notes))


def describe_tally(tally: AuthorityTally) -> str:
    """E.g. 'double majority met: 40 of 62 members (64.5%, needed 55%) holding 71.2% of the
    population (needed 65%)'."""
    outcome = "met" if tally.met else "not met"
    return (
        f"double majority {outcome}: {tally.states_endorsing} of {tally.states_counted} members "
        f"endorse ({_percent(tally.state_share, tally.state_threshold)}, "
        f"needed {_percent(tally.state_threshold)}), holding "
        f"{_percent(tally.population_share, tally.population_threshold)} of the members' "
        f"population (needed {_percent(tally.population_threshold)})"
    )


def _percent(share: float, threshold: float | None = None) -> str:
    """One decimal, or more when a share just under its threshold would round up to it."""
    for decimals in range(1, 7):
        text = _fixed(share, decimals)
        if threshold is None or share >= threshold or text != _fixed(threshold, decimals):
            break
    return f"{text}%"


def _fixed(share: float, decimals: int) -> str:
    return f"{share * 100:.{decimals}f}".rstrip("0").rstrip(".")
