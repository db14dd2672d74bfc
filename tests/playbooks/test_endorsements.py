"""What it would take: the fewest further endorsements that carry the Concert's double majority,
checked against every subset of small registries (the minimality argument of
playbooks/endorsements.py), under the Penrose–Jagiellonian rule and the 1.0 population share."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from playbooks.authority import authority_met, tally_positions
from playbooks.endorsements import endorsements_needed, fewest_to_carry
from playbooks.model import AuthorityRoute, AuthorityRule, MemberInfo, Question, QuestionKind
from playbooks.voting_power import ConcertRule, concert_game, concert_outcome
from tests.playbooks.conftest import MEMBERS, builtin, endorsing
from tests.playbooks.test_use_of_force_2 import PLAYBOOK, STRONG

ISO = [f"{a}{b}Q" for a in "ABCDEFGHIJ" for b in "XY"]
LEGACY = builtin("use-of-force")


@st.composite
def registries(draw: st.DrawFn) -> tuple[list[MemberInfo], dict[str, str]]:
    size = draw(st.integers(1, 9))
    members = [
        MemberInfo(
            ISO[i],
            f"Member {i}",
            # From under a thousand people (weight 1) to India's size.
            draw(st.integers(100, 1_500_000_000)),
            draw(st.sampled_from(("full", "full", "full", "suspended"))),
        )
        for i in range(size)
    ]
    positions = {
        m.iso: draw(st.sampled_from(("endorse", "oppose", "abstain", "not_consulted")))
        for m in members
    }
    return members, positions


def smallest_by_brute_force(carries, candidates: list[str]) -> int | None:
    for size in range(len(candidates) + 1):
        if any(carries(set(chosen)) for chosen in combinations(candidates, size)):
            return size
    return None


@settings(max_examples=300, deadline=None)
@given(
    registries(),
    st.floats(0.05, 1.0),
    st.one_of(st.none(), st.floats(0.05, 1.0)),
    st.integers(1, 6),
)
def test_heaviest_first_is_the_fewest_under_the_concert_rule(
    registry, state_share, weight_quota, floor
):
    members, positions = registry
    counted = [m for m in members if m.standing == "full"]
    game = concert_game(counted, ConcertRule(state_share, weight_quota, floor))
    endorsing_now = {iso for iso, p in positions.items() if p == "endorse"}
    candidates = [m.iso for m in counted if m.iso not in endorsing_now]

    def carries(extra: set[str]) -> bool:  # the engine's own tally is the oracle
        return concert_outcome(game, endorsing_now | extra).carried

    weights = dict(zip((m.iso for m in game.members), game.weights, strict=True))
    chosen = fewest_to_carry(
        game.carried,
        len([m for m in counted if m.iso in endorsing_now]),
        sum(weights[iso] for iso in endorsing_now if iso in weights),
        [(iso, weights[iso]) for iso in candidates],
    )
    expected = smallest_by_brute_force(carries, candidates)
    if expected is None:
        assert chosen is None
    else:
        assert chosen is not None and len(chosen) == expected
        assert carries(set(chosen))


@settings(max_examples=200, deadline=None)
@given(registries(), st.floats(0.05, 1.0), st.floats(0.05, 1.0))
def test_largest_population_first_is_the_fewest_under_the_1_0_rule(
    registry, state_share, population_share
):
    members, positions = registry
    question = Question(
        "member_positions", "Positions?", "", QuestionKind.MEMBER_POSITIONS,
        state_share=state_share, population_share=population_share,
    )
    playbook = replace(LEGACY, criteria=(replace(LEGACY.criteria[0], questions=(question,)),))
    needed = endorsements_needed(playbook, {"member_positions": positions}, members)
    assert needed is not None
    candidates = [
        m.iso for m in members if m.standing == "full" and positions[m.iso] != "endorse"
    ]

    def carries(extra: set[str]) -> bool:
        changed = {**positions, **dict.fromkeys(extra, "endorse")}
        return tally_positions(question, changed, members).tally.met

    expected = smallest_by_brute_force(carries, candidates)
    assert needed.reachable == (expected is not None)
    if expected is not None:
        assert needed.count == expected
        assert carries({m.iso for m in needed.members})
        assert needed.carried == (expected == 0)


@settings(max_examples=100, deadline=None)
@given(registries(), st.integers(1, 6))
def test_named_endorsements_reach_authority_by_the_concert_route(registry, floor):
    members, positions = registry
    rule = AuthorityRule(
        "penrose-jagiellonian", 0.55, None, floor,
        (AuthorityRoute("concert", "Concert double majority", True),),
    )
    playbook = replace(PLAYBOOK, authority=rule)
    answers = {**STRONG, "member_positions": positions}
    needed = endorsements_needed(playbook, answers, members)
    assert needed is not None
    if needed.reachable:
        after = {**positions, **{m.iso: "endorse" for m in needed.members}}
        question = playbook.question("member_positions")
        assert needed.authority_after
        assert authority_met(playbook, question, after, members, answers)
        assert needed.route_after == "Concert double majority"


def test_the_seed_case_names_the_heaviest_members_and_says_any_will_do_when_weights_are_equal():
    # The test registry's populations are in millions written as units: every weight is 1.
    answers = {**STRONG, "member_positions": endorsing(["BBB", "CCC", "III"])}
    needed = endorsements_needed(PLAYBOOK, answers, MEMBERS)
    assert needed is not None and needed.reachable and not needed.carried
    # 10 members, Jagiellonian quota 0.658 of weight 10: 7 needed, 3 given.
    assert needed.count == 4
    assert needed.any_will_do
    assert needed.authority_after and not needed.authority_now
    assert needed.route_after == "Concert double majority, the Council blocked by a veto"


def test_the_concert_carried_without_an_open_route_says_what_the_routes_lack():
    answers = {**STRONG, "member_positions": endorsing(["BBB"]), "security_council": "not_sought",
               "regional_support": False}
    needed = endorsements_needed(PLAYBOOK, answers, MEMBERS)
    assert needed is not None and needed.reachable
    assert not needed.authority_after
    assert "security council" in needed.routes_lacking


def test_unreachable_when_too_few_members_could_endorse():
    members = [MemberInfo("AAA", "A", 50_000_000, "full"), MemberInfo("BBB", "B", 1_000, "full"),
               MemberInfo("CCC", "C", 1_000, "suspended")]
    rule = AuthorityRule("penrose-jagiellonian", 0.55, None, 1,
                         (AuthorityRoute("concert", "Concert", True),))
    playbook = replace(PLAYBOOK, authority=rule)
    # AAA opposes in the answers but may still be asked: every member not endorsing counts.
    needed = endorsements_needed(
        playbook, {"member_positions": {"AAA": "oppose"}}, members
    )
    assert needed is not None and needed.reachable and needed.count == 2
    no_members = endorsements_needed(playbook, {"member_positions": {}}, members[2:])
    assert no_members is not None and not no_members.reachable


def test_a_playbook_without_member_positions_needs_no_endorsements():
    playbook = builtin("membership-review")
    if any(q.kind is QuestionKind.MEMBER_POSITIONS for q in playbook.questions()):
        return
    assert endorsements_needed(playbook, {}, MEMBERS) is None
