"""Authority by routes (ICISS 2001 on right authority; the Concert's double majority under
Penrose's square-root weights, the Jagiellonian quota and the TEU Art. 16(4) blocking floor),
the playbook's `authority` section as the loader reads it, and the 1.0 rule kept as it was."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbooks.errors import InputError
from playbooks.evaluate import evaluate
from playbooks.loader import BUILTIN_FOLDER, load_playbook, load_playbook_text
from playbooks.model import POSITIONS, SECURITY_COUNCIL_STATUSES, Verdict
from tests.playbooks.legacy_cases import GOLDEN, REGISTRY, outcomes

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "concert-routes.yaml"
ROUTES = load_playbook(FIXTURE)
FULL = [m.iso for m in REGISTRY if m.standing == "full"]

# The built-in 1.0 files as every record made with them keeps them: never edited in place.
BUILTIN_1_0_SHA256 = {
    "counter-proliferation-interdiction.yaml":
        "6a601c1f69ad5cc65018e1fec90560d5ab98c28efc23a9d2b4e20012d7ef658f",
    "humanitarian-protection.yaml":
        "8ebfd772f09393b1bee45f08f1ed2ce813aff2feb1941b12fad419650c81dbc3",
    "membership-review.yaml": "aaeddffc47494e2c9468eb24816eb6b1183df507de59cd059acff2e4c60ad06e",
    "public-health-emergency.yaml":
        "b8b7f3780730b0a17e318e8a06a8f69a09fc8c772ee5e820f59256ec63e5a0af",
    "sanctions.yaml": "45e341aba55110b9284cf750b9069cb983268e6e88047ab7cef2a90fd79e4aaf",
    "un-high-level-panel.yaml": "b73d2b4eabc011c18b0f8a2154009311bd49bf35869f148e6134767d8ab25c76",
    "use-of-force.yaml": "4f9c00b62d77d6276bf26f9567c83ec633b665666614b516cfa3674ffcb13750",
}  # fmt: skip


def answers(positions: dict[str, str], council: str, regional: bool = False) -> dict:
    return {
        "harm": True,
        "member_positions": positions,
        "security_council": council,
        "regional_support": regional,
    }


def all_but(*isos: str, position: str = "abstain") -> dict[str, str]:
    return {iso: (position if iso in isos else "endorse") for iso in FULL}


# --- the 1.0 rule ---------------------------------------------------------------------------


def test_the_built_in_1_0_files_are_byte_identical() -> None:
    for name, digest in BUILTIN_1_0_SHA256.items():
        assert hashlib.sha256((BUILTIN_FOLDER / name).read_bytes()).hexdigest() == digest, name


def test_a_playbook_without_an_authority_section_keeps_the_1_0_population_share_rule() -> None:
    # Tallies, scores and words of every built-in 1.0 playbook on seeded cases, as they were
    # before playbooks could name a rule (tests/playbooks/legacy_cases.py wrote the file).
    assert outcomes() == json.loads(GOLDEN.read_text(encoding="utf-8"))


# --- routes -----------------------------------------------------------------------------------


def test_iciss_2001_6_14_a_council_authorisation_suffices_on_its_own() -> None:
    # ICISS ¶6.14: the Security Council is the first place to seek authority. Its
    # authorisation carries authority whatever the Concert's tally.
    positions = all_but(*FULL[1:], position="oppose")  # only India endorses
    result = evaluate(ROUTES, answers(positions, "authorised"), REGISTRY)
    assert result.authority is not None
    assert result.authority.met and not result.authority.concert_met
    assert result.authority.route == "Security Council authorisation under Chapter VII"
    assert result.verdict is Verdict.LEGITIMATE


def test_the_concert_double_majority_is_the_route_when_the_council_is_blocked() -> None:
    positions = all_but("IND")  # the largest member abstains; all others endorse
    blocked = evaluate(ROUTES, answers(positions, "blocked_by_veto"), REGISTRY)
    assert blocked.authority is not None and blocked.authority.met
    assert blocked.authority.route == "Concert double majority, the Council blocked"
    # Not asked, and no regional organisation behind it: no route is met, and the
    # reasons say what each route lacks.
    unasked = evaluate(ROUTES, answers(positions, "not_sought"), REGISTRY)
    assert unasked.authority is not None and not unasked.authority.met
    assert unasked.verdict is Verdict.NOT_LEGITIMATE
    reason = next(r for r in unasked.reasons if r.startswith("Authority: "))
    assert "no route is met" in reason and "regional support yes (answered: no)" in reason
    # With the regional organisation, the third route of this playbook carries it.
    regional = evaluate(ROUTES, answers(positions, "not_sought", regional=True), REGISTRY)
    assert regional.authority is not None and regional.authority.met


def test_the_largest_member_abstaining_no_longer_decides_authority() -> None:
    # The case: India (47 % of the people) abstains, every other member endorses.
    # Under the 1.0 population share that fails; under the Concert rule it is carried.
    legacy = load_playbook(BUILTIN_FOLDER / "use-of-force.yaml")
    positions = all_but("IND")
    old = evaluate(legacy, {"member_positions": positions}, REGISTRY).authority
    new = evaluate(ROUTES, answers(positions, "blocked_by_veto"), REGISTRY).authority
    assert old is not None and not old.met
    assert new is not None and new.concert_met and not new.by_floor


def test_voting_power_pivotal_members_and_shortfall_are_in_the_tally() -> None:
    endorsing = {iso: "endorse" for iso in ("IND", "USA", "BRA", "JPN", "DEU")}
    tally = evaluate(ROUTES, answers(endorsing, "blocked_by_veto"), REGISTRY).authority
    assert tally is not None and not tally.met
    assert tally.shortfall.startswith("short by 5 members")
    assert {p.iso for p in tally.voting_power} == set(FULL)
    assert sum(p.power for p in tally.voting_power) == pytest.approx(1.0)
    assert tally.pivotal == ()  # five more members are needed: no one member carries it
    assert tally.routes[1].missing.startswith("the Concert double majority (short by 5 members")


def test_fragility_follows_a_route_condition_into_the_authority_score() -> None:
    # Authority rests on the Council alone: changing its status is the smallest flip.
    positions = all_but(*FULL[1:], position="oppose")
    result = evaluate(ROUTES, answers(positions, "authorised"), REGISTRY)
    assert result.fragility.question_id == "security_council"
    assert result.fragility.new_verdict is Verdict.NOT_LEGITIMATE


@settings(max_examples=60, deadline=None)
@given(
    positions=st.fixed_dictionaries({iso: st.sampled_from(POSITIONS) for iso in FULL}),
    council=st.sampled_from(SECURITY_COUNCIL_STATUSES),
    regional=st.booleans(),
    newcomer=st.sampled_from(FULL),
)
def test_adding_an_endorsing_member_never_lowers_authority_on_any_route(
    positions: dict[str, str], council: str, regional: bool, newcomer: str
) -> None:
    before = evaluate(ROUTES, answers(positions, council, regional), REGISTRY)
    after = evaluate(
        ROUTES, answers({**positions, newcomer: "endorse"}, council, regional), REGISTRY
    )
    assert before.authority is not None and after.authority is not None
    assert after.authority.met or not before.authority.met
    assert after.authority.concert_met or not before.authority.concert_met
    assert (after.authority.weight_share or 0) >= (before.authority.weight_share or 0)


@pytest.mark.parametrize("lone", FULL)
def test_no_single_member_can_block_alone_under_the_blocking_floor(lone: str) -> None:
    for position in ("oppose", "abstain", "not_consulted"):
        tally = evaluate(ROUTES, answers(all_but(lone, position=position), "blocked_by_veto"),
                         REGISTRY).authority
        assert tally is not None and tally.met and tally.concert_met


def test_under_the_1_0_rule_one_member_can_block_alone_as_that_playbook_says() -> None:
    # The exception the property allows: the 1.0 rule has no floor, and India blocks alone.
    legacy = load_playbook(BUILTIN_FOLDER / "use-of-force.yaml")
    tally = evaluate(legacy, {"member_positions": all_but("IND", position="oppose")},
                     REGISTRY).authority
    assert tally is not None and not tally.met


# --- the section as the loader reads it --------------------------------------------------


def _with(section: str) -> str:
    text = FIXTURE.read_text(encoding="utf-8")
    start = text.index("authority:\n")
    end = text.index("criteria:\n")
    return text[:start] + section + text[end:]


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("authority:\n  rule: banzhaf\n",
         "t.yaml:23: authority.rule: `banzhaf` is not a rule (expected one of: "
         "penrose-jagiellonian)"),
        ("authority:\n  rule: penrose-jagiellonian\n  weight_quota: half\n",
         "t.yaml:24: authority.weight_quota: `half` is not a quota (expected `jagiellonian` or "
         "a share above 0 and at most 1, e.g. 0.6)"),
        ("authority:\n  rule: penrose-jagiellonian\n  blocking_floor: 0\n",
         "t.yaml:24: authority.blocking_floor: is the number 0 (expected a whole number of "
         "members from 1 (any one member may block) to 100)"),
        ("authority:\n  rule: penrose-jagiellonian\n  routes:\n    - id: a\n      label: A\n"
         "      when: {council: [authorised]}\n",
         "t.yaml:27: authority.routes[0].when.council: `council` is not a question of this "
         "playbook — did you mean `security_council`? (expected the id of a security_council, "
         "yes_no or choice question)"),
        ("authority:\n  rule: penrose-jagiellonian\n  routes:\n    - id: a\n      label: A\n"
         "      when:\n        security_council: [vetoed]\n",
         "t.yaml:28: authority.routes[0].when.security_council[0]: the text `vetoed` is not an "
         "answer to `security_council` (expected one of: authorised, blocked_by_veto, "
         "not_sought, rejected_on_merits)"),
        ("authority:\n  rule: penrose-jagiellonian\n  routes:\n    - id: a\n      label: A\n",
         "t.yaml:25: authority.routes[0].when: is missing, and the route does not need the "
         "Concert's double majority (expected `concert: true`, or at least one condition "
         "under `when`)"),
        ("authority:\n  rule: penrose-jagiellonian\n  routes:\n    - id: a\n      label: A\n"
         "      concert: true\n    - id: a\n      label: B\n      concert: true\n",
         "t.yaml:28: authority.routes[1].id: duplicate route id `a` (expected each route id "
         "once)"),
    ],
    ids=["rule", "quota", "floor", "unknown question", "bad answer", "empty route",
         "duplicate route"],
)
def test_authority_section_errors_name_file_line_and_field(section: str, message: str) -> None:
    with pytest.raises(InputError) as error:
        load_playbook_text(_with(section), "t.yaml")
    assert str(error.value) == message


def test_the_1_0_thresholds_are_refused_beside_an_authority_section() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "settings:\n  legitimate_min_score: 0.6\n",
        "settings:\n  legitimate_min_score: 0.6\n  double_majority: {state_share: 0.5}\n",
    )
    with pytest.raises(InputError) as error:
        load_playbook_text(text, "t.yaml")
    assert str(error.value).startswith(
        "t.yaml:22: settings.double_majority: does not apply when the playbook has an "
        "authority section"
    )
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "        weight: 3\n", "        weight: 3\n        population_share: 0.6\n"
    )
    with pytest.raises(InputError) as error:
        load_playbook_text(text, "t.yaml")
    assert "criteria[1].questions[0].population_share: does not apply" in str(error.value)


def test_a_section_without_routes_has_the_concert_double_majority_as_its_one_route() -> None:
    playbook = load_playbook_text(_with("authority:\n  rule: penrose-jagiellonian\n"), "t.yaml")
    assert playbook.authority is not None
    assert [r.id for r in playbook.authority.routes] == ["concert"]
    assert playbook.authority.blocking_floor == 4 and playbook.authority.weight_quota is None
    tally = evaluate(playbook, answers(all_but("IND"), "not_sought"), REGISTRY).authority
    assert tally is not None and tally.met


def test_playbooks_show_states_the_routes_rule_for_member_positions() -> None:
    from playbooks.explain import scoring_rule

    rule = scoring_rule(ROUTES.question("member_positions"))
    assert rule.startswith("1 when one of the playbook's routes to authority is met")
    assert "55% of the full members" in rule and "0% of the full members' population" not in rule
