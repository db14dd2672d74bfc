"""Cases for the 1.0 rule: seeded answer sets for every built-in 1.0 playbook, evaluated with a
fixed registry. tests/playbooks/golden/population-share-1.0.json holds what the engine gave for
them before playbooks could name an authority rule; test_authority_rules checks that a playbook
without an `authority` section still gives exactly that (an absent rule is the 1.0 rule).

Run `python -m tests.playbooks.legacy_cases` only to write the golden file again after a
deliberate change of the 1.0 rule (there should be none: decided records rest on it).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from playbooks.answers import ordered_values
from playbooks.evaluate import evaluate
from playbooks.loader import BUILTIN_FOLDER, load_playbook
from playbooks.model import POSITIONS, MemberInfo, Playbook, QuestionKind

GOLDEN = Path(__file__).resolve().parent / "golden" / "population-share-1.0.json"
CASES_PER_PLAYBOOK = 12

# A registry like the seed's: one member with close to half of the members' people.
REGISTRY: tuple[MemberInfo, ...] = tuple(
    MemberInfo(iso, iso.title(), population, standing)
    for iso, population, standing in (
        ("IND", 1_428_628_000, "full"), ("USA", 334_915_000, "full"),
        ("BRA", 216_422_000, "full"), ("JPN", 124_517_000, "full"),
        ("DEU", 84_482_000, "full"), ("ZAF", 60_414_000, "full"),
        ("ESP", 48_373_000, "full"), ("ARG", 46_654_000, "full"),
        ("CAN", 40_098_000, "full"), ("AUS", 26_639_000, "full"),
        ("PER", 34_352_000, "full"), ("FIN", 5_584_000, "full"),
        ("NZL", 5_223_000, "full"), ("CRI", 5_212_000, "full"),
        ("BWA", 2_675_000, "full"), ("MUS", 1_261_000, "full"),
        ("ISL", 393_000, "full"), ("HUN", 9_589_000, "suspended"),
        ("URY", 3_423_000, "candidate"),
    )
)  # fmt: skip


def builtin_1_0() -> list[Playbook]:
    found = [load_playbook(path) for path in sorted(BUILTIN_FOLDER.glob("*.yaml"))]
    return [
        p
        for p in found
        if p.version == "1.0"
        and any(q.kind is QuestionKind.MEMBER_POSITIONS for q in p.questions())
    ]


def answer_sets(playbook: Playbook) -> list[dict[str, Any]]:
    """Seeded answers: every question answered, with a spread of member positions."""
    rng = random.Random(playbook.id)
    sets = []
    for _ in range(CASES_PER_PLAYBOOK):
        answers: dict[str, Any] = {}
        endorse_bias = rng.random()
        for question in playbook.questions():
            if question.kind is QuestionKind.MEMBER_POSITIONS:
                answers[question.id] = {
                    m.iso: "endorse" if rng.random() < endorse_bias else rng.choice(POSITIONS)
                    for m in REGISTRY
                }
            elif question.kind is QuestionKind.NUMBER:
                low = question.minimum if question.minimum is not None else 0
                high = question.maximum if question.maximum is not None else 100
                answers[question.id] = rng.randint(int(low), int(high))
            elif question.kind is QuestionKind.TEXT:
                answers[question.id] = "noted"
            else:
                answers[question.id] = rng.choice(ordered_values(question))
        sets.append(answers)
    return sets


def authority_outcome(playbook: Playbook, answers: dict[str, Any]) -> dict[str, Any]:
    """What the 1.0 rule decides: the tally, the member-positions score and note."""
    evaluation = evaluate(playbook, answers, REGISTRY)
    tally = evaluation.authority
    question = next(q for q in playbook.questions() if q.kind is QuestionKind.MEMBER_POSITIONS)
    result = evaluation.questions[question.id]
    return {
        "tally": None if tally is None else {
            "states_endorsing": tally.states_endorsing,
            "states_counted": tally.states_counted,
            "state_share": tally.state_share,
            "population_endorsing": tally.population_endorsing,
            "population_counted": tally.population_counted,
            "population_share": tally.population_share,
            "state_threshold": tally.state_threshold,
            "population_threshold": tally.population_threshold,
            "met": tally.met,
            "positions": tally.positions,
            "security_council": tally.security_council,
            "regional_support": tally.regional_support,
        },
        "score": result.score,
        "note": result.note,
        "authority_reason": next(
            (r for r in evaluation.reasons if r.startswith("Authority: ")), None
        ),
    }


def outcomes() -> dict[str, list[dict[str, Any]]]:
    return {
        playbook.id: [authority_outcome(playbook, answers) for answers in answer_sets(playbook)]
        for playbook in builtin_1_0()
    }


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(outcomes(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
