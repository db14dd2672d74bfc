"""What-if (issue 15, item 3): the scenario panel's answer after an edit against the
evaluation alone (goal ≤ 2×), and 10,000 likelihood draws against one second (goal ≤ 1 s on
this machine's class), both measured in one run on the built-in registry and the use-of-force
2.0 playbook.

    .venv/bin/python -m bench.what_if_bench

- evaluation alone: playbooks.evaluate.evaluate of the record's answers (verdict, reasons,
  fragility, the authority tally with voting power);
- the panel after an edit: Sandbox.run of a one-answer change (the scenario's evaluation and
  its comparison with the record's, which the sandbox evaluated once) plus what it would take
  (the fewest endorsements), the record's evaluation already in hand;
- the desktop panel after an edit: the same plus the flip check (each change tried alone:
  one more evaluation per change, none for a single change), as
  desktop.scenario.answer_scenario runs it;
- 10,000 draws: Sandbox.draws of the same scenario, three likelihood answers drawn.
Medians; no figure is asserted anywhere (tests never assert times).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from models.members import default_registry_path, load_registry_file
from playbooks.evaluate import evaluate
from playbooks.loader import PlaybookCatalog
from playbooks.model import AnswerQualifier, MemberInfo
from playbooks.what_if import Sandbox, Scenario

LIKELIHOODS = ("civilian_harm", "success_likelihood", "escalation_likelihood")
RATIONALE = AnswerQualifier("moderate", "From the planners' estimate and two precedents.")


def _median_s(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    playbook = PlaybookCatalog.load(None).get("use-of-force", "2.0")
    members = [
        MemberInfo(e.iso, e.name, e.population, e.standing)
        for e in load_registry_file(default_registry_path())
    ]
    full = [m.iso for m in members if m.standing == "full"]
    answers = {
        "harm_gravity": 4, "harm_timing": "under_way", "primary_purpose": "protection",
        "collective_support": "broad", "non_coercive_options": 2, "limited_means": True,
        "civilian_harm": "unlikely", "exit_condition": True,
        "success_likelihood": "roughly_even_chance", "escalation_likelihood": "likely",
        "partner_commitment": "firm", "security_council": "blocked_by_veto",
        "regional_support": True,
        "member_positions": {iso: "endorse" for iso in full[: len(full) // 2]},
    }
    qualifiers = dict.fromkeys(LIKELIHOODS, RATIONALE)
    sandbox = Sandbox(playbook, answers, members, qualifiers)
    edit = Scenario(answers={"success_likelihood": "likely"})

    def panel() -> object:
        sandbox.endorsements(edit)
        return sandbox.run(edit)

    def desktop_panel() -> None:  # desktop.scenario.answer_scenario's work, no record needed
        sandbox.flips(edit, panel())  # the flip check: free for one change, else one each

    evaluate(playbook, answers, members, qualifiers)  # warm: voting power cached
    alone = _median_s(lambda: evaluate(playbook, answers, members, qualifiers), 15)
    after_edit = _median_s(panel, 15)
    on_desktop = _median_s(desktop_panel, 15)
    draws = _median_s(lambda: sandbox.draws(edit, draws=10_000, seed=1), 3)
    shares = sandbox.draws(edit, draws=10_000, seed=1)
    print(f"registry: {len(full)} full members; playbook use-of-force 2.0")
    print(f"evaluation alone             {alone * 1000:8.1f} ms")
    print(f"panel after an edit          {after_edit * 1000:8.1f} ms   "
          f"ratio {after_edit / alone:.2f}x (goal <= 2x)")
    print(f"desktop panel after an edit  {on_desktop * 1000:8.1f} ms   "
          f"ratio {on_desktop / alone:.2f}x (with the flip check; off the UI thread)")
    print(f"10,000 likelihood draws      {draws * 1000:8.1f} ms   "
          f"ratio {draws:.2f} of 1 s (goal <= 1)")
    print("draw shares: " + ", ".join(
        f"{v.value} {c / shares.draws:.1%}" for v, c in shares.counts
    ))


if __name__ == "__main__":
    main()
