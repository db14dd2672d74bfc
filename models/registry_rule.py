"""The rule the default member registry applies (docs/method.md, "Member registry").

The seed's four membership criteria — regular free and fair elections, political and civil
rights in law, the rule of law, and durability — are read off ONE public index, applied the
same way to every state:

- Criteria 1–3: status "Free" in Freedom House, *Freedom in the World 2024* (covering 2023).
  Freedom House derives the status from its political-rights rating (electoral process,
  pluralism and participation, functioning of government) and its civil-liberties rating
  (expression and belief, association, rule of law, personal autonomy), so a "Free" status is
  the index's own joint cut-off on the sub-scores that match our criteria.
- Criterion 4, durability: "Free" in each of the ten editions 2015–2024.
- Borderline (a note is required): an aggregate score below 80 of 100, a status that is not
  Free, or a figure we hold with less than full confidence. A borderline entry keeps the
  standing the rule gives; the note says what to review first.

A state that meets the rule is a member in full standing; a state named in the seed, or Free
but not yet for ten editions, that does not meet it is listed as a candidate. A membership
review (the membership-review playbook) may later change any standing: that is the Concert's
own judgment and is recorded as a registry revision, not checked against this rule.

Populations come from one source per entry: the World Bank's World Development Indicators,
SP.POP.TOTL, for 2023 (Taiwan, which the WDI does not list, from its own statistics office).
"""

from __future__ import annotations

from models.members import RegistryEntry

INDEX_SOURCE = "Freedom House, Freedom in the World 2024 (events of 2023)"
POPULATION_SOURCE = "World Bank, World Development Indicators, SP.POP.TOTL, 2023"
INDEX_EDITION = 2024
DURABLE_EDITIONS = 10  # Free in each of the editions 2015–2024
BORDERLINE_BELOW_SCORE = 80


def meets_rule(entry: RegistryEntry) -> bool:
    """All four criteria: Free now and in each of the last ten editions."""
    return entry.index_status == "free" and (entry.free_editions or 0) >= DURABLE_EDITIONS


def standing_by_rule(entry: RegistryEntry) -> str:
    return "full" if meets_rule(entry) else "candidate"


def must_be_borderline(entry: RegistryEntry) -> bool:
    """Entries the rule itself calls borderline (others may be flagged too, with a note)."""
    low_score = entry.index_score is not None and entry.index_score < BORDERLINE_BELOW_SCORE
    return low_score or entry.index_status != "free"
