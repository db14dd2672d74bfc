"""What it would take: the fewest further member endorsements, by name, that carry the
Concert's double majority (pure; the registry and the rule come from the caller).

Why the heaviest first is the fewest. Under both rules the Concert's double majority is
carried by a set of endorsing members according to two numbers only, its count k and its
weight w (the square-root weight under an `authority:` section, the population under the 1.0
rule), and it is monotone in both: more members, or more weight with the same count, never
undo a carried decision. Written out:

- penrose-jagiellonian (playbooks.voting_power.ConcertGame.carried):
  (k ≥ members_needed AND w ≥ weight_needed) OR k ≥ members − blocking_floor + 1;
- population-share (1.0, playbooks.authority.tally_positions):
  k / members ≥ state_share AND w / population ≥ population_share.

Every member counts once towards k whatever its weight, and the blocking floor and the share
of members look at k alone. So among all sets of j members not yet endorsing, the j heaviest
reach the largest weight with the same count: if any set of j carries the decision, the j
heaviest do too (monotonicity). Trying j = 0, 1, 2, … with the j heaviest and stopping at
the first that carries therefore gives the least j; no set of fewer members carries it,
because the heaviest set of each smaller size did not. When even every member not endorsing
does not carry it, no set does (the heaviest set of the largest size is all of them). This is
the greedy argument for a knapsack whose items all cost one unit (Kellerer, Pferschy and
Pisinger, Knapsack Problems, 2004, §2.1: with equal costs the greedy order is optimal);
tests/playbooks/test_endorsements.py checks it against every subset of small registries.

The set named is one of possibly several of that size (ties in weight broken by ISO code);
when the lightest j would carry it as well, only the count is short and any j of the members
not endorsing would do, which the result says (`any_will_do`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from playbooks.authority import counted_members, tally_positions
from playbooks.model import (
    POPULATION_SHARE_RULE,
    MemberInfo,
    Playbook,
    Question,
    QuestionKind,
)
from playbooks.schema import DEFAULT_POPULATION_SHARE, DEFAULT_STATE_SHARE
from playbooks.voting_power import ConcertRule, concert_game

Carried = Callable[[int, int], bool]  # (endorsing members, their weight) -> carried


@dataclass(frozen=True)
class EndorsementsNeeded:
    """The fewest further endorsements that carry the Concert's double majority."""

    question_id: str
    rule: str  # "penrose-jagiellonian" | "population-share"
    carried: bool  # already carried by the endorsements given
    reachable: bool  # carried now, or by some set of the members not endorsing
    members: tuple[MemberInfo, ...]  # one smallest set, heaviest first; () when carried/unreachable
    candidates: int  # full members not endorsing
    any_will_do: bool  # only the count is short: any len(members) of the candidates would do
    authority_now: bool  # authority holds now (any route, or the 1.0 double majority)
    authority_after: bool  # authority holds with those endorsements added
    route_after: str | None = None  # the route met with them, under an authority section
    routes_lacking: str = ""  # when the Concert carries but no route taking it is open

    @property
    def count(self) -> int:
        return len(self.members)


def fewest_to_carry(
    carried: Carried, count: int, weight: int, candidates: Sequence[tuple[str, int]]
) -> tuple[str, ...] | None:
    """The fewest of `candidates` (ISO code, weight) whose endorsement, added to `count`
    members holding `weight`, carries the decision: the heaviest first (ties by ISO code), the
    least number that carries (see the module's docstring). None when all of them do not."""
    ordered = sorted(candidates, key=lambda item: (-item[1], item[0]))
    total = weight
    for taken in range(len(ordered) + 1):
        if taken:
            total += ordered[taken - 1][1]
        if carried(count + taken, total):
            return tuple(iso for iso, _ in ordered[:taken])
    return None


def positions_question(playbook: Playbook) -> Question | None:
    return next(
        (q for q in playbook.questions() if q.kind is QuestionKind.MEMBER_POSITIONS), None
    )


def endorsements_needed(
    playbook: Playbook, answers: Mapping[str, Any], members: Sequence[MemberInfo]
) -> EndorsementsNeeded | None:
    """What it would take for the answers given; None when the playbook asks no member
    positions. An unanswered member-positions question reads as nobody endorsing yet."""
    question = positions_question(playbook)
    if question is None:
        return None
    positions: dict[str, str] = dict(answers.get(question.id) or {})
    counted = counted_members(members)
    endorsing = [m for m in counted if positions.get(m.iso) == "endorse"]
    others = [m for m in counted if positions.get(m.iso) != "endorse"]
    weigh, carried, rule_name = _rule(playbook, question, counted)
    chosen = fewest_to_carry(
        carried,
        len(endorsing),
        sum(weigh(m) for m in endorsing),
        [(m.iso, weigh(m)) for m in others],
    )
    by_iso = {m.iso: m for m in counted}
    added = tuple(by_iso[iso] for iso in chosen or ())
    lightest = sorted(others, key=lambda m: (weigh(m), m.iso))[: len(added)]
    any_will_do = bool(added) and carried(
        len(endorsing) + len(added),
        sum(weigh(m) for m in endorsing) + sum(weigh(m) for m in lightest),
    )
    after = {**positions, **{m.iso: "endorse" for m in added}}
    now_met, _, _ = _authority(playbook, question, positions, members, answers)
    after_met, route, lacking = _authority(
        playbook, question, after, members, {**answers, question.id: after}
    )
    return EndorsementsNeeded(
        question_id=question.id,
        rule=rule_name,
        carried=chosen == (),
        reachable=chosen is not None,
        members=added,
        candidates=len(others),
        any_will_do=any_will_do,
        authority_now=now_met,
        authority_after=after_met if chosen is not None else now_met,
        route_after=route if chosen is not None else None,
        routes_lacking=lacking if chosen is not None else "",
    )


def _rule(
    playbook: Playbook, question: Question, counted: Sequence[MemberInfo]
) -> tuple[Callable[[MemberInfo], int], Carried, str]:
    """How a member weighs and when a count and weight carry, under the playbook's rule."""
    rule = playbook.authority
    if rule is not None:
        game = concert_game(
            counted, ConcertRule(rule.state_share, rule.weight_quota, rule.blocking_floor)
        )
        weights = dict(zip((m.iso for m in game.members), game.weights, strict=True))
        return (lambda m: weights[m.iso]), game.carried, rule.rule
    members = len(counted)
    population = sum(m.population for m in counted)
    state_threshold = question.state_share or DEFAULT_STATE_SHARE
    population_threshold = question.population_share or DEFAULT_POPULATION_SHARE

    def carried(count: int, weight: int) -> bool:  # as tally_positions compares the shares
        state_share = count / members if members else 0.0
        population_share = weight / population if population else 0.0
        return (
            bool(members)
            and state_share >= state_threshold
            and population_share >= population_threshold
        )

    return (lambda m: m.population), carried, POPULATION_SHARE_RULE


def _authority(
    playbook: Playbook,
    question: Question,
    positions: Mapping[str, str],
    members: Sequence[MemberInfo],
    answers: Mapping[str, Any],
) -> tuple[bool, str | None, str]:
    """Whether authority holds with these positions, by which route, and — when the Concert
    carries but no route is met — what the routes that take the Concert still lack."""
    result = tally_positions(question, positions, members, playbook=playbook, answers=answers)
    tally = result.tally
    if playbook.authority is None:
        return tally.met, None, ""
    lacking = ""
    if not tally.met and tally.concert_met:
        concert_routes = [r for r in playbook.authority.routes if r.concert]
        outcomes = {o.id: o for o in tally.routes}
        lacking = "; ".join(
            f"“{r.label}” lacks {outcomes[r.id].missing}"
            for r in concert_routes
            if outcomes[r.id].missing
        ) or "no route of the playbook takes the Concert's double majority"
    return tally.met, tally.route, lacking
