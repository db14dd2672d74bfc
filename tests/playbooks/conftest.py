"""Helpers for the playbook tests: a small member registry whose shares are easy to work by hand,
and the built-in playbooks."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from playbooks.loader import PlaybookCatalog
from playbooks.model import MemberInfo, Playbook

# Ten full members holding exactly 1000 (million) people, so a population share is the sum of the
# endorsing members' figures divided by 1000; plus members whose standing keeps them out of tallies.
MEMBERS: tuple[MemberInfo, ...] = (
    MemberInfo("AAA", "Alphaland", 350, "full"),
    MemberInfo("BBB", "Betaland", 100, "full"),
    MemberInfo("CCC", "Gammaland", 100, "full"),
    MemberInfo("DDD", "Deltaland", 100, "full"),
    MemberInfo("EEE", "Epsilonia", 100, "full"),
    MemberInfo("FFF", "Zetania", 100, "full"),
    MemberInfo("GGG", "Etaland", 51, "full"),
    MemberInfo("HHH", "Thetania", 50, "full"),
    MemberInfo("III", "Iotaland", 25, "full"),
    MemberInfo("JJJ", "Kappaland", 24, "full"),
    MemberInfo("SUS", "Suspendia", 500, "suspended"),
    MemberInfo("CAN", "Candidia", 400, "candidate"),
)
FULL = [m.iso for m in MEMBERS if m.standing == "full"]


def endorsing(isos: Iterable[str], others: str = "oppose") -> dict[str, str]:
    """Positions where exactly `isos` endorse and every other full member takes `others`."""
    chosen = set(isos)
    return {iso: ("endorse" if iso in chosen else others) for iso in FULL}


ALL_ENDORSE = endorsing(FULL)


@pytest.fixture(scope="session")
def catalog() -> PlaybookCatalog:
    return PlaybookCatalog.load(None)


def builtin(playbook_id: str, version: str = "1.0") -> Playbook:
    """A built-in playbook, by default its 1.0 file (the hand-worked tests pin the 1.0 rules,
    which decided records keep; newer versions have tests of their own)."""
    return PlaybookCatalog.load(None).get(playbook_id, version)
