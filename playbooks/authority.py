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

A playbook with an `authority` section (rule penrose-jagiellonian) replaces the population
share with square-root weights, the Jagiellonian quota and a blocking-minority floor
(playbooks.voting_power), and names the routes to authority (a Security Council authorisation,
the Concert's double majority when the Council is blocked, …): the member-positions answer then
scores 1 when any route is met. Without the section everything here works as in 1.0.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from playbooks.figures import percent
from playbooks.model import (
    POSITIONS,
    AuthorityRoute,
    AuthorityRule,
    AuthorityTally,
    MemberInfo,
    MemberPower,
    Playbook,
    Question,
    RouteOutcome,
)
from playbooks.phrases import Figure, Phrase, joined, phrase
from playbooks.schema import DEFAULT_POPULATION_SHARE, DEFAULT_STATE_SHARE
from playbooks.voting_power import (
    ConcertGame,
    ConcertOutcome,
    ConcertRule,
    banzhaf_indices,
    concert_game,
    concert_outcome,
    shortfall_text,
)

COUNTING_STANDING = "full"
PIVOTAL_NAMED = 8  # the heaviest pivotal members named in a sentence; the tally keeps them all


@dataclass(frozen=True)
class TallyResult:
    tally: AuthorityTally
    notes: tuple[str, ...]


def counted_members(members: Sequence[MemberInfo]) -> list[MemberInfo]:
    return [m for m in members if m.standing == COUNTING_STANDING]


def tally_positions(
    question: Question,
    positions: Mapping[str, str],
    members: Sequence[MemberInfo],
    *,
    playbook: Playbook | None = None,
    answers: Mapping[str, Any] | None = None,
) -> TallyResult:
    """The tally of one member-positions answer; under the playbook's authority section (if
    any), with the routes read from the other `answers`."""
    if playbook is not None and playbook.authority is not None:
        return _concert_tally(playbook.authority, positions, members, answers or {})
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


def authority_met(
    playbook: Playbook,
    question: Question,
    positions: Mapping[str, str],
    members: Sequence[MemberInfo],
    answers: Mapping[str, Any],
) -> bool:
    """Whether the answer scores 1 (cheap: no voting power; fragility asks it many times)."""
    rule = playbook.authority
    if rule is None:
        return tally_positions(question, positions, members).tally.met
    game = _game(tuple(counted_members(members)), rule)
    endorsing = {iso for iso, position in positions.items() if position == "endorse"}
    carried = concert_outcome(game, endorsing).carried
    return any(_route_met(route, carried, answers) for route in rule.routes)


@functools.lru_cache(maxsize=64)
def _game(counted: tuple[MemberInfo, ...], rule: AuthorityRule) -> ConcertGame:
    return concert_game(
        counted, ConcertRule(rule.state_share, rule.weight_quota, rule.blocking_floor)
    )


def _route_met(route: AuthorityRoute, carried: bool, answers: Mapping[str, Any]) -> bool:
    if route.concert and not carried:
        return False
    return all(answers.get(qid) in accepted for qid, accepted in route.when)


def _route_outcome(
    route: AuthorityRoute, outcome: ConcertOutcome, answers: Mapping[str, Any]
) -> RouteOutcome:
    missing = []
    if route.concert and not outcome.carried:
        short = shortfall_text(outcome.members_short, outcome.weight_short)
        missing.append("the Concert double majority" + (f" ({short})" if short else ""))
    for qid, accepted in route.when:
        value = answers.get(qid)
        if value not in accepted:
            wanted = " or ".join(_answer_words(v) for v in accepted)
            given = "unanswered" if value is None else _answer_words(value)
            missing.append(f"{_answer_words(qid)} {wanted} (answered: {given})")
    met = _route_met(route, outcome.carried, answers)
    return RouteOutcome(route.id, route.label, met, "; ".join(missing))


def _answer_words(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value).replace("_", " ")


def _concert_tally(
    rule: AuthorityRule,
    positions: Mapping[str, str],
    members: Sequence[MemberInfo],
    answers: Mapping[str, Any],
) -> TallyResult:
    counted = counted_members(members)
    counted_isos = {m.iso for m in counted}
    counts = dict.fromkeys(POSITIONS, 0)
    endorsing: set[str] = set()
    population_endorsing = population_counted = 0
    for member in counted:
        position = positions.get(member.iso, "not_consulted")
        counts[position] += 1
        population_counted += member.population
        if position == "endorse":
            endorsing.add(member.iso)
            population_endorsing += member.population
    game = _game(tuple(counted), rule)
    outcome = concert_outcome(game, endorsing)
    routes = tuple(_route_outcome(route, outcome, answers) for route in rule.routes)
    met_by = next((route for route in routes if route.met), None)
    power = banzhaf_indices(game)
    total_weight = game.total_weight
    notes: list[str] = []
    ignored = sorted(iso for iso in positions if iso not in counted_isos)
    if ignored:
        notes.append(
            "positions of states that are not full members were not counted: " + ", ".join(ignored)
        )
    if not counted:
        notes.append("the member registry has no full members, so no majority can be reached")
    tally = AuthorityTally(
        states_endorsing=len(endorsing),
        states_counted=len(counted),
        state_share=len(endorsing) / len(counted) if counted else 0.0,
        population_endorsing=population_endorsing,
        population_counted=population_counted,
        population_share=population_endorsing / population_counted if population_counted else 0.0,
        state_threshold=rule.state_share,
        population_threshold=0.0,  # not a threshold of this rule: shown for reference only
        met=met_by is not None,
        positions=counts,
        rule=rule.rule,
        weight_endorsing=outcome.weight,
        weight_counted=total_weight,
        weight_share=outcome.weight / total_weight if total_weight else 0.0,
        weight_threshold=game.weight_quota,
        jagiellonian=game.jagiellonian,
        blocking_floor=rule.blocking_floor,
        concert_met=outcome.carried,
        by_floor=outcome.by_floor,
        pivotal=outcome.pivotal,
        shortfall=shortfall_text(outcome.members_short, outcome.weight_short),
        route=met_by.label if met_by is not None else None,
        routes=routes,
        voting_power=tuple(
            MemberPower(m.iso, m.name, w, p)
            for m, w, p in zip(game.members, game.weights, power, strict=True)
        ),
    )
    return TallyResult(tally, tuple(notes))


def member_names(tally: AuthorityTally, isos: Sequence[str]) -> list[str]:
    names = {p.iso: p.name for p in tally.voting_power}
    return [names.get(iso, iso) for iso in isos]


def describe_concert(tally: AuthorityTally) -> str:
    """The Concert's double majority under square-root weights, in one sentence."""
    quota: Any = _percent(tally.weight_threshold or 0.0)
    if tally.jagiellonian:
        quota = phrase("{quota}, the Jagiellonian quota for {count} members", quota=quota,
                       count=_count(tally.states_counted))
    fields = {
        "endorsing": _count(tally.states_endorsing), "counted": _count(tally.states_counted),
        "share": _percent(tally.state_share, tally.state_threshold),
        "needed": _percent(tally.state_threshold),
        "weight": _percent(tally.weight_share or 0.0, tally.weight_threshold), "quota": quota,
    }
    parts: list[Any] = [phrase(
        "Concert double majority met: {endorsing} of {counted} members endorse ({share}, "
        "needed {needed}), holding {weight} of the square-root weight (needed {quota})",
        **fields) if tally.concert_met else phrase(
        "Concert double majority not met: {endorsing} of {counted} members endorse ({share}, "
        "needed {needed}), holding {weight} of the square-root weight (needed {quota})",
        **fields)]
    if tally.by_floor:
        parts.append(phrase(
            "carried because fewer than {floor} members do not endorse, too few to block",
            floor=_count(tally.blocking_floor or 0)))
    elif tally.shortfall:
        parts.append(tally.shortfall)
    if tally.pivotal:
        names = member_names(tally, tally.pivotal)
        more = len(names) - PIVOTAL_NAMED
        shown: Any = ", ".join(names[:PIVOTAL_NAMED])
        if more > 0:
            shown = phrase("{names} and {count} more", names=shown, count=_count(more))
        parts.append(phrase("pivotal (whose defection alone would defeat it): {members}",
                            members=shown) if tally.concert_met else
                     phrase("pivotal (whose endorsement alone would carry it): {members}",
                            members=shown))
    return joined("; ", parts)


def route_shortfall(rule: AuthorityRule, tally: AuthorityTally, answers: Mapping[str, Any]) -> str:
    """How far authority is short under the playbook's routes, for the verdict's own words.
    When a route waits only on the Concert's double majority, its shortfall in members and
    weight; otherwise no route is open, and what the first route (the Council's, in a
    playbook that follows its sources' order) lacks."""
    waiting = next((r for r in rule.routes if r.concert and _route_met(r, True, answers)), None)
    if waiting is not None and tally.shortfall:
        shortfall = tally.shortfall
        by = phrase("by {shortfall}", shortfall=shortfall.fields["shortfall"]) \
            if isinstance(shortfall, Phrase) else shortfall.removeprefix("short ")
        return phrase("{shortfall} on the route “{route}”", shortfall=by, route=waiting.label)
    first = tally.routes[0] if tally.routes else None
    if first is None or not first.missing:
        return phrase("with no route open")
    return phrase("with no route open (the first, “{route}”, lacks {missing})",
                  route=first.label, missing=first.missing)


def describe_routes(tally: AuthorityTally) -> str:
    if tally.route is not None:
        return phrase("authority met by the route “{route}”", route=tally.route)
    parts = [phrase("“{route}” lacks {missing}", route=r.label, missing=r.missing)
             for r in tally.routes if r.missing]
    if parts:
        return phrase("authority not met: no route is met — {routes}",
                      routes=joined("; ", parts))
    return phrase("authority not met: no route is met")


def describe_tally(tally: AuthorityTally) -> str:
    """E.g. 'double majority met: 40 of 62 members (64.5%, needed 55%) holding 71.2% of the
    population (needed 65%)'. Under an authority section: the routes, then the Concert."""
    if tally.concert_met is not None:
        return joined(". ", (describe_routes(tally), describe_concert(tally)))
    fields = {
        "endorsing": _count(tally.states_endorsing), "counted": _count(tally.states_counted),
        "share": _percent(tally.state_share, tally.state_threshold),
        "needed": _percent(tally.state_threshold),
        "population": _percent(tally.population_share, tally.population_threshold),
        "population_needed": _percent(tally.population_threshold),
    }
    if tally.met:
        return phrase(
            "double majority met: {endorsing} of {counted} members endorse ({share}, needed "
            "{needed}), holding {population} of the members' population (needed "
            "{population_needed})", **fields)
    return phrase(
        "double majority not met: {endorsing} of {counted} members endorse ({share}, needed "
        "{needed}), holding {population} of the members' population (needed "
        "{population_needed})", **fields)


def _percent(share: float, threshold: float | None = None) -> Figure:
    return Figure(percent(share, threshold, trim=True), share, "percent")


def _count(number: int) -> Figure:
    return Figure(str(number), number, "count")
